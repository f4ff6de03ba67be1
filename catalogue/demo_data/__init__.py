"""Demo catalogue, written for this project: providers and services are invented
(municipality names are real); e-mail and web addresses use the reserved example.org."""

from .providers_a import PROVIDERS as PROVIDERS_A
from .providers_b import PROVIDERS as PROVIDERS_B
from .taxonomy import (
    ACCESSIBILITY_FEATURES,
    LEGAL_STATUSES,
    PILLARS,
    SERVICE_CATEGORIES,
    SERVICE_STATUSES,
    TARGET_GROUPS,
)

PROVIDERS = [*PROVIDERS_A, *PROVIDERS_B]

__all__ = [
    "ACCESSIBILITY_FEATURES",
    "LEGAL_STATUSES",
    "PILLARS",
    "PROVIDERS",
    "SERVICE_CATEGORIES",
    "SERVICE_STATUSES",
    "TARGET_GROUPS",
]
