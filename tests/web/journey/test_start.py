import datetime as dt

from django.urls import reverse
from django.utils import timezone

from bowlby.program import NOT_FOR_VIOLENCE
from bowlby.web.journey.models import Program
from tests.web.base import BaseTestCase

from .helpers import start_program


class StartTests(BaseTestCase):
    def test_it_says_who_the_program_is_not_for_before_starting(self):
        self.login(self.owner)
        response = self.client.get(reverse("journey:start"))
        self.assertContains(response, NOT_FOR_VIOLENCE[:60])
        self.assertContains(response, "Begin the program")

    def test_it_sends_a_person_without_a_program_to_the_start_screen(self):
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertRedirects(response, reverse("journey:start"))

    def test_it_starts_a_program_with_date_time_and_mode(self):
        self.login(self.owner)
        start = timezone.localdate() - dt.timedelta(days=2)
        response = self.client.post(
            reverse("journey:start"),
            {"start_date": start.isoformat(), "reminder_time": "19:30", "mode": "partner"},
        )
        self.assertRedirects(response, reverse("journey:today"))
        program = Program.objects.get(owner=self.owner)
        self.assertEqual(program.start_date, start)
        self.assertEqual(program.reminder_time, dt.time(19, 30))
        self.assertEqual(program.mode, "partner")

    def test_it_keeps_what_was_typed_when_the_date_is_bad(self):
        self.login(self.owner)
        response = self.client.post(
            reverse("journey:start"),
            {"start_date": "not a day", "reminder_time": "07:15", "mode": "solo"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="not a day"')
        self.assertContains(response, 'value="07:15"')
        self.assertFalse(Program.objects.filter(owner=self.owner).exists())

    def test_it_edits_the_settings_of_an_existing_program(self):
        program = start_program(self.owner)
        self.login(self.owner)
        self.client.post(
            reverse("journey:start"),
            {"start_date": program.start_date.isoformat(), "reminder_time": "", "mode": "solo"},
        )
        program.refresh_from_db()
        self.assertIsNone(program.reminder_time)
        self.assertEqual(Program.objects.filter(owner=self.owner).count(), 1)

    def test_it_requires_a_log_in(self):
        response = self.client.get(reverse("journey:start"))
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])

    def test_it_saves_the_chosen_time_zone(self):
        self.login(self.owner)
        self.client.post(
            reverse("journey:start"),
            {
                "start_date": timezone.localdate().isoformat(),
                "time_zone": "Asia/Tokyo",
                "mode": "solo",
            },
        )
        self.assertEqual(Program.objects.get(owner=self.owner).time_zone, "Asia/Tokyo")

    def test_it_refuses_an_unknown_time_zone_and_keeps_the_rest(self):
        self.login(self.owner)
        response = self.client.post(
            reverse("journey:start"),
            {"start_date": "2026-01-05", "reminder_time": "07:15", "time_zone": "Mars/Olympus"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Mars/Olympus is not one of the available choices")
        self.assertContains(response, 'value="07:15"')
        self.assertFalse(Program.objects.filter(owner=self.owner).exists())

    def test_it_offers_the_browser_zone_guess_only_when_starting(self):
        self.login(self.owner)
        self.assertContains(self.client.get(reverse("journey:start")), 'data-guess="browser"')
        start_program(self.owner)
        self.assertNotContains(self.client.get(reverse("journey:start")), "data-guess")
