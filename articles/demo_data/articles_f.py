"""Demo articles, part F: care and health.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: cura-e-salute
    # ------------------------------------------------------------------
    {
        "slug": "assistenza-domiciliare-sad-e-adi",
        "theme": "cura-e-salute",
        "title": "Assistenza a casa: che differenza c'è tra SAD e ADI",
        "introduction": (
            "Il servizio di assistenza domiciliare del Comune e l'assistenza domiciliare "
            "integrata dell'azienda sanitaria portano entrambi l'aiuto a casa, ma rispondono a "
            "bisogni diversi. Ecco chi li attiva, che cosa comprendono e quanto costano."
        ),
        "date": "2026-07-21",
        "authors": ["marco-bellin", "giulia-ferraro"],
        "topics": ["assistenza-sociale", "salute", "anziani"],
        "body": [
            (
                "paragraph",
                (
                    "Quando una persona anziana, malata o con disabilità fa fatica a cavarsela da "
                    "sola, la famiglia cerca spesso un aiuto che arrivi direttamente a casa. Le "
                    "sigle più comuni sono due, SAD e ADI, e non sono la stessa cosa. La prima "
                    "indica un servizio sociale del Comune, la seconda un servizio sanitario "
                    "dell'azienda ULSS. Capire la differenza aiuta a bussare alla porta giusta e a "
                    "non perdere tempo."
                ),
            ),
            ("heading", "Il SAD: un aiuto nella vita quotidiana"),
            (
                "paragraph",
                (
                    "Il servizio di assistenza domiciliare, o SAD, è organizzato dal Comune, "
                    "spesso insieme a una cooperativa sociale. Gli operatori socio-sanitari "
                    "aiutano nelle attività di ogni giorno: l'igiene personale, alzarsi e "
                    "vestirsi, il riordino della casa, la preparazione dei pasti, qualche "
                    "commissione o accompagnamento. Per attivarlo ci si rivolge all'assistente "
                    "sociale del proprio Comune, che incontra la persona e i familiari, valuta il "
                    "bisogno e concorda un progetto con giorni e orari. Di solito si paga una "
                    "quota di compartecipazione, calcolata in base all'ISEE secondo il regolamento "
                    "comunale, e chi ha redditi molto bassi può esserne esonerato."
                ),
            ),
            ("heading", "L'ADI: cure sanitarie a domicilio"),
            (
                "paragraph",
                (
                    "L'assistenza domiciliare integrata, o ADI, è invece un servizio dell'azienda "
                    "sanitaria, pensato per chi ha bisogno di cure ma non può raggiungere "
                    "facilmente un ambulatorio. Può comprendere le visite del medico, prestazioni "
                    "infermieristiche come medicazioni, prelievi o la gestione di un catetere, la "
                    "fisioterapia e, quando serve, le visite di uno specialista. La chiede di "
                    "norma il medico di famiglia; dopo un ricovero può essere il reparto "
                    "ospedaliero a organizzare la continuità delle cure a casa. Le prestazioni "
                    "sanitarie sono a carico del Servizio sanitario nazionale."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Per mio padre è arrivata prima l'infermiera per le medicazioni, poi "
                        "l'operatrice del Comune per la doccia. Sono due servizi diversi, ma si "
                        "parlano, e noi non dobbiamo più fare da tramite ogni volta."
                    ),
                    "La figlia di un anziano assistito a casa a Rubano",
                ),
            ),
            ("heading", "Quando servono tutti e due"),
            (
                "paragraph",
                (
                    "Spesso i bisogni si sommano: la stessa persona può aver bisogno "
                    "dell'infermiere e, insieme, di qualcuno che la aiuti a lavarsi e a mangiare. "
                    "In Veneto la situazione viene allora esaminata insieme da sanità e servizi "
                    "sociali nell'unità di valutazione multidimensionale del distretto, la UVMD, "
                    "che definisce un progetto unico. È qui che l'assistenza diventa davvero "
                    "integrata."
                ),
            ),
            (
                "callout",
                (
                    "Prima di chiedere, prepara i documenti",
                    (
                        "Tieni a portata di mano la tessera sanitaria, le lettere di dimissione e "
                        "i referti recenti, l'elenco dei farmaci e, per il SAD, l'attestazione "
                        "ISEE aggiornata. Se non sai da dove partire, lo sportello di welfare ti "
                        "aiuta a capire a chi rivolgerti."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    "Accanto a SAD e ADI, nel catalogo del portale trovi servizi di cooperative e "
                    "associazioni che completano l'aiuto a casa, come la compagnia, i piccoli "
                    "trasporti o l'assistenza nelle ore serali. Alcuni si possono pagare con il "
                    "credito welfare aziendale. Cerca per Comune e controlla nella scheda se serve "
                    "una valutazione dei servizi sociali."
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        (
                            "L'azienda sanitaria della provincia di Padova, con le informazioni "
                            "sulle cure domiciliari e sui distretti."
                        ),
                    ),
                    (
                        "https://www.regione.veneto.it/",
                        "Regione del Veneto",
                        (
                            "Il portale della Regione, con le politiche sociali e sanitarie per la "
                            "non autosufficienza."
                        ),
                    ),
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        (
                            "Informazioni nazionali sui livelli essenziali di assistenza, comprese "
                            "le cure domiciliari."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "home-care-sad-and-adi",
            "title": "Care at home: the difference between SAD and ADI",
            "introduction": (
                "The municipality's home assistance service and the health authority's integrated "
                "home care both bring help into the home, but they meet different needs. Here is "
                "who arranges them, what they include and what they cost."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "When an older, ill or disabled person struggles to manage alone, the "
                        "family often looks for help that comes straight to the home. The two most "
                        "common acronyms are SAD and ADI, and they are not the same thing. The "
                        "first is a social service run by the municipality, the second a health "
                        "service of the local health authority (azienda ULSS). Understanding the "
                        "difference helps you knock on the right door and not waste time."
                    ),
                ),
                ("heading", "SAD: help with everyday life"),
                (
                    "paragraph",
                    (
                        "The home assistance service, or SAD (servizio di assistenza domiciliare), "
                        "is organised by the municipality, often together with a social "
                        "cooperative. Care workers help with everyday activities: personal "
                        "hygiene, getting up and dressed, tidying the home, preparing meals, the "
                        "odd errand or accompanied outing. To arrange it, you contact the social "
                        "worker at your municipality, who meets the person and their relatives, "
                        "assesses the need and agrees a care plan with days and times. There is "
                        "usually a contribution towards the cost, calculated on the basis of the "
                        "ISEE according to the municipality's rules, and people on very low "
                        "incomes may be exempted."
                    ),
                ),
                ("heading", "ADI: health care at home"),
                (
                    "paragraph",
                    (
                        "Integrated home care, or ADI (assistenza domiciliare integrata), is "
                        "instead a service of the health authority, designed for people who need "
                        "treatment but cannot easily get to a clinic. It can include visits from "
                        "the doctor, nursing care such as dressings, blood tests or managing a "
                        "catheter, physiotherapy and, when needed, visits from a specialist. It is "
                        "normally the family doctor who requests it; after a hospital stay, the "
                        "hospital ward may arrange for care to continue at home. The health care "
                        "itself is paid for by the National Health Service."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "For my father, first the nurse came to change his dressings, then the "
                            "municipality's care worker came to help him shower. They are two "
                            "different services, but they talk to each other, and we no longer "
                            "have to act as go-betweens every time."
                        ),
                        "The daughter of an older man cared for at home in Rubano",
                    ),
                ),
                ("heading", "When both are needed"),
                (
                    "paragraph",
                    (
                        "Needs often add up: the same person may need a nurse and, at the same "
                        "time, someone to help them wash and eat. In Veneto the situation is then "
                        "examined jointly by health and social services in the district's "
                        "multidimensional assessment unit, the UVMD, which draws up a single care "
                        "plan. This is where care becomes truly integrated."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before you ask, get your documents ready",
                        (
                            "Keep your health card, hospital discharge letters and recent test "
                            "results, the list of medicines and, for SAD, an up-to-date ISEE "
                            "certificate to hand. If you do not know where to start, the welfare "
                            "help desk will help you work out who to turn to."
                        ),
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Alongside SAD and ADI, the portal's catalogue lists services from "
                        "cooperatives and associations that complement help at home, such as "
                        "companionship, short journeys or evening care. Some can be paid for with "
                        "corporate welfare credit. Search by municipality and check on the service "
                        "page whether an assessment by social services is needed."
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            (
                                "The health authority for the province of Padova, with information "
                                "on home care and its districts."
                            ),
                        ),
                        (
                            "https://www.regione.veneto.it/",
                            "Regione del Veneto (Veneto Region)",
                            (
                                "The regional portal, with its social and health policies for "
                                "people who are not self-sufficient."
                            ),
                        ),
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            (
                                "National information on the essential levels of care (LEA), "
                                "including home care."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "screening-e-vaccinazioni-per-adulti",
        "theme": "cura-e-salute",
        "title": "Prevenzione gratuita: screening e vaccinazioni per adulti e anziani",
        "introduction": (
            "L'azienda sanitaria invita per lettera a fare alcuni esami di prevenzione "
            "gratuiti e offre vaccinazioni anche agli adulti. Perché conviene rispondere e "
            "come prenotare o spostare un appuntamento."
        ),
        "date": "2026-10-06",
        "authors": ["giulia-ferraro"],
        "topics": ["salute", "anziani", "accesso-ai-servizi"],
        "body": [
            (
                "paragraph",
                (
                    "Molti pensano al medico solo quando stanno male. La prevenzione funziona al "
                    "contrario: cerca i problemi prima che diano disturbi, quando è più facile "
                    "curarli. Per questo l'azienda sanitaria offre gratuitamente alcuni esami, "
                    "chiamati screening, e una serie di vaccinazioni pensate anche per adulti e "
                    "anziani. Per gli screening non serve la richiesta del medico: è l'azienda "
                    "stessa a scrivere a casa."
                ),
            ),
            ("heading", "I tre screening oncologici"),
            (
                "paragraph",
                (
                    "I programmi di screening riguardano tre tumori. Per quello della mammella le "
                    "donne vengono invitate a fare una mammografia a intervalli regolari. Per "
                    "quello del collo dell'utero ricevono l'invito per il Pap test o per il test "
                    "HPV, a seconda dell'età. Per quello del colon-retto donne e uomini ricevono "
                    "l'invito a ritirare un kit per la ricerca del sangue occulto nelle feci, un "
                    "esame semplice da fare a casa. Le fasce d'età e la frequenza degli inviti "
                    "sono stabilite dalla Regione e possono cambiare nel tempo: la lettera spiega "
                    "sempre che cosa fare e dove."
                ),
            ),
            (
                "paragraph",
                (
                    "Rispondere conviene. Gli esami sono gratuiti, rapidi e svolti da personale "
                    "esperto. Se il risultato è normale, arriva una comunicazione a casa e, alla "
                    "scadenza, un nuovo invito. Se servono altri accertamenti, è il programma "
                    "stesso a richiamare la persona e ad accompagnarla nei passaggi successivi, di "
                    "norma senza pagare il ticket."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Avevo lasciato la lettera in un cassetto per mesi. Quando finalmente ho "
                        "fatto la mammografia ci ho messo venti minuti, e mi sono chiesta perché "
                        "avessi aspettato tanto."
                    ),
                    "Una pensionata di Albignasego",
                ),
            ),
            ("heading", "Vaccinazioni: non solo per i bambini"),
            (
                "paragraph",
                (
                    "Anche da adulti i vaccini proteggono. Ogni autunno l'azienda sanitaria offre "
                    "il vaccino antinfluenzale, gratuito per le persone anziane, per chi ha alcune "
                    "malattie croniche e per le altre categorie indicate ogni anno. Con l'avanzare "
                    "dell'età sono raccomandati anche i vaccini contro lo pneumococco, che può "
                    "causare polmoniti, e contro l'herpes zoster, il cosiddetto fuoco di "
                    "Sant'Antonio. A tutti gli adulti è consigliato un richiamo contro tetano, "
                    "difterite e pertosse ogni dieci anni. Spesso è il medico di famiglia a "
                    "vaccinare in ambulatorio; altrimenti indica il servizio vaccinale "
                    "dell'azienda sanitaria."
                ),
            ),
            ("heading", "Prenotare o spostare un appuntamento"),
            (
                "paragraph",
                (
                    "Spesso la lettera propone già un giorno, un'ora e un luogo. Se non vanno "
                    "bene, basta contattare il numero o l'indirizzo indicati nella lettera per "
                    "spostare l'appuntamento: meglio avvisare che non presentarsi, così il posto "
                    "va a un'altra persona. Allo stesso recapito si può segnalare se si è fatto "
                    "l'esame da poco. Chi fatica a leggere la lettera o a telefonare può chiedere "
                    "aiuto a uno sportello di welfare, e nel catalogo del portale trova anche i "
                    "servizi di trasporto sociale per raggiungere l'ambulatorio."
                ),
            ),
            (
                "callout",
                (
                    "Se hai dei disturbi, non aspettare l'invito",
                    (
                        "Lo screening è pensato per chi sta bene. Se noti sintomi nuovi, come un "
                        "nodulo al seno, perdite di sangue insolite o cambiamenti delle abitudini "
                        "intestinali che non passano, parlane subito con il medico di famiglia."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        (
                            "Pagine informative su prevenzione, screening e vaccinazioni per tutte "
                            "le età."
                        ),
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        (
                            "L'azienda sanitaria del territorio padovano, con i recapiti dei "
                            "programmi di screening e dei servizi vaccinali."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "free-screening-and-vaccinations-for-adults",
            "title": "Free prevention: screening and vaccinations for adults and older people",
            "introduction": (
                "The health authority writes to invite people for some free preventive tests and "
                "also offers vaccinations to adults. Why it is worth answering and how to book or "
                "change an appointment."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Many people think of the doctor only when they are ill. Prevention works "
                        "the other way round: it looks for problems before they cause symptoms, "
                        "when they are easier to treat. That is why the health authority offers "
                        "some tests free of charge, known as screening, and a range of "
                        "vaccinations designed for adults and older people too. For screening you "
                        "do not need a doctor's referral: the health authority itself writes to "
                        "you at home."
                    ),
                ),
                ("heading", "The three cancer screening programmes"),
                (
                    "paragraph",
                    (
                        "The screening programmes cover three cancers. For breast cancer, women "
                        "are invited for a mammogram at regular intervals. For cervical cancer, "
                        "they are invited for a Pap test or an HPV test, depending on their age. "
                        "For colorectal cancer, women and men are invited to collect a kit for a "
                        "faecal occult blood test, a simple test done at home. The age ranges and "
                        "how often invitations are sent are set by the Region and may change over "
                        "time: the letter always explains what to do and where."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "It is worth answering. The tests are free, quick and carried out by "
                        "experienced staff. If the result is normal, you are told by post and, "
                        "when the time comes, you receive a new invitation. If further tests are "
                        "needed, the programme itself calls the person back and guides them "
                        "through the next steps, normally without paying the patient co-payment "
                        "(ticket)."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "I had left the letter in a drawer for months. When I finally had the "
                            "mammogram it took twenty minutes, and I wondered why I had waited so "
                            "long."
                        ),
                        "A retired woman from Albignasego",
                    ),
                ),
                ("heading", "Vaccinations: not just for children"),
                (
                    "paragraph",
                    (
                        "Vaccines protect adults too. Every autumn the health authority offers the "
                        "flu vaccine, free for older people, for people with certain chronic "
                        "illnesses and for the other groups listed each year. As people get older, "
                        "vaccines against pneumococcus, which can cause pneumonia, and against "
                        "herpes zoster, better known as shingles, are also recommended. All adults "
                        "are advised to have a booster against tetanus, diphtheria and whooping "
                        "cough every ten years. Often the family doctor gives vaccinations at the "
                        "surgery; otherwise they will refer you to the health authority's "
                        "vaccination service."
                    ),
                ),
                ("heading", "Booking or changing an appointment"),
                (
                    "paragraph",
                    (
                        "The letter often already proposes a day, a time and a place. If they do "
                        "not suit you, simply contact the number or address given in the letter to "
                        "change the appointment: it is better to let them know than not to turn "
                        "up, so that the slot goes to someone else. You can use the same contact "
                        "to say that you had the test recently. Anyone who finds it hard to read "
                        "the letter or make a phone call can ask for help at a welfare help desk, "
                        "and the portal's catalogue also lists community transport services to get "
                        "to the clinic."
                    ),
                ),
                (
                    "callout",
                    (
                        "If you have symptoms, do not wait for the invitation",
                        (
                            "Screening is designed for people who feel well. If you notice new "
                            "symptoms, such as a lump in the breast, unusual bleeding or changes "
                            "in bowel habits that do not go away, talk to your family doctor "
                            "straight away."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            (
                                "Information pages on prevention, screening and vaccinations at "
                                "every age."
                            ),
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            (
                                "The health authority for the Padova area, with contact details "
                                "for its screening programmes and vaccination services."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "consultorio-familiare-cosa-offre",
        "theme": "cura-e-salute",
        "title": "Il consultorio familiare: un servizio pubblico per coppie, genitori e ragazzi",
        "introduction": (
            "Gravidanza, contraccezione, vita di coppia, crescita dei figli: il consultorio "
            "familiare dell'azienda sanitaria offre ascolto e assistenza, senza bisogno "
            "dell'impegnativa del medico."
        ),
        "date": "2026-12-01",
        "authors": ["chiara-zanon", "marco-bellin"],
        "topics": ["famiglie", "salute", "accesso-ai-servizi"],
        "body": [
            (
                "paragraph",
                (
                    "Il consultorio familiare è uno dei servizi pubblici meno conosciuti, eppure è "
                    "tra i più vicini alla vita di tutti i giorni. Istituito dalla Legge 405 del "
                    "1975, fa parte dell'azienda sanitaria e ha sedi distribuite nei diversi "
                    "distretti. Ci lavora un'équipe di professionisti: ginecologi, ostetriche, "
                    "psicologi, assistenti sociali e, in alcune sedi, altre figure come il "
                    "mediatore culturale. Proprio questa varietà permette di guardare ai bisogni "
                    "di una persona o di una famiglia nel loro insieme. Non serve essere sposati "
                    "né avere figli: il consultorio è aperto a donne, uomini e coppie di ogni età."
                ),
            ),
            ("heading", "Dalla gravidanza ai primi mesi"),
            (
                "paragraph",
                (
                    "Durante la gravidanza l'ostetrica e il ginecologo possono seguire la futura "
                    "mamma con visite e controlli, e molti consultori organizzano corsi di "
                    "accompagnamento alla nascita, aperti anche ai papà. Dopo il parto si trova "
                    "aiuto per l'allattamento, per le prime settimane con il neonato e per la "
                    "stanchezza o la tristezza che a volte arrivano dopo la nascita. Il "
                    "consultorio offre inoltre informazioni e consulenza sulla contraccezione e "
                    "accompagna, secondo la Legge 194 del 1978, le donne che stanno valutando "
                    "un'interruzione di gravidanza."
                ),
            ),
            ("heading", "Coppie, genitori e adolescenti"),
            (
                "paragraph",
                (
                    "C'è poi lo spazio dedicato alle relazioni. Psicologi e assistenti sociali "
                    "offrono colloqui alle coppie in difficoltà e sostegno ai genitori alle prese "
                    "con figli piccoli o adolescenti; in molte sedi è disponibile la mediazione "
                    "familiare per chi si separa. Il consultorio informa e prepara anche le "
                    "famiglie che pensano all'adozione o all'affido. Per ragazze e ragazzi "
                    "esistono spesso spazi dedicati, con orari pensati per loro, dove parlare in "
                    "modo riservato di affettività, sessualità, contraccezione o di un periodo "
                    "difficile."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Molte ragazze arrivano con un'amica, un po' timide, convinte di aver "
                        "bisogno dell'impegnativa del medico. Quando scoprono che basta prenotare, "
                        "tornano anche per parlare d'altro."
                    ),
                    "Un'ostetrica di un consultorio familiare del Padovano",
                ),
            ),
            ("heading", "Chi può andare e come si prenota"),
            (
                "paragraph",
                (
                    "Al consultorio si accede direttamente, senza l'impegnativa del medico di "
                    "famiglia, e ci si può andare da soli, in coppia o con un familiare. La "
                    "maggior parte delle attività è gratuita; per alcuni esami può essere "
                    "richiesto il ticket, secondo le regole generali. Anche i minorenni possono "
                    "rivolgersi al consultorio, per esempio per la contraccezione, e trovano "
                    "operatori tenuti al segreto professionale. Per prenotare basta telefonare o "
                    "passare nella sede più vicina: indirizzi e orari sono sul sito dell'azienda "
                    "sanitaria. Nel catalogo del portale trovi anche i gruppi e i servizi delle "
                    "associazioni che sostengono i neogenitori."
                ),
            ),
            (
                "callout",
                (
                    "Un consiglio pratico",
                    (
                        "Alla prima visita porta la tessera sanitaria e, se li hai, gli esami e i "
                        "referti precedenti. Se ti serve un interprete, chiedilo quando prenoti: "
                        "in molte sedi si può organizzare una mediazione linguistica."
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
                            "L'azienda sanitaria della provincia di Padova, con sedi, orari e "
                            "recapiti dei consultori familiari."
                        ),
                    ),
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        "Informazioni nazionali su salute della donna, gravidanza e nascita.",
                    ),
                    (
                        "https://www.epicentro.iss.it/",
                        "EpiCentro - Istituto superiore di sanità",
                        (
                            "Il portale dell'Istituto superiore di sanità dedicato "
                            "all'epidemiologia, con approfondimenti su consultori e salute "
                            "materno-infantile."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "the-family-advice-centre-what-it-offers",
            "title": (
                "The family advice centre: a public service for couples, parents and young people"
            ),
            "introduction": (
                "Pregnancy, contraception, relationships, bringing up children: the health "
                "authority's family advice centre (consultorio familiare) offers a listening ear "
                "and care, with no need for a doctor's referral."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "The family advice centre, or consultorio familiare, is one of the least "
                        "known public services, yet it is one of the closest to everyday life. "
                        "Established by Law 405 of 1975, it is part of the health authority and "
                        "has premises across its various districts. It is staffed by a team of "
                        "professionals: gynaecologists, midwives, psychologists, social workers "
                        "and, in some centres, others such as cultural mediators. This very "
                        "variety makes it possible to look at the needs of a person or a family as "
                        "a whole. You do not need to be married or have children: the centre is "
                        "open to women, men and couples of any age."
                    ),
                ),
                ("heading", "From pregnancy to the first months"),
                (
                    "paragraph",
                    (
                        "During pregnancy the midwife and the gynaecologist can follow the "
                        "mother-to-be with check-ups and examinations, and many centres run "
                        "antenatal classes, open to fathers too. After the birth there is help "
                        "with breastfeeding, with the first weeks with the newborn and with the "
                        "tiredness or low mood that sometimes comes after having a baby. The "
                        "centre also offers information and advice on contraception and, in line "
                        "with Law 194 of 1978, supports women who are considering a termination of "
                        "pregnancy."
                    ),
                ),
                ("heading", "Couples, parents and teenagers"),
                (
                    "paragraph",
                    (
                        "Then there is room for relationships. Psychologists and social workers "
                        "offer sessions to couples in difficulty and support to parents coping "
                        "with young children or teenagers; in many centres family mediation is "
                        "available for those who are separating. The centre also informs and "
                        "prepares families who are thinking about adoption or fostering. For girls "
                        "and boys there are often dedicated spaces, with opening hours designed "
                        "for them, where they can talk in confidence about relationships, "
                        "sexuality, contraception or a difficult time."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Many girls come with a friend, a little shy, convinced that they need "
                            "a doctor's referral. When they find out that all they need to do is "
                            "book, they come back to talk about other things too."
                        ),
                        "A midwife at a family advice centre in the Padova area",
                    ),
                ),
                ("heading", "Who can go and how to book"),
                (
                    "paragraph",
                    (
                        "You can go to the family advice centre directly, without a referral from "
                        "your family doctor, and you can go on your own, as a couple or with a "
                        "relative. Most of its services are free; for some tests a patient "
                        "co-payment (ticket) may apply, under the general rules. Minors can also "
                        "go to the centre, for example for contraception, and they will find staff "
                        "bound by professional confidentiality. To book, simply phone or drop in "
                        "at the nearest centre: addresses and opening hours are on the health "
                        "authority's website. In the portal's catalogue you will also find groups "
                        "and services run by associations that support new parents."
                    ),
                ),
                (
                    "callout",
                    (
                        "A practical tip",
                        (
                            "At your first visit, bring your health card and, if you have them, "
                            "previous test results and medical reports. If you need an "
                            "interpreter, ask when you book: in many centres language mediation "
                            "can be arranged."
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
                                "The health authority for the province of Padova, with the "
                                "locations, opening hours and contact details of its family advice "
                                "centres."
                            ),
                        ),
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            "National information on women's health, pregnancy and birth.",
                        ),
                        (
                            "https://www.epicentro.iss.it/",
                            (
                                "EpiCentro - Istituto superiore di sanità (National Institute of "
                                "Health)"
                            ),
                            (
                                "The National Institute of Health's epidemiology portal, with "
                                "in-depth pages on family advice centres and maternal and child "
                                "health."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
]
