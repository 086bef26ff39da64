"""``bowlby serve``: migrate, load demo content on first run, serve the web app."""

from __future__ import annotations

import argparse

from rich.console import Console

from bowlby.cli.django_setup import setup_django


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the web app (the default command)", description=__doc__
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    parser.add_argument("--no-demo", action="store_true", help="do not load demo content")
    parser.add_argument(
        "--no-reminders",
        action="store_true",
        help="do not send program reminder e-mails (by default checked every five minutes)",
    )
    parser.add_argument(
        "--prepare-only", action="store_true", help="migrate and load demo content, then exit"
    )
    parser.set_defaults(func=run)


def prepare(*, demo: bool, console: Console) -> None:
    """Apply migrations and, the first time, load the demo content."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from bowlby.web.lib.demo import load_demo_content

    call_command("migrate", interactive=False, verbosity=0)
    marker = settings.DATA_DIR / "demo-loaded"
    if demo and not marker.exists():
        with console.status("Loading demo content…"):
            loaded = load_demo_content()
        marker.write_text("\n".join(loaded) + "\n")
        console.print(f"Demo content loaded: {', '.join(loaded)}.")


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    prepare(demo=not args.no_demo, console=console)
    if args.prepare_only:
        return 0
    from waitress import serve

    from bowlby.web.accounts.demo import DEMO_PASSWORD, DEMO_USERNAME
    from bowlby.web.journey.reminders import start_reminder_thread
    from bowlby.web.wsgi import application

    if not args.no_reminders:
        start_reminder_thread(every=300)
    console.print(
        f"[bold]Bowlby[/bold] is running at [link]http://{args.host}:{args.port}[/link]  "
        f"(demo log-in: {DEMO_USERNAME} / {DEMO_PASSWORD}; Ctrl+C to stop)"
    )
    serve(application, host=args.host, port=args.port, threads=args.threads, ident="bowlby")
    return 0
