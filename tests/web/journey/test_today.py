from django.urls import reverse

from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class TodayTests(BaseTestCase):
    def test_it_shows_the_day_phase_and_exercises_of_today(self):
        start_program(self.owner, days_ago=9)  # day 10: the exception log
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertContains(response, "Day 10")
        self.assertContains(response, "Resource identification")
        self.assertContains(response, reverse("journey:write", args=["exception_log"]))

    def test_it_never_counts_streaks_or_missed_days(self):
        start_program(self.owner, days_ago=20)
        add_entry(self.owner, "coping_list", {"ways_i_cope": ["a walk"]}, days_ago=12)
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        text = response.content.decode().lower()
        self.assertNotIn("streak", text)
        self.assertNotIn("missed", text)
        self.assertIn("welcome back", text)

    def test_it_shows_what_was_written_last_time(self):
        start_program(self.owner, days_ago=9)
        add_entry(
            self.owner,
            "exception_log",
            {"is_exception": True, "meaning": "Slow mornings help us"},
            days_ago=1,
        )
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertContains(response, "What you wrote last time")
        self.assertContains(response, "Slow mornings help us")

    def test_it_shows_someone_else_none_of_my_entries(self):
        start_program(self.owner)
        add_entry(self.owner, "exception_log", {"is_exception": True, "meaning": "private words"})
        start_program(self.outsider)
        self.login(self.outsider)
        response = self.client.get(reverse("journey:today"))
        self.assertNotContains(response, "private words")

    def test_it_gives_solo_instructions_for_the_listening_exercise_when_alone(self):
        start_program(self.owner, days_ago=1)  # day 2: listening
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        from bowlby.program import EXERCISES

        solo = EXERCISES["listening"].solo_instructions
        self.assertContains(response, solo[:40])

    def test_it_previews_day_one_before_the_start_date(self):
        start_program(self.owner, days_ago=-3)
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertContains(response, "Your program begins on")


class TodaySafetyTests(BaseTestCase):
    def test_it_puts_help_before_any_exercise_after_crisis_language(self):
        from bowlby.safety import HELP_MESSAGE

        start_program(self.owner, days_ago=9)
        add_entry(self.owner, "exception_log", {"is_exception": False, "thoughts": "I want to die"})
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertContains(response, HELP_MESSAGE[:50])
        self.assertNotContains(response, reverse("journey:write", args=["exception_log"]))
        carry_on = self.client.get(reverse("journey:today") + "?continue=1")
        self.assertContains(carry_on, reverse("journey:write", args=["exception_log"]))
