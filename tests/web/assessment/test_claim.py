from django.contrib.auth import get_user_model
from django.urls import reverse

from bowlby.assessment import ITEMS
from bowlby.web.assessment.models import Draft, Result
from tests.web.assessment.helpers import answers
from tests.web.base import PASSWORD, BaseTestCase


class ClaimTests(BaseTestCase):
    def _finish_anonymously(self):
        for item_id, value in answers(anxiety=2, avoidance=6).items():
            self.client.post(reverse("assessment:take"), {"item": item_id, "answer": value})
        self.client.post(reverse("assessment:finish"))
        return Result.objects.get()

    def test_it_moves_an_anonymous_result_to_the_account_on_log_in(self):
        saved = self._finish_anonymously()
        self.assertIsNone(saved.owner)
        self.client.post(reverse("accounts:login"), {"username": "owner", "password": PASSWORD})
        saved.refresh_from_db()
        self.assertEqual(saved.owner, self.owner)
        self.assertEqual(
            self.client.get(reverse("assessment:result", args=[saved.pk])).status_code, 200
        )

    def test_it_moves_an_anonymous_draft_to_a_new_account_on_sign_up(self):
        self.client.post(reverse("assessment:take"), {"item": ITEMS[0].id, "answer": "3"})
        self.client.post(
            reverse("accounts:signup"),
            {
                "username": "newcomer",
                "email": "newcomer@example.org",
                "password1": "quiet-harbour-lamp-17",
                "password2": "quiet-harbour-lamp-17",
            },
        )
        user = get_user_model().objects.get(username="newcomer")
        self.assertEqual(Draft.objects.get(owner=user).answers, {ITEMS[0].id: 3})

    def test_it_merges_into_a_draft_the_account_already_has(self):
        Draft.objects.create(owner=self.owner, answers={ITEMS[0].id: 1, ITEMS[1].id: 1})
        self.client.post(reverse("assessment:take"), {"item": ITEMS[1].id, "answer": "6"})
        self.client.post(reverse("accounts:login"), {"username": "owner", "password": PASSWORD})
        self.assertEqual(
            Draft.objects.get(owner=self.owner).answers, {ITEMS[0].id: 1, ITEMS[1].id: 6}
        )
        self.assertEqual(Draft.objects.count(), 1)

    def test_it_does_not_show_an_anonymous_result_to_another_browser(self):
        saved = self._finish_anonymously()
        self.client.logout()
        self.client.cookies.clear()
        url = reverse("assessment:result", args=[saved.pk])
        self.assertEqual(self.client.get(url).status_code, 404)
        self.assertOutsiderCannotSee(url)
