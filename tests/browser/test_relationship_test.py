"""The relationship test on a phone: take it, see the result, share, revoke, download the PDF."""

import re

import pytest
from django.contrib.auth import get_user_model

from bowlby.assessment import ITEMS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _log_in(page, username, password):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_it_takes_the_test_shares_revokes_and_downloads_on_a_phone(
    phone_page, browser, live_server
):
    page = phone_page
    get_user_model().objects.create_user("lake", "lake@example.org", "calm-lake-morning-88")
    _log_in(page, "lake", "calm-lake-morning-88")

    page.goto("/test/")
    page.get_by_role("link", name="Start the test").click()
    total = len(ITEMS)
    for number, item in enumerate(ITEMS, start=1):
        page.get_by_text(f"{number} of {total}", exact=True).wait_for()
        if number == 3:  # a reload in the middle resumes where we were
            page.reload()
            page.get_by_text(f"3 of {total}", exact=True).wait_for()
        value = "6" if item.dimension == "anxiety" and not item.reverse else "2"
        page.locator(f'input[name="answer"][value="{value}"]').check()
        page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="See my result").click()

    page.get_by_role("heading", name="Your result").wait_for()
    assert page.locator("svg.chart rect.band").count() == 1
    assert page.get_by_text("anxious/preoccupied").first.is_visible()
    assert page.get_by_role("heading", name="A phrase worth trying first").is_visible()
    # Nothing on the page is wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the action report (PDF)").click()
    assert download_info.value.path().read_bytes().startswith(b"%PDF")

    page.get_by_role("button", name="Create a share link").click()
    share_url = page.locator("input[id^=share-]").first.input_value()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert re.search(r"/test/share/[\w-]{40,}/$", share_url)

    stranger = browser.new_context(base_url=live_server.url)
    other = stranger.new_page()
    response = other.goto(share_url)
    assert response.status == 200
    assert other.get_by_role("heading", name="Reaching for reassurance").is_visible()
    assert other.locator("text=Likely range").count() == 0
    assert other.locator('meta[property="og:image"]').count() == 1

    page.get_by_role("button", name="Revoke").click()
    page.get_by_text("The link is switched off").wait_for()
    assert other.goto(share_url).status == 404
    stranger.close()
