"""Demo articles, part E: local services and access.

Original editorial content written for this portal. People quoted are fictional.
Each entry's "en" body mirrors the Italian body block by block.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: servizi-territoriali
    # ------------------------------------------------------------------
    {
        "slug": "spid-cie-e-deleghe-servizi-online-del-comune",
        "theme": "servizi-territoriali",
        "title": "SPID, CIE e deleghe: usare i servizi online del Comune, anche per un familiare",
        "introduction": (
            "Con SPID o con la carta d'identità elettronica si entra nei servizi online del "
            "Comune. Ecco come funzionano, come agire per conto di un familiare e a chi chiedere "
            "aiuto se un'identità digitale non ce l'hai."
        ),
        "date": "2026-07-07",
        "authors": ["giulia-ferraro"],
        "topics": ["accesso-ai-servizi", "famiglie", "anziani"],
        "body": [
            (
                "paragraph",
                (
                    "Iscrivere un figlio alla mensa scolastica, chiedere un certificato, fare "
                    "domanda per un contributo o per l'assistenza domiciliare: molti servizi dei "
                    "Comuni oggi passano dal web. Per entrare serve un'identità digitale, che "
                    "permette all'ente di sapere con certezza chi sta presentando la richiesta. Le "
                    "due più diffuse sono SPID, il Sistema pubblico di identità digitale, e la "
                    "CIE, la carta d'identità elettronica. Le stesse credenziali valgono anche sui "
                    "siti delle altre amministrazioni pubbliche, dall'INPS all'Agenzia delle "
                    "Entrate."
                ),
            ),
            ("heading", "SPID o CIE: quale usare"),
            (
                "paragraph",
                (
                    "SPID si richiede a uno dei gestori accreditati, scegliendo come farsi "
                    "riconoscere: di persona oppure a distanza. La CIE si chiede all'ufficio "
                    "anagrafe del proprio Comune, di solito quando scade la vecchia carta; con la "
                    "richiesta e la consegna si ricevono i codici PIN e PUK, che servono per "
                    "usarla online, per esempio con lo smartphone e l'app ufficiale. Vanno bene "
                    "entrambe, e averle tutte e due è utile: se un giorno lo SPID non funziona, la "
                    "CIE fa da riserva."
                ),
            ),
            ("heading", "Agire per conto di un familiare"),
            (
                "paragraph",
                (
                    "Le credenziali sono strettamente personali: non si usano lo SPID o la CIE di "
                    "un'altra persona, nemmeno di un genitore anziano che ce lo chiede. Per "
                    "aiutarlo ci sono strade corrette. Molti servizi comunali accettano domande "
                    "presentate su delega: l'interessato firma un modulo, che si allega alla "
                    "richiesta con la copia del suo documento d'identità. Per i servizi dell'INPS, "
                    "inoltre, si può registrare una delega dell'identità digitale, che permette a "
                    "una persona di fiducia di operare con le proprie credenziali per conto di chi "
                    "la indica."
                ),
            ),
            (
                "paragraph",
                (
                    "Quando una persona non è più in grado di occuparsi dei propri interessi, un "
                    "giudice può nominare un amministratore di sostegno o, nei casi più gravi, un "
                    "tutore. Sono loro a presentare le domande al Comune, nei limiti stabiliti dal "
                    "provvedimento di nomina, che va allegato. Ogni situazione è diversa: conviene "
                    "chiedere consiglio ai servizi sociali."
                ),
            ),
            (
                "quote",
                (
                    "Tanti figli arrivano convinti di poter usare lo SPID della mamma. Spieghiamo "
                    "che c'è un modo più sicuro e compiliamo la delega insieme, in pochi minuti.",
                    "Un'operatrice dell'ufficio relazioni con il pubblico di un Comune padovano",
                ),
            ),
            ("heading", "Se l'identità digitale non ce l'hai"),
            (
                "paragraph",
                (
                    "Nessuno deve restare escluso. Negli sportelli di welfare dei Comuni aderenti "
                    "e nei punti di facilitazione digitale gli operatori aiutano a richiedere SPID "
                    "o la CIE, a recuperare una password dimenticata o a compilare una domanda "
                    "passo per passo. Per molti servizi resta comunque possibile presentare la "
                    "richiesta di persona, allo sportello. Nel catalogo del portale la voce "
                    "«Accedi al servizio» di ogni scheda indica se si procede online, allo "
                    "sportello o in entrambi i modi."
                ),
            ),
            (
                "callout",
                (
                    "Un consiglio pratico",
                    "Annota in un posto sicuro il nome del tuo gestore SPID e tieni aggiornati "
                    "email e numero di cellulare collegati all'identità: servono per recuperare la "
                    "password e per ricevere i codici di accesso.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.spid.gov.it/",
                        "SPID",
                        "Il sito ufficiale del Sistema pubblico di identità digitale, con l'elenco "
                        "dei gestori e le istruzioni per richiederlo.",
                    ),
                    (
                        "https://www.cartaidentita.interno.gov.it/",
                        "Carta d'identità elettronica",
                        "Il sito del Ministero dell'Interno dedicato alla CIE: come richiederla e "
                        "come usarla per i servizi online.",
                    ),
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Il sito dell'Istituto nazionale della previdenza sociale, con le "
                        "informazioni sulla delega dell'identità digitale.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "spid-cie-and-delegation-municipal-online-services",
            "title": (
                "SPID, CIE and delegation: using your municipality's online services, "
                "including for a relative"
            ),
            "introduction": (
                "With SPID or the electronic identity card you can log in to the municipality's "
                "online services. Here is how they work, how to act on behalf of a relative and "
                "where to get help if you do not have a digital identity."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Enrolling a child for school meals, requesting a certificate, applying "
                        "for a grant or for home care: many municipal services now go through "
                        "the web. To log in you need a digital identity, which lets the public "
                        "body know for certain who is making the request. The two most common "
                        "are SPID, the Public Digital Identity System, and the CIE, the "
                        "electronic identity card. The same credentials also work on the "
                        "websites of other public administrations, from INPS to the Revenue "
                        "Agency."
                    ),
                ),
                ("heading", "SPID or CIE: which to use"),
                (
                    "paragraph",
                    (
                        "You apply for SPID through one of the accredited providers, choosing how "
                        "to have your identity checked: in person or remotely. You request the "
                        "CIE from the registry office of your own municipality, usually when your "
                        "old card expires; when you apply and when the card is delivered you "
                        "receive the PIN and PUK codes you need to use it online, for example with "
                        "a smartphone and the official app. Either will do, and having both is "
                        "useful: if SPID ever stops working, the CIE acts as a back-up."
                    ),
                ),
                ("heading", "Acting on behalf of a relative"),
                (
                    "paragraph",
                    (
                        "Credentials are strictly personal: you must not use someone else's SPID "
                        "or CIE, not even those of an elderly parent who asks you to. There are "
                        "proper ways to help them. Many municipal services accept applications "
                        "made under a delegation: the person concerned signs a form, which is "
                        "attached to the application together with a copy of their identity "
                        "document. For INPS services you can also register a delegation of digital "
                        "identity, which lets a trusted person act with their own credentials on "
                        "behalf of the person who names them."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "When someone is no longer able to look after their own affairs, a judge "
                        "can appoint a support administrator (amministratore di sostegno) or, in "
                        "the most serious cases, a guardian (tutore). They are the ones who "
                        "submit applications to the municipality, within the limits set by the "
                        "appointment order, which must be attached. Every situation is "
                        "different: it is worth asking the social services for advice."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Lots of sons and daughters come in convinced they can use their "
                            "mum's SPID. We explain that there is a safer way and fill in the "
                            "delegation form together, in a few minutes."
                        ),
                        "A member of staff at the public relations office (URP) of a municipality "
                        "near Padova",
                    ),
                ),
                ("heading", "If you do not have a digital identity"),
                (
                    "paragraph",
                    (
                        "No one should be left out. At the welfare help desks of the member "
                        "municipalities and at digital support points, staff help people apply "
                        "for SPID or the CIE, recover a forgotten password or fill in an "
                        "application step by step. For many services you can still apply in "
                        "person, at the desk. In the portal's catalogue, the «Access the "
                        "service» section of each service page shows whether you apply online, "
                        "at a desk or either way."
                    ),
                ),
                (
                    "callout",
                    (
                        "A practical tip",
                        (
                            "Write down the name of your SPID provider somewhere safe and keep "
                            "the email address and mobile number linked to your identity up to "
                            "date: you need them to recover your password and to receive login "
                            "codes."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.spid.gov.it/",
                            "SPID",
                            (
                                "The official website of the Public Digital Identity System, "
                                "with the list of providers and instructions on how to apply."
                            ),
                        ),
                        (
                            "https://www.cartaidentita.interno.gov.it/",
                            "Carta d'identità elettronica (electronic identity card)",
                            (
                                "The Ministry of the Interior's website on the CIE: how to apply "
                                "for it and how to use it for online services."
                            ),
                        ),
                        (
                            "https://www.inps.it/",
                            "INPS",
                            (
                                "The website of the National Social Security Institute, with "
                                "information on delegating digital identity."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "piano-di-zona-ambito-territoriale-sociale",
        "theme": "servizi-territoriali",
        "title": "Il Piano di zona: come i Comuni progettano insieme i servizi sociali",
        "introduction": (
            "I servizi sociali non si decidono Comune per Comune. Con il Piano di zona i Comuni di "
            "un territorio, l'azienda sanitaria e il terzo settore programmano insieme, e anche i "
            "cittadini possono dire la loro."
        ),
        "date": "2026-09-22",
        "authors": ["chiara-zanon", "marco-bellin"],
        "topics": ["assistenza-sociale", "welfare-di-comunita", "trasparenza"],
        "body": [
            (
                "paragraph",
                (
                    "Un piccolo Comune, da solo, difficilmente riesce a offrire un centro diurno, "
                    "un servizio per le famiglie affidatarie o un progetto per i giovani senza "
                    "lavoro. Per questo la Legge 328 del 2000, la legge quadro sul sistema "
                    "integrato di interventi e servizi sociali, chiede ai Comuni di lavorare "
                    "insieme su un'area più ampia, l'ambito territoriale sociale. Lo strumento con "
                    "cui l'ambito decide che cosa fare, per chi e con quali risorse si chiama "
                    "Piano di zona."
                ),
            ),
            ("heading", "Chi lo scrive"),
            (
                "paragraph",
                (
                    "Il Piano di zona nasce da un lavoro comune. I sindaci dell'ambito ne fissano "
                    "le priorità, mentre l'azienda sanitaria porta le competenze sui servizi "
                    "sociosanitari, come quelli per la disabilità, la non autosufficienza o la "
                    "salute mentale. Al percorso partecipano anche cooperative sociali, "
                    "associazioni, volontariato, sindacati e altre realtà locali. Il piano viene "
                    "approvato con un accordo tra gli enti e vale per più anni, con aggiornamenti "
                    "periodici. In Veneto, dove sociale e sanitario collaborano da tempo, la "
                    "programmazione si costruisce in stretto raccordo con l'azienda ULSS e con i "
                    "suoi distretti."
                ),
            ),
            ("heading", "Che cosa contiene"),
            (
                "paragraph",
                (
                    "Un Piano di zona descrive prima di tutto i bisogni del territorio: quante "
                    "persone anziane vivono sole, quante famiglie sono in difficoltà, quali "
                    "servizi mancano o hanno liste d'attesa lunghe. Poi indica gli obiettivi, i "
                    "servizi da mantenere o da avviare, chi li gestisce e con quali fondi, che "
                    "arrivano dallo Stato, dalla Regione, dai Comuni e talvolta da programmi "
                    "europei. Di solito è organizzato per aree: famiglia e minori, anziani, "
                    "disabilità, dipendenze, povertà e inclusione sociale."
                ),
            ),
            (
                "quote",
                (
                    "Al tavolo sugli anziani abbiamo portato quello che vediamo ogni giorno nelle "
                    "case. Qualche mese dopo, nel piano c'era il trasporto per le visite mediche "
                    "che prima mancava.",
                    "Una volontaria di un'associazione del Piovese",
                ),
            ),
            ("heading", "Come partecipare e come seguirlo"),
            (
                "paragraph",
                (
                    "Mentre il piano prende forma, l'ambito organizza di solito tavoli tematici "
                    "aperti alle organizzazioni del territorio e, a volte, incontri pubblici o "
                    "questionari online. Chi fa parte di un'associazione o di un comitato può "
                    "chiedere di prendervi parte. Una volta approvato, il piano è un documento "
                    "pubblico: si trova sui siti dei Comuni o dell'azienda sanitaria, e i rapporti "
                    "periodici permettono di verificare che cosa è stato fatto davvero."
                ),
            ),
            (
                "paragraph",
                (
                    "Anche il nostro portale dà il suo contributo. Le richieste raccolte agli "
                    "sportelli e le ricerche senza risultato nel catalogo aiutano a capire dove "
                    "l'offerta è scarsa, e queste informazioni arrivano a chi siede ai tavoli."
                ),
            ),
            (
                "callout",
                (
                    "Per seguire il piano",
                    "Cerca «Piano di zona» sul sito del tuo Comune o dell'azienda ULSS e chiedi "
                    "all'ufficio servizi sociali quando si riuniscono i tavoli tematici. Se hai "
                    "una proposta, falla arrivare tramite un'associazione che vi partecipa.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni nazionali sulla programmazione sociale, sui fondi e sui "
                        "livelli essenziali delle prestazioni.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le linee guida e gli atti sulla "
                        "programmazione sociale e sociosanitaria.",
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        "L'azienda sanitaria della provincia di Padova, con le informazioni sui "
                        "distretti e sui servizi sociosanitari.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "local-social-plan-how-municipalities-plan-together",
            "title": (
                "The local social plan (Piano di zona): how municipalities plan social services "
                "together"
            ),
            "introduction": (
                "Social services are not decided one municipality at a time. Through the Piano "
                "di zona (local social plan), the municipalities of an area, the health authority "
                "and the third sector plan together, and citizens can have their say too."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "A small municipality on its own will struggle to offer a day centre, a "
                        "service for foster families or a project for young people out of work. "
                        "That is why Law 328 of 2000, the framework law on the integrated system "
                        "of social interventions and services, asks municipalities to work "
                        "together across a wider area, the social district (ambito territoriale "
                        "sociale). The tool the district uses to decide what to do, for whom and "
                        "with what resources is called the Piano di zona."
                    ),
                ),
                ("heading", "Who writes it"),
                (
                    "paragraph",
                    (
                        "The Piano di zona is the result of joint work. The mayors of the "
                        "district set its priorities, while the health authority brings its "
                        "expertise on social and health care services, such as those for "
                        "disability, long-term care or mental health. Social cooperatives, "
                        "associations, volunteer groups, trade unions and other local bodies "
                        "also take part. The plan is approved through an agreement between the "
                        "public bodies and runs for several years, with periodic updates. In "
                        "Veneto, where social services and health care have long worked "
                        "together, planning is carried out in close coordination with the ULSS "
                        "health authority and its districts."
                    ),
                ),
                ("heading", "What it contains"),
                (
                    "paragraph",
                    (
                        "A Piano di zona first describes the needs of the area: how many older "
                        "people live alone, how many families are struggling, which services are "
                        "missing or have long waiting lists. It then sets out the objectives, "
                        "the services to keep or to launch, who runs them and with what funding, "
                        "which comes from the State, the Region, the municipalities and "
                        "sometimes European programmes. It is usually organised by area: family "
                        "and children, older people, disability, addiction, poverty and social "
                        "inclusion."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "We brought to the working group on older people what we see every "
                            "day in people's homes. A few months later, the plan included the "
                            "transport to medical appointments that had been missing."
                        ),
                        "A volunteer with an association in the Piove di Sacco area",
                    ),
                ),
                ("heading", "How to take part and how to follow it"),
                (
                    "paragraph",
                    (
                        "While the plan is being drawn up, the district usually sets up thematic "
                        "working groups open to local organisations and, sometimes, public "
                        "meetings or online questionnaires. Members of an association or a "
                        "committee can ask to join in. Once approved, the plan is a public "
                        "document: you can find it on the websites of the municipalities or the "
                        "health authority, and periodic reports make it possible to check what "
                        "has actually been done."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Our portal plays its part too. The requests collected at the help desks "
                        "and the catalogue searches that return no results help to show where "
                        "provision is thin, and this information reaches the people who sit on "
                        "the working groups."
                    ),
                ),
                (
                    "callout",
                    (
                        "To follow the plan",
                        (
                            "Search for «Piano di zona» on your municipality's or the ULSS "
                            "health authority's website and ask the social services office when "
                            "the thematic working groups meet. If you have a proposal, pass it "
                            "on through an association that takes part."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche Sociali (Ministry of Labour "
                            "and Social Policies)",
                            (
                                "National information on social planning, funding and the "
                                "essential levels of social services."
                            ),
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            (
                                "The regional portal, with guidelines and official acts on "
                                "social and health care planning."
                            ),
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            (
                                "The health authority for the province of Padova, with "
                                "information on its districts and on social and health care "
                                "services."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "voucher-di-servizio-e-fornitori-accreditati",
        "theme": "servizi-territoriali",
        "title": "Buoni e voucher di servizio: scegliere tra i fornitori accreditati",
        "introduction": (
            "Con un voucher il Comune non gestisce direttamente il servizio: è la famiglia a "
            "scegliere a chi rivolgersi tra i fornitori accreditati. Come funziona, come si chiede "
            "e che cosa controlla il Comune."
        ),
        "date": "2026-11-17",
        "authors": ["marco-bellin"],
        "topics": ["accesso-ai-servizi", "assistenza-sociale", "famiglie"],
        "body": [
            (
                "paragraph",
                (
                    "Per servizi come l'assistenza domiciliare, i centri estivi o il sostegno "
                    "educativo, alcuni Comuni hanno scelto una strada diversa dalla gestione "
                    "diretta o dall'affidamento a un unico gestore. Riconoscono alla famiglia un "
                    "buono, spesso chiamato voucher, che paga in tutto o in parte un servizio. La "
                    "famiglia lo usa presso uno dei fornitori che il Comune ha accreditato. Questa "
                    "possibilità è prevista dalla Legge 328 del 2000, che parla di titoli per "
                    "l'acquisto di servizi sociali. Le parole cambiano da Comune a Comune: conta "
                    "quello che c'è scritto nell'avviso."
                ),
            ),
            ("heading", "Che cosa significa accreditato"),
            (
                "paragraph",
                (
                    "Un fornitore accreditato è una cooperativa, un'associazione o un'impresa che "
                    "ha dimostrato di avere i requisiti richiesti: personale qualificato, "
                    "esperienza, regole chiare su orari, sostituzioni e reclami. Per le strutture, "
                    "come un centro diurno, serve prima di tutto l'autorizzazione al "
                    "funzionamento, che riguarda i requisiti minimi per operare; l'accreditamento "
                    "aggiunge standard di qualità e permette di lavorare per conto dell'ente "
                    "pubblico. I criteri sono fissati dalla Regione e dai Comuni, che pubblicano "
                    "l'elenco dei fornitori accreditati."
                ),
            ),
            ("heading", "Come si chiede"),
            (
                "paragraph",
                (
                    "Di solito si parte da un colloquio con l'assistente sociale oppure da una "
                    "domanda sul sito del Comune, in risposta a un avviso pubblico. Il Comune "
                    "verifica i requisiti, come la residenza e, quando previsto, l'ISEE, e valuta "
                    "il bisogno della persona. Se la domanda è accolta, comunica il valore del "
                    "voucher, la durata e l'eventuale quota a carico della famiglia. A quel punto "
                    "si sceglie il fornitore, si concorda con lui un programma di interventi e il "
                    "servizio può partire. In genere è il Comune a pagare direttamente il "
                    "fornitore."
                ),
            ),
            (
                "quote",
                (
                    "Con il voucher ho potuto scegliere la cooperativa che già seguiva mio padre. "
                    "Per lui cambiare di nuovo le persone di riferimento sarebbe stato difficile.",
                    "Una figlia che assiste il padre anziano, a Limena",
                ),
            ),
            ("heading", "Che cosa controlla il Comune"),
            (
                "paragraph",
                (
                    "Il Comune fa da garante in più momenti. Prima di inserire un fornitore "
                    "nell'elenco, controlla che abbia i requisiti per l'accreditamento. Durante il "
                    "servizio verifica che le prestazioni pagate siano state svolte davvero, "
                    "raccoglie segnalazioni e reclami e può proporre alle famiglie questionari di "
                    "soddisfazione. Se un fornitore non rispetta gli impegni, può essere sospeso o "
                    "escluso dall'elenco. La famiglia, a sua volta, può cambiare fornitore secondo "
                    "le regole previste dall'avviso."
                ),
            ),
            (
                "callout",
                (
                    "Prima di scegliere",
                    "Confronta i fornitori accreditati nel catalogo del portale: le schede "
                    "indicano Comuni serviti, orari e contatti. Chiedi sempre che cosa succede se "
                    "l'operatore è assente e con quanto preavviso si può spostare un intervento.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni nazionali sul sistema integrato di interventi e servizi "
                        "sociali.",
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        "Il portale della Regione, con le regole su autorizzazione e "
                        "accreditamento dei servizi sociali e sociosanitari.",
                    ),
                    (
                        "https://www.cantiereterzosettore.it/",
                        "Cantiere Terzo Settore",
                        "Il portale di informazione su enti del terzo settore, cooperative sociali "
                        "e rapporti con la pubblica amministrazione.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "service-vouchers-and-accredited-providers",
            "title": "Service vouchers: choosing among accredited providers",
            "introduction": (
                "With a voucher the municipality does not run the service itself: the family "
                "chooses whom to turn to among the accredited providers. How it works, how to "
                "apply and what the municipality checks."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "For services such as home care, summer camps or educational support, "
                        "some municipalities have chosen a different path from running the "
                        "service directly or contracting it out to a single operator. They give "
                        "the family a voucher (buono or voucher), which pays for all or part of "
                        "a service. The family uses it with one of the providers the "
                        "municipality has accredited. This option is provided for by Law 328 of "
                        "2000, which refers to vouchers for purchasing social services. The "
                        "terms vary from one municipality to another: what counts is what the "
                        "call for applications says."
                    ),
                ),
                ("heading", "What accredited means"),
                (
                    "paragraph",
                    (
                        "An accredited provider is a cooperative, an association or a business "
                        "that has shown it meets the required standards: qualified staff, "
                        "experience, clear rules on hours, replacements and complaints. Premises "
                        "such as a day centre first need an operating licence, which covers the "
                        "minimum requirements to operate; accreditation adds quality standards "
                        "and allows the provider to work on behalf of the public body. The "
                        "criteria are set by the Region and the municipalities, which publish "
                        "the list of accredited providers."
                    ),
                ),
                ("heading", "How to apply"),
                (
                    "paragraph",
                    (
                        "The process usually starts with a meeting with a social worker or with "
                        "an application on the municipality's website, in response to a public "
                        "call. The municipality checks the requirements, such as residence and, "
                        "where applicable, the ISEE, and assesses the person's needs. If the "
                        "application is accepted, it states the value of the voucher, how long "
                        "it lasts and any share the family has to pay. At that point you choose "
                        "the provider, agree a plan of visits or activities with them, and the "
                        "service can begin. As a rule, the municipality pays the provider "
                        "directly."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "With the voucher I was able to choose the cooperative that was "
                            "already looking after my father. Having to get used to new people "
                            "all over again would have been hard for him."
                        ),
                        "A daughter caring for her elderly father in Limena",
                    ),
                ),
                ("heading", "What the municipality checks"),
                (
                    "paragraph",
                    (
                        "The municipality acts as a guarantor at several stages. Before adding a "
                        "provider to the list, it checks that the provider meets the "
                        "requirements for accreditation. While the service is running, it checks "
                        "that the services paid for have actually been delivered, collects "
                        "reports and complaints, and may ask families to fill in satisfaction "
                        "questionnaires. If a provider does not keep its commitments, it can be "
                        "suspended or removed from the list. The family, for its part, can "
                        "change provider under the rules set out in the call."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you choose",
                        (
                            "Compare the accredited providers in the portal's catalogue: their "
                            "pages show the municipalities served, opening hours and contacts. "
                            "Always ask what happens if the care worker is absent and how much "
                            "notice you need to give to reschedule a visit."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche Sociali (Ministry of Labour "
                            "and Social Policies)",
                            (
                                "National information on the integrated system of social "
                                "interventions and services."
                            ),
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            (
                                "The regional portal, with the rules on licensing and "
                                "accreditation of social and social-health services."
                            ),
                        ),
                        (
                            "https://www.cantiereterzosettore.it/",
                            "Cantiere Terzo Settore",
                            (
                                "An information portal on third-sector organisations, social "
                                "cooperatives and their relations with public administration."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
]
