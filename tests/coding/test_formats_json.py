"""JSON transcripts: the public schema, errors by turn and field, JSON Lines."""

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import read_transcript
from bowlby.coding.formats.jsonfile import schema

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_it_ships_a_valid_schema_that_accepts_the_fixture():
    Draft202012Validator.check_schema(schema())
    document = json.loads((FIXTURES / "session.json").read_text())
    assert list(Draft202012Validator(schema()).iter_errors(document)) == []


def test_it_reads_mode_roles_source_and_cues():
    transcript = read_transcript(FIXTURES / "session.json")
    assert transcript.mode == "session"
    assert transcript.source == "role-play 7"
    assert [(t.speaker, t.role) for t in transcript] == [("Coach", "therapist"), ("Sam", "patient")]
    assert transcript.turns[0].time == "00:00:02" and transcript.turns[1].time is None
    assert [c.kind for c in transcript.turns[1].cues] == ["laughter"]
    assert [t.line for t in transcript] == [5, 6]


def test_it_points_at_the_turn_and_field_of_a_schema_error():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(FIXTURES / "bad_role.json")
    error = caught.value
    assert (error.code, error.field, error.line) == ("E031", "turns[2].role", 6)
    assert "'boss'" in str(error) and "therapist" in str(error)


@pytest.mark.parametrize(
    ("document", "field", "words"),
    [
        ({"mode": "session", "turns": [{"speaker": "A", "role": "patient"}]}, "turns[0]", "text"),
        ({"mode": "couple", "turns": []}, "mode", "session"),
        (
            {"mode": "dyad", "turns": [{"speaker": "A", "role": "partner", "txt": "hi"}]},
            "turns[0]",
            "spelling",
        ),
        (
            {"mode": "dyad", "turns": [{"speaker": "A", "role": "partner", "text": " "}]},
            "turns[0].text",
            "empty",
        ),
    ],
)
def test_it_explains_each_kind_of_schema_error(document, field, words):
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(json.dumps(document, indent=1), format="json")
    assert caught.value.field == field
    assert words in str(caught.value)


def test_it_reports_broken_json_syntax_with_line_and_column():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(
            '{"mode": "dyad",\n "turns": [\n {"speaker": "A" "text": "x"}]}', format="json"
        )
    assert (caught.value.code, caught.value.line) == ("E030", 3)
    assert "column" in str(caught.value)


def test_it_reads_json_lines_with_a_mode_header_and_guessed_roles():
    text = '{"mode": "dyad"}\n{"speaker": "A", "text": "Hi?"}\n\n{"speaker": "B", "text": "Hey."}\n'
    transcript = read_transcript(text)
    assert transcript.meta["format"] == "jsonl"
    assert transcript.mode == "dyad"
    assert [(t.speaker, t.role, t.line) for t in transcript] == [
        ("A", "partner", 2),
        ("B", "partner", 4),
    ]


def test_it_names_the_json_line_that_is_not_a_turn():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript('{"speaker": "A", "text": "Hi"}\n["B", "Hey"]\n', format="jsonl")
    assert (caught.value.code, caught.value.line) == ("E032", 2)
