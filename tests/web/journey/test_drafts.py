from django.urls import reverse
from django.utils import timezone

from bowlby.safety import HELP_MESSAGE
from bowlby.web.journey.models import Draft
from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class DraftTests(BaseTestCase):
    def setUp(self):
        start_program(self.owner)
        self.login(self.owner)
        self.today = timezone.localdate().isoformat()

    def test_it_wires_every_input_to_the_draft_endpoint(self):
        response = self.client.get(reverse("journey:write", args=["exception_log"]))
        draft_url = reverse("journey:draft", args=["exception_log"])
        self.assertContains(response, f'hx-post="{draft_url}"')
        self.assertContains(response, 'hx-trigger="keyup changed delay:800ms"')

    def test_it_saves_a_draft_and_restores_it_on_reload(self):
        url = reverse("journey:draft", args=["hope_question"])
        response = self.client.post(
            url, {"date": self.today, "a_little_better": "We eat together, phones aw"}
        )
        self.assertContains(response, "Draft saved")
        self.client.post(
            url, {"date": self.today, "a_little_better": "We eat together, phones away"}
        )
        self.assertEqual(Draft.objects.filter(owner=self.owner).count(), 1)
        page = self.client.get(reverse("journey:write", args=["hope_question"]))
        self.assertContains(page, "We eat together, phones away")

    def test_it_clears_the_draft_once_the_entry_is_saved(self):
        self.client.post(
            reverse("journey:draft", args=["hope_question"]),
            {"date": self.today, "a_little_better": "A calm dinner"},
        )
        self.client.post(
            reverse("journey:write", args=["hope_question"]),
            {"date": self.today, "a_little_better": "A calm dinner"},
        )
        self.assertFalse(Draft.objects.filter(owner=self.owner).exists())

    def test_it_keeps_an_edit_draft_apart_from_a_new_entry_draft(self):
        entry = add_entry(self.owner, "hope_question", {"a_little_better": "first"})
        self.client.post(
            reverse("journey:entry_draft", args=[entry.pk]),
            {"date": self.today, "a_little_better": "first, changed"},
        )
        self.assertContains(
            self.client.get(reverse("journey:entry", args=[entry.pk])), "first, changed"
        )
        self.assertNotContains(
            self.client.get(reverse("journey:write", args=["hope_question"])), "first, changed"
        )

    def test_it_points_to_help_when_a_draft_holds_crisis_language(self):
        response = self.client.post(
            reverse("journey:draft", args=["exception_log"]),
            {"date": self.today, "thoughts": "he hits me when he drinks"},
        )
        self.assertContains(response, HELP_MESSAGE[:50])

    def test_it_only_accepts_drafts_by_post(self):
        response = self.client.get(reverse("journey:draft", args=["exception_log"]))
        self.assertEqual(response.status_code, 405)

    def test_it_keeps_drafts_private(self):
        draft = Draft.objects.create(owner=self.owner, kind="hope_question", data={"x": "secret"})
        entry = add_entry(self.owner, "hope_question", {"a_little_better": "mine"})
        self.assertOutsiderCannotSee(
            reverse("journey:draft_discard", args=[draft.pk]), method="post"
        )
        self.assertOutsiderCannotSee(
            reverse("journey:entry_draft", args=[entry.pk]),
            method="post",
            data={"a_little_better": "theirs"},
        )
        self.assertTrue(Draft.objects.filter(pk=draft.pk).exists())
        self.assertFalse(Draft.objects.filter(entry=entry).exists())
        # The outsider's own draft for the same exercise never shows the owner's text.
        self.login(self.outsider)
        start_program(self.outsider)
        page = self.client.get(reverse("journey:write", args=["hope_question"]))
        self.assertNotContains(page, "secret")

    def test_it_discards_a_draft(self):
        draft = Draft.objects.create(owner=self.owner, kind="hope_question", data={})
        self.client.post(reverse("journey:draft_discard", args=[draft.pk]))
        self.assertFalse(Draft.objects.filter(pk=draft.pk).exists())
