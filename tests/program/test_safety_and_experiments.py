import datetime as dt

from bowlby.program import NOT_FOR_VIOLENCE, check_entry, find_patterns, propose_experiments
from bowlby.program.stats import CANT_TELL, EXCEPTION_RATE, LIKELY, MAYBE, Finding
from bowlby.safety import HELP_MESSAGE


def test_it_points_to_help_on_crisis_language_in_an_entry():
    notice = check_entry("Some days I think I want to die.")
    assert notice is not None and notice.message == HELP_MESSAGE
    assert notice.show_exercise is False
    start, end = notice.spans[0]
    assert "want to die" in "Some days I think I want to die."[start:end]
    nested = {"kind": "exception_log", "fields": {"thoughts": "he hits me when he drinks"}}
    assert check_entry(nested) is not None


def test_it_leaves_ordinary_entries_alone():
    assert check_entry("We cooked together and laughed about the burnt rice.") is None
    assert check_entry({"fields": {"score": 6, "tags": ["tired", "weekend"]}}) is None


def test_it_states_the_program_is_not_for_violent_relationships():
    text = NOT_FOR_VIOLENCE.lower()
    assert "violence" in text and "control" in text and "emergency" in text


def _finding(label, kind, verdict, difference=0.4, p=0.01, factor=None):
    return Finding(
        factor=factor or f"{kind}:{label}", kind=kind, label=label, outcome=EXCEPTION_RATE,
        days_with=10, days_without=20, value_with=0.8, value_without=0.8 - difference,
        difference=difference, low=0.1, high=0.7, p_value=p, q_value=p, verdict=verdict,
    )  # fmt: skip


def test_it_proposes_experiments_only_from_upward_findings():
    findings = [
        _finding("cooked together", "action", LIKELY),
        _finding("weekend", "context", MAYBE, p=0.08),
        _finding("tired", "tag", LIKELY, difference=-0.4),
        _finding("phones away", "action", CANT_TELL, p=0.6),
    ]
    proposals = propose_experiments(findings)
    assert [p.label for p in proposals] == ["cooked together", "weekend"]
    first, second = proposals
    assert (
        "days you noted “cooked together”" in first.text
        and "twice in the next three days" in first.text
    )
    assert "chance" not in first.text
    assert "may be chance" in second.text and "set up “weekend”" in second.text
    assert propose_experiments(findings, limit=1) == [first]


def test_it_proposes_the_experiment_a_real_journal_points_to():
    entries = []
    for i in range(24):
        date = (dt.date(2026, 2, 1) + dt.timedelta(days=i)).isoformat()
        walked = i % 3 == 0
        fields = {"is_exception": walked, "actions": ["walked after dinner"] if walked else []}
        entries.append({"kind": "exception_log", "date": date, "fields": fields})
    (proposal,) = propose_experiments(find_patterns(entries))
    assert proposal.factor == "action:walked after dinner"
