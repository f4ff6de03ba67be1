import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory, TopicFactory
from home.translation import publish_translation


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def topics(locales):
    english = locales[1]
    pairs = [("lavoro", "Lavoro", "Work"), ("anziani", "Anziani", "Older people")]
    created = {}
    for slug, italian_name, english_name in pairs:
        topic = TopicFactory(slug=slug, name=italian_name)
        publish_translation(topic, english, {italian_name: english_name})
        created[slug] = topic
    return created


@pytest.fixture
def make_articles(index):
    def make(count, **kwargs):
        return [ArticlePageFactory(parent=index, **kwargs) for _ in range(count)]

    return make
