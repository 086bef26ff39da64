"""WhatsApp-style chat exports: both layouts, multi-line messages, skipped system lines."""

from pathlib import Path

import pytest

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.formats import read_transcript

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def test_it_reads_an_android_export_and_skips_only_system_lines():
    transcript = read_transcript(FIXTURES / "android.txt")
    assert transcript.meta["format"] == "whatsapp"
    assert transcript.meta["skipped_system_lines"] == 2  # encryption notice, <Media omitted>
    assert [(t.speaker, t.time, t.line) for t in transcript] == [
        ("Lena", "12/03/2024, 21:14", 2),
        ("Omar", "12/03/2024, 21:15", 3),
        ("Lena", "12/03/2024, 21:18", 6),
        ("Omar", "12/03/2024, 21:20", 10),
    ]
    assert transcript.turns[1].text == "yes\nwhy"
    assert transcript.turns[1].meta["messages"] == 2
    assert transcript.turns[2].text == (
        "I keep thinking about what you said at dinner.\nIt hurt more than I showed.\n\n"
        "Can we talk tomorrow?"
    )
    assert transcript.turns[3].text == "sure"
    assert transcript.mode == "dyad"


def test_it_reads_an_ios_export_with_seconds_marks_and_am_pm():
    transcript = read_transcript(FIXTURES / "ios.txt")
    assert transcript.meta["skipped_system_lines"] == 2  # encryption notice, image omitted
    assert [t.speaker for t in transcript] == ["Lena", "Omar", "Lena"]
    assert transcript.turns[1].text == "yes (laughs)\nwhy?"
    assert [c.kind for c in transcript.turns[1].cues] == ["laughter"]
    assert transcript.turns[2].time == "3/12/24, 9:16:02 PM"


def test_it_names_a_line_before_the_first_message():
    text = "Chat with Omar\n12/03/2024, 21:14 - Lena: hi\n"
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(text, format="whatsapp")
    assert (caught.value.code, caught.value.line) == ("E050", 1)


def test_it_refuses_a_chat_of_only_system_notices():
    text = (
        '12/03/2024, 21:10 - Lena created group "Us"\n12/03/2024, 21:11 - Lena: <Media omitted>\n'
    )
    with pytest.raises(TranscriptFormatError) as caught:
        read_transcript(text, format="whatsapp")
    assert caught.value.code == "E051"


def test_it_keeps_a_message_that_only_mentions_media():
    text = "12/03/2024, 21:11 - Lena: the image omitted from the report was mine\n"
    assert read_transcript(text).turns[0].text == "the image omitted from the report was mine"
