"""Our labelled corpus (``data/coding/``): turn examples and whole transcripts, split once.

Turn files are JSON Lines (see ``docs/analyzer.md`` §Labelled data). A turn example belongs to
the test split when a hash of its id says so (a quarter of them): the split never changes when
examples are added, and nobody picks which examples are tested. Whole transcripts are assigned
in ``transcripts/split.json``, balanced by label, written once.

A second coder reviewed every example against ``docs/coding-manual.md``; their changes live in
``review/*.jsonl`` (one line per changed example: ``id``, ``markers``, ``ruptures``, ``reason``)
and are applied over the first coder's labels when the data is loaded. The first coder's labels
stay on the example (``first_markers``/``first_ruptures``) so agreement can be reported.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bowlby.coding.errors import CodingError
from bowlby.coding.features import TurnInput
from bowlby.coding.scheme import MARKERS_BY_NUMBER, RUPTURE_SUBTYPES

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "coding"
TEST_SHARE = 4  # one in four


@dataclass(slots=True)
class LabelledTurn:
    id: str
    text: str
    context: str
    markers: list[int]
    ruptures: list[str]
    salience: list[int] = field(default_factory=list)
    register: str = ""
    source: str = ""
    # The first coder's labels, when a review changed them (None: the review agreed).
    first_markers: list[int] | None = None
    first_ruptures: list[str] | None = None

    @property
    def input(self) -> TurnInput:
        return TurnInput(self.text, self.context)


def split_of(example_id: str) -> str:
    digest = hashlib.sha256(example_id.encode()).digest()
    return "test" if digest[0] % TEST_SHARE == 0 else "train"


def _check(path: Path, line: int, record: dict) -> None:
    for number in record.get("markers", []):
        if number not in MARKERS_BY_NUMBER:
            raise CodingError("E104", path=path, line=line, problem=f"unknown marker {number}")
    for rupture in record.get("ruptures", []):
        if rupture.get("subtype") not in RUPTURE_SUBTYPES:
            raise CodingError(
                "E104",
                path=path,
                line=line,
                problem=f"unknown rupture subtype {rupture.get('subtype')!r}",
            )


def _records(path: Path) -> Iterator[tuple[int, dict]]:
    """The checked records of one JSON Lines file with their line numbers (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CodingError("E104", path=path, line=line_number, problem=str(error)) from None
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                raise CodingError(
                    "E104", path=path, line=line_number, problem='a line needs an "id"'
                )
            _check(path, line_number, record)
            yield line_number, record


def _codes(record: dict) -> tuple[list[int], list[str], list[int]]:
    """Markers, rupture subtypes and their saliences of a turn record."""
    ruptures = record.get("ruptures", [])
    return (
        list(record.get("markers", [])),
        [r["subtype"] for r in ruptures],
        [int(r.get("salience", 3)) for r in ruptures],
    )


@dataclass(slots=True, frozen=True)
class Review:
    """The second coder's codes for one example, and where they were written."""

    markers: list[int]
    ruptures: list[str]
    salience: list[int]
    reason: str
    path: Path
    line: int


def load_reviews(data_dir: Path = DATA_DIR) -> dict[str, Review]:
    """The review pass: example id → the second coder's codes (see the module docstring)."""
    reviews: dict[str, Review] = {}
    for path in sorted((data_dir / "review").glob("*.jsonl")):
        for line_number, record in _records(path):
            if record["id"] in reviews:
                raise CodingError(
                    "E104",
                    path=path,
                    line=line_number,
                    problem=f"example {record['id']!r} is reviewed twice",
                )
            markers, ruptures, salience = _codes(record)
            reviews[record["id"]] = Review(
                markers=markers,
                ruptures=ruptures,
                salience=salience,
                reason=str(record.get("reason", "")),
                path=path,
                line=line_number,
            )
    return reviews


def apply_review(example: LabelledTurn, reviews: dict[str, Review]) -> LabelledTurn:
    """The example with the second coder's codes, the first coder's kept alongside."""
    review = reviews.get(example.id)
    if review is None:
        return example
    example.first_markers, example.first_ruptures = example.markers, example.ruptures
    example.markers = list(review.markers)
    example.ruptures = list(review.ruptures)
    example.salience = list(review.salience)
    return example


def iter_turn_examples(data_dir: Path = DATA_DIR) -> Iterator[LabelledTurn]:
    """Every turn example of the ``*.jsonl`` files, in file order, as the first coder wrote it."""
    files = sorted(data_dir.glob("*.jsonl"))
    if not files:
        raise CodingError("E105", path=data_dir)
    for path in files:
        for _, record in _records(path):
            context = record.get("context") or []
            markers, ruptures, salience = _codes(record)
            yield LabelledTurn(
                id=record["id"],
                text=record["text"],
                context=context[-1]["text"] if context else "",
                markers=markers,
                ruptures=ruptures,
                salience=salience,
                register=record.get("register", ""),
                source=path.name,
            )


@dataclass(slots=True)
class LabelledTranscript:
    name: str
    data: dict
    labels: dict[str, str]


def transcript_split(data_dir: Path = DATA_DIR) -> dict[str, str]:
    path = data_dir / "transcripts" / "split.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text())["assignments"]


def iter_transcripts(data_dir: Path = DATA_DIR) -> Iterator[LabelledTranscript]:
    for path in sorted((data_dir / "transcripts").glob("*.json")):
        if path.name == "split.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        yield LabelledTranscript(path.stem, data, data.get("labels", {}))


def transcript_turn_examples(
    item: LabelledTranscript, reviews: dict[str, Review] | None = None
) -> Iterator[LabelledTurn]:
    """The coded turns of a labelled transcript as turn examples (context: the listener's
    previous turn), with the review applied when ``reviews`` is given."""
    turns = item.data["turns"]
    dyad = item.data.get("mode") == "dyad"
    for i, turn in enumerate(turns):
        if not dyad and turn.get("role") == "therapist":
            continue
        if "markers" not in turn and "ruptures" not in turn:
            continue
        previous = next(
            (t["text"] for t in reversed(turns[:i]) if t["speaker"] != turn["speaker"]), ""
        )
        markers, ruptures, salience = _codes(turn)
        example = LabelledTurn(
            id=f"{item.name}#{i}",
            text=turn["text"],
            context=previous,
            markers=markers,
            ruptures=ruptures,
            salience=salience,
            register=item.data.get("register", ""),
            source=item.name,
        )
        yield apply_review(example, reviews or {})


def load_review_scope(data_dir: Path = DATA_DIR) -> set[str] | None:
    """The sources (turn files, transcript names) the review pass covered, from
    ``review/scope.json``; ``None`` when the file is absent (then it covered everything)."""
    path = data_dir / "review" / "scope.json"
    if not path.exists():
        return None
    try:
        return set(json.loads(path.read_text(encoding="utf-8"))["sources"])
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise CodingError(
            "E104", path=path, line=1, problem=f'expected {{"sources": [...]}} ({error})'
        ) from None


def load_independent_codes(data_dir: Path = DATA_DIR) -> dict[str, tuple[list[int], list[str]]]:
    """A third coder's blind codes for a sample of test turns (``agreement/*.jsonl``): example
    id → (markers, rupture subtypes). They saw only the turn and its context, never a label, so
    comparing them with the reviewed labels measures how reliable the labels are. Never used for
    training."""
    codes: dict[str, tuple[list[int], list[str]]] = {}
    for path in sorted((data_dir / "agreement").glob("*.jsonl")):
        for line_number, record in _records(path):
            if record["id"] in codes:
                raise CodingError(
                    "E104",
                    path=path,
                    line=line_number,
                    problem=f"example {record['id']!r} is coded twice",
                )
            markers, ruptures, _ = _codes(record)
            codes[record["id"]] = (markers, ruptures)
    return codes


def load_split(data_dir: Path = DATA_DIR) -> dict[str, list]:
    """Train and test turn examples and transcripts, reviewed. The coded turns of a test
    transcript are test turns too: ``transcript_turn_examples(item, out["reviews"])``."""
    assignments = transcript_split(data_dir)
    reviews = load_reviews(data_dir)
    out: dict = {
        "train_turns": [],
        "test_turns": [],
        "train_transcripts": [],
        "test_transcripts": [],
        "reviews": reviews,
    }
    seen: set[str] = set()
    for example in iter_turn_examples(data_dir):
        seen.add(example.id)
        out[f"{split_of(example.id)}_turns"].append(apply_review(example, reviews))
    for item in iter_transcripts(data_dir):
        side = assignments.get(item.name, split_of(item.name))
        out[f"{side}_transcripts"].append(item)
        examples = list(transcript_turn_examples(item, reviews))
        seen.update(example.id for example in examples)
        if side == "train":
            out["train_turns"].extend(examples)
    for example_id in sorted(reviews.keys() - seen):
        review = reviews[example_id]
        raise CodingError(
            "E104",
            path=review.path,
            line=review.line,
            problem=f"the review names {example_id!r}, which is no labelled example",
        )
    return out


def to_transcript(item: LabelledTranscript):
    """The labelled transcript as a plain :class:`Transcript` (labels left out)."""
    from bowlby.coding.transcript import Transcript, Turn

    turns = [
        Turn.build(index=i, speaker=t["speaker"], text=t["text"], role=t.get("role"))
        for i, t in enumerate(item.data["turns"])
    ]
    return Transcript(turns=turns, mode=item.data.get("mode", "session"), source=item.name)
