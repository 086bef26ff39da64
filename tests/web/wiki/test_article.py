import json
import re

from django.urls import reverse

from bowlby.web.wiki.models import Article
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article


class ArticlePageTests(BaseTestCase):
    def setUp(self):
        make_article("other", title="Another article", tags=["money"])
        self.article = make_article(related=["other"])

    def test_it_shows_an_article_to_an_anonymous_reader(self):
        response = self.client.get(reverse("wiki:article", args=[self.article.slug]))
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Quiet about money", html)
        self.assertIn('<h2 id="core-concepts">Core concepts</h2>', html)
        self.assertNotIn(reverse("wiki:edit", args=[self.article.slug]), html)

    def test_it_renders_the_phrase_with_a_copy_button(self):
        html = self.client.get(self.article.get_absolute_url()).content.decode()
        self.assertRegex(html, r'<q id="phrase-text">Can we try that again, more slowly\?</q>')
        self.assertIn('data-copy-target="#phrase-text"', html)

    def test_it_emits_the_faq_as_json_ld(self):
        html = self.client.get(self.article.get_absolute_url()).content.decode()
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(block.group(1))
        self.assertEqual(
            [q["name"] for q in data["mainEntity"]],
            ["Is going quiet always a rupture?", "What helps first?"],
        )

    def test_it_links_to_the_test_and_related_articles(self):
        html = self.client.get(self.article.get_absolute_url()).content.decode()
        self.assertIn('href="/test/"', html)
        self.assertIn(f'href="{reverse("wiki:article", args=["other"])}"', html)

    def test_it_answers_404_for_an_unknown_slug(self):
        response = self.client.get(reverse("wiki:article", args=["no-such-article"]))
        self.assertEqual(response.status_code, 404)


class ListingTests(BaseTestCase):
    def setUp(self):
        make_article("first", title="First one", number=2, tags=["repair"])
        make_article("second", title="Second one", number=1, tags=["money"])
        make_article("elsewhere", title="Elsewhere", series="Another Series", number=1)

    def test_it_lists_series_in_number_order_on_the_index(self):
        html = self.client.get(reverse("wiki:index")).content.decode()
        self.assertLess(html.index("Second one"), html.index("First one"))
        self.assertIn("Another Series", html)

    def test_it_lists_only_articles_with_the_tag(self):
        html = self.client.get(reverse("wiki:tag", args=["repair"])).content.decode()
        self.assertIn("First one", html)
        self.assertNotIn("Second one", html)
        self.assertEqual(self.client.get(reverse("wiki:tag", args=["nothing"])).status_code, 404)

    def test_it_lists_a_series(self):
        slug = Article.objects.get(slug="elsewhere").series_slug
        html = self.client.get(reverse("wiki:series", args=[slug])).content.decode()
        self.assertIn("Elsewhere", html)
        self.assertNotIn("First one", html)


class CallToActionTests(BaseTestCase):
    def test_it_offers_the_test_even_without_a_next_step_section(self):
        article = make_article("bare", body="## The problem\n\nJust this.\n")
        response = self.client.get(article.get_absolute_url())
        self.assertContains(response, 'href="/test/">Take the test</a>')

    def test_it_gives_the_test_one_button_when_the_article_has_a_next_step(self):
        article = make_article()
        html = self.client.get(article.get_absolute_url()).content.decode()
        self.assertEqual(html.count('class="button" href="/test/"'), 1)
