"""``bowlby score``: score paper ECR-R or ECR-RS answers from a CSV file.

Each row is one respondent: an id, then the item responses (1–7) in item order. A header row is
optional. Writes ``id,anxiety,avoidance,pattern`` rows to stdout or to ``-o FILE``. Bad input
(missing or out-of-range answers, wrong column count) exits with code 2 and names row and column.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from bowlby.assessment.errors import AnswerError
from bowlby.assessment.external import (
    ECR_R_ITEM_COUNT,
    ECR_RS_ITEM_COUNT,
    score_ecr_r,
    score_ecr_rs,
)

INSTRUMENTS = {
    "ecr-r": (ECR_R_ITEM_COUNT, score_ecr_r),
    "ecr-rs": (ECR_RS_ITEM_COUNT, score_ecr_rs),
}
EXIT_BAD_INPUT = 2
MAX_ERRORS_SHOWN = 20


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "score",
        help="score paper ECR-R or ECR-RS answers from a CSV file",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("instrument", choices=sorted(INSTRUMENTS), help="which questionnaire")
    parser.add_argument("file", type=Path, help="CSV: id, then one column per item")
    parser.add_argument("-o", "--output", type=Path, help="write the scores here (default stdout)")
    parser.set_defaults(func=run)


def _looks_like_header(cells: list[str]) -> bool:
    """A first row is a header when none of its answer cells is a number."""
    answers = cells[1:]
    return bool(answers) and not any(cell.strip().lstrip("-").isdigit() for cell in answers)


def _column_name(index: int, header: list[str] | None) -> str:
    """Human column reference: 1-based number, plus the header name when there is one."""
    name = f"column {index + 1}"
    if header and index < len(header) and header[index].strip():
        name += f" ({header[index].strip()!r})"
    return name


def score_rows(text: str, *, instrument: str, source: str) -> tuple[list[list[str]], list[str]]:
    """Scored output rows and the list of problems found (empty when all rows are good)."""
    item_count, scorer = INSTRUMENTS[instrument]
    # Line numbers in messages are the CSV's own (blank lines counted).
    numbered = [
        (number, row)
        for number, row in enumerate(csv.reader(io.StringIO(text)), start=1)
        if any(cell.strip() for cell in row)
    ]
    if not numbered:
        return [], [f"{source}: the file has no rows; add one row per respondent"]
    header = None
    if _looks_like_header(numbered[0][1]):
        header = numbered[0][1]
        numbered = numbered[1:]
    scored, problems = [], []
    expected = 1 + item_count
    for line, row in numbered:
        where = f"{source}, row {line}"
        if len(row) != expected:
            problems.append(
                f"{where}: has {len(row)} columns, expected {expected} "
                f"(an id, then the {item_count} {instrument.upper()} answers in item order)"
            )
            continue
        respondent, answers = row[0].strip(), row[1:]
        if not respondent:
            problems.append(f"{where}, column 1: the respondent id is empty; give each row an id")
            continue
        try:
            result = scorer(answers)
        except AnswerError as error:
            column = _column_name(int(error.item), header) if error.item else "?"
            problems.append(f"{where}, {column}: {error}")
            continue
        scored.append(
            [
                respondent,
                f"{result.anxiety.score:.2f}",
                f"{result.avoidance.score:.2f}",
                result.pattern.value,
            ]
        )
    return scored, problems


def run(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except OSError as error:
        print(f"bowlby score: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UnicodeDecodeError:
        print(f"bowlby score: {args.file} is not UTF-8 text; save it as UTF-8 CSV", file=sys.stderr)
        return EXIT_BAD_INPUT
    scored, problems = score_rows(text, instrument=args.instrument, source=str(args.file))
    if problems:
        for problem in problems[:MAX_ERRORS_SHOWN]:
            print(f"bowlby score: {problem}", file=sys.stderr)
        if len(problems) > MAX_ERRORS_SHOWN:
            print(
                f"bowlby score: … and {len(problems) - MAX_ERRORS_SHOWN} more problems",
                file=sys.stderr,
            )
        print("bowlby score: nothing written; fix the rows above and run again", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(["id", "anxiety", "avoidance", "pattern"])
    writer.writerows(scored)
    if args.output:
        args.output.write_text(output.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(output.getvalue())
    return 0
