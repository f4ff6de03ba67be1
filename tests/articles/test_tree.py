from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticleIndexPage, ArticlePage
from catalogue.models import CatalogueIndexPage
from home.models import HomePage, InfoPage


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_sits_at_the_root_and_holds_the_article_index(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {ArticleIndexPage, CatalogueIndexPage, InfoPage})
        self.assertAllowedParentPageTypes(InfoPage, {HomePage})
        self.assertAllowedSubpageTypes(InfoPage, set())

    def test_article_index_lives_under_home_and_holds_only_articles(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})

    def test_articles_are_leaves_under_the_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanCreateAt(ArticleIndexPage, ArticlePage)
