"""CSV transcripts: sniffed delimiter, quoted multi-line text, optional columns, row errors."""

from pathlib import Path

import pytest

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import read_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_it_reads_a_semicolon_file_with_roles_times_and_quoted_lines():
    transcript = read_transcript(FIXTURES / "session.csv")
    assert transcript.meta["csv_delimiter"] == ";"
    assert [t.speaker for t in transcript] == ["Counsellor", "Client", "Counsellor"]
    assert [t.role for t in transcript] == ["therapist", "patient", "therapist"]
    assert transcript.turns[1].text == "Badly; she did not listen.\nAgain."
    assert [t.line for t in transcript] == [2, 3, 5]
    assert transcript.turns[1].meta == {"mood": "tense"}
    assert transcript.meta["role_guess"]["by"] == "source"


def test_it_accepts_tabs_and_column_aliases_in_any_order():
    text = "Time\tMessage\tName\n0:01\tHi, you.\tA\n0:02\tHello?\tB\n"
    transcript = read_transcript(text, format="csv")
    assert [(t.speaker, t.text, t.time) for t in transcript] == [
        ("A", "Hi, you.", "0:01"),
        ("B", "Hello?", "0:02"),
    ]


def test_it_names_the_row_that_has_no_text():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(FIXTURES / "missing_text.csv")
    assert (caught.value.code, caught.value.line) == ("E021", 3)
    assert "missing_text.csv, line 3" in str(caught.value)


def test_it_explains_a_header_without_a_text_column():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("speaker,words\nA,hi\n", format="csv")
    assert (caught.value.code, caught.value.line) == ("E020", 1)
    assert "'text'" in str(caught.value) and "speaker, words" in str(caught.value)


def test_it_reports_unquoted_delimiters_as_too_many_fields():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("speaker,text\nA,hi\nB,well, yes\n", format="csv")
    assert (caught.value.code, caught.value.line) == ("E023", 3)


def test_it_rejects_an_unknown_role_with_its_line():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("speaker,text,role\nA,hi,therapist\nB,hello,boss\n", format="csv")
    assert (caught.value.code, caught.value.line) == ("E024", 3)


def test_it_rejects_text_without_a_speaker():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("speaker,text\nA,hi\n,hello\n", format="csv")
    assert (caught.value.code, caught.value.line) == ("E022", 3)
