"""The page-rating widget of the Italian public-sector model: "how clear was this
page?" from 1 to 5, then what helped or what got in the way, and an optional comment.
Stored without personal data (see ``PageRating``); editors read the report in the admin
(``home.wagtail_hooks``)."""

from django import forms
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from wagtail.models import Page

from .models import PageRating

GOOD_RATING = 4
POSITIVE_REASONS = [
    ("clear", _("Le indicazioni erano chiare")),
    ("complete", _("Le indicazioni erano complete")),
    ("found", _("Ho trovato quello che cercavo")),
    ("other_good", _("Altro")),
]
NEGATIVE_REASONS = [
    ("unclear", _("Le indicazioni non erano chiare")),
    ("incomplete", _("Le indicazioni non erano complete")),
    ("not_found", _("Non ho trovato quello che cercavo")),
    ("technical", _("Ho avuto problemi tecnici")),
    ("other_bad", _("Altro")),
]
RATING_CHOICES = [(str(n), str(n)) for n in range(1, 6)]


def rateable(page) -> bool:
    return getattr(page.specific_class, "rating_enabled", False)


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Quanto sono chiare le informazioni su questa pagina?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Scegli un valore da 1 a 5.")},
    )
    positive = forms.ChoiceField(
        label=_("Se hai dato 4 o 5: che cosa ti è stato più utile?"),
        choices=POSITIVE_REASONS,
        widget=forms.RadioSelect,
        required=False,
    )
    negative = forms.ChoiceField(
        label=_("Se hai dato da 1 a 3: dove hai incontrato difficoltà?"),
        choices=NEGATIVE_REASONS,
        widget=forms.RadioSelect,
        required=False,
    )
    details = forms.CharField(
        label=_("Vuoi aggiungere qualcosa? (facoltativo)"),
        help_text=_("Massimo 200 caratteri. Non scrivere dati personali: nome, telefono, e-mail."),
        max_length=200,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def reason(self) -> str:
        """The reason that goes with the score (the other list is ignored)."""
        if self.cleaned_data["rating"] >= GOOD_RATING:
            return self.cleaned_data.get("positive") or ""
        return self.cleaned_data.get("negative") or ""


def record_rating(page: Page, form: RatingForm) -> PageRating:
    return PageRating.objects.create(
        page=page,
        rating=form.cleaned_data["rating"],
        reason=form.reason(),
        details=form.cleaned_data["details"].strip(),
    )


# No CSRF token: an answer is anonymous and grants nothing, so a forged one is worth no
# more than a real one, and the pages carrying the widget stay identical for every
# visitor (cacheable, no per-visitor token).
@csrf_exempt
@require_POST
def rate_page(request, page_id: int):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if not rateable(page):
        raise Http404
    form = RatingForm(request.POST)
    if form.is_valid():
        record_rating(page, form)
        return HttpResponseRedirect(f"{page.url}?valutazione=grazie#valuta-pagina")
    return TemplateResponse(
        request, "home/rating_error.html", {"page": page.specific, "form": form}, status=400
    )
