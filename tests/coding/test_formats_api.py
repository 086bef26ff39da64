"""The reading front door: format detection, role guessing and overrides, streaming."""

import tracemalloc
from pathlib import Path

import pytest

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import FORMATS, detect_format, guess_roles, iter_turns, read_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("session.txt", "text"),
        ("android.txt", "whatsapp"),
        ("ios.txt", "whatsapp"),
        ("session.csv", "csv"),
        ("session.json", "json"),
        ("session.vtt", "vtt"),
        ("session.srt", "srt"),
    ],
)
def test_it_detects_each_format_from_name_and_content(fixture, expected):
    head = (FIXTURES / fixture).read_text(encoding="utf-8")
    assert detect_format(fixture, head) == expected
    # Content alone is enough for every fixture, so a pasted transcript works too.
    assert detect_format(None, head) == expected


def test_it_lets_the_extension_decide_when_content_is_not_recognised():
    assert detect_format("x.json", "[1, 2]") == "json"


def test_it_refuses_content_it_cannot_recognise():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("just some words\nwith no speakers at all\n")
    assert caught.value.code == "E002"
    assert all(name in str(caught.value) for name in FORMATS)


def test_it_refuses_an_unknown_format_name():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("T: hi", format="docx")
    assert caught.value.code == "E003" and "docx" in str(caught.value)


def test_it_reports_a_missing_file_by_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(missing)
    assert caught.value.code == "E004" and str(missing) in str(caught.value)
    with pytest.raises(TranscriptFormatError):
        read_transcript("session-12.txt")  # a one-line string that names a file, not a turn


def test_it_reports_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("T: Hallo\nP: Grüße\n".encode("latin-1"))
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(path)
    assert caught.value.code == "E005"


# --- roles ----------------------------------------------------------------------------------


def test_it_takes_a_speaker_named_like_a_helper_as_the_therapist():
    transcript = read_transcript("Anna: I had a rough week.\nCoach Lee: Tell me more.\n")
    assert transcript.mode == "session"
    assert transcript.meta["role_guess"]["roles"] == {"Anna": "patient", "Coach Lee": "therapist"}
    assert "Coach Lee" in transcript.meta["role_guess"]["reason"]


def test_it_takes_the_speaker_who_asks_most_questions_as_the_helper():
    lines = []
    for i in range(4):
        lines += [f"Kim: What happened next, {i}?", f"Ola: We argued again, {i}."]
    mode, roles = guess_roles(["Kim", "Ola"], read_transcript("\n".join(lines), mode="dyad").turns)
    assert (mode, roles) == ("session", {"Kim": "therapist", "Ola": "patient"})


def test_it_guesses_a_dyad_when_nobody_looks_like_a_helper():
    transcript = read_transcript(FIXTURES / "dyad.txt")
    assert transcript.mode == "dyad"
    assert {t.role for t in transcript} == {"partner"}
    assert transcript.meta["role_guess"]["by"] == "guess"


def test_it_lets_the_caller_override_mode_and_roles():
    transcript = read_transcript(FIXTURES / "dyad.txt", mode="session", roles={"Jonas": "helper"})
    assert transcript.mode == "session"
    assert transcript.speakers["Jonas"].role == "therapist"
    assert transcript.speakers["Maya"].role == "patient"
    record = transcript.meta["role_guess"]
    assert record["by"] == "caller" and record["guess"]["mode"] == "dyad"

    given_patient = read_transcript(FIXTURES / "dyad.txt", mode="session", roles={"Maya": "client"})
    assert given_patient.speakers["Jonas"].role == "therapist"

    forced = read_transcript(FIXTURES / "session.txt", mode="dyad")
    assert {t.role for t in forced} == {"partner"}


def test_it_refuses_roles_for_a_speaker_who_is_not_there():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(FIXTURES / "dyad.txt", roles={"Jonah": "therapist"})
    assert caught.value.code == "E061" and "Jonas" in str(caught.value)


def test_it_refuses_an_unknown_mode():
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript("T: hi", mode="couple")
    assert caught.value.code == "E060"


# --- streaming ------------------------------------------------------------------------------

_TURNS = 50_000


def _write_huge(path: Path, fmt: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        if fmt == "csv":
            out.write("speaker,text,time\n")
        if fmt == "vtt":
            out.write("WEBVTT\n\n")
        for i in range(_TURNS):
            who = "T" if i % 2 == 0 else "P"
            words = f"turn {i}: that is what I keep coming back to, again and again (sighs)"
            if fmt == "text":
                out.write(f"{who}: {words}\nand a second line for turn {i}\n")
            elif fmt == "csv":
                out.write(f'{who},"{words}",{i}\n')
            elif fmt == "whatsapp":
                out.write(f"12/03/2024, 21:{i % 60:02d} - {who}: {words}\n")
            else:
                out.write(
                    f"00:{i // 60 % 60:02d}:{i % 60:02d}.000 --> 00:59:59.000\n<v {who}>{words}\n\n"
                )


def _huge_path(tmp_path: Path, fmt: str) -> Path:
    path = tmp_path / f"huge.{'txt' if fmt in ('text', 'whatsapp') else fmt}"
    _write_huge(path, fmt)
    assert path.stat().st_size > 3_000_000  # reading it whole would need more than that
    return path


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_it_streams_fifty_thousand_turns_in_bounded_memory(tmp_path, fmt):
    path = _huge_path(tmp_path, fmt)
    tracemalloc.start()
    count, last_index = 0, -1
    try:
        for batch in iter_turns(path, batch_size=500):
            assert len(batch) <= 500
            for turn in batch:
                assert turn.index == last_index + 1
                last_index = turn.index
                count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == _TURNS
    # Measured about 60 kB; a whole read of the same file peaks near 35 MB.
    assert peak < 1_000_000, f"peak {peak} bytes"


@pytest.mark.parametrize("fmt", ["whatsapp", "vtt"])
def test_it_streams_chat_and_subtitle_files_turn_by_turn(tmp_path, fmt):
    path = _huge_path(tmp_path, fmt)
    turns = iter_turns(path)
    first = next(turns)
    assert (first.index, first.speaker) == (0, "T")
    assert [c.kind for c in first.cues] == ["sigh"]
    assert 1 + sum(1 for _ in turns) == _TURNS


def test_it_streams_single_turns_with_caller_roles_and_the_same_errors():
    text_turns = list(iter_turns(FIXTURES / "session.txt", roles={"T": "therapist"}))
    assert [t.role for t in text_turns] == ["therapist", None, "therapist", None]
    with pytest.raises(TranscriptFormatError) as caught:
        list(iter_turns(FIXTURES / "missing_text.csv"))
    assert (caught.value.code, caught.value.line) == ("E021", 3)
