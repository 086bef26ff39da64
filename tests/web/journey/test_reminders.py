import datetime as dt
import io
import time
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TransactionTestCase
from django.utils import timezone

from bowlby.web.journey.reminders import start_reminder_thread
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

    def test_it_sends_due_reminders_from_the_bowlby_command(self):
        from bowlby.cli.main import main

        at = dt.datetime.combine(self.day, dt.time(19, 5), tzinfo=dt.UTC).isoformat()
        self.assertEqual(main(["reminders", "--now", at]), 0)
        self.assertEqual([m.to for m in mail.outbox], [["owner@example.org"]])

    def test_it_explains_a_bad_now_from_the_bowlby_command(self):
        from bowlby.cli.main import main

        self.assertEqual(main(["reminders", "--now", "tonight"]), 2)
        self.assertEqual(len(mail.outbox), 0)

    def test_it_explains_a_bad_now_option(self):
        with self.assertRaises(CommandError) as raised:
            call_command("send_program_reminders", now="tonight")
        self.assertIn("ISO", str(raised.exception))


class TimeZoneReminderTests(BaseTestCase):
    """The owner lives in Auckland (UTC+12/+13); the server runs on UTC."""

    def setUp(self):
        self.zone = ZoneInfo("Pacific/Auckland")
        self.program = start_program(
            self.owner, days_ago=9, reminder_time=dt.time(19, 0), time_zone="Pacific/Auckland"
        )
        self.day = timezone.localdate()

    def test_it_sends_at_the_chosen_time_of_the_persons_own_day(self):
        evening = dt.datetime.combine(self.day, dt.time(19, 5), tzinfo=self.zone)
        run(evening - dt.timedelta(hours=1))
        self.assertEqual(len(mail.outbox), 0)
        run(evening)
        self.assertEqual(len(mail.outbox), 1)
        self.program.refresh_from_db()
        self.assertEqual(self.program.last_reminder_date, self.day)

    def test_it_does_not_send_at_the_servers_evening(self):
        # 19:05 UTC is early morning of the next day in Auckland.
        run(dt.datetime.combine(self.day, dt.time(19, 5), tzinfo=dt.UTC))
        self.assertEqual(len(mail.outbox), 0)

    def test_it_keeps_people_in_different_zones_apart(self):
        start_program(self.partner, days_ago=9, reminder_time=dt.time(19, 0))  # server zone
        run(dt.datetime.combine(self.day, dt.time(19, 5), tzinfo=dt.UTC))
        self.assertEqual([m.to for m in mail.outbox], [["partner@example.org"]])


class ReminderThreadTests(TransactionTestCase):
    """What ``bowlby serve`` runs: a background thread that checks every few minutes."""

    def test_it_sends_a_due_reminder_from_the_background_thread_and_stops(self):
        user = get_user_model().objects.create_user("ash", "ash@example.org", "x-long-password-1")
        start_program(user, days_ago=3, reminder_time=dt.time(0, 0))  # due all day
        stop = start_reminder_thread(every=0.05)
        try:
            for _ in range(100):
                if mail.outbox:
                    break
                time.sleep(0.05)
        finally:
            stop.set()
        self.assertEqual([m.to for m in mail.outbox], [["ash@example.org"]])
        time.sleep(0.2)  # more checks on the same day send nothing more
        self.assertEqual(len(mail.outbox), 1)
