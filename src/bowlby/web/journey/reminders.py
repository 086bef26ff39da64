"""The daily program reminder e-mail: who is due, in their own time zone, and what it says.

``bowlby serve`` checks every few minutes on a background thread; ``bowlby reminders`` (or the
``send_program_reminders`` management command) does one check, for cron. Each person gets at
most one e-mail a day, at or after their reminder time: the day is claimed in the database
before sending, so overlapping checks cannot both send."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from django.conf import settings
from django.core.mail import send_mail
from django.db import close_old_connections
from django.urls import reverse
from django.utils import timezone

from bowlby.program import plan_for

from .models import Program, zone_named

log = logging.getLogger(__name__)


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
    """Send every reminder that is due at ``now``, each in its owner's time zone."""
    sent = 0
    with_reminder = Program.objects.filter(reminder_time__isnull=False)
    for zone_name in with_reminder.values_list("time_zone", flat=True).distinct():
        local = timezone.localtime(now, zone_named(zone_name))
        today, time_now = local.date(), local.time()
        due = with_reminder.select_related("owner").filter(
            time_zone=zone_name, reminder_time__lte=time_now, start_date__lte=today
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


def start_reminder_thread(*, every: float = 300.0) -> threading.Event:
    """Check for due reminders now and every ``every`` seconds on a daemon thread; set the
    returned event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                send_due_reminders(timezone.now())
            except Exception:  # a failed check must not end the loop; the next one retries
                log.exception("sending program reminders failed")
            finally:
                close_old_connections()
            stop.wait(every)

    threading.Thread(target=loop, name="bowlby-reminders", daemon=True).start()
    return stop
