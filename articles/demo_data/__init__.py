"""Demo editorial content, written for this project. See ``articles.demo``."""

from .articles_a import ARTICLES as ARTICLES_A
from .articles_b import ARTICLES as ARTICLES_B
from .taxonomy import AUTHORS, TOPICS

ARTICLES = sorted([*ARTICLES_A, *ARTICLES_B], key=lambda article: article["date"])

__all__ = ["ARTICLES", "AUTHORS", "TOPICS"]
