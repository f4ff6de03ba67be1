"""Demo articles, part A: community welfare and corporate welfare.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: welfare-comunita
    # ------------------------------------------------------------------
    {
        "slug": "cos-e-il-welfare-collaborativo",
        "theme": "welfare-comunita",
        "title": "Che cos'è il welfare collaborativo",
        "introduction": (
            "Welfare collaborativo, generativo, di comunità: tre nomi per un'idea semplice. "
            "I servizi funzionano meglio quando chi li offre e chi li riceve partecipano insieme."
        ),
        "date": "2025-02-10",
        "authors": ["giulia-ferraro"],
        "topics": ["welfare-di-comunita", "integrazione-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Quando si parla di welfare si pensa di solito a due grandi soggetti. Il primo è "
                    "lo Stato, con i Comuni e l'azienda sanitaria, che offre servizi ai residenti in "
                    "base a regole e requisiti, come l'ISEE. Il secondo è l'impresa, che con il "
                    "proprio piano di welfare aziendale sostiene lavoratrici, lavoratori e famiglie. "
                    "In entrambi i casi c'è un soggetto che eroga e una persona che riceve. Il welfare "
                    "collaborativo parte da un'idea diversa: il benessere di una comunità cresce "
                    "quando tutti partecipano, anche chi in quel momento ha bisogno di aiuto."
                ),
            ),
            ("heading", "Tre pilastri, una sola rete"),
            (
                "paragraph",
                (
                    "Il nostro portale mette insieme tre pilastri. Il pilastro pubblico comprende i "
                    "servizi dei Comuni e dell'azienda sanitaria. Il pilastro aziendale comprende i "
                    "servizi che le imprese aderenti offrono ai propri dipendenti. Il pilastro "
                    "territoriale, o di comunità, raccoglie il lavoro di cooperative sociali, "
                    "associazioni e volontari. Ogni pilastro ha le sue regole di accesso, ma i servizi "
                    "sono descritti nello stesso modo e si trovano nello stesso catalogo. Così una "
                    "famiglia può capire in pochi passaggi a chi rivolgersi, quanto costa un servizio "
                    "e se può usare il credito welfare della propria azienda."
                ),
            ),
            (
                "quote",
                (
                    "All'inizio pensavo di dover solo chiedere aiuto. Poi ho scoperto che anche io "
                    "potevo dare qualcosa: oggi accompagno due vicini alle visite mediche.",
                    "Un pensionato di Vigonza",
                ),
            ),
            ("heading", "Perché si dice generativo"),
            (
                "paragraph",
                (
                    "Si parla di welfare generativo perché le risorse non vengono solo consumate, ma "
                    "si moltiplicano. Un corso di ginnastica dolce per anziani, organizzato da "
                    "un'associazione in una sala comunale, crea nuove amicizie e riduce la solitudine. "
                    "Una mamma che riceve un aiuto per il doposcuola può offrire, a sua volta, qualche "
                    "ora del suo tempo alla biblioteca del quartiere. Il valore non sta solo nella "
                    "prestazione, ma nelle relazioni che nascono intorno. Per questo i servizi di "
                    "comunità chiedono spesso una piccola restituzione, anche simbolica, e coinvolgono "
                    "le persone nella loro progettazione."
                ),
            ),
            (
                "callout",
                (
                    "Non usi internet? Nessun problema",
                    "Negli sportelli fisici dei Comuni aderenti trovi operatori e welfare manager che "
                    "ti aiutano a cercare i servizi, a prenotare e a compilare le domande. Porta con "
                    "te un documento d'identità e, se lo hai, l'attestazione ISEE.",
                ),
            ),
            (
                "paragraph",
                (
                    "La pandemia del 2020 ha mostrato quanto questa rete sia preziosa. In poche "
                    "settimane la piattaforma ha aggiunto servizi sanitari e informativi, molti enti "
                    "hanno ridotto i prezzi e i Comuni hanno distribuito i buoni spesa anche "
                    "attraverso gli sportelli. Chi era solo ha ricevuto telefonate e spesa a domicilio "
                    "grazie ai volontari. Quell'esperienza ci ha insegnato che pubblico, imprese e "
                    "terzo settore funzionano meglio quando lavorano insieme, ciascuno con il proprio "
                    "ruolo."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Laboratorio di ricerca e informazione su welfare aziendale, filantropia e "
                        "welfare di comunità in Italia.",
                    ),
                    (
                        "https://www.cantiereterzosettore.it/",
                        "Cantiere Terzo Settore",
                        "Il portale informativo sulla riforma del Terzo settore, con guide e "
                        "approfondimenti per enti e cittadini.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Il sito del ministero competente per le politiche sociali e il Terzo settore.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "what-is-collaborative-welfare",
            "title": "What is collaborative welfare?",
            "introduction": (
                "Collaborative, generative, community welfare: three names for one simple idea. "
                "Services work better when those who provide them and those who use them take "
                "part together."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "When people talk about welfare, they usually think of two big players. The "
                        "first is the State, with municipalities and the local health authority, "
                        "which offers services to residents according to rules and requirements such "
                        "as the ISEE means test. The second is the company, which supports its "
                        "employees and their families through its corporate welfare plan. In both "
                        "cases there is one body that provides and one person who receives. "
                        "Collaborative welfare starts from a different idea: a community's wellbeing "
                        "grows when everyone takes part, including those who need help at that moment."
                    ),
                ),
                ("heading", "Three pillars, one network"),
                (
                    "paragraph",
                    (
                        "Our portal brings together three pillars. The public pillar includes the "
                        "services of the municipalities and the local health authority. The corporate "
                        "pillar includes the services that member companies offer their employees. "
                        "The territorial, or community, pillar gathers the work of social "
                        "cooperatives, associations and volunteers. Each pillar has its own access "
                        "rules, but all services are described in the same way and can be found in "
                        "the same catalogue. In a few steps, a family can work out whom to contact, "
                        "how much a service costs and whether they can use their company's welfare "
                        "credit."
                    ),
                ),
                (
                    "quote",
                    (
                        "At first I thought I could only ask for help. Then I found out that I had "
                        "something to give too: today I take two of my neighbours to their medical "
                        "appointments.",
                        "A pensioner from Vigonza",
                    ),
                ),
                ("heading", "Why we call it generative"),
                (
                    "paragraph",
                    (
                        "We speak of generative welfare because resources are not just used up: they "
                        "multiply. A gentle exercise class for older people, run by an association in "
                        "a municipal hall, creates new friendships and reduces loneliness. A mother "
                        "who gets help with after-school care can, in turn, give a few hours of her "
                        "time to the local library. The value lies not only in the service itself but "
                        "in the relationships that grow around it. That is why community services "
                        "often ask for something in return, even symbolic, and involve people in "
                        "designing them."
                    ),
                ),
                (
                    "callout",
                    (
                        "Not online? No problem",
                        "At the help desks of the member municipalities you will find staff and "
                        "welfare managers who can help you search for services, make bookings and "
                        "fill in applications. Bring an identity document and, if you have one, your "
                        "ISEE certificate.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "The 2020 pandemic showed how valuable this network is. Within a few weeks "
                        "the platform added health and information services, many providers cut "
                        "their prices and the municipalities handed out food vouchers, including "
                        "through the help desks. People living alone received phone calls and "
                        "home-delivered shopping thanks to volunteers. That experience taught us that "
                        "the public sector, companies and the third sector work better together, each "
                        "in its own role."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            "A research and information lab on corporate welfare, philanthropy and "
                            "community welfare in Italy.",
                        ),
                        (
                            "https://www.cantiereterzosettore.it/",
                            "Cantiere Terzo Settore",
                            "The information portal on the Third Sector reform, with guides and "
                            "in-depth articles for organisations and citizens.",
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministry of Labour and Social Policies",
                            "The website of the Italian ministry responsible for social policy and "
                            "the Third Sector.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "volontariato-e-reciprocita",
        "theme": "welfare-comunita",
        "title": "Volontariato e reciprocità: dare e ricevere nella stessa comunità",
        "introduction": (
            "Il volontariato è uno dei motori del welfare di comunità, ma non va a senso unico: "
            "chi aiuta riceve a sua volta qualcosa. Ecco come funziona la reciprocità e come "
            "iniziare."
        ),
        "date": "2025-04-08",
        "authors": ["marco-bellin"],
        "topics": ["welfare-di-comunita", "volontariato", "covid-19"],
        "body": [
            (
                "paragraph",
                (
                    "In ogni Comune della rete ci sono persone che dedicano un po' del proprio tempo "
                    "agli altri. Accompagnano gli anziani alle visite, aiutano i ragazzi con i "
                    "compiti, tengono aperta una biblioteca, raccolgono e distribuiscono alimenti. Lo "
                    "fanno gratuitamente, spesso all'interno di un'associazione o di una parrocchia, a "
                    "volte in modo informale tra vicini di casa. Senza di loro molti servizi non "
                    "esisterebbero, oppure costerebbero molto di più."
                ),
            ),
            ("heading", "Non solo dare: la reciprocità"),
            (
                "paragraph",
                (
                    "Nel welfare di comunità il volontariato non è un gesto a senso unico. Chi aiuta "
                    "impara, conosce persone nuove, si sente utile e parte di un gruppo. Chi riceve "
                    "aiuto, quando può, restituisce qualcosa: un'ora del suo tempo, una competenza, "
                    "una disponibilità. Un giovane che ha frequentato gratuitamente un corso di "
                    "italiano può poi tradurre per altre famiglie allo sportello. Un'anziana che "
                    "riceve la spesa a casa può insegnare a cucinare ai bambini del centro estivo. "
                    "Questa catena di scambi è ciò che chiamiamo reciprocità, e rende la comunità più "
                    "forte e più capace di affrontare i momenti difficili."
                ),
            ),
            (
                "quote",
                (
                    "Il martedì porto la spesa alla signora Rina. Lei in cambio mi racconta com'era il "
                    "paese sessant'anni fa: non so chi dei due ci guadagni di più.",
                    "Una volontaria di Cadoneghe",
                ),
            ),
            ("heading", "Che cosa abbiamo imparato nel 2020"),
            (
                "paragraph",
                (
                    "Durante la pandemia, con le persone più fragili chiuse in casa, i volontari sono "
                    "stati la rete di prossimità che ha tenuto insieme i quartieri. Hanno consegnato "
                    "farmaci e spesa, telefonato a chi viveva solo, aiutato i Comuni a distribuire i "
                    "buoni spesa. Molti erano giovani che non avevano mai fatto volontariato prima. "
                    "Alcuni sono rimasti anche dopo l'emergenza e oggi fanno parte stabilmente delle "
                    "associazioni del territorio. È la prova che un'occasione concreta può trasformare "
                    "la disponibilità di un momento in un impegno duraturo."
                ),
            ),
            (
                "callout",
                (
                    "Vuoi iniziare? Tre passi semplici",
                    "Scegli un ambito che ti interessa, come anziani, bambini o ambiente. Cerca nel "
                    "catalogo del portale le associazioni che operano nel tuo Comune. Oppure passa "
                    "allo sportello: ti metteremo in contatto con chi cerca volontari vicino a casa "
                    "tua.",
                ),
            ),
            (
                "paragraph",
                (
                    "Il volontariato organizzato ha anche delle regole. Con la riforma del Terzo "
                    "settore gli enti si iscrivono al Registro unico nazionale del Terzo settore, il "
                    "RUNTS, e devono assicurare i propri volontari. Il volontario non può essere "
                    "pagato per la sua attività, ma può ricevere il rimborso delle spese sostenute, "
                    "secondo le modalità stabilite dall'ente e dalla legge. Sono regole pensate per "
                    "proteggere sia chi aiuta sia chi viene aiutato, e per rendere trasparente il "
                    "lavoro delle associazioni."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.csvnet.it/",
                        "CSVnet",
                        "L'associazione nazionale dei Centri di servizio per il volontariato, con i "
                        "contatti dei centri presenti in ogni provincia.",
                    ),
                    (
                        "https://www.forumterzosettore.it/",
                        "Forum Nazionale del Terzo Settore",
                        "La rete che rappresenta le organizzazioni di volontariato, promozione sociale "
                        "e cooperazione sociale.",
                    ),
                    (
                        "https://www.cantiereterzosettore.it/",
                        "Cantiere Terzo Settore",
                        "Guide pratiche sulla riforma, sul RUNTS e sulle regole per gli enti.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "volunteering-and-reciprocity",
            "title": "Volunteering and reciprocity: giving and receiving in the same community",
            "introduction": (
                "Volunteering is one of the driving forces of community welfare, but it is not a "
                "one-way street: those who help get something back in return. Here is how "
                "reciprocity works and how to get started."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "In every municipality in the network there are people who give some of "
                        "their time to others. They take older people to medical appointments, "
                        "help children with their homework, keep a library open, and collect and "
                        "hand out food. They do it for free, often through an association or a "
                        "parish, sometimes informally between neighbours. Without them many "
                        "services would not exist, or would cost a great deal more."
                    ),
                ),
                ("heading", "Not just giving: reciprocity"),
                (
                    "paragraph",
                    (
                        "In community welfare, volunteering is not a one-way gesture. Those who "
                        "help learn something, meet new people, and feel useful and part of a "
                        "group. Those who receive help give something back when they can: an "
                        "hour of their time, a skill, a willingness to lend a hand. A young man "
                        "who took a free Italian course can later interpret for other families "
                        "at the help desk. An elderly woman who has her shopping delivered can "
                        "teach the children at the summer camp how to cook. This chain of "
                        "exchanges is what we call reciprocity, and it makes a community "
                        "stronger and better able to face hard times."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "On Tuesdays I take Mrs Rina her shopping. In return she tells me "
                            "what the village was like sixty years ago: I honestly don't know "
                            "which of us gets more out of it."
                        ),
                        "A volunteer from Cadoneghe",
                    ),
                ),
                ("heading", "What we learned in 2020"),
                (
                    "paragraph",
                    (
                        "During the pandemic, with the most vulnerable people shut in at home, "
                        "volunteers were the local safety net that held neighbourhoods together. "
                        "They delivered medicines and groceries, phoned people who lived alone "
                        "and helped the municipalities hand out food vouchers. Many of them were "
                        "young people who had never volunteered before. Some stayed on after the "
                        "emergency and are now regular members of local associations. It shows "
                        "that a practical opportunity can turn a moment's goodwill into a "
                        "lasting commitment."
                    ),
                ),
                (
                    "callout",
                    (
                        "Want to get started? Three simple steps",
                        (
                            "Choose an area you care about, such as older people, children or "
                            "the environment. Search the portal's catalogue for the associations "
                            "working in your municipality. Or drop in at a help desk: we will "
                            "put you in touch with people looking for volunteers near where you "
                            "live."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Organised volunteering also has rules. Under the Third Sector reform, "
                        "organisations register with the National Single Register of the Third "
                        "Sector, known as RUNTS, and must insure their volunteers. Volunteers "
                        "cannot be paid for what they do, but they can be reimbursed for the "
                        "expenses they incur, as set out by their organisation and by law. These "
                        "rules protect both those who help and those who are helped, and they "
                        "make the work of associations transparent."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.csvnet.it/",
                            "CSVnet",
                            (
                                "The national association of volunteer service centres, with "
                                "contact details for the centre in every province."
                            ),
                        ),
                        (
                            "https://www.forumterzosettore.it/",
                            "Forum Nazionale del Terzo Settore",
                            (
                                "The network that represents Italy's volunteer organisations, "
                                "social promotion associations and social cooperatives."
                            ),
                        ),
                        (
                            "https://www.cantiereterzosettore.it/",
                            "Cantiere Terzo Settore",
                            (
                                "Practical guides to the reform, the RUNTS register and the "
                                "rules for organisations."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "coesione-sociale-osservatori-e-ricerca",
        "theme": "welfare-comunita",
        "title": "Misurare la coesione sociale: il ruolo di osservatori e ricerca",
        "introduction": (
            "Come si capisce se una comunità è più unita o più fragile? Osservatori e centri "
            "universitari studiano reti, fiducia e partecipazione. Ecco che cosa misurano e "
            "perché servono anche a te."
        ),
        "date": "2025-06-17",
        "authors": ["chiara-zanon"],
        "topics": ["welfare-di-comunita", "integrazione-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Coesione sociale è un'espressione che si sente spesso, ma che cosa vuol dire "
                    "davvero? In parole semplici, indica quanto le persone di un territorio si fidano "
                    "le une delle altre, si aiutano e partecipano alla vita comune. Una comunità coesa "
                    "non è una comunità senza problemi: è una comunità in cui, quando qualcuno è in "
                    "difficoltà, c'è chi se ne accorge e sa a chi rivolgersi."
                ),
            ),
            ("heading", "Che cosa si misura"),
            (
                "paragraph",
                (
                    "Gli osservatori sulla coesione sociale raccolgono dati e testimonianze su diversi "
                    "aspetti. Per esempio: quante persone fanno volontariato, quanto si sentono sicure "
                    "nel proprio quartiere, quanto conoscono i vicini, quanto usano i servizi pubblici "
                    "e quanto si fidano delle istituzioni. A questi dati, spesso provenienti dalle "
                    "indagini dell'Istat, si aggiungono interviste, gruppi di discussione e mappe dei "
                    "servizi. I centri di ricerca universitari sulla cooperazione e sull'impresa "
                    "sociale studiano invece come nascono e come funzionano le reti tra enti pubblici, "
                    "imprese e terzo settore."
                ),
            ),
            (
                "quote",
                (
                    "I numeri ci dicono dove guardare, ma sono le persone a spiegarci perché. Per "
                    "questo ogni indagine parte da un questionario e finisce in una sala civica, a "
                    "discutere i risultati con chi vive il quartiere.",
                    "Una ricercatrice di un osservatorio sulla coesione sociale",
                ),
            ),
            ("heading", "A che cosa servono queste ricerche"),
            (
                "paragraph",
                (
                    "Le ricerche aiutano i Comuni e gli enti del terzo settore a prendere decisioni "
                    "migliori. Se un'indagine mostra che in una frazione molti anziani vivono soli e "
                    "lontano dai servizi, si può organizzare un trasporto solidale o un punto di "
                    "ascolto. Se emerge che i giovani partecipano poco, si possono coinvolgere le "
                    "scuole nella progettazione di nuove attività. Le ricerche servono anche a "
                    "valutare i servizi: capire che cosa ha funzionato, che cosa no e perché. È così "
                    "che il welfare di comunità può migliorare nel tempo invece di ripetere sempre le "
                    "stesse scelte."
                ),
            ),
            (
                "callout",
                (
                    "Dati aperti e trasparenza",
                    "Quando un'indagine è finanziata con risorse pubbliche, è buona pratica pubblicare "
                    "i risultati in forma comprensibile e, quando possibile, come dati aperti. Sul "
                    "portale segnaliamo i rapporti disponibili e i link alle fonti originali.",
                ),
            ),
            (
                "paragraph",
                (
                    "Anche tu puoi contribuire. Rispondere a un questionario, partecipare a un "
                    "incontro pubblico o segnalare un problema del tuo quartiere sono modi concreti "
                    "per far entrare la tua esperienza nelle decisioni. La ricerca sulla coesione "
                    "sociale non riguarda solo gli esperti: funziona davvero soltanto se chi vive ogni "
                    "giorno il territorio partecipa."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.istat.it/",
                        "Istat",
                        "L'Istituto nazionale di statistica pubblica indagini su famiglie, "
                        "partecipazione sociale e benessere.",
                    ),
                    (
                        "https://www.euricse.eu/",
                        "Euricse",
                        "Istituto europeo di ricerca sull'impresa cooperativa e sociale, con studi e "
                        "rapporti liberamente consultabili.",
                    ),
                    (
                        "https://www.aiccon.it/",
                        "AICCON",
                        "Centro studi dedicato alla cooperazione, al non profit e all'economia "
                        "sociale.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "measuring-social-cohesion-observatories-research",
            "title": "Measuring social cohesion: the role of observatories and research",
            "introduction": (
                "How can you tell whether a community is growing closer or more fragile? "
                "Observatories and university centres study networks, trust and participation. "
                "Here is what they measure and why it matters to you too."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Social cohesion is a phrase you hear often, but what does it really mean? Put "
                        "simply, it describes how much the people of an area trust one another, help "
                        "one another and take part in community life. A cohesive community is not a "
                        "community without problems: it is one where, when someone is in difficulty, "
                        "somebody notices and knows where to turn."
                    ),
                ),
                ("heading", "What gets measured"),
                (
                    "paragraph",
                    (
                        "Observatories on social cohesion collect data and first-hand accounts on "
                        "several aspects. For example: how many people volunteer, how safe they feel "
                        "in their neighbourhood, how well they know their neighbours, how much they "
                        "use public services and how far they trust institutions. These data, often "
                        "drawn from Istat surveys, are combined with interviews, focus groups and "
                        "maps of services. University research centres on cooperation and social "
                        "enterprise, for their part, study how networks between public bodies, "
                        "companies and the third sector are formed and how they work."
                    ),
                ),
                (
                    "quote",
                    (
                        "Numbers tell us where to look, but it is people who explain why. That is "
                        "why every survey starts with a questionnaire and ends in a community hall, "
                        "discussing the results with those who live in the neighbourhood.",
                        "A researcher at a social cohesion observatory",
                    ),
                ),
                ("heading", "What this research is for"),
                (
                    "paragraph",
                    (
                        "Research helps municipalities and third sector organisations make better "
                        "decisions. If a survey shows that in one village many older people live "
                        "alone and far from services, a community transport scheme or a listening "
                        "point can be set up. If it turns out that young people rarely take part, "
                        "schools can be involved in designing new activities. Research is also used "
                        "to evaluate services: to understand what worked, what did not and why. This "
                        "is how community welfare can improve over time instead of always repeating "
                        "the same choices."
                    ),
                ),
                (
                    "callout",
                    (
                        "Open data and transparency",
                        "When a survey is funded with public money, it is good practice to publish "
                        "the results in an accessible form and, where possible, as open data. On the "
                        "portal we point to the available reports and link to the original sources.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "You can contribute too. Answering a questionnaire, attending a public "
                        "meeting or reporting a problem in your neighbourhood are practical ways to "
                        "bring your experience into decision-making. Research on social cohesion is "
                        "not just for experts: it only really works if the people who live in the "
                        "area every day take part."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.istat.it/",
                            "Istat",
                            "The Italian National Institute of Statistics publishes surveys on "
                            "households, social participation and wellbeing.",
                        ),
                        (
                            "https://www.euricse.eu/",
                            "Euricse",
                            "European research institute on cooperative and social enterprises, with "
                            "studies and reports that are free to consult.",
                        ),
                        (
                            "https://www.aiccon.it/",
                            "AICCON",
                            "A research centre devoted to cooperation, the non-profit sector and the "
                            "social economy.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "banche-del-tempo-reti-di-vicinato-coprogettazione",
        "theme": "welfare-comunita",
        "title": "Banche del tempo, reti di vicinato e servizi progettati insieme",
        "introduction": (
            "Scambiare un'ora di aiuto con un'ora di aiuto, conoscere i vicini, progettare i "
            "servizi con chi li userà: tre strumenti concreti del welfare di comunità."
        ),
        "date": "2025-09-23",
        "authors": ["giulia-ferraro", "marco-bellin"],
        "topics": ["welfare-di-comunita", "volontariato", "integrazione-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Il welfare di comunità non ha bisogno solo di grandi progetti. Spesso nasce da "
                    "strumenti semplici, che chiunque può usare. In questo articolo ne presentiamo "
                    "tre: le banche del tempo, le reti di vicinato e la coprogettazione dei servizi "
                    "con i cittadini. Hanno in comune un'idea: ogni persona ha qualcosa da offrire, e "
                    "il tempo e le relazioni sono risorse preziose quanto il denaro."
                ),
            ),
            ("heading", "Come funziona una banca del tempo"),
            (
                "paragraph",
                (
                    "In una banca del tempo non circolano soldi, ma ore. Chi si iscrive mette a "
                    "disposizione le proprie capacità: stirare, riparare una bicicletta, insegnare "
                    "l'inglese, fare compagnia a un anziano. Ogni ora di servizio offerta vale un'ora "
                    "di credito, che si può spendere chiedendo aiuto a un altro iscritto. Non importa "
                    "che cosa si sa fare: un'ora di giardinaggio vale quanto un'ora di ripetizioni di "
                    "matematica. Di solito la banca del tempo è gestita da un'associazione, che tiene "
                    "il conto degli scambi e organizza incontri per far conoscere gli iscritti."
                ),
            ),
            (
                "quote",
                (
                    "Ho insegnato a usare lo smartphone a tre signore del mio palazzo. Con le ore "
                    "guadagnate, un ragazzo mi ha aiutato a imbiancare la cucina.",
                    "Un iscritto a una banca del tempo della zona",
                ),
            ),
            ("heading", "Reti di vicinato e coprogettazione"),
            (
                "paragraph",
                (
                    "Le reti di vicinato sono gruppi di residenti della stessa via o dello stesso "
                    "condominio che si tengono in contatto, spesso anche con una chat, per piccoli "
                    "aiuti quotidiani: ritirare un pacco, innaffiare le piante, controllare che un "
                    "vicino anziano stia bene. La coprogettazione porta questa logica dentro i "
                    "servizi. Invece di decidere tutto negli uffici, il Comune e gli enti del terzo "
                    "settore invitano cittadini, famiglie e associazioni a incontri in cui si "
                    "analizzano i bisogni e si disegnano insieme le soluzioni. Il Codice del Terzo "
                    "settore riconosce la coprogrammazione e la coprogettazione come forme ordinarie "
                    "di collaborazione tra amministrazioni pubbliche e terzo settore."
                ),
            ),
            (
                "callout",
                (
                    "Partecipa a un laboratorio",
                    "Quando un Comune della rete avvia un percorso di coprogettazione, lo annunciamo "
                    "nella sezione articoli del portale. Gli incontri sono aperti e gratuiti: non "
                    "servono competenze particolari, solo la voglia di portare la propria esperienza.",
                ),
            ),
            (
                "paragraph",
                (
                    "Questi strumenti non sostituiscono i servizi sociali o sanitari, ma li "
                    "completano. Una rete di vicinato attenta può accorgersi per prima che una persona "
                    "ha bisogno di aiuto e indirizzarla allo sportello. Una banca del tempo può "
                    "alleggerire il carico di una famiglia con un figlio piccolo. Un servizio "
                    "progettato insieme ai suoi utenti sarà più semplice da usare e più vicino ai "
                    "bisogni reali."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.labsus.org/",
                        "Labsus, Laboratorio per la sussidiarietà",
                        "Esperienze e strumenti per la collaborazione tra cittadini e amministrazioni, "
                        "come i patti di collaborazione.",
                    ),
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Articoli e ricerche su welfare di comunità, reti territoriali e innovazione "
                        "sociale.",
                    ),
                    (
                        "https://www.comune.padova.it/",
                        "Comune di Padova",
                        "Il sito istituzionale del capoluogo, con le informazioni su servizi sociali e "
                        "partecipazione.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "time-banks-neighbourhood-networks-and-co-design",
            "title": "Time banks, neighbourhood networks and services designed together",
            "introduction": (
                "Trading an hour of help for an hour of help, getting to know your neighbours, "
                "designing services with the people who will use them: three practical tools of "
                "community welfare."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Community welfare does not only need big projects. It often grows out "
                        "of simple tools that anyone can use. In this article we look at three "
                        "of them: time banks, neighbourhood networks and the co-design of "
                        "services with residents. They share one idea: everyone has something to "
                        "offer, and time and relationships are as valuable as money."
                    ),
                ),
                ("heading", "How a time bank works"),
                (
                    "paragraph",
                    (
                        "In a time bank, what changes hands is not money but hours. Members "
                        "offer what they can do: ironing, fixing a bike, teaching English, "
                        "keeping an older person company. Every hour of help given earns an hour "
                        "of credit, which can be spent by asking another member for help. It "
                        "does not matter what your skill is: an hour of gardening is worth the "
                        "same as an hour of maths tutoring. A time bank is usually run by an "
                        "association, which keeps track of the exchanges and organises "
                        "get-togethers so that members can meet one another."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "I taught three ladies in my building how to use a smartphone. With "
                            "the hours I earned, a young man helped me paint my kitchen."
                        ),
                        "A member of a local time bank",
                    ),
                ),
                ("heading", "Neighbourhood networks and co-design"),
                (
                    "paragraph",
                    (
                        "Neighbourhood networks are groups of residents of the same street or "
                        "building who keep in touch, often through a group chat, for small "
                        "everyday favours: taking in a parcel, watering the plants, checking "
                        "that an elderly neighbour is all right. Co-design brings the same "
                        "approach into services. Instead of deciding everything in offices, the "
                        "municipality and third-sector organisations invite residents, families "
                        "and associations to meetings where needs are examined and solutions are "
                        "worked out together. The Third Sector Code recognises co-planning and "
                        "co-design as ordinary forms of collaboration between public "
                        "administrations and the third sector."
                    ),
                ),
                (
                    "callout",
                    (
                        "Join a workshop",
                        (
                            "When a municipality in the network starts a co-design process, we "
                            "announce it in the portal's articles section. Meetings are open and "
                            "free: no special skills are needed, only the wish to share your own "
                            "experience."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "These tools do not replace social or health services; they complement "
                        "them. An attentive neighbourhood network may be the first to notice "
                        "that someone needs help and point them to the help desk. A time bank "
                        "can lighten the load on a family with a small child. A service designed "
                        "together with its users will be easier to use and closer to real needs."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.labsus.org/",
                            "Labsus, Laboratory for Subsidiarity",
                            (
                                "Experiences and tools for collaboration between residents and "
                                "public administrations, such as collaboration pacts."
                            ),
                        ),
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "Articles and research on community welfare, local networks and "
                                "social innovation."
                            ),
                        ),
                        (
                            "https://www.comune.padova.it/",
                            "Municipality of Padova",
                            (
                                "The city's official website, with information on social "
                                "services and civic participation."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # Theme: welfare-aziendale
    # ------------------------------------------------------------------
    {
        "slug": "come-funziona-il-credito-welfare-aziendale",
        "theme": "welfare-aziendale",
        "title": "Welfare aziendale: come funziona il credito welfare",
        "introduction": (
            "Molte imprese offrono un piano di welfare ai dipendenti. Che cosa si può fare con il "
            "credito welfare, quali vantaggi fiscali prevede la legge e come usarlo per i servizi "
            "del territorio."
        ),
        "date": "2025-03-12",
        "authors": ["luca-pavan"],
        "topics": ["welfare-aziendale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Il welfare aziendale è l'insieme di beni e servizi che un'impresa offre a "
                    "lavoratrici e lavoratori, e spesso alle loro famiglie, in aggiunta alla "
                    "retribuzione. Può nascere da una scelta volontaria dell'azienda, da un contratto "
                    "collettivo nazionale o da un accordo firmato con i sindacati in azienda o sul "
                    "territorio. L'obiettivo è migliorare il benessere delle persone e aiutarle a "
                    "conciliare lavoro e vita privata."
                ),
            ),
            ("heading", "Il credito welfare in parole semplici"),
            (
                "paragraph",
                (
                    "In molti piani il dipendente riceve un credito welfare, cioè una somma in euro da "
                    "spendere, di solito attraverso una piattaforma online, tra i servizi previsti dal "
                    "piano. Le norme fiscali italiane, contenute nel Testo unico delle imposte sui "
                    "redditi, stabiliscono che alcune categorie di beni e servizi, entro certi limiti "
                    "e a certe condizioni, non concorrono a formare il reddito del lavoratore. In "
                    "pratica, un euro di credito welfare può valere più di un euro in busta paga, "
                    "perché su di esso non si pagano le stesse tasse e gli stessi contributi. In "
                    "alcuni casi il lavoratore può anche scegliere di convertire il premio di "
                    "risultato in servizi di welfare."
                ),
            ),
            (
                "quote",
                (
                    "Il primo anno ho lasciato scadere metà del credito perché non sapevo come usarlo. "
                    "Adesso lo uso per il centro estivo di mia figlia e per la fisioterapia di mio "
                    "padre.",
                    "Un'impiegata di un'azienda aderente alla rete",
                ),
            ),
            ("heading", "Per che cosa si può usare"),
            (
                "paragraph",
                (
                    "Le categorie più comuni sono l'istruzione dei figli, come rette scolastiche, "
                    "asili nido, libri e centri estivi; l'assistenza ai familiari anziani o non "
                    "autosufficienti; la salute, per esempio attraverso i fondi di assistenza "
                    "sanitaria integrativa; le attività ricreative, culturali e sportive; la "
                    "previdenza complementare; gli abbonamenti al trasporto pubblico. Le regole "
                    "precise, gli importi e le modalità di rimborso cambiano nel tempo e dipendono dal "
                    "piano della tua azienda."
                ),
            ),
            (
                "callout",
                (
                    "Prima di spendere, verifica",
                    "Controlla la scadenza del tuo credito, le categorie ammesse e i documenti "
                    "necessari per i rimborsi. In caso di dubbio chiedi all'ufficio del personale o al "
                    "welfare manager. Per le regole fiscali generali fa fede quanto pubblicato "
                    "dall'Agenzia delle Entrate.",
                ),
            ),
            (
                "paragraph",
                (
                    "Nel nostro portale puoi filtrare i servizi che accettano il credito welfare "
                    "aziendale. Si tratta spesso di servizi offerti da cooperative sociali, "
                    "associazioni e Comuni della zona: in questo modo la spesa resta sul territorio e "
                    "sostiene chi lavora vicino a te. Se un servizio che ti interessa non compare "
                    "ancora, segnalalo al welfare manager: la rete cresce anche grazie ai suggerimenti "
                    "dei dipendenti."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Il sito ufficiale dell'amministrazione fiscale, con circolari e guide sul "
                        "trattamento dei benefit ai dipendenti.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni su contrattazione, premi di risultato e politiche del lavoro.",
                    ),
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Analisi e casi di studio sul welfare aziendale e contrattuale in Italia.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "how-corporate-welfare-credit-works",
            "title": "Corporate welfare: how welfare credit works",
            "introduction": (
                "Many companies offer their employees a welfare plan. What you can do with "
                "welfare credit, what tax advantages the law provides and how to use it for "
                "local services."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Corporate welfare is the set of goods and services that a company offers its "
                        "employees, and often their families, on top of their pay. It may come from "
                        "the company's own choice, from a national collective agreement or from an "
                        "agreement signed with the trade unions at company or local level. The aim is "
                        "to improve people's wellbeing and help them balance work and private life."
                    ),
                ),
                ("heading", "Welfare credit in plain words"),
                (
                    "paragraph",
                    (
                        "In many plans the employee receives a welfare credit: an amount in euros to "
                        "spend, usually through an online platform, on the services included in the "
                        "plan. Italian tax rules, set out in the Consolidated Income Tax Act, state "
                        "that certain categories of goods and services, within certain limits and "
                        "under certain conditions, do not count as the employee's taxable income. In "
                        "practice, one euro of welfare credit can be worth more than one euro in your "
                        "pay packet, because it does not bear the same taxes and contributions. In "
                        "some cases employees can also choose to convert their performance bonus "
                        "into welfare services."
                    ),
                ),
                (
                    "quote",
                    (
                        "In the first year I let half of my credit expire because I didn't know how "
                        "to use it. Now I use it for my daughter's summer camp and my father's "
                        "physiotherapy.",
                        "An office worker at a member company",
                    ),
                ),
                ("heading", "What you can use it for"),
                (
                    "paragraph",
                    (
                        "The most common categories are children's education, such as school fees, "
                        "nurseries, books and summer camps; care for older or dependent family "
                        "members; health, for example through supplementary health funds; "
                        "recreational, cultural and sports activities; supplementary pensions; and "
                        "public transport passes. The exact rules, amounts and reimbursement "
                        "procedures change over time and depend on your company's plan."
                    ),
                ),
                (
                    "callout",
                    (
                        "Check before you spend",
                        "Check when your credit expires, which categories are allowed and which "
                        "documents you need for reimbursements. If in doubt, ask the HR office or "
                        "the welfare manager. For the general tax rules, the guidance published by "
                        "the Italian Revenue Agency is the reference.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "On our portal you can filter the services that accept corporate welfare "
                        "credit. They are often services offered by social cooperatives, "
                        "associations and municipalities in the area: this way the money stays local "
                        "and supports people who work near you. If a service you are interested in "
                        "is not listed yet, tell the welfare manager: the network also grows thanks "
                        "to employees' suggestions."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Italian Revenue Agency",
                            "The official website of the tax authority, with circulars and guides "
                            "on the tax treatment of employee benefits.",
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministry of Labour and Social Policies",
                            "Information on collective bargaining, performance bonuses and labour "
                            "policy.",
                        ),
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            "Analysis and case studies on corporate and contractual welfare in "
                            "Italy.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "piccole-imprese-e-reti-territoriali-di-welfare",
        "theme": "welfare-aziendale",
        "title": "Piccole imprese e reti territoriali di welfare",
        "introduction": (
            "Un piano di welfare non è solo per le grandi aziende. Con le reti territoriali anche "
            "le piccole imprese possono offrire servizi ai dipendenti, condividendo costi, "
            "fornitori e competenze."
        ),
        "date": "2025-05-27",
        "authors": ["luca-pavan", "chiara-zanon"],
        "topics": ["welfare-aziendale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Per una grande azienda organizzare un piano di welfare è relativamente semplice: "
                    "ha un ufficio del personale, un budget dedicato e spesso un accordo sindacale "
                    "interno. Per una piccola impresa, con pochi dipendenti, le cose sono più "
                    "complicate. Mancano il tempo e le competenze per scegliere i fornitori, e il "
                    "numero ridotto di lavoratori rende difficile ottenere buone condizioni. Eppure "
                    "proprio nelle piccole imprese, dove i rapporti sono stretti, il benessere dei "
                    "dipendenti conta moltissimo."
                ),
            ),
            ("heading", "Che cos'è una rete territoriale di welfare"),
            (
                "paragraph",
                (
                    "Una rete territoriale unisce più imprese della stessa zona, spesso insieme ai "
                    "Comuni, alle associazioni di categoria, ai sindacati e agli enti del terzo "
                    "settore. Le imprese aderenti condividono una piattaforma, un catalogo di servizi "
                    "e, a volte, una figura di riferimento come il welfare manager. Chi aderisce può "
                    "contare su accordi già definiti con cooperative e associazioni locali, senza "
                    "dover negoziare tutto da solo. Alcune reti nascono da un contratto di rete tra "
                    "imprese, altre da accordi territoriali o da progetti promossi da fondazioni e "
                    "amministrazioni locali."
                ),
            ),
            (
                "quote",
                (
                    "Abbiamo dodici dipendenti. Da soli non avremmo mai potuto offrire un servizio di "
                    "doposcuola. Entrando nella rete lo abbiamo trovato già pronto, a pochi minuti "
                    "dall'azienda.",
                    "Il titolare di una piccola impresa metalmeccanica",
                ),
            ),
            ("heading", "Come aderire, passo dopo passo"),
            (
                "paragraph",
                (
                    "Il primo passo è capire i bisogni dei dipendenti, anche con un breve questionario "
                    "anonimo: figli piccoli, genitori anziani, spostamenti lunghi, salute. Il secondo "
                    "è decidere le risorse disponibili e la forma del piano, per esempio un "
                    "regolamento aziendale valido per tutti i lavoratori o per categorie omogenee. Il "
                    "terzo è scegliere i servizi nel catalogo della rete, dando la precedenza a quelli "
                    "più vicini ai bisogni emersi. Infine è importante comunicare bene il piano, "
                    "perché un servizio che nessuno conosce resta inutilizzato."
                ),
            ),
            (
                "callout",
                (
                    "Il ruolo del welfare manager",
                    "Il welfare manager della rete aiuta le imprese a costruire il piano e i "
                    "dipendenti a usarlo. Risponde ai dubbi, segnala i nuovi servizi e raccoglie i "
                    "suggerimenti. Puoi incontrarlo anche agli sportelli fisici dei Comuni aderenti.",
                ),
            ),
            (
                "paragraph",
                (
                    "Aderire a una rete porta vantaggi anche oltre l'azienda. I servizi acquistati "
                    "dalle imprese sostengono cooperative e associazioni del territorio, che a loro "
                    "volta possono offrire prezzi più accessibili a tutti i cittadini. Il welfare "
                    "aziendale diventa così un pezzo del welfare di comunità, e la piccola impresa "
                    "diventa un attore riconosciuto della vita del paese."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Approfondimenti sulle reti di welfare territoriale e sulle esperienze delle "
                        "piccole e medie imprese.",
                    ),
                    (
                        "https://www.cnel.it/",
                        "CNEL",
                        "Il Consiglio nazionale dell'economia e del lavoro, che raccoglie l'archivio "
                        "dei contratti collettivi.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "small-businesses-and-local-welfare-networks",
            "title": "Small businesses and local welfare networks",
            "introduction": (
                "Welfare plans are not just for large companies. Through local networks, small "
                "businesses can offer services to their employees too, sharing costs, providers "
                "and expertise."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "For a large company, setting up a welfare plan is relatively simple: it "
                        "has an HR department, a dedicated budget and often a company-level "
                        "agreement with the unions. For a small business with only a handful of "
                        "employees, things are more complicated. There is neither the time nor "
                        "the expertise to choose providers, and with so few staff it is hard to "
                        "get good terms. Yet it is precisely in small businesses, where working "
                        "relationships are close, that employees' wellbeing matters most."
                    ),
                ),
                ("heading", "What a local welfare network is"),
                (
                    "paragraph",
                    (
                        "A local welfare network brings together several businesses in the same "
                        "area, often alongside municipalities, trade associations, unions and "
                        "third-sector organisations. Member businesses share a platform, a "
                        "catalogue of services and sometimes a point of contact such as a "
                        "welfare manager. Members can count on agreements already in place with "
                        "local cooperatives and associations, instead of negotiating everything "
                        "on their own. Some networks are set up through a formal business "
                        "network contract, others through local agreements or projects promoted "
                        "by foundations and local authorities."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "We have twelve employees. On our own we could never have offered an "
                            "after-school service. When we joined the network, we found one "
                            "ready and waiting, a few minutes from our premises."
                        ),
                        "The owner of a small metalworking firm",
                    ),
                ),
                ("heading", "How to join, step by step"),
                (
                    "paragraph",
                    (
                        "The first step is to understand what employees need, for instance with "
                        "a short anonymous questionnaire: young children, elderly parents, long "
                        "commutes, health. The second is to decide what resources are available "
                        "and what form the plan will take, for example a set of company rules "
                        "that applies to all employees or to defined groups of them. The third "
                        "is to choose services from the network's catalogue, giving priority to "
                        "those that best match the needs that came up. Finally, it is important "
                        "to explain the plan well, because a service nobody knows about goes "
                        "unused."
                    ),
                ),
                (
                    "callout",
                    (
                        "The welfare manager's role",
                        (
                            "The network's welfare manager helps businesses put their plan "
                            "together and helps employees use it. They answer questions, flag "
                            "new services and collect suggestions. You can also meet them at the "
                            "help desks in the member municipalities."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Joining a network brings benefits beyond the business itself. The "
                        "services that businesses buy support local cooperatives and "
                        "associations, which in turn can offer more affordable prices to "
                        "everyone. Corporate welfare thus becomes part of community welfare, and "
                        "the small business becomes a recognised player in the life of the town."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "In-depth articles on local welfare networks and on the "
                                "experience of small and medium-sized businesses."
                            ),
                        ),
                        (
                            "https://www.cnel.it/",
                            "CNEL",
                            (
                                "The National Council for Economics and Labour, which keeps the "
                                "national archive of collective agreements."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "conciliazione-lavoro-e-cura-caregiver",
        "theme": "welfare-aziendale",
        "title": "Lavorare e prendersi cura: il welfare aziendale per chi assiste un familiare",
        "introduction": (
            "Molte lavoratrici e molti lavoratori assistono un genitore anziano o un familiare "
            "con disabilità. Orari flessibili, permessi e servizi del territorio aiutano a tenere "
            "insieme lavoro e cura."
        ),
        "date": "2025-10-14",
        "authors": ["luca-pavan", "marco-bellin"],
        "topics": ["welfare-aziendale", "lavoro", "famiglie", "assistenza-agli-invalidi"],
        "body": [
            (
                "paragraph",
                (
                    "Si chiamano caregiver familiari: sono le persone che si prendono cura, senza "
                    "essere pagate, di un familiare anziano, malato o con disabilità. Molti di loro "
                    "lavorano. Ogni giorno devono incastrare turni e riunioni con visite mediche, "
                    "pratiche burocratiche, pasti da preparare e notti interrotte. Spesso sono donne, "
                    "e spesso non ne parlano in azienda per paura di essere giudicate. Il risultato "
                    "può essere stanchezza, assenze impreviste e, nei casi più difficili, l'abbandono "
                    "del lavoro."
                ),
            ),
            ("heading", "Che cosa può fare l'azienda"),
            (
                "paragraph",
                (
                    "Il welfare aziendale offre diversi strumenti di conciliazione. Il primo riguarda "
                    "il tempo: orari flessibili, lavoro agile nei giorni più complicati, banca delle "
                    "ore, ferie solidali cedute dai colleghi quando il contratto lo prevede. Il "
                    "secondo riguarda i servizi: il credito welfare può coprire, nel rispetto delle "
                    "regole fiscali, spese per l'assistenza ai familiari anziani o non "
                    "autosufficienti, come assistenza domiciliare, centri diurni o soggiorni di "
                    "sollievo. Il terzo riguarda l'ascolto: uno sportello interno o un servizio di "
                    "consulenza psicologica può aiutare chi si sente sopraffatto."
                ),
            ),
            (
                "quote",
                (
                    "Quando mia madre si è ammalata pensavo di dover lasciare il lavoro. Il welfare "
                    "manager mi ha aiutato a trovare un centro diurno vicino a casa e ora entro in "
                    "reparto un'ora più tardi due giorni a settimana.",
                    "Un operaio di un'azienda aderente",
                ),
            ),
            ("heading", "Diritti da conoscere e servizi da cercare"),
            (
                "paragraph",
                (
                    "Accanto alle scelte dell'azienda ci sono i diritti previsti dalla legge. Chi "
                    "assiste un familiare con disabilità grave può avere diritto a permessi "
                    "retribuiti, secondo la cosiddetta legge 104, e in alcuni casi a un congedo "
                    "straordinario. Le regole dipendono dalla situazione della persona assistita e dal "
                    "grado di parentela: per questo conviene informarsi presso l'INPS, un patronato o "
                    "l'ufficio del personale. Sul territorio, inoltre, i servizi sociali dei Comuni, "
                    "l'azienda sanitaria e le cooperative offrono assistenza domiciliare, centri "
                    "diurni e gruppi di auto mutuo aiuto per caregiver."
                ),
            ),
            (
                "callout",
                (
                    "Un consiglio pratico",
                    "Prepara una cartellina con i documenti principali della persona che assisti: "
                    "verbale di invalidità, terapie in corso, contatti del medico di famiglia. Ti farà "
                    "risparmiare tempo sia allo sportello sia in caso di emergenza.",
                ),
            ),
            (
                "paragraph",
                (
                    "Nel catalogo del portale puoi cercare i servizi per caregiver filtrando per "
                    "Comune e per pilastro, e vedere subito quali accettano il credito welfare "
                    "aziendale. Parlarne in azienda non è un segno di debolezza: è il primo passo per "
                    "trovare insieme una soluzione che funzioni per te, per la persona che assisti e "
                    "per il tuo lavoro."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Il sito dell'Istituto nazionale della previdenza sociale, con le schede su "
                        "permessi e congedi per chi assiste familiari con disabilità.",
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        "L'azienda sanitaria della provincia di Padova, con informazioni su "
                        "assistenza domiciliare e servizi per la non autosufficienza.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "work-and-care-corporate-welfare-for-caregivers",
            "title": "Working and caring: corporate welfare for people who look after a relative",
            "introduction": (
                "Many employees look after an elderly parent or a relative with a disability. "
                "Flexible hours, leave and local services help them combine work and care."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "They are called family caregivers: people who, without being paid, look "
                        "after a relative who is elderly, ill or has a disability. Many of them also "
                        "work. Every day they have to fit shifts and meetings around medical "
                        "appointments, paperwork, meals to prepare and broken nights. They are often "
                        "women, and they often say nothing at work for fear of being judged. The "
                        "result can be exhaustion, unplanned absences and, in the hardest cases, "
                        "leaving their job."
                    ),
                ),
                ("heading", "What the company can do"),
                (
                    "paragraph",
                    (
                        "Corporate welfare offers several work-life balance tools. The first is about "
                        "time: flexible hours, remote working on the most difficult days, time "
                        "banking, and solidarity leave donated by colleagues where the collective "
                        "agreement allows it. The second is about services: within the tax rules, "
                        "welfare credit can cover the cost of care for older or dependent relatives, "
                        "such as home care, day centres or respite stays. The third is about "
                        "listening: an in-house help desk or a psychological counselling service can "
                        "support those who feel overwhelmed."
                    ),
                ),
                (
                    "quote",
                    (
                        "When my mother fell ill I thought I would have to quit my job. The welfare "
                        "manager helped me find a day centre near home, and now I start my shift an "
                        "hour later two days a week.",
                        "A factory worker at a member company",
                    ),
                ),
                ("heading", "Rights to know and services to look for"),
                (
                    "paragraph",
                    (
                        "Alongside the company's choices there are rights set by law. People caring "
                        "for a relative with a severe disability may be entitled to paid leave under "
                        "the so-called Law 104 and, in some cases, to extraordinary leave. The rules "
                        "depend on the situation of the person being cared for and on the family "
                        "relationship, so it is worth asking INPS, a patronato advice centre or the "
                        "HR office. Locally, the municipalities' social services, the health "
                        "authority and cooperatives also offer home care, day centres and self-help "
                        "groups for caregivers."
                    ),
                ),
                (
                    "callout",
                    (
                        "A practical tip",
                        "Keep a folder with the main documents of the person you care for: the "
                        "disability assessment, current treatments and the GP's contact details. It "
                        "will save you time both at the help desk and in an emergency.",
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In the portal's catalogue you can search for caregiver services by "
                        "municipality and by pillar, and see straight away which ones accept "
                        "corporate welfare credit. Talking about it at work is not a sign of "
                        "weakness: it is the first step towards finding, together, a solution that "
                        "works for you, for the person you care for and for your job."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.inps.it/",
                            "INPS",
                            "The website of the National Social Security Institute, with information "
                            "on leave and permits for people caring for relatives with disabilities.",
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            "The local health authority for the province of Padova, with information "
                            "on home care and services for dependent people.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "spendere-il-credito-welfare-nei-servizi-del-territorio",
        "theme": "welfare-aziendale",
        "title": "Spendere il credito welfare nei servizi del territorio",
        "introduction": (
            "Il credito welfare aziendale può finanziare anche servizi di cooperative sociali, "
            "associazioni e Comuni. Un vantaggio per i dipendenti, per le loro famiglie e per la "
            "comunità locale."
        ),
        "date": "2026-01-20",
        "authors": ["luca-pavan"],
        "topics": ["welfare-aziendale", "welfare-di-comunita"],
        "body": [
            (
                "paragraph",
                (
                    "Molti piani di welfare aziendale si appoggiano a grandi piattaforme nazionali, "
                    "con cataloghi ricchi di buoni acquisto e offerte online. Sono strumenti comodi, "
                    "ma rischiano di lasciare fuori i servizi più utili alla vita quotidiana: il nido "
                    "sotto casa, il centro estivo del paese, la fisioterapia della cooperativa del "
                    "quartiere. Collegare il piano ai servizi del territorio significa dare ai "
                    "dipendenti risposte vicine e concrete."
                ),
            ),
            ("heading", "Quali servizi locali si possono includere"),
            (
                "paragraph",
                (
                    "Nel catalogo del portale molte schede indicano che il servizio è utilizzabile con "
                    "il credito welfare aziendale. Si trovano, per esempio, servizi educativi per la "
                    "prima infanzia, doposcuola e centri estivi gestiti da cooperative sociali; "
                    "percorsi di sostegno psicologico e di prevenzione; attività sportive e culturali "
                    "organizzate da associazioni; servizi di assistenza domiciliare per familiari "
                    "anziani. Anche alcuni servizi comunali, come le rette dei nidi o dei centri "
                    "estivi, possono rientrare nelle spese rimborsabili, se il piano aziendale lo "
                    "prevede."
                ),
            ),
            (
                "quote",
                (
                    "Per la nostra cooperativa, lavorare con le imprese della rete ha voluto dire "
                    "farci conoscere da famiglie che non sarebbero mai arrivate ai nostri servizi. E "
                    "con le entrate in più abbiamo tenuto basse le tariffe per tutti.",
                    "La coordinatrice di una cooperativa sociale del Camposampierese",
                ),
            ),
            ("heading", "Come funziona in pratica"),
            (
                "paragraph",
                (
                    "I modi più comuni sono due. Nel primo, il servizio è presente sulla piattaforma "
                    "welfare dell'azienda: il dipendente lo sceglie, il credito viene scalato e il "
                    "fornitore viene pagato direttamente. Nel secondo, il dipendente paga il servizio "
                    "e chiede poi il rimborso tramite la piattaforma, allegando la fattura o la "
                    "ricevuta intestata correttamente. In entrambi i casi è importante che il "
                    "documento di spesa indichi con chiarezza il servizio, il periodo e la persona che "
                    "ne ha beneficiato, per esempio il figlio o il genitore."
                ),
            ),
            (
                "callout",
                (
                    "Per le imprese e per i fornitori",
                    "Se la tua azienda vuole includere i servizi del territorio, contatta il welfare "
                    "manager della rete. Se sei una cooperativa o un'associazione, puoi chiedere di "
                    "indicare sulla tua scheda che il servizio è utilizzabile con il credito welfare.",
                ),
            ),
            (
                "paragraph",
                (
                    "Questo collegamento crea un circolo virtuoso. I dipendenti trovano servizi di "
                    "qualità vicino a casa, le imprese vedono usato meglio il loro investimento, "
                    "cooperative e associazioni hanno entrate più stabili e possono migliorare "
                    "l'offerta per tutti. È un esempio concreto di come il pilastro aziendale e quello "
                    "di comunità possano rafforzarsi a vicenda."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.confcooperative.it/",
                        "Confcooperative",
                        "La confederazione delle cooperative italiane, con informazioni sulla "
                        "cooperazione sociale.",
                    ),
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Guide e circolari sul trattamento fiscale dei servizi di welfare per i "
                        "dipendenti.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le politiche per il sociale, la famiglia e il "
                        "lavoro.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "spending-welfare-credit-on-local-services",
            "title": "Spending your welfare credit on local services",
            "introduction": (
                "Corporate welfare credit can also pay for services run by social cooperatives, "
                "associations and municipalities. That benefits employees, their families and "
                "the local community."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Many corporate welfare plans rely on large national platforms, with "
                        "catalogues full of shopping vouchers and online offers. They are "
                        "convenient, but they risk leaving out the services that matter most in "
                        "everyday life: the nursery round the corner, the village summer camp, "
                        "the physiotherapy offered by the neighbourhood cooperative. Linking the "
                        "plan to local services means giving employees practical answers close "
                        "to home."
                    ),
                ),
                ("heading", "Which local services can be included"),
                (
                    "paragraph",
                    (
                        "In the portal's catalogue, many service pages state that the service "
                        "can be paid for with corporate welfare credit. They include, for "
                        "example, early-childhood education, after-school clubs and summer camps "
                        "run by social cooperatives; psychological support and prevention "
                        "programmes; sports and cultural activities organised by associations; "
                        "and home care for elderly relatives. Some municipal services, such as "
                        "nursery or summer camp fees, can also count as reimbursable expenses if "
                        "the company plan allows it."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "For our cooperative, working with the network's companies meant "
                            "reaching families who would never have found their way to our "
                            "services. And the extra income let us keep our prices low for "
                            "everyone."
                        ),
                        "The coordinator of a social cooperative in the Camposampiero area",
                    ),
                ),
                ("heading", "How it works in practice"),
                (
                    "paragraph",
                    (
                        "There are two common ways. In the first, the service is listed on the "
                        "company's welfare platform: the employee chooses it, the credit is "
                        "deducted and the provider is paid directly. In the second, the employee "
                        "pays for the service and then claims a refund through the platform, "
                        "attaching a correctly made out invoice or receipt. Either way, the "
                        "receipt must clearly state the service, the period and the person who "
                        "used it, for example the employee's child or parent."
                    ),
                ),
                (
                    "callout",
                    (
                        "For companies and providers",
                        (
                            "If your company wants to include local services, contact the "
                            "network's welfare manager. If you are a cooperative or an "
                            "association, you can ask for your service page to show that the "
                            "service can be paid for with welfare credit."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "This link creates a virtuous circle. Employees find good services close "
                        "to home, companies see their investment put to better use, and "
                        "cooperatives and associations gain steadier income and can improve what "
                        "they offer to everyone. It is a concrete example of how the corporate "
                        "pillar and the community pillar can strengthen each other."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.confcooperative.it/",
                            "Confcooperative",
                            (
                                "The confederation of Italian cooperatives, with information on "
                                "social cooperation."
                            ),
                        ),
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Italian Revenue Agency",
                            (
                                "Guides and circulars on the tax treatment of welfare services "
                                "for employees."
                            ),
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Veneto Region",
                            (
                                "The regional portal, with its policies on social affairs, "
                                "families and employment."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
]
