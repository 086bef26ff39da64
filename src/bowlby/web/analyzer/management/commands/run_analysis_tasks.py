"""A separate worker for queued analyses: ``django-admin run_analysis_tasks [--once]``."""

import time

from django.core.management.base import BaseCommand

from bowlby.web.analyzer.tasks import run_next


class Command(BaseCommand):
    help = "Run queued transcript analyses (loop; --once to stop when the queue is empty)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="stop when nothing is queued")
        parser.add_argument("--interval", type=float, default=2.0, help="seconds between polls")

    def handle(self, *args, once=False, interval=2.0, **options):
        ran = 0
        while True:
            if run_next():
                ran += 1
                continue
            if once:
                break
            time.sleep(interval)
        self.stdout.write(f"ran {ran} analysis task(s)")
