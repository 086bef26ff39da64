import datetime as dt
import io

from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from tests.web.base import BaseTestCase

from .helpers import start_program


def run(at: dt.datetime) -> str:
    out = io.StringIO()
    call_command("send_program_reminders", now=at.isoformat(), stdout=out)
    return out.getvalue()


class ReminderTests(BaseTestCase):
    def setUp(self):
        self.program = start_program(self.owner, days_ago=9, reminder_time=dt.time(19, 0))
        self.day = timezone.localdate()

    def at(self, hour, minute=0, day=None):
        return dt.datetime.combine(day or self.day, dt.time(hour, minute))

    def test_it_sends_nothing_before_the_chosen_time(self):
        run(self.at(18, 59))
        self.assertEqual(len(mail.outbox), 0)

    def test_it_sends_once_a_day_at_or_after_the_chosen_time(self):
        self.assertIn("Sent 1 reminder", run(self.at(19, 5)))
        run(self.at(19, 20))
        run(self.at(23, 50))
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["owner@example.org"])
        self.assertIn("Day 10", message.subject)
        self.program.refresh_from_db()
        self.assertEqual(self.program.last_reminder_date, self.day)

    def test_it_sends_again_the_next_day(self):
        run(self.at(19, 5))
        run(self.at(19, 5, day=self.day + dt.timedelta(days=1)))
        self.assertEqual(len(mail.outbox), 2)

    def test_it_skips_people_without_a_reminder_time_or_before_their_start(self):
        start_program(self.partner, days_ago=-2, reminder_time=dt.time(7, 0))
        start_program(self.outsider, days_ago=3)
        run(self.at(23, 0))
        self.assertEqual([m.to for m in mail.outbox], [["owner@example.org"]])

    def test_it_explains_a_bad_now_option(self):
        with self.assertRaises(CommandError) as raised:
            call_command("send_program_reminders", now="tonight")
        self.assertIn("ISO", str(raised.exception))
