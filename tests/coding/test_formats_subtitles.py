"""WebVTT and SRT: cue timing, voice tags and name prefixes, merged cues, broken cues."""

from pathlib import Path

import pytest

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import read_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_it_reads_voice_tags_and_continues_unnamed_cues():
    transcript = read_transcript(FIXTURES / "session.vtt")
    assert transcript.meta["format"] == "vtt"
    assert [(t.speaker, t.time, t.line) for t in transcript] == [
        ("Therapist", "00:00:01.000", 8),
        ("Alex", "00:00:04.500", 12),
        ("Therapist", "00:00:09.500", 18),
        ("Alex", "00:00:09.500", 18),
    ]
    assert transcript.turns[0].text == "How have things been since we last met?"
    # The unnamed cue continues Alex; its cue and entity survive.
    alex = transcript.turns[1]
    assert alex.text == "Honestly? Not great. (laughs) It is all falling apart & I am fine."
    assert alex.meta["cues"] == 2
    assert [c.kind for c in alex.cues] == ["laughter"]
    assert [c.kind for c in transcript.turns[3].cues] == ["silence"]


def test_it_names_a_broken_vtt_timing_line():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(FIXTURES / "broken_timing.vtt")
    error = caught.value
    assert (error.code, error.line) == ("E041", 8)
    assert "00:00:04.500 -> 00:00:06.000" in str(error) and "-->" in str(error)


def test_it_requires_the_webvtt_header():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("WEBVT\n\n00:01.000 --> 00:02.000\nA: hi\n", format="vtt")
    assert (caught.value.code, caught.value.line) == ("E040", 1)


def test_it_reports_a_cue_that_lost_its_timing_line():
    text = "WEBVTT\n\n00:01.000 --> 00:02.000\nA: hi\n\nintro\nB: hello\n"
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(text)
    assert (caught.value.code, caught.value.line) == ("E042", 6)


def test_it_refuses_a_first_cue_without_a_speaker():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("WEBVTT\n\n00:01.000 --> 00:02.000\nhello there\n")
    assert (caught.value.code, caught.value.line) == ("E043", 4)


def test_it_reads_srt_with_name_prefixes_and_dialogue_dashes():
    transcript = read_transcript(FIXTURES / "session.srt")
    assert transcript.meta["format"] == "srt"
    assert [(t.speaker, t.text) for t in transcript] == [
        ("DR. OKAFOR", "How did you sleep?"),
        ("RUTH", "Badly. (shrugs)"),
        ("DR. OKAFOR", "Every night?"),
        ("RUTH", "Most nights."),
    ]
    assert transcript.turns[1].time == "00:00:03,600"
    assert transcript.meta["role_guess"]["roles"]["DR. OKAFOR"] == "therapist"


def test_it_names_a_broken_srt_timing_line():
    text = "1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\n00:00:03 --> 00:00:04,000\nB: yo\n"
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(text, format="srt")
    assert (caught.value.code, caught.value.line) == ("E041", 6)
