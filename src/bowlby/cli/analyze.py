"""``bowlby analyze FILE...``: code transcripts for attachment and rupture markers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv", "html")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="code transcripts for attachment and rupture markers",
        description="Code each transcript turn by turn. Input formats: plain text (Name: ...), "
        "CSV, JSON, JSON Lines, WebVTT, SRT, WhatsApp-style chat exports.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="transcript files ('-' for stdin)")
    parser.add_argument(
        "--format", "-f", choices=FORMATS, default="table", help="output format (default: table)"
    )
    parser.add_argument("--mode", choices=("session", "dyad"), help="override the guessed mode")
    parser.add_argument(
        "--role",
        action="append",
        default=[],
        metavar="SPEAKER=ROLE",
        help="override a speaker's role (therapist, patient, partner); repeatable",
    )
    parser.add_argument(
        "--input-format", help="input format, when the file name and content don't tell"
    )
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--coder", help="registered coder name (default: bowlby.coder.v1)")
    parser.set_defaults(func=run)


def _roles(pairs: list[str]) -> dict[str, str]:
    roles = {}
    for pair in pairs:
        speaker, sep, role = pair.partition("=")
        if not sep or not speaker or not role:
            raise SystemExit(
                f"bowlby analyze: --role needs SPEAKER=ROLE, for example --role T=therapist (got {pair!r})"
            )
        roles[speaker] = role
    return roles


def run(args: argparse.Namespace) -> int:
    from bowlby.coding.analyzer import Analyzer, load_coder
    from bowlby.coding.errors import CodingError, TranscriptFormatError
    from bowlby.coding.export import to_json, write_csv
    from bowlby.coding.formats import read_transcript
    from bowlby.coding.report import render_html

    err = Console(stderr=True)
    if args.format in ("json", "html") and len(args.files) > 1:
        err.print(
            f"[red]--format {args.format} writes one file; use --format jsonl or csv for several inputs.[/red]"
        )
        return 2
    try:
        roles = _roles(args.role)
        analyzer = Analyzer(coder=load_coder(args.coder) if args.coder else None)
    except CodingError as error:
        err.print(f"[red]{error}[/red]")
        return 2

    # Each analysis is written as soon as it is done, so a corpus of thousands of files never
    # sits in memory at once (json and html take one file only).
    counts = {"done": 0, "failed": 0}

    def analyses():
        with Progress(console=err, transient=True, disable=len(args.files) < 3) as progress:
            task = progress.add_task("Analysing", total=len(args.files))
            for name in args.files:
                try:
                    transcript = read_transcript(
                        sys.stdin if name == "-" else Path(name),
                        format=args.input_format,
                        mode=args.mode,
                        roles=roles or None,
                        source="<stdin>" if name == "-" else name,
                    )
                    analysis = analyzer.transform(transcript)
                except (TranscriptFormatError, OSError) as error:
                    counts["failed"] += 1
                    err.print(f"[red]{error}[/red]")
                else:
                    counts["done"] += 1
                    yield analysis
                progress.advance(task)

    handle = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.format == "csv":
            write_csv(handle, analyses())
        else:
            console = Console(file=handle)
            for analysis in analyses():
                if args.format == "table":
                    _print_table(console, analysis)
                elif args.format == "json":
                    handle.write(to_json(analysis) + "\n")
                elif args.format == "jsonl":
                    handle.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
                else:
                    handle.write(render_html(analysis))
                handle.flush()
    finally:
        if handle is not sys.stdout:
            handle.close()
    if not counts["done"]:
        if args.output:
            Path(args.output).unlink(missing_ok=True)
        return 2
    if args.output:
        err.print(f"Wrote {args.output}")
    return 1 if counts["failed"] else 0


def _print_table(console: Console, analysis) -> None:
    table = Table(title=f"{analysis.source} ({analysis.mode})", show_lines=False, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker")
    table.add_column("text", ratio=3)
    table.add_column("codes", ratio=2)
    for turn in analysis.turns:
        codes = [f"[green]{h.number} {h.code}[/green] {h.confidence:.0%}" for h in turn.markers]
        codes += [f"[red]{h.subtype}[/red] s{h.salience}" for h in turn.ruptures]
        codes += [f"[dim]{h.code}[/dim]" for h in turn.strategies]
        table.add_row(str(turn.index), turn.speaker, turn.text, "\n".join(codes))
    console.print(table)
    for speaker, result in analysis.speakers.items():
        probabilities = ", ".join(f"{k} {v:.0%}" for k, v in result.probabilities.items())
        console.print(
            f"[bold]{speaker}[/bold]: {result.classification.replace('_', ' ')} ({probabilities}) — {result.reason}"
        )
    for episode in analysis.episodes:
        console.print(
            f"Episode turns {episode.start_turn}–{episode.end_turn} ({episode.speaker}, {episode.type}): "
            f"{episode.resolution.replace('_', ' ')}"
        )
    for suggestion in analysis.suggestions:
        console.print(f"[cyan]Suggestion for {suggestion.audience}:[/cyan] {suggestion.text}")
