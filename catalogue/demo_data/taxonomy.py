"""The catalogue's controlled vocabularies: stable codes with Italian and English names.

Service categories follow the national list of the Italian design model for municipal
websites, with the health and assistance sub-categories the portal needs.
"""

# (code, Italian name, English name, parent code or None)
SERVICE_CATEGORIES = [
    ("anagrafe-stato-civile", "Anagrafe e stato civile", "Registry and civil status", None),
    ("cultura-tempo-libero", "Cultura e tempo libero", "Culture and leisure", None),
    ("vita-lavorativa", "Vita lavorativa", "Working life", None),
    ("imprese-commercio", "Imprese e commercio", "Business and trade", None),
    ("appalti-pubblici", "Appalti pubblici", "Public procurement", None),
    ("catasto-urbanistica", "Catasto e urbanistica", "Land registry and planning", None),
    ("turismo", "Turismo", "Tourism", None),
    ("mobilita-trasporti", "Mobilità e trasporti", "Mobility and transport", None),
    ("educazione-formazione", "Educazione e formazione", "Education and training", None),
    ("giustizia-sicurezza", "Giustizia e sicurezza pubblica", "Justice and public safety", None),
    ("tributi-finanze", "Tributi, finanze e contravvenzioni", "Taxes, finance and fines", None),
    ("ambiente", "Ambiente", "Environment", None),
    (
        "salute-benessere-assistenza",
        "Salute, benessere e assistenza",
        "Health, wellbeing and assistance",
        None,
    ),
    ("autorizzazioni", "Autorizzazioni", "Permits", None),
    ("agricoltura-pesca", "Agricoltura e pesca", "Agriculture and fishing", None),
    ("servizi-medici", "Servizi medici", "Medical services", "salute-benessere-assistenza"),
    (
        "supporto-psicologico",
        "Supporto psicologico",
        "Psychological support",
        "salute-benessere-assistenza",
    ),
    ("promozione-sociale", "Promozione sociale", "Social promotion", "salute-benessere-assistenza"),
    (
        "assistenza-sociale",
        "Assistenza sociale",
        "Social assistance",
        "salute-benessere-assistenza",
    ),
    ("covid-19", "COVID-19", "COVID-19", "salute-benessere-assistenza"),
]

# (code, Italian name, English name)
TARGET_GROUPS = [
    ("anziani", "Anziani", "Older people"),
    ("famiglie", "Famiglie", "Families"),
    ("bambini-0-6", "Bambini da 0 a 6 anni", "Children aged 0 to 6"),
    ("persone-con-disabilita", "Persone con disabilità", "People with disabilities"),
    ("caregiver", "Caregiver familiari", "Family carers"),
    (
        "dipendenti-aziende-aderenti",
        "Dipendenti delle aziende aderenti",
        "Employees of member companies",
    ),
    ("giovani", "Giovani", "Young people"),
    ("migranti", "Persone migranti", "Migrants"),
]

PILLARS = [
    ("pubblico", "Pubblico", "Public"),
    ("aziendale", "Aziendale", "Corporate"),
    ("territoriale", "Territoriale (terzo settore)", "Community (third sector)"),
]

ACCESSIBILITY_FEATURES = [
    ("ingresso-senza-barriere", "Ingresso senza barriere", "Step-free entrance"),
    ("ascensore", "Ascensore", "Lift"),
    ("servizi-igienici-accessibili", "Servizi igienici accessibili", "Accessible toilets"),
    ("parcheggio-riservato", "Parcheggio riservato", "Reserved parking"),
    ("percorso-tattile", "Percorso tattile", "Tactile paving"),
    (
        "interprete-lis",
        "Interprete LIS su prenotazione",
        "Italian Sign Language interpreter on request",
    ),
    ("anello-induttivo", "Anello a induzione magnetica", "Hearing loop"),
]

LEGAL_STATUSES = [
    ("public_body", "Ente pubblico", "Public body"),
    ("social_cooperative", "Cooperativa sociale", "Social cooperative"),
    ("third_sector", "Ente del terzo settore", "Third-sector body"),
    ("company", "Impresa", "Company"),
    ("health_provider", "Struttura sanitaria", "Health provider"),
]

SERVICE_STATUSES = [
    ("active", "Attivo", "Active"),
    ("temporarily_closed", "Temporaneamente sospeso", "Temporarily closed"),
    ("inactive", "Non attivo", "Inactive"),
    ("defunct", "Cessato", "Discontinued"),
]
