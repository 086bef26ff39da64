from django.contrib.auth.models import Group

from bowlby.web.wiki.links import (
    FAMILY_ARTICLES,
    RUPTURE_ARTICLES,
    SCALE_ARTICLES,
    TOPIC_ARTICLES,
    article_for,
    links_for,
    wiki_links,
)
from bowlby.web.wiki.loader import ArticleFileError, parse_article, read_article_files
from bowlby.web.wiki.models import EDITORS_GROUP, Article
from bowlby.web.wiki.render import split_sections
from bowlby.web.wiki.services import import_articles, save_revision
from tests.web.base import BaseTestCase

SECTIONS = [
    "The problem",
    "Core concepts",
    "Practical steps",
    "Case examples",
    "Perspectives from the field",
    "Summary",
    "A phrase worth trying first",
    "FAQ",
    "Take the next step",
]


class DemoLoadingTests(BaseTestCase):
    def test_it_loads_every_article_file_with_all_sections(self):
        files = read_article_files()
        counts = import_articles()
        self.assertEqual(counts["created"], len(files))
        self.assertGreaterEqual(len(files), 17)
        for article in Article.objects.all():
            _, sections = split_sections(article.body)
            self.assertEqual([s.heading for s in sections], SECTIONS, article.slug)
            self.assertTrue(next(s for s in sections if s.kind == "faq").faq, article.slug)
            self.assertEqual(article.revisions.count(), 1)
            response = self.client.get(article.get_absolute_url())
            self.assertEqual(response.status_code, 200, article.slug)

    def test_it_is_idempotent_and_keeps_articles_people_edited(self):
        import_articles()
        edited = Article.objects.get(slug="secure-communication")
        save_revision(
            edited, {**edited.snapshot(), "summary": "An editor's summary."}, author=self.owner
        )
        untouched = Article.objects.get(slug="values")
        Article.objects.filter(pk=untouched.pk).update(summary="stale")
        counts = import_articles()
        self.assertEqual(counts["created"], 0)
        self.assertEqual(counts["updated"], 1)
        self.assertEqual(
            Article.objects.get(slug="secure-communication").summary, "An editor's summary."
        )
        self.assertNotEqual(Article.objects.get(slug="values").summary, "stale")
        self.assertEqual(import_articles()["updated"], 0)

    def test_it_links_related_slugs_only_to_real_articles(self):
        import_articles()
        slugs = set(Article.objects.values_list("slug", flat=True))
        for article in Article.objects.all():
            self.assertLessEqual(set(article.related), slugs, article.slug)

    def test_it_maps_analyzer_keys_to_existing_articles(self):
        import_articles()
        slugs = set(Article.objects.values_list("slug", flat=True))
        for table in (SCALE_ARTICLES, RUPTURE_ARTICLES, FAMILY_ARTICLES, TOPIC_ARTICLES):
            self.assertLessEqual(set(table.values()), slugs)
        self.assertEqual(article_for("avoidance"), "avoidant-and-preoccupied-communication")
        self.assertEqual(article_for("withdrawal"), "alliance-ruptures-and-repair")
        self.assertEqual(article_for("exploring"), "secure-communication")
        links = links_for(["avoidance", "resistance", "nonsense"])
        self.assertEqual(
            [link["url"] for link in links], ["/wiki/avoidant-and-preoccupied-communication/"]
        )
        self.assertEqual(wiki_links(["missing"]), [])

    def test_it_creates_the_editors_group(self):
        self.assertTrue(Group.objects.filter(name=EDITORS_GROUP).exists())


class ParseTests(BaseTestCase):
    def test_it_splits_front_matter_on_the_first_colon_space_only(self):
        source = parse_article(
            "---\ntitle: Why: a question\nslug: why\nnumber: 7\ntags: [a, b]\n---\nBody\n"
        )
        self.assertEqual(
            (source.title, source.number, source.tags), ("Why: a question", 7, ["a", "b"])
        )

    def test_it_names_the_file_and_line_of_a_bad_front_matter_line(self):
        with self.assertRaisesRegex(ArticleFileError, r"x\.md, line 3"):
            parse_article("---\ntitle: T\nslug-without-value\n---\n", source="x.md")
        with self.assertRaisesRegex(ArticleFileError, "never closed"):
            parse_article("---\ntitle: T\n", source="x.md")
        with self.assertRaisesRegex(ArticleFileError, "'slug:'"):
            parse_article("---\ntitle: T\n---\nBody\n", source="x.md")
