"""Transcript objects: cue parsing, roles carried from turns to speakers, role words."""

import pytest

from bowlby.coding.transcript import Transcript, Turn, normalise_role, parse_cues


def test_it_parses_round_and_square_bracket_cues_with_their_position():
    text = "I'm fine (laughs) really [long pause] fine"
    cues = parse_cues(text)
    assert [(c.text, c.kind) for c in cues] == [("laughs", "laughter"), ("long pause", "silence")]
    assert text[cues[0].start : cues[0].end] == "(laughs)"


def test_it_ignores_brackets_that_are_not_cues():
    assert parse_cues("We met in (2019) at [the office] near (Paris)") == []


def test_it_gives_the_words_without_cues():
    turn = Turn.build(index=0, speaker="P", text="(cries) It was my mother.  (sobs)")
    assert turn.words == "It was my mother."
    assert [c.kind for c in turn.cues] == ["crying", "crying"]


def test_it_carries_a_role_from_one_turn_to_all_turns_of_that_speaker():
    turns = [
        Turn.build(index=0, speaker="A", text="Hi", role="therapist"),
        Turn.build(index=1, speaker="B", text="Hello"),
        Turn.build(index=2, speaker="A", text="How are you?"),
    ]
    transcript = Transcript(turns)
    assert transcript.turns[2].role == "therapist"
    assert transcript.speakers["A"].role == "therapist"
    assert transcript.previous_turn_of_other(2).speaker == "B"


@pytest.mark.parametrize(
    ("word", "role"),
    [("Counsellor", "therapist"), ("coach", "therapist"), ("CLIENT", "patient"), ("", None)],
)
def test_it_normalises_role_words(word, role):
    assert normalise_role(word) == role


def test_it_refuses_a_word_that_is_not_a_role():
    with pytest.raises(KeyError):
        normalise_role("boss")
