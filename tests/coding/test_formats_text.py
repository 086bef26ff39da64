"""Plain-text transcripts: prefixes, timestamps, continuation lines, cues, errors with lines."""

from pathlib import Path

import pytest

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import read_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_it_reads_prefixes_timestamps_and_continuation_lines():
    transcript = read_transcript(FIXTURES / "session.txt")
    assert [t.speaker for t in transcript] == ["T", "P", "T", "P"]
    assert [t.time for t in transcript] == ["00:00:05", "00:00:09", "00:00:21", "00:00:30"]
    assert [t.line for t in transcript] == [1, 2, 5, 6]
    assert transcript.turns[1].text == (
        "Work, mostly. (sighs)\nIt has been a lot, and I keep telling myself it is fine."
    )
    assert transcript.meta["format"] == "text"


def test_it_keeps_bracketed_cues_as_cue_objects():
    transcript = read_transcript(FIXTURES / "session.txt")
    assert [c.kind for c in transcript.turns[1].cues] == ["sigh"]
    pause = transcript.turns[3].cues[0]
    assert (pause.text, pause.kind) == ("long pause", "silence")
    assert transcript.turns[3].words == "I don't know. Nothing, I guess."


def test_it_reads_names_with_titles_and_does_not_split_on_a_lowercase_colon():
    text = "Dr. Okafor: She told me: no more.\nRuth Ann: and then she said: fine\nDr. Okafor: Hm."
    transcript = read_transcript(text)
    assert [t.speaker for t in transcript] == ["Dr. Okafor", "Ruth Ann", "Dr. Okafor"]
    assert transcript.turns[0].text == "She told me: no more."


def test_it_names_the_line_that_comes_before_any_speaker():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(FIXTURES / "before_speaker.txt")
    error = caught.value
    assert (error.code, error.line) == ("E010", 1)
    assert error.path.endswith("before_speaker.txt")
    assert "line 1" in str(error) and "Session 4" in str(error) and "'T:'" in str(error)


def test_it_rejects_a_turn_without_text():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("T: Hello\nP:\nT: Anyone?")
    assert (caught.value.code, caught.value.line) == ("E011", 2)


def test_it_lets_a_turn_start_on_the_line_after_its_prefix():
    transcript = read_transcript("T:\nHow are you?\nP: Fine")
    assert transcript.turns[0].text == "How are you?"


@pytest.mark.parametrize("text", ["", "   \n\n  \n"])
def test_it_rejects_an_empty_transcript(text):
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(text, format="text")
    assert caught.value.code == "E001"
