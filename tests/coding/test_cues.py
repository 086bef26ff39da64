from bowlby.coding.cues import find_cues
from bowlby.coding.features import SYMBOLIC_FEATURES, TurnInput, symbolic_features


def test_it_finds_named_cues_with_exact_spans():
    text = "Honestly I'm so scared right now. You never listen."
    hits = {h.name: h for h in find_cues(text)}
    assert (
        text[hits["present_feeling"].start : hits["present_feeling"].end]
        == hits["present_feeling"].text
    )
    assert "complains_about_listener" in hits


def test_it_reads_the_listeners_turn_for_context_cues():
    names = {h.name for h in find_cues("How are you feeling about it?", on="context")}
    assert "ctx_distress_inquiry" in names


def test_it_marks_a_short_answer_to_a_feeling_question():
    vector, _ = symbolic_features(TurnInput("Fine. (shrugs)", "How are you feeling?"))
    values = dict(zip(SYMBOLIC_FEATURES, vector, strict=True))
    assert values["ctx:ctx_distress_inquiry*len_short"] == 1.0
    assert values["nv_shrug"] == 1.0
