from django.urls import reverse

from bowlby.web.wiki.search import search
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article


class SearchTests(BaseTestCase):
    def setUp(self):
        make_article(
            "repair-guide",
            title="Repair after a rupture",
            tags=["repair"],
            summary="How to repair a rupture.",
            body="## The problem\n\nA rupture needs repair. Repair is talking about the moment.\n",
        )
        make_article(
            "mentions-repair",
            title="Gardening together",
            tags=["hobbies"],
            summary="Shared projects.",
            body="## The problem\n\nWeeding side by side. "
            + "Plants and soil and water. " * 20
            + "Sometimes a fence needs repair.\n",
        )
        make_article(
            "unrelated",
            title="Money talks",
            tags=["money"],
            body="## The problem\n\nBudgets <b>and</b> bills.\n",
        )

    def test_it_ranks_title_and_tag_matches_above_passing_mentions(self):
        slugs = [result.article.slug for result in search("repair")]
        self.assertEqual(slugs, ["repair-guide", "mentions-repair"])

    def test_it_requires_every_word(self):
        slugs = [result.article.slug for result in search("repair fence")]
        self.assertEqual(slugs, ["mentions-repair"])
        self.assertEqual(search("repair budgets"), [])

    def test_it_highlights_the_words_in_a_snippet(self):
        result = next(r for r in search("fence") if r.article.slug == "mentions-repair")
        self.assertIn("<mark>fence</mark>", result.snippet)
        self.assertLess(len(result.snippet), 400)

    def test_it_escapes_snippets(self):
        make_article(
            "hostile", title="Hostile", body="Budgets &lt;img src=x onerror=alert(1)&gt;\n"
        )
        for result in search("budgets"):
            self.assertNotIn("<img", result.snippet)

    def test_it_finds_words_in_other_forms(self):
        self.assertIn("repair-guide", [r.article.slug for r in search("ruptures")])

    def test_it_returns_nothing_for_an_empty_query(self):
        self.assertEqual(search("   "), [])

    def test_it_shows_ranked_results_with_snippets_on_the_page(self):
        response = self.client.get(reverse("wiki:search"), {"q": "repair"})
        html = response.content.decode()
        self.assertIn("2 articles", html)
        self.assertLess(html.index("Repair after a rupture"), html.index("Gardening together"))
        self.assertIn("<mark>", html)

    def test_it_keeps_the_query_in_the_box_escaped(self):
        response = self.client.get(reverse("wiki:search"), {"q": '"><script>x</script>'})
        self.assertNotContains(response, "<script>x</script>")
        self.assertContains(response, "0 articles")
