from bowlby.coding.results import MarkerHit, TurnResult
from bowlby.coding.scheme import MARKERS_BY_NUMBER
from bowlby.coding.speakers import classify_speaker


def _turns(numbers_per_turn):
    turns = []
    for i, numbers in enumerate(numbers_per_turn):
        turn = TurnResult(index=i, speaker="P", role="patient", text="x", coded=True)
        for n in numbers:
            m = MARKERS_BY_NUMBER[n]
            turn.markers.append(MarkerHit(m.code, n, m.scale.value, m.family.value, 0.9, "x", 0, 1))
        turns.append(turn)
    return turns


def test_it_calls_a_speaker_avoidant_when_avoidance_is_the_highest_scale():
    result = classify_speaker(_turns([[25], [28], [35], [1], []]), role="patient")
    assert result.classification == "avoidant"
    assert result.evidence_turns == [0, 1, 2]
    assert max(result.probabilities, key=result.probabilities.get) == "avoidant"


def test_it_uses_the_highest_single_scale_not_the_family_sum():
    # Secure markers spread over three scales (one each) lose to two resistance markers.
    result = classify_speaker(_turns([[1], [11], [16], [44], [52]]), role="patient")
    assert result.classification == "preoccupied"


def test_it_calls_a_speaker_secure_when_a_secure_scale_leads():
    result = classify_speaker(_turns([[5], [1], [8], [62], []]), role="patient")
    assert result.classification == "secure"


def test_it_refuses_to_guess_with_too_few_marked_turns():
    result = classify_speaker(_turns([[25], [], [], [], []]), role="patient")
    assert result.classification == "insufficient_evidence"
