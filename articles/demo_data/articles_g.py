"""Demo articles, part G: community welfare.

Original editorial content written for this portal. People quoted are fictional.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Theme: welfare-comunita
    # ------------------------------------------------------------------
    {
        "slug": "welfare-generativo-ricevere-e-restituire",
        "theme": "welfare-comunita",
        "title": "Welfare generativo: chi riceve un aiuto restituisce qualcosa alla comunità",
        "introduction": (
            "Nel welfare generativo l'aiuto non si esaurisce in un contributo o in una "
            "prestazione. Chi lo riceve è invitato a restituire qualcosa alla comunità, nei modi e "
            "nei tempi che può. Ecco che cosa significa e come funziona nella pratica."
        ),
        "date": "2025-07-15",
        "authors": ["chiara-zanon", "marco-bellin"],
        "topics": ["welfare-di-comunita", "assistenza-sociale", "volontariato"],
        "body": [
            (
                "paragraph",
                (
                    "Immagina due modi di aiutare una famiglia in difficoltà. Nel primo il Comune "
                    "controlla i requisiti, versa un contributo e chiude la pratica. Nel secondo "
                    "l'assistente sociale si siede con la famiglia, capisce che cosa le manca e "
                    "che cosa sa fare, e costruisce con lei un percorso. Il contributo arriva lo "
                    "stesso, ma diventa l'inizio di un cammino e non la fine di una pratica. Il "
                    "secondo modo è quello che chiamiamo welfare generativo."
                ),
            ),
            ("heading", "Da dove viene l'idea"),
            (
                "paragraph",
                (
                    "L'espressione è legata alla Fondazione Emanuela Zancan di Padova, un centro di "
                    "studi sulle politiche sociali che la propone da anni a Comuni, aziende "
                    "sanitarie e terzo settore. Secondo la Fondazione, il welfare tradizionale fa "
                    "soprattutto due cose: raccoglie risorse, con tasse e contributi, e le "
                    "redistribuisce, con servizi e trasferimenti in denaro. A ogni bisogno "
                    "corrisponde una prestazione, e chi la riceve ha un ruolo passivo. Il welfare "
                    "generativo aggiunge altri tre verbi: rigenerare le risorse, farle rendere e "
                    "responsabilizzare le persone. Il motto che lo riassume è semplice: «non posso "
                    "aiutarti senza di te»."
                ),
            ),
            ("heading", "Restituire, non ripagare"),
            (
                "paragraph",
                (
                    "La parola chiave è restituzione, ma va capita bene. Non si tratta di saldare "
                    "un debito, né di lavorare gratis al posto di un dipendente. Chi riceve un "
                    "aiuto mette a disposizione degli altri una parte di ciò che sa fare: qualche "
                    "ora del proprio tempo, una competenza, un po' di compagnia. La forma si decide "
                    "insieme, in proporzione alle forze e alla situazione di ciascuno. Per una "
                    "persona anziana può essere una telefonata settimanale a un vicino che vive "
                    "solo; per un giovane senza lavoro, una mano nel doposcuola del quartiere. Così "
                    "l'aiuto ricevuto produce valore anche per altri, e chi lo riceve smette di "
                    "sentirsi soltanto un assistito."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Quando mi hanno proposto di dare una mano in biblioteca mentre ricevevo "
                        "il contributo per l'affitto, ero diffidente. Ci vado ancora, anche se il "
                        "contributo è finito: lì ho conosciuto persone e, grazie a loro, ho "
                        "trovato lavoro."
                    ),
                    (
                        "Un papà che ha partecipato a un progetto di welfare generativo a Piove di "
                        "Sacco"
                    ),
                ),
            ),
            ("heading", "Come si vede nella pratica"),
            (
                "paragraph",
                (
                    "Nei Comuni della rete il welfare generativo prende forme diverse. Alcuni "
                    "progetti di sostegno economico prevedono un patto in cui la persona si "
                    "impegna in un'attività utile al paese, come la cura di un giardino pubblico, "
                    "l'accompagnamento di anziani o l'apertura di una sala civica. In alcuni "
                    "empori solidali chi fa la spesa con la tessera a punti aiuta anche a "
                    "sistemare gli scaffali. Le banche del tempo funzionano già così: un'ora data "
                    "vale un'ora ricevuta. Il punto non è pretendere qualcosa in cambio, ma "
                    "riconoscere che ognuno ha qualcosa da offrire."
                ),
            ),
            (
                "callout",
                (
                    "Vuoi partecipare o accogliere qualcuno?",
                    (
                        "Se ricevi un sostegno dai servizi sociali, chiedi all'assistente sociale "
                        "che ti segue se nel tuo Comune esistono percorsi di restituzione. Se fai "
                        "parte di un'associazione e puoi accogliere persone nelle tue attività, "
                        "segnalalo allo sportello di welfare: ti mettiamo in contatto con i servizi "
                        "sociali."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.fondazionezancan.it/",
                        "Fondazione Emanuela Zancan",
                        (
                            "Il centro di studi di Padova che ha elaborato la proposta del welfare "
                            "generativo, con ricerche e pubblicazioni."
                        ),
                    ),
                    (
                        "https://www.secondowelfare.it/",
                        "Percorsi di secondo welfare",
                        (
                            "Laboratorio di ricerca e informazione sulle nuove forme di welfare in "
                            "Italia, con molti esempi di welfare di comunità."
                        ),
                    ),
                    (
                        "https://www.lavoro.gov.it/",
                        "Ministero del Lavoro e delle Politiche Sociali",
                        "Il ministero competente per le politiche sociali e la lotta alla povertà.",
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "generative-welfare-receiving-and-giving-back",
            "title": "Generative welfare: when people who receive help give something back",
            "introduction": (
                "In generative welfare, help does not end with a payment or a service. The people "
                "who receive it are invited to give something back to the community, in whatever "
                "way and at whatever pace they can. Here is what that means and how it works in "
                "practice."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Imagine two ways of helping a family in difficulty. In the first, the "
                        "municipality checks the eligibility criteria, pays out a grant and closes "
                        "the file. In the second, the social worker sits down with the family, "
                        "works out what they lack and what they can do, and builds a plan with "
                        "them. The grant still arrives, but it becomes the start of a journey "
                        "rather than the end of a procedure. The second way is what we call "
                        "generative welfare."
                    ),
                ),
                ("heading", "Where the idea comes from"),
                (
                    "paragraph",
                    (
                        "The term is linked to the Fondazione Emanuela Zancan in Padova, a social "
                        "policy research centre that has been putting it forward to municipalities, "
                        "health authorities and the third sector for years. According to the "
                        "Foundation, traditional welfare does two main things: it collects "
                        "resources, through taxes and contributions, and redistributes them, "
                        "through services and cash payments. Each need is matched by a benefit, and "
                        "the person receiving it plays a passive role. Generative welfare adds "
                        "three more verbs: regenerating resources, making them yield a return and "
                        "giving people responsibility. Its motto sums it up: ‘I cannot help you "
                        "without you’."
                    ),
                ),
                ("heading", "Giving back, not paying back"),
                (
                    "paragraph",
                    (
                        "The key word is giving back (restituzione), but it needs to be properly "
                        "understood. It is not about settling a debt, nor about working for free in "
                        "place of a paid employee. People who receive help offer others part of "
                        "what they can do: a few hours of their time, a skill, a bit of company. "
                        "The form is decided together, in proportion to each person's strength and "
                        "circumstances. For an older person it might be a weekly phone call to a "
                        "neighbour who lives alone; for a young person out of work, helping out at "
                        "the local after-school club. In this way the help received creates value "
                        "for others too, and the person receiving it stops feeling like someone who "
                        "is merely being looked after."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "When they suggested I help out at the library while I was receiving "
                            "the rent grant, I was wary. I still go, even though the grant has "
                            "ended: I met people there and, thanks to them, I found a job."
                        ),
                        "A father who took part in a generative welfare project in Piove di Sacco",
                    ),
                ),
                ("heading", "What it looks like in practice"),
                (
                    "paragraph",
                    (
                        "In the network's municipalities, generative welfare takes different forms. "
                        "Some financial support schemes include an agreement in which the person "
                        "commits to an activity that benefits the town, such as looking after a "
                        "public garden, accompanying older people or opening up a community hall. "
                        "At some community food pantries (empori solidali), people who shop with "
                        "the points card also help to stock the shelves. Time banks already work "
                        "this way: an hour given is worth an hour received. The point is not to "
                        "demand something in return, but to recognise that everyone has something "
                        "to offer."
                    ),
                ),
                (
                    "callout",
                    (
                        "Would you like to take part, or to welcome someone?",
                        (
                            "If you receive support from social services, ask the social worker who "
                            "supports you whether your municipality runs schemes for giving back. "
                            "If you belong to an association and can welcome people into your "
                            "activities, let the welfare help desk know: we will put you in touch "
                            "with social services."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.fondazionezancan.it/",
                            "Fondazione Emanuela Zancan",
                            (
                                "The Padova research centre that developed the idea of generative "
                                "welfare, with studies and publications."
                            ),
                        ),
                        (
                            "https://www.secondowelfare.it/",
                            "Percorsi di secondo welfare",
                            (
                                "A research and information lab on new forms of welfare in Italy, "
                                "with many examples of community welfare."
                            ),
                        ),
                        (
                            "https://www.lavoro.gov.it/",
                            (
                                "Ministero del Lavoro e delle Politiche Sociali (Ministry of "
                                "Labour and Social Policies)"
                            ),
                            (
                                "The ministry responsible for social policy and the fight against "
                                "poverty."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "empori-solidali-come-funzionano",
        "theme": "welfare-comunita",
        "title": "Empori solidali: la spesa con la tessera a punti e come dare una mano",
        "introduction": (
            "Un emporio solidale sembra un piccolo supermercato, ma alla cassa non si paga in "
            "euro: si usano i punti di una tessera. Come funziona, chi può accedervi e come "
            "diventare volontari."
        ),
        "date": "2025-12-02",
        "authors": ["marco-bellin", "giulia-ferraro"],
        "topics": ["assistenza-sociale", "volontariato", "famiglie"],
        "body": [
            (
                "paragraph",
                (
                    "Scaffali in ordine, carrelli, una cassa all'uscita. A prima vista un emporio "
                    "solidale è un negozio di alimentari come tanti. La differenza si vede al "
                    "momento di pagare: i prodotti non hanno un prezzo in euro ma un valore in "
                    "punti, caricati su una tessera personale. In Italia gli empori si sono "
                    "diffusi soprattutto dopo la crisi economica del 2008, spesso per iniziativa "
                    "delle Caritas diocesane. Oggi li gestiscono anche associazioni, cooperative "
                    "sociali e reti di Comuni, quasi sempre grazie al lavoro dei volontari."
                ),
            ),
            ("heading", "Come funziona la tessera"),
            (
                "paragraph",
                (
                    "La tessera viene assegnata a una famiglia per un periodo definito, di solito "
                    "qualche mese, che si può rinnovare se la difficoltà continua. I punti "
                    "dipendono dal numero dei componenti e dalla situazione della famiglia, e si "
                    "ricaricano a scadenze fisse. Con i punti si sceglie tra pasta, latte, olio, "
                    "scatolame, prodotti per l'igiene e per la casa, spesso anche frutta, verdura e "
                    "articoli per neonati. Scegliere da sé che cosa mettere nel carrello, invece di "
                    "ricevere un pacco già pronto, fa la differenza: aiuta a gestire il bilancio "
                    "familiare e rispetta la dignità di chi fa la spesa."
                ),
            ),
            ("heading", "Chi può accedere e come"),
            (
                "paragraph",
                (
                    "All'emporio non si entra presentandosi alla cassa. Il primo passo è un "
                    "colloquio con l'assistente sociale del Comune oppure con un centro di "
                    "ascolto, come quelli delle Caritas parrocchiali. Lì si parla della "
                    "situazione della famiglia; di solito servono un documento d'identità e "
                    "l'attestazione ISEE, ma soglie e regole cambiano da un emporio all'altro. La "
                    "tessera fa spesso parte di un progetto più ampio: un aiuto per rimettere in "
                    "ordine le bollette, la ricerca di un lavoro, un corso di italiano. "
                    "L'obiettivo è superare un momento difficile, non dipendere dall'emporio per "
                    "sempre."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Il primo giorno una signora è rimasta ferma davanti agli scaffali: non le "
                        "sembrava vero di poter scegliere. Adesso il giovedì viene a sistemare la "
                        "merce con noi."
                    ),
                    "Una volontaria di un emporio solidale del Camposampierese",
                ),
            ),
            ("heading", "Da dove arrivano i prodotti e come aiutare"),
            (
                "paragraph",
                (
                    "Gli scaffali si riempiono in molti modi: donazioni di aziende e negozi, "
                    "raccolte nei supermercati come la Colletta alimentare di fine novembre, "
                    "prodotti del Banco Alimentare, acquisti con fondi pubblici o privati. Una "
                    "parte importante viene dal recupero delle eccedenze: alimenti ancora buoni che "
                    "i supermercati tolgono dagli scaffali, per esempio per una confezione rovinata "
                    "o una data di scadenza vicina. La legge 166 del 2016, detta legge Gadda, ha "
                    "reso più semplice donarli invece di buttarli. Per tutto questo servono "
                    "volontari: per accogliere le famiglie, ordinare il magazzino, guidare il "
                    "furgone per i ritiri, stare in cassa. Bastano poche ore alla settimana, e "
                    "spesso si comincia con un breve corso sull'igiene degli alimenti."
                ),
            ),
            (
                "callout",
                (
                    "Vuoi fare volontariato o ti serve la tessera?",
                    (
                        "Cerca nel catalogo del portale gli empori e le associazioni del tuo "
                        "Comune, oppure passa allo sportello di welfare: ti mettiamo in contatto "
                        "con chi organizza i turni. Se invece hai bisogno di aiuto per la spesa, "
                        "rivolgiti ai servizi sociali o al centro di ascolto più vicino."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.caritas.it/",
                        "Caritas Italiana",
                        (
                            "L'organismo pastorale della Conferenza episcopale italiana, che "
                            "coordina le Caritas diocesane, promotrici di molti empori."
                        ),
                    ),
                    (
                        "https://www.bancoalimentare.it/",
                        "Fondazione Banco Alimentare",
                        (
                            "La rete che recupera le eccedenze alimentari e le distribuisce alle "
                            "strutture caritative, e che organizza la Colletta alimentare."
                        ),
                    ),
                    (
                        "https://www.csvnet.it/",
                        "CSVnet",
                        (
                            "L'associazione dei Centri di servizio per il volontariato, utile per "
                            "trovare occasioni di impegno nella propria provincia."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "community-food-pantries-how-they-work",
            "title": "Community food pantries: shopping with a points card, and how to help",
            "introduction": (
                "A community food pantry (emporio solidale) looks like a small supermarket, but at "
                "the till you do not pay in euros: you use the points on a card. How it works, who "
                "can use it and how to volunteer."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Tidy shelves, trolleys, a till by the exit. At first sight a community "
                        "food pantry, or emporio solidale, is a grocery shop like many others. The "
                        "difference shows when it is time to pay: products do not have a price in "
                        "euros but a value in points, loaded onto a personal card. In Italy these "
                        "pantries spread mainly after the 2008 economic crisis, often set up by "
                        "the diocesan Caritas organisations. Today they are also run by "
                        "associations, social cooperatives and groups of municipalities, almost "
                        "always thanks to the work of volunteers."
                    ),
                ),
                ("heading", "How the card works"),
                (
                    "paragraph",
                    (
                        "The card is given to a household for a set period, usually a few months, "
                        "which can be renewed if the hardship continues. The number of points "
                        "depends on the size and circumstances of the household, and they are "
                        "topped up at regular intervals. With the points you choose from pasta, "
                        "milk, oil, tinned food, toiletries and household products, and often "
                        "fruit, vegetables and baby items too. Choosing for yourself what goes in "
                        "the trolley, rather than being handed a ready-made parcel, makes a real "
                        "difference: it helps you manage the family budget and respects the dignity "
                        "of the person doing the shopping."
                    ),
                ),
                ("heading", "Who can use it and how"),
                (
                    "paragraph",
                    (
                        "You cannot get into a pantry just by turning up at the till. The first "
                        "step is a meeting with the municipality's social worker or with a "
                        "listening centre (centro di ascolto), such as those run by parish Caritas "
                        "groups. There you talk about your family's situation; you will usually "
                        "need an identity document and an ISEE certificate, but thresholds and "
                        "rules vary from one pantry to another. The card is often part of a wider "
                        "plan: help to sort out the bills, looking for work, an Italian course. "
                        "The aim is to get through a difficult time, not to depend on the pantry "
                        "for ever."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "On her first day one lady just stood still in front of the shelves: "
                            "she could hardly believe she was allowed to choose. Now she comes in "
                            "on Thursdays to sort out the stock with us."
                        ),
                        "A volunteer at a community food pantry in the Camposampiero area",
                    ),
                ),
                ("heading", "Where the food comes from, and how to help"),
                (
                    "paragraph",
                    (
                        "The shelves are filled in many ways: donations from companies and shops, "
                        "supermarket collections such as the national food drive (Colletta "
                        "alimentare) at the end of November, products from the Banco Alimentare "
                        "food bank, and purchases made with public or private funds. An important "
                        "share comes from surplus food: items that are still good but that "
                        "supermarkets take off the shelves, for example because the packaging is "
                        "damaged or the date on the label is close. Law 166 of 2016, known as the "
                        "Gadda law, made it easier to donate this food rather than throw it away. "
                        "All of this needs volunteers: to welcome families, keep the storeroom in "
                        "order, drive the van for collections, work on the till. A few hours a week "
                        "are enough, and you often start with a short course on food hygiene."
                    ),
                ),
                (
                    "callout",
                    (
                        "Want to volunteer, or do you need a card?",
                        (
                            "Search the portal's catalogue for the pantries and associations in "
                            "your municipality, or drop in at the welfare help desk: we will put "
                            "you in touch with the people who organise the shifts. If, on the other "
                            "hand, you need help with your food shopping, contact social services "
                            "or your nearest listening centre."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.caritas.it/",
                            "Caritas Italiana",
                            (
                                "The pastoral body of the Italian Bishops' Conference, which "
                                "coordinates the diocesan Caritas organisations that set up many "
                                "of the pantries."
                            ),
                        ),
                        (
                            "https://www.bancoalimentare.it/",
                            "Fondazione Banco Alimentare (Food Bank Foundation)",
                            (
                                "The network that recovers surplus food and distributes it to "
                                "charities, and that organises the national food drive."
                            ),
                        ),
                        (
                            "https://www.csvnet.it/",
                            "CSVnet",
                            (
                                "The association of Volunteer Service Centres, useful for finding "
                                "volunteering opportunities in your province."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "slug": "servizio-civile-universale-un-anno-per-la-comunita",
        "theme": "welfare-comunita",
        "title": "Servizio civile universale: un anno per la comunità dai 18 ai 28 anni",
        "introduction": (
            "Con il servizio civile universale ragazze e ragazzi possono dedicare fino a un anno "
            "a un progetto utile alla comunità, anche nei servizi sociali dei nostri Comuni. Che "
            "cosa si fa, come si presenta la domanda e che cosa si riceve."
        ),
        "date": "2026-03-10",
        "authors": ["giulia-ferraro"],
        "topics": ["volontariato", "assistenza-sociale", "lavoro"],
        "body": [
            (
                "paragraph",
                (
                    "Il servizio civile è una scelta libera e volontaria. Dal 2017, con il decreto "
                    "legislativo 40, si chiama servizio civile universale ed è gestito dal "
                    "Dipartimento per le politiche giovanili e il servizio civile universale, "
                    "presso la Presidenza del Consiglio dei ministri. I progetti durano da 8 a 12 "
                    "mesi, di norma con 25 ore di servizio alla settimana, e sono proposti da enti "
                    "iscritti all'albo del servizio civile universale: Comuni, aziende sanitarie, "
                    "cooperative, associazioni. Chi partecipa si chiama operatore volontario."
                ),
            ),
            ("heading", "Chi può partecipare"),
            (
                "paragraph",
                (
                    "Puoi presentare domanda se hai compiuto 18 anni e non ne hai ancora compiuti "
                    "29 alla data della domanda. Non serve la cittadinanza italiana: possono "
                    "partecipare anche i cittadini dell'Unione europea e gli stranieri regolarmente "
                    "soggiornanti in Italia. Il bando elenca alcune esclusioni, per esempio per chi "
                    "ha già svolto il servizio civile. In molti progetti alcuni posti sono "
                    "riservati a giovani con minori opportunità, come chi ha una disabilità o vive "
                    "in difficoltà economiche."
                ),
            ),
            ("heading", "Che cosa si fa nei servizi sociali"),
            (
                "paragraph",
                (
                    "I settori sono molti: assistenza, educazione, cultura, ambiente, protezione "
                    "civile, agricoltura sociale. Nell'assistenza, i volontari affiancano gli "
                    "operatori nei centri diurni per persone con disabilità, accompagnano gli "
                    "anziani alle visite o fanno loro compagnia, aiutano i bambini con i compiti, "
                    "danno una mano agli sportelli per stranieri o negli empori solidali. Possono "
                    "anche sostenere gli sportelli di welfare, per esempio aiutando chi non usa il "
                    "web a cercare un servizio. Non sostituiscono il personale: imparano accanto a "
                    "chi lavora, seguiti da un operatore locale di progetto."
                ),
            ),
            (
                "quote",
                (
                    (
                        "Pensavo di passare un anno a fare fotocopie. Invece ho imparato ad "
                        "ascoltare le persone, e adesso studio per diventare educatrice."
                    ),
                    "Un'ex volontaria del servizio civile in un centro diurno di Abano Terme",
                ),
            ),
            ("heading", "Come fare domanda"),
            (
                "paragraph",
                (
                    "Il Dipartimento pubblica i bandi sul proprio sito, di solito almeno una volta "
                    "all'anno, con i posti disponibili e una scadenza precisa. Prima scegli il "
                    "progetto: puoi cercarlo per zona e per settore, e leggere la scheda con le "
                    "attività e la sede. Poi presenti la domanda sulla piattaforma Domanda on Line "
                    "(DOL), entrando con SPID; chi non può averlo, come alcuni cittadini "
                    "stranieri, può chiedere credenziali apposite. In ogni bando puoi candidarti "
                    "per un solo progetto e una sola sede. Dopo la scadenza l'ente pubblica sul "
                    "suo sito il calendario dei colloqui, che vale come convocazione, e poi la "
                    "graduatoria."
                ),
            ),
            ("heading", "Che cosa ricevi"),
            (
                "paragraph",
                (
                    "Il servizio civile non è un lavoro, ma non si fa nemmeno gratis. Ricevi un "
                    "assegno mensile pagato dal Dipartimento: l'importo è fissato a livello "
                    "nazionale, viene aggiornato nel tempo e lo trovi scritto nel bando. Hai una "
                    "copertura assicurativa e segui una formazione generale e una specifica sul "
                    "progetto. Alla fine ricevi un attestato. Dal 2023 la legge riserva il 15% dei "
                    "posti nei concorsi pubblici per personale non dirigenziale a chi ha concluso "
                    "il servizio senza demerito, e alcune università riconoscono crediti formativi."
                ),
            ),
            (
                "callout",
                (
                    "Preparati per tempo",
                    (
                        "Se non hai ancora SPID, attivalo prima che esca il bando: può servire "
                        "qualche giorno. Scrivi un breve curriculum e leggi con calma le schede "
                        "dei progetti vicini a casa. Se hai dubbi, lo sportello di welfare del tuo "
                        "Comune ti aiuta a orientarti."
                    ),
                ),
            ),
            (
                "further_reading",
                [
                    (
                        "https://www.politichegiovanili.gov.it/",
                        "Dipartimento per le politiche giovanili e il servizio civile universale",
                        (
                            "Il sito ufficiale con i bandi, le regole e le risposte alle domande "
                            "frequenti."
                        ),
                    ),
                    (
                        "https://www.scelgoilserviziocivile.gov.it/",
                        "Scelgo il servizio civile",
                        (
                            "Il sito del Dipartimento pensato per i giovani, con i progetti e le "
                            "istruzioni per candidarsi."
                        ),
                    ),
                ],
            ),
        ],
        "en": {
            "slug": "universal-civil-service-a-year-for-the-community",
            "title": "Universal Civil Service: a year for the community for 18- to 28-year-olds",
            "introduction": (
                "Through the Universal Civil Service (servizio civile universale), young women and "
                "men can spend up to a year on a project that benefits the community, including in "
                "our municipalities' social services. What you do, how to apply and what you get."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "Joining Italy's civil service scheme (servizio civile) is a free, "
                        "voluntary choice. Since 2017, under Legislative Decree 40, the scheme has "
                        "been called the Universal Civil Service and is run by the Department for "
                        "Youth Policy and Universal Civil Service, part of the Presidency of the "
                        "Council of Ministers. Projects last from 8 to 12 months, normally with 25 "
                        "hours of service a week, and are put forward by organisations listed in "
                        "the Universal Civil Service register: municipalities, health authorities, "
                        "cooperatives, associations. Those who take part are officially called "
                        "volunteers (operatori volontari)."
                    ),
                ),
                ("heading", "Who can take part"),
                (
                    "paragraph",
                    (
                        "You can apply if you are at least 18 and have not yet turned 29 on the "
                        "date you apply. You do not need Italian citizenship: citizens of the "
                        "European Union and foreign nationals legally resident in Italy can also "
                        "take part. The call for applications (bando) lists some exclusions, for "
                        "example for people who have already done civil service. In many projects "
                        "some places are reserved for young people with fewer opportunities, such "
                        "as those with a disability or facing financial hardship."
                    ),
                ),
                ("heading", "What volunteers do in social services"),
                (
                    "paragraph",
                    (
                        "There are many fields: social care, education, culture, the environment, "
                        "civil protection, social farming. In social care, volunteers work "
                        "alongside staff in day centres for people with disabilities, accompany "
                        "older people to appointments or keep them company, help children with "
                        "their homework, and lend a hand at advice desks for foreign residents or "
                        "in community food pantries. They can also support the welfare help desks, "
                        "for instance by helping people who do not use the web to find a service. "
                        "They do not replace staff: they learn alongside the people who work "
                        "there, guided by a local project supervisor (operatore locale di "
                        "progetto)."
                    ),
                ),
                (
                    "quote",
                    (
                        (
                            "I thought I would spend a year making photocopies. Instead I learnt "
                            "to listen to people, and now I am studying to become a social "
                            "educator."
                        ),
                        "A former Universal Civil Service volunteer at a day centre in Abano Terme",
                    ),
                ),
                ("heading", "How to apply"),
                (
                    "paragraph",
                    (
                        "The Department publishes calls for applications on its website, usually at "
                        "least once a year, with the places available and a firm deadline. First "
                        "choose your project: you can search by area and field, and read the "
                        "project sheet describing the activities and the location. Then you apply "
                        "on the Domanda on Line (DOL) platform, logging in with SPID, the public "
                        "digital identity; people who cannot get one, such as some foreign "
                        "nationals, can request dedicated login details. In each call you can apply "
                        "for only one project and one location. After the deadline the organisation "
                        "posts the interview timetable on its website, which counts as your "
                        "invitation, and then the ranked list of candidates."
                    ),
                ),
                ("heading", "What you receive"),
                (
                    "paragraph",
                    (
                        "The Universal Civil Service is not a job, but it is not unpaid either. You "
                        "receive a monthly allowance paid by the Department: the amount is set "
                        "nationally, is updated over time and is stated in the call for "
                        "applications. You are insured and you take part in both general training "
                        "and training specific to your project. At the end you receive a "
                        "certificate. Since 2023 the law has reserved 15% of places in "
                        "public-sector recruitment competitions for non-managerial staff for those "
                        "who have completed their service satisfactorily (senza demerito), and some "
                        "universities award academic credits for it."
                    ),
                ),
                (
                    "callout",
                    (
                        "Get ready in good time",
                        (
                            "If you do not have SPID yet, set it up before the call is published: "
                            "it can take a few days. Write a short CV and take your time reading "
                            "the descriptions of projects near where you live. If you have any "
                            "doubts, the welfare help desk in your municipality will help you find "
                            "your way."
                        ),
                    ),
                ),
                (
                    "further_reading",
                    [
                        (
                            "https://www.politichegiovanili.gov.it/",
                            (
                                "Dipartimento per le politiche giovanili e il servizio civile "
                                "universale (Department for Youth Policy and Universal Civil "
                                "Service)"
                            ),
                            (
                                "The official website, with the calls, the rules and answers to "
                                "frequently asked questions."
                            ),
                        ),
                        (
                            "https://www.scelgoilserviziocivile.gov.it/",
                            "Scelgo il servizio civile (I choose civil service)",
                            (
                                "The Department's website designed for young people, with the "
                                "projects and instructions on how to apply."
                            ),
                        ),
                    ],
                ),
            ],
        },
    },
]
