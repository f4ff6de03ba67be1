"""Demo editorial content: topics, authors, the article index and the explainers,
with English translations made through wagtail-localize."""

import html
import uuid
from datetime import date

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Locale

from home.factories import draw_lead_image
from home.models import HomeFeaturedArticle, HomePage
from home.translation import publish_translation

from .demo_data import ARTICLES, AUTHORS, TOPICS
from .factories import ArticleIndexPageFactory, ArticlePageFactory, AuthorFactory, TopicFactory
from .models import ArticleIndexPage, ArticlePage, ArticleRelatedPage, Author, Topic

INDEX_TEXTS = {
    "title": ("Articoli", "Articles"),
    "slug": ("articoli", "articles"),
    "introduction": (
        "Spiegazioni chiare sul welfare collaborativo, pubblico e aziendale: come funziona, "
        "chi lo offre e come usarlo.",
        "Clear explanations of collaborative, public and corporate welfare: how it works, "
        "who provides it and how to use it.",
    ),
}
FURTHER_READING = ("Per approfondire", "Further reading")
LEAD_IMAGE_ALT = (
    "Illustrazione astratta: cerchi colorati che si intrecciano",
    "Abstract illustration: interlocking coloured circles",
)


def stream_body(blocks: list, further_reading_title: str) -> list[dict]:
    """The stored StreamField form of a demo body written as (type, value) pairs."""
    stream = []
    for kind, value in blocks:
        if kind == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{html.escape(value)}</p>"})
        elif kind == "heading":
            stream.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "quote":
            quote, attribution = value
            stream.append({"type": "quote", "value": {"quote": quote, "attribution": attribution}})
        elif kind == "callout":
            title, text = value
            stream.append(
                {
                    "type": "callout",
                    "value": {"title": title, "text": f"<p>{html.escape(text)}</p>"},
                }
            )
        elif kind == "further_reading":
            # List items in the block format (type, value, id): wagtail-localize extracts
            # no strings from items stored as a plain list, so they stayed untranslated.
            links = [
                {
                    "type": "item",
                    "value": {"url": url, "title": title, "description": desc},
                    "id": str(uuid.uuid4()),
                }
                for url, title, desc in value
            ]
            stream.append(
                {
                    "type": "further_reading",
                    "value": {"title": further_reading_title, "links": links},
                }
            )
        else:
            raise ValueError(f"Unknown demo block type: {kind}")
    return stream


def block_texts(blocks: list) -> list[str]:
    """Every translatable text of a demo body, in order (URLs excluded)."""
    texts = []
    for kind, value in blocks:
        if kind in {"paragraph", "heading"}:
            texts.append(value)
        elif kind in {"quote", "callout"}:
            texts.extend(value)
        elif kind == "further_reading":
            for _url, title, description in value:
                texts.extend([title, description])
    return texts


def english_strings(article: dict) -> dict[str, str]:
    english = article["en"]
    pairs = [
        (article["title"], english["title"]),
        (article["slug"], english["slug"]),
        (article["introduction"], english["introduction"]),
        FURTHER_READING,
        LEAD_IMAGE_ALT,
        *zip(block_texts(article["body"]), block_texts(english["body"]), strict=True),
    ]
    return dict(pairs)


def load_topics_and_authors(english: Locale) -> None:
    """Create the vocabulary and the authors, or bring earlier ones up to date in place."""
    for slug, name_it, name_en, description_it, description_en in TOPICS:
        topic = TopicFactory(slug=slug, name=name_it, description=description_it)
        update_in_place(topic, name=name_it, description=description_it)
        if not translation_matches(topic, english, name=name_en, description=description_en):
            publish_translation(topic, english, {name_it: name_en, description_it: description_en})
    for slug, name, role_it, role_en in AUTHORS:
        author = AuthorFactory(slug=slug, name=name, role=role_it)
        update_in_place(author, name=name, role=role_it)
        if not translation_matches(author, english, name=name, role=role_en):
            publish_translation(author, english, {role_it: role_en})


def lead_image(seed: int, title: str):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model.objects.create(
            title=title,
            description=LEAD_IMAGE_ALT[0],
            file=ImageFile(draw_lead_image(seed), name=f"illustrazione-{seed}.png"),
        )
    return image


def load_articles(home: HomePage, italian: Locale, english: Locale) -> list[ArticlePage]:
    load_topics_and_authors(english)
    index = ArticleIndexPage.objects.child_of(home).first()
    if index is None:
        index = ArticleIndexPageFactory(
            parent=home, show_in_menus=True, **{f: t[0] for f, t in INDEX_TEXTS.items()}
        )
        index.save_revision().publish()
    if not index.has_translation(english):
        publish_translation(index, english, dict(INDEX_TEXTS.values()))

    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=italian)}
    authors = {author.slug: author for author in Author.objects.filter(locale=italian)}
    pages = []
    for seed, article in enumerate(ARTICLES):
        page = ArticlePage.objects.child_of(index).filter(slug=article["slug"]).first()
        if page is None:
            page = ArticlePageFactory(
                parent=index,
                title=article["title"],
                slug=article["slug"],
                introduction=article["introduction"],
                date=date.fromisoformat(article["date"]),
                body=stream_body(article["body"], FURTHER_READING[0]),
                lead_image=lead_image(seed, f"Illustrazione: {article['title']}"),
                lead_image_alt=LEAD_IMAGE_ALT[0],
                topics=[topics[slug] for slug in article["topics"]],
                authors=[authors[slug] for slug in article["authors"]],
            )
            page.save_revision().publish()
        elif not page_matches(page, article, FURTHER_READING[0]):
            # Loaded by an earlier version of the demo: bring it up to date in place.
            page.title = article["title"]
            page.introduction = article["introduction"]
            page.body = stream_body(article["body"], FURTHER_READING[0])
            page.topics.set([topics[slug] for slug in article["topics"]])
            page.save_revision().publish()
        pages.append(page)

    curate_related_articles(pages)
    feature_on_home(home, pages)

    for page, article in zip(pages, ARTICLES, strict=True):
        if not article["en"]:
            continue
        translated = page.get_translation_or_none(english)
        if translated is None or not page_matches(
            translated, {**article["en"], "topics": article["topics"]}, FURTHER_READING[1]
        ):
            publish_translation(page, english, english_strings(article))
    return pages


def update_in_place(instance, **values) -> None:
    """Give ``instance`` these field values, saving only when one differs."""
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save(update_fields=changed)


def translation_matches(instance, locale: Locale, **values) -> bool:
    """Whether ``instance`` has a translation into ``locale`` with these field values."""
    translated = instance.get_translation_or_none(locale)
    return translated is not None and all(
        getattr(translated, name) == value for name, value in values.items()
    )


def _comparable(data):
    """Stored StreamField data without block ids, with HTML entities decoded (translated
    rich text escapes fewer characters than the demo's source text)."""
    if isinstance(data, dict):
        return {key: _comparable(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_comparable(value) for value in data]
    return html.unescape(data) if isinstance(data, str) else data


def page_matches(page: ArticlePage, texts: dict, further_reading_title: str) -> bool:
    """Whether a live article page shows the demo record's title, introduction, body
    and topics (``texts`` is an article record or its English part plus the topics).
    The body is compared as stored, so one saved in an older format does not match."""
    expected_body = stream_body(texts["body"], further_reading_title)
    return (
        page.live
        and page.title == texts["title"]
        and page.introduction == texts["introduction"]
        and set(page.topics.values_list("slug", flat=True)) == set(texts["topics"])
        and _comparable(list(page.body.raw_data)) == _comparable(expected_body)
    )


# How many related articles the demo's editors pick for an article, at most.
PICKS = 2


def editors_picks() -> dict[str, list[str]]:
    """Each demo article's picks, by slug: the articles the judges graded a natural next
    read from it (mean grade at least ``STRICT`` in ``articles/demo_data/judgements.csv``),
    best first (then the newer), at most ``PICKS``. An article with none gets none, and
    its list is all automatic suggestions."""
    from search.evaluation import DEMO_JUDGEMENTS, STRICT, read_judgements

    dates = {article["slug"]: date.fromisoformat(article["date"]) for article in ARTICLES}
    found: dict[str, list[tuple[float, str]]] = {slug: [] for slug in dates}
    for pair, grade in read_judgements(DEMO_JUDGEMENTS).items():
        first, second = sorted(pair)
        if grade >= STRICT and first in found and second in found:
            found[first].append((grade, second))
            found[second].append((grade, first))
    return {
        slug: [
            other
            for _grade, other in sorted(
                others, key=lambda item: (-item[0], -dates[item[1]].toordinal(), item[1])
            )[:PICKS]
        ]
        for slug, others in found.items()
    }


def curate_related_articles(pages: list[ArticlePage]) -> None:
    """The editors' picks (``editors_picks``) for the articles that have none yet: what
    an editor chose, or changed, is never overwritten."""
    by_slug = {page.slug: page for page in pages}
    for slug, picks in editors_picks().items():
        page = by_slug.get(slug)
        others = [by_slug[other] for other in picks if other in by_slug]
        if page is None or not others or page.related_links.exists():
            continue
        for order, other in enumerate(others):
            ArticleRelatedPage.objects.create(page=page, related_page=other, sort_order=order)
        page.save_revision().publish()


def feature_on_home(home: HomePage, pages: list[ArticlePage]) -> None:
    """Feature the newest translated article of each theme."""
    if home.featured_articles.exists():
        return
    newest_by_theme = {}
    for page, article in zip(pages, ARTICLES, strict=True):
        if article["en"]:
            newest_by_theme[article["theme"]] = page
    for order, page in enumerate(newest_by_theme.values()):
        HomeFeaturedArticle.objects.create(page=home, article=page, sort_order=order)
    home.save_revision().publish()
