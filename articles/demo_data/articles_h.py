"""Demo articles, part H: corporate welfare.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: welfare-aziendale
    # ------------------------------------------------------------------
    {
        "slug": "welfare-aziendale-per-genitori-nido-centri-estivi-scuola",
        "theme": "welfare-aziendale",
        "title": "Welfare aziendale per i genitori: nido, centri estivi, libri e mensa",
        "introduction": (
            "Con il credito welfare puoi pagare molte spese per l'istruzione dei figli, dalla "
            "retta del nido ai libri di scuola. Ecco che cosa rientra, quali documenti servono e "
            "che differenza c'è tra rimborso e pagamento diretto."
        ),
        "date": "2025-07-22",
        "authors": ["luca-pavan", "giulia-ferraro"],
        "topics": ["welfare-aziendale", "famiglie", "istruzione"],
        "body": [
            (
                "paragraph",
                (
                    "Per molte famiglie settembre è il mese più caro dell'anno: iscrizioni, libri, "
                    "mensa, a volte la retta del nido. Se lavori in un'azienda che ha un piano di "
                    "welfare, puoi pagare una parte di queste spese con il tuo credito welfare. "
                    "L'articolo 51 del Testo unico delle imposte sui redditi (TUIR) prevede infatti "
                    "che le somme e i servizi offerti dal datore di lavoro per l'educazione e "
                    "l'istruzione dei familiari non facciano parte del reddito, purché il piano sia "
                    "rivolto a tutti i dipendenti o a intere categorie. In pratica, su quei soldi "
                    "non paghi né tasse né contributi."
                ),
            ),
            ("heading", "Che cosa rientra"),
            (
                "paragraph",
                (
                    "La norma parla di servizi di educazione e istruzione, anche in età prescolare. "
                    "Rientrano quindi il nido e la scuola dell'infanzia, le rette scolastiche dalla "
                    "primaria all'università e i servizi collegati, come la mensa, il pre-scuola e "
                    "il doposcuola. Le indicazioni dell'Agenzia delle Entrate comprendono anche i "
                    "libri di testo. Ci sono poi i centri estivi e invernali, le ludoteche e le "
                    "borse di studio, cioè somme che l'azienda riconosce ai figli dei dipendenti, "
                    "per esempio per i risultati scolastici. Le regole cambiano nel tempo e ogni "
                    "piano fissa importi e categorie: leggi il regolamento del tuo piano."
                ),
            ),
            ("heading", "Pagamento diretto o rimborso"),
            (
                "paragraph",
                (
                    "Con il pagamento diretto scegli il servizio sulla piattaforma welfare e "
                    "l'azienda, o la società che gestisce la piattaforma, paga direttamente la "
                    "struttura, spesso attraverso un voucher: tu non anticipi nulla. Funziona con "
                    "i fornitori convenzionati. Con il rimborso, invece, paghi tu e poi carichi i "
                    "documenti sulla piattaforma; dopo i controlli, la somma arriva in busta paga "
                    "o con un bonifico. È la strada più comune per la mensa del Comune, le rette "
                    "scolastiche e i libri comprati in libreria."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Il centro estivo della cooperativa era convenzionato: ho prenotato dalla "
                        "piattaforma e non ho anticipato niente. Per i libri, invece, ho dovuto "
                        "rifare la richiesta perché lo scontrino non riportava i titoli."
                    ),
                    "Una mamma che lavora in un'azienda di Limena",
                ),
            ),
            ("heading", "I documenti da preparare"),
            (
                "paragraph",
                (
                    "Per il rimborso vale una regola semplice: il documento deve dire chi, che "
                    "cosa, quando e quanto. Serve una fattura o una ricevuta della scuola o del "
                    "centro con i dati di chi la emette, il nome del figlio o della figlia, il "
                    "servizio, il periodo e l'importo. Per i libri basta uno scontrino o una "
                    "fattura con i titoli. Aggiungi la prova del pagamento, come la ricevuta "
                    "pagoPA o quella del bonifico. Molte piattaforme chiedono anche "
                    "un'autocertificazione in cui dichiari che la spesa non ti è già stata "
                    "rimborsata da altri."
                ),
            ),
            (
                "callout",
                (
                    "Attenzione ai doppi vantaggi",
                    (
                        "Una spesa rimborsata con il credito welfare non si può detrarre anche "
                        "nella dichiarazione dei redditi. Se per la retta del nido ricevi già un "
                        "contributo pubblico, come il bonus nido dell'INPS, chiedi al welfare "
                        "manager o a un CAF come combinare i due aiuti."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    "Nel catalogo del portale puoi cercare per Comune i nidi, i doposcuola e i "
                    "centri estivi che accettano il credito welfare, molti gestiti da cooperative "
                    "e associazioni della zona. Segna le scadenze: le richieste di rimborso di "
                    "solito si chiudono in una data fissa e il credito non usato può andare perso."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Circolari e guide sul trattamento fiscale del welfare aziendale.",
                    ),
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "I sostegni per le famiglie con figli piccoli, tra cui il bonus nido.",
                    ),
                    (
                        "https://www.comune.padova.it/",
                        "Comune di Padova",
                        "Nidi, mense scolastiche e centri estivi del Comune capoluogo.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "corporate-welfare-for-parents-nursery-summer-camps-school",
            "title": "Corporate welfare for parents: nursery, summer camps, books and school meals",
            "introduction": (
                "With welfare credit you can pay for many of your children's education costs, from "
                "nursery fees to school books. Here is what is covered, which documents you need "
                "and how reimbursement differs from direct payment."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "For many families September is the most expensive month of the year: "
                        "enrolment, books, school meals and sometimes nursery fees. If you work "
                        "for a company with a welfare plan, part of these costs can be paid from "
                        "your welfare credit. Article 51 of the Consolidated Income Tax Act (TUIR) "
                        "provides that sums and services given by the employer for the education "
                        "of family members do not count as income, as long as the plan is open to "
                        "all employees or to whole categories of them. In practice, you pay "
                        "neither tax nor social contributions on that money."
                    ),
                ),
                ("heading", "What is covered"),
                (
                    "paragraph",
                    (
                        "The law refers to education services, including those for pre-school "
                        "children. This covers nurseries and nursery schools, school fees from "
                        "primary school to university, and related services such as school meals "
                        "and before- and after-school clubs. The guidance of the Italian Revenue "
                        "Agency also includes school textbooks. Then there are summer and winter "
                        "camps, play centres and study grants, that is, sums the company awards to "
                        "employees' children, for example for good school results. The rules "
                        "change over time and each plan sets its own amounts and categories: read "
                        "the rules of yours."
                    ),
                ),
                ("heading", "Direct payment or reimbursement"),
                (
                    "paragraph",
                    (
                        "With direct payment you choose the service on the welfare platform and the "
                        "company, or the firm that runs the platform, pays the provider directly, "
                        "often through a voucher: you pay nothing up front. This works with "
                        "affiliated providers. With reimbursement, on the other hand, you pay first "
                        "and then upload your documents to the platform; once they have been "
                        "checked, the money is added to your pay or sent by bank transfer. This is "
                        "the usual route for the municipality's school meals, school fees and books "
                        "bought in a bookshop."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "The cooperative's summer camp was affiliated: I booked through the "
                            "platform and didn't pay a penny up front. For the books, though, I "
                            "had to submit the claim again because the receipt didn't list the "
                            "titles."
                        ),
                        "A mother who works for a company in Limena",
                    ),
                ),
                ("heading", "The documents to prepare"),
                (
                    "paragraph",
                    (
                        "For a reimbursement there is one simple rule: the document must show who, "
                        "what, when and how much. You need an invoice or receipt from the school "
                        "or centre with the issuer's details, the child's name, the service, the "
                        "period and the amount. For books, a till receipt or invoice listing the "
                        "titles will do. Add proof of payment, such as the pagoPA receipt (the "
                        "public payment system) or the bank transfer receipt. Many platforms also "
                        "ask for a self-declaration stating that the expense has not already been "
                        "reimbursed by someone else."
                    ),
                ),
                (
                    "callout",
                    (
                        "Beware of claiming twice",
                        (
                            "An expense reimbursed from your welfare credit cannot also be claimed "
                            "as tax relief on your tax return. If you already receive public "
                            "support for nursery fees, such as the INPS nursery bonus (bonus asilo "
                            "nido), ask the welfare manager or a tax assistance centre (CAF) how to "
                            "combine the two."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "In the portal's catalogue you can search by municipality for nurseries, "
                        "after-school clubs and summer camps that accept welfare credit, many of "
                        "them run by local cooperatives and associations. Note the deadlines: "
                        "reimbursement claims usually close on a fixed date and unused credit may "
                        "be lost."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            "Circulars and guides on the tax treatment of corporate welfare.",
                        ),
                        (
                            "https://www.inps.it/",
                            "INPS (National Social Security Institute)",
                            (
                                "Support for families with young children, including the nursery "
                                "bonus."
                            ),
                        ),
                        (
                            "https://www.comune.padova.it/",
                            "Comune di Padova (Municipality of Padova)",
                            "Nurseries, school meals and summer camps in the provincial capital.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "fondi-sanitari-integrativi-e-previdenza-complementare",
        "theme": "welfare-aziendale",
        "title": "Fondo sanitario e fondo pensione: il credito welfare per la salute e il futuro",
        "introduction": (
            "Nel piano welfare trovi spesso due voci meno immediate delle altre: il fondo "
            "sanitario integrativo e la previdenza complementare. Che cosa coprono, come "
            "funzionano i versamenti dal credito welfare e che cosa controllare prima di "
            "scegliere."
        ),
        "date": "2025-12-09",
        "authors": ["luca-pavan"],
        "topics": ["welfare-aziendale", "salute"],
        "body": [
            (
                "paragraph",
                (
                    "Molti piani di welfare permettono di destinare una parte del credito a due "
                    "strumenti che guardano più lontano. Il fondo sanitario integrativo aiuta a "
                    "pagare visite, esami e cure. Il fondo pensione costruisce una rendita da "
                    "aggiungere alla pensione pubblica. Sono scelte meno visibili di un centro "
                    "estivo, ma contano."
                ),
            ),
            ("heading", "Il fondo sanitario: un aiuto in più, non un sostituto"),
            (
                "paragraph",
                (
                    "Il fondo sanitario integrativo non prende il posto del Servizio sanitario "
                    "nazionale: si affianca a quello che offre l'azienda ULSS e rimborsa spese che "
                    "spesso restano a tuo carico. A seconda del piano sanitario, può coprire "
                    "ticket, visite specialistiche, esami, cure dentarie, fisioterapia, occhiali e "
                    "ricoveri. Molti contratti nazionali prevedono già un fondo di categoria, "
                    "spesso finanziato dall'azienda. Perché i contributi godano dei vantaggi "
                    "fiscali, il fondo deve essere iscritto all'anagrafe dei fondi sanitari del "
                    "Ministero della Salute. Le prestazioni arrivano in due modi: in forma diretta, "
                    "in una struttura convenzionata che si fa pagare dal fondo, oppure in forma "
                    "indiretta, quando paghi tu e chiedi il rimborso con la fattura e, se serve, la "
                    "prescrizione del medico."
                ),
            ),
            ("heading", "Come funziona il versamento dal credito"),
            (
                "paragraph",
                (
                    "Sulla piattaforma scegli la voce del fondo e indichi quanto versare. I "
                    "contributi all'assistenza sanitaria integrativa non fanno parte del reddito "
                    "entro un tetto annuo fissato dalla legge. I versamenti alla previdenza "
                    "complementare rientrano invece, di norma, nel limite di deducibilità dei fondi "
                    "pensione, che comprende anche quello che versi tu e quello che versa "
                    "l'azienda. I limiti sono fissati dalla legge e li trovi nelle guide "
                    "dell'Agenzia delle Entrate. Il credito versato al fondo sanitario paga "
                    "coperture di oggi, per esempio un piano più ampio o l'estensione ai familiari, "
                    "se il fondo lo prevede. Quello versato al fondo pensione resta investito fino "
                    "alla pensione: si può chiedere un'anticipazione in qualsiasi momento per spese "
                    "sanitarie legate a situazioni molto gravi e, dopo otto anni di iscrizione, per "
                    "comprare o ristrutturare la prima casa o per altre esigenze, con limiti "
                    "diversi. Anche la prestazione che ricevi alla pensione ha una tassazione "
                    "agevolata."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Pensavo che il fondo sanitario servisse solo per i ricoveri. Poi ho "
                        "scoperto che nel mio caso copriva anche l'apparecchio per i denti di mio "
                        "figlio, da un dentista convenzionato vicino a casa."
                    ),
                    "Un tecnico di un'azienda meccanica di Cittadella",
                ),
            ),
            ("heading", "Che cosa controllare prima di scegliere"),
            (
                "paragraph",
                (
                    "Prima di versare, chiedi all'ufficio del personale se sei già iscritto a un "
                    "fondo tramite il contratto: capita spesso di esserlo senza saperlo. Poi leggi "
                    "il piano sanitario: quali prestazioni copre, se vale anche per coniuge e "
                    "figli, se ci sono periodi di attesa o esclusioni, quante strutture "
                    "convenzionate ci sono nel Padovano e in quanto tempo arrivano i rimborsi. Per "
                    "il fondo pensione guarda i costi, riassunti nell'indicatore sintetico dei "
                    "costi (ISC), le linee di investimento e il contributo dell'azienda: nei fondi "
                    "nati dai contratti spetta di solito a chi versa anche una quota propria. La "
                    "COVIP, che vigila sui fondi pensione, pubblica sul suo sito l'elenco dei "
                    "fondi e strumenti per confrontarli."
                ),
            ),
            (
                "callout",
                (
                    "Niente doppi vantaggi",
                    (
                        "La parte di spese sanitarie che ti rimborsa un fondo finanziato con "
                        "contributi esenti non si può detrarre nella dichiarazione dei redditi. "
                        "Conserva fatture e rimborsi e, nel dubbio, chiedi a un CAF. Nel catalogo "
                        "del portale trovi visite e terapie della zona pagabili con il credito "
                        "welfare."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.covip.it/",
                        "COVIP",
                        (
                            "La Commissione di vigilanza sui fondi pensione, con l'elenco dei "
                            "fondi e i loro costi."
                        ),
                    ),
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        "Il Servizio sanitario nazionale e l'anagrafe dei fondi sanitari.",
                    ),
                    (
                        "https://www.agenziaentrate.gov.it/",
                        "Agenzia delle Entrate",
                        "Le regole fiscali su fondi, deduzioni e spese sanitarie.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "health-funds-and-pension-funds-in-your-welfare-plan",
            "title": "Health fund and pension fund: welfare credit for your health and your future",
            "introduction": (
                "Your welfare plan often includes two items that are less obvious than the others: "
                "the supplementary health fund and the supplementary pension. What they cover, how "
                "payments from your welfare credit work and what to check before you choose."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Many welfare plans let you put part of your credit into two tools that "
                        "look further ahead. A supplementary health fund helps you pay for "
                        "appointments, tests and treatment. A pension fund builds up an income to "
                        "add to your state pension. These choices are less visible than a summer "
                        "camp, but they matter."
                    ),
                ),
                ("heading", "The health fund: extra help, not a replacement"),
                (
                    "paragraph",
                    (
                        "A supplementary health fund (fondo sanitario integrativo) does not take "
                        "the place of the National Health Service: it works alongside what the "
                        "local health authority (azienda ULSS) provides and refunds costs that you "
                        "would often bear yourself. Depending on its health plan, it may cover "
                        "patient co-payments (ticket), specialist appointments, tests, dental care, "
                        "physiotherapy, glasses and hospital stays. Many national collective "
                        "agreements already provide for a sector fund, often paid for by the "
                        "employer. For contributions to enjoy tax advantages, the fund must be "
                        "listed in the Ministry of Health's register of health funds. Benefits come "
                        "in two ways: directly, at an affiliated provider that is paid by the fund, "
                        "or indirectly, when you pay and then claim a refund with the invoice and, "
                        "where needed, the doctor's prescription."
                    ),
                ),
                ("heading", "How payments from your credit work"),
                (
                    "paragraph",
                    (
                        "On the platform you choose the fund and state how much to pay in. "
                        "Contributions to supplementary health care do not count as income up to a "
                        "yearly ceiling set by law. Payments into a supplementary pension, on the "
                        "other hand, normally fall within the deductibility limit for pension "
                        "funds, which also includes what you pay in yourself and what your employer "
                        "pays. The limits are set by law and explained in the Revenue Agency's "
                        "guides. Credit paid into the health fund buys cover for today, for example "
                        "a broader plan or cover for your family, if the fund offers it. Credit "
                        "paid into a pension fund stays invested until you retire: you can ask for "
                        "an advance at any time for medical expenses in very serious situations "
                        "and, after eight years of membership, to buy or renovate your first home "
                        "or for other needs, with different limits. The benefit you receive on "
                        "retirement is also taxed at a reduced rate."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "I thought the health fund was only for hospital stays. Then I found "
                            "out that in my case it also covered my son's brace, at an affiliated "
                            "dentist near home."
                        ),
                        "A technician at an engineering company in Cittadella",
                    ),
                ),
                ("heading", "What to check before you choose"),
                (
                    "paragraph",
                    (
                        "Before paying in, ask the HR office whether you are already a member of a "
                        "fund through your contract: many people are, without knowing it. Then "
                        "read the health plan: which benefits it covers, whether it extends to "
                        "your spouse and children, whether there are waiting periods or "
                        "exclusions, how many affiliated providers there are in the Padova area "
                        "and how long refunds take. For a pension fund, look at the costs, summed "
                        "up in the synthetic cost indicator (ISC), the investment options and the "
                        "employer's contribution: in funds set up by collective agreements it is "
                        "usually paid to members who also pay in a share of their own. COVIP, "
                        "which supervises pension funds, publishes the list of funds on its "
                        "website, with tools to compare them."
                    ),
                ),
                (
                    "callout",
                    (
                        "No double benefits",
                        (
                            "The part of your medical costs refunded by a fund paid for with "
                            "tax-free contributions cannot be claimed as tax relief on your tax "
                            "return. Keep your invoices and refunds and, if in doubt, ask a tax "
                            "assistance centre (CAF). The portal's catalogue lists local "
                            "appointments and therapies that can be paid for with welfare credit."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.covip.it/",
                            "COVIP (Pension Funds Supervisory Commission)",
                            (
                                "The authority that supervises pension funds, with the list of "
                                "funds and their costs."
                            ),
                        ),
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            ("The National Health Service and the register of health funds."),
                        ),
                        (
                            "https://www.agenziaentrate.gov.it/",
                            "Agenzia delle Entrate (Italian Revenue Agency)",
                            "Tax rules on funds, deductions and medical expenses.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "il-tempo-come-welfare-lavoro-agile-orari-flessibili",
        "theme": "welfare-aziendale",
        "title": "Il tempo come welfare: lavoro agile, orari flessibili e banca delle ore",
        "introduction": (
            "Un buon piano di welfare non si misura solo in euro. Lavoro agile, orari flessibili, "
            "banca delle ore e servizi che fanno risparmiare tempo aiutano a conciliare lavoro e "
            "famiglia: ecco che cosa sono e come chiederli."
        ),
        "date": "2026-03-17",
        "authors": ["chiara-zanon", "luca-pavan"],
        "topics": ["lavoro", "famiglie", "welfare-aziendale"],
        "body": [
            (
                "paragraph",
                (
                    "Il credito welfare può pagare il centro estivo, ma non accompagna tuo figlio "
                    "a scuola alle otto. Per chi ha bambini piccoli, un genitore anziano o un'ora "
                    "di strada per andare al lavoro, spesso il bisogno più grande non è il denaro, "
                    "ma il tempo. Per questo molti piani di welfare, e molti contratti, "
                    "comprendono misure che cambiano il modo in cui si lavora, non solo quello che "
                    "si riceve."
                ),
            ),
            ("heading", "Gli strumenti più diffusi"),
            (
                "paragraph",
                (
                    "Il lavoro agile, o smart working, è regolato dalla legge 81 del 2017. Si basa "
                    "su un accordo scritto tra te e l'azienda, che stabilisce le regole del lavoro "
                    "fuori sede, gli strumenti, i tempi di riposo e le misure per staccarsi dai "
                    "dispositivi di lavoro. Chi lavora in modalità agile ha diritto a un "
                    "trattamento economico e normativo non inferiore a quello dei colleghi che "
                    "svolgono le stesse mansioni in sede. La flessibilità in entrata e in uscita ti "
                    "permette di spostare l'orario entro una fascia concordata. La banca delle ore, "
                    "prevista da molti contratti collettivi, raccoglie le ore di straordinario in "
                    "un conto personale: invece di fartele pagare, le recuperi come riposo quando "
                    "ti servono. Ci sono poi i servizi salva-tempo, come la lavanderia o il ritiro "
                    "dei pacchi in azienda, o un aiuto per le pratiche."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Da quando posso entrare tra le sette e mezza e le nove non corro più in "
                        "tangenziale dopo aver lasciato i bambini a scuola. Per me vale più di "
                        "qualsiasi buono."
                    ),
                    "Un'impiegata di un'azienda della zona industriale di Padova",
                ),
            ),
            ("heading", "Genitori e congedi"),
            (
                "paragraph",
                (
                    "Il congedo parentale permette a mamma e papà di assentarsi nei primi dodici "
                    "anni di vita del figlio, ma l'indennità pagata dall'INPS copre solo una parte "
                    "dello stipendio, con percentuali che la legge ha cambiato più volte. Alcuni "
                    "contratti e accordi aziendali la integrano, oppure aggiungono giorni "
                    "retribuiti ai dieci giorni lavorativi di congedo di paternità obbligatorio. La "
                    "legge, inoltre, chiede alle aziende che usano il lavoro agile di dare priorità "
                    "ai genitori di figli fino a dodici anni (senza limiti di età se il figlio ha "
                    "una disabilità grave), ai lavoratori con disabilità grave e ai caregiver "
                    "familiari. Chi lo chiede non può essere penalizzato."
                ),
            ),
            ("heading", "Come chiedere più tempo"),
            (
                "paragraph",
                (
                    "Parti dalle regole che già esistono. Il contratto collettivo indicato nella "
                    "tua busta paga può prevedere banca delle ore, flessibilità, permessi "
                    "aggiuntivi o integrazioni dei congedi. Un accordo aziendale o un regolamento "
                    "interno può aggiungere altro, come il lavoro agile. Chiedine copia "
                    "all'ufficio del personale o alle rappresentanze sindacali. Poi presenta una "
                    "richiesta concreta: quali giorni o quali orari, per quanto tempo, come "
                    "resterai raggiungibile e come ti organizzerai con i colleghi. Proporre un "
                    "periodo di prova di qualche mese rende spesso più facile un sì."
                ),
            ),
            (
                "callout",
                (
                    "Metti tutto per iscritto",
                    (
                        "Per il lavoro agile la legge richiede un accordo scritto. Anche per un "
                        "cambio di orario conviene una conferma scritta, con la data di inizio e "
                        "quella della prima verifica. Se non sai da dove partire, il welfare "
                        "manager o lo sportello ti aiutano a preparare la richiesta."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    "Tempo e servizi funzionano meglio insieme. Nel catalogo del portale trovi "
                    "doposcuola, centri estivi, trasporti e servizi per anziani di Comuni, "
                    "cooperative e associazioni della zona, molti pagabili con il credito welfare. "
                    "Con un orario che lascia respiro, è più facile usarli davvero."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Informazioni ufficiali sul lavoro agile e sulla conciliazione.",
                    ),
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Congedo parentale, congedo di paternità e relative indennità.",
                    ),
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        "Ricerche ed esperienze di conciliazione in Italia.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "time-as-welfare-smart-working-flexible-hours",
            "title": "Time as welfare: smart working, flexible hours and hour banks",
            "introduction": (
                "A good welfare plan is not measured in euros alone. Smart working, flexible "
                "hours, hour banks and time-saving services help you balance work and family: here "
                "is what they are and how to ask for them."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Welfare credit can pay for a summer camp, but it cannot take your child "
                        "to school at eight. For people with young children, an elderly parent or "
                        "an hour's journey to work, the biggest need is often not money but time. "
                        "That is why many welfare plans, and many contracts, include measures that "
                        "change how people work, not just what they receive."
                    ),
                ),
                ("heading", "The most common tools"),
                (
                    "paragraph",
                    (
                        "Agile working (lavoro agile), or smart working, is governed by Law 81 of "
                        "2017. It rests on a written agreement between you and the company, which "
                        "sets out the rules for working away from the office, the equipment, rest "
                        "periods and the steps that let you disconnect from work devices. Agile "
                        "workers are entitled to pay and conditions no less favourable than those "
                        "of colleagues doing the same job on site. Flexible start and finish times "
                        "let you shift your hours within an agreed window. An hour bank (banca "
                        "delle ore), provided for by many collective agreements, collects your "
                        "overtime in a personal account: instead of being paid for it, you take it "
                        "back as time off when you need it. Then there are time-saving services, "
                        "such as laundry or parcel collection at work, or help with paperwork."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Since I've been able to start any time between half past seven and "
                            "nine, I no longer race along the ring road after dropping the "
                            "children at school. For me that's worth more than any voucher."
                        ),
                        "An office worker at a company in Padova's industrial area",
                    ),
                ),
                ("heading", "Parents and leave"),
                (
                    "paragraph",
                    (
                        "Parental leave lets mothers and fathers take time off during the first "
                        "twelve years of their child's life, but the allowance paid by INPS covers "
                        "only part of their pay, at rates the law has changed several times. Some "
                        "contracts and company agreements top it up, or add paid days to the ten "
                        "working days of compulsory paternity leave. The law also requires "
                        "companies that use agile working to give priority to parents of children "
                        "up to twelve (with no age limit if the child has a severe disability), to "
                        "workers with a severe disability and to family carers. Nobody may be "
                        "penalised for asking."
                    ),
                ),
                ("heading", "How to ask for more time"),
                (
                    "paragraph",
                    (
                        "Start from the rules that already exist. The collective agreement named "
                        "on your payslip may provide for an hour bank, flexible hours, extra leave "
                        "or top-ups to parental leave. A company agreement or internal rules may "
                        "add more, such as agile working. Ask the HR office or the union "
                        "representatives for a copy. Then make a concrete request: which days or "
                        "hours, for how long, how you will stay reachable and how you will "
                        "organise things with your colleagues. Suggesting a trial period of a few "
                        "months often makes a yes easier."
                    ),
                ),
                (
                    "callout",
                    (
                        "Put everything in writing",
                        (
                            "For agile working the law requires a written agreement. Even for a "
                            "change of hours it is worth getting written confirmation, with the "
                            "start date and the date of the first review. If you do not know where "
                            "to start, the welfare manager or the help desk can help you prepare "
                            "your request."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Time and services work best together. In the portal's catalogue you will "
                        "find after-school clubs, summer camps, transport and services for older "
                        "people run by local municipalities, cooperatives and associations, many "
                        "of which can be paid for with welfare credit. With working hours that "
                        "leave some breathing space, it is easier to actually use them."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.lavoro.gov.it/",
                            "Ministero del Lavoro e delle Politiche Sociali (Ministry of Labour)",
                            "Official information on agile working and work-life balance.",
                        ),
                        (
                            "https://www.inps.it/",
                            "INPS (National Social Security Institute)",
                            "Parental leave, paternity leave and the related allowances.",
                        ),
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            "Research and experiences of work-life balance in Italy.",
                        ),
                    ],
                ),
            ],
        },
    },
]
