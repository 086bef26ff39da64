"""The 40-day program in a real browser: start, a week of journal entries through the forms,
the score chart and a found pattern; drafts kept while typing; ranking by keyboard."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "quiet-harbour-lamp-73"


def log_in_to_the_program(page):
    get_user_model().objects.create_user("ash", "ash@example.org", PASSWORD)
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("ash")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Program").first.click()


def log_in_and_start(page, *, days_ago=10):
    log_in_to_the_program(page)
    page.get_by_text("Before you begin: who this is not for").wait_for()
    start = timezone.localdate() - dt.timedelta(days=days_ago)
    page.get_by_label("Start date").fill(start.isoformat())
    page.get_by_label("On my own").check()
    page.get_by_role("button", name="Begin the program").click()
    page.get_by_text(f"Day {days_ago + 1}").first.wait_for()


def test_it_fills_a_week_of_entries_and_shows_the_chart_and_a_pattern(page):
    log_in_and_start(page)
    # Only our pages: the log-in page and the home page belong to other parts.
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    today = timezone.localdate()
    scores = {8: 4, 7: 7, 6: 5, 5: 8, 4: 4, 3: 7, 2: 3, 1: 8}
    for days_ago, score in scores.items():
        walked = days_ago % 2 == 1
        date = (today - dt.timedelta(days=days_ago)).isoformat()

        page.goto("/program/write/exception_log/")
        page.locator("#f-entry-date").fill(date)
        page.get_by_label("Yes" if walked else "No", exact=True).check()
        page.get_by_label("What I did").fill("walked together" if walked else "")
        page.get_by_label("Context").fill("evening")
        page.get_by_role("button", name="Save entry").click()
        page.get_by_text("Saved: Today's exception").wait_for()

        page.goto("/program/write/scaling/")
        page.locator("#f-entry-date").fill(date)
        page.get_by_label("Where I am today").fill(str(score))
        page.get_by_label("What keeps it from being one point lower").fill("we keep talking")
        page.get_by_label("What one point up would look like").fill("one slow evening")
        page.get_by_label("What I did today").fill("walked together" if walked else "")
        page.get_by_role("button", name="Save entry").click()
        page.get_by_text("Saved: Where are we").wait_for()

    page.get_by_role("link", name="Charts").click()
    chart = page.locator("svg.score-chart")
    chart.wait_for()
    assert chart.locator("circle").count() == len(scores)
    assert page.locator("svg.week-chart rect").count() >= 2

    page.get_by_role("link", name="Patterns").click()
    finding = page.locator(".findings li").filter(has_text="walked together").first
    finding.wait_for()
    assert "Likely a real pattern" in finding.inner_text()
    assert "plausible range" in finding.inner_text()
    page.get_by_role("heading", name="Micro-experiments to try").wait_for()
    assert blocked == []


def test_it_keeps_a_draft_while_typing_and_ranks_by_keyboard(phone_page):
    page = phone_page
    log_in_and_start(page, days_ago=2)
    page.goto("/program/write/hope_question/")
    box = page.get_by_label("A little better by tonight would look like")
    box.press_sequentially("Dinner together, phones in the other room")
    page.get_by_text("Draft saved").wait_for()
    page.reload()
    assert page.get_by_label("A little better by tonight would look like").input_value() == (
        "Dinner together, phones in the other room"
    )

    page.goto("/program/write/value_ranking/")
    for position, value in enumerate(["honesty", "play", "rest", "care", "calm"], start=1):
        page.get_by_label(f"My values, most important first, place {position}", exact=True).fill(
            value
        )
    down = page.get_by_role("button", name="Move place 1 down")
    down.focus()
    page.keyboard.press("Enter")
    first = page.get_by_label("My values, most important first, place 1", exact=True)
    second = page.get_by_label("My values, most important first, place 2", exact=True)
    assert (first.input_value(), second.input_value()) == ("play", "honesty")
    # Focus follows the moved value, so pressing again keeps moving it down.
    page.keyboard.press("Enter")
    assert page.get_by_label(
        "My values, most important first, place 3", exact=True
    ).input_value() == ("honesty")
    page.get_by_label("My focus for this week").fill("play")
    page.get_by_role("button", name="Save entry").click()
    page.get_by_text("Saved: What I value most").wait_for()


def test_it_starts_the_program_in_the_browsers_time_zone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, timezone_id="Europe/Berlin")
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        log_in_to_the_program(page)
        zone = page.get_by_label("Your time zone")
        page.wait_for_load_state()
        assert zone.input_value() == "Europe/Berlin"
        page.get_by_label("Start date").fill(timezone.localdate().isoformat())
        page.get_by_label("On my own").check()
        page.get_by_role("button", name="Begin the program").click()
        page.get_by_text("Day 1").first.wait_for()
        from bowlby.web.journey.models import Program

        assert Program.objects.get(owner__username="ash").time_zone == "Europe/Berlin"
    finally:
        context.close()
