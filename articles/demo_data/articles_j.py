"""Demo articles, part J: care and health.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: cura-e-salute
    # ------------------------------------------------------------------
    {
        "slug": "casa-della-comunita-cosa-prevede",
        "theme": "cura-e-salute",
        "title": (
            "La Casa della Comunità: medici, infermieri e servizi sociali sotto lo stesso tetto"
        ),
        "introduction": (
            "Il Piano nazionale di ripresa e resilienza finanzia in tutta Italia le Case della "
            "Comunità, sedi in cui sanità e servizi sociali lavorano insieme vicino a casa. Ecco "
            "che cosa prevede il modello, come si collega al distretto e come scoprire che cosa è "
            "già attivo nella tua zona."
        ),
        "date": "2025-08-26",
        "authors": ["chiara-zanon", "giulia-ferraro"],
        "topics": ["salute", "accesso-ai-servizi", "assistenza-sociale"],
        "body": [
            (
                "paragraph",
                (
                    "Per molte persone la sanità sul territorio è fatta di tanti indirizzi "
                    "diversi: lo studio del medico di famiglia, il punto prelievi, l'ambulatorio "
                    "dello specialista, l'ufficio dell'assistente sociale. La Casa della Comunità "
                    "nasce per avvicinare questi servizi e farli lavorare in rete. La prevede il "
                    "decreto ministeriale 77 del 2022 sull'assistenza territoriale, e molte sedi "
                    "sono finanziate dalla missione Salute del Piano nazionale di ripresa e "
                    "resilienza (PNRR)."
                ),
            ),
            ("heading", "Che cosa prevede il modello"),
            (
                "paragraph",
                (
                    "Il decreto la descrive come un luogo vicino e facile da trovare, il primo "
                    "punto di contatto con i servizi sanitari e sociosanitari. Ci lavorano équipe "
                    "di professionisti diversi: medici di famiglia e pediatri, infermieri di "
                    "famiglia e di comunità, specialisti, assistenti sociali. Le sedi più grandi, "
                    "chiamate hub, offrono la gamma completa: visite specialistiche per le "
                    "malattie croniche più diffuse, come il diabete, un punto prelievi, esami di "
                    "base, screening e un medico presente 24 ore su 24, anche grazie alla "
                    "continuità assistenziale, quella che molti chiamano ancora guardia medica. Le "
                    "sedi più piccole, chiamate spoke, offrono una parte di questi servizi e si "
                    "appoggiano a una sede hub."
                ),
            ),
            ("heading", "Il PUA, una sola porta d'ingresso"),
            (
                "paragraph",
                (
                    "Un elemento centrale è il Punto unico di accesso, o PUA: lo sportello dove "
                    "porti un bisogno che riguarda insieme salute e assistenza, come un genitore "
                    "che non riesce più a stare da solo o un rientro a casa dopo un ricovero. Gli "
                    "operatori ascoltano, informano e, se serve, avviano la valutazione "
                    "multidimensionale, cioè l'esame completo dei bisogni sanitari e sociali della "
                    "persona. In Veneto se ne occupa la UVMD, l'unità del distretto che riunisce "
                    "sanità e servizi sociali del Comune. Così non devi ripetere la tua storia a "
                    "ogni ufficio."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Il nostro lavoro non finisce in ambulatorio. Se una persona anziana salta "
                        "i controlli, cerchiamo di capire perché: a volte manca solo un passaggio "
                        "in macchina, e allora chiamiamo il Comune o un'associazione."
                    ),
                    "Un'infermiera di famiglia e di comunità del Padovano",
                ),
            ),
            ("heading", "La Casa della Comunità e il distretto"),
            (
                "paragraph",
                (
                    "La Casa della Comunità non sostituisce il distretto sanitario: ne è il volto "
                    "più visibile. Il distretto è la parte dell'azienda sanitaria che organizza i "
                    "servizi di un territorio; nel Padovano l'azienda sanitaria è l'ULSS 6 "
                    "Euganea. Nel distretto il decreto 77 prevede anche altre strutture, come la "
                    "Centrale operativa territoriale, che coordina il passaggio da un servizio "
                    "all'altro, per esempio dall'ospedale a casa, e l'Ospedale di Comunità, per "
                    "brevi ricoveri a bassa intensità di cura. Il modello dà spazio anche alla "
                    "comunità: associazioni di pazienti, volontari e caregiver sono invitati a "
                    "partecipare."
                ),
            ),
            (
                "paragraph",
                (
                    "Attenzione, però: quello descritto è il modello. Le sedi aprono un po' alla "
                    "volta, molte sono ancora in costruzione o in ristrutturazione e non tutte "
                    "offrono fin da subito ogni servizio. Il medico di famiglia resta il tuo "
                    "riferimento, e il modello prevede che collabori con la Casa della Comunità "
                    "della sua zona."
                ),
            ),
            (
                "callout",
                (
                    "Come sapere che cosa c'è vicino a te",
                    (
                        "Sul sito dell'ULSS 6 Euganea trovi sedi e servizi del tuo distretto. Se "
                        "preferisci chiedere di persona, rivolgiti allo sportello di welfare del "
                        "tuo Comune. Nel catalogo del portale trovi anche servizi di cooperative e "
                        "associazioni che completano le cure, come i trasporti sociali."
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
                            "Informazioni nazionali sull'assistenza territoriale e sul decreto 77 "
                            "del 2022."
                        ),
                    ),
                    (
                        "https://www.italiadomani.gov.it/",
                        "Italia Domani",
                        (
                            "Il portale ufficiale del PNRR, con gli investimenti della missione "
                            "Salute."
                        ),
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        (
                            "L'azienda sanitaria della provincia di Padova, con i distretti e le "
                            "loro sedi."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "the-community-health-centre-what-the-model-provides",
            "title": "The Casa della Comunità: doctors, nurses and social services under one roof",
            "introduction": (
                "Italy's National Recovery and Resilience Plan is funding Case della Comunità "
                "(community health centres) across the country: places where health and social "
                "services work together close to home. Here is what the model provides, how it "
                "fits into the health district and how to find out what is already open in your "
                "area."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "For many people, local health care means a string of different addresses: "
                        "the family doctor's surgery, the blood test centre, the specialist's "
                        "clinic, the social worker's office. The Casa della Comunità (community "
                        "health centre) is meant to bring these services closer together and get "
                        "them working as a network. It was set out in Ministerial Decree 77 of "
                        "2022 on community care, and many centres are funded by the health mission "
                        "of the National Recovery and Resilience Plan (PNRR)."
                    ),
                ),
                ("heading", "What the model provides"),
                (
                    "paragraph",
                    (
                        "The decree describes it as a place close by and easy to find, the first "
                        "point of contact with health and social care services. It is staffed by "
                        "teams of different professionals: family doctors and paediatricians, "
                        "family and community nurses, specialists, social workers. The larger "
                        "centres, called hubs, offer the full range: specialist appointments for "
                        "the most common long-term conditions, such as diabetes, a blood test "
                        "point, basic tests, screening and a doctor on hand 24 hours a day, partly "
                        "through the out-of-hours service (continuità assistenziale, still widely "
                        "known as the guardia medica). The smaller ones, called spokes, offer some "
                        "of these services and rely on a hub."
                    ),
                ),
                ("heading", "The PUA: a single way in"),
                (
                    "paragraph",
                    (
                        "A key feature is the single access point, or PUA (Punto unico di "
                        "accesso): the desk where you bring a need that involves both health and "
                        "care, such as a parent who can no longer manage alone or a return home "
                        "after a hospital stay. Staff listen, give information and, if needed, "
                        "start a multidimensional assessment, a full review of the person's health "
                        "and social needs. In Veneto this is the task of the UVMD, the district "
                        "unit that brings together health services and the municipality's social "
                        "services. That way you do not have to tell your story again at every "
                        "office."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Our work doesn't end in the clinic. If an older person keeps missing "
                            "check-ups, we try to find out why: sometimes all that's missing is a "
                            "lift, and then we call the municipality or an association."
                        ),
                        "A family and community nurse in the Padova area",
                    ),
                ),
                ("heading", "The Casa della Comunità and the health district"),
                (
                    "paragraph",
                    (
                        "The Casa della Comunità does not replace the health district (distretto "
                        "sanitario): it is its most visible face. The district is the part of the "
                        "health authority that organises services for a given area; around Padova "
                        "the health authority is the Azienda ULSS 6 Euganea. Within the district, "
                        "Decree 77 also provides for other facilities, such as the local "
                        "operations centre (Centrale operativa territoriale), which coordinates "
                        "moves from one service to another, for example from hospital to home, and "
                        "the community hospital (Ospedale di Comunità), for short stays needing "
                        "low-intensity care. The model also makes room for the community: "
                        "patients' associations, volunteers and carers are invited to take part."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Bear in mind, though, that this is the model. Centres are opening "
                        "gradually, many are still being built or refurbished, and not all of them "
                        "offer every service from day one. Your family doctor remains your point "
                        "of reference, and the model expects them to work with the Casa della "
                        "Comunità in their area."
                    ),
                ),
                (
                    "callout",
                    (
                        "How to find out what is near you",
                        (
                            "The ULSS 6 Euganea website lists the locations and services of your "
                            "district. If you would rather ask in person, go to your "
                            "municipality's welfare help desk. In the portal's catalogue you will "
                            "also find services from cooperatives and associations that complement "
                            "health care, such as community transport."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            "National information on community care and Decree 77 of 2022.",
                        ),
                        (
                            "https://www.italiadomani.gov.it/",
                            "Italia Domani",
                            "The official PNRR portal, with the investments of the health mission.",
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            (
                                "The health authority for the province of Padova, with its "
                                "districts and their centres."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "demenza-e-alzheimer-primi-segnali-e-aiuti",
        "theme": "cura-e-salute",
        "title": "Demenza e Alzheimer: riconoscere i primi segnali e sapere a chi rivolgersi",
        "introduction": (
            "Dimenticare un nome capita a tutti, ma alcuni cambiamenti meritano attenzione. Come "
            "riconoscere i primi segnali di una demenza, dove chiedere una valutazione e quali "
            "aiuti esistono per la persona e per chi le sta accanto."
        ),
        "date": "2026-02-24",
        "authors": ["marco-bellin", "giulia-ferraro"],
        "topics": ["salute", "anziani", "famiglie"],
        "body": [
            (
                "paragraph",
                (
                    "La demenza non è una sola malattia, ma un insieme di disturbi che riducono a "
                    "poco a poco la memoria, il ragionamento e la capacità di cavarsela nella vita "
                    "di ogni giorno. La forma più frequente è la malattia di Alzheimer. Colpisce "
                    "soprattutto dopo i 65 anni, ma non è una conseguenza normale "
                    "dell'invecchiamento. Riconoscerla presto permette alla persona di partecipare "
                    "alle scelte che la riguardano e alla famiglia di organizzarsi."
                ),
            ),
            ("heading", "I primi segnali"),
            (
                "paragraph",
                (
                    "Qualche dimenticanza è normale a ogni età. Diverso è quando i cambiamenti si "
                    "ripetono e pesano sulla vita quotidiana: fare più volte la stessa domanda, "
                    "dimenticare fatti appena successi, perdersi in una strada conosciuta, non "
                    "riuscire più a gestire le bollette o una ricetta preparata mille volte. "
                    "Possono comparire anche difficoltà a trovare le parole, sbalzi d'umore, "
                    "sospettosità o il ritiro da attività che prima piacevano. Nessun segnale, da "
                    "solo, basta per una diagnosi: anche la depressione, alcuni farmaci, problemi "
                    "alla tiroide o la carenza di alcune vitamine possono dare disturbi simili, "
                    "che in questi casi si possono curare."
                ),
            ),
            ("heading", "A chi rivolgersi"),
            (
                "paragraph",
                (
                    "Il primo passo è il medico di famiglia, che può fare alcuni test semplici, "
                    "prescrivere esami del sangue e rivedere i farmaci in uso. Se il dubbio resta, "
                    "prescrive una visita in un Centro per i disturbi cognitivi e demenze, o CDCD, "
                    "un servizio specialistico del Servizio sanitario nazionale previsto dal Piano "
                    "nazionale demenze del 2014. Qui neurologi, geriatri e psicologi "
                    "approfondiscono con test della memoria ed esami mirati. Il CDCD fa la "
                    "diagnosi, imposta le eventuali terapie e segue la persona nel tempo. Non "
                    "esistono ancora cure che guariscano, ma alcuni farmaci e un buon "
                    "accompagnamento possono migliorare la vita quotidiana."
                ),
            ),
            (
                "quote",
                (
                    (
                        "All'inizio mio marito si arrabbiava quando gli facevo notare le "
                        "dimenticanze. Al caffè Alzheimer abbiamo capito che non eravamo i soli, e "
                        "lui ha ritrovato il piacere di chiacchierare."
                    ),
                    (
                        "La moglie di un uomo con demenza, che frequenta un caffè Alzheimer ad "
                        "Abano Terme"
                    ),
                ),
            ),
            ("heading", "Non restare soli: gli aiuti per le famiglie"),
            (
                "paragraph",
                (
                    "La diagnosi cambia la vita di tutta la famiglia. Molti CDCD e associazioni "
                    "propongono corsi per i familiari, per capire la malattia e affrontare i "
                    "momenti difficili. Nei caffè Alzheimer, diffusi in molte città, persone con "
                    "demenza e familiari si ritrovano in un ambiente accogliente, con operatori e "
                    "volontari: si chiacchiera, si fanno attività, ci si scambiano consigli. Di "
                    "solito sono gratuiti e nascono dalla collaborazione tra associazioni, Comuni "
                    "e servizi sanitari."
                ),
            ),
            (
                "paragraph",
                (
                    "Quando l'assistenza a casa diventa pesante, il centro diurno offre alla "
                    "persona attività e compagnia durante il giorno e alla famiglia qualche ora di "
                    "respiro; alcuni sono dedicati alle persone con demenza. Di norma si accede "
                    "dopo la valutazione della UVMD del distretto, e si paga una retta. Conviene "
                    "anche pensare per tempo alle decisioni future, per esempio indicare chi si "
                    "vorrebbe come amministratore di sostegno (la persona che il giudice tutelare "
                    "può nominare per aiutare in alcune decisioni), finché la persona malata può "
                    "ancora esprimere i suoi desideri."
                ),
            ),
            (
                "callout",
                (
                    "Prima della visita",
                    (
                        "Per qualche settimana annota i cambiamenti, con esempi concreti e la data "
                        "in cui li hai notati. Porta alla visita l'elenco dei farmaci e i referti "
                        "recenti. Nel catalogo del portale trovi caffè Alzheimer, gruppi per "
                        "familiari e servizi di sollievo; lo sportello di welfare ti aiuta a "
                        "cercarli."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.salute.gov.it/",
                        "Ministero della Salute",
                        "Pagine sulle demenze e sul Piano nazionale.",
                    ),
                    (
                        "https://www.alzheimer.it/",
                        "Federazione Alzheimer Italia",
                        "Associazioni al fianco delle persone con demenza e delle famiglie.",
                    ),
                    (
                        "https://www.aulss6.veneto.it/",
                        "Azienda ULSS 6 Euganea",
                        "L'azienda sanitaria del Padovano, con i CDCD del territorio.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "dementia-and-alzheimers-early-signs-and-support",
            "title": "Dementia and Alzheimer's: spotting the early signs and knowing where to turn",
            "introduction": (
                "Everyone forgets a name now and then, but some changes deserve attention. How to "
                "recognise the early signs of dementia, where to ask for an assessment and what "
                "support exists for the person and for those close to them."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Dementia is not a single disease but a group of conditions that gradually "
                        "erode memory, reasoning and the ability to cope with everyday life. The "
                        "most common form is Alzheimer's disease. It mostly affects people over "
                        "65, but it is not a normal part of ageing. Recognising it early allows "
                        "the person to take part in the decisions that concern them and gives the "
                        "family time to get organised."
                    ),
                ),
                ("heading", "The early signs"),
                (
                    "paragraph",
                    (
                        "Some forgetfulness is normal at any age. It is different when changes "
                        "keep coming back and weigh on daily life: asking the same question "
                        "several times, forgetting things that have just happened, getting lost on "
                        "a familiar street, no longer being able to deal with bills or a recipe "
                        "cooked a thousand times. There may also be trouble finding words, mood "
                        "swings, suspicion or withdrawal from activities the person used to enjoy. "
                        "No single sign is enough for a diagnosis: depression, some medicines, "
                        "thyroid problems or a lack of certain vitamins can cause similar "
                        "symptoms, which in those cases can be treated."
                    ),
                ),
                ("heading", "Where to turn"),
                (
                    "paragraph",
                    (
                        "The first step is the family doctor, who can carry out some simple tests, "
                        "order blood tests and review the medicines being taken. If doubts remain, "
                        "they refer the person to a Centre for Cognitive Disorders and Dementia, "
                        "or CDCD (Centro per i disturbi cognitivi e demenze), a specialist memory "
                        "clinic of the National Health Service provided for in the 2014 National "
                        "Dementia Plan. There, neurologists, geriatricians and psychologists look "
                        "more closely, with memory tests and further examinations. The CDCD makes "
                        "the diagnosis, sets up any treatment and follows the person over time. "
                        "There is still no cure, but some medicines and good support can make "
                        "everyday life better."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "At first my husband would get angry when I pointed out what he had "
                            "forgotten. At the Alzheimer café we realised we were not the only "
                            "ones, and he rediscovered the pleasure of a good chat."
                        ),
                        (
                            "The wife of a man with dementia, who attends an Alzheimer café in "
                            "Abano Terme"
                        ),
                    ),
                ),
                ("heading", "You are not alone: support for families"),
                (
                    "paragraph",
                    (
                        "The diagnosis changes the life of the whole family. Many CDCDs and "
                        "associations offer courses for relatives, to help them understand the "
                        "illness and cope with difficult moments. At Alzheimer cafés, found in "
                        "many towns, people with dementia and their families meet in a welcoming "
                        "setting, with professionals and volunteers: they chat, do activities and "
                        "swap advice. They are usually free and run jointly by associations, "
                        "municipalities and health services."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "When caring at home becomes too heavy, a day centre offers the person "
                        "activities and company during the day and gives the family a few hours' "
                        "break; some are dedicated to people with dementia. Access normally "
                        "follows an assessment by the district's UVMD (multidimensional assessment "
                        "unit), and a fee is charged. It is also wise to think ahead about future "
                        "decisions, for example naming the person you would like as support "
                        "administrator (amministratore di sostegno, someone the guardianship judge "
                        "can appoint to help with specific decisions), while the person with "
                        "dementia can still express their wishes."
                    ),
                ),
                (
                    "callout",
                    (
                        "Before the appointment",
                        (
                            "For a few weeks, write down the changes, with concrete examples and "
                            "the date you noticed them. Bring the list of medicines and recent "
                            "test results to the appointment. In the portal's catalogue you will "
                            "find Alzheimer cafés, groups for relatives and respite services; the "
                            "welfare help desk can help you look for them."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.salute.gov.it/",
                            "Ministero della Salute (Ministry of Health)",
                            "Pages on dementia and the national plan.",
                        ),
                        (
                            "https://www.alzheimer.it/",
                            "Federazione Alzheimer Italia",
                            "Associations supporting people with dementia and their families.",
                        ),
                        (
                            "https://www.aulss6.veneto.it/",
                            "Azienda ULSS 6 Euganea",
                            "The health authority for the Padova area, with its local CDCDs.",
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "invalidita-civile-e-legge-104-come-fare",
        "theme": "cura-e-salute",
        "title": "Invalidità civile e legge 104: come si chiede il riconoscimento e che cosa dà",
        "introduction": (
            "Il riconoscimento dell'invalidità civile e della disabilità secondo la legge 104 apre "
            "la strada a sostegni economici, tutele sul lavoro e agevolazioni. Ecco i passaggi, "
            "dal certificato del medico alla visita, e che cosa sta cambiando con la riforma della "
            "disabilità."
        ),
        "date": "2026-04-28",
        "authors": ["marco-bellin", "luca-pavan"],
        "topics": ["assistenza-agli-invalidi", "lavoro", "accesso-ai-servizi"],
        "body": [
            (
                "paragraph",
                (
                    "Invalidità civile e legge 104 sono due riconoscimenti diversi. L'invalidità "
                    "civile misura in percentuale quanto una malattia o una menomazione riduce le "
                    "capacità della persona; oltre certe soglie dà diritto a prestazioni "
                    "economiche, come l'assegno mensile o, nei casi più gravi, l'indennità di "
                    "accompagnamento, con importi e, dove previsti, limiti di reddito aggiornati "
                    "ogni anno. La legge 104 del 1992 guarda invece allo svantaggio che la "
                    "disabilità crea nella vita sociale e nel lavoro, e prevede tutele per la "
                    "persona e per chi la assiste, più ampie quando la situazione è riconosciuta "
                    "grave."
                ),
            ),
            ("heading", "I passaggi per fare domanda"),
            (
                "paragraph",
                (
                    "Tutto comincia dal medico, di solito quello di famiglia, che compila il "
                    "certificato medico introduttivo e lo invia online all'INPS. Il medico ti "
                    "consegna la ricevuta con il numero del certificato. Con la procedura "
                    "ordinaria il certificato vale 90 giorni: entro questo termine presenta la "
                    "domanda, da solo sul sito dell'INPS con SPID, CIE o CNS, oppure gratis con un "
                    "patronato o un'associazione di categoria. Con un'unica domanda puoi chiedere "
                    "l'invalidità civile, la legge 104 e la valutazione per il collocamento mirato "
                    "al lavoro."
                ),
            ),
            (
                "paragraph",
                (
                    "Poi arriva la convocazione per la visita, di regola davanti a una commissione "
                    "medica dell'azienda sanitaria di cui fa parte anche un medico dell'INPS; in "
                    "alcune regioni, in base ad accordi, se ne occupa direttamente l'INPS. Porta "
                    "tutta la documentazione medica utile. Se la persona non può spostarsi, si può "
                    "chiedere la visita a domicilio. Alla fine l'INPS invia il verbale. Se non sei "
                    "d'accordo, puoi contestarlo in tribunale entro sei mesi, meglio se con un "
                    "patronato o un avvocato."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Molti arrivano convinti di dover scegliere tra invalidità e 104. Quando "
                        "scoprono che basta una domanda, tirano un sospiro di sollievo."
                    ),
                    "Un'operatrice di patronato a Cadoneghe",
                ),
            ),
            ("heading", "Che cosa dà la legge 104"),
            (
                "paragraph",
                (
                    "Quando la disabilità è riconosciuta grave, il lavoratore dipendente che "
                    "assiste un familiare può avere tre giorni al mese di permesso retribuito, "
                    "usabili anche a ore, di norma se la persona assistita non è ricoverata a "
                    "tempo pieno. Più familiari possono alternarsi, entro i tre giorni mensili "
                    "complessivi. Anche il lavoratore con disabilità grave ha diritto a permessi "
                    "di due ore al giorno o di tre giorni al mese. Sono legati alla gravità anche "
                    "il congedo straordinario, fino a due anni in tutto e con un'indennità, e la "
                    "possibilità di chiedere, quando si può, la sede di lavoro più vicina alla "
                    "persona assistita. La legge 104 apre poi la strada ad alcune agevolazioni "
                    "fiscali, per esempio su veicoli e ausili."
                ),
            ),
            ("heading", "Una riforma graduale"),
            (
                "paragraph",
                (
                    "Il decreto legislativo 62 del 2024, cuore della riforma, cambia il modo in "
                    "cui si accerta la disabilità. Al posto di più accertamenti separati introduce "
                    "una valutazione di base unica, affidata all'INPS, che guarda anche a come la "
                    "persona vive e partecipa alla vita sociale. Chi lo chiede può poi costruire "
                    "con i servizi un progetto di vita personalizzato. Cambiano anche le parole: "
                    "al posto di «handicap» si parla di «condizione di disabilità». Il nuovo "
                    "percorso parte gradualmente, da alcune province in via sperimentale, e lì "
                    "basta il certificato del medico: non serve più una domanda separata. Secondo "
                    "il calendario attuale, la riforma dovrebbe valere in tutta Italia dal 2027. "
                    "Prima di muoverti, controlla sul sito dell'INPS quale procedura vale nella "
                    "tua provincia, oppure chiedi al patronato."
                ),
            ),
            (
                "callout",
                (
                    "Che cosa preparare",
                    (
                        "Prima di andare dal medico raccogli referti e lettere di dimissione. Nel "
                        "catalogo del portale trovi patronati, associazioni e sportelli che "
                        "aiutano con le pratiche; se lavori in un'impresa aderente, chiedi al "
                        "welfare manager come organizzare i permessi."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.inps.it/",
                        "INPS",
                        "Domande, verbali, permessi e aggiornamenti sulla riforma.",
                    ),
                    (
                        "https://www.disabilita.governo.it/",
                        "Dipartimento per le politiche in favore delle persone con disabilità",
                        "Il dipartimento del Governo che segue la riforma.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "civil-invalidity-and-law-104-how-to-apply",
            "title": (
                "Civil invalidity and Law 104: how to apply for recognition and what it entitles "
                "you to"
            ),
            "introduction": (
                "Recognition of civil invalidity and of disability under Law 104 opens the way to "
                "financial support, protection at work and other concessions. Here are the steps, "
                "from the doctor's certificate to the medical assessment, and what is changing "
                "with the disability reform."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Civil invalidity (invalidità civile) and Law 104 are two different forms "
                        "of recognition. Civil invalidity measures, as a percentage, how much an "
                        "illness or impairment reduces a person's abilities; above certain "
                        "thresholds it entitles you to financial benefits, such as the monthly "
                        "allowance (assegno mensile) or, in the most serious cases, the attendance "
                        "allowance (indennità di accompagnamento), with amounts and, where they "
                        "apply, income limits updated every year. Law 104 of 1992 looks instead at "
                        "the disadvantage that disability creates in social life and at work, and "
                        "provides protections for the person and for those who care for them, "
                        "which are broader when the situation is recognised as severe."
                    ),
                ),
                ("heading", "The steps to apply"),
                (
                    "paragraph",
                    (
                        "It all starts with a doctor, usually your family doctor, who fills in the "
                        "introductory medical certificate and sends it online to INPS, the "
                        "national social security institute. The doctor gives you a receipt with "
                        "the certificate number. Under the standard procedure the certificate is "
                        "valid for 90 days: within that time, submit your application, either "
                        "yourself on the INPS website, logging in with SPID, CIE (electronic "
                        "identity card) or CNS, or with free help from a patronato (an advice "
                        "centre, usually linked to a trade union) or a disability association. A "
                        "single application can cover civil invalidity, Law 104 and the assessment "
                        "for targeted job placement (collocamento mirato)."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "You are then called for a medical assessment, as a rule by a medical "
                        "board of the health authority that includes an INPS doctor; in some "
                        "regions, under specific agreements, INPS handles it directly. Bring all "
                        "relevant medical records. If the person cannot travel, a home visit can "
                        "be requested. Afterwards INPS sends the report (verbale). If you disagree "
                        "with it, you can challenge it in court within six months, ideally with "
                        "the help of a patronato or a lawyer."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "Many people arrive convinced they have to choose between invalidity "
                            "and 104. When they find out one application is enough, they breathe a "
                            "sigh of relief."
                        ),
                        "A patronato adviser in Cadoneghe",
                    ),
                ),
                ("heading", "What Law 104 entitles you to"),
                (
                    "paragraph",
                    (
                        "When a disability is recognised as severe, an employee who cares for a "
                        "relative can have three days of paid leave a month, which can also be "
                        "taken in hours, normally as long as the person cared for is not in "
                        "full-time residential or hospital care. Several relatives can take turns, "
                        "as long as they do not exceed three days a month between them. A worker "
                        "with a severe disability is also entitled to leave of two hours a day or "
                        "three days a month. Recognition as severe also gives access to "
                        "extraordinary leave (congedo straordinario) of up to two years in total, "
                        "with an allowance, and the option of asking, where possible, to work at "
                        "the site nearest the person cared for. Law 104 also opens the way to some "
                        "tax concessions, for example on vehicles and mobility aids."
                    ),
                ),
                ("heading", "A gradual reform"),
                (
                    "paragraph",
                    (
                        "Legislative Decree 62 of 2024, the core of the reform, changes the way "
                        "disability is assessed. Instead of several separate assessments, it "
                        "introduces a single basic assessment run by INPS, which also looks at how "
                        "the person lives and takes part in society. Those who ask for it can then "
                        "draw up a personalised life plan (progetto di vita) with the services. "
                        "The words are changing too: ‘handicap’ is giving way to ‘condizione di "
                        "disabilità’ (condition of disability). The new procedure is being "
                        "introduced gradually, starting as a trial in some provinces, and there "
                        "the doctor's certificate is enough: no separate application is needed. "
                        "Under the current timetable, the reform is due to apply across Italy from "
                        "2027. Before you do anything, check on the INPS website which procedure "
                        "applies in your province, or ask a patronato."
                    ),
                ),
                (
                    "callout",
                    (
                        "What to prepare",
                        (
                            "Before you see the doctor, gather test results and discharge letters. "
                            "In the portal's catalogue you will find patronati, associations and "
                            "help desks that assist with the paperwork; if you work for a member "
                            "company, ask the welfare manager how to organise your leave."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.inps.it/",
                            "INPS",
                            "Applications, assessment reports, leave and updates on the reform.",
                        ),
                        (
                            "https://www.disabilita.governo.it/",
                            (
                                "Dipartimento per le politiche in favore delle persone con "
                                "disabilità (Department for Policies for Persons with "
                                "Disabilities)"
                            ),
                            "The government department that oversees the reform.",
                        ),
                    ],
                ),
            ],
        },
    },
]
