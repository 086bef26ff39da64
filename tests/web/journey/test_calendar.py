from django.urls import reverse

from tests.web.base import BaseTestCase

from .helpers import start_program


class CalendarTests(BaseTestCase):
    def test_it_serves_the_program_days_at_the_token_url_without_a_log_in(self):
        program = start_program(self.owner)
        response = self.client.get(reverse("journey:calendar", args=[program.ics_token]))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        self.assertEqual(response.content.decode().count("BEGIN:VEVENT"), 40)

    def test_it_answers_a_wrong_token_with_404(self):
        program = start_program(self.owner)
        wrong = program.ics_token[:-2] + ("aa" if not program.ics_token.endswith("aa") else "bb")
        response = self.client.get(reverse("journey:calendar", args=[wrong]))
        self.assertEqual(response.status_code, 404)

    def test_it_uses_unguessable_distinct_tokens(self):
        a = start_program(self.owner)
        b = start_program(self.outsider)
        self.assertNotEqual(a.ics_token, b.ics_token)
        self.assertGreaterEqual(len(a.ics_token), 32)

    def test_it_retires_the_old_link_when_a_new_one_is_made(self):
        program = start_program(self.owner)
        old = program.ics_token
        self.login(self.owner)
        self.client.post(reverse("journey:calendar_reset"))
        self.client.logout()
        self.assertEqual(self.client.get(reverse("journey:calendar", args=[old])).status_code, 404)

    def test_it_includes_an_alarm_at_the_reminder_time(self):
        import datetime as dt

        program = start_program(self.owner, reminder_time=dt.time(20, 15))
        body = self.client.get(reverse("journey:calendar", args=[program.ics_token]))
        self.assertIn("BEGIN:VALARM", body.content.decode())
        self.assertIn("T201500", body.content.decode())
