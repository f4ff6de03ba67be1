"""The catalogue index's filters: parsed from the query string, AND-ed together, with
counts per value computed under the other filters (one query per facet)."""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home.localization import localized_objects

from .listing import attach_display_terms, attach_providers
from .models import (
    LANGUAGE_CHOICES,
    Municipality,
    Pillar,
    ServiceCategory,
    ServicePage,
    TargetGroup,
    source_locale_only,
)
from .opening import open_now_condition

SERVICES_PER_PAGE = 12
MAX_VALUE_LENGTH = 100


@dataclass
class Facet:
    key: str
    label: str
    # How a chosen code filters services.
    lookup: str
    # The vocabulary (None for fixed choices such as languages).
    model: type | None = None
    choices: list = field(default_factory=list)

    def condition(self, code: str) -> Q:
        if self.key == "category":
            return Q(category__code=code) | Q(category__parent__code=code)
        return Q(**{self.lookup: code})


FACETS = [
    Facet("category", _("Categoria"), "category__code", ServiceCategory),
    Facet("pillar", _("Pilastro"), "pillar__code", Pillar),
    Facet("municipality", _("Comune"), "municipalities__code", Municipality),
    Facet("target", _("Destinatari"), "target_groups__code", TargetGroup),
    Facet("topic", _("Argomento"), "topics__slug", None),
    Facet("language", _("Lingua"), "languages__code", None, LANGUAGE_CHOICES),
]
FLAGS = {
    "free": _("Solo servizi gratuiti"),
    "open": _("Aperto ora"),
}


class CatalogueSearch:
    """Services under one catalogue index that match the reader's filters."""

    def __init__(self, index, params):
        self.index = index
        self.locale = index.locale
        self.selected: dict[str, str] = {}
        for facet in FACETS:
            # NUL bytes can never be in a code and PostgreSQL rejects them in queries.
            value = params.get(facet.key, "").replace("\x00", "").strip()[:MAX_VALUE_LENGTH]
            if value:
                self.selected[facet.key] = value
        self.flags = {flag for flag in FLAGS if params.get(flag) in {"1", "on", "true"}}
        self.base = ServicePage.objects.for_listing().descendant_of(index)
        self.page_obj = self._paginate(params.get("page"))

    # Filtering -----------------------------------------------------------------

    def conditions(self, skip: str | None = None) -> list:
        facets = {facet.key: facet for facet in FACETS}
        conditions = [
            facets[key].condition(value) for key, value in self.selected.items() if key != skip
        ]
        if "free" in self.flags and skip != "free":
            conditions.append(Q(is_free=True))
        if "open" in self.flags and skip != "open":
            conditions.append(open_now_condition())
        return conditions

    def matching(self, skip: str | None = None):
        queryset = self.base
        for condition in self.conditions(skip):
            queryset = queryset.filter(condition)
        return queryset

    def _paginate(self, page_number) -> PaginatorPage:
        ids = self.matching().values("pk").distinct()
        services = self.base.filter(pk__in=ids)
        paginator = Paginator(services, SERVICES_PER_PAGE)
        page = paginator.get_page(page_number)
        services = attach_display_terms(list(page.object_list), self.locale)
        page.object_list = attach_providers(services)
        return page

    # What the template shows ----------------------------------------------------

    @property
    def services(self) -> list:
        return self.page_obj.object_list

    @property
    def total(self) -> int:
        return self.page_obj.paginator.count

    def facet_counts(self, facet: Facet) -> dict[str, int]:
        # ``order_by()`` clears the listing order: its fields would join the GROUP BY
        # and split each value's count into one row per service.
        rows = (
            self.matching(skip=facet.key)
            .order_by()
            .values(facet.lookup)
            .annotate(count=Count("pk", distinct=True))
        )
        counts = {row[facet.lookup]: row["count"] for row in rows if row[facet.lookup]}
        if facet.key == "category":
            parents = dict(
                ServiceCategory.objects.filter(
                    source_locale_only(), parent__isnull=False
                ).values_list("code", "parent__code")
            )
            for code, count in list(counts.items()):
                if code in parents:
                    counts[parents[code]] = counts.get(parents[code], 0) + count
        return counts

    def facets(self) -> list[dict]:
        """Each facet with its values: code, name in the reader's language, count and
        whether it is chosen. Values with no service are left out unless chosen."""
        from articles.models import Topic

        result = []
        for facet in FACETS:
            counts = self.facet_counts(facet)
            chosen = self.selected.get(facet.key)
            if facet.key == "language":
                values = [(code, str(name)) for code, name in facet.choices]
            else:
                model = facet.model or Topic
                code_field = "slug" if model is Topic else "code"
                terms = list(model.objects.filter(source_locale_only()).order_by("name"))
                values = [
                    (getattr(original, code_field), shown.name)
                    for original, shown in zip(
                        terms, localized_objects(terms, self.locale), strict=True
                    )
                ]
            options = [
                {"code": code, "name": name, "count": counts.get(code, 0), "chosen": code == chosen}
                for code, name in values
                if counts.get(code) or code == chosen
            ]
            result.append(
                {
                    "key": facet.key,
                    "label": facet.label,
                    "options": sorted(options, key=lambda option: option["name"].lower()),
                    "unknown": chosen
                    if chosen
                    and not any(o["chosen"] for o in options)
                    and chosen not in {code for code, _name in values}
                    else None,
                }
            )
        return result

    def flag_counts(self) -> list[dict]:
        return [
            {
                "key": flag,
                "label": label,
                "chosen": flag in self.flags,
                "count": self.matching(skip=flag)
                .filter(self._flag_condition(flag))
                .values("pk")
                .distinct()
                .count(),
            }
            for flag, label in FLAGS.items()
        ]

    @staticmethod
    def _flag_condition(flag: str):
        return Q(is_free=True) if flag == "free" else open_now_condition()

    def query_string(self, **changes) -> str:
        """The current state as a query string, with ``changes`` applied (None removes)."""
        state = {**self.selected, **dict.fromkeys(self.flags, "1")}
        for key, value in changes.items():
            if value is None:
                state.pop(key, None)
            else:
                state[key] = value
        return urlencode(state)

    @property
    def active(self) -> bool:
        return bool(self.selected or self.flags)
