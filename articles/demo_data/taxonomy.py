"""Topics and authors of the demo content: the controlled vocabulary shared by
articles and services. Slugs are stable codes; never rename them. ``load_demo`` brings
the names and descriptions of a database it loaded before up to date."""

TOPICS = [
    # (slug, Italian name, English name, Italian description, English description)
    (
        "welfare-di-comunita",
        "Welfare di comunità",
        "Community welfare",
        "Servizi costruiti sulla reciprocità, in cui chi dà e chi riceve partecipa attivamente.",
        "Services built on reciprocity, where those who give and those who receive both take part.",
    ),
    (
        "welfare-aziendale",
        "Welfare aziendale",
        "Corporate welfare",
        "Piani di welfare delle imprese per lavoratrici, lavoratori e famiglie.",
        "Companies' welfare plans for employees and their families.",
    ),
    (
        "assistenza-sociale",
        "Assistenza sociale",
        "Social assistance",
        "Sostegno alle persone e alle famiglie in difficoltà.",
        "Support for people and families in difficulty.",
    ),
    (
        "assistenza-agli-invalidi",
        "Assistenza agli invalidi",
        "Disability assistance",
        "Servizi e tutele per le persone con disabilità e chi le assiste.",
        "Services and protections for people with disabilities and those who care for them.",
    ),
    (
        "covid-19",
        "Covid-19",
        "Covid-19",
        "Servizi e iniziative nate o cambiate durante la pandemia.",
        "Services and initiatives born or changed during the pandemic.",
    ),
    (
        "integrazione-sociale",
        "Integrazione sociale",
        "Social inclusion",
        "Coesione, partecipazione e inclusione nelle comunità locali.",
        "Cohesion, participation and inclusion in local communities.",
    ),
    (
        "lavoro",
        "Lavoro",
        "Work",
        "Conciliazione tra vita e lavoro, occupazione e formazione.",
        "Work-life balance, employment and training.",
    ),
    (
        "istruzione",
        "Istruzione",
        "Education",
        "Scuola, servizi per l'infanzia e formazione continua.",
        "School, early-childhood services and lifelong learning.",
    ),
    (
        "salute",
        "Salute e benessere",
        "Health and wellbeing",
        "Prevenzione, cura e benessere psicologico.",
        "Prevention, care and psychological wellbeing.",
    ),
    (
        "volontariato",
        "Volontariato",
        "Volunteering",
        "Il contributo gratuito di cittadine e cittadini alla vita della comunità.",
        "The unpaid contribution of citizens to community life.",
    ),
    (
        "anziani",
        "Anziani",
        "Older people",
        "Servizi e reti di sostegno per la terza età.",
        "Services and support networks for older people.",
    ),
    (
        "famiglie",
        "Famiglie",
        "Families",
        "Sostegni alla genitorialità e ai carichi di cura.",
        "Support for parenting and care responsibilities.",
    ),
    (
        "trasparenza",
        "Trasparenza",
        "Transparency",
        "Rendicontazione delle attività e dati aperti sui servizi.",
        "Activity reporting and open data on services.",
    ),
    (
        "accesso-ai-servizi",
        "Accesso ai servizi",
        "Access to services",
        "Sportelli, welfare manager, requisiti e schede dei servizi: come trovare un servizio "
        "e fare domanda.",
        "Help desks, welfare managers, eligibility and service pages: how to find a service "
        "and apply for it.",
    ),
]

AUTHORS = [
    # (slug, name, Italian role, English role) -- fictional people
    ("giulia-ferraro", "Giulia Ferraro", "Redazione del portale", "Portal editorial team"),
    ("marco-bellin", "Marco Bellin", "Assistente sociale", "Social worker"),
    (
        "chiara-zanon",
        "Chiara Zanon",
        "Ricercatrice in politiche sociali",
        "Social policy researcher",
    ),
    ("luca-pavan", "Luca Pavan", "Welfare manager", "Welfare manager"),
]
