"""Benchmark content: many realistic bilingual pages, generated and written fast.

``seed_bench`` (the management command) uses this module to fill a database with N
live pages for the search benchmark (``bench/search.py``). Two halves:

* Pure functions, no database: the vocabulary (:func:`build_vocabulary`), the text
  generator (:class:`TextGenerator`), the plan of the site (:func:`plan_site`) and one
  record per page (:func:`provider_record`, :func:`service_record`,
  :func:`article_record`). Everything derives from the seed, so a seed always gives
  the same pages, byte for byte.
* Bulk writers (:class:`BenchWriter`): treebeard's ``add_child`` costs several queries
  per page, far too slow for 100,000 pages, so the writer computes the materialised
  paths itself (Wagtail's ``steplen`` of 4 over its base-36 alphabet), inserts the
  ``wagtailcore_page`` rows and then the rows of each page type's own table with
  ``_insert`` (Django refuses ``bulk_create`` on multi-table children), and the
  many-to-many rows with ``bulk_create``.

The text is Italian-like (and English-like for the translations): words follow a Zipf
distribution over a ranked vocabulary in which real Italian stopwords and frequent
words are interleaved with generated words, plus real welfare words and phrases
("anziani", "assistenza domiciliare", ...) so that realistic queries find pages. An
English page is a word-for-word rendering of its Italian source through a parallel
English vocabulary: the same translation key, the same shape, English words.

Theme clusters, for evaluating related articles: every article (and service) belongs
to one :data:`CLUSTERS` entry, which biases its vocabulary and gives it the cluster's
primary topic. The rule that recovers the cluster from the stored page: **among the
page's topics exactly one is a primary topic, and it names the cluster**; the other
topics it may have come from :data:`SECONDARY_TOPICS`, which belong to no cluster. Use
:func:`cluster_of_topic` / :func:`cluster_of_topics`.

Every generated page's slug starts with :data:`SLUG_PREFIX`, which is how ``--clear``
finds them again.
"""

from __future__ import annotations

import datetime
import itertools
import math
import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.text import slugify

from wagtail.models import Locale, Page, get_page_models

SLUG_PREFIX = "bench-"
VOCABULARY_SEED = 20_260_401
GENERATED_WORDS = 40_000
ZIPF_EXPONENT = 1.0
ZIPF_SHIFT = 2.7
# Share of a page's words drawn from its cluster's own words.
CLUSTER_SHARE = 0.15
CLUSTER_GENERATED_WORDS = 150
LANGUAGES = ("it", "en")

# Mix of the generated pages.
ENGLISH_SHARE = 0.20
PROVIDER_SHARE = 0.05
SERVICE_SHARE = 0.25

BASE_DATE = datetime.date(2025, 12, 31)
UTC = datetime.UTC

# Real Italian stopwords, each with an English counterpart ("italiano:english", with
# "_" for a space). Interleaved at the top of the ranking, as in real text.
STOPWORDS = """
di:of e:and il:the la:the che:that a:to in:in per:for un:a una:a del:of_the della:of_the
non:not i:the le:the con:with è:is si:it da:from dei:of_the delle:of_the al:to_the
alla:to_the nel:in_the nella:in_the gli:the lo:the sono:are come:as anche:also più:more
ma:but o:or se:if questo:this questa:this ha:has hanno:have loro:their suo:its sua:its
essere:be sul:on_the sulla:on_the dalla:from_the dal:from_the nei:in_the alle:to_the
ogni:every tutti:all quando:when dove:where su:on tra:between degli:of_the ai:to_the
uno:one cui:which
"""

# Real frequent Italian words that are not stopwords.
FREQUENT_WORDS = """
anno:year tempo:time giorno:day persona:person persone:people casa:home lavoro:work
vita:life parte:part modo:way paese:town città:city comune:municipality progetto:project
attività:activity territorio:area rete:network gruppo:group incontro:meeting centro:centre
sede:office ufficio:office sportello:desk informazioni:information domanda:application
richiesta:request documento:document modulo:form contributo:contribution risorse:resources
bisogno:need bisogni:needs rapporto:report risposta:answer possibilità:opportunity
esperienza:experience iniziativa:initiative percorso:pathway obiettivo:goal risultato:result
qualità:quality cittadini:citizens cittadino:citizen operatori:workers operatore:worker
utenti:users utente:user enti:bodies ente:body associazione:association
associazioni:associations cooperative:cooperatives imprese:companies impresa:business
regione:region provincia:province nazionale:national locale:local pubblico:public
privato:private nuovo:new nuova:new grande:large piccolo:small primo:first ultimo:last
importante:important possibile:possible diverso:different diversi:several insieme:together
sempre:always spesso:often oggi:today ancora:still già:already molto:very poco:little
bene:well fare:do dare:give potere:can sapere:know vedere:see trovare:find offrire:offer
garantire:guarantee ricevere:receive chiedere:ask accedere:access partecipare:join
sostenere:support aiutare:help migliorare:improve ridurre:reduce costruire:build
promuovere:promote organizzare:organise settimana:week mese:month mesi:months anni:years
ore:hours orario:timetable giorni:days numero:number costo:cost costi:costs
gratuito:free pagamento:payment tariffa:fee reddito:income spesa:expense fondo:fund
fondi:funds bando:call graduatoria:ranking scuola:school formazione:training studio:study
ricerca:research dati:data sistema:system strumento:tool strumenti:tools piano:plan
piani:plans misura:measure misure:measures intervento:intervention interventi:interventions
azione:action azioni:actions luogo:place spazio:space spazi:spaces quartiere:neighbourhood
strada:street
"""

# Real words of the portal's domain, so that realistic queries match.
DOMAIN_WORDS = """
anziani:elderly anziano:elderly_person anziana:elderly_woman servizi:services
servizio:service assistenza:assistance domiciliare:home-based welfare:welfare
famiglia:family famiglie:families psicologico:psychological psicologica:psychological
sanitario:health sanitaria:healthcare sociale:social sociali:social comunità:community
cooperativa:cooperative volontari:volunteers volontariato:volunteering sostegno:support
disabilità:disability disabili:disabled caregiver:caregiver minori:minors bambini:children
bambino:child giovani:young_people lavoratori:workers lavoratrici:women_workers
aziendale:corporate azienda:company salute:health benessere:wellbeing cura:care
infermiere:nurse infermieristica:nursing medico:doctor medici:doctors trasporto:transport
pasti:meals consegna:delivery solitudine:loneliness autonomia:independence
fragilità:frailty fragili:frail povertà:poverty inclusione:inclusion
integrazione:integration migranti:migrants mediazione:mediation lingua:language
abitare:housing alloggio:accommodation affitto:rent isee:isee buoni:vouchers
buono:voucher alimentari:groceries emergenza:emergency pandemia:pandemic
vaccinazione:vaccination prevenzione:prevention ascolto:listening consulenza:counselling
terapia:therapy riabilitazione:rehabilitation badante:home_carer residenza:residence
diurno:daytime asilo:nursery nido:crèche infanzia:childhood genitori:parents
genitorialità:parenting conciliazione:work-life_balance occupazione:employment
disoccupati:unemployed tirocinio:internship orientamento:guidance doposcuola:after-school
educatore:educator educativo:educational dipendenti:employees credito:credit
piattaforma:platform rimborso:refund convenzione:agreement tutela:protection
diritti:rights trasparenza:transparency bilancio:budget partecipazione:participation
cittadinanza:citizenship coesione:cohesion reciprocità:reciprocity prossimità:proximity
accompagnamento:accompaniment telesoccorso:telecare teleassistenza:remote_assistance
demenza:dementia alzheimer:alzheimer pensione:pension pensionati:pensioners
"""

# Fixed phrases, stored as single vocabulary entries so that phrase queries match.
PHRASES = """
assistenza_domiciliare:home_care servizi_sociali:social_services centro_diurno:day_centre
welfare_aziendale:corporate_welfare welfare_di_comunità:community_welfare
sostegno_psicologico:psychological_support assistenza_sanitaria:health_care
terzo_settore:third_sector buoni_spesa:shopping_vouchers banca_del_tempo:time_bank
casa_di_riposo:care_home trasporto_sociale:social_transport pasti_a_domicilio:meals_on_wheels
sportello_sociale:social_help_desk servizio_civile:civil_service
centro_per_l'impiego:job_centre asilo_nido:nursery_school
persone_con_disabilità:people_with_disabilities caregiver_familiari:family_carers
credito_welfare:welfare_credit medico_di_base:family_doctor salute_mentale:mental_health
emergenza_abitativa:housing_emergency contributo_economico:financial_contribution
mediazione_culturale:cultural_mediation educativa_domiciliare:home_education_support
piano_di_zona:local_area_plan punto_di_ascolto:listening_point
"""


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def seeded(key) -> random.Random:
    """A reproducible generator: benchmark content, nothing secret."""
    return random.Random(key)  # noqa: S311


@dataclass(frozen=True)
class Cluster:
    key: str
    primary_topic: str
    # Italian domain words and phrases ("_" for a space) drawn more often in the cluster.
    text: str
    target_groups: tuple[str, ...]
    categories: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return words(self.text)


CLUSTERS: tuple[Cluster, ...] = (
    Cluster(
        "anziani",
        "anziani",
        (
            "anziani anziano anziana domiciliare solitudine fragilità badante demenza "
            "alzheimer pensione pensionati telesoccorso teleassistenza pasti consegna "
            "assistenza_domiciliare centro_diurno casa_di_riposo pasti_a_domicilio"
        ),
        ("anziani", "caregiver"),
        ("assistenza-sociale", "servizi-medici"),
    ),
    Cluster(
        "famiglie",
        "famiglie",
        (
            "famiglie famiglia genitori genitorialità bambini bambino minori infanzia "
            "conciliazione nido asilo_nido educativa_domiciliare banca_del_tempo"
        ),
        ("famiglie", "bambini-0-6"),
        ("promozione-sociale", "educazione-formazione"),
    ),
    Cluster(
        "disabilita",
        "assistenza-agli-invalidi",
        (
            "disabilità disabili autonomia riabilitazione accompagnamento tutela diritti "
            "trasporto persone_con_disabilità trasporto_sociale caregiver_familiari"
        ),
        ("persone-con-disabilita", "caregiver"),
        ("assistenza-sociale", "servizi-medici"),
    ),
    Cluster(
        "lavoro",
        "lavoro",
        (
            "occupazione disoccupati tirocinio orientamento lavoratori lavoratrici "
            "conciliazione centro_per_l'impiego servizio_civile"
        ),
        ("giovani", "dipendenti-aziende-aderenti"),
        ("vita-lavorativa", "educazione-formazione"),
    ),
    Cluster(
        "welfare-aziendale",
        "welfare-aziendale",
        (
            "aziendale azienda dipendenti credito piattaforma rimborso convenzione welfare "
            "welfare_aziendale credito_welfare"
        ),
        ("dipendenti-aziende-aderenti", "famiglie"),
        ("vita-lavorativa", "promozione-sociale"),
    ),
    Cluster(
        "istruzione",
        "istruzione",
        "doposcuola educatore educativo giovani orientamento infanzia asilo_nido",
        ("giovani", "bambini-0-6"),
        ("educazione-formazione",),
    ),
    Cluster(
        "salute",
        "salute",
        (
            "salute benessere psicologico psicologica sanitario sanitaria prevenzione "
            "terapia ascolto consulenza medico infermiere infermieristica vaccinazione "
            "sostegno_psicologico salute_mentale medico_di_base assistenza_sanitaria "
            "punto_di_ascolto"
        ),
        ("famiglie", "giovani", "anziani"),
        ("supporto-psicologico", "servizi-medici"),
    ),
    Cluster(
        "volontariato",
        "volontariato",
        (
            "volontari volontariato reciprocità prossimità partecipazione comunità "
            "banca_del_tempo terzo_settore welfare_di_comunità"
        ),
        ("giovani", "anziani"),
        ("promozione-sociale", "cultura-tempo-libero"),
    ),
    Cluster(
        "integrazione",
        "integrazione-sociale",
        (
            "migranti mediazione lingua integrazione inclusione cittadinanza coesione "
            "mediazione_culturale"
        ),
        ("migranti", "famiglie"),
        ("promozione-sociale", "educazione-formazione"),
    ),
    Cluster(
        "assistenza-sociale",
        "assistenza-sociale",
        (
            "povertà isee buoni alimentari emergenza alloggio affitto abitare buoni_spesa "
            "emergenza_abitativa contributo_economico sportello_sociale servizi_sociali "
            "piano_di_zona"
        ),
        ("famiglie", "migranti"),
        ("assistenza-sociale", "covid-19"),
    ),
)
# Topics that belong to no cluster: a page may carry them besides its primary topic.
SECONDARY_TOPICS = ("welfare-di-comunita", "covid-19", "trasparenza")
PRIMARY_TOPICS = {cluster.primary_topic: cluster.key for cluster in CLUSTERS}

LEGAL_STATUS_PILLAR = {
    "public_body": "pubblico",
    "health_provider": "pubblico",
    "company": "aziendale",
    "social_cooperative": "territoriale",
    "third_sector": "territoriale",
}
PROVIDER_NAMES = {
    "public_body": ("Comune di", "Municipality of"),
    "health_provider": ("Servizio sanitario", "Health service"),
    "company": ("Impresa", "Company"),
    "social_cooperative": ("Cooperativa sociale", "Social cooperative"),
    "third_sector": ("Associazione", "Association"),
}


def cluster_of_topic(slug: str) -> str | None:
    """The cluster whose primary topic is ``slug``, or None for any other topic."""
    return PRIMARY_TOPICS.get(slug)


def cluster_of_topics(slugs: Iterable[str]) -> str | None:
    """The cluster of a generated page from its topics' slugs (see the module doc)."""
    clusters = {PRIMARY_TOPICS[slug] for slug in slugs if slug in PRIMARY_TOPICS}
    return clusters.pop() if len(clusters) == 1 else None


# ---------------------------------------------------------------------------------------
# Vocabulary


def _pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for item in text.split():
        italian, english = item.split(":")
        pairs.append((italian.replace("_", " "), english.replace("_", " ")))
    return pairs


IT_ONSETS = words("b c d f g l m n p r s t v z br cr pr tr st sc gr ch gl gn")
IT_VOWELS = words("a e i o u a e i o")
IT_ENDINGS = words("o a i e o a zione mento ità ale ivo ante ese ino")
EN_ONSETS = words("b c d f g h l m n p r s t w br cr pl st th sh gr tr")
EN_VOWELS = words("a e i o u ea oo ai")
EN_ENDINGS = words("er ing ness ment ly ship ful able ton ward s ed")


def _pseudo_word(rng: random.Random, onsets, vowels, endings) -> str:
    syllables = rng.choice((1, 2, 2, 3))
    word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables))
    return word + rng.choice(endings)


@dataclass
class Vocabulary:
    """A ranked vocabulary: entry ``i`` is ``it[i]`` in Italian and ``en[i]`` in English.

    ``kind[i]`` is one of ``stop``, ``frequent``, ``domain``, ``phrase``, ``generated``.
    The rank order is the list order: entry 0 is the most frequent.
    """

    it: list[str]
    en: list[str]
    kind: list[str]
    weights: list[float]
    cluster_entries: dict[str, list[int]]
    index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self.index = {word: position for position, word in enumerate(self.it)}

    def __len__(self) -> int:
        return len(self.it)

    def words(self, language: str) -> list[str]:
        return self.it if language == "it" else self.en

    def expected_share(self, position: int) -> float:
        """The share of all generated words (outside cluster bias) that are entry ``i``."""
        return self.weights[position] / self.total_weight

    @property
    def total_weight(self) -> float:
        return math.fsum(self.weights)


@lru_cache(maxsize=1)
def build_vocabulary() -> Vocabulary:
    """The benchmark vocabulary. Fixed (it does not depend on the pages' seed), so the
    benchmark can rebuild it to pick its queries."""
    rng = seeded(VOCABULARY_SEED)
    stop = _pairs(STOPWORDS)
    frequent = _pairs(FREQUENT_WORDS)
    taken = {italian for italian, _english in stop}
    frequent = [pair for pair in frequent if pair[0] not in taken]
    taken |= {italian for italian, _english in frequent}
    domain = [pair for pair in _pairs(DOMAIN_WORDS) if pair[0] not in taken]
    taken |= {italian for italian, _english in domain}
    phrases = _pairs(PHRASES)
    taken |= {italian for italian, _english in phrases}

    generated = []
    taken_en = {english for _italian, english in stop + frequent + domain + phrases}
    while len(generated) < GENERATED_WORDS:
        italian = _pseudo_word(rng, IT_ONSETS, IT_VOWELS, IT_ENDINGS)
        english = _pseudo_word(rng, EN_ONSETS, EN_VOWELS, EN_ENDINGS)
        if len(italian) < 4 or italian in taken or english in taken_en:
            continue
        taken.add(italian)
        taken_en.add(english)
        generated.append((italian, english))

    # A sort key per entry: generated words fill the ranks in order; the real words
    # are interleaved among them (stopwords at the very top, domain words spread on a
    # log scale from the top hundreds to the low thousands).
    keyed = [(position + 0.5, "generated", pair) for position, pair in enumerate(generated)]
    keyed += [(position * 0.8, "stop", pair) for position, pair in enumerate(stop)]
    keyed += [(4 + position * 3.5, "frequent", pair) for position, pair in enumerate(frequent)]
    keyed += [
        (math.exp(rng.uniform(math.log(15), math.log(3000))), "domain", pair) for pair in domain
    ]
    keyed += [
        (math.exp(rng.uniform(math.log(60), math.log(4000))), "phrase", pair) for pair in phrases
    ]
    keyed.sort(key=lambda item: item[0])
    italian_words = [pair[0] for _key, _kind, pair in keyed]
    english_words = [pair[1] for _key, _kind, pair in keyed]
    kinds = [kind for _key, kind, _pair in keyed]
    weights = [1 / (rank + ZIPF_SHIFT) ** ZIPF_EXPONENT for rank in range(len(keyed))]

    position_of = {word: position for position, word in enumerate(italian_words)}
    middle = [
        position
        for position, kind in enumerate(kinds)
        if kind == "generated" and 2_000 <= position < 20_000
    ]
    cluster_entries = {}
    for cluster in CLUSTERS:
        own = [position_of[word.replace("_", " ")] for word in cluster.words]
        own += rng.sample(middle, CLUSTER_GENERATED_WORDS)
        cluster_entries[cluster.key] = sorted(set(own))
    return Vocabulary(italian_words, english_words, kinds, weights, cluster_entries)


# ---------------------------------------------------------------------------------------
# Text


class TextGenerator:
    """Draws words (as vocabulary positions) and renders them as sentences in either
    language. One cumulative weight table per cluster, so drawing is a bisection."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.population = range(len(vocabulary))
        self.cum_weights = {None: list(itertools.accumulate(vocabulary.weights))}
        total = vocabulary.total_weight
        for key, entries in vocabulary.cluster_entries.items():
            boost = CLUSTER_SHARE / (1 - CLUSTER_SHARE) * total / len(entries)
            weights = list(vocabulary.weights)
            for position in entries:
                weights[position] += boost
            self.cum_weights[key] = list(itertools.accumulate(weights))
        self.stop = {i for i, kind in enumerate(vocabulary.kind) if kind == "stop"}

    def draw(self, rng: random.Random, count: int, cluster: str | None) -> list[int]:
        return rng.choices(self.population, cum_weights=self.cum_weights[cluster], k=count)

    def title(self, rng: random.Random, cluster: str | None) -> list[int]:
        words = self.draw(rng, rng.randint(4, 10), cluster)
        while words[0] in self.stop:
            words[0] = self.draw(rng, 1, cluster)[0]
        return words

    def sentences(self, rng: random.Random, words: int, cluster: str | None) -> list[list[int]]:
        """About ``words`` words in sentences of 6 to 22 words."""
        sentences = []
        while words > 0:
            length = min(words, rng.randint(6, 22)) if words > 8 else words
            sentences.append(self.draw(rng, length, cluster))
            words -= length
        return sentences

    def render_words(self, positions: list[int], language: str) -> str:
        words = self.vocabulary.words(language)
        return " ".join(words[position] for position in positions)

    def render_title(self, positions: list[int], language: str) -> str:
        text = self.render_words(positions, language)
        return text[:1].upper() + text[1:]

    def render_text(self, sentences: list[list[int]], language: str) -> str:
        return " ".join(self.render_title(sentence, language) + "." for sentence in sentences)


def html_paragraphs(paragraphs: list[str]) -> str:
    # Generated words never contain markup characters apart from the apostrophe.
    return "".join(f"<p>{text}</p>" for text in paragraphs)


# ---------------------------------------------------------------------------------------
# Plan and records (pure)


@dataclass(frozen=True)
class Counts:
    providers: int
    services: int
    articles: int
    en_providers: int
    en_services: int
    en_articles: int

    @property
    def italian(self) -> int:
        return self.providers + self.services + self.articles

    @property
    def english(self) -> int:
        return self.en_providers + self.en_services + self.en_articles

    @property
    def total(self) -> int:
        return self.italian + self.english


def plan_counts(pages: int) -> Counts:
    """How many pages of each kind and language make ``pages`` pages in all."""
    if pages < 10:
        raise ValueError("Generate at least 10 pages.")
    english = round(pages * ENGLISH_SHARE)
    italian = pages - english
    providers = max(1, round(italian * PROVIDER_SHARE))
    services = round(italian * SERVICE_SHARE)
    articles = italian - providers - services
    en_providers = min(providers, max(1, round(english * PROVIDER_SHARE)))
    en_services = min(services, round(english * SERVICE_SHARE))
    en_articles = english - en_providers - en_services
    return Counts(providers, services, articles, en_providers, en_services, en_articles)


def pages_for_articles(articles: int) -> int:
    """The fewest pages whose plan holds at least ``articles`` articles (Italian and
    English together): about ``articles / 0.7``."""
    pages = max(10, math.floor(articles / 0.7) - 10)
    while True:
        counts = plan_counts(pages)
        if counts.articles + counts.en_articles >= articles:
            return pages
        pages += 1


@dataclass
class SitePlan:
    counts: Counts
    provider_translated: list[bool]
    service_provider: list[int]
    service_translated: list[bool]
    article_translated: list[bool]


def plan_site(pages: int, seed: int) -> SitePlan:
    """Which provider each service belongs to and which pages have an English
    translation. A translated service always sits under a translated provider."""
    counts = plan_counts(pages)
    rng = seeded(f"{seed}:plan")
    translated_providers = sorted(rng.sample(range(counts.providers), counts.en_providers))
    translated_services = set(rng.sample(range(counts.services), counts.en_services))
    translated_articles = set(rng.sample(range(counts.articles), counts.en_articles))
    service_provider = [
        rng.choice(translated_providers)
        if seq in translated_services
        else rng.randrange(counts.providers)
        for seq in range(counts.services)
    ]
    provider_translated = [False] * counts.providers
    for seq in translated_providers:
        provider_translated[seq] = True
    return SitePlan(
        counts=counts,
        provider_translated=provider_translated,
        service_provider=service_provider,
        service_translated=[seq in translated_services for seq in range(counts.services)],
        article_translated=[seq in translated_articles for seq in range(counts.articles)],
    )


def _topics(rng: random.Random, cluster: Cluster) -> list[str]:
    extra = rng.choice((0, 0, 1, 1, 2))
    return [cluster.primary_topic, *rng.sample(SECONDARY_TOPICS, extra)]


def _translation_key(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _published(rng: random.Random, day: datetime.date) -> tuple[datetime.datetime, ...]:
    first = datetime.datetime.combine(day, datetime.time(8), tzinfo=UTC) + datetime.timedelta(
        minutes=rng.randrange(600)
    )
    return first, first + datetime.timedelta(days=rng.randrange(60))


def _texts(
    generator: TextGenerator, sentences: dict[str, list[list[int]]], title: list[int]
) -> dict[str, dict[str, str]]:
    """Render each named list of sentences in both languages."""
    out = {}
    for language in LANGUAGES:
        out[language] = {
            name: generator.render_text(value, language) for name, value in sentences.items()
        }
        out[language]["title"] = generator.render_title(title, language)
    return out


def _slug(title: str, seq: int, kind: str) -> str:
    words = slugify(title)[:60].rstrip("-")
    return f"{SLUG_PREFIX}{kind[0]}{seq}-{words}"


def _common(rng, kind, seq, title, texts, translated):
    record = {"kind": kind, "seq": seq, "translation_key": _translation_key(rng)}
    for language in LANGUAGES:
        if language == "en" and not translated:
            continue
        record[language] = texts[language]
        record[language]["slug"] = _slug(texts[language]["title"], seq, kind)
    return record


def provider_record(seed: int, seq: int, translated: bool) -> dict:
    """Everything about generated provider ``seq`` (both languages when translated)."""
    generator = text_generator()
    rng = seeded(f"{seed}:provider:{seq}")
    legal_status = rng.choice(list(LEGAL_STATUS_PILLAR))
    cluster = rng.choice(CLUSTERS)
    name = generator.title(rng, cluster.key)[: rng.randint(2, 4)]
    sentences = {
        "introduction": generator.sentences(rng, rng.randint(12, 30), cluster.key),
        "description": generator.sentences(rng, rng.randint(40, 150), cluster.key),
    }
    texts = _texts(generator, sentences, name)
    for language, prefix in zip(LANGUAGES, PROVIDER_NAMES[legal_status], strict=True):
        texts[language]["title"] = f"{prefix} {texts[language]['title']}"
        texts[language]["description"] = html_paragraphs([texts[language]["description"]])
    record = _common(rng, "provider", seq, None, texts, translated)
    published = _published(rng, BASE_DATE - datetime.timedelta(days=rng.randrange(1500)))
    record.update(
        cluster=cluster.key,
        legal_status=legal_status,
        pillar=LEGAL_STATUS_PILLAR[legal_status],
        phone=f"049 {rng.randrange(1_000_000, 9_999_999)}",
        email=f"ente{seq}@example.org",
        published=published,
    )
    return record


def service_record(seed: int, seq: int, translated: bool, municipalities: list[str]) -> dict:
    """Everything about generated service ``seq``. ``municipalities``: the codes to
    choose the served municipalities from."""
    generator = text_generator()
    rng = seeded(f"{seed}:service:{seq}")
    cluster = rng.choice(CLUSTERS)
    title = generator.title(rng, cluster.key)
    sentences = {
        "introduction": generator.sentences(rng, rng.randint(12, 35), cluster.key),
        "description": generator.sentences(rng, rng.randint(60, 200), cluster.key),
        "audience": generator.sentences(rng, rng.randint(15, 40), cluster.key),
        "how_to": generator.sentences(rng, rng.randint(20, 60), cluster.key),
        "outcome": generator.sentences(rng, rng.randint(15, 40), cluster.key),
        "conditions": generator.sentences(rng, rng.randint(15, 40), cluster.key),
    }
    is_free = rng.random() < 0.5
    if not is_free:
        sentences["cost_description"] = generator.sentences(rng, rng.randint(8, 20), cluster.key)
    texts = _texts(generator, sentences, title)
    for language in LANGUAGES:
        for name in ("description", "audience", "how_to", "outcome", "conditions"):
            texts[language][name] = html_paragraphs([texts[language][name]])
        texts[language].setdefault("cost_description", "")
    record = _common(rng, "service", seq, title, texts, translated)
    verified = BASE_DATE - datetime.timedelta(days=rng.randrange(365))
    record.update(
        cluster=cluster.key,
        topics=_topics(rng, cluster),
        category=rng.choice(cluster.categories + ("salute-benessere-assistenza",)),
        target_groups=sorted(rng.sample(cluster.target_groups, rng.randint(1, 2))),
        municipalities=sorted(
            rng.sample(
                municipalities, min(len(municipalities), 1 + int(rng.paretovariate(1.5)) % 12)
            )
        ),
        is_free=is_free,
        welfare_credit=cluster.key == "welfare-aziendale" or rng.random() < 0.1,
        phone=f"049 {rng.randrange(1_000_000, 9_999_999)}",
        email=f"servizio{seq}@example.org",
        verified_on=verified,
        published=_published(rng, verified - datetime.timedelta(days=rng.randrange(900))),
    )
    return record


def article_record(seed: int, seq: int, translated: bool) -> dict:
    """Everything about generated article ``seq``: title, introduction, a body of 150
    to 600 words in a few paragraphs (with the odd heading), cluster and topics."""
    generator = text_generator()
    rng = seeded(f"{seed}:article:{seq}")
    cluster = rng.choice(CLUSTERS)
    title = generator.title(rng, cluster.key)
    introduction = generator.sentences(rng, rng.randint(12, 40), cluster.key)
    body_words = rng.randint(150, 600)
    paragraphs = []
    while body_words > 0:
        words = min(body_words, rng.randint(60, 160))
        paragraphs.append(generator.sentences(rng, words, cluster.key))
        body_words -= words
    headings = {
        position: generator.title(rng, cluster.key)[:4]
        for position in range(1, len(paragraphs))
        if rng.random() < 0.3
    }
    block_ids = [_translation_key(rng) for _ in range(2 * len(paragraphs))]
    texts = {}
    for language in LANGUAGES:
        body = []
        ids = iter(block_ids)
        for position, paragraph in enumerate(paragraphs):
            if position in headings:
                text = generator.render_title(headings[position], language)
                body.append(
                    {
                        "type": "heading",
                        "value": {"text": text, "level": "h2"},
                        "id": str(next(ids)),
                    }
                )
            body.append(
                {
                    "type": "paragraph",
                    "value": html_paragraphs([generator.render_text(paragraph, language)]),
                    "id": str(next(ids)),
                }
            )
        texts[language] = {
            "title": generator.render_title(title, language),
            "introduction": generator.render_text(introduction, language),
            "body": body,
        }
    record = _common(rng, "article", seq, title, texts, translated)
    day = BASE_DATE - datetime.timedelta(days=rng.randrange(3650))
    record.update(
        cluster=cluster.key,
        topics=_topics(rng, cluster),
        date=day,
        published=_published(rng, day),
    )
    return record


@lru_cache(maxsize=1)
def text_generator() -> TextGenerator:
    return TextGenerator(build_vocabulary())


# ---------------------------------------------------------------------------------------
# Writing


def int2str(number: int) -> str:
    """``number`` in Wagtail's path alphabet (base 36, upper case)."""
    alphabet = Page.alphabet
    digits = ""
    while True:
        number, digit = divmod(number, len(alphabet))
        digits = alphabet[digit] + digits
        if number == 0:
            return digits


def path_step(number: int) -> str:
    step = int2str(number)
    if len(step) > Page.steplen:
        raise ValueError(f"Too many children for one parent: {number}")
    return step.rjust(Page.steplen, Page.alphabet[0])


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Parent:
    """A page that receives generated children: where its next child goes."""

    page: Page
    next_step: int
    added: int = 0

    @classmethod
    def of(cls, page: Page) -> Parent:
        last = (
            Page.objects.filter(path__startswith=page.path, depth=page.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        return cls(page, int(last[-Page.steplen :], 36) + 1 if last else 1)

    def child(self) -> tuple[str, int]:
        path = self.page.path + path_step(self.next_step)
        self.next_step += 1
        self.added += 1
        return path, self.page.depth + 1


PAGE_DEFAULTS = {
    "latest_revision_id": None,
    "live": True,
    "has_unpublished_changes": False,
    "live_revision_id": None,
    "go_live_at": None,
    "expire_at": None,
    "expired": False,
    "locked": False,
    "locked_at": None,
    "locked_by_id": None,
    "owner_id": None,
    "alias_of_id": None,
    "show_in_menus": False,
    "seo_title": "",
    "search_description": "",
}


def field_default(model_field: models.Field, row: SimpleNamespace):
    if isinstance(model_field, models.UUIDField) and model_field.has_default():
        return uuid.uuid5(row.translation_key, f"{row.locale_id}:{model_field.name}")
    return model_field.get_default()


def insert_rows(model: type[models.Model], rows: list[SimpleNamespace]) -> None:
    """Insert rows of ``model``'s own table (not its parents'), attributes by attname."""
    fields = model._meta.local_concrete_fields
    for model_field in fields:
        if rows and not hasattr(rows[0], model_field.attname):
            # A field the generator does not know (added since): its default, with
            # UUIDs derived from the page so that a seed still gives the same rows.
            for row in rows:
                setattr(row, model_field.attname, field_default(model_field, row))
    size = max(1, connection.ops.bulk_batch_size(fields, rows)) if rows else 1
    for batch in chunked(rows, size):
        model._base_manager._insert(batch, fields=fields, raw=True)


class BenchWriter:
    """Writes generated records as live pages under the given parents.

    Page ids are allocated here (after the current maximum) so that child-table and
    many-to-many rows can be written without reading ids back; on PostgreSQL the id
    sequence is moved past them at the end (:meth:`finish`)."""

    def __init__(self, locales: dict[str, Locale], terms: dict[str, dict[str, int]]):
        self.locales = locales
        self.terms = terms
        self.next_id = (Page.objects.aggregate(models.Max("id"))["id__max"] or 0) + 1
        self.pages: list[SimpleNamespace] = []
        self.children: dict[type[models.Model], list[SimpleNamespace]] = {}
        self.m2m: dict[type[models.Model], list[models.Model]] = {}
        self.written = 0

    def page(self, model, record: dict, language: str, parent) -> SimpleNamespace:
        """Queue the page row and the ``model`` row of ``record`` in ``language``, as the
        next child of ``parent``: a :class:`Parent` (an existing page) or the queued row
        of a page generated in this run."""
        texts = record[language]
        if isinstance(parent, Parent):
            path, depth = parent.child()
            parent_url = parent.page.url_path
        else:
            parent.next_step += 1
            path = parent.path + path_step(parent.next_step)
            depth = parent.depth + 1
            parent_url = parent.url_path
        first, last = record["published"]
        row = SimpleNamespace(
            **PAGE_DEFAULTS,
            id=self.next_id,
            page_ptr_id=self.next_id,
            path=path,
            depth=depth,
            numchild=0,
            next_step=0,
            translation_key=record["translation_key"],
            locale_id=self.locales[language].pk,
            first_published_at=first,
            last_published_at=last,
            latest_revision_created_at=last,
            title=texts["title"],
            draft_title=texts["title"],
            slug=texts["slug"],
            content_type_id=ContentType.objects.get_for_model(model).pk,
            url_path=f"{parent_url}{texts['slug']}/",
            introduction=texts["introduction"],
        )
        self.next_id += 1
        self.pages.append(row)
        self.children.setdefault(model, []).append(row)
        return row

    def relate(self, model, field_name: str, page_id: int, term_ids: Iterable[int]) -> None:
        through = model._meta.get_field(field_name).remote_field.through
        source, target = (
            f.attname
            for f in through._meta.local_concrete_fields
            if isinstance(f, models.ForeignKey)
        )
        self.m2m.setdefault(through, []).extend(
            through(**{source: page_id, target: term_id}) for term_id in term_ids
        )

    def add_provider(self, record: dict, parents: dict, children: dict[str, int]) -> dict:
        """Queue a provider in its languages; ``children``: its services per language."""
        from catalogue.models import ProviderPage

        rows = {}
        for language in LANGUAGES:
            if language not in record:
                continue
            row = self.page(ProviderPage, record, language, parents[language])
            row.__dict__.update(
                numchild=children.get(language, 0),
                legal_status=record["legal_status"],
                pillar_id=self.terms["pillar"][record["pillar"]],
                description=record[language]["description"],
                website="",
                email=record["email"],
                phone=record["phone"],
                codice_fiscale="",
                partita_iva="",
                runts_number="",
                logo_id=None,
            )
            rows[language] = row
        return rows

    def add_service(self, record: dict, providers: dict, pillar: str) -> None:
        from catalogue.models import ServicePage

        terms = self.terms
        for language in LANGUAGES:
            if language not in record:
                continue
            texts = record[language]
            row = self.page(ServicePage, record, language, providers[language])
            row.__dict__.update(
                status="active",
                status_reason="",
                description=texts["description"],
                audience=texts["audience"],
                min_age=None,
                max_age=None,
                how_to=texts["how_to"],
                outcome=texts["outcome"],
                times="",
                online_url="",
                booking_url="",
                phone=record["phone"],
                email=record["email"],
                desk="",
                is_free=record["is_free"],
                cost_description=texts["cost_description"],
                welfare_credit=record["welfare_credit"],
                conditions=texts["conditions"],
                further_information="",
                category_id=terms["category"][record["category"]],
                pillar_id=terms["pillar"][pillar],
                verified_on=record["verified_on"],
            )
            # Translations share their source's terms (synchronised fields).
            self.relate(
                ServicePage, "topics", row.id, (terms["topic"][s] for s in record["topics"])
            )
            self.relate(
                ServicePage,
                "target_groups",
                row.id,
                (terms["target"][code] for code in record["target_groups"]),
            )
            self.relate(
                ServicePage,
                "municipalities",
                row.id,
                (terms["municipality"][code] for code in record["municipalities"]),
            )

    def add_article(self, record: dict, parents: dict) -> None:
        from articles.models import ArticlePage

        for language in LANGUAGES:
            if language not in record:
                continue
            texts = record[language]
            row = self.page(ArticlePage, record, language, parents[language])
            row.__dict__.update(
                date=record["date"], lead_image_id=None, lead_image_alt="", body=texts["body"]
            )
            self.relate(
                ArticlePage, "topics", row.id, (self.terms["topic"][s] for s in record["topics"])
            )

    def flush(self) -> None:
        """Write everything queued (pages before their child rows and relations)."""
        insert_rows(Page, self.pages)
        for model, rows in self.children.items():
            insert_rows(model, rows)
        for through, rows in self.m2m.items():
            through.objects.bulk_create(rows, batch_size=2000)
        self.written += len(self.pages)
        self.pages, self.children, self.m2m = [], {}, {}

    def finish(self, parents: Iterable[Parent]) -> None:
        for parent in parents:
            Page.objects.filter(pk=parent.page.pk).update(
                numchild=models.F("numchild") + parent.added
            )
        reset_page_sequence()


def reset_page_sequence() -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), [Page])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def bench_page_ids() -> list[int]:
    return list(
        Page.objects.filter(slug__startswith=SLUG_PREFIX)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@transaction.atomic
def delete_bench_pages(parents: Iterable[Page]) -> int:
    """Delete every generated page, with all rows that point to them, in bulk (Wagtail's
    page deletion runs signal handlers per page), then recount ``parents``' children."""
    ids = bench_page_ids()
    page_models = [*get_page_models()]
    relations = []
    for model in page_models:
        for relation in model._meta.get_fields(include_hidden=True):
            if (
                (relation.one_to_many or relation.one_to_one)
                and relation.auto_created
                and not relation.concrete
                and not getattr(relation, "parent_link", False)
                and relation.related_model not in page_models
            ):
                relations.append(relation)
    page_types = ContentType.objects.get_for_models(*page_models).values()
    from wagtail.search.models import IndexEntry

    for chunk in chunked(ids, 2000):
        for relation in relations:
            relation.related_model._base_manager.filter(
                **{f"{relation.field.name}__in": chunk}
            ).delete()
        IndexEntry.objects.filter(
            content_type__in=page_types, object_id__in=[str(pk) for pk in chunk]
        ).delete()
        for model in reversed(page_models):
            if model is not Page:
                model._base_manager.filter(pk__in=chunk)._raw_delete(connection.alias)
        Page._base_manager.filter(pk__in=chunk)._raw_delete(connection.alias)
    for parent in parents:
        Page.objects.filter(pk=parent.pk).update(
            numchild=Page.objects.filter(
                path__startswith=parent.path, depth=parent.depth + 1
            ).count()
        )
    return len(ids)


# ---------------------------------------------------------------------------------------
# The whole run


@dataclass
class Site:
    locales: dict[str, Locale]
    article_indexes: dict[str, Page]
    catalogues: dict[str, Page]
    terms: dict[str, dict[str, int]]

    @property
    def parents(self) -> list[Page]:
        return [*self.article_indexes.values(), *self.catalogues.values()]


def prepare_site() -> Site:
    """Locales, home, vocabularies, municipalities and the two index pages in both
    languages, through the demo loaders (idempotent: what exists is kept)."""
    from articles.demo import INDEX_TEXTS, load_topics_and_authors
    from articles.factories import ArticleIndexPageFactory
    from articles.models import ArticleIndexPage, Topic
    from catalogue.demo import ensure_index, load_vocabularies
    from catalogue.models import Municipality, Pillar, ServiceCategory, TargetGroup
    from home.demo import ensure_home, ensure_locales
    from home.translation import publish_translation

    italian, english = ensure_locales()
    home = ensure_home(italian, english)
    load_topics_and_authors(english)
    load_vocabularies(english)
    article_index = ArticleIndexPage.objects.child_of(home).first()
    if article_index is None:
        article_index = ArticleIndexPageFactory(
            parent=home, show_in_menus=True, **{f: t[0] for f, t in INDEX_TEXTS.items()}
        )
        article_index.save_revision().publish()
    if not article_index.has_translation(english):
        publish_translation(article_index, english, dict(INDEX_TEXTS.values()))
    catalogue = ensure_index(home, english)

    def codes(model, key="code"):
        return dict(model.objects.filter(locale=italian).values_list(key, "pk"))

    return Site(
        locales={"it": italian, "en": english},
        article_indexes={
            "it": Page.objects.get(pk=article_index.pk),
            "en": Page.objects.get(pk=article_index.get_translation(english).pk),
        },
        catalogues={
            "it": Page.objects.get(pk=catalogue.pk),
            "en": Page.objects.get(pk=catalogue.get_translation(english).pk),
        },
        terms={
            "topic": codes(Topic, "slug"),
            "category": codes(ServiceCategory),
            "pillar": codes(Pillar),
            "target": codes(TargetGroup),
            "municipality": codes(Municipality),
        },
    )


BATCH = 2000


def write_pages(site: Site, pages: int, seed: int, timings: dict[str, float]) -> Counts:
    """Generate and write ``pages`` pages; adds generation and writing seconds per kind
    to ``timings``."""
    import time

    plan = plan_site(pages, seed)
    writer = BenchWriter(site.locales, site.terms)
    article_parents = {lang: Parent.of(page) for lang, page in site.article_indexes.items()}
    catalogue_parents = {lang: Parent.of(page) for lang, page in site.catalogues.items()}
    municipalities = sorted(site.terms["municipality"])

    def timed(name: str, started: float) -> float:
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - started
        return now

    children = [{"it": 0, "en": 0} for _ in range(plan.counts.providers)]
    for seq, provider in enumerate(plan.service_provider):
        children[provider]["it"] += 1
        children[provider]["en"] += plan.service_translated[seq]

    started = time.perf_counter()
    providers = []
    for seq in range(plan.counts.providers):
        record = provider_record(seed, seq, plan.provider_translated[seq])
        rows = writer.add_provider(record, catalogue_parents, children[seq])
        providers.append((rows, record["pillar"]))
    started = timed("providers: generate", started)
    writer.flush()
    started = timed("providers: write", started)

    for batch in chunked(range(plan.counts.services), BATCH):
        records = [
            service_record(seed, seq, plan.service_translated[seq], municipalities) for seq in batch
        ]
        for seq, record in zip(batch, records, strict=True):
            rows, pillar = providers[plan.service_provider[seq]]
            writer.add_service(record, rows, pillar)
        started = timed("services: generate", started)
        writer.flush()
        started = timed("services: write", started)

    for batch in chunked(range(plan.counts.articles), BATCH):
        for seq in batch:
            writer.add_article(
                article_record(seed, seq, plan.article_translated[seq]), article_parents
            )
        started = timed("articles: generate", started)
        writer.flush()
        started = timed("articles: write", started)

    writer.finish([*article_parents.values(), *catalogue_parents.values()])
    timed("finish", started)
    return plan.counts
