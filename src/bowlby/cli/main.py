"""The ``bowlby`` command: one entry point, subcommands, ``serve`` by default.

Library code never prints; only the modules in this package talk to the terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import bowlby
from bowlby.cli import serve

# Each subcommand module has ``add_parser(subparsers)`` which sets ``func`` on its parser.
SUBCOMMANDS = [serve]


def _load_optional_subcommands() -> list:
    """Subcommands that live with their feature; imported lazily so ``serve`` stays light."""
    modules = []
    for name in ("analyze", "evaluate", "score", "reminders"):
        try:
            modules.append(__import__(f"bowlby.cli.{name}", fromlist=["add_parser"]))
        except ModuleNotFoundError as error:
            if error.name != f"bowlby.cli.{name}":
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bowlby",
        description="Attachment-informed communication toolkit. Without a command: serve the web app.",
    )
    parser.add_argument("--version", action="version", version=f"bowlby {bowlby.__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in [*SUBCOMMANDS, *_load_optional_subcommands()]:
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = set(parser._subparsers._group_actions[0].choices)
    # Like datasette: no command, or only options, means "serve".
    if not argv or (argv[0] not in known and argv[0] not in ("-h", "--help", "--version")):
        argv = ["serve", *argv]
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
