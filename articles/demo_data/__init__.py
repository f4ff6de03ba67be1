"""Demo editorial content, written for this project. See ``articles.demo``."""

from .articles_a import ARTICLES as ARTICLES_A
from .articles_b import ARTICLES as ARTICLES_B
from .articles_c import ARTICLES as ARTICLES_C
from .articles_d import ARTICLES as ARTICLES_D
from .articles_e import ARTICLES as ARTICLES_E
from .articles_f import ARTICLES as ARTICLES_F
from .articles_g import ARTICLES as ARTICLES_G
from .articles_h import ARTICLES as ARTICLES_H
from .articles_i import ARTICLES as ARTICLES_I
from .articles_j import ARTICLES as ARTICLES_J
from .taxonomy import AUTHORS, TOPICS

ARTICLES = sorted(
    [
        *ARTICLES_A,
        *ARTICLES_B,
        *ARTICLES_C,
        *ARTICLES_D,
        *ARTICLES_E,
        *ARTICLES_F,
        *ARTICLES_G,
        *ARTICLES_H,
        *ARTICLES_I,
        *ARTICLES_J,
    ],
    key=lambda article: article["date"],
)

__all__ = ["ARTICLES", "AUTHORS", "TOPICS"]
