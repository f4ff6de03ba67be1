"""Demo information pages: the accessibility statement, linked from the footer, in
Italian with its English translation."""

from wagtail.models import Locale

from .models import HomePage, InfoPage
from .translation import publish_translation

# (kind, Italian, English): "h" a section heading, "p" a paragraph.
ACCESSIBILITY_STATEMENT = {
    "slug": ("dichiarazione-di-accessibilita", "accessibility-statement"),
    "title": ("Dichiarazione di accessibilità", "Accessibility statement"),
    "introduction": (
        "La rete del welfare di comunità vuole un portale che tutte e tutti possano usare, "
        "come chiede la legge 9 gennaio 2004, n. 4, con le linee guida AgID "
        "sull'accessibilità degli strumenti informatici.",
        "The community welfare network wants a portal everyone can use, as Italian law "
        "no. 4 of 9 January 2004 requires, following AgID's guidelines on the accessibility "
        "of IT tools.",
    ),
    "body": [
        ("h", "Stato di conformità", "Compliance status"),
        (
            "p",
            "Il portale è parzialmente conforme alle WCAG 2.1 di livello AA richiamate dalla "
            "norma UNI EN 301549. Le pagine pubbliche principali (pagina iniziale, articoli, "
            "catalogo dei servizi, schede degli enti e dei servizi, ricerca e pagina di "
            "errore) sono controllate a ogni modifica del codice in un browser vero, in "
            "italiano e in inglese, con lo strumento automatico axe-core; la ricerca e i suoi "
            "filtri si usano anche solo con la tastiera.",
            "The portal partially complies with WCAG 2.1 level AA, as referenced by the "
            "UNI EN 301549 standard. The main public pages (home page, articles, service "
            "catalogue, provider and service pages, search and the error page) are checked "
            "on every code change in a real browser, in Italian and English, with the "
            "automated tool axe-core; search and its filters can be used with the keyboard "
            "alone.",
        ),
        ("h", "Contenuti non accessibili", "Content that is not accessible"),
        (
            "p",
            "I controlli automatici non trovano tutti i problemi: manca ancora una verifica "
            "con lettori di schermo e con persone con disabilità. I moduli e i documenti "
            "pubblicati dagli enti (spesso in PDF) potrebbero non essere accessibili: l'ente "
            "che offre il servizio ne fornisce su richiesta una versione accessibile.",
            "Automated checks do not find every problem: a review with screen readers and "
            "with people with disabilities is still to be done. Forms and documents "
            "published by providers (often PDF files) may not be accessible: the provider "
            "of the service supplies an accessible version on request.",
        ),
        ("h", "Come è stata redatta", "How this statement was prepared"),
        (
            "p",
            "Questa dichiarazione è stata redatta il 25 novembre 2026 dalla redazione del "
            "portale, con un'autovalutazione basata sui controlli descritti sopra.",
            "This statement was prepared on 25 November 2026 by the portal's editorial "
            "team, as a self-assessment based on the checks described above.",
        ),
        ("h", "Segnalazioni e recapiti", "Feedback and contact details"),
        (
            "p",
            "Se trovi una pagina o un contenuto che non riesci a usare, scrivi a "
            "accessibilita@welfare-comunita.example.org indicando l'indirizzo della pagina: "
            "ti rispondiamo entro 30 giorni.",
            "If you find a page or content you cannot use, write to "
            "accessibilita@welfare-comunita.example.org with the address of the page: we "
            "reply within 30 days.",
        ),
        ("h", "Se la risposta non arriva", "If you get no answer"),
        (
            "p",
            "Se la risposta non ti soddisfa o non arriva entro 30 giorni, puoi rivolgerti al "
            "Difensore civico per il digitale presso AgID, come prevede la legge 4/2004.",
            "If the answer does not satisfy you or does not arrive within 30 days, you can "
            "turn to the Digital Ombudsman at AgID, as law 4/2004 provides.",
        ),
    ],
}


def _body(items, column: int) -> list[dict]:
    blocks = []
    for kind, *texts in items:
        text = texts[column]
        if kind == "h":
            blocks.append({"type": "heading", "value": {"text": text, "level": "h2"}})
        else:
            blocks.append({"type": "paragraph", "value": f"<p>{text}</p>"})
    return blocks


def ensure_info_pages(home: HomePage, english: Locale) -> InfoPage:
    data = ACCESSIBILITY_STATEMENT
    page = InfoPage.objects.child_of(home).filter(slug=data["slug"][0]).first()
    if page is None:
        page = InfoPage(
            title=data["title"][0],
            slug=data["slug"][0],
            introduction=data["introduction"][0],
            body=_body(data["body"], 0),
            show_in_footer=True,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    if not page.has_translation(english):
        strings = {data[field][0]: data[field][1] for field in ("title", "slug", "introduction")}
        strings.update({texts[0]: texts[1] for _kind, *texts in data["body"]})
        publish_translation(page, english, strings)
    return page
