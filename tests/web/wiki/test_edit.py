from django.urls import reverse

from bowlby.web.wiki.models import Article, Revision
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article, make_editor


def form_data(article, **changes):
    data = {
        "title": article.title,
        "series": article.series,
        "number": "" if article.number is None else article.number,
        "tags": ", ".join(article.tags),
        "related": ", ".join(article.related),
        "summary": article.summary,
        "phrase": article.phrase,
        "body": article.body,
        "edit_summary": "Clarified the problem",
    }
    data.update(changes)
    return data


class EditPermissionTests(BaseTestCase):
    def setUp(self):
        self.article = make_article()
        self.urls = [
            reverse("wiki:edit", args=[self.article.slug]),
            reverse("wiki:new"),
        ]

    def test_it_forbids_editing_to_anonymous_readers_and_non_editors(self):
        for url in self.urls:
            self.assertEqual(self.client.get(url).status_code, 403)
            self.assertEqual(self.client.post(url, form_data(self.article)).status_code, 403)
        self.login(self.outsider)
        for url in self.urls:
            self.assertEqual(self.client.get(url).status_code, 403)
        response = self.client.post(
            self.urls[0], form_data(self.article, body="Vandalised\n", edit_summary="x")
        )
        self.assertEqual(response.status_code, 403)
        self.article.refresh_from_db()
        self.assertNotEqual(self.article.body, "Vandalised\n")

    def test_it_forbids_restoring_to_non_editors(self):
        url = reverse("wiki:restore", args=[self.article.slug, 1])
        self.assertEqual(self.client.post(url).status_code, 403)
        self.login(self.outsider)
        self.assertEqual(self.client.post(url).status_code, 403)
        self.assertEqual(self.article.revisions.count(), 1)

    def test_it_lets_readers_see_history_without_author_names(self):
        make_editor(self.owner)
        self.login(self.owner)
        self.client.post(
            reverse("wiki:edit", args=[self.article.slug]),
            form_data(self.article, summary="Changed"),
        )
        self.client.logout()
        response = self.client.get(reverse("wiki:history", args=[self.article.slug]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Clarified the problem")
        self.assertNotContains(response, "owner")
        self.assertNotContains(response, "Restore")


class EditTests(BaseTestCase):
    def setUp(self):
        self.article = make_article()
        make_editor(self.owner)
        self.login(self.owner)
        self.url = reverse("wiki:edit", args=[self.article.slug])

    def test_it_saves_an_edit_as_a_new_revision_with_author_and_summary(self):
        new_body = self.article.body.replace("Sam goes quiet", "Sam falls silent")
        response = self.client.post(self.url, form_data(self.article, body=new_body))
        self.assertRedirects(response, self.article.get_absolute_url())
        self.article.refresh_from_db()
        self.assertIn("Sam falls silent", self.article.body)
        self.assertTrue(self.article.edited_by_user)
        revision = self.article.revisions.first()
        self.assertEqual(
            (revision.number, revision.author, revision.edit_summary),
            (2, self.owner, "Clarified the problem"),
        )
        self.assertIn("Sam falls silent", revision.body)

    def test_it_keeps_what_was_typed_when_the_form_is_invalid(self):
        response = self.client.post(
            self.url, form_data(self.article, body="My careful new text\n", edit_summary="")
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "My careful new text")
        self.assertContains(response, "This field is required")
        self.assertEqual(self.article.revisions.count(), 1)

    def test_it_refuses_an_edit_that_changes_nothing(self):
        response = self.client.post(self.url, form_data(self.article))
        self.assertContains(response, "Nothing has changed")
        self.assertEqual(self.article.revisions.count(), 1)

    def test_it_refuses_related_slugs_that_do_not_exist(self):
        response = self.client.post(self.url, form_data(self.article, related="no-such-slug"))
        self.assertContains(response, "No article has the slug no-such-slug")

    def test_it_creates_a_new_article(self):
        article = Article(slug="brand-new", title="Brand new", body="## The problem\n\nText.\n")
        response = self.client.post(
            reverse("wiki:new"),
            {**form_data(article, edit_summary="First draft"), "slug": "brand-new"},
        )
        self.assertRedirects(response, reverse("wiki:article", args=["brand-new"]))
        self.assertEqual(Revision.objects.get(article__slug="brand-new").author, self.owner)

    def test_it_refuses_a_reserved_slug(self):
        article = Article(slug="search", title="Search", body="Text\n")
        response = self.client.post(reverse("wiki:new"), {**form_data(article), "slug": "search"})
        self.assertContains(response, "reserved address")
