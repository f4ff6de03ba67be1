"""Demo providers, part A: a municipality, the local health authority, a social
cooperative and a voluntary association.

Original demo content written for this portal. The municipality and the health authority
are real bodies, but every service described here is invented; the cooperative and the
association are fictional. Websites and emails use the reserved example.org domain and
phone numbers follow the fake "049 000 xxxx" pattern.
"""

PROVIDERS = [
    {
        "slug": "comune-di-vigonza",
        "name": "Comune di Vigonza",
        "legal_status": "public_body",
        "pillar": "pubblico",
        "description": (
            "Il Comune di Vigonza, a est di Padova, gestisce i servizi sociali ed educativi per i "
            "residenti del capoluogo e delle frazioni. L'Ufficio servizi sociali lavora insieme "
            "all'azienda sanitaria, alle cooperative e alle associazioni del territorio per "
            "sostenere anziani, famiglie e persone fragili."
        ),
        "website": "https://vigonza.example.org/",
        "email": "servizisociali@vigonza.example.org",
        "phone": "049 000 1100",
        "en_description": (
            "The Municipality of Vigonza, east of Padua, runs social and educational services for "
            "residents of the town and its outlying villages. Its social services office works "
            "with the local health authority, cooperatives and associations to support older "
            "people, families and vulnerable residents."
        ),
        "services": [
            {
                "slug": "assistenza-domiciliare-anziani",
                "title": "Assistenza domiciliare per anziani",
                "short_description": (
                    "Operatori socio-sanitari a casa per l'igiene personale, la cura della casa e "
                    "la compagnia, per anziani soli o con familiari in difficoltà."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": ["anziani", "assistenza-sociale"],
                "target_groups": ["anziani", "caregiver"],
                "min_age": 65,
                "max_age": None,
                "audience": (
                    "Persone residenti a Vigonza con almeno 65 anni, parzialmente o totalmente non "
                    "autosufficienti, che vivono sole o con familiari che non riescono a garantire "
                    "l'assistenza necessaria. La domanda può essere presentata anche da un "
                    "familiare."
                ),
                "how_to": (
                    "Prenota un colloquio con l'assistente sociale allo Sportello sociale, online "
                    "o per telefono. L'assistente sociale fa una visita a domicilio e concorda con "
                    "te e con la famiglia un piano di assistenza personalizzato. Il servizio parte "
                    "dopo la firma del piano e l'accettazione della tariffa."
                ),
                "documents": [
                    "Documento d'identità della persona assistita",
                    "Attestazione ISEE socio-sanitario in corso di validità",
                    "Verbale di invalidità o certificato del medico di famiglia, se disponibili",
                ],
                "outcome": (
                    "Da uno a cinque interventi settimanali di un operatore socio-sanitario per "
                    "l'igiene personale, l'aiuto durante i pasti, le piccole commissioni e la cura "
                    "dell'ambiente domestico."
                ),
                "times": (
                    "Il colloquio con l'assistente sociale viene fissato entro 10 giorni dalla "
                    "richiesta; il servizio parte di norma entro 30 giorni dalla visita a "
                    "domicilio."
                ),
                "online_url": "https://vigonza.example.org/servizi/assistenza-domiciliare-anziani",
                "booking_url": "https://vigonza.example.org/prenota/sportello-sociale",
                "phone": "049 000 1101",
                "email": "anziani@vigonza.example.org",
                "desk": (
                    "Sportello sociale al piano terra del municipio, con ingresso accessibile dal "
                    "cortile interno."
                ),
                "is_free": False,
                "cost_description": (
                    "La tariffa oraria dipende dall'ISEE socio-sanitario; con un ISEE inferiore a "
                    "6.000 euro il servizio è gratuito."
                ),
                "cost_options": [
                    ("Tariffa oraria agevolata", "8.50", "ISEE tra 6.000 e 15.000 euro"),
                    ("Tariffa oraria intera", "18.00", "ISEE oltre 15.000 euro o non presentato"),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Le assenze programmate vanno comunicate con almeno 24 ore di anticipo; in "
                    "caso di ricovero il servizio viene sospeso. Il piano di assistenza viene "
                    "rivisto ogni sei mesi."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza"],
                "locations": [
                    {
                        "name": "Municipio di Vigonza",
                        "address": "Via Cavour 16",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4432,
                        "lon": 11.9842,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("we", "15:00", "18:00"),
                            ("th", "09:00", "12:30"),
                            ("fr", "09:00", "12:30"),
                        ],
                        "closed": [
                            ("2026-12-24", "Chiusura natalizia degli uffici"),
                            ("2026-12-31", "Chiusura degli uffici per fine anno"),
                        ],
                    },
                ],
                "verified_on": "2026-03-10",
                "en": {
                    "title": "Home care for older people",
                    "slug": "home-care-for-older-people",
                    "short_description": (
                        "Care workers visit older people at home to help with personal care, "
                        "housework and company, for those living alone or whose relatives cannot "
                        "cope."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Vigonza residents aged 65 or over who are partly or fully dependent on "
                        "others and live alone or with relatives who cannot provide the care they "
                        "need. A relative may apply on their behalf."
                    ),
                    "how_to": (
                        "Book an appointment with a social worker at the social services desk, "
                        "online or by phone. The social worker visits you at home and agrees a "
                        "personal care plan with you and your family. The service starts once the "
                        "plan is signed and the rate accepted."
                    ),
                    "documents": [
                        "Identity document of the person receiving care",
                        "Valid ISEE declaration for social and health services",
                        "Disability assessment report or GP's certificate, if available",
                    ],
                    "outcome": (
                        "One to five visits a week from a qualified care worker, who helps with "
                        "personal hygiene, meals, small errands and keeping the home in order."
                    ),
                    "times": (
                        "The meeting with the social worker is arranged within 10 days of your "
                        "request; the service normally starts within 30 days of the home visit."
                    ),
                    "desk": (
                        "Social services desk on the ground floor of the town hall, with step-free "
                        "access from the inner courtyard."
                    ),
                    "cost_description": (
                        "The hourly rate depends on your ISEE for social and health services; "
                        "below €6,000 the service is free."
                    ),
                    "cost_options": [
                        ("Reduced hourly rate", "ISEE between €6,000 and €15,000"),
                        ("Full hourly rate", "ISEE above €15,000 or not submitted"),
                    ],
                    "conditions": (
                        "Planned absences must be notified at least 24 hours in advance; the "
                        "service is suspended during hospital stays. The care plan is reviewed "
                        "every six months."
                    ),
                    "location_names": ["Vigonza Town Hall"],
                },
            },
            {
                "slug": "pasti-a-domicilio",
                "title": "Pasti caldi a domicilio",
                "short_description": (
                    "Consegna a casa, dal lunedì al sabato, di un pasto caldo preparato dalla "
                    "cucina convenzionata, anche con menu per diete particolari."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": ["anziani", "assistenza-sociale"],
                "target_groups": ["anziani", "persone-con-disabilita"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Anziani e persone con disabilità residenti a Vigonza che non riescono a "
                    "prepararsi i pasti da soli, anche per un periodo limitato, ad esempio dopo "
                    "una dimissione dall'ospedale."
                ),
                "how_to": (
                    "Compila il modulo di richiesta allo Sportello sociale oppure scaricalo dal "
                    "sito e invialo per email. L'ufficio verifica i requisiti e ti comunica il "
                    "giorno della prima consegna. Le diete speciali vanno indicate nel modulo, "
                    "allegando il certificato del medico."
                ),
                "documents": [
                    "Modulo di richiesta compilato e firmato",
                    "Documento d'identità",
                    "Attestazione ISEE in corso di validità",
                    "Certificato medico per le diete speciali",
                ],
                "outcome": (
                    "Un pasto completo (primo, secondo, contorno, pane e frutta) consegnato a casa "
                    "tra le 11:30 e le 12:30; il sabato si può aggiungere una cena fredda per la "
                    "domenica."
                ),
                "times": (
                    "Le consegne iniziano entro 7 giorni lavorativi dalla domanda completa. Le "
                    "disdette per il giorno successivo vanno comunicate entro le 10:00."
                ),
                "online_url": "https://vigonza.example.org/servizi/pasti-a-domicilio",
                "booking_url": "",
                "phone": "049 000 1102",
                "email": "pasti@vigonza.example.org",
                "desk": "Sportello sociale al piano terra del municipio.",
                "is_free": False,
                "cost_description": (
                    "Il prezzo del pasto dipende dall'ISEE del nucleo familiare e comprende la "
                    "consegna a domicilio."
                ),
                "cost_options": [
                    ("Pasto con ISEE fino a 10.000 euro", "4.00", "Consegna compresa"),
                    ("Pasto con ISEE oltre 10.000 euro", "6.50", "Consegna compresa"),
                ],
                "welfare_credit": False,
                "conditions": (
                    "I pasti si pagano a fine mese con un avviso PagoPA. Un pasto non disdetto "
                    "entro l'orario previsto viene comunque addebitato."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza"],
                "locations": [
                    {
                        "name": "Municipio di Vigonza",
                        "address": "Via Cavour 16",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4432,
                        "lon": 11.9842,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("we", "15:00", "18:00"),
                            ("th", "09:00", "12:30"),
                            ("fr", "09:00", "12:30"),
                        ],
                        "closed": [
                            ("2026-12-24", "Chiusura natalizia degli uffici"),
                            ("2026-12-31", "Chiusura degli uffici per fine anno"),
                        ],
                    },
                ],
                "verified_on": "2025-06-20",
                "en": None,
            },
            {
                "slug": "trasporto-sociale-visite-terapie",
                "title": "Trasporto sociale per visite e terapie",
                "short_description": (
                    "Accompagnamento in auto verso ospedali, ambulatori e centri di riabilitazione "
                    "della provincia per chi non può spostarsi da solo."
                ),
                "status": "active",
                "status_reason": "",
                "category": "mobilita-trasporti",
                "topics": ["anziani", "assistenza-agli-invalidi", "salute"],
                "target_groups": ["anziani", "persone-con-disabilita"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Residenti a Vigonza anziani o con disabilità, senza familiari in grado di "
                    "accompagnarli, che devono raggiungere visite specialistiche, esami o cicli di "
                    "terapia."
                ),
                "how_to": (
                    "Prenota il viaggio online o per telefono almeno 3 giorni lavorativi prima "
                    "dell'appuntamento, indicando orario, indirizzo della struttura ed eventuale "
                    "bisogno di un mezzo attrezzato per la carrozzina. Il giorno stabilito "
                    "l'autista ti passa a prendere a casa e ti riaccompagna al termine."
                ),
                "documents": [
                    "Documento d'identità",
                    "Promemoria della prenotazione o prescrizione della visita",
                ],
                "outcome": (
                    "Il viaggio di andata e ritorno con un mezzo comunale guidato da volontari "
                    "formati, con aiuto nella salita e nella discesa e attesa durante la visita."
                ),
                "times": (
                    "Le prenotazioni si accettano fino a 3 giorni lavorativi prima del viaggio; "
                    "per i cicli di terapia basta una sola prenotazione per l'intero ciclo."
                ),
                "online_url": "",
                "booking_url": "https://vigonza.example.org/prenota/trasporto-sociale",
                "phone": "049 000 1103",
                "email": "trasporti@vigonza.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "Per ogni viaggio di andata e ritorno si versa un contributo fisso, diverso in "
                    "base alla destinazione."
                ),
                "cost_options": [
                    ("Destinazioni nel Comune di Padova", "5.00", "Andata e ritorno"),
                    ("Altre destinazioni in provincia", "10.00", "Andata e ritorno"),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Il servizio è garantito nei limiti dei mezzi e dei volontari disponibili e "
                    "non copre le urgenze. Un familiare può viaggiare insieme alla persona senza "
                    "costi aggiuntivi."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza"],
                "locations": [],
                "verified_on": "2026-01-22",
                "en": None,
            },
            {
                "slug": "sportello-welfare",
                "title": "Sportello welfare: aiuto per domande e bonus",
                "short_description": (
                    "Operatori e welfare manager ti aiutano a presentare online domande di bonus, "
                    "contributi, ISEE e agevolazioni, anche se non usi il computer."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": [
                    "accesso-ai-servizi",
                    "assistenza-sociale",
                    "famiglie",
                    "welfare-di-comunita",
                ],
                "target_groups": ["famiglie", "anziani", "migranti"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Chi vive a Vigonza e deve presentare una domanda di contributo o di "
                    "agevolazione ma ha bisogno di aiuto, in particolare chi non ha lo SPID o non "
                    "usa internet."
                ),
                "how_to": (
                    "Prenota un appuntamento online o per telefono scegliendo la sede più comoda. "
                    "Porta con te i documenti indicati: l'operatore compila la domanda insieme a "
                    "te, la invia e ti consegna la ricevuta. Se ti serve, ti aiuta anche ad "
                    "attivare lo SPID."
                ),
                "documents": [
                    "Documento d'identità e codice fiscale",
                    "Attestazione ISEE, se già disponibile",
                    "Codice IBAN per l'accredito dei contributi",
                    "Telefono cellulare e indirizzo email, se li hai",
                ],
                "outcome": (
                    "La domanda inviata correttamente, con la relativa ricevuta, e informazioni "
                    "chiare sulle altre misure a cui hai diritto e sui passi successivi."
                ),
                "times": (
                    "Gli appuntamenti sono disponibili di norma entro una settimana. Nelle "
                    "settimane che precedono la scadenza dei bandi comunali conviene prenotare in "
                    "anticipo."
                ),
                "online_url": "https://vigonza.example.org/servizi/sportello-welfare",
                "booking_url": "https://vigonza.example.org/prenota/sportello-welfare",
                "phone": "049 000 1104",
                "email": "sportellowelfare@vigonza.example.org",
                "desk": (
                    "Sportello al piano terra del municipio e, il sabato mattina, nella biblioteca "
                    "di Peraga."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "L'operatore può presentare una domanda solo in presenza della persona "
                    "interessata o con la sua delega scritta. I dati raccolti sono usati "
                    "esclusivamente per la pratica richiesta."
                ),
                "languages": ["it", "en", "ro"],
                "municipalities": ["Vigonza"],
                "locations": [
                    {
                        "name": "Municipio di Vigonza",
                        "address": "Via Cavour 16",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4432,
                        "lon": 11.9842,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("tu", "09:00", "12:30"),
                            ("th", "09:00", "12:30"),
                            ("th", "15:00", "17:30"),
                        ],
                        "closed": [("2026-12-24", "Chiusura natalizia degli uffici")],
                    },
                    {
                        "name": "Biblioteca di Peraga",
                        "address": "Piazza della Pace 5",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4268,
                        "lon": 11.9765,
                        "accessibility": ["ingresso-senza-barriere"],
                        "hours": [("sa", "09:00", "12:00")],
                        "closed": [
                            ("2026-08-08", "Chiusura estiva della biblioteca"),
                            ("2026-08-22", "Chiusura estiva della biblioteca"),
                        ],
                    },
                ],
                "verified_on": "2026-05-04",
                "en": {
                    "title": "Welfare help desk: support with applications and benefits",
                    "slug": "welfare-help-desk",
                    "short_description": (
                        "Staff and welfare managers help you submit online applications for "
                        "benefits, grants, ISEE and concessions, even if you do not use a computer."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Anyone living in Vigonza who needs to apply for a grant or concession and "
                        "would like some help, especially people without a SPID digital identity "
                        "or who do not use the internet."
                    ),
                    "how_to": (
                        "Book an appointment online or by phone, choosing the most convenient "
                        "office. Bring the documents listed: the adviser fills in the application "
                        "with you, submits it and gives you the receipt. If needed, they can also "
                        "help you set up SPID."
                    ),
                    "documents": [
                        "Identity document and tax code",
                        "ISEE declaration, if you already have one",
                        "IBAN for payments into your account",
                        "Mobile phone and email address, if you have them",
                    ],
                    "outcome": (
                        "A correctly submitted application with its receipt, plus clear "
                        "information on any other support you are entitled to and what happens "
                        "next."
                    ),
                    "times": (
                        "Appointments are usually available within a week. In the weeks before "
                        "municipal funding deadlines it is best to book early."
                    ),
                    "desk": (
                        "Desk on the ground floor of the town hall and, on Saturday mornings, at "
                        "the Peraga library."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "Applications can only be submitted with the person concerned present or "
                        "with their written authorisation. The data collected is used solely for "
                        "the application requested."
                    ),
                    "location_names": ["Vigonza Town Hall", "Peraga Library"],
                },
            },
            {
                "slug": "centro-estivo-comunale",
                "title": "Centro estivo comunale",
                "short_description": (
                    "Da metà giugno a fine agosto, settimane di giochi, laboratori, sport e gite "
                    "per bambine e bambini della scuola primaria."
                ),
                "status": "active",
                "status_reason": "",
                "category": "cultura-tempo-libero",
                "topics": ["famiglie", "istruzione", "lavoro"],
                "target_groups": ["famiglie", "dipendenti-aziende-aderenti"],
                "min_age": 6,
                "max_age": 11,
                "audience": (
                    "Bambine e bambini dai 6 agli 11 anni che frequentano la scuola primaria, con "
                    "precedenza ai residenti a Vigonza e ai figli di genitori entrambi lavoratori."
                ),
                "how_to": (
                    "Iscriviti online nel periodo di apertura delle iscrizioni scegliendo le "
                    "settimane di frequenza. Dopo la pubblicazione della graduatoria paga la quota "
                    "con PagoPA. Segnala nel modulo allergie, intolleranze o il bisogno di un "
                    "educatore di sostegno."
                ),
                "documents": [
                    "Codice fiscale del bambino e del genitore",
                    "Attestazione ISEE per la quota ridotta",
                    "Certificato medico per le diete speciali",
                ],
                "outcome": (
                    "Frequenza dal lunedì al venerdì, dalle 7:45 alle 16:00, con pranzo, merenda e "
                    "personale educativo qualificato; per i bambini con disabilità è previsto un "
                    "educatore di supporto."
                ),
                "times": (
                    "Le iscrizioni sono aperte dal 15 aprile al 15 maggio; la graduatoria esce "
                    "entro il 31 maggio e il centro apre il 15 giugno."
                ),
                "online_url": "https://vigonza.example.org/servizi/centro-estivo",
                "booking_url": "",
                "phone": "049 000 1105",
                "email": "istruzione@vigonza.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "La quota settimanale comprende pasti, merende e gite; dal secondo figlio si "
                    "applica uno sconto del 10%."
                ),
                "cost_options": [
                    (
                        "Quota settimanale residenti",
                        "75.00",
                        "Riduzione del 20% con ISEE fino a 12.000 euro",
                    ),
                    (
                        "Quota settimanale non residenti",
                        "95.00",
                        "Solo se restano posti disponibili",
                    ),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Le settimane prenotate e pagate non sono rimborsabili, salvo malattia "
                    "documentata. Su richiesta il Comune rilascia la ricevuta per il rimborso "
                    "tramite il piano di welfare aziendale."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza"],
                "locations": [
                    {
                        "name": "Scuola primaria di Codiverno",
                        "address": "Via Don Milani 8",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4705,
                        "lon": 11.9968,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "07:45", "16:00"),
                            ("tu", "07:45", "16:00"),
                            ("we", "07:45", "16:00"),
                            ("th", "07:45", "16:00"),
                            ("fr", "07:45", "16:00"),
                        ],
                        "closed": [("2026-08-14", "Chiusura per il ponte di Ferragosto")],
                    },
                ],
                "verified_on": "2026-04-02",
                "en": None,
            },
            {
                "slug": "buoni-spesa-emergenza",
                "title": "Buoni spesa alimentari per l'emergenza",
                "short_description": (
                    "Buoni per l'acquisto di alimenti e beni di prima necessità, introdotti nel "
                    "2020 per le famiglie colpite dall'emergenza sanitaria."
                ),
                "status": "inactive",
                "status_reason": (
                    "La misura straordinaria si è conclusa con l'esaurimento dei fondi statali "
                    "dedicati; per nuove difficoltà economiche rivolgiti allo Sportello sociale."
                ),
                "category": "covid-19",
                "topics": ["covid-19", "famiglie", "assistenza-sociale"],
                "target_groups": ["famiglie"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Nuclei familiari residenti a Vigonza in difficoltà economica a causa "
                    "dell'emergenza Covid-19, con priorità per chi non riceveva già altri sostegni "
                    "pubblici."
                ),
                "how_to": (
                    "Le domande si presentavano online con un modulo di autocertificazione e il "
                    "Comune caricava l'importo su una tessera da usare nei negozi convenzionati. "
                    "Oggi non è più possibile presentare nuove domande."
                ),
                "documents": ["Autocertificazione della situazione economica del nucleo familiare"],
                "outcome": (
                    "Un buono da 150 a 500 euro, in base al numero dei componenti del nucleo "
                    "familiare."
                ),
                "times": (
                    "Le domande sono state raccolte in tre finestre tra aprile 2020 e marzo 2022."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 1100",
                "email": "servizisociali@vigonza.example.org",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "I buoni non erano convertibili in denaro e non valevano per alcolici. I "
                    "controlli sulle autocertificazioni si sono conclusi."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza"],
                "locations": [],
                "verified_on": "2024-10-15",
                "en": None,
            },
        ],
    },
    {
        "slug": "azienda-ulss-6-euganea",
        "name": "Azienda ULSS 6 Euganea",
        "legal_status": "public_body",
        "pillar": "pubblico",
        "description": (
            "L'Azienda ULSS 6 Euganea è l'azienda sanitaria pubblica della provincia di Padova. "
            "Attraverso i distretti socio-sanitari offre cure a domicilio, consultori, "
            "vaccinazioni e servizi di prevenzione, in collaborazione con i Comuni e i medici di "
            "famiglia."
        ),
        "website": "https://ulss6euganea.example.org/",
        "email": "urp@ulss6euganea.example.org",
        "phone": "049 000 2100",
        "en_description": (
            "Azienda ULSS 6 Euganea is the public local health authority for the province of "
            "Padua. Through its health and social care districts it provides home care, family "
            "counselling centres, vaccinations and prevention services, working with "
            "municipalities and GPs."
        ),
        "services": [
            {
                "slug": "vaccinazione-covid-19",
                "title": "Vaccinazione anti Covid-19 e informazioni",
                "short_description": (
                    "Vaccinazione gratuita contro il Covid-19 per le persone più esposte e un "
                    "servizio informativo su richiami, certificati e vaccino antinfluenzale."
                ),
                "status": "active",
                "status_reason": "",
                "category": "covid-19",
                "topics": ["covid-19", "salute", "anziani"],
                "target_groups": ["anziani", "persone-con-disabilita", "caregiver"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone dai 60 anni in su, persone di qualsiasi età con malattie croniche o "
                    "difese immunitarie ridotte, donne in gravidanza, operatori sanitari e "
                    "familiari che assistono persone fragili. Il servizio informativo è aperto a "
                    "tutti."
                ),
                "how_to": (
                    "Prenota online o al numero dedicato scegliendo sede, giorno e orario. "
                    "Presentati dieci minuti prima con la tessera sanitaria. Per chi non può "
                    "uscire di casa, la vaccinazione a domicilio si concorda con il medico di "
                    "famiglia."
                ),
                "documents": [
                    "Tessera sanitaria",
                    "Documentazione sulle malattie croniche, se presente",
                ],
                "outcome": (
                    "La dose raccomandata per la stagione, registrata nel fascicolo sanitario "
                    "elettronico, da cui puoi scaricare il certificato di vaccinazione."
                ),
                "times": (
                    "La campagna stagionale va da ottobre a marzo e si prenota fino a due "
                    "settimane prima. Alle richieste di informazioni via email si risponde entro 3 "
                    "giorni lavorativi."
                ),
                "online_url": "https://ulss6euganea.example.org/covid-19",
                "booking_url": "https://ulss6euganea.example.org/prenota/vaccinazioni",
                "phone": "049 000 2101",
                "email": "vaccinazioni@ulss6euganea.example.org",
                "desk": (
                    "Punto informativo all'ingresso dei centri vaccinali, aperto durante le sedute."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Dopo la vaccinazione si resta in osservazione per 15 minuti. I minori devono "
                    "essere accompagnati da un genitore o da chi ne ha la responsabilità."
                ),
                "languages": ["it", "en", "ro", "ar"],
                "municipalities": [
                    "Padova",
                    "Albignasego",
                    "Ponte San Nicolò",
                    "Saonara",
                    "Piove di Sacco",
                    "Vigonza",
                ],
                "locations": [
                    {
                        "name": "Centro vaccinale di Padova",
                        "address": "Via della Croce Rossa 12",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4102,
                        "lon": 11.8951,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("tu", "14:00", "18:30"),
                            ("th", "08:30", "13:00"),
                            ("sa", "08:30", "12:30"),
                        ],
                        "closed": [("2026-12-24", "Seduta vaccinale sospesa")],
                    },
                    {
                        "name": "Centro vaccinale di Piove di Sacco",
                        "address": "Via San Rocco 8",
                        "postcode": "35028",
                        "municipality": "Piove di Sacco",
                        "lat": 45.2994,
                        "lon": 12.0338,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [("we", "08:30", "13:00"), ("fr", "14:00", "18:00")],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-10-05",
                "en": {
                    "title": "COVID-19 vaccination and information",
                    "slug": "covid-19-vaccination-and-information",
                    "short_description": (
                        "Free COVID-19 vaccination for people most at risk, plus an information "
                        "service on boosters, certificates and the flu jab."
                    ),
                    "status_reason": "",
                    "audience": (
                        "People aged 60 and over, people of any age with chronic conditions or "
                        "weakened immune systems, pregnant women, health workers and relatives "
                        "caring for vulnerable people. The information service is open to everyone."
                    ),
                    "how_to": (
                        "Book online or on the dedicated phone line, choosing the centre, day and "
                        "time. Arrive ten minutes early with your health card. For people who "
                        "cannot leave home, vaccination at home is arranged through their GP."
                    ),
                    "documents": ["Health insurance card", "Records of any chronic conditions"],
                    "outcome": (
                        "The dose recommended for the season, recorded in your electronic health "
                        "record, from which you can download your vaccination certificate."
                    ),
                    "times": (
                        "The seasonal campaign runs from October to March and appointments can be "
                        "booked up to two weeks ahead. Email enquiries are answered within 3 "
                        "working days."
                    ),
                    "desk": (
                        "Information point at the entrance of the vaccination centres, open during "
                        "vaccination sessions."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "After vaccination you stay under observation for 15 minutes. Children "
                        "must be accompanied by a parent or legal guardian."
                    ),
                    "location_names": [
                        "Padua vaccination centre",
                        "Piove di Sacco vaccination centre",
                    ],
                },
            },
            {
                "slug": "cure-domiciliari-integrate",
                "title": "Cure domiciliari integrate (ADI)",
                "short_description": (
                    "Infermieri, medici e fisioterapisti curano a casa chi non può recarsi in "
                    "ambulatorio, in accordo con il medico di famiglia."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute", "anziani", "assistenza-agli-invalidi"],
                "target_groups": ["anziani", "persone-con-disabilita", "caregiver"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone di ogni età, non autosufficienti o con gravi difficoltà a spostarsi, "
                    "che hanno bisogno di cure continuative: medicazioni, terapie iniettive, "
                    "gestione di cateteri, riabilitazione o cure palliative."
                ),
                "how_to": (
                    "Chiedi l'attivazione al tuo medico di famiglia oppure, prima della "
                    "dimissione, al reparto ospedaliero. Il distretto contatta la famiglia, valuta "
                    "i bisogni a domicilio e definisce un piano di cura. Gli infermieri concordano "
                    "con te i giorni delle visite."
                ),
                "documents": [
                    "Richiesta del medico di famiglia o lettera di dimissione",
                    "Tessera sanitaria",
                    "Elenco aggiornato dei farmaci in uso",
                ],
                "outcome": (
                    "Visite programmate a casa di infermieri e, quando serve, di medici, "
                    "fisioterapisti e operatori socio-sanitari, con la fornitura di ausili e del "
                    "materiale per le medicazioni."
                ),
                "times": (
                    "La prima visita avviene entro 72 ore dalla richiesta nei casi urgenti ed "
                    "entro 10 giorni negli altri casi."
                ),
                "online_url": "https://ulss6euganea.example.org/cure-domiciliari",
                "booking_url": "",
                "phone": "049 000 2102",
                "email": "curedomiciliari@ulss6euganea.example.org",
                "desk": (
                    "Ufficio cure domiciliari del distretto, aperto al pubblico nei giorni feriali "
                    "in mattinata."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Durante le visite deve essere presente un familiare o un assistente di "
                    "riferimento. Il piano di cura viene aggiornato con il medico di famiglia "
                    "almeno ogni tre mesi."
                ),
                "languages": ["it"],
                "municipalities": [
                    "Padova",
                    "Vigonza",
                    "Cadoneghe",
                    "Noventa Padovana",
                    "Limena",
                    "Rubano",
                ],
                "locations": [
                    {
                        "name": "Distretto socio-sanitario, sede di Vigonza",
                        "address": "Via Paolo VI 12",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4451,
                        "lon": 11.9873,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("mo", "08:30", "12:30"),
                            ("tu", "08:30", "12:30"),
                            ("we", "08:30", "12:30"),
                            ("th", "08:30", "12:30"),
                            ("fr", "08:30", "12:30"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-02-17",
                "en": None,
            },
            {
                "slug": "consultorio-familiare",
                "title": "Consultorio familiare",
                "short_description": (
                    "Colloqui con psicologi, ostetriche e assistenti sociali per coppie, genitori, "
                    "adolescenti e donne in gravidanza, senza impegnativa del medico."
                ),
                "status": "active",
                "status_reason": "",
                "category": "supporto-psicologico",
                "topics": ["famiglie", "salute"],
                "target_groups": ["famiglie", "giovani", "bambini-0-6"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Coppie, genitori, donne in gravidanza e dopo il parto, adolescenti e giovani "
                    "fino a 24 anni, che possono rivolgersi al consultorio anche da soli, senza i "
                    "genitori."
                ),
                "how_to": (
                    "Telefona o passa in sede per fissare il primo colloquio di accoglienza; non "
                    "serve la prescrizione del medico. In base alla richiesta, l'équipe propone un "
                    "percorso con lo psicologo, l'ostetrica, il ginecologo o l'assistente sociale."
                ),
                "documents": ["Tessera sanitaria"],
                "outcome": (
                    "Colloqui individuali, di coppia o familiari, corsi di accompagnamento alla "
                    "nascita, sostegno nei primi mesi di vita del bambino e consulenza sulla "
                    "contraccezione."
                ),
                "times": (
                    "Il primo colloquio viene fissato di norma entro 15 giorni; le situazioni "
                    "urgenti sono accolte in giornata."
                ),
                "online_url": "https://ulss6euganea.example.org/consultori",
                "booking_url": "",
                "phone": "049 000 2103",
                "email": "consultorio@ulss6euganea.example.org",
                "desk": "Accoglienza al primo piano, senza appuntamento il martedì mattina.",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "I colloqui sono riservati. Le ragazze e i ragazzi minorenni possono accedere "
                    "senza i genitori nei casi previsti dalla legge."
                ),
                "languages": ["it", "en", "fr"],
                "municipalities": ["Albignasego", "Ponte San Nicolò", "Padova"],
                "locations": [
                    {
                        "name": "Consultorio familiare di Albignasego",
                        "address": "Via Roma 118",
                        "postcode": "35020",
                        "municipality": "Albignasego",
                        "lat": 45.3571,
                        "lon": 11.8538,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "08:30", "13:00"),
                            ("tu", "08:30", "13:00"),
                            ("tu", "14:00", "17:00"),
                            ("th", "14:00", "18:00"),
                            ("fr", "08:30", "13:00"),
                        ],
                        "closed": [("2026-08-14", "Chiusura estiva del consultorio")],
                    },
                ],
                "verified_on": "2026-06-30",
                "en": None,
            },
            {
                "slug": "linea-ascolto-psicologico",
                "title": "Linea di ascolto psicologico",
                "short_description": (
                    "Un numero di telefono con psicologhe e psicologi del servizio pubblico per "
                    "chi vive ansia, solitudine o stress. Attiva dal 2020."
                ),
                "status": "temporarily_closed",
                "status_reason": (
                    "La linea è sospesa dal 1° settembre al 30 novembre 2026 per la "
                    "riorganizzazione del servizio; nel frattempo puoi rivolgerti al consultorio o "
                    "al medico di famiglia."
                ),
                "category": "supporto-psicologico",
                "topics": ["salute", "covid-19"],
                "target_groups": ["giovani", "caregiver", "anziani"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Persone maggiorenni che vivono nel territorio dell'ULSS 6 Euganea e "
                    "attraversano un periodo di difficoltà emotiva: ansia, isolamento, un lutto, "
                    "la fatica di prendersi cura di un familiare."
                ),
                "how_to": (
                    "Chiama il numero della linea dal lunedì al venerdì, dalle 10:00 alle 13:00 e "
                    "dalle 16:00 alle 19:00: risponde una psicologa o uno psicologo che ascolta la "
                    "tua situazione. Se serve, concorda con te fino a quattro colloqui di sostegno "
                    "al telefono o in videochiamata e ti indica i servizi del territorio."
                ),
                "documents": [],
                "outcome": (
                    "Un ascolto qualificato, anche anonimo, fino a quattro colloqui di sostegno e "
                    "l'orientamento verso i servizi di salute mentale, il consultorio o le "
                    "associazioni."
                ),
                "times": (
                    "Negli orari di apertura la risposta è immediata; i colloqui successivi si "
                    "fissano entro una settimana."
                ),
                "online_url": "https://ulss6euganea.example.org/linea-ascolto",
                "booking_url": "",
                "phone": "049 000 2104",
                "email": "ascolto@ulss6euganea.example.org",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "La linea non è un servizio di emergenza: in caso di pericolo chiama il 112. "
                    "Puoi restare anonimo per tutta la durata della conversazione."
                ),
                "languages": ["it", "en"],
                "municipalities": [
                    "Padova",
                    "Vigonza",
                    "Cadoneghe",
                    "Albignasego",
                    "Abano Terme",
                    "Piove di Sacco",
                ],
                "locations": [],
                "verified_on": "2026-09-02",
                "en": None,
            },
            {
                "slug": "ambulatorio-infermieristico",
                "title": "Ambulatorio infermieristico di comunità",
                "short_description": (
                    "Medicazioni, iniezioni, controllo di pressione e glicemia ed educazione "
                    "sanitaria con un infermiere, vicino a casa."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute", "anziani"],
                "target_groups": ["anziani", "caregiver"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Persone adulte in grado di spostarsi che hanno bisogno di prestazioni "
                    "infermieristiche semplici o vogliono imparare a gestire una malattia cronica, "
                    "come il diabete o lo scompenso cardiaco, insieme ai loro familiari."
                ),
                "how_to": (
                    "Per medicazioni e terapie serve la prescrizione del medico di famiglia. "
                    "Prenota online o telefonando in orario di apertura; per la misurazione della "
                    "pressione puoi presentarti senza appuntamento il mercoledì mattina."
                ),
                "documents": [
                    "Tessera sanitaria",
                    "Prescrizione del medico di famiglia",
                    "Farmaci e materiale prescritti, se già ritirati in farmacia",
                ],
                "outcome": (
                    "La prestazione richiesta, registrata nel fascicolo sanitario, e consigli "
                    "pratici per continuare la cura a casa."
                ),
                "times": (
                    "Il primo appuntamento è disponibile di norma entro 5 giorni lavorativi dalla "
                    "prenotazione."
                ),
                "online_url": "",
                "booking_url": (
                    "https://ulss6euganea.example.org/prenota/ambulatorio-infermieristico"
                ),
                "phone": "049 000 2105",
                "email": "ambulatorio.cadoneghe@ulss6euganea.example.org",
                "desk": (
                    "Ambulatorio al piano terra della Casa della comunità, accanto al punto "
                    "prelievi."
                ),
                "is_free": False,
                "cost_description": (
                    "Le prestazioni con prescrizione prevedono il ticket, salvo esenzione; la "
                    "misurazione della pressione è sempre gratuita."
                ),
                "cost_options": [
                    (
                        "Ticket per ciclo di medicazioni",
                        "10.00",
                        "Non dovuto da chi ha un'esenzione per reddito o patologia",
                    ),
                    ("Misurazione della pressione senza appuntamento", "0.00", "Sempre gratuita"),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Presentati con qualche minuto di anticipo. Se non puoi venire, disdici almeno "
                    "24 ore prima per lasciare il posto ad altri."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe", "Vigonza", "Padova"],
                "locations": [
                    {
                        "name": "Casa della comunità di Cadoneghe",
                        "address": "Via Matteotti 20",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4413,
                        "lon": 11.9276,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("mo", "08:00", "11:00"),
                            ("tu", "08:00", "11:00"),
                            ("tu", "14:30", "16:30"),
                            ("we", "08:00", "11:00"),
                            ("th", "08:00", "11:00"),
                            ("fr", "08:00", "11:00"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2025-12-12",
                "en": None,
            },
            {
                "slug": "accertamento-invalidita-civile",
                "title": "Accertamento dell'invalidità civile e dell'handicap",
                "short_description": (
                    "Visita della commissione medica per il riconoscimento dell'invalidità civile, "
                    "dell'handicap (legge 104) e della disabilità ai fini del lavoro."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["assistenza-agli-invalidi", "salute"],
                "target_groups": ["persone-con-disabilita", "caregiver"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone di ogni età con una malattia o una menomazione che riduce la capacità "
                    "di svolgere le attività quotidiane o di lavorare, e i familiari che le "
                    "assistono."
                ),
                "how_to": (
                    "Chiedi al medico di famiglia di inviare online il certificato medico "
                    "introduttivo. Entro 90 giorni presenta la domanda, da solo con lo SPID o "
                    "tramite un patronato. La commissione ti convoca con una lettera che indica "
                    "data e luogo della visita; se non puoi spostarti, puoi chiedere la visita a "
                    "domicilio."
                ),
                "documents": [
                    "Certificato medico introduttivo",
                    "Ricevuta della domanda",
                    "Documento d'identità",
                    "Documentazione clinica recente",
                ],
                "outcome": (
                    "Un verbale con la percentuale di invalidità o il riconoscimento "
                    "dell'handicap, che dà accesso a prestazioni economiche, permessi di lavoro e "
                    "agevolazioni."
                ),
                "times": (
                    "La visita viene fissata di norma entro 90 giorni dalla domanda, ed entro 15 "
                    "giorni per le persone con una malattia oncologica."
                ),
                "online_url": "https://ulss6euganea.example.org/invalidita-civile",
                "booking_url": "",
                "phone": "049 000 2106",
                "email": "medicinalegale@ulss6euganea.example.org",
                "desk": (
                    "Ufficio invalidità civile, aperto per informazioni e consegna di documenti."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Alla visita puoi farti accompagnare da un medico di fiducia, a tue spese. Se "
                    "non ti presenti senza un giustificato motivo, la domanda decade."
                ),
                "languages": ["it"],
                "municipalities": [
                    "Padova",
                    "Abano Terme",
                    "Selvazzano Dentro",
                    "Rubano",
                    "Limena",
                ],
                "locations": [
                    {
                        "name": "Servizio di medicina legale",
                        "address": "Via Santa Maria Assunta 22",
                        "postcode": "35125",
                        "municipality": "Padova",
                        "lat": 45.3902,
                        "lon": 11.8797,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "interprete-lis",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("we", "09:00", "12:30"),
                            ("th", "14:30", "16:30"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2025-09-30",
                "en": None,
            },
        ],
    },
    {
        "slug": "cooperativa-sociale-il-ponte",
        "name": "Cooperativa sociale Il Ponte",
        "legal_status": "social_cooperative",
        "pillar": "territoriale",
        "description": (
            "Il Ponte è una cooperativa sociale nata a Cadoneghe nel 2004. Gestisce servizi "
            "educativi, assistenza a domicilio e percorsi di inserimento lavorativo, in "
            "convenzione con i Comuni e per le imprese che aderiscono alla rete del welfare di "
            "comunità."
        ),
        "website": "https://ilponte.example.org/",
        "email": "info@ilponte.example.org",
        "phone": "049 000 3100",
        "en_description": (
            "Il Ponte is a social cooperative founded in Cadoneghe in 2004. It runs educational "
            "services, home care and job placement schemes, under agreements with municipalities "
            "and for companies that belong to the community welfare network."
        ),
        "services": [
            {
                "slug": "doposcuola-aiuto-compiti",
                "title": "Doposcuola e aiuto compiti",
                "short_description": (
                    "Pomeriggi di aiuto nei compiti, metodo di studio e gioco con educatori, per "
                    "alunni della primaria e della secondaria di primo grado."
                ),
                "status": "active",
                "status_reason": "",
                "category": "educazione-formazione",
                "topics": ["istruzione", "famiglie", "welfare-aziendale"],
                "target_groups": ["famiglie", "giovani", "dipendenti-aziende-aderenti"],
                "min_age": 6,
                "max_age": 14,
                "audience": (
                    "Bambine, bambini e ragazzi dai 6 ai 14 anni, anche con disturbi specifici "
                    "dell'apprendimento. Le famiglie dei dipendenti delle aziende aderenti possono "
                    "pagare la retta con il credito welfare."
                ),
                "how_to": (
                    "Compila il modulo di preiscrizione online o in sede. Un'educatrice ti "
                    "contatta per un colloquio con tuo figlio o tua figlia e per concordare i "
                    "giorni di frequenza. L'iscrizione diventa definitiva con il pagamento della "
                    "prima mensilità."
                ),
                "documents": [
                    "Modulo di iscrizione firmato da un genitore",
                    "Diagnosi di DSA o piano didattico personalizzato, se presenti",
                    "Codice del voucher welfare, se paghi con il credito aziendale",
                ],
                "outcome": (
                    "Fino a tre pomeriggi alla settimana in piccoli gruppi, con al massimo otto "
                    "ragazzi per educatore, la merenda e un colloquio con la famiglia ogni tre "
                    "mesi."
                ),
                "times": (
                    "Le iscrizioni si aprono il 1° settembre; si può entrare in corso d'anno se ci "
                    "sono posti liberi. Il servizio segue il calendario scolastico regionale."
                ),
                "online_url": "https://ilponte.example.org/doposcuola",
                "booking_url": "",
                "phone": "049 000 3101",
                "email": "doposcuola@ilponte.example.org",
                "desk": (
                    "Segreteria nella sede della cooperativa a Cadoneghe, aperta nei pomeriggi di "
                    "apertura del doposcuola."
                ),
                "is_free": False,
                "cost_description": (
                    "La retta mensile dipende dal numero di pomeriggi scelti; per il secondo "
                    "figlio lo sconto è del 15%."
                ),
                "cost_options": [
                    ("Retta mensile, due pomeriggi a settimana", "90.00", "Merenda compresa"),
                    ("Retta mensile, tre pomeriggi a settimana", "125.00", "Merenda compresa"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "La retta si paga entro il giorno 10 di ogni mese. Per ritirarsi serve un "
                    "preavviso scritto di 30 giorni."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Cadoneghe", "Vigonza"],
                "locations": [
                    {
                        "name": "Centro Il Ponte di Cadoneghe",
                        "address": "Via Marconi 14",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4378,
                        "lon": 11.9247,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "14:30", "18:30"),
                            ("tu", "14:30", "18:30"),
                            ("we", "14:30", "18:30"),
                            ("th", "14:30", "18:30"),
                            ("fr", "14:30", "18:30"),
                        ],
                        "closed": [
                            ("2026-12-24", "Vacanze natalizie"),
                            ("2026-12-31", "Vacanze natalizie"),
                        ],
                    },
                    {
                        "name": "Spazio compiti di Vigonza",
                        "address": "Via Venezia 31",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4398,
                        "lon": 11.9893,
                        "accessibility": ["ingresso-senza-barriere"],
                        "hours": [("tu", "14:30", "18:00"), ("th", "14:30", "18:00")],
                        "closed": [
                            ("2026-12-24", "Vacanze natalizie"),
                            ("2026-12-31", "Vacanze natalizie"),
                        ],
                    },
                ],
                "verified_on": "2026-09-15",
                "en": {
                    "title": "After-school club and homework help",
                    "slug": "after-school-club-homework-help",
                    "short_description": (
                        "Afternoons of homework help, study skills and play with youth workers, "
                        "for primary and lower secondary school pupils."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Children and young people aged 6 to 14, including those with specific "
                        "learning difficulties. Families of employees of member companies can pay "
                        "the fees with their welfare credit."
                    ),
                    "how_to": (
                        "Fill in the pre-registration form online or at our office. A youth worker "
                        "will contact you to arrange a meeting with your child and agree the days "
                        "they will attend. The place is confirmed once the first month has been "
                        "paid."
                    ),
                    "documents": [
                        "Registration form signed by a parent",
                        (
                            "Specific learning difficulty diagnosis or individual learning plan, "
                            "if any"
                        ),
                        "Welfare voucher code, if you are paying with company welfare credit",
                    ],
                    "outcome": (
                        "Up to three afternoons a week in small groups, with no more than eight "
                        "pupils per youth worker, an afternoon snack and a meeting with the family "
                        "every three months."
                    ),
                    "times": (
                        "Registration opens on 1 September; children can join during the year if "
                        "places are available. The club follows the regional school calendar."
                    ),
                    "desk": (
                        "Office at the cooperative's premises in Cadoneghe, open on the afternoons "
                        "when the club runs."
                    ),
                    "cost_description": (
                        "The monthly fee depends on the number of afternoons chosen; a second "
                        "child gets a 15% discount."
                    ),
                    "cost_options": [
                        ("Monthly fee, two afternoons a week", "Snack included"),
                        ("Monthly fee, three afternoons a week", "Snack included"),
                    ],
                    "conditions": (
                        "Fees are due by the 10th of each month. Withdrawal requires 30 days' "
                        "written notice."
                    ),
                    "location_names": ["Il Ponte centre, Cadoneghe", "Vigonza homework room"],
                },
            },
            {
                "slug": "assistenza-familiare-a-ore",
                "title": "Assistenza familiare a ore",
                "short_description": (
                    "Operatori socio-sanitari qualificati per alcune ore al giorno o di notte, a "
                    "casa o in ospedale, per anziani e persone non autosufficienti."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": ["anziani", "welfare-aziendale", "assistenza-agli-invalidi"],
                "target_groups": ["anziani", "caregiver", "dipendenti-aziende-aderenti"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Famiglie che hanno bisogno di aiuto nella cura di un anziano o di una persona "
                    "con disabilità, anche per brevi periodi, per esempio dopo un intervento "
                    "chirurgico o durante le ferie di chi assiste abitualmente."
                ),
                "how_to": (
                    "Chiama o scrivi alla cooperativa: la coordinatrice fissa una visita gratuita "
                    "a casa per capire i bisogni. Ricevi un preventivo con gli orari concordati e, "
                    "se lo accetti, l'operatore può iniziare anche entro 48 ore."
                ),
                "documents": [
                    "Documento d'identità di chi firma il contratto",
                    "Piano terapeutico o lettera di dimissione, se presenti",
                ],
                "outcome": (
                    "Un operatore di riferimento stabile per igiene personale, mobilizzazione, "
                    "pasti, sorveglianza notturna o assistenza durante un ricovero, con una "
                    "coordinatrice sempre reperibile."
                ),
                "times": (
                    "Il preventivo arriva entro 2 giorni lavorativi dalla visita; nei casi urgenti "
                    "il servizio parte entro 48 ore."
                ),
                "online_url": "https://ilponte.example.org/assistenza-familiare",
                "booking_url": "",
                "phone": "049 000 3102",
                "email": "assistenza@ilponte.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "Si paga a ore, con tariffe diverse per il giorno, la notte e i festivi; la "
                    "visita iniziale è gratuita."
                ),
                "cost_options": [
                    ("Ora diurna feriale", "21.00", "Dalle 7:00 alle 21:00"),
                    ("Ora notturna o festiva", "25.00", "Minimo quattro ore consecutive"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Le ore vengono fatturate a fine mese. Eventuali modifiche dell'orario vanno "
                    "comunicate con 48 ore di anticipo."
                ),
                "languages": ["it", "ro", "uk"],
                "municipalities": ["Cadoneghe", "Vigonza", "Padova", "Limena", "Noventa Padovana"],
                "locations": [],
                "verified_on": "2026-07-08",
                "en": None,
            },
            {
                "slug": "consulenza-psicologica-tariffa-sociale",
                "title": "Consulenza psicologica a tariffa sociale",
                "short_description": (
                    "Colloqui con psicologi e psicoterapeuti, in presenza o online, a una tariffa "
                    "contenuta per singole persone, coppie e genitori."
                ),
                "status": "active",
                "status_reason": "",
                "category": "supporto-psicologico",
                "topics": ["salute", "welfare-aziendale", "famiglie"],
                "target_groups": ["dipendenti-aziende-aderenti", "famiglie", "giovani"],
                "min_age": 14,
                "max_age": None,
                "audience": (
                    "Persone dai 14 anni in su, coppie e genitori che vogliono affrontare un "
                    "periodo difficile, un cambiamento o un problema di relazione. I minori "
                    "accedono con il consenso di entrambi i genitori."
                ),
                "how_to": (
                    "Prenota online il primo colloquio conoscitivo o telefona alla segreteria. Nel "
                    "primo incontro lo psicologo valuta con te la richiesta e propone un percorso "
                    "breve oppure, se necessario, ti orienta verso il servizio pubblico."
                ),
                "documents": [
                    "Consenso informato firmato",
                    "Consenso di entrambi i genitori, per i minori",
                ],
                "outcome": (
                    "Un ciclo di colloqui settimanali o quindicinali e una fattura valida per la "
                    "detrazione delle spese sanitarie."
                ),
                "times": (
                    "Il primo colloquio è disponibile di norma entro 10 giorni dalla richiesta."
                ),
                "online_url": "https://ilponte.example.org/psicologo",
                "booking_url": "https://ilponte.example.org/prenota/psicologo",
                "phone": "049 000 3103",
                "email": "psicologia@ilponte.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "Il primo colloquio ha un prezzo ridotto; le sedute successive hanno una "
                    "tariffa fissa, più bassa per studenti e persone disoccupate."
                ),
                "cost_options": [
                    ("Primo colloquio conoscitivo", "25.00", "Durata 50 minuti"),
                    ("Seduta individuale", "45.00", "35 euro per studenti e persone disoccupate"),
                    ("Seduta di coppia o familiare", "60.00", "Durata 60 minuti"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Gli appuntamenti disdetti con meno di 24 ore di anticipo vengono addebitati. "
                    "I colloqui online si svolgono su una piattaforma protetta indicata dalla "
                    "cooperativa."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Cadoneghe", "Padova", "Vigonza"],
                "locations": [
                    {
                        "name": "Centro Il Ponte di Cadoneghe",
                        "address": "Via Marconi 14",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4378,
                        "lon": 11.9247,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "15:00", "20:00"),
                            ("we", "09:00", "13:00"),
                            ("th", "15:00", "20:00"),
                            ("sa", "09:00", "12:30"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2025-10-12",
                "en": None,
            },
            {
                "slug": "orientamento-inserimento-lavorativo",
                "title": "Orientamento e inserimento lavorativo",
                "short_description": (
                    "Colloqui, bilancio delle competenze, tirocini in azienda e accompagnamento al "
                    "lavoro per giovani e persone con disabilità o in difficoltà."
                ),
                "status": "active",
                "status_reason": "",
                "category": "vita-lavorativa",
                "topics": ["lavoro", "integrazione-sociale", "assistenza-agli-invalidi"],
                "target_groups": ["giovani", "persone-con-disabilita", "migranti"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Persone maggiorenni disoccupate o inattive che faticano a trovare lavoro: "
                    "giovani senza esperienza, persone con disabilità iscritte al collocamento "
                    "mirato, persone seguite dai servizi sociali."
                ),
                "how_to": (
                    "Fissa un primo colloquio con l'orientatrice, anche su segnalazione dei "
                    "servizi sociali o del Centro per l'impiego. Insieme costruite un progetto: "
                    "corsi brevi, curriculum, simulazioni di colloquio e, quando possibile, un "
                    "tirocinio in un'azienda partner."
                ),
                "documents": [
                    "Documento d'identità",
                    "Curriculum vitae, se disponibile",
                    "Verbale di invalidità o iscrizione al collocamento mirato, se presenti",
                    "Permesso di soggiorno, per le persone straniere",
                ],
                "outcome": (
                    "Un progetto personale di inserimento e, per chi ha i requisiti, un tirocinio "
                    "retribuito di 3-6 mesi seguito da un tutor della cooperativa."
                ),
                "times": (
                    "Il primo colloquio si fissa entro 2 settimane; i tirocini partono in base "
                    "alla disponibilità delle aziende."
                ),
                "online_url": "https://ilponte.example.org/lavoro",
                "booking_url": "",
                "phone": "049 000 3104",
                "email": "lavoro@ilponte.example.org",
                "desk": "Sportello lavoro nella sede della cooperativa, su appuntamento.",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Il percorso richiede la partecipazione agli incontri concordati. Le indennità "
                    "di tirocinio sono finanziate da progetti regionali e i posti sono limitati."
                ),
                "languages": ["it", "en", "fr"],
                "municipalities": ["Cadoneghe", "Vigonza", "Limena", "Padova"],
                "locations": [
                    {
                        "name": "Sportello lavoro Il Ponte",
                        "address": "Via Gramsci 7",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4421,
                        "lon": 11.9302,
                        "accessibility": ["ingresso-senza-barriere", "ascensore"],
                        "hours": [("tu", "09:00", "13:00"), ("th", "14:00", "18:00")],
                        "closed": [
                            ("2026-08-11", "Chiusura estiva"),
                            ("2026-08-13", "Chiusura estiva"),
                        ],
                    },
                ],
                "verified_on": "2026-01-09",
                "en": None,
            },
            {
                "slug": "spazio-gioco-0-6",
                "title": "Spazio gioco per bambini da 0 a 6 anni",
                "short_description": (
                    "Mattine di gioco libero, musica e laboratori per bambini fino a 6 anni "
                    "insieme a un genitore, un nonno o una babysitter."
                ),
                "status": "temporarily_closed",
                "status_reason": (
                    "Lo spazio è chiuso per lavori di adeguamento della sede fino al 31 gennaio "
                    "2027; la data di riapertura sarà comunicata alle famiglie iscritte."
                ),
                "category": "educazione-formazione",
                "topics": ["famiglie", "istruzione"],
                "target_groups": ["bambini-0-6", "famiglie"],
                "min_age": 0,
                "max_age": 6,
                "audience": (
                    "Bambine e bambini da 0 a 6 anni accompagnati da un adulto di riferimento, che "
                    "cercano un luogo dove giocare, stare con altri bambini e scambiare esperienze "
                    "con altri genitori."
                ),
                "how_to": (
                    "Iscriviti a un pacchetto di ingressi con il modulo online. Al primo ingresso "
                    "un'educatrice accoglie la famiglia e presenta gli spazi e le regole. Gli "
                    "incontri a tema per genitori si prenotano a parte."
                ),
                "documents": [
                    "Modulo di iscrizione",
                    "Autocertificazione delle vaccinazioni del bambino",
                ],
                "outcome": (
                    "L'accesso allo spazio gioco con le educatrici presenti, laboratori "
                    "settimanali e incontri con la pediatra e la logopedista."
                ),
                "times": (
                    "Le iscrizioni sono aperte tutto l'anno; i pacchetti valgono 4 mesi dal primo "
                    "ingresso."
                ),
                "online_url": "https://ilponte.example.org/spazio-gioco",
                "booking_url": "",
                "phone": "049 000 3105",
                "email": "spaziogioco@ilponte.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "Si acquista un pacchetto di ingressi, più la quota associativa annuale; il "
                    "primo ingresso di prova è gratuito."
                ),
                "cost_options": [
                    ("Pacchetto da 10 ingressi", "60.00", "Valido 4 mesi"),
                    ("Quota associativa annuale", "15.00", "Comprende l'assicurazione"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Il bambino resta sempre sotto la responsabilità dell'adulto che lo "
                    "accompagna. La validità dei pacchetti viene prolungata per tutto il periodo "
                    "di chiusura."
                ),
                "languages": ["it"],
                "municipalities": ["Noventa Padovana", "Vigonza", "Padova"],
                "locations": [
                    {
                        "name": "Spazio gioco Il Ponte di Noventa Padovana",
                        "address": "Via Roma 45",
                        "postcode": "35027",
                        "municipality": "Noventa Padovana",
                        "lat": 45.4158,
                        "lon": 11.9512,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("tu", "09:00", "12:00"),
                            ("we", "09:00", "12:00"),
                            ("fr", "09:00", "12:00"),
                            ("sa", "09:30", "12:00"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-10-20",
                "en": None,
            },
        ],
    },
    {
        "slug": "associazione-volontari-insieme-odv",
        "name": "Associazione Volontari Insieme ODV",
        "legal_status": "third_sector",
        "pillar": "territoriale",
        "description": (
            "Volontari Insieme è un'organizzazione di volontariato nata a Vigonza nel 1998, con "
            "circa 120 soci attivi nei comuni a est di Padova. Fa compagnia agli anziani soli, "
            "organizza corsi di italiano per persone straniere e sostiene i familiari che "
            "assistono una persona malata."
        ),
        "website": "https://volontariinsieme.example.org/",
        "email": "segreteria@volontariinsieme.example.org",
        "phone": "049 000 4100",
        "en_description": (
            "Volontari Insieme is a voluntary organisation founded in Vigonza in 1998, with about "
            "120 active members in the municipalities east of Padua. It keeps lonely older people "
            "company, runs Italian classes for foreign residents and supports relatives caring for "
            "someone who is ill."
        ),
        "services": [
            {
                "slug": "compagnia-anziani-soli",
                "title": "Compagnia e visite a domicilio per anziani soli",
                "short_description": (
                    "Volontari formati visitano ogni settimana anziani che vivono soli, per due "
                    "chiacchiere, una passeggiata o una piccola commissione."
                ),
                "status": "active",
                "status_reason": "",
                "category": "promozione-sociale",
                "topics": ["anziani", "volontariato", "welfare-di-comunita"],
                "target_groups": ["anziani"],
                "min_age": 65,
                "max_age": None,
                "audience": (
                    "Persone anziane che vivono sole o passano gran parte della giornata senza "
                    "compagnia, segnalate da familiari, vicini, medico o servizi sociali. Si può "
                    "chiedere il servizio anche direttamente."
                ),
                "how_to": (
                    "Telefona alla segreteria o compila il modulo sul sito. Una coordinatrice "
                    "viene a conoscerti a casa e ti affianca un volontario o una volontaria con "
                    "interessi simili ai tuoi. Giorni e orari delle visite si concordano "
                    "direttamente con il volontario."
                ),
                "documents": [],
                "outcome": (
                    "Una o due visite alla settimana dello stesso volontario, telefonate nei "
                    "giorni senza visita e, se lo desideri, l'invito alle feste e alle gite "
                    "dell'associazione."
                ),
                "times": (
                    "Il primo incontro con la coordinatrice avviene entro 2 settimane dalla "
                    "richiesta."
                ),
                "online_url": "https://volontariinsieme.example.org/compagnia",
                "booking_url": "",
                "phone": "049 000 4101",
                "email": "compagnia@volontariinsieme.example.org",
                "desk": (
                    "Sede dell'associazione, aperta il martedì e il sabato mattina e il giovedì "
                    "pomeriggio."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "I volontari non svolgono attività sanitarie o di igiene personale e non "
                    "gestiscono denaro per conto della persona. Tutti sono assicurati e hanno "
                    "frequentato un corso di formazione."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza", "Noventa Padovana", "Saonara", "Cadoneghe"],
                "locations": [
                    {
                        "name": "Sede di Volontari Insieme",
                        "address": "Via Aldo Moro 9",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4417,
                        "lon": 11.9808,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("tu", "09:00", "12:00"),
                            ("th", "16:00", "18:30"),
                            ("sa", "09:00", "12:00"),
                        ],
                        "closed": [
                            ("2026-08-18", "Chiusura estiva della sede"),
                            ("2026-08-22", "Chiusura estiva della sede"),
                        ],
                    },
                ],
                "verified_on": "2026-05-27",
                "en": {
                    "title": "Companionship and home visits for older people living alone",
                    "slug": "companionship-for-older-people",
                    "short_description": (
                        "Trained volunteers visit older people who live alone every week, for a "
                        "chat, a walk or a small errand."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Older people who live alone or spend most of the day without company, "
                        "referred by relatives, neighbours, their GP or social services. People "
                        "can also ask for the service themselves."
                    ),
                    "how_to": (
                        "Phone our office or fill in the form on our website. A coordinator visits "
                        "you at home and matches you with a volunteer who shares your interests. "
                        "You agree the days and times of the visits directly with your volunteer."
                    ),
                    "documents": [],
                    "outcome": (
                        "One or two visits a week from the same volunteer, phone calls on the days "
                        "in between and, if you wish, invitations to the association's parties and "
                        "outings."
                    ),
                    "times": (
                        "The first meeting with the coordinator takes place within 2 weeks of your "
                        "request."
                    ),
                    "desk": (
                        "The association's premises, open on Tuesday and Saturday mornings and "
                        "Thursday afternoons."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "Volunteers do not provide medical or personal care and do not handle "
                        "money on the person's behalf. All volunteers are insured and have "
                        "completed a training course."
                    ),
                    "location_names": ["Volontari Insieme premises"],
                },
            },
            {
                "slug": "gruppo-auto-mutuo-aiuto-caregiver",
                "title": "Gruppo di auto mutuo aiuto per caregiver",
                "short_description": (
                    "Incontri mensili in cui chi assiste un familiare malato o non autosufficiente "
                    "condivide esperienze e consigli, con una psicologa facilitatrice."
                ),
                "status": "active",
                "status_reason": "",
                "category": "supporto-psicologico",
                "topics": ["famiglie", "assistenza-agli-invalidi", "welfare-di-comunita"],
                "target_groups": ["caregiver"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Familiari, amici e vicini che si prendono cura di una persona anziana, con "
                    "demenza, con una disabilità o con una malattia grave e sentono il bisogno di "
                    "confrontarsi con altri."
                ),
                "how_to": (
                    "Chiama la segreteria per un breve colloquio di presentazione, poi partecipa "
                    "al primo incontro del mese. Non è obbligatorio venire a tutti gli incontri. "
                    "Se non puoi lasciare solo il tuo familiare, chiedi che un volontario resti "
                    "con lui a casa durante l'incontro."
                ),
                "documents": [],
                "outcome": (
                    "Uno spazio riservato di ascolto e confronto, informazioni pratiche su "
                    "servizi, permessi e contributi, e una rete di persone che vivono la stessa "
                    "esperienza."
                ),
                "times": (
                    "Gli incontri si tengono il primo giovedì del mese, dalle 17:30 alle 19:00, da "
                    "settembre a giugno."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 4102",
                "email": "caregiver@volontariinsieme.example.org",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Quanto si racconta nel gruppo resta riservato. Il gruppo non sostituisce un "
                    "percorso di cura psicologica individuale."
                ),
                "languages": ["it"],
                "municipalities": ["Saonara", "Vigonza", "Noventa Padovana"],
                "locations": [
                    {
                        "name": "Sala polivalente di Saonara",
                        "address": "Via Roma 40",
                        "postcode": "35020",
                        "municipality": "Saonara",
                        "lat": 45.3689,
                        "lon": 11.9847,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "anello-induttivo",
                        ],
                        "hours": [("th", "17:30", "19:00")],
                        "closed": [("2026-12-31", "Incontro spostato al 7 gennaio")],
                    },
                ],
                "verified_on": "2026-03-19",
                "en": None,
            },
            {
                "slug": "corsi-italiano-stranieri",
                "title": "Corsi di italiano per persone straniere",
                "short_description": (
                    "Corsi gratuiti di lingua italiana per adulti, dal livello base all'A2, con "
                    "uno spazio bimbi durante le lezioni del mattino."
                ),
                "status": "active",
                "status_reason": "",
                "category": "educazione-formazione",
                "topics": ["integrazione-sociale", "istruzione", "volontariato"],
                "target_groups": ["migranti", "famiglie"],
                "min_age": 16,
                "max_age": None,
                "audience": (
                    "Donne e uomini stranieri dai 16 anni in su che vogliono imparare o migliorare "
                    "l'italiano per la vita quotidiana, per il lavoro o per il permesso di "
                    "soggiorno di lungo periodo."
                ),
                "how_to": (
                    "Vieni in una delle due sedi durante l'orario delle lezioni, a settembre o a "
                    "febbraio. Un insegnante volontario fa un breve test per capire il tuo livello "
                    "e ti inserisce nel gruppo adatto. Se hai bambini piccoli dillo subito: al "
                    "mattino c'è uno spazio bimbi."
                ),
                "documents": ["Documento d'identità o permesso di soggiorno", "Codice fiscale"],
                "outcome": (
                    "Due lezioni alla settimana in piccoli gruppi, il materiale didattico gratuito "
                    "e un attestato di frequenza utile per prepararsi all'esame di livello A2."
                ),
                "times": (
                    "I corsi si svolgono da ottobre a gennaio e da febbraio a maggio; le "
                    "iscrizioni si raccolgono nelle due settimane precedenti."
                ),
                "online_url": "https://volontariinsieme.example.org/italiano",
                "booking_url": "",
                "phone": "049 000 4103",
                "email": "italiano@volontariinsieme.example.org",
                "desk": (
                    "Iscrizioni in presenza nelle due sedi dei corsi, negli orari delle lezioni."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Per ricevere l'attestato bisogna frequentare almeno l'80% delle lezioni. Se "
                    "non puoi venire avvisa l'insegnante, così non perdi il posto nel gruppo."
                ),
                "languages": ["it", "en", "fr", "ar"],
                "municipalities": ["Vigonza", "Noventa Padovana", "Cadoneghe"],
                "locations": [
                    {
                        "name": "Sede di Volontari Insieme",
                        "address": "Via Aldo Moro 9",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.4417,
                        "lon": 11.9808,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [("mo", "09:00", "11:00"), ("we", "09:00", "11:00")],
                        "closed": [("2026-12-07", "Ponte dell'Immacolata")],
                    },
                    {
                        "name": "Centro civico di Noventa Padovana",
                        "address": "Via Valmarana 6",
                        "postcode": "35027",
                        "municipality": "Noventa Padovana",
                        "lat": 45.4139,
                        "lon": 11.9534,
                        "accessibility": ["ingresso-senza-barriere", "ascensore"],
                        "hours": [("tu", "20:00", "21:30"), ("th", "20:00", "21:30")],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-08-25",
                "en": {
                    "title": "Italian classes for foreign residents",
                    "slug": "italian-classes-for-foreign-residents",
                    "short_description": (
                        "Free Italian classes for adults, from beginner to A2 level, with a "
                        "children's corner during the morning lessons."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Foreign women and men aged 16 and over who want to learn or improve their "
                        "Italian for everyday life, for work or for a long-term residence permit."
                    ),
                    "how_to": (
                        "Come to either venue during lesson times, in September or February. A "
                        "volunteer teacher gives you a short test to check your level and places "
                        "you in the right group. If you have young children, let us know: there is "
                        "a children's corner in the mornings."
                    ),
                    "documents": ["Identity document or residence permit", "Tax code"],
                    "outcome": (
                        "Two lessons a week in small groups, free course materials and a "
                        "certificate of attendance that helps you prepare for the A2 exam."
                    ),
                    "times": (
                        "Courses run from October to January and from February to May; enrolment "
                        "takes place in the two weeks before each course."
                    ),
                    "desk": "Enrol in person at either course venue during lesson hours.",
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "To receive the certificate you must attend at least 80% of the lessons. "
                        "If you cannot come, let your teacher know so that you keep your place in "
                        "the group."
                    ),
                    "location_names": [
                        "Volontari Insieme premises",
                        "Noventa Padovana civic centre",
                    ],
                },
            },
            {
                "slug": "telefonata-amica",
                "title": "Telefonata amica",
                "short_description": (
                    "Nata durante il lockdown del 2020: ogni settimana i volontari telefonano ad "
                    "anziani soli per sapere come stanno e raccogliere eventuali bisogni."
                ),
                "status": "active",
                "status_reason": "",
                "category": "promozione-sociale",
                "topics": ["covid-19", "anziani", "volontariato"],
                "target_groups": ["anziani"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone anziane o sole che vivono nei comuni serviti dall'associazione e "
                    "desiderano ricevere una telefonata regolare, anche se non hanno bisogno di "
                    "altri aiuti."
                ),
                "how_to": (
                    "Chiedi l'iscrizione alla segreteria, anche tramite un familiare o il medico. "
                    "Scegli il giorno e la fascia oraria che preferisci: un volontario ti chiamerà "
                    "sempre alla stessa ora. Se emerge un bisogno, con il tuo consenso il "
                    "volontario avvisa i familiari o i servizi sociali."
                ),
                "documents": [],
                "outcome": (
                    "Una telefonata di compagnia ogni settimana e un contatto diretto con "
                    "l'associazione per piccole richieste, come la consegna della spesa o dei "
                    "farmaci."
                ),
                "times": "Le telefonate iniziano entro una settimana dall'iscrizione.",
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 4104",
                "email": "telefonata@volontariinsieme.example.org",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Il servizio non è un numero di emergenza: per le urgenze chiama il 112. I "
                    "volontari chiamano da un numero dell'associazione e si presentano sempre per "
                    "nome."
                ),
                "languages": ["it"],
                "municipalities": ["Vigonza", "Saonara", "Noventa Padovana", "Cadoneghe"],
                "locations": [],
                "verified_on": "2025-04-08",
                "en": None,
            },
        ],
    },
]
