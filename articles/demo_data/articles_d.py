"""Demo articles, part D: corporate welfare.

Original editorial content written for this portal. People quoted are fictional.
Each entry's "en" body mirrors the Italian body block by block.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: welfare-aziendale
    # ------------------------------------------------------------------
    {
        "slug": "premio-di-risultato-in-welfare",
        "theme": "welfare-aziendale",
        "title": "Premio di risultato in welfare: come funziona la conversione",
        "introduction": (
            "Molti accordi aziendali permettono di ricevere il premio di risultato in servizi "
            "invece che in denaro. Che cosa significa, perché può convenire e a che cosa fare "
            "attenzione prima di scegliere."
        ),
        "date": "2026-06-23",
        "authors": ["luca-pavan"],
        "topics": ["welfare-aziendale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Il premio di risultato è una somma che l'azienda riconosce ai dipendenti "
                    "quando migliorano produttività, qualità, efficienza o innovazione, in modo "
                    "misurabile e verificabile. Per avere un trattamento fiscale "
                    "agevolato deve essere previsto da un contratto collettivo aziendale o "
                    "territoriale, firmato con i sindacati e depositato secondo le procedure del "
                    "Ministero del Lavoro. Pagato in denaro, il premio sconta un'imposta "
                    "sostitutiva più bassa di quella ordinaria, per chi rientra nei limiti di "
                    "reddito fissati dalla legge. Molti accordi, però, offrono una seconda strada: "
                    "trasformarlo, in tutto o in parte, in servizi di welfare."
                ),
            ),
            ("heading", "Perché i servizi valgono di più"),
            (
                "paragraph",
                (
                    "La differenza nasce dall'articolo 51 del Testo unico delle imposte sui "
                    "redditi (TUIR), che indica beni e servizi che non fanno parte del reddito di "
                    "lavoro dipendente: per esempio le spese per l'istruzione dei figli e per "
                    "l'assistenza ai familiari anziani o non autosufficienti, le attività "
                    "culturali, sportive e ricreative, gli abbonamenti al trasporto pubblico, i "
                    "versamenti alla previdenza complementare e all'assistenza sanitaria "
                    "integrativa. Se il premio viene convertito in questi servizi, entro i limiti "
                    "previsti dalla legge, non si pagano né l'imposta sostitutiva né i contributi "
                    "previdenziali. Cento euro scelti in welfare restano cento euro da spendere, "
                    "mentre in busta paga arrivano ridotti."
                ),
            ),
            (
                "quote",
                (
                    "Il primo anno ho preso tutto in busta paga senza pensarci. Poi ho fatto due "
                    "conti con il welfare manager e ho messo una parte del premio sulle rette del "
                    "nido di mio figlio.",
                    "Un magazziniere di un'azienda di Vigodarzere",
                ),
            ),
            ("heading", "Come si sceglie"),
            (
                "paragraph",
                (
                    "Di solito l'azienda comunica l'importo del premio maturato e apre un periodo "
                    "in cui ciascun dipendente indica, sulla piattaforma welfare o con un modulo, "
                    "quanta parte vuole ricevere in servizi. La scelta spetta al lavoratore: "
                    "nessuno può essere obbligato a rinunciare al denaro. La quota convertita "
                    "diventa credito sul conto welfare personale e si usa come il resto del piano, "
                    "anche per le spese dei familiari."
                ),
            ),
            ("heading", "Scadenze, credito non speso e pensione"),
            (
                "paragraph",
                (
                    "Il credito ha quasi sempre una scadenza, e che cosa succede alla parte non "
                    "spesa lo stabilisce l'accordo aziendale. In alcuni casi il residuo viene "
                    "pagato in busta paga, con la tassazione prevista per il premio in denaro; in "
                    "altri si può usare nel periodo successivo; in altri ancora va perso. C'è poi "
                    "un aspetto che pochi considerano: proprio perché sulla quota convertita non "
                    "si versano contributi, quella somma non conta per la futura pensione "
                    "pubblica. Per importi contenuti l'effetto è piccolo, ma è giusto saperlo. La "
                    "conversione conviene soprattutto a chi ha già spese certe; chi ha bisogno di "
                    "liquidità può preferire il denaro."
                ),
            ),
            (
                "callout",
                (
                    "Prima di decidere",
                    "Chiedi all'ufficio del personale una simulazione: quanto riceveresti in busta "
                    "paga e quanto in credito welfare. Leggi nell'accordo la scadenza e le regole "
                    "sul residuo, poi pensa a spese che sosterresti comunque, come il centro "
                    "estivo o l'abbonamento all'autobus. Nel catalogo del portale trovi i servizi "
                    "della zona che accettano il credito.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Guide e circolari ufficiali sulla tassazione dei premi di risultato e sul "
                        "welfare aziendale.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni sulla contrattazione di secondo livello e sul deposito degli "
                        "accordi sui premi di produttività.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "taking-your-productivity-bonus-as-welfare",
            "title": "Taking your productivity bonus as welfare: how the conversion works",
            "introduction": (
                "Many company agreements let employees receive their productivity bonus as "
                "services instead of cash. What this means, why it can pay off and what to watch "
                "out for before you choose."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The productivity bonus (premio di risultato) is a sum the company pays to "
                        "its employees when productivity, quality, efficiency or innovation "
                        "improve in a way that can be measured and verified. To qualify for "
                        "favourable tax treatment, it must be provided for by a company-level or "
                        "local collective agreement, signed with the trade unions and filed "
                        "according to the procedures of the Ministry of Labour. Paid in cash, the "
                        "bonus is subject to a substitute tax lower than ordinary income tax, for "
                        "those within the income limits set by law. Many agreements, however, "
                        "offer a second option: turning it, wholly or partly, into welfare "
                        "services."
                    ),
                ),
                ("heading", "Why services are worth more"),
                (
                    "paragraph",
                    (
                        "The difference comes from Article 51 of the Consolidated Income Tax Act "
                        "(TUIR), which lists goods and services that do not count as employment "
                        "income: for example, spending on children's education and on care for "
                        "elderly or dependent relatives, cultural, sports and leisure activities, "
                        "public transport passes, and payments into supplementary pension and "
                        "supplementary health schemes. If the bonus is converted into these "
                        "services, within the limits set by law, neither the substitute tax nor "
                        "social security contributions are due. A hundred euros taken as welfare "
                        "remain a hundred euros to spend, whereas in your pay packet they "
                        "shrink."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "The first year I took it all in my pay packet without thinking. "
                            "Then I did the sums with the welfare manager and put part of the "
                            "bonus towards my son's nursery fees."
                        ),
                        "A warehouse worker at a company in Vigodarzere",
                    ),
                ),
                ("heading", "How the choice works"),
                (
                    "paragraph",
                    (
                        "Usually the company announces the amount of bonus earned and opens a "
                        "period during which each employee states, on the welfare platform or on "
                        "a form, how much of it they want to receive as services. The choice is "
                        "the worker's: nobody can be forced to give up the cash. The converted "
                        "share becomes credit in the employee's personal welfare account and is "
                        "used like the rest of the plan, including for family members' expenses."
                    ),
                ),
                ("heading", "Deadlines, unspent credit and pensions"),
                (
                    "paragraph",
                    (
                        "The credit almost always has an expiry date, and what happens to the "
                        "unspent part is set by the company agreement. In some cases the remainder "
                        "is paid in your pay packet, taxed as a cash bonus would be; in others it "
                        "can be used in the following period; in others still it is lost. There is "
                        "also an aspect few people consider: precisely because no contributions "
                        "are paid on the converted share, that sum does not count towards your "
                        "future state pension. For modest amounts the effect is small, but it is "
                        "right to know about it. Conversion pays off above all for people who "
                        "already know they will have certain expenses; those who need cash in "
                        "hand may prefer the money."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you decide",
                        (
                            "Ask the HR office for a simulation: how much you would receive in "
                            "your pay packet and how much as welfare credit. Read the expiry date "
                            "and the rules on leftover credit in the agreement, then think of "
                            "expenses you would have anyway, such as a summer camp or a bus "
                            "pass. In the portal's catalogue you can find local services that "
                            "accept the credit."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            (
                                "Official guides and circulars on the taxation of productivity "
                                "bonuses and on corporate welfare."
                            ),
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche Sociali (Ministry of Labour)",
                            (
                                "Information on company-level bargaining and on filing agreements "
                                "on productivity bonuses."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "welfare-contrattuale-cosa-prevede-il-tuo-contratto",
        "theme": "welfare-aziendale",
        "title": "Welfare contrattuale: i servizi che ti spettano per contratto",
        "introduction": (
            "Non tutto il welfare aziendale dipende da una scelta dell'impresa. Molti contratti "
            "collettivi riconoscono a ogni dipendente un valore annuo in servizi. Ecco come "
            "funziona e come scoprire se ti spetta."
        ),
        "date": "2026-09-08",
        "authors": ["chiara-zanon"],
        "topics": ["welfare-aziendale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Quando si parla di welfare aziendale si pensa spesso a un'iniziativa "
                    "dell'impresa. In realtà una parte importante nasce dalla contrattazione "
                    "collettiva: sindacati e associazioni dei datori di lavoro stabiliscono, nel "
                    "contratto nazionale di un settore o in un accordo firmato in azienda o sul "
                    "territorio, che i dipendenti ricevano ogni anno un certo valore in beni e "
                    "servizi. In questo caso si parla di welfare contrattuale. Non è un regalo, ma "
                    "una parte del trattamento previsto dal contratto, al pari della paga base o "
                    "delle ferie."
                ),
            ),
            ("heading", "L'esempio dei metalmeccanici"),
            (
                "paragraph",
                (
                    "Il caso più conosciuto è quello del contratto nazionale dei metalmeccanici "
                    "dell'industria, che con il rinnovo del 2016 ha introdotto i cosiddetti "
                    "flexible benefits: una somma annua che l'azienda mette a disposizione di ogni "
                    "lavoratore che ne ha diritto, da spendere in servizi di welfare, di solito "
                    "attraverso una piattaforma. Altri contratti nazionali prevedono strumenti "
                    "simili, oppure destinano risorse al fondo sanitario integrativo o alla "
                    "previdenza complementare di categoria. Importi, requisiti e tempi di utilizzo "
                    "sono scritti nel contratto e possono cambiare a ogni rinnovo."
                ),
            ),
            (
                "quote",
                (
                    "Ogni anno c'è qualcuno che scopre troppo tardi di avere un credito welfare "
                    "mai usato. Sarebbe bastata una domanda in ufficio o a noi delegati.",
                    "Un delegato sindacale di un'azienda metalmeccanica di Piove di Sacco",
                ),
            ),
            ("heading", "Che differenza c'è con un piano volontario"),
            (
                "paragraph",
                (
                    "Il piano volontario nasce da una decisione dell'impresa, di solito messa per "
                    "iscritto in un regolamento aziendale: è l'azienda a stabilire quanto mettere "
                    "a disposizione, per chi e con quali regole. Il welfare contrattuale, invece, "
                    "è un obbligo: se il contratto lo prevede, l'azienda deve riconoscerlo ai "
                    "dipendenti a cui quel contratto si applica e che hanno i requisiti previsti, "
                    "anche se non ha un piano proprio. Le due forme possono sommarsi. Una stessa "
                    "persona può avere il credito previsto dal contratto nazionale, una quota "
                    "decisa da un accordo aziendale e, se l'accordo lo consente, il premio di "
                    "risultato convertito in servizi. Per il fisco, i servizi riconosciuti per "
                    "contratto godono in genere degli stessi vantaggi del welfare volontario, "
                    "entro i limiti previsti dalla legge."
                ),
            ),
            ("heading", "Come scoprire che cosa ti spetta"),
            (
                "paragraph",
                (
                    "Il primo passo è sapere quale contratto collettivo ti viene applicato: di "
                    "solito è indicato nella lettera di assunzione e nella busta paga. Poi puoi "
                    "chiedere all'ufficio del personale o alle rappresentanze sindacali in azienda "
                    "se sono previsti flexible benefits, un fondo sanitario o altri strumenti di "
                    "welfare, e se esistono accordi aziendali o territoriali. Anche le sedi "
                    "sindacali della zona possono aiutarti a leggere il contratto. I "
                    "testi dei contratti nazionali si possono consultare nell'archivio del CNEL."
                ),
            ),
            (
                "callout",
                (
                    "Segna la scadenza",
                    "Il welfare previsto dal contratto va usato entro i tempi stabiliti. Controlla "
                    "il saldo sulla piattaforma e verifica che cosa succede alla parte non spesa. "
                    "Se non sai come usarlo, il welfare manager della rete può mostrarti i servizi "
                    "del catalogo che accettano il credito.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.cnel.it/",
                        "CNEL",
                        "Il Consiglio nazionale dell'economia e del lavoro, che custodisce "
                        "l'archivio nazionale dei contratti collettivi di lavoro.",
                    ),
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Analisi e ricerche sulla diffusione del welfare nei contratti nazionali e "
                        "negli accordi aziendali.",
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni ufficiali su contrattazione collettiva e rapporti di lavoro.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "contractual-welfare-services-your-agreement-gives-you",
            "title": "Contractual welfare: the services your collective agreement gives you",
            "introduction": (
                "Not all corporate welfare depends on a company's choice. Many collective "
                "agreements give every employee a yearly amount in services. Here is how it "
                "works and how to find out whether you are entitled to it."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "When people talk about corporate welfare, they often think of an "
                        "initiative taken by the company. In fact, a significant part of it comes "
                        "from collective bargaining: trade unions and employers' associations "
                        "agree, in a sector's national contract or in an agreement signed within a "
                        "company or for a local area, that employees will receive a certain value "
                        "in goods and services every year. This is called contractual welfare "
                        "(welfare contrattuale). It is not a gift, but part of the package set by "
                        "the contract, just like basic pay or holidays."
                    ),
                ),
                ("heading", "The example of the metalworkers"),
                (
                    "paragraph",
                    (
                        "The best-known case is the national contract for metalworkers in "
                        "industry, which introduced so-called flexible benefits with its 2016 "
                        "renewal: a yearly sum that the company makes available to every "
                        "entitled worker, to be spent on welfare services, usually through a "
                        "platform. Other national contracts provide similar tools, or direct "
                        "resources to the sector's supplementary health fund or supplementary "
                        "pension scheme. Amounts, eligibility and the time allowed for use are "
                        "written in the contract and may change at each renewal."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Every year someone finds out too late that they have welfare credit "
                            "they never used. One question to the office or to us union reps "
                            "would have been enough."
                        ),
                        "A union representative at a metalworking company in Piove di Sacco",
                    ),
                ),
                ("heading", "How it differs from a voluntary plan"),
                (
                    "paragraph",
                    (
                        "A voluntary plan comes from a decision by the company, usually put in "
                        "writing in a company regulation: the company decides how much to make "
                        "available, for whom and under what rules. Contractual welfare, on the "
                        "other hand, is an obligation: if the contract provides for it, the "
                        "company must grant it to the employees covered by that contract who meet "
                        "the requirements it sets, even if it has no plan of its own. The two can "
                        "add up. The same person may have the credit set by the national contract, "
                        "an amount agreed in a company agreement and, if the agreement allows it, "
                        "their productivity bonus converted into services. For tax purposes, "
                        "services granted under a contract generally enjoy the same advantages as "
                        "voluntary welfare, within the limits set by law."
                    ),
                ),
                ("heading", "How to find out what you are entitled to"),
                (
                    "paragraph",
                    (
                        "The first step is to know which collective agreement applies to you: it "
                        "is usually stated in your letter of appointment and on your payslip. "
                        "Then you can ask the HR office or the union representatives at work "
                        "whether there are flexible benefits, a health fund or other welfare "
                        "tools, and whether there are company-level or local agreements. Local "
                        "union offices can also help you read the "
                        "contract. The texts of national contracts can be consulted in the CNEL "
                        "archive."
                    ),
                ),
                (
                    "callout",
                    (
                        "Note the deadline",
                        (
                            "The welfare provided by your contract must be used within the set "
                            "time. Check your balance on the platform and find out what happens "
                            "to any unspent part. If you are not sure how to use it, the "
                            "network's welfare manager can show you the services in the "
                            "catalogue that accept the credit."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.cnel.it/",
                            "CNEL (National Council for Economics and Labour)",
                            (
                                "The body that keeps the national archive of collective labour "
                                "agreements."
                            ),
                        ),
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "Analysis and research on how welfare is spreading in national "
                                "contracts and company agreements."
                            ),
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche Sociali (Ministry of Labour)",
                            (
                                "Official information on collective bargaining and employment "
                                "relationships."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "costruire-un-piano-di-welfare-aziendale",
        "theme": "welfare-aziendale",
        "title": "Costruire un piano di welfare aziendale: le tappe per l'impresa",
        "introduction": (
            "Un buon piano di welfare nasce dall'ascolto delle persone, non da un catalogo. "
            "Dall'indagine tra i dipendenti alla scelta del fornitore, fino alla verifica dei "
            "risultati: le tappe principali."
        ),
        "date": "2026-11-03",
        "authors": ["luca-pavan", "giulia-ferraro"],
        "topics": ["welfare-aziendale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Un piano di welfare funziona quando risponde ai bisogni reali di chi lavora "
                    "in azienda. Capita invece che venga costruito partendo dall'offerta: una "
                    "piattaforma moderna, un catalogo molto ampio, ma servizi che in pochi usano. "
                    "Per evitarlo conviene procedere per tappe, coinvolgendo fin dall'inizio le "
                    "persone a cui il piano è destinato. Le indicazioni che seguono valgono per "
                    "imprese di ogni dimensione."
                ),
            ),
            ("heading", "Ascoltare prima di decidere"),
            (
                "paragraph",
                (
                    "Il punto di partenza è un'indagine tra i dipendenti. Un questionario anonimo, "
                    "breve e scritto in modo semplice, può chiedere chi ha figli che vanno a "
                    "scuola o genitori da assistere, quanto tempo passa negli spostamenti, quali "
                    "servizi userebbe davvero. È utile prevedere anche una versione su carta per "
                    "chi non usa il computer e trattare le risposte nel rispetto della privacy. "
                    "Qualche incontro a piccoli gruppi aiuta poi a capire meglio i numeri."
                ),
            ),
            (
                "quote",
                (
                    "Eravamo convinti che tutti volessero buoni spesa. Il questionario ci ha detto "
                    "che il bisogno più sentito era il doposcuola: senza chiedere avremmo "
                    "sbagliato piano.",
                    "La responsabile del personale di un'azienda alimentare di Piazzola sul Brenta",
                ),
            ),
            ("heading", "Regole scritte e confronto con i sindacati"),
            (
                "paragraph",
                (
                    "Le regole del piano vanno messe nero su bianco in un regolamento aziendale: "
                    "chi ne ha diritto, quali servizi sono ammessi, l'importo, come si chiede un "
                    "rimborso, le scadenze e il destino del credito non speso. Per i vantaggi "
                    "fiscali previsti dall'articolo 51 del TUIR, il piano deve rivolgersi a tutti "
                    "i dipendenti o a intere categorie, per esempio tutti i turnisti, e non a "
                    "singole persone scelte. Il piano può anche nascere da un accordo con le "
                    "rappresentanze sindacali. Coinvolgere i sindacati rende il piano più "
                    "condiviso, aiuta a coordinarlo con il welfare già previsto dal contratto "
                    "nazionale ed è necessario se si vuole offrire la conversione del premio di "
                    "risultato. La forma scelta incide anche sul trattamento dei costi per "
                    "l'impresa: conviene valutarla con il consulente del lavoro."
                ),
            ),
            ("heading", "Fornitore, comunicazione e verifica"),
            (
                "paragraph",
                (
                    "Molte imprese affidano la gestione a un provider, cioè una società che offre "
                    "la piattaforma online, gestisce pagamenti e rimborsi e assiste i dipendenti. "
                    "Nel confronto tra le offerte contano i costi di gestione, la facilità d'uso "
                    "anche da telefono, l'assistenza e la possibilità di inserire servizi del "
                    "territorio, come quelli del catalogo del portale. Poi il piano va spiegato: "
                    "un incontro in azienda, una guida breve, un referente a cui fare domande. "
                    "Infine si misura: quanti hanno attivato il conto, quanta parte del credito è "
                    "stata spesa e per quali servizi. Condivisi con lavoratori e sindacati, questi "
                    "dati servono a migliorare il piano l'anno successivo."
                ),
            ),
            (
                "callout",
                (
                    "Meglio partire in piccolo",
                    "Poche categorie di servizi, scelte bene e spiegate con chiarezza, funzionano "
                    "meglio di un catalogo sterminato. Il piano si può allargare nel tempo. Il "
                    "welfare manager della rete può aiutarti a leggere i risultati dell'indagine e "
                    "a confrontare i fornitori.",
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Ricerche e casi concreti su come le imprese progettano e valutano i "
                        "propri piani di welfare.",
                    ),
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Le regole fiscali ufficiali sui beni e servizi offerti ai dipendenti.",
                    ),
                    (
                        "https://www.garanteprivacy.it/",
                        "Garante per la protezione dei dati personali",
                        "Indicazioni sul trattamento dei dati personali nei luoghi di lavoro.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "building-a-corporate-welfare-plan",
            "title": "Building a corporate welfare plan: the steps for a company",
            "introduction": (
                "A good welfare plan grows out of listening to people, not out of a catalogue. "
                "From the staff survey to choosing a provider and checking the results: the main "
                "steps."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "A welfare plan works when it meets the real needs of the people who "
                        "work in the company. Instead, plans are sometimes built starting from "
                        "what is on offer: a modern platform, a very large catalogue, but "
                        "services that few people use. To avoid this, it pays to proceed step by "
                        "step, involving the people the plan is meant for from the very start. "
                        "The advice below applies to companies of every size."
                    ),
                ),
                ("heading", "Listen before you decide"),
                (
                    "paragraph",
                    (
                        "The starting point is a survey of employees. A short, anonymous "
                        "questionnaire written in plain language can ask who has children at "
                        "school or parents to look after, how much time they spend commuting and "
                        "which services they would really use. It is useful to offer a paper "
                        "version for those who do not use a computer, and to handle the answers "
                        "with respect for privacy. A few small-group meetings then help to make "
                        "better sense of the figures."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "We were sure everyone wanted shopping vouchers. The questionnaire "
                            "told us the most pressing need was after-school care: without asking, "
                            "we would have got the plan wrong."
                        ),
                        "The HR manager of a food company in Piazzola sul Brenta",
                    ),
                ),
                ("heading", "Written rules and talks with the unions"),
                (
                    "paragraph",
                    (
                        "The rules of the plan should be set down in black and white in a "
                        "company regulation (regolamento aziendale): who is entitled, which "
                        "services are allowed, the amount, how to claim a refund, the deadlines "
                        "and what becomes of unspent credit. To obtain the tax advantages of "
                        "Article 51 of the Consolidated Income Tax Act (TUIR), the plan must be "
                        "open to all employees or to whole categories, for example all shift "
                        "workers, and not to hand-picked individuals. The plan can also stem from "
                        "an agreement with the union representatives. Involving the unions makes "
                        "the plan more widely shared, helps to coordinate it with the welfare "
                        "already provided by the national contract, and is necessary if you want "
                        "to offer conversion of the productivity bonus. The form chosen also "
                        "affects how the costs are treated for the company: it is worth weighing "
                        "it up with an employment consultant (consulente del lavoro)."
                    ),
                ),
                ("heading", "Provider, communication and monitoring"),
                (
                    "paragraph",
                    (
                        "Many companies hand the management over to a provider, that is, a firm "
                        "that offers the online platform, handles payments and refunds and "
                        "supports employees. When comparing offers, the key factors are running "
                        "costs, ease of use (on a phone too), customer support and the chance to "
                        "include local services, such as those in the portal's catalogue. Then "
                        "the plan has to be explained: a meeting at work, a short guide, a "
                        "contact person for questions. Finally, you measure: how many people "
                        "have activated their account, how much of the credit has been spent and "
                        "on which services. Shared with workers and unions, these figures help "
                        "to improve the plan the following year."
                    ),
                ),
                (
                    "callout",
                    (
                        "Better to start small",
                        (
                            "A few categories of services, well chosen and clearly explained, "
                            "work better than an endless catalogue. The plan can be widened over "
                            "time. The network's welfare manager can help you read the survey "
                            "results and compare providers."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "Research and real cases on how companies design and evaluate "
                                "their welfare plans."
                            ),
                        ),
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            "The official tax rules on goods and services provided to employees.",
                        ),
                        (
                            "https://www.garanteprivacy.it/",
                            "Garante per la protezione dei dati personali (Data Protection "
                            "Authority)",
                            "Guidance on the processing of personal data in the workplace.",
                        ),
                    ],
                ),
            ],
        },
    },
]
