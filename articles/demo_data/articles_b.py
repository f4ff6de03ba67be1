"""Demo articles, set B: themes "servizi-territoriali" and "cura-e-salute".

Original editorial content written for the portal. People quoted are fictional.
Each entry's "en" body mirrors the Italian body block by block (or is None).
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: servizi-territoriali
    # ------------------------------------------------------------------
    {
        "slug": "piattaforma-welfare-tre-pilastri",
        "theme": "servizi-territoriali",
        "title": "Una piattaforma, tre pilastri: come funziona il welfare collaborativo dei Comuni",
        "introduction": (
            "I Comuni del territorio hanno costruito un'unica piattaforma che riunisce servizi "
            "pubblici, piani di welfare aziendale e proposte del terzo settore. Ecco come è "
            "organizzata e perché conviene a tutti."
        ),
        "date": "2025-02-18",
        "authors": ["giulia-ferraro", "chiara-zanon"],
        "topics": ["welfare-di-comunita", "welfare-aziendale", "accesso-ai-servizi"],
        "body": [
            (
                "paragraph",
                (
                    "Per molto tempo il welfare è stato pensato come qualcosa che arriva dall'alto: "
                    "lo Stato o il Comune offre un servizio e il cittadino lo riceve. Oggi questo "
                    "modello non basta più. Le famiglie cambiano, la popolazione invecchia, i bisogni "
                    "diventano più vari e spesso si sommano. Per questo un gruppo di Comuni vicini a "
                    "Padova ha scelto una strada diversa: mettere in rete le risorse del territorio "
                    "in una sola piattaforma di welfare collaborativo."
                ),
            ),
            ("heading", "I tre pilastri"),
            (
                "paragraph",
                (
                    "La piattaforma raccoglie servizi che arrivano da tre fonti. Il primo pilastro è "
                    "quello pubblico: i servizi dei Comuni e dell'azienda sanitaria, in genere "
                    "riservati ai residenti e, in alcuni casi, legati all'ISEE. Il secondo pilastro è "
                    "quello aziendale: le imprese aderenti offrono ai propri dipendenti piani di "
                    "welfare da usare per la salute, l'istruzione, la cura dei figli, l'assistenza "
                    "agli anziani e il tempo libero. Il terzo pilastro è quello di comunità: "
                    "cooperative sociali, associazioni e gruppi di volontari propongono attività "
                    "aperte a tutti, a volte con una piccola quota associativa."
                ),
            ),
            (
                "paragraph",
                (
                    "Ogni servizio ha una scheda con le stesse voci: a chi è rivolto, come si accede, "
                    "cosa serve, quanto costa e a chi rivolgersi. In questo modo si possono "
                    "confrontare proposte diverse senza visitare dieci siti e fare dieci telefonate."
                ),
            ),
            (
                "quote",
                (
                    "Prima una famiglia doveva sapere in anticipo a quale porta bussare. Adesso la "
                    "porta è una sola, e dietro ci sono tutti.",
                    "Una coordinatrice dei servizi sociali di un Comune aderente",
                ),
            ),
            ("heading", "Perché si chiama collaborativo"),
            (
                "paragraph",
                (
                    "La parola chiave è reciprocità. Chi riceve un aiuto non è solo un utente, ma una "
                    "persona che può a sua volta dare qualcosa: tempo, competenze, partecipazione. "
                    "Un pensionato che usa il trasporto sociale può diventare volontario in "
                    "biblioteca; un'azienda che offre servizi ai dipendenti contribuisce a rafforzare "
                    "l'offerta per tutto il territorio. Per questo si parla anche di welfare "
                    "generativo: le risorse non si consumano soltanto, ma si moltiplicano."
                ),
            ),
            (
                "callout",
                (
                    "Da dove iniziare",
                    "Se non sai quale servizio fa per te, parti dalla ricerca per argomento o per "
                    "Comune. Se lavori in un'azienda aderente, controlla nella scheda se il servizio "
                    "si può pagare con il credito welfare.",
                ),
            ),
            (
                "paragraph",
                (
                    "La piattaforma non sostituisce gli uffici comunali né gli sportelli delle "
                    "associazioni: li rende più facili da trovare e li mette in dialogo. Gli enti che "
                    "offrono servizi aggiornano le proprie schede, la redazione le controlla prima "
                    "della pubblicazione e ogni pagina riporta la data dell'ultima verifica."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Laboratorio di ricerca che racconta esperienze italiane di welfare aziendale, "
                        "territoriale e di comunità.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche sociali",
                        "Informazioni nazionali su politiche sociali, inclusione e terzo settore.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "one-platform-three-pillars",
            "title": (
                "One platform, three pillars: how the municipalities' collaborative welfare works"
            ),
            "introduction": (
                "The local municipalities have built a single platform that brings together "
                "public services, company welfare plans and third-sector initiatives. Here is how "
                "it is organised and why it benefits everyone."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "For a long time welfare was seen as something that comes from above: the "
                        "State or the municipality offers a service and the citizen receives it. "
                        "Today this model is no longer enough. Families are changing, the population "
                        "is ageing, and needs are becoming more varied and often overlap. That is why "
                        "a group of municipalities near Padova chose a different path: to connect "
                        "the resources of the area in a single collaborative welfare platform."
                    ),
                ),
                ("heading", "The three pillars"),
                (
                    "paragraph",
                    (
                        "The platform gathers services from three sources. The first pillar is the "
                        "public one: services provided by the municipalities and the local health "
                        "authority, usually reserved for residents and sometimes linked to the ISEE. "
                        "The second pillar is the corporate one: member companies offer their "
                        "employees welfare plans that can be used for health, education, childcare, "
                        "care for older relatives and leisure. The third pillar is the community "
                        "one: social cooperatives, associations and volunteer groups run activities "
                        "open to everyone, sometimes for a small membership fee."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Every service has a page with the same sections: who it is for, how to "
                        "access it, what you need, how much it costs and whom to contact. This way "
                        "you can compare different options without visiting ten websites and making "
                        "ten phone calls."
                    ),
                ),
                (
                    "quote",
                    (
                        "A family used to have to know in advance which door to knock on. Now there "
                        "is only one door, and everyone is behind it.",
                        "A social services coordinator in a member municipality",
                    ),
                ),
                ("heading", "Why it is called collaborative"),
                (
                    "paragraph",
                    (
                        "The key word is reciprocity. Someone who receives help is not just a user, "
                        "but a person who can in turn give something back: time, skills, "
                        "participation. A pensioner who uses community transport may become a "
                        "volunteer at the library; a company that offers services to its staff helps "
                        "to strengthen what is available to the whole area. This is why it is also "
                        "called generative welfare: resources are not only used up, they multiply."
                    ),
                ),
                (
                    "callout",
                    (
                        "Where to start",
                        "If you are not sure which service is right for you, start by searching by "
                        "topic or by municipality. If you work for a member company, check on the "
                        "service page whether you can pay with your welfare credit.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The platform does not replace municipal offices or the associations' help "
                        "desks: it makes them easier to find and helps them work together. "
                        "Organisations update their own service pages, the editorial team checks "
                        "them before publication, and every page shows the date it was last verified."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            "A research laboratory that reports on Italian experiences of corporate, "
                            "local and community welfare.",
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Italian Ministry of Labour and Social Policies",
                            "National information on social policy, inclusion and the third sector.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "sportelli-welfare-sul-territorio",
        "theme": "servizi-territoriali",
        "title": "Sportelli e welfare manager: l'aiuto di persona per chi non usa il web",
        "introduction": (
            "Non tutti hanno dimestichezza con computer e smartphone. Negli sportelli di welfare "
            "del territorio operatori e welfare manager accompagnano le persone nella ricerca e "
            "nella richiesta dei servizi."
        ),
        "date": "2025-04-09",
        "authors": ["luca-pavan"],
        "topics": ["accesso-ai-servizi", "integrazione-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Una piattaforma online è utile solo se tutti possono usarla. Eppure molte "
                    "persone, soprattutto anziane, hanno poca confidenza con internet, non hanno un "
                    "computer o semplicemente preferiscono parlare con qualcuno. Per loro i Comuni "
                    "del progetto hanno aperto sportelli di welfare fisici, distribuiti sul "
                    "territorio, dove si può chiedere aiuto di persona. Gli sportelli si trovano in "
                    "municipi, biblioteche e sedi di associazioni, con orari pubblicati sulla "
                    "piattaforma e affissi all'ingresso. In alcuni casi si può prenotare un "
                    "appuntamento per telefono, così da evitare attese."
                ),
            ),
            ("heading", "Che cosa si fa allo sportello"),
            (
                "paragraph",
                (
                    "Allo sportello un operatore ascolta la richiesta, cerca insieme alla persona i "
                    "servizi adatti e spiega con parole semplici a chi sono rivolti e come si accede. "
                    "Se serve, aiuta a compilare una domanda, a prenotare un appuntamento o a capire "
                    "quali documenti portare. Lo sportello non decide chi ha diritto a un servizio: "
                    "orienta e accompagna verso l'ente che lo offre, che sia il Comune, l'azienda "
                    "sanitaria, una cooperativa o un'associazione."
                ),
            ),
            (
                "quote",
                (
                    "Molti arrivano con un foglio in mano e non sanno da dove cominciare. Dopo "
                    "mezz'ora escono con un appuntamento e un nome a cui telefonare.",
                    "Un operatore dello sportello di welfare di Vigonza",
                ),
            ),
            ("heading", "Chi è il welfare manager"),
            (
                "paragraph",
                (
                    "Il welfare manager è una figura che collega i diversi pilastri del welfare. "
                    "Lavora con i Comuni, con le imprese aderenti e con il terzo settore. Conosce i "
                    "piani di welfare aziendale e sa spiegare a un dipendente come usare il proprio "
                    "credito welfare per i servizi del territorio. Allo stesso tempo raccoglie i "
                    "bisogni che emergono agli sportelli e li segnala a chi progetta i servizi, "
                    "perché l'offerta possa migliorare nel tempo."
                ),
            ),
            (
                "paragraph",
                (
                    "Spesso gli sportelli si appoggiano a volontari formati, che conoscono bene il "
                    "quartiere e le persone. Questo rende l'accoglienza più vicina e più umana, e "
                    "permette di raggiungere anche chi da solo non chiederebbe mai aiuto."
                ),
            ),
            (
                "callout",
                (
                    "Prima di andare allo sportello",
                    "Porta con te un documento d'identità, la tessera sanitaria e, se ce l'hai, "
                    "l'attestazione ISEE. Scrivi su un foglio le domande che vuoi fare: aiuta te e "
                    "l'operatore a non dimenticare nulla.",
                ),
            ),
            (
                "paragraph",
                (
                    "Lo sportello è anche un luogo dove imparare. Alcune sedi propongono brevi "
                    "incontri per usare lo smartphone, attivare l'identità digitale o consultare il "
                    "portale in autonomia. Chi impara può poi aiutare un familiare o un vicino: anche "
                    "così la rete si allarga. L'obiettivo non è sostituire il web, ma fare in modo "
                    "che nessuno resti indietro."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.comune.padova.it/",
                        "Comune di Padova",
                        "Il sito del capoluogo, con informazioni sui servizi sociali e sugli uffici "
                        "aperti al pubblico.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le sezioni dedicate al sociale e alla sanità.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "local-welfare-help-desks",
            "title": (
                "Help desks and welfare managers: face-to-face support for people who do not "
                "use the web"
            ),
            "introduction": (
                "Not everyone is comfortable with computers and smartphones. At the local welfare "
                "help desks, staff and welfare managers help people find and apply for services."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "An online platform is only useful if everyone can use it. Yet many people, "
                        "especially older people, are not confident with the internet, do not have a "
                        "computer or simply prefer to talk to someone. For them the municipalities in "
                        "the project have opened physical welfare help desks across the area, where "
                        "you can ask for help in person. The help desks are located in town halls, "
                        "libraries and association premises, with opening hours published on the "
                        "platform and posted at the entrance. In some cases you can book an "
                        "appointment by phone to avoid waiting."
                    ),
                ),
                ("heading", "What happens at the help desk"),
                (
                    "paragraph",
                    (
                        "At the help desk a member of staff listens to your request, looks for "
                        "suitable services together with you and explains in plain words who they "
                        "are for and how to access them. If needed, they help you fill in an "
                        "application, book an appointment or work out which documents to bring. The "
                        "help desk does not decide who is entitled to a service: it guides you "
                        "towards the organisation that provides it, whether that is the "
                        "municipality, the health authority, a cooperative or an association."
                    ),
                ),
                (
                    "quote",
                    (
                        "Many people come in with a sheet of paper in their hand and no idea where to "
                        "start. Half an hour later they leave with an appointment and a name to call.",
                        "A member of staff at the Vigonza welfare help desk",
                    ),
                ),
                ("heading", "Who the welfare manager is"),
                (
                    "paragraph",
                    (
                        "The welfare manager is a professional who links the different pillars of "
                        "welfare. They work with the municipalities, the member companies and the "
                        "third sector. They know the company welfare plans and can explain to an "
                        "employee how to use their welfare credit for local services. At the same "
                        "time they collect the needs that emerge at the help desks and pass them on "
                        "to those who design services, so that what is on offer can improve over "
                        "time."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Help desks often rely on trained volunteers who know the neighbourhood and "
                        "its people well. This makes the welcome warmer and more personal, and helps "
                        "to reach people who would never ask for help on their own."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you go to the help desk",
                        "Bring an identity document, your health card and, if you have one, your "
                        "ISEE certificate. Write down the questions you want to ask: it helps both "
                        "you and the staff not to forget anything.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The help desk is also a place to learn. Some locations run short sessions "
                        "on using a smartphone, activating your digital identity or browsing the "
                        "portal on your own. Those who learn can then help a relative or a "
                        "neighbour: this is another way the network grows. The aim is not to replace "
                        "the web, but to make sure nobody is left behind."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.comune.padova.it/",
                            "Municipality of Padova",
                            "The city's website, with information on social services and offices "
                            "open to the public.",
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Veneto Region",
                            "The regional portal, with sections on social affairs and health care.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "trasparenza-dati-aperti-welfare",
        "theme": "servizi-territoriali",
        "title": "Conti chiari: trasparenza e dati aperti della piattaforma di welfare",
        "introduction": (
            "Quando Comuni, imprese e terzo settore mettono insieme risorse e servizi, i "
            "cittadini devono poter sapere come vengono usate. Ecco come la piattaforma "
            "rendiconta le proprie attività e pubblica i dati."
        ),
        "date": "2025-06-24",
        "authors": ["chiara-zanon"],
        "topics": ["trasparenza"],
        "body": [
            (
                "paragraph",
                (
                    "Quando più enti mettono insieme risorse e servizi, i cittadini hanno il diritto "
                    "di sapere come vengono usate. La trasparenza non è un adempimento burocratico da "
                    "sbrigare una volta all'anno: è ciò che permette di costruire fiducia tra Comuni, "
                    "imprese, cooperative e persone. Per questo la piattaforma di welfare "
                    "collaborativo rende pubbliche le informazioni sul proprio funzionamento. "
                    "Chiunque deve poter capire chi offre un servizio, con quali regole e con quali "
                    "risultati."
                ),
            ),
            ("heading", "Che cosa viene rendicontato"),
            (
                "paragraph",
                (
                    "La rendicontazione racconta che cosa è stato fatto e con quali risultati. "
                    "Comprende il numero e il tipo di servizi pubblicati, gli enti che partecipano, "
                    "le attività degli sportelli e le richieste più frequenti. Non vengono mai "
                    "pubblicati dati che permettono di riconoscere le singole persone: le "
                    "informazioni sono sempre aggregate e rispettano le regole sulla protezione dei "
                    "dati personali. I rapporti indicano anche quali servizi sono stati sospesi o "
                    "chiusi, e per quale motivo."
                ),
            ),
            (
                "paragraph",
                (
                    "Accanto ai numeri, la rendicontazione dà spazio anche alle storie e alle "
                    "valutazioni qualitative. Un servizio può essere usato da poche persone ed essere "
                    "comunque molto importante, ad esempio quando raggiunge famiglie che altrimenti "
                    "resterebbero isolate. Per questo i rapporti vengono discussi con le realtà del "
                    "territorio prima di essere diffusi. Le organizzazioni che partecipano ricevono "
                    "i dati che le riguardano e possono segnalare eventuali correzioni."
                ),
            ),
            (
                "callout",
                (
                    "Segnala un errore",
                    "Ogni scheda servizio mostra la data dell'ultima verifica. Se trovi un orario "
                    "sbagliato, un numero di telefono non più attivo o un servizio sospeso, usa il "
                    "modulo di segnalazione in fondo alla pagina.",
                ),
            ),
            ("heading", "Dati aperti, riutilizzabili da tutti"),
            (
                "paragraph",
                (
                    "L'elenco dei servizi è disponibile anche come dato aperto, in formati standard "
                    "che altri sistemi possono leggere. Significa che un'altra amministrazione, "
                    "un'università o un'associazione può riutilizzare le informazioni, ad esempio per "
                    "studiare come si distribuiscono i servizi sul territorio o per mostrarle sul "
                    "proprio sito. Usare standard condivisi evita di ricopiare gli stessi dati in "
                    "molti posti diversi, con il rischio di errori e di informazioni non aggiornate."
                ),
            ),
            (
                "quote",
                (
                    "Pubblicare i dati ci obbliga a tenerli in ordine. Ed è proprio questo che li "
                    "rende utili.",
                    "Una referente per i sistemi informativi di un Comune aderente",
                ),
            ),
            (
                "paragraph",
                (
                    "La trasparenza, infine, è anche partecipazione. Cittadine e cittadini possono "
                    "commentare, proporre miglioramenti e segnalare bisogni non ancora coperti. In un "
                    "welfare di comunità chi usa i servizi contribuisce anche a migliorarli, e i dati "
                    "pubblici diventano uno strumento di dialogo tra istituzioni e territorio."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.dati.gov.it/",
                        "dati.gov.it",
                        "Il catalogo nazionale dei dati aperti pubblicati dalle pubbliche "
                        "amministrazioni italiane.",
                    ),
                    (
                        "https://www.istat.it/",
                        "Istat",
                        "Statistiche ufficiali su popolazione, famiglie e condizioni di vita, utili "
                        "per leggere il contesto.",
                    ),
                    (
                        "https://openreferral.org/",
                        "Open Referral",
                        "L'iniziativa internazionale che cura lo standard aperto per gli elenchi di "
                        "servizi sociali e sanitari.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "transparency-and-open-data-on-the-welfare-platform",
            "title": "Clear accounts: transparency and open data on the welfare platform",
            "introduction": (
                "When municipalities, companies and the third sector pool their resources and "
                "services, citizens must be able to see how they are used. Here is how the "
                "platform reports on its work and publishes its data."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "When several organisations pool their resources and services, citizens "
                        "have a right to know how they are used. Transparency is not a "
                        "bureaucratic chore to be dealt with once a year: it is what builds "
                        "trust between municipalities, companies, cooperatives and people. That "
                        "is why the collaborative welfare platform makes information about how "
                        "it works public. Anyone should be able to understand who provides a "
                        "service, under what rules and with what results."
                    ),
                ),
                ("heading", "What the reports cover"),
                (
                    "paragraph",
                    (
                        "Reporting sets out what has been done and what it achieved. It covers "
                        "the number and type of services published, the organisations taking "
                        "part, the work of the help desks and the most frequent requests. Data "
                        "that could identify individuals is never published: the information is "
                        "always aggregated and complies with data protection rules. The reports "
                        "also state which services have been suspended or closed, and why."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Alongside the figures, the reports also make room for stories and "
                        "qualitative assessments. A service may be used by only a few people and "
                        "still matter a great deal, for instance when it reaches families who "
                        "would otherwise remain isolated. That is why reports are discussed with "
                        "local organisations before they are published. Participating "
                        "organisations receive the data that concerns them and can ask for "
                        "corrections."
                    ),
                ),
                (
                    "callout",
                    (
                        "Report an error",
                        (
                            "Every service page shows the date it was last checked. If you find "
                            "wrong opening hours, a phone number that no longer works or a "
                            "service that has been suspended, use the report form at the bottom "
                            "of the page."
                        ),
                    ),
                ),
                ("heading", "Open data that anyone can reuse"),
                (
                    "paragraph",
                    (
                        "The list of services is also available as open data, in standard "
                        "formats that other systems can read. This means that another public "
                        "body, a university or an association can reuse the information, for "
                        "example to study how services are spread across the area or to show "
                        "them on its own website. Using shared standards avoids copying the same "
                        "data into many different places, with the risk of errors and "
                        "out-of-date information."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Publishing our data forces us to keep it in order. And that is "
                            "exactly what makes it useful."
                        ),
                        "The information systems officer of a member municipality",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Finally, transparency is also about participation. Residents can "
                        "comment, suggest improvements and point out needs that are not yet met. "
                        "In community welfare, the people who use services also help to improve "
                        "them, and public data becomes a tool for dialogue between institutions "
                        "and the local community."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.dati.gov.it/",
                            "dati.gov.it",
                            (
                                "The national catalogue of open data published by Italian public "
                                "administrations."
                            ),
                        ),
                        (
                            "https://www.istat.it/",
                            "Istat",
                            (
                                "Official statistics on population, households and living "
                                "conditions, useful for understanding the context."
                            ),
                        ),
                        (
                            "https://openreferral.org/",
                            "Open Referral",
                            (
                                "The international initiative that maintains the open standard "
                                "for directories of social and health services."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "isee-requisiti-servizi-spiegati",
        "theme": "servizi-territoriali",
        "title": "Trovare e confrontare i servizi: ISEE e requisiti spiegati in parole semplici",
        "introduction": (
            "Come si legge una scheda servizio, che cos'è l'ISEE e come si capisce se si ha "
            "diritto a un aiuto: una guida pratica per orientarsi tra i servizi del territorio."
        ),
        "date": "2025-09-30",
        "authors": ["marco-bellin"],
        "topics": ["accesso-ai-servizi", "assistenza-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Sulla piattaforma si trovano molti servizi diversi: un centro diurno, un "
                    "doposcuola, un corso per chi assiste un familiare, un contributo per l'affitto. "
                    "Per capire quali fanno al caso tuo conviene partire da due domande semplici: di "
                    "che cosa ho bisogno, e quali requisiti devo avere? La ricerca si può fare per "
                    "argomento, per Comune o per gruppo di persone a cui il servizio è rivolto, e i "
                    "filtri si possono combinare tra loro."
                ),
            ),
            ("heading", "Come leggere una scheda servizio"),
            (
                "paragraph",
                (
                    "Tutte le schede seguono lo stesso ordine, come nei siti dei Comuni. In alto "
                    "trovi lo stato del servizio, cioè se è attivo o sospeso. Poi la sezione «A chi è "
                    "rivolto» spiega chi può accedere: ad esempio i residenti di alcuni Comuni, le "
                    "persone sopra una certa età o i dipendenti delle aziende aderenti. Seguono «Come "
                    "fare», «Cosa serve», «Cosa si ottiene», i tempi, i costi e i contatti. "
                    "Confrontando queste voci tra due servizi simili si capisce subito quale è più "
                    "adatto."
                ),
            ),
            (
                "callout",
                (
                    "Gratuito o a pagamento?",
                    "Usa il filtro per vedere solo i servizi gratuiti. Per quelli a pagamento la "
                    "scheda indica il costo e se si può usare il credito del welfare aziendale.",
                ),
            ),
            ("heading", "Che cos'è l'ISEE"),
            (
                "paragraph",
                (
                    "Molti servizi pubblici chiedono l'ISEE, l'Indicatore della situazione economica "
                    "equivalente. È un valore che descrive la condizione economica di un nucleo "
                    "familiare tenendo conto dei redditi, del patrimonio e del numero e delle "
                    "caratteristiche dei componenti. Serve a stabilire chi può accedere a prestazioni "
                    "agevolate e, in alcuni casi, quanto pagare: a parità di reddito, una famiglia "
                    "numerosa ha in genere un ISEE più basso di una persona che vive da sola."
                ),
            ),
            (
                "paragraph",
                (
                    "Per ottenere l'ISEE si presenta la Dichiarazione sostitutiva unica, la DSU. Si "
                    "può fare online sul sito dell'INPS, anche partendo dalla dichiarazione "
                    "precompilata, oppure rivolgendosi a un CAF. L'attestazione ha una validità "
                    "limitata nel tempo e va rinnovata. Esistono inoltre versioni specifiche "
                    "dell'ISEE, ad esempio per le prestazioni rivolte ai minorenni o per quelle "
                    "sociosanitarie: la scheda del servizio indica quale serve."
                ),
            ),
            (
                "paragraph",
                (
                    "Non tutti i servizi, però, richiedono l'ISEE. Molte proposte del terzo settore "
                    "sono aperte a tutti, mentre i servizi di welfare aziendale dipendono dal piano "
                    "della propria azienda. Se hai dubbi, puoi chiedere a uno sportello di welfare: "
                    "gli operatori ti aiutano a capire quali requisiti hai già e quali documenti "
                    "preparare."
                ),
            ),
            (
                "quote",
                (
                    "Tante persone rinunciano a un aiuto perché pensano di non averne diritto. Spesso "
                    "basta leggere bene i requisiti, o fare una domanda in più.",
                    "Un'assistente sociale di un Comune dell'area padovana",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Il sito dell'Istituto nazionale della previdenza sociale, dove si presenta la "
                        "DSU e si consulta l'attestazione ISEE.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche sociali",
                        "Informazioni sulle misure nazionali di sostegno e di inclusione sociale.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "isee-and-eligibility-explained",
            "title": (
                "Finding and comparing services: ISEE and eligibility explained in plain words"
            ),
            "introduction": (
                "How to read a service page, what the ISEE is and how to tell whether you are "
                "entitled to help: a practical guide to finding your way among local services."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The platform lists many different services: a day centre, an "
                        "after-school club, a course for people caring for a relative, a rent "
                        "subsidy. To work out which ones are right for you, it helps to start "
                        "from two simple questions: what do I need, and what requirements do I "
                        "have to meet? You can search by topic, by municipality or by the group "
                        "of people a service is meant for, and the filters can be combined."
                    ),
                ),
                ("heading", "How to read a service page"),
                (
                    "paragraph",
                    (
                        "All service pages follow the same order, as on municipal websites. At "
                        "the top you will find the status of the service, that is, whether it is "
                        "running or suspended. Then the «Who it is for» section explains who can "
                        "use it: for example the residents of certain municipalities, people "
                        "over a certain age or the employees of member companies. Next come «How "
                        "to», «What you need», «What you get», times, costs and contacts. "
                        "Comparing these sections for two similar services quickly shows which "
                        "one suits you better."
                    ),
                ),
                (
                    "callout",
                    (
                        "Free or paid?",
                        (
                            "Use the filter to see only free services. For paid services, the "
                            "page shows the cost and whether you can pay with corporate welfare "
                            "credit."
                        ),
                    ),
                ),
                ("heading", "What the ISEE is"),
                (
                    "paragraph",
                    (
                        "Many public services ask for the ISEE, the Equivalent Economic "
                        "Situation Indicator. It is a figure that describes a household's "
                        "financial situation, taking into account income, assets and the number "
                        "and circumstances of its members. It is used to decide who can receive "
                        "subsidised services and, in some cases, how much they pay: on the same "
                        "income, a large family will generally have a lower ISEE than a person "
                        "who lives alone."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "To get an ISEE you submit the Single Substitute Declaration, known as "
                        "the DSU. You can do this online on the INPS website, starting from the "
                        "pre-filled declaration if you like, or at a CAF tax assistance centre. "
                        "The certificate is valid for a limited time and has to be renewed. "
                        "There are also specific versions of the ISEE, for example for benefits "
                        "for children under 18 or for combined health and social care: the "
                        "service page tells you which one you need."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Not every service requires an ISEE, though. Many third-sector services "
                        "are open to everyone, while corporate welfare services depend on your "
                        "own company's plan. If in doubt, you can ask at a welfare help desk: "
                        "the staff will help you work out which requirements you already meet "
                        "and which documents to prepare."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Many people give up on help because they think they are not "
                            "entitled to it. Often all it takes is reading the requirements "
                            "carefully, or asking one more question."
                        ),
                        "A social worker at a municipality in the Padova area",
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.inps.it/",
                            "INPS",
                            (
                                "The website of the National Social Security Institute, where "
                                "you submit the DSU and view your ISEE certificate."
                            ),
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministry of Labour and Social Policies",
                            "Information on national support measures and social inclusion.",
                        ),
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Theme: cura-e-salute
    # ------------------------------------------------------------------
    {
        "slug": "servizi-durante-la-pandemia-2020",
        "theme": "cura-e-salute",
        "title": "Il 2020 e la pandemia: come sono cambiati i servizi di cura del territorio",
        "introduction": (
            "Durante l'emergenza Covid-19 la rete tra Comuni, imprese e terzo settore ha "
            "aggiunto servizi sanitari e informativi, ridotto i prezzi e distribuito i buoni "
            "spesa comunali. Che cosa è successo e che cosa resta oggi."
        ),
        "date": "2025-03-11",
        "authors": ["giulia-ferraro"],
        "topics": ["covid-19", "salute", "assistenza-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "La primavera del 2020 ha messo alla prova l'intero sistema di welfare. Con il "
                    "lockdown molti servizi in presenza si sono fermati, mentre i bisogni sono "
                    "aumentati: persone sole, famiglie che avevano perso il reddito, anziani che non "
                    "potevano uscire di casa. In quei mesi la rete costruita tra Comuni, imprese e "
                    "terzo settore ha mostrato quanto possa essere utile collaborare. Molte persone "
                    "si sono rivolte per la prima volta ai servizi sociali, spesso con imbarazzo, e "
                    "hanno trovato operatori e volontari pronti ad ascoltare."
                ),
            ),
            ("heading", "Salute e informazione"),
            (
                "paragraph",
                (
                    "In poche settimane la piattaforma ha aggiunto una sezione dedicata alla "
                    "Covid-19, con i numeri utili dell'azienda sanitaria, le indicazioni ufficiali e "
                    "i servizi ancora attivi. Molte cooperative hanno trasformato le proprie "
                    "attività: visite e colloqui sono passati al telefono o in video, e diversi "
                    "operatori hanno organizzato la consegna a domicilio di farmaci e spesa per chi "
                    "era in isolamento o non poteva muoversi. Alcuni enti hanno anche ridotto i "
                    "prezzi o sospeso le quote, per non lasciare indietro chi era in difficoltà."
                ),
            ),
            (
                "quote",
                (
                    "Il telefono non smetteva di squillare. Non sempre potevamo risolvere il "
                    "problema, ma nessuno restava senza una risposta.",
                    "Una volontaria del servizio di consegne a domicilio",
                ),
            ),
            ("heading", "I buoni spesa comunali"),
            (
                "paragraph",
                (
                    "Tra le misure più conosciute ci sono i buoni spesa. Con fondi statali destinati "
                    "alla solidarietà alimentare, i Comuni hanno distribuito buoni per acquistare "
                    "generi alimentari e beni di prima necessità nei negozi aderenti. Le domande si "
                    "presentavano al Comune, spesso online, e i servizi sociali valutavano la "
                    "situazione delle famiglie. Gli sportelli di welfare e i volontari hanno aiutato "
                    "chi non riusciva a compilare la domanda da solo. In diversi casi anche le "
                    "imprese hanno fatto la loro parte, ad esempio donando beni alle associazioni o "
                    "sostenendo le iniziative di solidarietà del territorio."
                ),
            ),
            (
                "callout",
                (
                    "Che cosa resta oggi",
                    "Alcuni servizi nati durante l'emergenza, come i colloqui a distanza e le "
                    "consegne a domicilio per chi ha difficoltà a muoversi, sono rimasti attivi. "
                    "Controlla lo stato aggiornato nella scheda di ciascun servizio.",
                ),
            ),
            (
                "paragraph",
                (
                    "L'esperienza della pandemia ha lasciato anche una lezione. Le risposte più "
                    "rapide sono arrivate dove esistevano già rapporti di fiducia tra istituzioni, "
                    "associazioni e cittadini. Il welfare di comunità non è solo un modo per "
                    "organizzare i servizi: è una rete che, nei momenti difficili, permette di "
                    "reagire insieme e di prendersi cura delle persone più fragili. È su questa rete "
                    "che la piattaforma continua a lavorare ogni giorno."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        "Informazioni ufficiali su prevenzione, malattie infettive e servizi "
                        "sanitari.",
                    ),
                    (
                        "https://www.epicentro.iss.it/",
                        "EpiCentro, Istituto superiore di sanità",
                        "Il portale dell'epidemiologia per la sanità pubblica, con approfondimenti "
                        "sulla Covid-19.",
                    ),
                    (
                        "https://www.protezionecivile.gov.it/",
                        "Dipartimento della Protezione civile",
                        "Il sito del Dipartimento che ha coordinato la risposta nazionale "
                        "all'emergenza del 2020.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "services-during-the-2020-pandemic",
            "title": "2020 and the pandemic: how local care services changed",
            "introduction": (
                "During the Covid-19 emergency the network of municipalities, companies and the "
                "third sector added health and information services, cut prices and handed out "
                "municipal food vouchers. What happened and what remains today."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The spring of 2020 put the whole welfare system to the test. With the "
                        "lockdown many face-to-face services stopped, while needs grew: people living "
                        "alone, families who had lost their income, older people who could not leave "
                        "their homes. In those months the network built between municipalities, "
                        "companies and the third sector showed how useful working together can be. "
                        "Many people turned to social services for the first time, often feeling "
                        "embarrassed, and found staff and volunteers ready to listen."
                    ),
                ),
                ("heading", "Health and information"),
                (
                    "paragraph",
                    (
                        "Within a few weeks the platform added a section on Covid-19, with the "
                        "health authority's helpline numbers, official guidance and the services "
                        "still running. Many cooperatives changed the way they worked: appointments "
                        "and counselling sessions moved to the phone or to video calls, and several "
                        "teams organised home delivery of medicines and groceries for people who were "
                        "self-isolating or unable to go out. Some organisations also cut their prices "
                        "or suspended fees, so that people in difficulty would not be left behind."
                    ),
                ),
                (
                    "quote",
                    (
                        "The phone never stopped ringing. We could not always solve the problem, but "
                        "nobody was left without an answer.",
                        "A volunteer with the home delivery service",
                    ),
                ),
                ("heading", "Municipal food vouchers"),
                (
                    "paragraph",
                    (
                        "Among the best-known measures were food vouchers. Using national funds set "
                        "aside for food support, municipalities handed out vouchers to buy food and "
                        "basic necessities in participating shops. Applications were made to the "
                        "municipality, often online, and social services assessed each family's "
                        "situation. Welfare help desks and volunteers helped people who could not "
                        "fill in the form on their own. In several cases companies also did their "
                        "part, for example by donating goods to associations or by supporting local "
                        "solidarity initiatives."
                    ),
                ),
                (
                    "callout",
                    (
                        "What remains today",
                        "Some services that started during the emergency, such as remote "
                        "counselling and home delivery for people with limited mobility, are still "
                        "running. Check the current status on each service page.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The pandemic also taught a lesson. The fastest responses came where "
                        "relationships of trust already existed between institutions, associations "
                        "and citizens. Community welfare is not just a way of organising services: it "
                        "is a network that, in hard times, allows people to respond together and to "
                        "care for those who are most vulnerable. It is this network that the "
                        "platform keeps working on every day."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.salute.gov.it/",
                            "Italian Ministry of Health",
                            "Official information on prevention, infectious diseases and health "
                            "services.",
                        ),
                        (
                            "https://www.epicentro.iss.it/",
                            "EpiCentro, Italian National Institute of Health",
                            "The public health epidemiology portal, with in-depth pages on "
                            "Covid-19.",
                        ),
                        (
                            "https://www.protezionecivile.gov.it/",
                            "Civil Protection Department",
                            "The website of the department that coordinated the national response to "
                            "the 2020 emergency.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "caregiver-familiari-sostegni",
        "theme": "cura-e-salute",
        "title": "Chi si prende cura di chi cura: i sostegni per i caregiver familiari",
        "introduction": (
            "Chi assiste ogni giorno un familiare anziano, malato o con disabilità non deve "
            "restare solo. Servizi pubblici, welfare aziendale e terzo settore offrono aiuti "
            "concreti e momenti di sollievo."
        ),
        "date": "2025-11-05",
        "authors": ["marco-bellin", "luca-pavan"],
        "topics": ["famiglie", "assistenza-agli-invalidi", "salute", "assistenza-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "In molte famiglie c'è qualcuno che si occupa ogni giorno di una persona cara "
                    "non autosufficiente: un genitore anziano, un figlio con disabilità, un partner "
                    "malato. Sono i caregiver familiari. Spesso lo fanno senza chiamarsi così, "
                    "conciliando l'assistenza con il lavoro, la casa e gli altri figli. È un impegno "
                    "prezioso, che però può diventare molto pesante se resta tutto sulle spalle di "
                    "una sola persona. Prendersi cura di chi cura significa riconoscere questo lavoro "
                    "e offrire sostegni concreti, prima che la fatica diventi troppa."
                ),
            ),
            ("heading", "Quali aiuti esistono"),
            (
                "paragraph",
                (
                    "I sostegni sono di diversi tipi. Il pubblico offre servizi come l'assistenza "
                    "domiciliare, i centri diurni e i ricoveri di sollievo, che permettono a chi "
                    "assiste di riposare per qualche giorno. Alcuni contributi economici dipendono "
                    "dalla situazione della persona assistita e, in molti casi, dall'ISEE. Chi lavora "
                    "può avere diritto a permessi e congedi per assistere un familiare con disabilità "
                    "grave, da chiedere al datore di lavoro e all'INPS. Le imprese aderenti, con i "
                    "loro piani di welfare aziendale, possono inoltre rimborsare alcune spese per "
                    "l'assistenza ai familiari anziani o non autosufficienti."
                ),
            ),
            (
                "callout",
                (
                    "Non aspettare di essere esausto",
                    "Chiedere aiuto non è un segno di debolezza. Se ti occupi di un familiare, parla "
                    "con il tuo medico di base o con lo sportello di welfare: possono indicarti i "
                    "servizi di sollievo disponibili nel tuo Comune.",
                ),
            ),
            ("heading", "Prendersi cura anche di sé"),
            (
                "paragraph",
                (
                    "Chi assiste un familiare per lungo tempo rischia di trascurare la propria "
                    "salute, di dormire poco e di sentirsi solo. Per questo il terzo settore completa "
                    "l'offerta con servizi pensati per il caregiver stesso: colloqui di sostegno "
                    "psicologico, corsi pratici su come muovere una persona allettata o gestire i "
                    "farmaci, gruppi di auto mutuo aiuto in cui incontrare altre persone che vivono "
                    "la stessa esperienza. Questi servizi sono spesso gratuiti o a costo ridotto, e "
                    "si possono frequentare anche per poche ore, organizzandosi con altri familiari o "
                    "con un servizio di compagnia per la persona assistita."
                ),
            ),
            (
                "quote",
                (
                    "Al gruppo ho scoperto che la mia stanchezza era normale. Sentirlo dire da chi "
                    "ci è già passato mi ha tolto un peso.",
                    "Una figlia che assiste la madre, partecipante a un gruppo di auto mutuo aiuto",
                ),
            ),
            (
                "paragraph",
                (
                    "Per trovare questi servizi puoi cercare sulla piattaforma il gruppo di "
                    "destinatari «caregiver» e filtrare per Comune. Le schede indicano se il servizio "
                    "è gratuito, se serve una valutazione dei servizi sociali e come prenotare. Anche "
                    "una sola ora di sollievo alla settimana può fare la differenza, per chi assiste "
                    "e per la persona assistita."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Informazioni su permessi, congedi e prestazioni per chi assiste un familiare "
                        "con disabilità.",
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        "L'azienda sanitaria della provincia di Padova, con informazioni su "
                        "assistenza domiciliare e servizi sociosanitari.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "support-for-family-carers",
            "title": "Caring for those who care: support for family carers",
            "introduction": (
                "People who look after an older, ill or disabled relative every day should not "
                "be left on their own. Public services, company welfare and the third sector "
                "offer practical help and moments of respite."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In many families there is someone who looks after a loved one who cannot "
                        "manage alone every day: an elderly parent, a child with a disability, a "
                        "partner who is ill. They are family carers. Often they do it without "
                        "calling themselves carers, juggling care with work, the home and other "
                        "children. It is a valuable commitment, but it can become very heavy if it "
                        "all rests on one person's shoulders. Caring for those who care means "
                        "recognising this work and offering practical support before the strain "
                        "becomes too much."
                    ),
                ),
                ("heading", "What help is available"),
                (
                    "paragraph",
                    (
                        "There are several kinds of support. Public services include home care, day "
                        "centres and short respite stays in a care home, which allow carers to rest "
                        "for a few days. Some financial benefits depend on the situation of the "
                        "person being cared for and, in many cases, on the ISEE. Workers may be "
                        "entitled to paid leave to care for a relative with a severe disability, "
                        "which they request from their employer and from INPS. Member companies can "
                        "also reimburse some of the costs of caring for older or dependent relatives "
                        "through their company welfare plans."
                    ),
                ),
                (
                    "callout",
                    (
                        "Do not wait until you are exhausted",
                        "Asking for help is not a sign of weakness. If you look after a relative, "
                        "talk to your GP or to the welfare help desk: they can tell you which "
                        "respite services are available in your municipality.",
                    ),
                ),
                ("heading", "Looking after yourself too"),
                (
                    "paragraph",
                    (
                        "People who care for a relative over a long period risk neglecting their own "
                        "health, sleeping too little and feeling isolated. This is why the third "
                        "sector rounds off the offer with services designed for carers themselves: "
                        "psychological support sessions, practical courses on how to move a "
                        "bedridden person or manage medicines, and self-help groups where you can "
                        "meet others going through the same experience. These services are often "
                        "free or low-cost, and you can attend them even for just a few hours, by "
                        "arranging cover with other relatives or with a companionship service for "
                        "the person you care for."
                    ),
                ),
                (
                    "quote",
                    (
                        "At the group I found out that my tiredness was normal. Hearing it from "
                        "people who had been through it took a weight off my shoulders.",
                        "A daughter caring for her mother, member of a self-help group",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "To find these services, search the platform for the target group "
                        "“carers” and filter by municipality. Each service page shows "
                        "whether it is free, whether an assessment by social services is needed and "
                        "how to book. Even one hour of respite a week can make a difference, both "
                        "for the carer and for the person being cared for."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.inps.it/",
                            "INPS (National Social Security Institute)",
                            "Information on leave and benefits for people caring for a relative with "
                            "a disability.",
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            "The local health authority for the province of Padova, with information "
                            "on home care and social and health services.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "anziani-a-casa-reti-di-vicinato",
        "theme": "cura-e-salute",
        "title": "Invecchiare a casa propria: anziani e reti di vicinato",
        "introduction": (
            "Restare nella propria casa in sicurezza è possibile se intorno alla persona "
            "anziana c'è una rete: servizi domiciliari, volontari e vicini attenti."
        ),
        "date": "2026-01-27",
        "authors": ["luca-pavan", "chiara-zanon"],
        "topics": ["anziani", "assistenza-sociale", "volontariato"],
        "body": [
            (
                "paragraph",
                (
                    "La maggior parte delle persone anziane desidera continuare a vivere nella "
                    "propria casa, tra i propri oggetti e vicino alle persone che conosce. È un "
                    "desiderio comprensibile, ma con l'età possono arrivare difficoltà nuove: fare la "
                    "spesa, ricordare le visite mediche, salire le scale, affrontare la solitudine. "
                    "Restare a casa in sicurezza è possibile se intorno alla persona esiste una rete "
                    "di aiuto: servizi pubblici, volontari e vicini attenti, che insieme permettono "
                    "di mantenere autonomia e relazioni."
                ),
            ),
            ("heading", "I servizi che aiutano a restare a casa"),
            (
                "paragraph",
                (
                    "Il Comune e l'azienda sanitaria offrono servizi come l'assistenza domiciliare, i "
                    "pasti a domicilio, il telesoccorso e il trasporto per le visite mediche. "
                    "L'accesso ad alcuni di questi servizi richiede una valutazione dei servizi "
                    "sociali e può dipendere dall'ISEE. Accanto al pubblico, cooperative e "
                    "associazioni propongono servizi di compagnia, aiuto per piccole commissioni e "
                    "centri di incontro dove trascorrere qualche ora insieme ad altri. Per chi vive "
                    "da solo, anche una telefonata regolare da parte di un volontario può essere un "
                    "aiuto importante, soprattutto d'inverno o dopo un periodo di malattia."
                ),
            ),
            (
                "quote",
                (
                    "La signora del terzo piano ha il mio numero. Se non la vedo uscire al mattino, "
                    "le suono il campanello. È una cosa piccola, ma lei si sente più tranquilla.",
                    "Un vicino di casa che partecipa alla rete di quartiere",
                ),
            ),
            (
                "paragraph",
                (
                    "Le reti di vicinato sono il cuore del welfare di comunità. Si tratta di vicini, "
                    "volontari, negozianti e farmacisti che si tengono in contatto e si accorgono "
                    "quando qualcosa non va. Non sostituiscono i professionisti, ma fanno da ponte: "
                    "segnalano un bisogno, accompagnano a uno sportello, fanno una telefonata nei "
                    "giorni più caldi dell'estate o quando una persona rimane sola dopo un ricovero. "
                    "Sono legami semplici, costruiti con pazienza e rispetto, che fanno sentire "
                    "l'anziano meno solo."
                ),
            ),
            ("heading", "Come partecipare"),
            (
                "paragraph",
                (
                    "Chiunque può contribuire, anche con poco tempo. Le associazioni di volontariato "
                    "cercano persone disponibili per telefonate di compagnia, accompagnamenti e "
                    "piccole commissioni, e offrono una breve formazione iniziale. Anche gli anziani "
                    "stessi sono una risorsa: molti fanno volontariato, raccontano la storia del "
                    "quartiere nelle scuole o insegnano ciò che sanno fare. La reciprocità è proprio "
                    "questo: ognuno riceve e ognuno dà qualcosa. Per iniziare basta cercare sulla "
                    "piattaforma le attività di volontariato del proprio Comune o chiedere "
                    "informazioni a uno sportello di welfare."
                ),
            ),
            (
                "callout",
                (
                    "Se sei preoccupato per un vicino",
                    "Se un anziano che conosci sembra in difficoltà, non ignorarlo. Parlane con lui, "
                    "con i suoi familiari se li conosci, oppure con lo sportello di welfare o i "
                    "servizi sociali del tuo Comune. In caso di emergenza chiama subito il 112.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        "L'azienda sanitaria del territorio padovano, con informazioni su cure "
                        "domiciliari e servizi per la terza età.",
                    ),
                    (
                        "https://www.auser.it/",
                        "Auser",
                        "Associazione nazionale di volontariato attiva nell'invecchiamento attivo e "
                        "nell'aiuto alle persone anziane.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "ageing-at-home-older-people-and-neighbourhood-networks",
            "title": "Growing old in your own home: older people and neighbourhood networks",
            "introduction": (
                "Staying safely in your own home is possible when there is a network around the "
                "older person: home care services, volunteers and watchful neighbours."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Most older people want to go on living in their own home, among their "
                        "own things and close to the people they know. It is an understandable "
                        "wish, but age can bring new difficulties: doing the shopping, "
                        "remembering medical appointments, climbing the stairs, coping with "
                        "loneliness. Staying at home safely is possible when there is a support "
                        "network around the person: public services, volunteers and watchful "
                        "neighbours who, together, help them keep their independence and their "
                        "relationships."
                    ),
                ),
                ("heading", "Services that help people stay at home"),
                (
                    "paragraph",
                    (
                        "The municipality and the local health authority offer services such as "
                        "home care, meals on wheels, telecare alarms and transport to medical "
                        "appointments. Access to some of these services requires an assessment "
                        "by social services and may depend on the ISEE. Alongside the public "
                        "sector, cooperatives and associations offer companionship, help with "
                        "small errands and drop-in centres where people can spend a few hours "
                        "with others. For those who live alone, a regular phone call from a "
                        "volunteer can also be a real help, especially in winter or after a "
                        "period of illness."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "The lady on the third floor has my number. If I don't see her go "
                            "out in the morning, I ring her bell. It's a small thing, but it "
                            "puts her mind at rest."
                        ),
                        "A neighbour who takes part in the local neighbourhood network",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Neighbourhood networks are the heart of community welfare. They are "
                        "made up of neighbours, volunteers, shopkeepers and pharmacists who keep "
                        "in touch and notice when something is wrong. They do not replace "
                        "professionals, but they act as a bridge: they flag a need, go with "
                        "someone to a help desk, make a phone call on the hottest summer days or "
                        "when someone is left alone after a stay in hospital. These are simple "
                        "bonds, built with patience and respect, that make older people feel "
                        "less alone."
                    ),
                ),
                ("heading", "How to take part"),
                (
                    "paragraph",
                    (
                        "Anyone can help, even with a little time. Volunteer associations are "
                        "looking for people to make friendly phone calls, accompany people to "
                        "appointments and run small errands, and they provide a short initial "
                        "training. Older people themselves are a resource too: many volunteer, "
                        "tell schoolchildren the history of the neighbourhood or pass on what "
                        "they know how to do. That is what reciprocity means: everyone receives "
                        "and everyone gives something. To get started, just search the platform "
                        "for volunteering opportunities in your municipality or ask at a welfare "
                        "help desk."
                    ),
                ),
                (
                    "callout",
                    (
                        "If you are worried about a neighbour",
                        (
                            "If an older person you know seems to be struggling, do not ignore "
                            "it. Talk to them, to their family if you know them, or to the "
                            "welfare help desk or your municipality's social services. In an "
                            "emergency, call 112 straight away."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            (
                                "The local health authority for the Padova area, with "
                                "information on home care and services for older people."
                            ),
                        ),
                        (
                            "https://www.auser.it/",
                            "Auser",
                            (
                                "A national volunteer association working for active ageing and "
                                "for help to older people."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "supporto-psicologico-e-benessere",
        "theme": "cura-e-salute",
        "title": "Supporto psicologico e benessere: a chi rivolgersi",
        "introduction": (
            "Ansia, stress, lutti e solitudine fanno parte della vita di molti. Ecco i servizi "
            "pubblici, di comunità e aziendali che offrono ascolto, sostegno psicologico e "
            "occasioni di benessere."
        ),
        "date": "2026-05-12",
        "authors": ["marco-bellin", "giulia-ferraro"],
        "topics": ["salute"],
        "body": [
            (
                "paragraph",
                (
                    "Stare bene non riguarda solo il corpo. Ansia, stress, lutti, difficoltà nelle "
                    "relazioni o momenti di solitudine fanno parte della vita di molte persone, e "
                    "chiedere un aiuto psicologico è sempre più considerato normale. Dopo la "
                    "pandemia, in particolare, molte famiglie hanno sentito il bisogno di uno spazio "
                    "in cui parlare e ritrovare un equilibrio."
                ),
            ),
            ("heading", "Dove trovare aiuto"),
            (
                "paragraph",
                (
                    "Nel servizio pubblico il primo riferimento è il medico di medicina generale o il "
                    "pediatra, che può indirizzare ai servizi dell'azienda sanitaria, come i "
                    "consultori familiari e i servizi per la salute mentale. I consultori offrono "
                    "anche colloqui per coppie, genitori e adolescenti. Per ragazze e ragazzi, "
                    "diverse scuole hanno uno sportello di ascolto con uno psicologo. I tempi di "
                    "attesa dei servizi pubblici possono variare: per questo conviene informarsi "
                    "presto, senza aspettare che la difficoltà diventi più grande."
                ),
            ),
            (
                "paragraph",
                (
                    "Sulla piattaforma ci sono anche servizi psicologici offerti da cooperative "
                    "sociali e associazioni, spesso a prezzi calmierati, e gruppi di sostegno su temi "
                    "specifici come il lutto, la genitorialità o l'assistenza a un familiare malato. "
                    "Chi lavora in un'azienda aderente può verificare se il proprio piano di welfare "
                    "copre le spese per il supporto psicologico. Alcune associazioni offrono anche "
                    "un primo colloquio di ascolto gratuito, utile per capire di che tipo di aiuto si "
                    "ha bisogno."
                ),
            ),
            (
                "callout",
                (
                    "Come scegliere un professionista",
                    "Lo psicologo deve essere iscritto all'albo professionale, e puoi verificarlo "
                    "online. Al primo incontro è normale chiedere come si svolgerà il percorso, "
                    "quanto potrà durare e quanto costa.",
                ),
            ),
            ("heading", "Il benessere si costruisce anche insieme"),
            (
                "paragraph",
                (
                    "Non sempre serve un percorso di psicoterapia. A volte aiutano attività più "
                    "leggere, che fanno bene all'umore e alle relazioni: gruppi di cammino, corsi di "
                    "movimento dolce, laboratori creativi, orti condivisi. Sono occasioni per uscire "
                    "di casa, conoscere persone nuove e sentirsi parte di una comunità. Molte di "
                    "queste proposte sono organizzate da associazioni del territorio e sono gratuite "
                    "o costano poco. Sulla piattaforma si trovano cercando l'argomento «Salute e "
                    "benessere» e filtrando per Comune."
                ),
            ),
            (
                "quote",
                (
                    "Qualcuno arriva per la camminata del martedì e, dopo qualche settimana, trova il "
                    "coraggio di raccontare come sta davvero.",
                    "Una psicologa che collabora con una cooperativa sociale",
                ),
            ),
            (
                "paragraph",
                (
                    "Se stai vivendo un momento di forte difficoltà, non aspettare: parlane con il "
                    "tuo medico o con una persona di fiducia. In caso di emergenza chiama il 112 o "
                    "rivolgiti al pronto soccorso. Prendersi cura della propria salute mentale è "
                    "importante quanto curare quella fisica."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.psy.it/",
                        "Consiglio nazionale dell'Ordine degli psicologi",
                        "Informazioni sulla professione di psicologo e accesso all'albo nazionale.",
                    ),
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        "Pagine informative su salute mentale, prevenzione e servizi sanitari.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "psychological-support-and-wellbeing",
            "title": "Psychological support and wellbeing: where to turn",
            "introduction": (
                "Anxiety, stress, bereavement and loneliness are part of many people's lives. "
                "Here are the public, community and workplace services that offer a listening "
                "ear, psychological support and ways to feel better."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Wellbeing is not only about the body. Anxiety, stress, bereavement, "
                        "relationship difficulties and periods of loneliness are part of many "
                        "people's lives, and asking for psychological help is more and more seen "
                        "as normal. Since the pandemic in particular, many families have felt "
                        "the need for a space where they can talk and find their balance again."
                    ),
                ),
                ("heading", "Where to find help"),
                (
                    "paragraph",
                    (
                        "In the public health service, the first port of call is your GP or your "
                        "child's paediatrician, who can refer you to the health authority's "
                        "services, such as family counselling centres and mental health "
                        "services. Family counselling centres also offer sessions for couples, "
                        "parents and teenagers. For young people, several schools have a "
                        "counselling desk with a psychologist. Waiting times for public services "
                        "can vary, so it is worth asking early rather than waiting for the "
                        "problem to grow."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The platform also lists psychological services offered by social "
                        "cooperatives and associations, often at reduced rates, and support "
                        "groups on specific issues such as bereavement, parenting or caring for "
                        "a sick relative. If you work for a member company, you can check "
                        "whether your welfare plan covers the cost of psychological support. "
                        "Some associations also offer a free first listening session, which can "
                        "help you understand what kind of help you need."
                    ),
                ),
                (
                    "callout",
                    (
                        "How to choose a professional",
                        (
                            "A psychologist must be registered with the professional body, and "
                            "you can check this online. At the first meeting it is normal to ask "
                            "how the sessions will work, how long they may go on and how much "
                            "they cost."
                        ),
                    ),
                ),
                ("heading", "Wellbeing is also built together"),
                (
                    "paragraph",
                    (
                        "You do not always need psychotherapy. Sometimes lighter activities that "
                        "are good for your mood and your relationships can help: walking groups, "
                        "gentle exercise classes, creative workshops, community gardens. They "
                        "are a chance to get out of the house, meet new people and feel part of "
                        "a community. Many of them are run by local associations and are free or "
                        "cost little. You can find them on the platform by searching for the "
                        "topic «Health and wellbeing» and filtering by municipality."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Some people come along for the Tuesday walk and, after a few weeks, "
                            "find the courage to say how they are really feeling."
                        ),
                        "A psychologist who works with a social cooperative",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "If you are going through a very difficult time, do not wait: talk to "
                        "your doctor or to someone you trust. In an emergency, call 112 or go to "
                        "the emergency department. Looking after your mental health is just as "
                        "important as looking after your physical health."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.psy.it/",
                            "National Council of the Order of Psychologists",
                            (
                                "Information about the psychology profession and access to the "
                                "national register of psychologists."
                            ),
                        ),
                        (
                            "https://www.salute.gov.it/",
                            "Italian Ministry of Health",
                            ("Information pages on mental health, prevention and health services."),
                        ),
                    ],
                ),
            ],
        },
    },
]
