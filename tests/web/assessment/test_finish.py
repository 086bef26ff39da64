from django.urls import reverse

from bowlby.assessment import ITEMS
from bowlby.web.assessment.models import Draft, Result
from tests.web.assessment.helpers import answers
from tests.web.base import BaseTestCase


class FinishTests(BaseTestCase):
    def test_it_scores_the_draft_and_opens_the_result(self):
        self.login(self.owner)
        Draft.objects.create(owner=self.owner, answers=answers(anxiety=6, avoidance=2))
        response = self.client.post(reverse("assessment:finish"))
        saved = Result.objects.get(owner=self.owner)
        self.assertRedirects(response, reverse("assessment:result", args=[saved.pk]))
        self.assertEqual(saved.data["pattern"], "anxious")
        self.assertEqual(saved.answers["anx01"], 6)
        self.assertFalse(Draft.objects.exists())

    def test_it_sends_an_unfinished_draft_to_the_missing_question(self):
        self.login(self.owner)
        given = answers()
        del given[ITEMS[5].id]
        Draft.objects.create(owner=self.owner, answers=given)
        response = self.client.post(reverse("assessment:finish"))
        self.assertRedirects(response, reverse("assessment:take") + "?q=6")
        self.assertFalse(Result.objects.exists())
        self.assertEqual(len(Draft.objects.get().answers), len(ITEMS) - 1)

    def test_it_refuses_get(self):
        self.assertEqual(self.client.get(reverse("assessment:finish")).status_code, 405)

    def test_it_sends_someone_without_a_draft_to_the_start(self):
        response = self.client.post(reverse("assessment:finish"))
        self.assertRedirects(response, reverse("assessment:start"))
        self.assertFalse(Result.objects.exists())
