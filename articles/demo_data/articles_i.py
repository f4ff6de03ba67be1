"""Demo articles, part I: local services.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: servizi-territoriali
    # ------------------------------------------------------------------
    {
        "slug": "segretariato-sociale-primo-ascolto-del-comune",
        "theme": "servizi-territoriali",
        "title": "Il segretariato sociale: la prima porta dei servizi sociali del Comune",
        "introduction": (
            "Hai un problema e non sai a quale ufficio rivolgerti? Il segretariato sociale del "
            "Comune ascolta, informa e orienta. Ecco come si svolge il primo colloquio, come "
            "prenotarlo e che cosa puoi aspettarti."
        ),
        "date": "2025-08-05",
        "authors": ["marco-bellin"],
        "topics": ["accesso-ai-servizi", "assistenza-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Quando arriva una difficoltà (un lavoro perso, un genitore che non è più "
                    "autonomo, una bolletta che non riesci a pagare), spesso la domanda più "
                    "difficile è la prima: a chi chiedo aiuto? Il segretariato sociale esiste "
                    "proprio per questo. È il punto di primo ascolto dei servizi sociali del "
                    "Comune: accoglie chi si presenta, ascolta la sua storia e lo aiuta a capire "
                    "quali aiuti esistono e come ottenerli. La legge quadro sui servizi sociali "
                    "(legge 328 del 2000) lo mette tra i servizi che devono esserci in ogni "
                    "territorio. È gratuito."
                ),
            ),
            ("heading", "Che cosa succede al primo incontro"),
            (
                "paragraph",
                (
                    "Di solito il colloquio si fa con un'assistente sociale, in una stanza "
                    "riservata. Ti chiede il motivo della visita, chi vive con te, quali entrate "
                    "ha la famiglia e se qualche altro servizio ti segue già. Non è un "
                    "interrogatorio: le domande servono a mettere a fuoco il bisogno. Alla fine "
                    "ricevi informazioni concrete, per esempio su contributi, aiuti a domicilio o "
                    "bandi aperti, e un'indicazione sul passo da fare dopo. A volte è un altro "
                    "ufficio, come l'INPS, un CAF, un patronato o il centro per l'impiego. Altre "
                    "volte l'assistente sociale propone un secondo incontro per costruire insieme "
                    "un progetto di aiuto. Quello che racconti resta riservato: chi ti ascolta è "
                    "tenuto al segreto professionale."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Molte persone entrano scusandosi, come se chiedere fosse una colpa. Io "
                        "rispondo che sono nel posto giusto: il mio lavoro comincia proprio dalla "
                        "loro domanda."
                    ),
                    "Un'assistente sociale di un Comune della cintura di Padova",
                ),
            ),
            ("heading", "Come prenotare e chi può accompagnarti"),
            (
                "paragraph",
                (
                    "In molti Comuni il segretariato riceve su appuntamento, in giorni e orari "
                    "fissi; nei Comuni più piccoli l'assistente sociale può esserci solo qualche "
                    "mattina alla settimana. Puoi prenotare per telefono o allo sportello del "
                    "municipio, a volte anche online. Se non puoi uscire di casa, chiedi se è "
                    "possibile un colloquio al telefono o una visita a domicilio. Puoi farti "
                    "accompagnare da un familiare o da una persona di fiducia e, se hai difficoltà "
                    "con l'italiano, chiedere se c'è un mediatore linguistico."
                ),
            ),
            (
                "callout",
                (
                    "Che cosa portare al primo colloquio",
                    (
                        "Porta un documento d'identità, la tessera sanitaria, l'attestazione ISEE "
                        "se ce l'hai e, se sei cittadino straniero, il permesso di soggiorno. "
                        "Aggiungi le carte che riguardano il problema: lettere, bollette, il "
                        "contratto d'affitto, certificati medici o il verbale di invalidità. Se ti "
                        "manca qualcosa, vai lo stesso."
                    ),
                ),
            ),
            ("heading", "Che cosa può fare e che cosa no"),
            (
                "paragraph",
                (
                    "Il segretariato informa, orienta e, quando serve, chiede al servizio sociale "
                    "di prendere in carico la tua situazione. Non concede però contributi o "
                    "servizi sul momento: questi seguono i regolamenti del Comune, hanno requisiti "
                    "precisi, spesso legati all'ISEE, e richiedono una domanda formale. Non "
                    "sostituisce nemmeno un avvocato o un medico, ma sa indicarti a chi "
                    "rivolgerti. E non risolve tutto in un giorno: conviene presentarsi presto, "
                    "prima che una difficoltà diventi un'emergenza."
                ),
            ),
            (
                "paragraph",
                (
                    "Nel catalogo del portale trovi i recapiti dei servizi sociali di ogni Comune "
                    "e molti dei servizi verso cui il segretariato indirizza più spesso, come "
                    "doposcuola, trasporti sociali o aiuti alimentari di cooperative e "
                    "associazioni. Se non usi il web, lo sportello di welfare ti aiuta a fissare "
                    "l'appuntamento."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche sociali",
                        "Informazioni nazionali sui livelli essenziali delle prestazioni sociali.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le politiche sociali del Veneto.",
                    ),
                    (
                        "https://www.comune.padova.it/",
                        "Comune di Padova",
                        "Il sito del capoluogo, con le informazioni sui suoi servizi sociali.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "social-secretariat-the-municipalitys-first-point-of-contact",
            "title": (
                "The social secretariat: the front door to your municipality's social services"
            ),
            "introduction": (
                "Facing a problem and not sure which office to turn to? The municipality's social "
                "secretariat (segretariato sociale) listens, informs and points you in the right "
                "direction. Here is how the first meeting works, how to book it and what you can "
                "expect."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "When trouble strikes (a lost job, a parent who can no longer manage "
                        "alone, a bill you cannot pay), the hardest question is often the first "
                        "one: who do I ask for help? That is exactly what the social secretariat "
                        "is for. It is the first point of contact for the municipality's social "
                        "services: it welcomes whoever walks in, listens to their story and helps "
                        "them understand what support is available and how to get it. The "
                        "framework law on social services (Law 328 of 2000) lists it among the "
                        "services that must exist in every area. It is free of charge."
                    ),
                ),
                ("heading", "What happens at the first meeting"),
                (
                    "paragraph",
                    (
                        "The meeting is usually with a social worker, in a private room. They will "
                        "ask about the reason for your visit, who lives with you, what income the "
                        "household has and whether any other service already supports you. It is "
                        "not an interrogation: the questions help to pin down what you need. At "
                        "the end you get practical information, for example on financial support, "
                        "help at home or open calls for applications, and a clear next step. "
                        "Sometimes that is another office, such as INPS (the national social "
                        "security institute), a tax assistance centre (CAF), a patronato (a free "
                        "advice service for benefits and pensions) or the job centre. At other "
                        "times the social worker suggests a second meeting to draw up a support "
                        "plan together. What you say stays confidential: the person listening to "
                        "you is bound by professional secrecy."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Many people come in apologising, as if asking were something to be "
                            "ashamed of. I tell them they have come to the right place: my work "
                            "starts with their question."
                        ),
                        "A social worker in a municipality on the outskirts of Padova",
                    ),
                ),
                ("heading", "How to book and who can come with you"),
                (
                    "paragraph",
                    (
                        "In many municipalities the social secretariat sees people by appointment, "
                        "on set days and at set times; in the smallest ones the social worker may "
                        "only be in for a few mornings a week. You can book by phone or at the "
                        "town hall desk, and sometimes online. If you cannot leave home, ask "
                        "whether a phone interview or a home visit is possible. You can bring a "
                        "relative or someone you trust with you and, if you find Italian "
                        "difficult, ask whether a language mediator is available."
                    ),
                ),
                (
                    "callout",
                    (
                        "What to bring to the first meeting",
                        (
                            "Bring an identity document, your health card, your ISEE certificate "
                            "if you have one and, if you are a foreign national, your residence "
                            "permit. Add the papers about your problem: letters, bills, your "
                            "tenancy agreement, medical certificates or your disability assessment "
                            "report. If something is missing, go anyway."
                        ),
                    ),
                ),
                ("heading", "What it can and cannot do"),
                (
                    "paragraph",
                    (
                        "The social secretariat informs, guides and, when needed, asks social "
                        "services to take on your case. It does not, however, grant financial "
                        "support or services on the spot: these follow the municipality's rules, "
                        "have specific eligibility criteria, often linked to the ISEE, and require "
                        "a formal application. Nor does it replace a lawyer or a doctor, although "
                        "it can tell you who to turn to. And it cannot solve everything in a day: "
                        "it pays to come early, before a difficulty turns into an emergency."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In the portal's catalogue you will find the contact details of each "
                        "municipality's social services and many of the services the social "
                        "secretariat most often refers people to, such as after-school clubs, "
                        "community transport or food aid run by cooperatives and associations. If "
                        "you do not use the web, the welfare help desk will help you make an "
                        "appointment."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche sociali (Ministry of Labour "
                            "and Social Policies)",
                            "National information on the essential levels of social services.",
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            "The regional portal, with Veneto's social policies.",
                        ),
                        (
                            "https://www.comune.padova.it/",
                            "Comune di Padova (Municipality of Padova)",
                            "The city's website, with information on its social services.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "aiuti-per-la-casa-affitto-sfratti-case-popolari",
        "theme": "servizi-territoriali",
        "title": "Aiuti per la casa: contributi per l'affitto, sfratti e case popolari",
        "introduction": (
            "Pagare l'affitto può diventare difficile per molte famiglie. Ecco i principali "
            "aiuti pubblici per la casa, dal contributo per l'affitto agli alloggi di edilizia "
            "residenziale pubblica, e come funzionano i bandi del Comune."
        ),
        "date": "2026-02-10",
        "authors": ["marco-bellin", "chiara-zanon"],
        "topics": ["assistenza-sociale", "accesso-ai-servizi"],
        "body": [
            (
                "paragraph",
                (
                    "La casa è spesso la voce più pesante del bilancio familiare, e basta poco (un "
                    "contratto non rinnovato, una malattia, una separazione) perché l'affitto "
                    "diventi difficile da pagare. Esistono alcuni aiuti pubblici, gestiti in gran "
                    "parte dai Comuni con fondi dello Stato e della Regione. Quasi sempre passano "
                    "da un bando, con requisiti e scadenze precise."
                ),
            ),
            ("heading", "Il contributo per l'affitto"),
            (
                "paragraph",
                (
                    "Il contributo per l'affitto aiuta chi abita in affitto sul mercato privato a "
                    "pagare il canone. Viene da un fondo nazionale previsto dalla legge sulle "
                    "locazioni, la 431 del 1998. Quando i fondi ci sono, il Comune pubblica un "
                    "bando: di solito servono un contratto registrato, la residenza nell'alloggio "
                    "e un ISEE entro la soglia indicata. L'importo dipende dal numero di domande e "
                    "dalle risorse disponibili. I finanziamenti statali non arrivano con "
                    "regolarità e in alcuni anni il bando non esce: conviene controllare spesso il "
                    "sito del Comune."
                ),
            ),
            ("heading", "Se rischi lo sfratto"),
            (
                "paragraph",
                (
                    "Chi non riesce più a pagare l'affitto per cause che non dipendono da lui, "
                    "come la perdita del lavoro, un taglio dell'orario, una grave malattia o la "
                    "morte di un familiare che portava un reddito, si trova in morosità "
                    "incolpevole. Per questi casi esiste dal 2013 un fondo nazionale, gestito dai "
                    "Comuni che ricevono le risorse; anche qui i finanziamenti dipendono dalle "
                    "leggi di bilancio e in alcuni anni sono mancati. Il fondo può servire a "
                    "saldare gli arretrati se il proprietario rinuncia allo sfratto, a pagargli i "
                    "mesi di attesa se accetta di rinviarlo o a versare il deposito cauzionale per "
                    "un nuovo contratto. Di solito lo sfratto per morosità deve essere già stato "
                    "avviato. Muoviti presto: parla con i servizi sociali appena iniziano le "
                    "difficoltà, non quando è già fissata la data dello sfratto. Anche i sindacati "
                    "degli inquilini possono aiutarti."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Quando ho perso il lavoro ho smesso di aprire la posta. È stata "
                        "l'assistente sociale a spiegarmi che c'era un aiuto anche per me."
                    ),
                    "Un padre di due ragazzi, inquilino ad Albignasego",
                ),
            ),
            ("heading", "Le case popolari e i bandi di assegnazione"),
            (
                "paragraph",
                (
                    "Gli alloggi di edilizia residenziale pubblica, le cosiddette case popolari, "
                    "appartengono ai Comuni o all'ATER, l'azienda territoriale per l'edilizia "
                    "residenziale, che in provincia di Padova gestisce molte abitazioni anche per "
                    "conto dei Comuni. In Veneto le regole sono fissate dalla legge regionale 39 "
                    "del 2017. Per avere una casa bisogna partecipare al bando di assegnazione del "
                    "Comune. Tra i requisiti ci sono un ISEE entro un limite stabilito e il fatto "
                    "di non possedere un'altra abitazione adeguata. Ogni domanda riceve un "
                    "punteggio che tiene conto, per esempio, della situazione economica, del "
                    "numero di componenti, della presenza di anziani o di persone con disabilità e "
                    "delle condizioni della casa attuale. Dopo una graduatoria provvisoria, che si "
                    "può contestare, arriva quella definitiva. Gli alloggi si assegnano man mano "
                    "che si liberano, quindi l'attesa può essere lunga. Il canone dipende dalla "
                    "situazione economica della famiglia e dalle caratteristiche dell'alloggio."
                ),
            ),
            (
                "callout",
                (
                    "Preparati prima che esca il bando",
                    (
                        "I bandi restano aperti per un periodo limitato. Tieni pronti un ISEE "
                        "aggiornato, il contratto d'affitto registrato con le ricevute, i "
                        "documenti d'identità e di soggiorno e gli eventuali certificati di "
                        "invalidità. Un CAF o lo sportello di welfare possono aiutarti con la "
                        "domanda; nel catalogo del portale trovi anche le associazioni che aiutano "
                        "a cercare casa."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.mit.gov.it/",
                        "Ministero delle Infrastrutture e dei Trasporti",
                        "Il ministero che ripartisce i fondi nazionali per l'affitto.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le politiche per la casa.",
                    ),
                    (
                        "https://www.comune.padova.it/",
                        "Comune di Padova",
                        "Il sito del capoluogo, con i suoi bandi per la casa.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "help-with-housing-rent-evictions-and-social-housing",
            "title": "Help with housing: rent support, evictions and social housing",
            "introduction": (
                "Paying the rent can become hard for many families. Here are the main forms of "
                "public help with housing, from rent support to public social housing (edilizia "
                "residenziale pubblica), and how the municipality's calls for applications work."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Housing is often the biggest item in a family budget, and it takes very "
                        "little (a contract that is not renewed, an illness, a separation) for the "
                        "rent to become hard to pay. Some public help is available, mostly run by "
                        "municipalities with national and regional funds. It almost always goes "
                        "through a call for applications (bando), with specific requirements and "
                        "deadlines."
                    ),
                ),
                ("heading", "Rent support"),
                (
                    "paragraph",
                    (
                        "Rent support (contributo per l'affitto) helps people renting on the "
                        "private market to pay the rent. It comes from a national fund set up by "
                        "the tenancy law, Law 431 of 1998. When funds are available, the "
                        "municipality publishes a call for applications: you usually need a "
                        "registered tenancy agreement, registered residence at that address and an "
                        "ISEE within the stated threshold. The amount depends on the number of "
                        "applications and the funds available. National funding does not arrive "
                        "regularly and in some years there is no call at all, so check the "
                        "municipality's website often."
                    ),
                ),
                ("heading", "If you are at risk of eviction"),
                (
                    "paragraph",
                    (
                        "If you can no longer pay the rent for reasons beyond your control, such "
                        "as losing your job, having your hours cut, a serious illness or the death "
                        "of a family member who brought in an income, you are in what Italian law "
                        "calls morosità incolpevole, arrears through no fault of your own. Since "
                        "2013 there has been a national fund for these cases, run by the "
                        "municipalities that receive the money; here too, funding depends on the "
                        "budget laws and in some years there has been none. The fund can be used "
                        "to clear the arrears if the landlord drops the eviction, to pay the "
                        "landlord for the months of delay if they agree to postpone it, or to pay "
                        "the deposit on a new tenancy. As a rule, eviction proceedings for arrears "
                        "must already have begun. Act early: talk to social services as soon as "
                        "the difficulties begin, not when the eviction date has already been set. "
                        "Tenants' unions can also help."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "When I lost my job I stopped opening the post. It was the social "
                            "worker who explained that there was help for me too."
                        ),
                        "A father of two, renting a home in Albignasego",
                    ),
                ),
                ("heading", "Social housing and allocation calls"),
                (
                    "paragraph",
                    (
                        "Public social housing (edilizia residenziale pubblica), often called case "
                        "popolari, belongs to the municipalities or to ATER, the local public "
                        "housing agency, which in the province of Padova also manages many homes "
                        "on behalf of municipalities. In Veneto the rules are set by Regional Law "
                        "39 of 2017. To get a home you have to take part in the municipality's "
                        "allocation call. The requirements include an ISEE within a set limit and "
                        "not owning another suitable home. Each application is given a score that "
                        "takes into account, for example, the household's finances, its size, "
                        "whether older people or people with disabilities live in it and the "
                        "condition of your current home. A provisional ranking, which can be "
                        "challenged, is followed by the final one. Homes are allocated as they "
                        "become free, so the wait can be long. The rent depends on the household's "
                        "financial situation and the features of the home."
                    ),
                ),
                (
                    "callout",
                    (
                        "Get ready before the call opens",
                        (
                            "Calls stay open for a limited time. Have ready an up-to-date ISEE, "
                            "your registered tenancy agreement with rent receipts, identity and "
                            "residence documents and any disability certificates. A tax assistance "
                            "centre (CAF) or the welfare help desk can help you with the "
                            "application; the portal's catalogue also lists associations that help "
                            "people look for a home."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.mit.gov.it/",
                            "Ministero delle Infrastrutture e dei Trasporti (Ministry of "
                            "Infrastructure and Transport)",
                            "The ministry that allocates the national funds for rent support.",
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            "The regional portal, with its housing policies.",
                        ),
                        (
                            "https://www.comune.padova.it/",
                            "Comune di Padova (Municipality of Padova)",
                            "The city's website, with its housing calls for applications.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "nidi-e-servizi-per-la-prima-infanzia",
        "theme": "servizi-territoriali",
        "title": "Nidi e servizi da 0 a 3 anni: iscrizioni, rette e bonus",
        "introduction": (
            "Nidi, micronidi, spazi gioco: per i bambini sotto i tre anni l'offerta è più "
            "varia di quanto sembri. Ecco come scegliere, quando iscriversi, come si calcola la "
            "retta e come funziona il bonus nido dell'INPS."
        ),
        "date": "2026-04-14",
        "authors": ["giulia-ferraro", "luca-pavan"],
        "topics": ["famiglie", "istruzione", "welfare-aziendale"],
        "body": [
            (
                "paragraph",
                (
                    "Scegliere un servizio per un bambino piccolo è una decisione pratica ed "
                    "emotiva insieme. Dal 2017 (decreto legislativo 65) nidi e scuole "
                    "dell'infanzia fanno parte di un unico sistema integrato di educazione e "
                    "istruzione da zero a sei anni: i primi anni sono già un tempo di crescita, "
                    "non solo di custodia. Per la fascia da zero a tre anni ci sono diverse "
                    "possibilità."
                ),
            ),
            ("heading", "Nidi, micronidi e servizi integrativi"),
            (
                "paragraph",
                (
                    "Il nido accoglie i bambini dai tre mesi ai tre anni, con educatrici ed "
                    "educatori qualificati, il pasto e il momento del riposo; il micronido "
                    "funziona allo stesso modo, con meno posti. Ci sono nidi comunali, gestiti "
                    "direttamente o affidati a una cooperativa, e nidi privati, che devono essere "
                    "autorizzati. Poi ci sono i servizi integrativi, più flessibili: gli spazi "
                    "gioco, per poche ore al giorno e senza pasto; i centri per bambini e "
                    "famiglie, dove il bambino partecipa con un genitore o un nonno; i servizi "
                    "educativi a domicilio per piccoli gruppi. In Veneto sono diffusi anche i nidi "
                    "integrati, che funzionano insieme a una scuola dell'infanzia, e alcune "
                    "imprese hanno un nido aziendale."
                ),
            ),
            ("heading", "Iscrizioni, graduatorie e rette"),
            (
                "paragraph",
                (
                    "Per i nidi comunali le iscrizioni si aprono di solito una volta l'anno, "
                    "spesso in primavera, per entrare a settembre; alcuni Comuni riaprono i "
                    "termini se restano posti. Se le domande superano i posti, si forma una "
                    "graduatoria secondo i criteri del regolamento comunale, per esempio il lavoro "
                    "dei genitori, la presenza di fratelli, una disabilità del bambino o una "
                    "segnalazione dei servizi sociali. La retta mensile varia in base all'ISEE, a "
                    "fasce o in proporzione, e di solito è diversa tra tempo pieno e tempo "
                    "parziale. Per essere ammesso, il bambino deve essere in regola con le "
                    "vaccinazioni obbligatorie."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Il primo giorno la mamma di Amir non riusciva ad andarsene. Adesso il "
                        "bimbo arriva di corsa e lei si ferma a chiacchierare con gli altri "
                        "genitori. Anche lei ha fatto il suo inserimento."
                    ),
                    "Un'educatrice di un micronido di Vigonza",
                ),
            ),
            ("heading", "Il bonus nido e il welfare aziendale"),
            (
                "paragraph",
                (
                    "Il bonus asili nido è un contributo dell'INPS per i bambini sotto i tre anni. "
                    "Aiuta a pagare la retta di nidi pubblici o privati autorizzati oppure, per i "
                    "bambini con gravi malattie croniche che non possono frequentare, finanzia un "
                    "sostegno a casa. Si chiede sul sito dell'INPS, con SPID, CIE o CNS, oppure "
                    "tramite un patronato. Per il nido, il contributo arriva dopo che hai caricato "
                    "le ricevute delle rette pagate. Le domande sono accolte in ordine di arrivo, "
                    "nei limiti dei fondi: conviene non aspettare. L'importo dipende dall'ISEE ed "
                    "è cambiato più volte con le leggi di bilancio: controlla ogni anno quello in "
                    "vigore. Il bonus non supera la spesa sostenuta e non si somma alla detrazione "
                    "fiscale per le rette del nido. Anche il credito welfare aziendale può coprire "
                    "le rette, ma la stessa spesa non può essere rimborsata due volte: il welfare "
                    "manager ti aiuta a combinare le agevolazioni."
                ),
            ),
            (
                "callout",
                (
                    "Prima di iscriverti",
                    (
                        "Visita il nido e chiedi orari, calendario, menù e come si svolge "
                        "l'inserimento. Tieni pronti l'ISEE per le prestazioni ai minorenni e i "
                        "documenti dei genitori. Nel catalogo del portale puoi cercare per Comune "
                        "nidi, spazi gioco e centri per famiglie: la scheda indica costi, orari e "
                        "se si può pagare con il credito welfare."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "L'istituto nazionale di previdenza sociale, dove si chiede il bonus nido.",
                    ),
                    (
                        "https://www.mim.gov.it/",
                        "Ministero dell'Istruzione e del Merito",
                        "Il sistema integrato di educazione e istruzione da zero a sei anni.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con i servizi per la prima infanzia.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "nurseries-and-early-childhood-services",
            "title": (
                "Nurseries and services for children aged 0 to 3: enrolment, fees and the "
                "nursery bonus"
            ),
            "introduction": (
                "Nurseries, small nurseries, playgroups: for children under three there is more "
                "choice than you might think. Here is how to choose, when to enrol, how fees are "
                "worked out and how the INPS nursery bonus works."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Choosing a service for a young child is both a practical and an emotional "
                        "decision. Since 2017 (Legislative Decree 65) nurseries and pre-schools "
                        "have been part of a single integrated system of education from birth to "
                        "six: the first years are already a time of growth, not just of childcare. "
                        "For children from birth to three there are several options."
                    ),
                ),
                ("heading", "Nurseries, small nurseries and supplementary services"),
                (
                    "paragraph",
                    (
                        "The nursery (nido) takes children from three months to three years, with "
                        "qualified educators, meals and a nap; the small nursery (micronido) works "
                        "in the same way, with fewer places. There are municipal nurseries, run "
                        "directly or contracted out to a cooperative, and private ones, which must "
                        "be authorised. Then there are the supplementary services (servizi "
                        "integrativi), which are more flexible: playgroups (spazi gioco), open for "
                        "a few hours a day with no meals; centres for children and families, where "
                        "the child takes part with a parent or grandparent; and home-based "
                        "educational services for small groups. In Veneto there are also many nidi "
                        "integrati, nurseries run together with a pre-school, and some companies "
                        "run a workplace nursery."
                    ),
                ),
                ("heading", "Enrolment, waiting lists and fees"),
                (
                    "paragraph",
                    (
                        "For municipal nurseries, enrolment usually opens once a year, often in "
                        "spring, for a September start; some municipalities reopen it if places "
                        "are left. If there are more applications than places, a ranking is drawn "
                        "up according to the criteria in the municipality's rules, for example "
                        "whether the parents work, whether there are siblings, whether the child "
                        "has a disability or whether social services have referred the family. The "
                        "monthly fee depends on the ISEE, in bands or on a sliding scale, and is "
                        "usually different for full-time and part-time places. To be admitted, a "
                        "child must be up to date with the compulsory vaccinations."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "On the first day Amir's mum could not bring herself to leave. Now the "
                            "little one comes running in and she stays to chat with the other "
                            "parents. She needed settling in as much as he did."
                        ),
                        "An educator at a small nursery in Vigonza",
                    ),
                ),
                ("heading", "The nursery bonus and corporate welfare"),
                (
                    "paragraph",
                    (
                        "The nursery bonus (bonus asili nido) is a payment from INPS, the national "
                        "social security institute, for children under three. It helps pay the "
                        "fees of public or authorised private nurseries or, for children with "
                        "serious chronic illnesses who cannot attend, support at home. You apply "
                        "on the INPS website, with SPID, CIE or CNS (Italy's digital identity "
                        "systems), or through a patronato (a free advice service). For a nursery, "
                        "the money is paid after you upload the receipts for the fees you have "
                        "paid. Applications are accepted in the order they arrive, while funds "
                        "last, so do not wait. The amount depends on the ISEE and has been changed "
                        "several times by budget laws: check each year which amount applies. The "
                        "bonus cannot exceed what you have spent and cannot be combined with the "
                        "tax deduction for nursery fees. Corporate welfare credit can also cover "
                        "the fees, but the same expense cannot be refunded twice: the welfare "
                        "manager will help you combine the different kinds of support."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you enrol",
                        (
                            "Visit the nursery and ask about opening hours, the calendar, the menu "
                            "and how settling in works. Have ready your ISEE for benefits for "
                            "children (ISEE per prestazioni ai minorenni) and the parents' "
                            "documents. In the portal's catalogue you can search by municipality "
                            "for nurseries, playgroups and family centres: each service page shows "
                            "costs, opening hours and whether you can pay with welfare credit."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.inps.it/",
                            "INPS",
                            "The national social security institute, where you apply for the "
                            "nursery bonus.",
                        ),
                        (
                            "https://www.mim.gov.it/",
                            "Ministero dell'Istruzione e del Merito (Ministry of Education and "
                            "Merit)",
                            "The integrated system of education from birth to six.",
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            "The regional portal, with its early-childhood services.",
                        ),
                    ],
                ),
            ],
        },
    },
]
