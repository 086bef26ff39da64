"""Send the daily program reminder e-mails that are due (one check; see journey/reminders.py).
``bowlby serve`` already checks every five minutes; for a server without it, run from cron:

    */15 * * * *  bowlby reminders
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from bowlby.web.journey.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Send today's program reminder to everyone whose reminder time has come (once a day)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            help="Pretend it is this moment (ISO 8601, e.g. 2026-03-01T20:05); for testing.",
        )

    def handle(self, *args, now=None, **options):
        moment = timezone.now()
        if now:
            try:
                moment = dt.datetime.fromisoformat(now)
            except ValueError:
                raise CommandError(
                    f"--now {now!r} is not an ISO date-time; use e.g. 2026-03-01T20:05"
                ) from None
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
        sent = send_due_reminders(moment)
        self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
