"""Demo articles, part C: community welfare.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: welfare-comunita
    # ------------------------------------------------------------------
    {
        "slug": "terzo-settore-spiegato-ai-cittadini",
        "theme": "welfare-comunita",
        "title": "Il terzo settore spiegato ai cittadini: cooperative, associazioni e fondazioni",
        "introduction": (
            "Dietro molti servizi del portale ci sono enti del terzo settore. Che cosa li "
            "distingue, come riconoscere quelli iscritti al registro nazionale e come sostenerli "
            "con il 5 per mille."
        ),
        "date": "2026-06-09",
        "authors": ["giulia-ferraro", "chiara-zanon"],
        "topics": ["welfare-di-comunita", "volontariato", "trasparenza"],
        "body": [
            (
                "paragraph",
                (
                    "Nel catalogo del portale, accanto ai servizi dei Comuni e delle imprese, "
                    "trovi molte proposte di cooperative sociali, associazioni e fondazioni. "
                    "Insieme formano il terzo settore: organizzazioni private che non lavorano per "
                    "arricchire i propri soci, ma per finalità civiche, solidaristiche e di "
                    "utilità sociale. Dal 2017 gran parte delle regole è raccolta nel Codice del "
                    "Terzo settore (decreto legislativo 117/2017)."
                ),
            ),
            ("heading", "Chi sono, in breve"),
            (
                "paragraph",
                (
                    "Le cooperative sociali sono vere imprese, regolate da una legge del 1991. "
                    "Quelle di tipo A gestiscono servizi sociali, sanitari ed educativi: asili "
                    "nido, assistenza domiciliare, centri diurni. Quelle di tipo B svolgono "
                    "attività produttive, come la manutenzione del verde, le pulizie o la "
                    "ristorazione, per dare lavoro a persone svantaggiate, per esempio con una "
                    "disabilità o con un passato di dipendenza. Le organizzazioni di volontariato "
                    "(ODV) si reggono soprattutto sull'impegno gratuito dei volontari a favore di "
                    "altri. Le associazioni di promozione sociale (APS) organizzano attività "
                    "culturali, sportive, ricreative o educative per i soci, le loro famiglie e la "
                    "comunità. Le fondazioni, infine, nascono da un patrimonio destinato a uno "
                    "scopo: non hanno soci, ma un consiglio che decide come usare le risorse."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Molti pensano che una cooperativa sia un gruppo di volontari. Noi invece "
                        "siamo un'impresa: paghiamo stipendi, ma gli utili restano qui, nei "
                        "servizi."
                    ),
                    "Il presidente di una cooperativa sociale dell'Alta Padovana",
                ),
            ),
            ("heading", "Il RUNTS: come verificare un ente"),
            (
                "paragraph",
                (
                    "Il Codice ha istituito il Registro unico nazionale del Terzo settore, il "
                    "RUNTS, che fa capo al Ministero del Lavoro. Chi si iscrive diventa ente del "
                    "Terzo settore e deve rispettare obblighi di trasparenza, come il deposito del "
                    "bilancio. Il registro è pubblico: sul sito del Ministero puoi cercare un ente "
                    "per nome o codice fiscale e vedere in quale sezione è iscritto. Anche il nome "
                    "aiuta: gli enti iscritti riportano le sigle ETS, ODV o APS. Le cooperative "
                    "sociali risultano iscritte attraverso il Registro delle imprese. Nelle schede "
                    "del portale, quando l'ente lo comunica, trovi anche il numero di iscrizione."
                ),
            ),
            (
                "callout",
                (
                    "Prima di donare o di firmare",
                    (
                        "Diffida di chi raccoglie offerte porta a porta senza mostrare un "
                        "documento dell'ente. Cerca il nome nel RUNTS, chiedi una ricevuta e, se "
                        "hai dubbi, passa allo sportello: ti aiutiamo a verificare."
                    ),
                ),
            ),
            ("heading", "Il 5 per mille"),
            (
                "paragraph",
                (
                    "Ogni anno, con la dichiarazione dei redditi, puoi destinare il 5 per mille "
                    "della tua IRPEF a un ente che ti sta a cuore. Non costa nulla in più: è una "
                    "quota di imposta che paghi comunque. Basta firmare nel riquadro giusto e "
                    "scrivere il codice fiscale dell'ente; chi non presenta la dichiarazione può "
                    "farlo con la scheda allegata alla Certificazione Unica. Possono riceverlo, se "
                    "ammessi al beneficio, gli enti del Terzo settore iscritti al RUNTS e altri "
                    "soggetti indicati dalla legge, tra cui il Comune di residenza per le sue "
                    "attività sociali. Il 5 per mille si aggiunge all'8 e al 2 per mille: non li "
                    "sostituisce."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        (
                            "Il ministero da cui dipende il RUNTS, con le informazioni sul "
                            "registro e sulla sua consultazione pubblica."
                        ),
                    ),
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Le istruzioni per scegliere l'ente a cui destinare il 5 per mille.",
                    ),
                    (
                        "https://www.cantiereterzosettore.it/",
                        "Cantiere Terzo Settore",
                        "Guide chiare sul Codice del Terzo settore e sulle diverse forme di ente.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "the-third-sector-explained-for-citizens",
            "title": (
                "The third sector explained for citizens: cooperatives, associations and "
                "foundations"
            ),
            "introduction": (
                "Many of the portal's services are run by third-sector organisations. What sets "
                "them apart, how to recognise those listed in the national register and how to "
                "support them through the 5 per mille."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In the portal's catalogue, alongside the services of municipalities and "
                        "companies, you will find many offered by social cooperatives, "
                        "associations and foundations. Together they make up the third sector: "
                        "private organisations that do not work to make their members rich, but "
                        "pursue civic, solidarity and social-benefit aims. Since 2017 most of the "
                        "rules have been gathered in the Third Sector Code "
                        "(Legislative Decree 117/2017)."
                    ),
                ),
                ("heading", "Who they are, in brief"),
                (
                    "paragraph",
                    (
                        "Social cooperatives are real businesses, governed by a 1991 law. Type A "
                        "cooperatives run social, health and educational services: nurseries, home "
                        "care, day centres. Type B cooperatives carry out productive activities, "
                        "such as grounds maintenance, cleaning or catering, in order to give work "
                        "to disadvantaged people, for example people with a disability or a "
                        "history of addiction. Volunteer organisations (ODV) rely mainly on the "
                        "unpaid commitment of volunteers working for others. Social promotion "
                        "associations (APS) organise cultural, sporting, recreational or "
                        "educational activities for their members, their families and the "
                        "community. Finally, foundations are built on assets set aside for a "
                        "purpose: they have no members, but a board that decides how the resources "
                        "are used."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Many people think a cooperative is a group of volunteers. We, on the "
                            "other hand, are a business: we pay wages, but our profits stay here, "
                            "in the services."
                        ),
                        "The chair of a social cooperative in the Alta Padovana area",
                    ),
                ),
                ("heading", "RUNTS: how to check an organisation"),
                (
                    "paragraph",
                    (
                        "The Code set up the Single National Register of the Third Sector, known "
                        "as RUNTS, which comes under the Ministry of Labour. Organisations that "
                        "register become Third Sector entities and must meet transparency "
                        "obligations, such as filing their accounts. The register is public: on "
                        "the Ministry's website you can search for an organisation by name or tax "
                        "code and see which section it is listed in. The name helps too: "
                        "registered organisations carry the abbreviations ETS, ODV or APS. Social "
                        "cooperatives are listed through the Business Register. On the portal's "
                        "service pages you will also find the registration number, when the "
                        "organisation provides it."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you donate or sign",
                        (
                            "Be wary of anyone collecting donations door to door without showing a "
                            "document from the organisation. Look the name up in RUNTS, ask for a "
                            "receipt and, if in doubt, drop in at the help desk: we will help you "
                            "check it."
                        ),
                    ),
                ),
                ("heading", "The 5 per mille"),
                (
                    "paragraph",
                    (
                        "Every year, when you file your tax return, you can assign five per "
                        "thousand of your personal income tax (IRPEF) to an organisation you care "
                        "about. It costs you nothing extra: it is a share of tax you pay anyway. "
                        "Just sign in the right box and write the organisation's tax code; people "
                        "who do not file a return can do the same with the form attached to their "
                        "Certificazione Unica, the annual income statement. If admitted to the "
                        "scheme, Third Sector entities listed in RUNTS can receive it, as can "
                        "other bodies named by law, "
                        "including your municipality of residence for its social activities. The 5 "
                        "per mille comes on top of the 8 and 2 per mille: it does not replace "
                        "them."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministry of Labour and Social Policies",
                            (
                                "The ministry responsible for RUNTS, with information on the "
                                "register and how to search it publicly."
                            ),
                        ),
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            (
                                "Instructions for choosing the organisation that will receive your "
                                "5 per mille."
                            ),
                        ),
                        (
                            "https://www.cantiereterzosettore.it/",
                            "Cantiere Terzo Settore",
                            (
                                "Clear guides to the Third Sector Code and the different types of "
                                "organisation."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "patti-di-collaborazione-beni-comuni",
        "theme": "welfare-comunita",
        "title": "Patti di collaborazione: cittadini e Comune insieme per i beni comuni",
        "introduction": (
            "Un parco, l'orto di una scuola, un angolo lettura in biblioteca: con un patto di "
            "collaborazione cittadini e Comune se ne prendono cura insieme. Ecco come funziona e "
            "come proporne uno."
        ),
        "date": "2026-08-25",
        "authors": ["marco-bellin"],
        "topics": ["welfare-di-comunita", "integrazione-sociale", "volontariato"],
        "body": [
            (
                "paragraph",
                (
                    "Nel giardino di una scuola primaria, genitori e nonni coltivano un orto "
                    "insieme ai bambini. In un parco di quartiere alcuni residenti riverniciano le "
                    "panchine e organizzano una pulizia ogni mese. In biblioteca un'associazione "
                    "cura uno scaffale di libri in più lingue per le famiglie arrivate da poco. "
                    "Sono esempi di cura dei beni comuni: spazi e risorse di tutti, che migliorano "
                    "quando chi li usa se ne fa carico."
                ),
            ),
            ("heading", "Il regolamento e il patto"),
            (
                "paragraph",
                (
                    "L'articolo 118 della Costituzione chiede alle istituzioni di favorire "
                    "l'iniziativa dei cittadini, singoli o associati, nelle attività di interesse "
                    "generale: è il principio di sussidiarietà orizzontale. Per tradurlo in "
                    "pratica molti Comuni italiani, a partire da Bologna nel 2014, hanno approvato "
                    "un regolamento sui beni comuni urbani. Il regolamento fissa le regole "
                    "generali. Il patto di collaborazione è invece l'accordo concreto, firmato da "
                    "Comune e cittadini, che descrive che cosa si fa, dove, per quanto tempo, chi "
                    "se ne occupa e che cosa mette a disposizione l'amministrazione: attrezzi, "
                    "materiali, formazione, a volte la copertura assicurativa."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Non pensavamo di poter firmare un accordo con il Comune. In due mesi il "
                        "patto era pronto, e adesso d'estate l'orto della scuola lo annaffiano a "
                        "turno i nonni."
                    ),
                    "Una mamma di Noventa Padovana",
                ),
            ),
            ("heading", "Come proporre un patto"),
            (
                "paragraph",
                (
                    "Una proposta può arrivare da una singola persona, da un gruppo informale di "
                    "vicini, da un'associazione, da una scuola o da un'impresa del territorio. Di "
                    "solito si compila un modulo, disponibile sul sito del Comune o all'ufficio "
                    "che segue la partecipazione, indicando il bene, le attività previste e le "
                    "persone coinvolte. Gli uffici valutano la proposta, a volte propongono un "
                    "incontro per migliorarla, e poi si arriva alla firma. Per interventi semplici "
                    "e ripetuti molti Comuni hanno patti già pronti; per progetti più impegnativi, "
                    "come riaprire uno spazio abbandonato, serve un percorso più lungo, costruito "
                    "insieme."
                ),
            ),
            (
                "callout",
                (
                    "Prima di partire",
                    (
                        "Controlla sul sito del tuo Comune se esiste un regolamento sui beni "
                        "comuni; se non c'è, chiedi all'ufficio partecipazione quali strade sono "
                        "possibili. Comincia da un'azione piccola e concreta e coinvolgi subito "
                        "chi abita vicino al luogo scelto."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    "Un patto non trasforma i cittadini in manutentori gratuiti al posto del "
                    "Comune, e non dà a nessuno l'uso esclusivo del bene, che resta aperto a "
                    "tutti. È un impegno condiviso, con responsabilità chiare da entrambe le "
                    "parti, che si può rinnovare o chiudere. Molti Comuni pubblicano l'elenco dei "
                    "patti attivi: è un buon modo per trovare un gruppo a cui unirsi. Se invece "
                    "cerchi un'associazione che già si occupa di verde, doposcuola o biblioteche, "
                    "parti dal catalogo del portale o chiedi allo sportello."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.labsus.org/",
                        "Labsus, Laboratorio per la sussidiarietà",
                        (
                            "Il laboratorio che ha promosso i regolamenti sui beni comuni, con "
                            "esempi di patti da tutta Italia."
                        ),
                    ),
                    (
                        "https://www.csvnet.it/",
                        "CSVnet",
                        (
                            "La rete dei Centri di servizio per il volontariato, che sostengono "
                            "anche gruppi di cittadini attivi."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "collaboration-pacts-citizens-and-municipality-caring-for-the-commons",
            "title": (
                "Collaboration pacts: citizens and the municipality caring for the commons together"
            ),
            "introduction": (
                "A park, a school garden, a reading corner in the library: with a collaboration "
                "pact, citizens and the municipality look after them together. Here is how it "
                "works and how to propose one."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In the grounds of a primary school, parents and grandparents grow a "
                        "vegetable garden with the children. In a neighbourhood park, some "
                        "residents repaint the benches and organise a clean-up every month. At the "
                        "library, an association looks after a shelf of books in several languages "
                        "for newly arrived families. These are examples of caring for the commons: "
                        "spaces and resources that belong to everyone and that improve when the "
                        "people who use them take responsibility for them."
                    ),
                ),
                ("heading", "The regulation and the pact"),
                (
                    "paragraph",
                    (
                        "Article 118 of the Italian Constitution asks public institutions to "
                        "encourage the initiative of citizens, individually or in groups, in "
                        "activities of general interest: this is the principle of horizontal "
                        "subsidiarity. To put it into practice, many Italian municipalities, "
                        "starting with Bologna in 2014, have adopted a regulation on urban "
                        "commons. The regulation sets out the general rules. The collaboration "
                        "pact, on the other hand, is the practical agreement, signed by the "
                        "municipality and the citizens, that describes what will be done, where, "
                        "for how long, who is in charge and what the council provides: tools, "
                        "materials, training and sometimes insurance cover."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "We never thought we could sign an agreement with the council. The "
                            "pact was ready within two months, and now in summer the grandparents "
                            "take turns watering the school garden."
                        ),
                        "A mother from Noventa Padovana",
                    ),
                ),
                ("heading", "How to propose a pact"),
                (
                    "paragraph",
                    (
                        "A proposal can come from a single person, an informal group of "
                        "neighbours, an association, a school or a local business. Usually you "
                        "fill in a form, available on the municipality's website or from the "
                        "office in charge of participation, describing the place, the planned "
                        "activities and the people involved. The staff assess the proposal, "
                        "sometimes suggest a meeting to improve it, and then the pact is signed. "
                        "For simple, recurring tasks many municipalities have ready-made pacts; "
                        "more demanding projects, such as reopening an abandoned space, need a "
                        "longer process built together."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you start",
                        (
                            "Check your municipality's website to see whether it has a regulation "
                            "on the commons; if it does not, ask the participation office what "
                            "options there are. Begin with a small, concrete action and involve "
                            "the people who live near the chosen place from the outset."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "A pact does not turn citizens into unpaid caretakers doing the council's "
                        "job, and it does not give anyone exclusive use of the place, which stays "
                        "open to all. It is a shared commitment, with clear responsibilities on "
                        "both sides, that can be renewed or brought to an end. Many municipalities "
                        "publish a list of active pacts: it is a good way to find a group to join. "
                        "If instead you are looking for an association that already looks after "
                        "green spaces, after-school clubs or libraries, start from the portal's "
                        "catalogue or ask at the help desk."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.labsus.org/",
                            "Labsus, Laboratorio per la sussidiarietà (Subsidiarity Lab)",
                            (
                                "The lab that promoted the regulations on the commons, with "
                                "examples of pacts from all over Italy."
                            ),
                        ),
                        (
                            "https://www.csvnet.it/",
                            "CSVnet",
                            (
                                "The network of volunteer service centres, which also support "
                                "groups of active citizens."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "fondazioni-di-comunita-welfare-locale",
        "theme": "welfare-comunita",
        "title": "Fondazioni di comunità: quando un territorio finanzia il proprio welfare",
        "introduction": (
            "Le fondazioni di comunità raccolgono le donazioni di cittadini, imprese ed enti e le "
            "trasformano in contributi per progetti locali. Come funzionano, come donare e come "
            "un'associazione può partecipare a un bando."
        ),
        "date": "2026-10-20",
        "authors": ["chiara-zanon", "luca-pavan"],
        "topics": ["welfare-di-comunita", "trasparenza"],
        "body": [
            (
                "paragraph",
                (
                    "Immagina un salvadanaio comune, riempito da chi vive e lavora in un "
                    "territorio e gestito con regole chiare per finanziare progetti utili a quella "
                    "stessa comunità. In poche parole, è questa l'idea di una fondazione di "
                    "comunità. Il modello è nato negli Stati Uniti, a Cleveland, nel 1914. In "
                    "Italia si è diffuso dalla fine degli anni Novanta, prima in Lombardia e poi "
                    "in altre regioni, spesso con l'appoggio delle fondazioni di origine bancaria."
                ),
            ),
            ("heading", "Da dove arrivano le risorse"),
            (
                "paragraph",
                (
                    "Una fondazione di comunità riceve donazioni da persone, famiglie, imprese, "
                    "associazioni e talvolta enti pubblici. Una parte può formare un patrimonio "
                    "stabile, i cui rendimenti finanziano progetti anno dopo anno; un'altra parte "
                    "viene spesa subito per un bisogno preciso. Chi dona può sostenere un singolo "
                    "progetto, contribuire a un fondo dedicato a un tema, come gli anziani soli o "
                    "la povertà educativa, oppure aprire un fondo con il proprio nome o in ricordo "
                    "di una persona cara. Anche le piccole somme contano: spesso sono proprio le "
                    "tante donazioni modeste a dare forza a una raccolta."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Con il bando della fondazione abbiamo aperto un doposcuola. La parte più "
                        "bella? La quota da raccogliere l'hanno messa insieme i genitori, con una "
                        "cena e un mercatino."
                    ),
                    "La presidente di un'associazione di promozione sociale del Piovese",
                ),
            ),
            ("heading", "Come funzionano i bandi"),
            (
                "paragraph",
                (
                    "La fondazione restituisce al territorio ciò che raccoglie soprattutto "
                    "attraverso i bandi, cioè inviti pubblici a presentare progetti. Ogni bando "
                    "indica chi può partecipare, di solito enti senza scopo di lucro con sede "
                    "nella zona, i temi ammessi, le scadenze e i criteri di valutazione. "
                    "L'associazione interessata descrive obiettivi, attività, persone coinvolte e "
                    "costi, e invia la domanda con i moduli richiesti. Alcuni bandi chiedono di "
                    "raccogliere una parte del costo con donazioni della comunità: è un modo per "
                    "verificare che il progetto sia davvero sentito. Se il progetto viene "
                    "finanziato, alla fine si rendiconta che cosa è stato fatto e come sono state "
                    "usate le risorse."
                ),
            ),
            (
                "callout",
                (
                    "Se sei un'associazione",
                    (
                        "Leggi il bando fino in fondo prima di scrivere e, se qualcosa non è "
                        "chiaro, chiedi un colloquio agli uffici della fondazione. Il welfare "
                        "manager della rete può aiutarti a cercare partner tra le organizzazioni "
                        "presenti nel catalogo."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    "Per chi dona, la fondazione di comunità offre una garanzia in più: sceglie i "
                    "progetti con criteri pubblici, ne segue la realizzazione e in genere pubblica "
                    "ogni anno un resoconto di quanto ha raccolto ed erogato. Le donazioni a una "
                    "fondazione iscritta come ente del Terzo settore possono dare diritto a "
                    "detrazioni o deduzioni fiscali, entro i limiti previsti dalla legge. Conserva "
                    "la ricevuta, usa un pagamento tracciabile, come bonifico o carta, e per i "
                    "dettagli aggiornati consulta l'Agenzia delle Entrate."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        (
                            "Ricerche e articoli sulla filantropia di comunità e sulle esperienze "
                            "delle fondazioni nei territori."
                        ),
                    ),
                    (
                        "https://www.acri.it/",
                        "Acri",
                        (
                            "L'associazione delle fondazioni di origine bancaria, che in molte "
                            "zone hanno promosso le fondazioni di comunità."
                        ),
                    ),
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        (
                            "Le regole aggiornate sui benefici fiscali per chi dona agli enti del "
                            "Terzo settore."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "community-foundations-when-a-local-area-funds-its-own-welfare",
            "title": "Community foundations: when a local area funds its own welfare",
            "introduction": (
                "Community foundations collect donations from citizens, companies and "
                "organisations and turn them into grants for local projects. How they work, how to "
                "give and how an association can apply to a call for projects."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Imagine a shared piggy bank, filled by the people who live and work in an "
                        "area and managed under clear rules to fund projects that benefit that "
                        "same community. In a nutshell, that is the idea behind a community "
                        "foundation. The model was born in the United States, in Cleveland, in "
                        "1914. In Italy it spread from the late 1990s, first in Lombardy and then "
                        "in other regions, often with the backing of banking foundations "
                        "(fondazioni di origine bancaria)."
                    ),
                ),
                ("heading", "Where the money comes from"),
                (
                    "paragraph",
                    (
                        "A community foundation receives donations from individuals, families, "
                        "companies, associations and sometimes public bodies. Part of the money "
                        "can build up a permanent endowment, whose returns fund projects year "
                        "after year; another part is spent straight away on a specific need. "
                        "Donors can support a single project, contribute to a fund devoted to a "
                        "theme, such as older people living alone or educational poverty, or set "
                        "up a fund in their own name or in memory of a loved one. Small sums count "
                        "too: it is often the many modest donations that give a fundraising "
                        "campaign its strength."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "With the foundation's call we opened an after-school club. The best "
                            "part? The share we had to raise was put together by the parents, with "
                            "a dinner and a market stall."
                        ),
                        "The chair of a social promotion association in the Piove di Sacco area",
                    ),
                ),
                ("heading", "How calls for projects work"),
                (
                    "paragraph",
                    (
                        "The foundation gives back to the area what it collects mainly through "
                        "calls for projects, that is, public invitations to submit proposals. Each "
                        "call states who can apply, usually non-profit organisations based "
                        "locally, the themes covered, the deadlines and the assessment criteria. "
                        "An interested association describes its aims, activities, the people "
                        "involved and the costs, and sends the application with the required "
                        "forms. Some calls ask applicants to raise part of the cost through "
                        "donations from the community: it is a way of checking that the project "
                        "really matters to people. If the project is funded, at the end the "
                        "association reports on what was done and how the money was used."
                    ),
                ),
                (
                    "callout",
                    (
                        "If you are an association",
                        (
                            "Read the call all the way through before you start writing and, if "
                            "anything is unclear, ask the foundation's staff for a meeting. The "
                            "network's welfare manager can help you find partners among the "
                            "organisations listed in the catalogue."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "For donors, a community foundation offers an extra guarantee: it chooses "
                        "projects using public criteria, follows them as they are carried out and "
                        "usually publishes a yearly report on what it has raised and granted. "
                        "Donations to a foundation registered as a Third Sector entity may qualify "
                        "for tax relief, on the tax due or on taxable income, within the limits "
                        "set by law. Keep the "
                        "receipt, pay by a traceable method such as bank transfer or card, and "
                        "check the Italian Revenue Agency for up-to-date details."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "Research and articles on community philanthropy and on the work "
                                "of foundations in local areas."
                            ),
                        ),
                        (
                            "https://www.acri.it/",
                            "Acri",
                            (
                                "The association of Italy's banking foundations, which in many "
                                "areas have helped to set up community foundations."
                            ),
                        ),
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            (
                                "Up-to-date rules on tax relief for people who donate to Third "
                                "Sector organisations."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
]
