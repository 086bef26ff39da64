"""Send the daily program reminder e-mail. Run it from cron, e.g. every 15 minutes:

    */15 * * * *  bowlby-manage send_program_reminders

Each person gets at most one reminder a day, at or after the time they chose."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone

from bowlby.program import plan_for
from bowlby.web.journey.models import Program


def reminder_text(program: Program, today: dt.date) -> tuple[str, str]:
    plan = plan_for(program.start_date, today)
    titles = ", ".join(e.title for e in plan.all_exercises)
    subject = f"Day {plan.day}: {titles}"
    link = settings.SITE_URL.rstrip("/") + reverse("journey:today")
    body = (
        f"Hello {program.owner.username},\n\n"
        f"Today is day {plan.day} of your program ({plan.phase.name}).\n"
        f"Today's exercise: {titles} — about {plan.minutes} minutes.\n"
        + (f"{plan.note}\n" if plan.note else "")
        + f"\n{link}\n\n"
        "Missing a day is fine; the program meets you where you are.\n"
        "To stop these e-mails, clear the reminder time in the program settings.\n"
    )
    return subject, body


def send_due_reminders(now: dt.datetime) -> int:
    local = timezone.localtime(now)
    today, time_now = local.date(), local.time()
    sent = 0
    due = Program.objects.select_related("owner").filter(
        reminder_time__isnull=False, reminder_time__lte=time_now, start_date__lte=today
    )
    for program in due.exclude(last_reminder_date=today):
        if not program.owner.email or not program.owner.is_active:
            continue
        # Claim the day first, so two overlapping cron runs cannot both send.
        claimed = (
            Program.objects.filter(pk=program.pk)
            .exclude(last_reminder_date=today)
            .update(last_reminder_date=today)
        )
        if not claimed:
            continue
        subject, body = reminder_text(program, today)
        send_mail(subject, body, None, [program.owner.email])
        sent += 1
    return sent


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
