import csv
import datetime as dt
import io

import pytest

from bowlby.program import (
    CSV_COLUMNS,
    EntryError,
    entries_to_csv,
    entries_to_markdown,
    validate_entry,
)

ENTRIES = [
    {
        "kind": "value_ranking",
        "date": "2026-02-03",
        "fields": {
            "values": ["honesty", "humour", "calm", "fairness", "tenderness"],
            "focus": "calm",
        },
    },
    {
        "kind": "exception_log",
        "date": "2026-02-02",
        "fields": {
            "is_exception": True,
            "actions": ["cooked together"],
            "meaning": "We are good\nwhen we slow down.",
            "thoughts": "=SUM(A1) is not a thought",
        },
    },
    {"kind": "scaling", "date": "2026-02-03", "fields": {"score": 6, "one_point_up": ""}},
]


def test_it_exports_markdown_grouped_by_day_with_labels():
    text = entries_to_markdown(ENTRIES)
    assert text.index("## 2026-02-02") < text.index("## 2026-02-03")
    assert "### Today's exception" in text
    assert "**Was the problem smaller or absent at some point today?:** yes" in text
    assert "- cooked together" in text
    assert "1. honesty\n2. humour" in text  # ranked lists keep their order
    assert "We are good\nwhen we slow down." in text
    assert "What one point up would look like" not in text  # empty fields are left out


def test_it_exports_csv_one_row_per_field_safe_for_spreadsheets():
    rows = list(csv.reader(io.StringIO(entries_to_csv(ENTRIES))))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert len(body) == 4 + 2 + 2
    assert body[0]["date"] == "2026-02-02" and body[0]["value"] == "yes"
    thought = next(r for r in body if r["field"] == "thoughts")
    assert thought["value"] == "'=SUM(A1) is not a thought"
    values = next(r for r in body if r["field"] == "values")
    assert values["value"] == "honesty; humour; calm; fairness; tenderness"


def test_it_validates_and_normalises_an_entry():
    clean = validate_entry(
        {
            "kind": "exception_log",
            "date": "2026-02-02",
            "fields": {"is_exception": "yes", "tags": "Tired, tired , weekend"},
        }
    )
    assert clean["date"] == dt.date(2026, 2, 2)
    assert clean["fields"]["is_exception"] is True
    assert clean["fields"]["tags"] == ["Tired", "weekend"]
    assert clean["fields"]["context"] == []


@pytest.mark.parametrize(
    "entry,field,words",
    [
        ({"kind": "nap", "date": "2026-02-02"}, "kind", "unknown exercise"),
        ({"kind": "scaling", "date": "02/02/2026", "fields": {"score": 5}}, "date", "YYYY-MM-DD"),
        ({"kind": "scaling", "date": "2026-02-02", "fields": {"score": 11}}, "score", "1 to 10"),
        ({"kind": "scaling", "date": "2026-02-02", "fields": {}}, "score", "required"),
        (
            {
                "kind": "value_ranking",
                "date": "2026-02-02",
                "fields": {"values": ["a", "b"], "focus": "a"},
            },
            "values",
            "at least 5",
        ),
        (
            {"kind": "scaling", "date": "2026-02-02", "fields": {"score": 5, "mood": "x"}},
            "mood",
            "unknown field",
        ),
    ],
)
def test_it_says_which_field_is_wrong_and_how_to_fix_it(entry, field, words):
    with pytest.raises(EntryError, match=words) as caught:
        validate_entry(entry, index=4)
    assert caught.value.field == field and caught.value.index == 4
    assert "entry[4]" in str(caught.value)
