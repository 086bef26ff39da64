from bowlby.web.analyzer.deidentify import deidentify

TEXT = (
    "Anna: I met Tom in Berlin on Friday. Call me on +44 20 7946 0958 or anna.b@example.org.\n"
    "Dr. Okafor: Okafor here. How did that feel, Anna?\n"
    "Anna: Tom said I was fine. Maybe Tom is right. I moved to New York in May."
)


def test_it_replaces_names_places_phones_and_emails():
    result = deidentify(TEXT, speakers=["Anna", "Dr. Okafor"])
    for secret in ("Anna", "Tom", "Berlin", "Okafor", "7946", "example.org", "New York"):
        assert secret not in result.text, secret
    assert "[PHONE]" in result.text and "[EMAIL]" in result.text
    assert "[PLACE-1]" in result.text and "[NAME-1]" in result.text


def test_it_gives_one_person_the_same_placeholder_everywhere():
    result = deidentify(TEXT, speakers=["Anna", "Dr. Okafor"])
    assert result.text.count("[NAME-1]") == 3  # Tom, three times, also at a sentence start
    assert result.text.startswith("Speaker A: ")
    assert "Speaker B: Speaker B here" in result.text


def test_it_keeps_role_labels_common_words_and_timestamps():
    text = "T: On Monday I felt OK.\nP: Maybe. I said so at 00:01:02,500 and on 12/03/2024."
    result = deidentify(text, speakers=["T", "P"])
    assert result.text == text
    assert result.count == 0


def test_it_keeps_the_transcript_readable_by_the_same_reader():
    from bowlby.coding.formats import read_transcript

    result = deidentify(TEXT, speakers=["Anna", "Dr. Okafor"])
    transcript = read_transcript(result.text)
    assert list(transcript.speakers) == ["Speaker A", "Speaker B"]
