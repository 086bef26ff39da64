"""``bowlby reminders``: send the program reminder e-mails that are due now (for cron, when the
app is not served by ``bowlby serve``, which checks every five minutes by itself)."""

from __future__ import annotations

import argparse

from rich.console import Console

from bowlby.cli.django_setup import setup_django


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "reminders", help="send the program reminder e-mails that are due now", description=__doc__
    )
    parser.add_argument(
        "--now", help="pretend it is this moment (ISO 8601, e.g. 2026-03-01T20:05+01:00)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    console = Console(stderr=True)
    try:
        call_command("send_program_reminders", now=args.now)
    except CommandError as error:
        console.print(f"[red]bowlby reminders:[/red] {error}")
        return 2
    return 0
