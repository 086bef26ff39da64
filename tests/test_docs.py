"""The docs cover every CLI command (datasette style)."""

from pathlib import Path

from bowlby.cli.main import build_parser

ROOT = Path(__file__).parents[1]


def test_it_documents_every_cli_command():
    parser = build_parser()
    commands = sorted(parser._subparsers._group_actions[0].choices)
    docs = (ROOT / "docs" / "cli.md").read_text()
    missing = [c for c in commands if f"bowlby {c}" not in docs]
    assert missing == [], f"docs/cli.md does not cover: {missing}"


def test_it_keeps_the_readme_commands():
    readme = (ROOT / "README.md").read_text()
    assert "./scripts/run.sh" in readme and "./scripts/test.sh" in readme
