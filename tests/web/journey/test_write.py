import datetime as dt

from django.urls import reverse
from django.utils import timezone

from bowlby.safety import HELP_MESSAGE
from bowlby.web.journey.models import Draft, Entry
from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program

VALUES = ["honesty", "play", "rest", "curiosity", "care"]


class WriteTests(BaseTestCase):
    def setUp(self):
        start_program(self.owner)
        self.login(self.owner)
        self.today = timezone.localdate().isoformat()

    def test_it_renders_a_form_field_for_every_field_of_every_exercise(self):
        from bowlby.program import EXERCISES

        for kind, exercise in EXERCISES.items():
            response = self.client.get(reverse("journey:write", args=[kind]))
            self.assertEqual(response.status_code, 200, kind)
            for field in exercise.fields:
                self.assertContains(response, f'name="{field.name}"', msg_prefix=kind)

    def test_it_stores_an_exception_log_as_a_validated_dict(self):
        response = self.client.post(
            reverse("journey:write", args=["exception_log"]),
            {
                "date": self.today,
                "is_exception": "yes",
                "context": "evening, kitchen",
                "actions": "cooked together",
                "meaning": "Doing something side by side helps",
            },
        )
        self.assertRedirects(response, reverse("journey:today"))
        entry = Entry.objects.get(owner=self.owner)
        self.assertEqual(entry.kind, "exception_log")
        self.assertIs(entry.fields["is_exception"], True)
        self.assertEqual(entry.fields["context"], ["evening", "kitchen"])

    def test_it_rejects_a_score_outside_the_scale_and_keeps_every_answer(self):
        response = self.client.post(
            reverse("journey:write", args=["scaling"]),
            {
                "date": self.today,
                "score": "11",
                "why_not_lower": "We still laugh",
                "one_point_up": "A quiet dinner",
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "outside the scale", status_code=400)
        self.assertContains(response, 'value="11"', status_code=400)
        self.assertContains(response, "We still laugh", status_code=400)
        self.assertFalse(Entry.objects.exists())
        # …and the typed text survives a reload as a draft.
        again = self.client.get(reverse("journey:write", args=["scaling"]))
        self.assertContains(again, "A quiet dinner")

    def test_it_names_a_missing_required_answer(self):
        response = self.client.post(
            reverse("journey:write", args=["exception_log"]), {"date": self.today}
        )
        self.assertContains(response, "is required", status_code=400)

    def test_it_rejects_a_bad_date_and_a_future_date(self):
        url = reverse("journey:write", args=["exception_log"])
        bad = self.client.post(url, {"date": "yesterday-ish", "is_exception": "no"})
        self.assertContains(bad, "is not a date", status_code=400)
        future = (timezone.localdate() + dt.timedelta(days=5)).isoformat()
        later = self.client.post(url, {"date": future, "is_exception": "no"})
        self.assertContains(later, "in the future", status_code=400)
        self.assertFalse(Entry.objects.exists())

    def test_it_checks_the_number_of_ranked_values(self):
        response = self.client.post(
            reverse("journey:write", args=["value_ranking"]),
            {"date": self.today, "values": ["honesty", "play", "", ""], "focus": "play"},
        )
        self.assertContains(response, "at least 5", status_code=400)

    def test_it_keeps_the_ranked_order(self):
        self.client.post(
            reverse("journey:write", args=["value_ranking"]),
            {"date": self.today, "values": [*VALUES, "", ""], "focus": "rest"},
        )
        self.assertEqual(Entry.objects.get().fields["values"], VALUES)

    def test_it_moves_a_ranked_value_up_without_javascript(self):
        response = self.client.post(
            reverse("journey:write", args=["value_ranking"]),
            {"date": self.today, "values": VALUES, "focus": "", "_move": "values:3:up"},
        )
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertLess(html.index('value="rest"'), html.index('value="play"'))
        self.assertContains(response, 'data-focus="move-values-2-up"')
        self.assertFalse(Entry.objects.exists())
        draft = Draft.objects.get(owner=self.owner, kind="value_ranking")
        self.assertEqual(draft.data["values"][:3], ["honesty", "rest", "play"])

    def test_it_answers_crisis_language_with_help_not_an_exercise(self):
        response = self.client.post(
            reverse("journey:write", args=["exception_log"]),
            {"date": self.today, "is_exception": "no", "thoughts": "I want to die"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, HELP_MESSAGE[:50])
        self.assertNotContains(response, reverse("journey:write", args=["exception_log"]))
        self.assertTrue(Entry.objects.filter(owner=self.owner).exists())

    def test_it_edits_an_entry(self):
        entry = add_entry(self.owner, "exception_log", {"is_exception": False})
        response = self.client.post(
            reverse("journey:entry", args=[entry.pk]),
            {"date": entry.date.isoformat(), "is_exception": "yes", "when": "at lunch"},
        )
        self.assertEqual(response.status_code, 302)
        entry.refresh_from_db()
        self.assertTrue(entry.fields["is_exception"])
        self.assertEqual(entry.fields["when"], "at lunch")

    def test_it_hides_an_entry_from_an_outsider(self):
        entry = add_entry(self.owner, "exception_log", {"is_exception": False})
        self.assertOutsiderCannotSee(reverse("journey:entry", args=[entry.pk]))
        self.assertOutsiderCannotSee(
            reverse("journey:entry", args=[entry.pk]),
            method="post",
            data={"date": entry.date.isoformat(), "is_exception": "yes"},
        )
        entry.refresh_from_db()
        self.assertFalse(entry.fields["is_exception"])

    def test_it_answers_an_unknown_exercise_with_404(self):
        response = self.client.get(reverse("journey:write", args=["no_such_thing"]))
        self.assertEqual(response.status_code, 404)
