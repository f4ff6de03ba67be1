"""Demo information pages linked from the footer, in Italian with their English
translation: the accessibility statement and the privacy notice.

The privacy notice states the retention periods from settings (RETENTION_*) as they are
when the page is created; afterwards it is editorial content like any page, so editors
update it when the operator changes a period.
"""

from django.conf import settings

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


def privacy_notice() -> dict:
    days = {
        "ratings": settings.RETENTION_RATINGS_DAYS,
        "comments": settings.RETENTION_RATING_COMMENTS_DAYS,
        "searches": settings.WAGTAILSEARCH_HITS_MAX_AGE,
        "forms": settings.RETENTION_FORM_SUBMISSIONS_DAYS,
        "logins": settings.RETENTION_LOGIN_LOGS_DAYS,
    }
    return {
        "slug": ("informativa-privacy", "privacy-notice"),
        "title": ("Informativa sul trattamento dei dati personali", "Privacy notice"),
        "introduction": (
            "Quali dati personali tratta il portale del welfare di comunità, perché, per "
            "quanto tempo e quali diritti hai, secondo gli articoli 13 e 14 del Regolamento "
            "(UE) 2016/679 (GDPR).",
            "Which personal data the community welfare portal processes, why, for how long "
            "and what your rights are, under Articles 13 and 14 of Regulation (EU) 2016/679 "
            "(GDPR).",
        ),
        "body": [
            ("h", "Titolare del trattamento", "Data controller"),
            (
                "p",
                "Titolare del trattamento è il Comune che gestisce il portale per la rete del "
                "welfare di comunità. I recapiti del Comune e del suo Responsabile della "
                "protezione dei dati (RPD) sono pubblicati nel sito istituzionale del Comune; "
                "per le questioni che riguardano questo portale puoi scrivere anche a "
                "privacy@welfare-comunita.example.org.",
                "The data controller is the municipality that runs the portal for the "
                "community welfare network. The contact details of the municipality and of "
                "its Data Protection Officer (DPO) are published on the municipality's "
                "official website; for anything about this portal you can also write to "
                "privacy@welfare-comunita.example.org.",
            ),
            ("h", "Cosa non raccogliamo", "What we do not collect"),
            (
                "p",
                "Il portale non usa cookie di profilazione né strumenti di statistica o di "
                "analisi del traffico, e le sue pagine pubbliche non caricano nulla da altri "
                "siti (caratteri, script, mappe o video esterni): la tua visita non viene "
                "comunicata a terzi. Per leggere il portale non serve registrarsi.",
                "The portal uses no profiling cookies and no statistics or traffic analysis "
                "tools, and its public pages load nothing from other sites (external fonts, "
                "scripts, maps or videos): your visit is not disclosed to anyone else. You "
                "do not need an account to read the portal.",
            ),
            ("h", "Cookie tecnici", "Technical cookies"),
            (
                "p",
                "Chi consulta le pagine pubbliche, anche quando valuta una pagina o fa una "
                "ricerca, non riceve alcun cookie. Chi accede all'area riservata riceve il "
                "cookie tecnico csrftoken, che protegge dagli invii contraffatti, e il cookie "
                "di sessione sessionid, cancellato all'uscita o dopo due settimane. Sono "
                "cookie necessari al funzionamento del sito e non richiedono il consenso.",
                "Visitors of the public pages receive no cookie at all, also when they rate a "
                "page or search. Whoever signs in to the reserved area receives the technical "
                "cookie csrftoken, which protects against forged submissions, and the session "
                "cookie sessionid, deleted on sign-out or after two weeks. These cookies are "
                "needed for the site to work and require no consent.",
            ),
            ("h", "Valutazioni delle pagine", "Page ratings"),
            (
                "p",
                "Quando valuti una pagina registriamo soltanto la pagina, il voto, il motivo "
                "scelto da un elenco, il commento facoltativo e il giorno: nessun nome, "
                "indirizzo IP, account né ora. Ti chiediamo di non scrivere dati personali nel "
                f"commento; in ogni caso i commenti sono cancellati dopo {days['comments']} "
                f"giorni e le valutazioni dopo {days['ratings']} giorni.",
                "When you rate a page we record only the page, the score, the reason chosen "
                "from a list, the optional comment and the day: no name, IP address, account "
                "or time of day. Please do not write personal data in the comment; in any "
                f"case comments are deleted after {days['comments']} days and ratings after "
                f"{days['ratings']} days.",
            ),
            ("h", "Ricerche", "Searches"),
            (
                "p",
                "Per mostrare le ricerche più frequenti contiamo quante volte al giorno è "
                "stato cercato un testo, senza sapere chi l'ha cercato. Non registriamo le "
                "ricerche che contengono un indirizzo e-mail, un numero di quattro o più "
                "cifre (come un telefono o una data) o un codice fiscale. I conteggi sono "
                f"cancellati dopo {days['searches']} giorni.",
                "To show the most frequent searches we count how many times a day a text was "
                "searched for, without knowing who searched. Searches containing an e-mail "
                "address, a number of four or more digits (such as a phone number or a date) "
                f"or a tax code are never recorded. The counts are deleted after "
                f"{days['searches']} days.",
            ),
            ("h", "Moduli", "Forms"),
            (
                "p",
                "Se il portale pubblica un modulo di contatto o di iscrizione, i dati che "
                "invii servono solo allo scopo indicato nel modulo e sono cancellati dopo "
                f"{days['forms']} giorni.",
                "If the portal publishes a contact or registration form, the data you send "
                "are used only for the purpose the form states and are deleted after "
                f"{days['forms']} days.",
            ),
            ("h", "Redazione ed enti", "Editors and providers"),
            (
                "p",
                "Per le persone che curano i contenuti (la redazione del Comune e gli "
                "operatori degli enti) trattiamo nome, cognome, indirizzo e-mail, nome "
                "utente, la password in forma cifrata e il secondo fattore di autenticazione. "
                "La cronologia delle modifiche (chi ha pubblicato cosa e quando) è conservata "
                "per tutta la vita del portale come traccia delle responsabilità editoriali. "
                "I tentativi di accesso all'area riservata sono registrati con nome utente, "
                "indirizzo IP e browser per proteggere gli account, e cancellati dopo "
                f"{days['logins']} giorni.",
                "For the people who look after the content (the municipality's editorial "
                "team and the providers' staff) we process first name, last name, e-mail "
                "address, user name, the password in hashed form and the second "
                "authentication factor. The history of changes (who published what and when) "
                "is kept for the whole life of the portal as the record of editorial "
                "responsibility. Sign-in attempts to the reserved area are recorded with user "
                "name, IP address and browser to protect the accounts, and deleted after "
                f"{days['logins']} days.",
            ),
            ("h", "Registri del server", "Server logs"),
            (
                "p",
                "Come ogni sito web, i server registrano per ogni richiesta l'indirizzo IP, la "
                "pagina, l'ora e il browser, per la sicurezza e per risolvere i guasti. Questi "
                "registri sono accessibili solo a chi gestisce i server e sono cancellati dopo "
                "30 giorni.",
                "Like every website, the servers record the IP address, page, time and "
                "browser of each request, for security and to fix faults. These logs are "
                "accessible only to the people who run the servers and are deleted after 30 "
                "days.",
            ),
            ("h", "Basi giuridiche", "Legal bases"),
            (
                "p",
                "Trattiamo questi dati per svolgere un compito di interesse pubblico: "
                "informare la cittadinanza sui servizi di welfare del territorio e tenere il "
                "portale sicuro (articolo 6, paragrafo 1, lettera e, del GDPR). Per chi cura i "
                "contenuti la base è anche il rapporto di lavoro o l'accordo di collaborazione "
                "con il Comune (articolo 6, paragrafo 1, lettera b). Non usiamo i dati per "
                "profilazione né per decisioni automatizzate e non li comunichiamo ad altri, "
                "salvo obblighi di legge.",
                "We process these data to perform a task in the public interest: informing "
                "residents about local welfare services and keeping the portal secure "
                "(Article 6(1)(e) GDPR). For the people who look after the content the basis "
                "is also their employment or the collaboration agreement with the "
                "municipality (Article 6(1)(b)). We do not use the data for profiling or "
                "automated decisions and do not disclose them to anyone, except where the "
                "law requires it.",
            ),
            ("h", "I tuoi diritti", "Your rights"),
            (
                "p",
                "Puoi chiedere l'accesso ai tuoi dati, la loro rettifica o cancellazione, la "
                "limitazione del trattamento, la portabilità, e puoi opporti al trattamento "
                "(articoli da 15 a 22 del GDPR), scrivendo al Responsabile della protezione "
                "dei dati del Comune o a privacy@welfare-comunita.example.org. Le valutazioni "
                "e i conteggi delle ricerche non sono collegati a nessuna persona: non "
                "possiamo ritrovarli a partire da chi li ha lasciati.",
                "You can ask for access to your data, their rectification or erasure, the "
                "restriction of processing and data portability, and you can object to the "
                "processing (Articles 15 to 22 GDPR), by writing to the municipality's Data "
                "Protection Officer or to privacy@welfare-comunita.example.org. Ratings and "
                "search counts are not linked to any person: we cannot find them starting "
                "from whoever left them.",
            ),
            ("h", "Reclamo", "Complaints"),
            (
                "p",
                "Se ritieni che il trattamento dei tuoi dati violi il GDPR, puoi proporre "
                "reclamo al Garante per la protezione dei dati personali (garanteprivacy.it), "
                "come prevede l'articolo 77 del GDPR.",
                "If you believe that the processing of your data infringes the GDPR, you can "
                "lodge a complaint with the Italian Data Protection Authority, the Garante per "
                "la protezione dei dati personali (garanteprivacy.it), as Article 77 GDPR "
                "provides.",
            ),
            (
                "p",
                "Informativa aggiornata il 25 novembre 2026.",
                "Notice last updated on 25 November 2026.",
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


def ensure_info_page(home: HomePage, english: Locale, data: dict) -> InfoPage:
    """The information page described by ``data``, created and translated if missing."""
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


def ensure_info_pages(home: HomePage, english: Locale) -> InfoPage:
    """The footer's information pages; returns the accessibility statement."""
    statement = ensure_info_page(home, english, ACCESSIBILITY_STATEMENT)
    ensure_info_page(home, english, privacy_notice())
    return statement
