"""The editor's view of automatic suggestions, on the page edit form: what is suggested,
why (shared topics, score), and a way to exclude a suggestion or bring it back."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel
from wagtail.models import Page

from .models import RelatedExclusion, RelatedSuggestion
from .similarity import ranked_last

KIND_LABELS = {"article": _("Articoli"), "service": _("Servizi")}


class RelatedSuggestionsPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Suggerimenti automatici"))
        kwargs.setdefault(
            "help_text",
            _(
                "Calcolati alla pubblicazione da argomenti in comune e somiglianza del "
                "testo. Le pagine scelte dalla redazione vengono sempre prima."
            ),
        )
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "search/admin/related_suggestions_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            suggestions = []
            exclusions = []
            if page.pk:
                rows = list(
                    RelatedSuggestion.objects.filter(page_id=page.pk).order_by("kind", "rank")
                )
                excluded = list(RelatedExclusion.objects.filter(page_id=page.pk))
                titles = dict(
                    Page.objects.filter(
                        pk__in=[r.suggested_id for r in rows] + [e.excluded_id for e in excluded]
                    ).values_list("pk", "title")
                )
                page_kind = getattr(page, "search_kind", None)
                suggestions = [
                    {
                        "row": row,
                        "title": titles.get(row.suggested_id, ""),
                        "kind_label": KIND_LABELS.get(row.kind, row.kind),
                        "low_text": ranked_last(page_kind, row.kind, row.text_score),
                    }
                    for row in rows
                ]
                exclusions = [
                    {"row": row, "title": titles.get(row.excluded_id, "")} for row in excluded
                ]
            context.update(page=page, suggestions=suggestions, exclusions=exclusions)
            return context
