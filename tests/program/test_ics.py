import datetime as dt

import pytest

from bowlby.program import ics_for
from bowlby.program.ics import escape_text, fold_line

START = dt.date(2026, 1, 30)
STAMP = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def _unfold(feed: str) -> list[str]:
    return feed.replace("\r\n ", "").split("\r\n")[:-1]


def _events(lines):
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line and "ALARM" not in line:
            name, value = line.split(":", 1)
            current.setdefault(name, value)
    return events


def test_it_writes_one_all_day_event_per_day_in_a_valid_feed():
    feed = ics_for(START, stamp=STAMP, title_prefix="Our program")
    assert feed.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert feed.endswith("END:VCALENDAR\r\n")
    assert "\n" not in feed.replace("\r\n", "")
    events = _events(_unfold(feed))
    assert len(events) == 40
    assert len({e["UID"] for e in events}) == 40
    first, last = events[0], events[-1]
    assert first["DTSTART;VALUE=DATE"] == "20260130" and first["DTEND;VALUE=DATE"] == "20260131"
    assert last["DTSTART;VALUE=DATE"] == "20260310"
    assert first["SUMMARY"].startswith(
        "Our program day 1: Collaborative foundation — Our story so far"
    )
    assert "Consolidation — Marking what you did" in last["SUMMARY"]
    assert all(e["DTSTAMP"] == "20260101T120000Z" for e in events)


def test_it_folds_at_75_octets_without_splitting_characters():
    feed = ics_for(START, days=10, stamp=STAMP, title_prefix="Ünser Prögramm ☀")
    for line in feed.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    long = "DESCRIPTION:" + "é☀a" * 60
    folded = fold_line(long)
    assert folded.replace("\r\n ", "") == long
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_it_escapes_text_values():
    assert escape_text("a, b; c\\d\nnext") == "a\\, b\\; c\\\\d\\nnext"
    feed = ics_for(START, days=1, stamp=STAMP, title_prefix="Anna, Ben; us")
    summary = next(line for line in _unfold(feed) if line.startswith("SUMMARY:"))
    assert summary.startswith("SUMMARY:Anna\\, Ben\\; us day 1")


def test_it_writes_timed_events_with_an_alarm_when_a_reminder_time_is_given():
    feed = ics_for(START, days=8, reminder_time=dt.time(19, 30), stamp=STAMP)
    lines = _unfold(feed)
    events = _events(lines)
    assert events[0]["DTSTART"] == "20260130T193000"
    assert events[7]["DURATION"] == "PT20M"  # day 8: coping list + exception log
    assert lines.count("BEGIN:VALARM") == 8 and "TRIGGER:PT0M" in lines


def test_it_refuses_zero_days():
    with pytest.raises(ValueError, match="days must be 1 or more"):
        ics_for(START, days=0)
