from django.urls import reverse

from bowlby.assessment import ITEMS
from bowlby.web.assessment.models import Draft
from tests.web.base import BaseTestCase

TAKE = reverse("assessment:take")


class TakeTests(BaseTestCase):
    def test_it_shows_the_first_question_with_progress(self):
        response = self.client.get(TAKE)
        self.assertContains(response, ITEMS[0].text)
        self.assertContains(response, f"1 of {len(ITEMS)}")
        self.assertContains(response, 'name="answer"', count=7)

    def test_it_saves_each_answer_and_resumes_after_a_reload(self):
        self.client.post(TAKE, {"item": ITEMS[0].id, "answer": "5"})
        self.client.post(TAKE, {"item": ITEMS[1].id, "answer": "2"})
        draft = Draft.objects.get()
        self.assertEqual(draft.answers, {ITEMS[0].id: 5, ITEMS[1].id: 2})
        self.assertIsNone(draft.owner)
        response = self.client.get(TAKE)  # a reload lands on the first unanswered question
        self.assertContains(response, ITEMS[2].text)
        self.assertContains(response, f"3 of {len(ITEMS)}")

    def test_it_keeps_a_logged_in_draft_on_the_account(self):
        self.login(self.owner)
        self.client.post(TAKE, {"item": ITEMS[0].id, "answer": "7"})
        self.assertEqual(Draft.objects.get(owner=self.owner).answers, {ITEMS[0].id: 7})

    def test_it_rejects_an_out_of_range_answer_clearly_and_loses_nothing(self):
        self.client.post(TAKE, {"item": ITEMS[0].id, "answer": "4"})
        response = self.client.post(TAKE, {"item": ITEMS[1].id, "answer": "9"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "Choose one of the seven answers", status_code=400)
        self.assertContains(response, ITEMS[1].text, status_code=400)  # same question again
        self.assertEqual(Draft.objects.get().answers, {ITEMS[0].id: 4})

    def test_it_rejects_a_missing_answer_and_an_unknown_item(self):
        self.assertEqual(self.client.post(TAKE, {"item": ITEMS[0].id}).status_code, 400)
        response = self.client.post(TAKE, {"item": "nope", "answer": "3"})
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Draft.objects.exists())

    def test_it_answers_htmx_with_the_next_question_only(self):
        response = self.client.post(
            TAKE, {"item": ITEMS[0].id, "answer": "3"}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, ITEMS[1].text)
        self.assertNotContains(response, "<html")

    def test_it_shows_an_htmx_error_in_place(self):
        response = self.client.post(
            TAKE, {"item": ITEMS[0].id, "answer": "0"}, headers={"HX-Request": "true"}
        )
        self.assertContains(response, "Choose one of the seven answers")  # 200: htmx swaps it

    def test_it_goes_back_to_an_answered_question_with_the_answer_checked(self):
        self.client.post(TAKE, {"item": ITEMS[0].id, "answer": "6"})
        response = self.client.get(TAKE + "?q=1")
        self.assertContains(response, ITEMS[0].text)
        self.assertContains(response, 'value="6" checked')

    def test_it_offers_the_result_when_every_question_is_answered(self):
        for item in ITEMS:
            response = self.client.post(TAKE, {"item": item.id, "answer": "4"})
        self.assertRedirects(response, TAKE)
        self.assertContains(self.client.get(TAKE), "See my result")
