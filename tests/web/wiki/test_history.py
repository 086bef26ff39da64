from django.urls import reverse

from bowlby.web.wiki.diff import diff_rows
from bowlby.web.wiki.services import restore_revision, save_revision
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article, make_editor


class RevisionTests(BaseTestCase):
    def setUp(self):
        self.article = make_article()
        self.original = self.article.snapshot()
        save_revision(
            self.article,
            {**self.original, "body": self.original["body"] + "\nA <b>new</b> line.\n"},
            author=self.owner,
            summary="Added a line",
        )

    def test_it_restores_an_old_revision_as_a_new_revision(self):
        make_editor(self.owner)
        self.login(self.owner)
        response = self.client.post(reverse("wiki:restore", args=[self.article.slug, 1]))
        self.assertRedirects(response, reverse("wiki:history", args=[self.article.slug]))
        self.article.refresh_from_db()
        self.assertEqual(self.article.snapshot(), self.original)
        numbers = list(self.article.revisions.values_list("number", "edit_summary"))
        self.assertEqual(numbers[0], (3, "Restored revision 1"))
        self.assertEqual(len(numbers), 3)

    def test_it_refuses_restore_by_get(self):
        make_editor(self.owner)
        self.login(self.owner)
        response = self.client.get(reverse("wiki:restore", args=[self.article.slug, 1]))
        self.assertEqual(response.status_code, 405)

    def test_it_keeps_revisions_when_their_author_is_deleted(self):
        self.owner.delete()
        revision = self.article.revisions.first()
        self.assertIsNone(revision.author)
        self.assertEqual(revision.edit_summary, "Added a line")

    def test_it_shows_an_old_revision(self):
        response = self.client.get(reverse("wiki:revision", args=[self.article.slug, 1]))
        self.assertContains(response, "revision 1")
        self.assertNotContains(response, "new</b> line")


class DiffTests(BaseTestCase):
    def setUp(self):
        self.article = make_article()
        snapshot = self.article.snapshot()
        save_revision(
            self.article,
            {
                **snapshot,
                "title": "Silent about money",
                "body": snapshot["body"].replace(
                    "Sam goes quiet", "Sam says <script>alert(1)</script>"
                ),
            },
            author=self.owner,
            summary="Rewrote",
        )

    def test_it_marks_changed_lines_and_metadata(self):
        rows = diff_rows(*(r.snapshot() for r in self.article.revisions.order_by("number")))
        deleted = [r.text for r in rows if r.kind == "delete"]
        inserted = [r.text for r in rows if r.kind == "insert"]
        self.assertIn("title: Quiet about money", deleted)
        self.assertIn("title: Silent about money", inserted)
        self.assertIn("Sam says <script>alert(1)</script> whenever Alex raises money.", inserted)
        self.assertFalse(any("FAQ" in r.text for r in rows if r.kind != "equal"))

    def test_it_renders_the_diff_as_an_escaped_table(self):
        url = reverse("wiki:diff", args=[self.article.slug])
        response = self.client.get(url, {"from": 1, "to": 2})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('<table class="wiki-diff">', html)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", html)
        self.assertNotIn("<script>alert(1)", html)
        self.assertIn('class="diff-insert"', html)
        self.assertIn('class="diff-delete"', html)

    def test_it_diffs_any_two_revisions_in_either_order(self):
        url = reverse("wiki:diff", args=[self.article.slug])
        response = self.client.get(url, {"from": 2, "to": 1})
        self.assertContains(response, "title: Quiet about money")
        self.assertEqual(self.client.get(url, {"from": 9, "to": 1}).status_code, 404)
        self.assertEqual(self.client.get(url, {"from": "x"}).status_code, 404)

    def test_it_compares_the_two_latest_by_default(self):
        response = self.client.get(reverse("wiki:diff", args=[self.article.slug]))
        self.assertContains(response, "From revision 1")

    def test_it_says_when_two_revisions_are_the_same(self):
        restore_revision(self.article.revisions.get(number=2), author=self.owner)
        response = self.client.get(
            reverse("wiki:diff", args=[self.article.slug]), {"from": 2, "to": 3}
        )
        self.assertContains(response, "The two revisions are the same")
