"""Demo catalogue, part B: providers and their services.

Original content written for this portal. The organisations are fictional, except the
Municipality of Cadoneghe, whose services are invented for the demo. Websites, email
addresses and phone numbers are placeholders (example.org, 049 000 xxxx).
"""

PROVIDERS = [
    {
        "slug": "comune-di-cadoneghe",
        "name": "Comune di Cadoneghe",
        "legal_status": "public_body",
        "pillar": "pubblico",
        "description": (
            "Il Comune di Cadoneghe partecipa alla rete di welfare di comunità con i servizi "
            "sociali rivolti a persone anziane, famiglie e persone in difficoltà. L'Ufficio "
            "servizi sociali lavora insieme ad associazioni e cooperative del territorio per "
            "costruire risposte vicine ai bisogni delle persone."
        ),
        "website": "https://cadoneghe.example.org/",
        "email": "sociale@cadoneghe.example.org",
        "phone": "049 000 2100",
        "en_description": (
            "The Municipality of Cadoneghe takes part in the community welfare network with social "
            "services for older people, families and people facing hardship. Its social services "
            "office works with local associations and cooperatives to shape responses that stay "
            "close to people's needs."
        ),
        "services": [
            {
                "slug": "consegna-pasti-a-domicilio",
                "title": "Pasti a domicilio",
                "short_description": (
                    "Consegna a casa di un pasto caldo completo, dal lunedì al sabato, per persone "
                    "anziane o con ridotta autonomia che non riescono a cucinare."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": ["anziani", "assistenza-sociale"],
                "target_groups": ["anziani", "persone-con-disabilita"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone residenti a Cadoneghe con più di 65 anni o con una disabilità, che "
                    "vivono sole o con familiari non in grado di preparare i pasti. Hanno la "
                    "precedenza le persone senza una rete familiare vicina."
                ),
                "how_to": (
                    "Si presenta la domanda all'Ufficio servizi sociali, di persona o con il "
                    "modulo online. Un'assistente sociale contatta la persona entro pochi giorni "
                    "per un colloquio, che può svolgersi anche a casa. Dopo l'approvazione si "
                    "concordano i giorni di consegna e le eventuali diete."
                ),
                "documents": [
                    "Documento d'identità del richiedente",
                    "Attestazione ISEE in corso di validità",
                    "Certificato medico per diete speciali (se necessario)",
                ],
                "outcome": (
                    "Un pasto completo (primo, secondo, contorno, pane e frutta) consegnato a casa "
                    "tra le 11:30 e le 12:30 da operatori che verificano anche come sta la "
                    "persona."
                ),
                "times": (
                    "Il servizio parte di norma entro 10 giorni lavorativi dalla domanda. La "
                    "disdetta di un singolo pasto va comunicata entro le 10:00 del giorno prima."
                ),
                "online_url": "https://cadoneghe.example.org/servizi/consegna-pasti-a-domicilio",
                "booking_url": "",
                "phone": "049 000 2101",
                "email": "pasti@cadoneghe.example.org",
                "desk": (
                    "Ufficio servizi sociali, primo piano del Municipio: si riceve senza "
                    "appuntamento il lunedì e il mercoledì mattina."
                ),
                "is_free": False,
                "cost_description": (
                    "La tariffa del pasto dipende dall'ISEE del nucleo familiare; la differenza "
                    "rispetto al costo pieno è a carico del Comune."
                ),
                "cost_options": [
                    ("Pasto singolo", "3.50", "ISEE fino a 10.000 euro"),
                    ("Pasto singolo", "5.00", "ISEE da 10.000,01 a 20.000 euro"),
                    ("Pasto singolo", "7.20", "ISEE oltre 20.000 euro o non presentato"),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Il pasto va ritirato di persona o da un familiare al momento della consegna. "
                    "Dopo tre assenze non comunicate il servizio può essere sospeso."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe"],
                "locations": [
                    {
                        "name": "Municipio di Cadoneghe",
                        "address": "Piazza Insurrezione 4",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4419,
                        "lon": 11.9275,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("we", "09:00", "12:30"),
                            ("th", "15:00", "18:00"),
                        ],
                        "closed": [
                            ("2026-12-24", "Chiusura natalizia"),
                            ("2026-12-31", "Chiusura di fine anno"),
                        ],
                    },
                ],
                "verified_on": "2026-06-15",
                "en": {
                    "title": "Home-delivered meals",
                    "slug": "home-delivered-meals",
                    "short_description": (
                        "A hot, complete meal delivered to your door from Monday to Saturday for "
                        "older people or people with reduced independence who cannot cook."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Cadoneghe residents aged over 65 or with a disability who live alone or "
                        "with relatives unable to prepare meals. Priority goes to people with no "
                        "family nearby."
                    ),
                    "how_to": (
                        "Apply at the social services office in person or using the online form. A "
                        "social worker will contact you within a few days to arrange an interview, "
                        "which can take place at home. Once the application is approved, delivery "
                        "days and any special diets are agreed."
                    ),
                    "documents": [
                        "Applicant's identity document",
                        "Valid ISEE certificate",
                        "Medical certificate for special diets (if needed)",
                    ],
                    "outcome": (
                        "A complete meal (first course, main course, side dish, bread and fruit) "
                        "delivered between 11:30 and 12:30 by staff who also check how the person "
                        "is getting on."
                    ),
                    "times": (
                        "The service normally starts within 10 working days of the application. To "
                        "cancel a single meal, let us know by 10:00 the day before."
                    ),
                    "desk": (
                        "Social services office, first floor of the Town Hall: no appointment "
                        "needed on Monday and Wednesday mornings."
                    ),
                    "cost_description": (
                        "The price of a meal depends on the household's ISEE; the municipality "
                        "covers the difference from the full cost."
                    ),
                    "cost_options": [
                        ("Single meal", "ISEE up to €10,000"),
                        ("Single meal", "ISEE from €10,000.01 to €20,000"),
                        ("Single meal", "ISEE above €20,000 or not submitted"),
                    ],
                    "conditions": (
                        "The meal must be collected in person or by a relative at delivery. After "
                        "three missed deliveries without notice the service may be suspended."
                    ),
                    "location_names": ["Cadoneghe Town Hall"],
                },
            },
            {
                "slug": "sportello-welfare-e-facilitazione-digitale",
                "title": "Sportello welfare e facilitazione digitale",
                "short_description": (
                    "Il welfare manager orienta tra servizi pubblici, aziendali e del terzo "
                    "settore e aiuta chi non usa internet a presentare le domande online."
                ),
                "status": "active",
                "status_reason": "",
                "category": "promozione-sociale",
                "topics": ["accesso-ai-servizi", "welfare-di-comunita", "integrazione-sociale"],
                "target_groups": ["anziani", "famiglie", "migranti"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Chiunque viva o lavori a Cadoneghe e voglia capire a quali servizi può "
                    "accedere, in particolare chi ha poca dimestichezza con computer e smartphone."
                ),
                "how_to": (
                    "Ci si presenta allo sportello negli orari di apertura oppure si prenota un "
                    "appuntamento online o per telefono. Il welfare manager ascolta la richiesta e "
                    "indica i servizi più adatti. Se serve, aiuta a compilare le domande online e "
                    "ad attivare SPID o la carta d'identità elettronica."
                ),
                "documents": [
                    "Documento d'identità",
                    "Tessera sanitaria",
                    "Smartphone e indirizzo email personale, per attivare SPID",
                ],
                "outcome": (
                    "Informazioni chiare sui servizi disponibili e, quando serve, l'invio "
                    "assistito della domanda con una ricevuta da conservare."
                ),
                "times": (
                    "Il primo colloquio dura circa 30 minuti. Per le pratiche più lunghe si fissa "
                    "un secondo appuntamento entro due settimane."
                ),
                "online_url": "",
                "booking_url": "https://cadoneghe.example.org/prenota/sportello-welfare",
                "phone": "049 000 2102",
                "email": "sportellowelfare@cadoneghe.example.org",
                "desk": (
                    "Sportello al piano terra del Municipio e, il sabato mattina, nella Biblioteca "
                    "comunale di Mejaniga."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Gli operatori non conservano password né credenziali. Per le pratiche svolte "
                    "per conto di un'altra persona serve una delega firmata."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Cadoneghe", "Vigodarzere"],
                "locations": [
                    {
                        "name": "Municipio di Cadoneghe",
                        "address": "Piazza Insurrezione 4",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4419,
                        "lon": 11.9275,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("tu", "15:00", "18:00"),
                            ("fr", "09:00", "12:30"),
                        ],
                        "closed": [
                            ("2026-12-24", "Chiusura natalizia"),
                            ("2026-12-31", "Chiusura di fine anno"),
                        ],
                    },
                    {
                        "name": "Biblioteca comunale di Mejaniga",
                        "address": "Via Gramsci 5",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4462,
                        "lon": 11.9139,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "anello-induttivo",
                        ],
                        "hours": [("sa", "09:00", "12:00")],
                        "closed": [
                            ("2026-08-08", "Chiusura estiva della biblioteca"),
                            ("2026-08-22", "Chiusura estiva della biblioteca"),
                        ],
                    },
                ],
                "verified_on": "2026-09-02",
                "en": {
                    "title": "Welfare and digital help desk",
                    "slug": "welfare-and-digital-help-desk",
                    "short_description": (
                        "A welfare manager guides you through public, corporate and third-sector "
                        "services and helps people who do not use the internet apply online."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Anyone who lives or works in Cadoneghe and wants to know which services "
                        "they can use, especially people who are not confident with computers and "
                        "smartphones."
                    ),
                    "how_to": (
                        "Drop in during opening hours or book an appointment online or by phone. "
                        "The welfare manager listens to your request and points you to the most "
                        "suitable services. If needed, they help you fill in online applications "
                        "and set up SPID or your electronic identity card."
                    ),
                    "documents": [
                        "Identity document",
                        "Health insurance card",
                        "Smartphone and personal email address, to set up SPID",
                    ],
                    "outcome": (
                        "Clear information on the services available and, where needed, help "
                        "submitting the application, with a receipt to keep."
                    ),
                    "times": (
                        "The first meeting lasts about 30 minutes. For longer procedures a second "
                        "appointment is arranged within two weeks."
                    ),
                    "desk": (
                        "Help desk on the ground floor of the Town Hall and, on Saturday mornings, "
                        "at the Mejaniga public library."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "Staff never keep passwords or login details. To act on behalf of another "
                        "person you need a signed authorisation."
                    ),
                    "location_names": ["Cadoneghe Town Hall", "Mejaniga public library"],
                },
            },
            {
                "slug": "buoni-spesa-solidali",
                "title": "Buoni spesa solidali",
                "short_description": (
                    "Buoni per alimenti e beni di prima necessità distribuiti alle famiglie in "
                    "difficoltà economica durante l'emergenza Covid-19."
                ),
                "status": "defunct",
                "status_reason": (
                    "La misura straordinaria, finanziata con i fondi statali per l'emergenza "
                    "sanitaria, si è conclusa il 30 giugno 2021."
                ),
                "category": "covid-19",
                "topics": ["covid-19", "assistenza-sociale", "famiglie"],
                "target_groups": ["famiglie"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Nuclei familiari residenti a Cadoneghe che, a causa della pandemia, avevano "
                    "perso il reddito o non riuscivano a sostenere la spesa alimentare."
                ),
                "how_to": (
                    "La domanda si presentava con un'autocertificazione online o telefonando ai "
                    "servizi sociali. Oggi chi è in difficoltà può rivolgersi allo Sportello "
                    "welfare per conoscere i sostegni attivi."
                ),
                "documents": ["Autocertificazione della situazione economica"],
                "outcome": (
                    "Buoni da 25 euro spendibili nei negozi alimentari convenzionati del "
                    "territorio."
                ),
                "times": (
                    "Le domande venivano valutate entro 5 giorni; i buoni andavano spesi entro tre "
                    "mesi dalla consegna."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "",
                "email": "",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "I buoni non erano convertibili in denaro e non potevano essere usati per "
                    "acquistare alcolici."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe"],
                "locations": [],
                "verified_on": "2024-02-12",
                "en": None,
            },
            {
                "slug": "trasporto-sociale",
                "title": "Trasporto sociale per visite e terapie",
                "short_description": (
                    "Accompagnamento in auto, con autisti volontari, verso ospedali, ambulatori e "
                    "centri di riabilitazione per chi non può spostarsi da solo."
                ),
                "status": "active",
                "status_reason": "",
                "category": "mobilita-trasporti",
                "topics": ["anziani", "volontariato", "assistenza-agli-invalidi"],
                "target_groups": ["anziani", "persone-con-disabilita"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Residenti a Cadoneghe anziani o con disabilità, senza familiari disponibili "
                    "ad accompagnarli, che devono raggiungere strutture sanitarie della provincia."
                ),
                "how_to": (
                    "Si telefona almeno tre giorni lavorativi prima dell'appuntamento indicando "
                    "data, ora e luogo della visita. Alla prima richiesta l'ufficio registra i "
                    "dati e verifica i requisiti. Il giorno del viaggio l'autista passa a prendere "
                    "la persona a casa e la riaccompagna al termine."
                ),
                "documents": [
                    "Documento d'identità",
                    "Prescrizione o promemoria dell'appuntamento",
                    "Attestazione ISEE, per la tariffa ridotta",
                ],
                "outcome": (
                    "Andata e ritorno in auto o con un mezzo attrezzato per carrozzine, con un "
                    "volontario che attende la fine della visita."
                ),
                "times": (
                    "Le richieste vanno fatte almeno tre giorni lavorativi prima. I viaggi si "
                    "fanno dal lunedì al venerdì, tra le 7:30 e le 18:00."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 2103",
                "email": "trasporti@cadoneghe.example.org",
                "desk": (
                    "Le prenotazioni si ricevono solo per telefono, il martedì e il giovedì "
                    "mattina."
                ),
                "is_free": False,
                "cost_description": (
                    "Per ogni viaggio di andata e ritorno si versa un contributo alle spese, in "
                    "base alla destinazione."
                ),
                "cost_options": [
                    ("Viaggio entro il territorio comunale", "3.00", "Andata e ritorno"),
                    ("Viaggio verso Padova e i comuni confinanti", "6.00", "Andata e ritorno"),
                    (
                        "Viaggio verso altri comuni della provincia",
                        "10.00",
                        "Andata e ritorno; metà prezzo con ISEE fino a 10.000 euro",
                    ),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Il servizio non sostituisce l'ambulanza e non è adatto a chi deve viaggiare "
                    "sdraiato. Le disdette vanno comunicate almeno il giorno prima."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe"],
                "locations": [],
                "verified_on": "2025-09-22",
                "en": None,
            },
            {
                "slug": "contributo-centri-estivi",
                "title": "Contributo per i centri estivi",
                "short_description": (
                    "Contributo comunale alle famiglie per la retta dei centri estivi frequentati "
                    "da bambine, bambini e ragazzi dai 3 ai 14 anni."
                ),
                "status": "inactive",
                "status_reason": (
                    "Le domande per l'estate 2026 si sono chiuse il 31 maggio; il nuovo bando sarà "
                    "pubblicato nella primavera del 2027."
                ),
                "category": "educazione-formazione",
                "topics": ["famiglie", "istruzione"],
                "target_groups": ["famiglie", "bambini-0-6", "giovani"],
                "min_age": 3,
                "max_age": 14,
                "audience": (
                    "Famiglie residenti a Cadoneghe con ISEE fino a 30.000 euro e figli tra 3 e 14 "
                    "anni iscritti a un centro estivo, anche fuori comune."
                ),
                "how_to": (
                    "Quando il bando è aperto si compila la domanda online allegando la ricevuta "
                    "di iscrizione al centro estivo; chi ha bisogno di aiuto può presentarla allo "
                    "Sportello welfare. A fine estate si caricano le ricevute di pagamento delle "
                    "rette."
                ),
                "documents": [
                    "Attestazione ISEE in corso di validità",
                    "Ricevuta di iscrizione al centro estivo",
                    "Ricevute di pagamento delle rette",
                    "IBAN intestato a uno dei genitori",
                ],
                "outcome": (
                    "Un rimborso fino a 60 euro a settimana per ogni figlio, per un massimo di sei "
                    "settimane."
                ),
                "times": (
                    "Il bando apre di solito ad aprile e chiude a fine maggio. Il rimborso viene "
                    "accreditato entro dicembre."
                ),
                "online_url": "https://cadoneghe.example.org/servizi/contributo-centri-estivi",
                "booking_url": "",
                "phone": "049 000 2104",
                "email": "istruzione@cadoneghe.example.org",
                "desk": "Ufficio scuola e istruzione, piano terra del Municipio.",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Il contributo non si cumula con altri rimborsi per la stessa spesa, compresi "
                    "quelli dei piani di welfare aziendale. Il Comune svolge controlli a campione "
                    "sulle dichiarazioni."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe"],
                "locations": [
                    {
                        "name": "Municipio di Cadoneghe",
                        "address": "Piazza Insurrezione 4",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4419,
                        "lon": 11.9275,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:30"),
                            ("we", "09:00", "12:30"),
                            ("th", "15:00", "18:00"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-06-03",
                "en": None,
            },
        ],
    },
    {
        "slug": "cooperativa-sociale-primavera",
        "name": "Cooperativa sociale Primavera",
        "legal_status": "social_cooperative",
        "pillar": "territoriale",
        "description": (
            "Cooperativa sociale nata a Vigodarzere, gestisce servizi domiciliari, educativi e di "
            "sostegno alle persone fragili nei comuni a nord di Padova. Lavora in rete con i "
            "Comuni e con i volontari del territorio e reinveste gli utili nelle attività sociali."
        ),
        "website": "https://coopprimavera.example.org/",
        "email": "info@coopprimavera.example.org",
        "phone": "049 000 3200",
        "en_description": (
            "A social cooperative founded in Vigodarzere that runs home care, educational and "
            "support services for vulnerable people in the municipalities north of Padua. It works "
            "alongside local councils and volunteers and reinvests its surplus in its social work."
        ),
        "services": [
            {
                "slug": "aiuto-a-domicilio-anziani",
                "title": "Aiuto a domicilio per persone anziane",
                "short_description": (
                    "Operatori socio-sanitari a casa per igiene personale, piccole faccende, spesa "
                    "e compagnia, anche solo per poche ore alla settimana."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": ["anziani", "assistenza-sociale", "welfare-aziendale"],
                "target_groups": ["anziani", "caregiver", "dipendenti-aziende-aderenti"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Persone anziane che vivono a casa e hanno bisogno di aiuto nelle attività "
                    "quotidiane, e i familiari che se ne prendono cura. I dipendenti delle aziende "
                    "aderenti possono pagare il servizio con il credito welfare, anche per i "
                    "propri genitori."
                ),
                "how_to": (
                    "Si telefona o si scrive alla cooperativa per fissare una visita gratuita a "
                    "domicilio. La coordinatrice valuta i bisogni insieme alla famiglia e propone "
                    "un piano di interventi con orari e costi. Il servizio parte dopo la firma del "
                    "contratto."
                ),
                "documents": [
                    "Documento d'identità della persona assistita",
                    "Documentazione sanitaria utile all'assistenza, se disponibile",
                    "Codice del voucher welfare, se si paga con il credito aziendale",
                ],
                "outcome": (
                    "Interventi a domicilio di personale qualificato, con una referente fissa che "
                    "tiene aggiornata la famiglia e adatta il piano quando cambiano le necessità."
                ),
                "times": (
                    "La prima visita si fissa entro una settimana e gli interventi possono "
                    "iniziare entro 10 giorni. Gli orari si modificano con un preavviso di 7 "
                    "giorni."
                ),
                "online_url": "",
                "booking_url": "https://coopprimavera.example.org/prenota-visita",
                "phone": "049 000 3201",
                "email": "domicilio@coopprimavera.example.org",
                "desk": "Sede della cooperativa a Vigodarzere, su appuntamento.",
                "is_free": False,
                "cost_description": (
                    "Si paga a ore, con tariffe diverse per i giorni feriali e festivi; la prima "
                    "visita a domicilio è gratuita."
                ),
                "cost_options": [
                    ("Ora di assistenza feriale", "23.50", "Operatore socio-sanitario qualificato"),
                    ("Ora di assistenza festiva", "28.00", "Domeniche e festivi"),
                    ("Pacchetto di 20 ore", "440.00", "Da usare entro tre mesi"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Ogni intervento dura almeno un'ora. Le ore disdette con meno di 24 ore di "
                    "preavviso vengono addebitate."
                ),
                "languages": ["it", "ro"],
                "municipalities": ["Vigodarzere", "Cadoneghe", "Padova", "Limena", "Campodarsego"],
                "locations": [
                    {
                        "name": "Sede della Cooperativa Primavera",
                        "address": "Via Roma 48",
                        "postcode": "35010",
                        "municipality": "Vigodarzere",
                        "lat": 45.4575,
                        "lon": 11.883,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "08:30", "13:00"),
                            ("tu", "08:30", "13:00"),
                            ("tu", "14:30", "17:30"),
                            ("we", "08:30", "13:00"),
                            ("th", "08:30", "13:00"),
                            ("th", "14:30", "17:30"),
                            ("fr", "08:30", "13:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Chiusura natalizia"),
                        ],
                    },
                ],
                "verified_on": "2026-07-10",
                "en": None,
            },
            {
                "slug": "centro-diurno-il-glicine",
                "title": "Centro diurno Il Glicine",
                "short_description": (
                    "Centro diurno per persone adulte con disabilità: laboratori, attività "
                    "motorie, uscite sul territorio e pranzo, dal lunedì al venerdì."
                ),
                "status": "temporarily_closed",
                "status_reason": (
                    "Il centro è chiuso per lavori di adeguamento dell'edificio fino al 31 gennaio "
                    "2027; nel frattempo le persone iscritte sono accolte in altre strutture della "
                    "rete."
                ),
                "category": "assistenza-sociale",
                "topics": ["assistenza-agli-invalidi", "integrazione-sociale"],
                "target_groups": ["persone-con-disabilita", "caregiver"],
                "min_age": 18,
                "max_age": 64,
                "audience": (
                    "Persone dai 18 ai 64 anni con disabilità intellettiva o fisica, residenti nei "
                    "comuni del distretto, che hanno concluso il percorso scolastico."
                ),
                "how_to": (
                    "L'inserimento si chiede all'assistente sociale del proprio Comune, che attiva "
                    "la valutazione dell'unità multidisciplinare dell'Azienda ULSS. Dopo la "
                    "valutazione la cooperativa concorda con la famiglia un mese di prova."
                ),
                "documents": [
                    "Verbale di invalidità o di riconoscimento della disabilità",
                    "Progetto individuale predisposto dai servizi",
                    "Attestazione ISEE sociosanitaria",
                ],
                "outcome": (
                    "Frequenza a tempo pieno o parziale con un progetto educativo personalizzato, "
                    "trasporto da casa e ritorno, e pranzo."
                ),
                "times": (
                    "Dopo la valutazione dei servizi l'inserimento avviene di solito entro due "
                    "mesi, secondo i posti disponibili."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 3202",
                "email": "glicine@coopprimavera.example.org",
                "desk": "Accoglienza del centro, su appuntamento con la coordinatrice.",
                "is_free": False,
                "cost_description": (
                    "La retta è coperta in gran parte dall'Azienda ULSS e dal Comune di residenza; "
                    "alla famiglia resta una quota giornaliera che dipende dall'ISEE."
                ),
                "cost_options": [
                    (
                        "Quota giornaliera a carico della famiglia",
                        "12.00",
                        "Importo massimo, ridotto in base all'ISEE sociosanitario; pranzo compreso",
                    ),
                ],
                "welfare_credit": False,
                "conditions": (
                    "Le assenze programmate vanno comunicate entro il venerdì della settimana "
                    "precedente. Il centro chiude tre settimane in agosto."
                ),
                "languages": ["it"],
                "municipalities": ["Vigodarzere", "Cadoneghe", "Limena"],
                "locations": [
                    {
                        "name": "Centro diurno Il Glicine",
                        "address": "Via dei Tigli 9",
                        "postcode": "35010",
                        "municipality": "Vigodarzere",
                        "lat": 45.4612,
                        "lon": 11.8795,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("mo", "08:30", "16:30"),
                            ("tu", "08:30", "16:30"),
                            ("we", "08:30", "16:30"),
                            ("th", "08:30", "16:30"),
                            ("fr", "08:30", "16:30"),
                        ],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-09-20",
                "en": None,
            },
            {
                "slug": "gruppi-auto-mutuo-aiuto-caregiver",
                "title": "Gruppi di auto mutuo aiuto per caregiver",
                "short_description": (
                    "Incontri mensili guidati da una psicologa, in cui chi assiste una persona "
                    "cara trova ascolto, sostegno e soluzioni pratiche."
                ),
                "status": "active",
                "status_reason": "",
                "category": "supporto-psicologico",
                "topics": ["welfare-di-comunita", "famiglie", "salute"],
                "target_groups": ["caregiver"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Familiari, amici e vicini che assistono una persona anziana, malata o con "
                    "disabilità, anche senza vivere con lei. Non serve essere residenti nei comuni "
                    "della rete."
                ),
                "how_to": (
                    "Si telefona o si scrive alla cooperativa per un breve colloquio conoscitivo "
                    "con la psicologa che conduce i gruppi. Poi si partecipa agli incontri, il "
                    "secondo giovedì del mese. Chi non può lasciare sola la persona assistita può "
                    "chiedere un volontario che le faccia compagnia durante l'incontro."
                ),
                "documents": [],
                "outcome": (
                    "Uno spazio riservato per condividere fatiche e soluzioni, informazioni su "
                    "servizi e permessi, e persone con cui restare in contatto tra un incontro e "
                    "l'altro."
                ),
                "times": (
                    "Gli incontri si tengono da settembre a giugno, dalle 18:00 alle 20:00. Si può "
                    "entrare in un gruppo in qualsiasi momento dell'anno."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 3203",
                "email": "caregiver@coopprimavera.example.org",
                "desk": (
                    "Sala incontri della Casa delle associazioni di Cadoneghe, il secondo giovedì "
                    "del mese."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Quello che si dice nel gruppo resta nel gruppo: a chi partecipa si chiede di "
                    "rispettare la riservatezza degli altri."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe", "Vigodarzere", "Padova"],
                "locations": [
                    {
                        "name": "Casa delle associazioni di Cadoneghe",
                        "address": "Via Marconi 11",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4395,
                        "lon": 11.9302,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [("th", "18:00", "20:00")],
                        "closed": [("2026-12-10", "Incontro spostato a giovedì 17 dicembre")],
                    },
                ],
                "verified_on": "2025-10-10",
                "en": {
                    "title": "Peer support groups for carers",
                    "slug": "carer-peer-support-groups",
                    "short_description": (
                        "Monthly meetings led by a psychologist where people caring for a loved "
                        "one find a listening ear, support and practical solutions."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Relatives, friends and neighbours who look after an older, ill or "
                        "disabled person, even if they do not live with them. You do not need to "
                        "live in one of the network's municipalities."
                    ),
                    "how_to": (
                        "Phone or email the cooperative to arrange a short introductory talk with "
                        "the psychologist who leads the groups. Then join the meetings, held on "
                        "the second Thursday of each month. If you cannot leave the person you "
                        "care for alone, you can ask for a volunteer to keep them company while "
                        "you attend."
                    ),
                    "documents": [],
                    "outcome": (
                        "A confidential space to share difficulties and solutions, information on "
                        "services and leave entitlements, and people to stay in touch with between "
                        "meetings."
                    ),
                    "times": (
                        "Meetings run from September to June, from 18:00 to 20:00. You can join a "
                        "group at any time of year."
                    ),
                    "desk": (
                        "Meeting room of the Cadoneghe community association centre, on the second "
                        "Thursday of each month."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "What is said in the group stays in the group: participants are asked to "
                        "respect each other's privacy."
                    ),
                    "location_names": ["Cadoneghe community association centre"],
                },
            },
            {
                "slug": "doposcuola-primavera",
                "title": "Doposcuola Primavera",
                "short_description": (
                    "Aiuto nei compiti e nel metodo di studio per alunni di primaria e secondaria "
                    "di primo grado, in piccoli gruppi seguiti da educatori."
                ),
                "status": "active",
                "status_reason": "",
                "category": "educazione-formazione",
                "topics": ["istruzione", "famiglie"],
                "target_groups": ["giovani", "famiglie", "dipendenti-aziende-aderenti"],
                "min_age": 6,
                "max_age": 14,
                "audience": (
                    "Alunne e alunni dai 6 ai 14 anni delle scuole di Cadoneghe e Vigodarzere, in "
                    "particolare chi ha bisogno di un sostegno in più o ha genitori che lavorano "
                    "al pomeriggio."
                ),
                "how_to": (
                    "Le iscrizioni si fanno online da inizio settembre. A ottobre gli educatori "
                    "incontrano i genitori per conoscere le esigenze di ciascun ragazzo. I posti "
                    "che si liberano durante l'anno vengono assegnati in ordine di richiesta."
                ),
                "documents": [
                    "Modulo di iscrizione firmato da entrambi i genitori",
                    "Certificazione DSA o piano didattico personalizzato, se presenti",
                ],
                "outcome": (
                    "Tre pomeriggi a settimana di studio assistito, con un educatore ogni otto "
                    "ragazzi e incontri periodici con le famiglie."
                ),
                "times": (
                    "Il doposcuola segue il calendario scolastico, da ottobre a inizio giugno. Le "
                    "iscrizioni per l'anno successivo aprono il 1° settembre."
                ),
                "online_url": "https://coopprimavera.example.org/doposcuola/iscrizioni",
                "booking_url": "",
                "phone": "049 000 3204",
                "email": "doposcuola@coopprimavera.example.org",
                "desk": "",
                "is_free": False,
                "cost_description": (
                    "Si paga una quota mensile; sono previste riduzioni per i fratelli e per le "
                    "famiglie con ISEE basso."
                ),
                "cost_options": [
                    ("Quota mensile", "95.00", "Tre pomeriggi a settimana"),
                    (
                        "Quota mensile per il secondo figlio",
                        "75.00",
                        "Fratelli iscritti nello stesso anno",
                    ),
                    ("Quota mensile ridotta", "50.00", "ISEE fino a 12.000 euro"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "La quota si paga entro il giorno 10 di ogni mese. Il ritiro va comunicato con "
                    "un mese di preavviso."
                ),
                "languages": ["it"],
                "municipalities": ["Cadoneghe", "Vigodarzere"],
                "locations": [
                    {
                        "name": "Spazio ragazzi di Castagnara",
                        "address": "Via Piave 3",
                        "postcode": "35010",
                        "municipality": "Cadoneghe",
                        "lat": 45.4305,
                        "lon": 11.924,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "14:30", "17:30"),
                            ("we", "14:30", "17:30"),
                            ("fr", "14:30", "17:30"),
                        ],
                        "closed": [("2026-11-02", "Ponte scolastico")],
                    },
                    {
                        "name": "Sede della Cooperativa Primavera",
                        "address": "Via Roma 48",
                        "postcode": "35010",
                        "municipality": "Vigodarzere",
                        "lat": 45.4575,
                        "lon": 11.883,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("mo", "14:30", "17:30"),
                            ("we", "14:30", "17:30"),
                            ("fr", "14:30", "17:30"),
                        ],
                        "closed": [("2026-11-02", "Ponte scolastico")],
                    },
                ],
                "verified_on": "2026-10-01",
                "en": None,
            },
            {
                "slug": "italiano-e-orientamento-al-lavoro",
                "title": "Italiano e orientamento al lavoro",
                "short_description": (
                    "Corsi di italiano di base e colloqui individuali per preparare il curriculum "
                    "e cercare lavoro, per persone migranti adulte."
                ),
                "status": "active",
                "status_reason": "",
                "category": "vita-lavorativa",
                "topics": ["integrazione-sociale", "lavoro"],
                "target_groups": ["migranti", "giovani"],
                "min_age": 16,
                "max_age": None,
                "audience": (
                    "Persone straniere dai 16 anni in su che vivono nei comuni della rete e "
                    "vogliono migliorare l'italiano e trovare lavoro. I corsi partono dal livello "
                    "principiante."
                ),
                "how_to": (
                    "Si partecipa a un incontro di accoglienza il primo lunedì del mese, con un "
                    "breve test per capire il livello di italiano. Poi si entra nel gruppo adatto "
                    "e si fissa un colloquio con l'orientatrice."
                ),
                "documents": ["Documento d'identità o permesso di soggiorno", "Codice fiscale"],
                "outcome": (
                    "Due lezioni di italiano a settimana, un curriculum aggiornato e il contatto "
                    "con il centro per l'impiego e le agenzie per il lavoro della zona."
                ),
                "times": (
                    "I corsi durano 12 settimane e ripartono a ottobre, gennaio e aprile. Il "
                    "colloquio di orientamento si fissa entro due settimane dall'iscrizione."
                ),
                "online_url": "",
                "booking_url": "",
                "phone": "049 000 3205",
                "email": "lavoro@coopprimavera.example.org",
                "desk": "Sede della cooperativa, aula al piano terra.",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Per ricevere l'attestato di frequenza bisogna seguire almeno l'80% delle "
                    "lezioni. Durante le lezioni del mattino è attivo un piccolo spazio bimbi."
                ),
                "languages": ["it", "en", "ar", "ro"],
                "municipalities": ["Vigodarzere", "Cadoneghe", "Padova"],
                "locations": [
                    {
                        "name": "Sede della Cooperativa Primavera",
                        "address": "Via Roma 48",
                        "postcode": "35010",
                        "municipality": "Vigodarzere",
                        "lat": 45.4575,
                        "lon": 11.883,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                        ],
                        "hours": [
                            ("tu", "09:00", "11:00"),
                            ("we", "18:00", "20:00"),
                            ("th", "09:00", "11:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Chiusura natalizia"),
                        ],
                    },
                ],
                "verified_on": "2025-04-18",
                "en": None,
            },
        ],
    },
    {
        "slug": "piano-welfare-brenta-meccanica",
        "name": "Piano welfare Brenta Meccanica",
        "legal_status": "company",
        "pillar": "aziendale",
        "description": (
            "Il piano di welfare di Brenta Meccanica, azienda metalmeccanica con stabilimenti a "
            "Vigonza e Campodarsego, offre a dipendenti e familiari servizi di cura, salute e "
            "conciliazione. Aderisce alla rete territoriale e si appoggia a cooperative e "
            "strutture sanitarie della zona."
        ),
        "website": "https://welfare.brentameccanica.example.org/",
        "email": "welfare@brentameccanica.example.org",
        "phone": "049 000 4300",
        "en_description": (
            "The welfare plan of Brenta Meccanica, an engineering company with plants in Vigonza "
            "and Campodarsego, offers employees and their families care, health and work-life "
            "balance services. It belongs to the local network and relies on cooperatives and "
            "health providers in the area."
        ),
        "services": [
            {
                "slug": "credito-welfare",
                "title": "Credito welfare",
                "short_description": (
                    "Un budget annuale sul portale welfare per pagare servizi di cura, istruzione, "
                    "salute e tempo libero o farsi rimborsare le spese sostenute."
                ),
                "status": "active",
                "status_reason": "",
                "category": "vita-lavorativa",
                "topics": ["welfare-aziendale", "lavoro"],
                "target_groups": ["dipendenti-aziende-aderenti"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Dipendenti delle aziende aderenti al piano assunti a tempo indeterminato o "
                    "con contratto a termine di almeno sei mesi, compresi part-time e apprendisti."
                ),
                "how_to": (
                    "Si accede al portale welfare con le credenziali ricevute via email "
                    "all'attivazione del piano. Dal catalogo si sceglie un servizio convenzionato "
                    "oppure si carica la ricevuta di una spesa per chiederne il rimborso. "
                    "L'ufficio del personale approva le richieste."
                ),
                "documents": [
                    "Credenziali del portale welfare",
                    (
                        "Ricevute o fatture intestate al dipendente o al familiare a carico, per i "
                        "rimborsi"
                    ),
                ],
                "outcome": (
                    "Fino a 1.000 euro all'anno da usare per sé e per i familiari, senza "
                    "tassazione nei limiti previsti dalla normativa fiscale."
                ),
                "times": (
                    "Il credito si carica a marzo e va usato entro il 30 novembre. I rimborsi "
                    "arrivano con la busta paga del mese successivo all'approvazione."
                ),
                "online_url": "https://welfare.brentameccanica.example.org/portale",
                "booking_url": "",
                "phone": "049 000 4301",
                "email": "portale@brentameccanica.example.org",
                "desk": (
                    "Ufficio del personale nello stabilimento di Vigonza, per chi ha bisogno di "
                    "aiuto con il portale."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": True,
                "conditions": (
                    "Il credito non usato entro la scadenza non si converte in denaro, ma può "
                    "essere versato nel fondo pensione. In caso di dimissioni resta utilizzabile "
                    "fino all'ultimo giorno di lavoro."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Vigonza", "Campodarsego"],
                "locations": [],
                "verified_on": "2026-03-05",
                "en": None,
            },
            {
                "slug": "rimborso-rette-nido-e-infanzia",
                "title": "Rimborso rette di nido e scuola dell'infanzia",
                "short_description": (
                    "Rimborso con il credito welfare delle rette di asilo nido, micronido e scuola "
                    "dell'infanzia, compresi mensa e centri estivi per i più piccoli."
                ),
                "status": "active",
                "status_reason": "",
                "category": "educazione-formazione",
                "topics": ["welfare-aziendale", "famiglie", "istruzione"],
                "target_groups": ["dipendenti-aziende-aderenti", "bambini-0-6", "famiglie"],
                "min_age": 0,
                "max_age": 6,
                "audience": (
                    "Dipendenti delle aziende aderenti con figli fino a 6 anni iscritti a un "
                    "servizio educativo pubblico o privato, in qualsiasi comune."
                ),
                "how_to": (
                    "Dopo aver pagato la retta si carica la ricevuta sul portale welfare, nella "
                    "sezione Istruzione. L'ufficio del personale controlla il documento e approva "
                    "la richiesta. Se il nido è convenzionato si può chiedere il pagamento "
                    "diretto."
                ),
                "documents": [
                    "Ricevuta o fattura della retta con il nome del bambino",
                    "Codice fiscale del bambino",
                    "Stato di famiglia o autocertificazione",
                ],
                "outcome": (
                    "Il rimborso della spesa documentata fino al credito disponibile, più un "
                    "contributo aziendale di 300 euro all'anno per ogni figlio iscritto al nido."
                ),
                "times": (
                    "Le ricevute vanno caricate entro il 30 novembre dell'anno di riferimento. Il "
                    "rimborso arriva con la busta paga del mese successivo."
                ),
                "online_url": "https://welfare.brentameccanica.example.org/portale/istruzione",
                "booking_url": "",
                "phone": "049 000 4301",
                "email": "portale@brentameccanica.example.org",
                "desk": "",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": True,
                "conditions": (
                    "La stessa spesa non si può rimborsare due volte: la parte di retta già "
                    "coperta dal bonus nido nazionale o da contributi comunali non è rimborsabile."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Vigonza", "Campodarsego"],
                "locations": [],
                "verified_on": "2026-03-05",
                "en": None,
            },
            {
                "slug": "check-up-di-prevenzione",
                "title": "Check-up di prevenzione",
                "short_description": (
                    "Check-up annuale al Poliambulatorio San Lazzaro con esami del sangue, "
                    "elettrocardiogramma e visita internistica, esteso ai familiari."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute", "welfare-aziendale"],
                "target_groups": ["dipendenti-aziende-aderenti", "famiglie"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Dipendenti delle aziende aderenti e, pagando con il credito welfare, i loro "
                    "familiari maggiorenni."
                ),
                "how_to": (
                    "Si prenota sul portale welfare scegliendo data e sede del Poliambulatorio. La "
                    "mattina degli esami ci si presenta a digiuno con la conferma di prenotazione. "
                    "Il referto si scarica dal portale dopo circa una settimana e si commenta con "
                    "il medico in un secondo incontro gratuito."
                ),
                "documents": [
                    "Conferma di prenotazione",
                    "Tessera sanitaria",
                    "Esami recenti ed elenco dei farmaci che si assumono",
                ],
                "outcome": (
                    "Esami del sangue e delle urine, elettrocardiogramma, misurazione della "
                    "pressione e visita internistica, con referto e consigli personalizzati."
                ),
                "times": (
                    "Il check-up si può fare una volta all'anno e di solito c'è posto entro tre "
                    "settimane. Il prelievo si fa tra le 7:30 e le 9:30."
                ),
                "online_url": "",
                "booking_url": "https://welfare.brentameccanica.example.org/portale/check-up",
                "phone": "049 000 4302",
                "email": "salute@brentameccanica.example.org",
                "desk": (
                    "Punto prelievi del Poliambulatorio San Lazzaro, accettazione al piano terra."
                ),
                "is_free": False,
                "cost_description": (
                    "Per i dipendenti il check-up è pagato dall'azienda; per i familiari si paga "
                    "con il credito welfare o direttamente alla cassa."
                ),
                "cost_options": [
                    ("Check-up dipendente", "0.00", "Interamente a carico dell'azienda"),
                    ("Check-up familiare", "95.00", "Pagabile con il credito welfare"),
                    (
                        "Check-up familiare over 50",
                        "140.00",
                        "Con esami di screening specifici per l'età",
                    ),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Il check-up non sostituisce il medico di famiglia né gli screening "
                    "dell'Azienda ULSS. La prenotazione si può spostare fino a 48 ore prima."
                ),
                "languages": ["it"],
                "municipalities": ["Padova", "Vigonza", "Campodarsego"],
                "locations": [
                    {
                        "name": "Poliambulatorio San Lazzaro, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "07:30", "09:30"),
                            ("tu", "07:30", "09:30"),
                            ("we", "07:30", "09:30"),
                            ("th", "07:30", "09:30"),
                            ("fr", "07:30", "09:30"),
                            ("sa", "07:30", "09:30"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                ],
                "verified_on": "2026-04-20",
                "en": None,
            },
            {
                "slug": "sportello-caregiver-in-azienda",
                "title": "Sportello caregiver in azienda",
                "short_description": (
                    "Colloqui riservati con un'assistente sociale per chi assiste un familiare "
                    "anziano o con disabilità: permessi, servizi e pratiche."
                ),
                "status": "active",
                "status_reason": "",
                "category": "assistenza-sociale",
                "topics": [
                    "welfare-aziendale",
                    "anziani",
                    "assistenza-agli-invalidi",
                    "accesso-ai-servizi",
                ],
                "target_groups": ["dipendenti-aziende-aderenti", "caregiver"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Dipendenti delle aziende aderenti che si prendono cura di un genitore, del "
                    "coniuge o di un figlio non autosufficiente, o che prevedono di doverlo fare "
                    "presto."
                ),
                "how_to": (
                    "Si prenota un colloquio sul portale welfare o telefonando allo sportello. Il "
                    "colloquio si svolge in orario di lavoro, in stabilimento o in videochiamata. "
                    "L'assistente sociale spiega i permessi della legge 104, l'indennità di "
                    "accompagnamento e i servizi del Comune e del territorio."
                ),
                "documents": [
                    "Verbale di invalidità del familiare, se disponibile",
                    "Documenti sanitari recenti del familiare, se utili",
                ],
                "outcome": (
                    "Un piano di orientamento scritto con i servizi attivabili e i contatti utili "
                    "e, se serve, l'accompagnamento nelle pratiche con l'INPS e il Comune."
                ),
                "times": (
                    "Il primo colloquio dura 45 minuti e si fissa entro una settimana. Si possono "
                    "chiedere fino a sei colloqui all'anno."
                ),
                "online_url": "",
                "booking_url": "https://welfare.brentameccanica.example.org/portale/caregiver",
                "phone": "049 000 4303",
                "email": "caregiver@brentameccanica.example.org",
                "desk": (
                    "Sala riunioni al primo piano degli stabilimenti di Vigonza e Campodarsego, su "
                    "prenotazione."
                ),
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "Il colloquio è riservato: l'azienda non riceve informazioni sui contenuti, "
                    "solo il numero complessivo degli incontri. Il tempo del colloquio è "
                    "retribuito."
                ),
                "languages": ["it", "en", "ro"],
                "municipalities": ["Vigonza", "Campodarsego"],
                "locations": [
                    {
                        "name": "Stabilimento Brenta Meccanica di Vigonza",
                        "address": "Via dell'Industria 15",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.442,
                        "lon": 11.99,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [("tu", "13:30", "17:30"), ("th", "08:30", "12:30")],
                        "closed": [
                            ("2026-08-10", "Chiusura estiva dello stabilimento"),
                            ("2026-08-17", "Chiusura estiva dello stabilimento"),
                        ],
                    },
                    {
                        "name": "Stabilimento Brenta Meccanica di Campodarsego",
                        "address": "Via dell'Artigianato 7",
                        "postcode": "35011",
                        "municipality": "Campodarsego",
                        "lat": 45.504,
                        "lon": 11.917,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [("we", "13:30", "17:30")],
                        "closed": [("2026-08-12", "Chiusura estiva dello stabilimento")],
                    },
                ],
                "verified_on": "2026-05-12",
                "en": {
                    "title": "Workplace carer advice desk",
                    "slug": "workplace-carer-advice-desk",
                    "short_description": (
                        "Confidential meetings with a social worker for employees caring for an "
                        "older or disabled relative: leave, services and paperwork."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Employees of member companies who care for a parent, partner or child who "
                        "is not self-sufficient, or who expect to do so soon."
                    ),
                    "how_to": (
                        "Book a meeting on the welfare portal or by phoning the desk. Meetings "
                        "take place during working hours, at the plant or by video call. The "
                        "social worker explains leave under Law 104, the attendance allowance and "
                        "the services offered by the municipality and local organisations."
                    ),
                    "documents": [
                        "Relative's disability assessment, if available",
                        "Relative's recent medical records, if relevant",
                    ],
                    "outcome": (
                        "A written guidance plan listing the services you can use and useful "
                        "contacts and, if needed, help with INPS and municipal paperwork."
                    ),
                    "times": (
                        "The first meeting lasts 45 minutes and is arranged within a week. You can "
                        "ask for up to six meetings a year."
                    ),
                    "desk": (
                        "Meeting room on the first floor of the Vigonza and Campodarsego plants, "
                        "by appointment."
                    ),
                    "cost_description": "",
                    "cost_options": [],
                    "conditions": (
                        "Meetings are confidential: the company receives no information on what is "
                        "discussed, only the total number of meetings held. Time spent in meetings "
                        "is paid."
                    ),
                    "location_names": [
                        "Brenta Meccanica plant, Vigonza",
                        "Brenta Meccanica plant, Campodarsego",
                    ],
                },
            },
            {
                "slug": "vaccinazione-antinfluenzale-e-anti-covid",
                "title": "Vaccinazione antinfluenzale e anti-Covid in azienda",
                "short_description": (
                    "Campagna autunnale di vaccinazione contro influenza e Covid-19 negli "
                    "stabilimenti, in orario di lavoro, con il medico competente."
                ),
                "status": "active",
                "status_reason": "",
                "category": "covid-19",
                "topics": ["covid-19", "salute", "welfare-aziendale"],
                "target_groups": ["dipendenti-aziende-aderenti"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Dipendenti delle aziende aderenti che desiderano vaccinarsi, in particolare "
                    "chi ha più di 60 anni, una malattia cronica o vive con persone fragili."
                ),
                "how_to": (
                    "Ci si iscrive sul portale welfare scegliendo giorno e fascia oraria. Il "
                    "giorno della vaccinazione si compila con il medico la scheda anamnestica. "
                    "Dopo l'iniezione si resta 15 minuti in sala d'attesa."
                ),
                "documents": ["Tessera sanitaria", "Modulo di consenso, scaricabile dal portale"],
                "outcome": (
                    "Il vaccino antinfluenzale e, per chi lo desidera, il richiamo anti-Covid con "
                    "il vaccino aggiornato, registrati nell'anagrafe vaccinale regionale."
                ),
                "times": (
                    "La campagna si svolge tra fine ottobre e fine novembre; le iscrizioni "
                    "chiudono una settimana prima di ogni sessione."
                ),
                "online_url": "",
                "booking_url": "https://welfare.brentameccanica.example.org/portale/vaccinazioni",
                "phone": "049 000 4302",
                "email": "salute@brentameccanica.example.org",
                "desk": "Infermeria dello stabilimento di Vigonza.",
                "is_free": True,
                "cost_description": "",
                "cost_options": [],
                "welfare_credit": False,
                "conditions": (
                    "La vaccinazione è volontaria. Chi ha la febbre il giorno della sessione deve "
                    "rimandare e può iscriversi a una data successiva."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Vigonza", "Campodarsego"],
                "locations": [
                    {
                        "name": "Infermeria dello stabilimento di Vigonza",
                        "address": "Via dell'Industria 15",
                        "postcode": "35010",
                        "municipality": "Vigonza",
                        "lat": 45.442,
                        "lon": 11.99,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [("tu", "08:00", "12:00"), ("fr", "13:00", "16:00")],
                        "closed": [],
                    },
                ],
                "verified_on": "2026-10-05",
                "en": None,
            },
        ],
    },
    {
        "slug": "poliambulatorio-san-lazzaro",
        "name": "Poliambulatorio San Lazzaro",
        "legal_status": "health_provider",
        "pillar": "aziendale",
        "description": (
            "Struttura sanitaria privata accreditata con sede a Padova e una seconda sede ad "
            "Albignasego: visite specialistiche, diagnostica, fisioterapia e psicologia. Applica "
            "tariffe agevolate agli iscritti ai piani di welfare aziendale che aderiscono alla "
            "rete."
        ),
        "website": "https://poliambulatoriosanlazzaro.example.org/",
        "email": "info@poliambulatoriosanlazzaro.example.org",
        "phone": "049 000 5400",
        "en_description": (
            "An accredited private health centre based in Padua with a second site in Albignasego, "
            "offering specialist visits, diagnostics, physiotherapy and psychology. Members of "
            "corporate welfare plans that belong to the network pay reduced rates."
        ),
        "services": [
            {
                "slug": "visite-specialistiche-convenzionate",
                "title": "Visite specialistiche a tariffa convenzionata",
                "short_description": (
                    "Visite di cardiologia, dermatologia, ortopedia, ginecologia e altre "
                    "specialità a prezzi ridotti per gli iscritti ai piani welfare aderenti."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute", "welfare-aziendale"],
                "target_groups": ["dipendenti-aziende-aderenti", "famiglie"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Dipendenti delle aziende aderenti alla rete e i loro familiari. Le stesse "
                    "visite sono aperte a tutti alle tariffe ordinarie."
                ),
                "how_to": (
                    "Si prenota online, per telefono o allo sportello indicando il proprio piano "
                    "welfare. Il giorno della visita si mostra all'accettazione il voucher o il "
                    "tesserino del piano. Si paga con il credito welfare oppure alla cassa."
                ),
                "documents": [
                    "Tessera sanitaria",
                    "Voucher o tesserino del piano welfare",
                    "Esami e referti precedenti utili alla visita",
                ],
                "outcome": (
                    "Una visita specialistica con referto consegnato al termine e, se servono, "
                    "indicazioni per esami di approfondimento alla stessa tariffa agevolata."
                ),
                "times": (
                    "La prima disponibilità è di solito entro 7-10 giorni lavorativi. Le disdette "
                    "vanno comunicate almeno 24 ore prima."
                ),
                "online_url": "",
                "booking_url": "https://poliambulatoriosanlazzaro.example.org/prenota",
                "phone": "049 000 5401",
                "email": "prenotazioni@poliambulatoriosanlazzaro.example.org",
                "desk": (
                    "Accettazione al piano terra della sede di Padova; ad Albignasego sono "
                    "disponibili solo alcune specialità."
                ),
                "is_free": False,
                "cost_description": (
                    "Gli iscritti ai piani welfare aderenti pagano una tariffa agevolata, di circa "
                    "il 20% più bassa del listino ordinario."
                ),
                "cost_options": [
                    (
                        "Visita cardiologica con elettrocardiogramma",
                        "85.00",
                        "Tariffa ordinaria 110 euro",
                    ),
                    (
                        "Visita dermatologica con mappatura dei nei",
                        "90.00",
                        "Tariffa ordinaria 115 euro",
                    ),
                    ("Visita ortopedica", "75.00", "Tariffa ordinaria 95 euro"),
                    ("Visita ginecologica con ecografia", "95.00", "Tariffa ordinaria 120 euro"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "La tariffa agevolata vale solo se si mostra il voucher o il tesserino al "
                    "momento della visita. Le visite non disdette in tempo si pagano per intero."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Padova", "Albignasego", "Ponte San Nicolò", "Noventa Padovana"],
                "locations": [
                    {
                        "name": "Poliambulatorio San Lazzaro, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "07:30", "19:30"),
                            ("tu", "07:30", "19:30"),
                            ("we", "07:30", "19:30"),
                            ("th", "07:30", "19:30"),
                            ("fr", "07:30", "19:30"),
                            ("sa", "08:00", "13:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                    {
                        "name": "Poliambulatorio San Lazzaro, sede di Albignasego",
                        "address": "Via Roma 140",
                        "postcode": "35020",
                        "municipality": "Albignasego",
                        "lat": 45.348,
                        "lon": 11.856,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("mo", "07:30", "13:00"),
                            ("tu", "07:30", "13:00"),
                            ("tu", "14:30", "18:30"),
                            ("we", "07:30", "13:00"),
                            ("th", "07:30", "13:00"),
                            ("th", "14:30", "18:30"),
                            ("fr", "07:30", "13:00"),
                            ("sa", "08:00", "11:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-08-17", "Chiusura estiva"),
                        ],
                    },
                ],
                "verified_on": "2026-08-28",
                "en": {
                    "title": "Specialist visits at agreed rates",
                    "slug": "specialist-visits-at-agreed-rates",
                    "short_description": (
                        "Cardiology, dermatology, orthopaedic, gynaecology and other specialist "
                        "visits at reduced prices for members of participating welfare plans."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Employees of the network's member companies and their families. The same "
                        "visits are open to everyone at standard rates."
                    ),
                    "how_to": (
                        "Book online, by phone or at the front desk, stating which welfare plan "
                        "you belong to. On the day, show your plan voucher or card at reception. "
                        "Pay with your welfare credit or at the cash desk."
                    ),
                    "documents": [
                        "Health insurance card",
                        "Welfare plan voucher or card",
                        "Previous tests and reports relevant to the visit",
                    ],
                    "outcome": (
                        "A specialist visit with a report handed over at the end and, if needed, "
                        "advice on further tests at the same reduced rate."
                    ),
                    "times": (
                        "The first available appointment is usually within 7 to 10 working days. "
                        "Cancellations must be made at least 24 hours in advance."
                    ),
                    "desk": (
                        "Reception on the ground floor of the Padua site; only some specialties "
                        "are available in Albignasego."
                    ),
                    "cost_description": (
                        "Members of participating welfare plans pay a reduced rate, about 20% "
                        "below the standard price list."
                    ),
                    "cost_options": [
                        ("Cardiology visit with ECG", "Standard rate €110"),
                        ("Dermatology visit with mole mapping", "Standard rate €115"),
                        ("Orthopaedic visit", "Standard rate €95"),
                        ("Gynaecology visit with ultrasound", "Standard rate €120"),
                    ],
                    "conditions": (
                        "The reduced rate applies only if you show your voucher or card at the "
                        "visit. Visits not cancelled in time are charged in full."
                    ),
                    "location_names": [
                        "San Lazzaro Clinic, Padua",
                        "San Lazzaro Clinic, Albignasego",
                    ],
                },
            },
            {
                "slug": "fisioterapia-e-riabilitazione",
                "title": "Fisioterapia e riabilitazione",
                "short_description": (
                    "Fisioterapia, terapia manuale, tecarterapia e riabilitazione dopo interventi "
                    "o traumi, con fisioterapisti iscritti all'albo."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute", "welfare-aziendale"],
                "target_groups": ["dipendenti-aziende-aderenti", "anziani"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Chi ha dolori muscolari o articolari, deve recuperare dopo un intervento o un "
                    "infortunio, o soffre di mal di schiena legato al lavoro. Tariffe agevolate "
                    "per gli iscritti ai piani welfare."
                ),
                "how_to": (
                    "Si prenota una prima valutazione con il fisioterapista, portando l'eventuale "
                    "prescrizione del medico. Al termine si concordano il numero di sedute e il "
                    "calendario. Le sedute successive si prenotano direttamente in palestra."
                ),
                "documents": [
                    "Prescrizione medica, se disponibile",
                    "Referti di radiografie, ecografie o risonanze",
                    "Voucher del piano welfare, per la tariffa agevolata",
                ],
                "outcome": (
                    "Un programma di trattamento personalizzato, esercizi da continuare a casa e "
                    "una relazione finale da consegnare al medico."
                ),
                "times": (
                    "La prima valutazione si fissa di solito entro 5 giorni lavorativi; un ciclo "
                    "dura in media da 6 a 10 sedute."
                ),
                "online_url": "",
                "booking_url": "https://poliambulatoriosanlazzaro.example.org/prenota/fisioterapia",
                "phone": "049 000 5402",
                "email": "fisioterapia@poliambulatoriosanlazzaro.example.org",
                "desk": "Palestra di riabilitazione al primo piano della sede di Padova.",
                "is_free": False,
                "cost_description": (
                    "Ogni seduta ha un prezzo fisso; con il pacchetto da 10 sedute il costo si "
                    "riduce."
                ),
                "cost_options": [
                    ("Valutazione fisioterapica", "40.00", "Tariffa welfare; ordinaria 50 euro"),
                    (
                        "Seduta di fisioterapia (45 minuti)",
                        "38.00",
                        "Tariffa welfare; ordinaria 45 euro",
                    ),
                    ("Pacchetto di 10 sedute", "340.00", "Tariffa welfare; valido sei mesi"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Le sedute disdette con meno di 24 ore di preavviso vengono conteggiate. La "
                    "tecarterapia non è indicata per chi porta un pacemaker o è in gravidanza."
                ),
                "languages": ["it"],
                "municipalities": ["Padova", "Albignasego", "Noventa Padovana"],
                "locations": [
                    {
                        "name": "Palestra di riabilitazione, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "08:00", "20:00"),
                            ("tu", "08:00", "20:00"),
                            ("we", "08:00", "20:00"),
                            ("th", "08:00", "20:00"),
                            ("fr", "08:00", "20:00"),
                            ("sa", "08:00", "12:30"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                ],
                "verified_on": "2026-01-14",
                "en": None,
            },
            {
                "slug": "consulenza-psicologica",
                "title": "Consulenza psicologica individuale",
                "short_description": (
                    "Colloqui con psicologhe e psicoterapeuti per ansia, stress da lavoro, lutto e "
                    "momenti difficili, in studio o in videochiamata."
                ),
                "status": "active",
                "status_reason": "",
                "category": "supporto-psicologico",
                "topics": ["salute", "welfare-aziendale"],
                "target_groups": ["dipendenti-aziende-aderenti", "giovani", "caregiver"],
                "min_age": 14,
                "max_age": None,
                "audience": (
                    "Adulti e ragazzi dai 14 anni che attraversano un periodo difficile; per i "
                    "minorenni serve il consenso dei genitori. Tariffe agevolate per gli iscritti "
                    "ai piani welfare."
                ),
                "how_to": (
                    "Si prenota un primo colloquio online o per telefono, indicando se si "
                    "preferisce lo studio o la videochiamata. Nel primo incontro la psicologa "
                    "raccoglie la richiesta e propone un percorso, di solito da 4 a 10 colloqui. "
                    "Si può chiedere un professionista che parli inglese."
                ),
                "documents": [
                    "Consenso di entrambi i genitori, per i minorenni",
                    "Voucher del piano welfare, per la tariffa agevolata",
                ],
                "outcome": (
                    "Un percorso di sostegno con obiettivi condivisi e, se necessario, "
                    "l'indicazione di una psicoterapia o di un servizio pubblico più adatto."
                ),
                "times": (
                    "Il primo colloquio si fissa di solito entro una settimana. I colloqui durano "
                    "50 minuti, con cadenza settimanale o quindicinale."
                ),
                "online_url": "https://poliambulatoriosanlazzaro.example.org/psicologia-online",
                "booking_url": "https://poliambulatoriosanlazzaro.example.org/prenota/psicologia",
                "phone": "049 000 5403",
                "email": "psicologia@poliambulatoriosanlazzaro.example.org",
                "desk": (
                    "Studi di psicologia al secondo piano della sede di Padova, con sala d'attesa "
                    "riservata."
                ),
                "is_free": False,
                "cost_description": (
                    "Ogni colloquio ha una tariffa fissa, uguale in studio e online; il primo "
                    "colloquio costa meno."
                ),
                "cost_options": [
                    ("Primo colloquio", "40.00", "Tariffa welfare; ordinaria 55 euro"),
                    (
                        "Colloquio successivo (50 minuti)",
                        "55.00",
                        "Tariffa welfare; ordinaria 70 euro",
                    ),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Il servizio non è adatto alle emergenze: in caso di crisi chiamare il 112 o "
                    "andare al pronto soccorso. I colloqui sono coperti dal segreto professionale."
                ),
                "languages": ["it", "en"],
                "municipalities": ["Padova", "Albignasego", "Vigonza", "Cadoneghe"],
                "locations": [
                    {
                        "name": "Studi di psicologia, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "09:00", "20:00"),
                            ("tu", "09:00", "20:00"),
                            ("we", "09:00", "20:00"),
                            ("th", "09:00", "20:00"),
                            ("fr", "09:00", "20:00"),
                            ("sa", "09:00", "13:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                ],
                "verified_on": "2026-02-09",
                "en": {
                    "title": "Individual psychological counselling",
                    "slug": "individual-psychological-counselling",
                    "short_description": (
                        "Sessions with psychologists and psychotherapists for anxiety, work "
                        "stress, bereavement and difficult times, in person or by video call."
                    ),
                    "status_reason": "",
                    "audience": (
                        "Adults and young people aged 14 and over who are going through a hard "
                        "time; under-18s need their parents' consent. Reduced rates for members of "
                        "welfare plans."
                    ),
                    "how_to": (
                        "Book a first session online or by phone, saying whether you prefer to "
                        "come in person or meet by video call. In the first session the "
                        "psychologist listens to your request and suggests a plan, usually of 4 to "
                        "10 sessions. You can ask for an English-speaking professional."
                    ),
                    "documents": [
                        "Consent of both parents, for under-18s",
                        "Welfare plan voucher, for the reduced rate",
                    ],
                    "outcome": (
                        "A course of support with shared goals and, if needed, a referral to "
                        "psychotherapy or to a more suitable public service."
                    ),
                    "times": (
                        "The first session is usually arranged within a week. Sessions last 50 "
                        "minutes and take place weekly or fortnightly."
                    ),
                    "desk": (
                        "Psychology rooms on the second floor of the Padua site, with a private "
                        "waiting room."
                    ),
                    "cost_description": (
                        "Each session has a fixed price, the same in person and online; the first "
                        "session costs less."
                    ),
                    "cost_options": [
                        ("First session", "Welfare rate; standard rate €55"),
                        ("Follow-up session (50 minutes)", "Welfare rate; standard rate €70"),
                    ],
                    "conditions": (
                        "This service is not for emergencies: in a crisis call 112 or go to A&E. "
                        "Sessions are covered by professional confidentiality."
                    ),
                    "location_names": ["Psychology rooms, Padua site"],
                },
            },
            {
                "slug": "punto-prelievi-e-check-up",
                "title": "Punto prelievi e check-up",
                "short_description": (
                    "Prelievi del sangue senza appuntamento e pacchetti di check-up per età, con "
                    "referti online, nelle sedi di Padova e Albignasego."
                ),
                "status": "active",
                "status_reason": "",
                "category": "servizi-medici",
                "topics": ["salute"],
                "target_groups": ["dipendenti-aziende-aderenti", "anziani", "famiglie"],
                "min_age": None,
                "max_age": None,
                "audience": (
                    "Chiunque debba fare esami del sangue, con o senza impegnativa del medico. I "
                    "pacchetti di check-up sono pensati per adulti dai 30 anni in su."
                ),
                "how_to": (
                    "Per i prelievi ci si presenta a digiuno negli orari del punto prelievi e si "
                    "prende il numero all'accettazione. I check-up si prenotano online o per "
                    "telefono. I referti si scaricano dall'area riservata del sito con il codice "
                    "ricevuto all'accettazione."
                ),
                "documents": [
                    "Tessera sanitaria",
                    "Impegnativa del medico, per gli esami con il Servizio sanitario nazionale",
                    "Voucher del piano welfare, per la tariffa agevolata",
                ],
                "outcome": (
                    "I risultati degli esami, di solito entro 48 ore, e per i check-up un "
                    "colloquio con il medico per leggere insieme i referti."
                ),
                "times": (
                    "Prelievi dal lunedì al sabato dalle 7:30 alle 9:30. I referti restano "
                    "disponibili online per 60 giorni."
                ),
                "online_url": "https://poliambulatoriosanlazzaro.example.org/referti",
                "booking_url": "https://poliambulatoriosanlazzaro.example.org/prenota/check-up",
                "phone": "049 000 5404",
                "email": "prelievi@poliambulatoriosanlazzaro.example.org",
                "desk": "Accettazione del punto prelievi, piano terra di entrambe le sedi.",
                "is_free": False,
                "cost_description": (
                    "Con l'impegnativa si paga il ticket del Servizio sanitario; senza impegnativa "
                    "si applica il listino, ridotto per gli iscritti ai piani welfare."
                ),
                "cost_options": [
                    ("Check-up base", "95.00", "Tariffa welfare; ordinaria 120 euro"),
                    (
                        "Check-up cardiovascolare",
                        "150.00",
                        "Con ecocardiogramma; tariffa ordinaria 190 euro",
                    ),
                    ("Prelievo senza impegnativa", "5.00", "Più il costo dei singoli esami"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Alcuni esami richiedono una preparazione particolare, come il digiuno "
                    "prolungato o la raccolta delle urine: le istruzioni sono sul sito e "
                    "all'accettazione."
                ),
                "languages": ["it"],
                "municipalities": ["Padova", "Albignasego"],
                "locations": [
                    {
                        "name": "Punto prelievi, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "07:30", "09:30"),
                            ("tu", "07:30", "09:30"),
                            ("we", "07:30", "09:30"),
                            ("th", "07:30", "09:30"),
                            ("fr", "07:30", "09:30"),
                            ("sa", "07:30", "09:30"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                    {
                        "name": "Punto prelievi, sede di Albignasego",
                        "address": "Via Roma 140",
                        "postcode": "35020",
                        "municipality": "Albignasego",
                        "lat": 45.348,
                        "lon": 11.856,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                        ],
                        "hours": [
                            ("mo", "07:30", "09:30"),
                            ("tu", "07:30", "09:30"),
                            ("we", "07:30", "09:30"),
                            ("th", "07:30", "09:30"),
                            ("fr", "07:30", "09:30"),
                            ("sa", "08:00", "09:30"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-08-17", "Chiusura estiva"),
                        ],
                    },
                ],
                "verified_on": "2025-06-30",
                "en": None,
            },
            {
                "slug": "ginnastica-posturale-e-attivita-motoria",
                "title": "Ginnastica posturale e attività motoria",
                "short_description": (
                    "Corsi in piccoli gruppi di ginnastica posturale, pilates e attività motoria "
                    "per over 60, guidati da chinesiologi e fisioterapisti."
                ),
                "status": "active",
                "status_reason": "",
                "category": "cultura-tempo-libero",
                "topics": ["salute", "anziani"],
                "target_groups": ["anziani", "dipendenti-aziende-aderenti"],
                "min_age": 18,
                "max_age": None,
                "audience": (
                    "Adulti che vogliono prevenire o ridurre il mal di schiena e mantenersi in "
                    "movimento. I corsi Over 60 sono pensati per persone anziane autosufficienti."
                ),
                "how_to": (
                    "Si prenota una lezione di prova gratuita online o alla reception. Dopo la "
                    "prova ci si iscrive al corso scelto e si compila un questionario sulla "
                    "salute. Per i corsi Over 60 serve il certificato medico per attività non "
                    "agonistica."
                ),
                "documents": [
                    "Certificato medico per attività sportiva non agonistica (corsi Over 60)",
                    "Voucher del piano welfare, se si paga con il credito",
                ],
                "outcome": (
                    "Due lezioni a settimana da 55 minuti, in gruppi di massimo dieci persone, e "
                    "un programma di esercizi da ripetere a casa."
                ),
                "times": (
                    "I corsi sono trimestrali e iniziano a gennaio, aprile e ottobre; a giugno e "
                    "luglio si tiene un corso estivo intensivo."
                ),
                "online_url": "",
                "booking_url": "https://poliambulatoriosanlazzaro.example.org/prenota/corsi",
                "phone": "049 000 5405",
                "email": "corsi@poliambulatoriosanlazzaro.example.org",
                "desk": "Reception della palestra, primo piano della sede di Padova.",
                "is_free": False,
                "cost_description": (
                    "Si paga un abbonamento trimestrale; la lezione di prova è gratuita."
                ),
                "cost_options": [
                    (
                        "Abbonamento trimestrale",
                        "180.00",
                        "Due lezioni a settimana; tariffa welfare",
                    ),
                    ("Abbonamento trimestrale Over 60", "150.00", "Due lezioni a settimana"),
                ],
                "welfare_credit": True,
                "conditions": (
                    "Le lezioni perse non si recuperano, salvo malattia documentata. Un corso "
                    "parte con almeno sei iscritti."
                ),
                "languages": ["it"],
                "municipalities": ["Padova", "Albignasego", "Ponte San Nicolò"],
                "locations": [
                    {
                        "name": "Palestra, sede di Padova",
                        "address": "Via San Lazzaro 88",
                        "postcode": "35129",
                        "municipality": "Padova",
                        "lat": 45.4085,
                        "lon": 11.91,
                        "accessibility": [
                            "ingresso-senza-barriere",
                            "ascensore",
                            "servizi-igienici-accessibili",
                            "parcheggio-riservato",
                            "percorso-tattile",
                        ],
                        "hours": [
                            ("mo", "09:00", "12:00"),
                            ("mo", "17:30", "20:30"),
                            ("we", "09:00", "12:00"),
                            ("th", "17:30", "20:30"),
                            ("sa", "09:00", "11:00"),
                        ],
                        "closed": [
                            ("2026-08-14", "Chiusura estiva"),
                            ("2026-12-24", "Vigilia di Natale"),
                        ],
                    },
                ],
                "verified_on": "2026-01-14",
                "en": None,
            },
        ],
    },
]
