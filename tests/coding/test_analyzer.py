"""End-to-end analysis with the packaged coder (real model files, real embedder)."""

from pathlib import Path

import pytest

from bowlby.coding.analyzer import Analyzer
from bowlby.coding.formats import read_transcript

FIXTURE = Path(__file__).parent / "fixtures" / "session.txt"


@pytest.fixture(scope="module")
def analysis():
    return Analyzer().transform(read_transcript(FIXTURE))


def test_it_codes_only_the_clients_turns_in_session_mode(analysis):
    coded = {t.speaker for t in analysis.turns if t.coded}
    assert coded == {"P"}
    assert all(not t.markers and not t.ruptures for t in analysis.turns if t.speaker == "T")


def test_it_gives_every_code_an_exact_evidence_span(analysis):
    hits = [(t, h) for t in analysis.turns for h in (*t.markers, *t.ruptures)]
    assert hits, "the fixture has clear markers; the coder found none"
    for turn, hit in hits:
        assert hit.evidence == turn.text[hit.start : hit.end].strip()
        assert 0.0 <= hit.confidence <= 1.0


def test_it_finds_the_complaint_as_a_confrontation_rupture(analysis):
    complaint = analysis.turns[5]
    assert {r.type for r in complaint.ruptures} == {"confrontation"}
    assert 1 <= complaint.ruptures[0].salience <= 5


def test_it_finds_present_distress(analysis):
    assert "discloses_present_distress" in {h.code for h in analysis.turns[3].markers}


def test_it_reports_the_listeners_strategies_and_episode(analysis):
    strategies = {s.code for t in analysis.turns for s in t.strategies}
    assert "acknowledge_own_contribution" in strategies
    assert analysis.episodes, "a rupture was coded, so there is an episode"
    # The complaint at turn 5 opens or continues an episode that the therapist's owning of
    # their part (turn 6) and the client's proposal (turn 7) resolve.
    episode = next(e for e in analysis.episodes if e.start_turn <= 5 <= e.end_turn)
    assert episode.resolution == "resolved"
    assert any(s["code"] == "acknowledge_own_contribution" for s in episode.strategies)


def test_it_classifies_the_speaker_with_probabilities(analysis):
    speaker = analysis.speakers["P"]
    assert speaker.classification in {"secure", "avoidant", "preoccupied", "insufficient_evidence"}
    assert abs(sum(speaker.probabilities.values()) - 1) < 1e-6
    assert set(speaker.scale_scores) == {
        "proximity_seeking",
        "contact_maintaining",
        "exploring",
        "avoidance",
        "resistance",
    }


def test_it_says_insufficient_evidence_for_a_short_exchange():
    transcript = read_transcript("T: How was your week?\nP: Fine.\nT: Anything else?\nP: No.")
    speaker = Analyzer().transform(transcript).speakers["P"]
    assert speaker.classification == "insufficient_evidence"
    assert "needed" in speaker.reason


def test_it_flags_crisis_language():
    transcript = read_transcript("T: How have things been?\nP: Some days I want to die, honestly.")
    analysis = Analyzer().transform(transcript)
    assert analysis.safety["crisis_language_turns"] == [1]


def test_it_codes_both_partners_in_dyad_mode():
    transcript = read_transcript(
        "Anna: You never listen to me, you're always on your phone.\n"
        "Ben: That's not fair, I was only answering my boss.\n",
        mode="dyad",
    )
    analysis = Analyzer().transform(transcript)
    assert {t.speaker for t in analysis.turns if t.coded} == {"Anna", "Ben"}


def test_it_matches_the_published_output_schema(analysis):
    import json

    import jsonschema

    schema = json.loads(
        (Path(__file__).parents[2] / "src/bowlby/coding/schemas/analysis.schema.json").read_text()
    )
    jsonschema.validate(analysis.to_dict(), schema)
