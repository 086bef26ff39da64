import json

import pytest
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_signs_up_logs_in_downloads_data_and_deletes_the_account(page):
    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Username").fill("river")
    page.get_by_label("Email").fill("river@example.org")
    page.get_by_label("Password", exact=True).fill("slow-river-stone-42")
    page.get_by_label("Password confirmation").fill("slow-river-stone-42")
    page.get_by_role("button", name="Create account").click()
    page.get_by_text("Your account is ready").wait_for()

    page.get_by_role("button", name="Log out").click()
    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Username").fill("river")
    page.get_by_label("Password").fill("slow-river-stone-42")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="river").click()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data").click()
    data = json.loads(download_info.value.path().read_text())
    assert data["data"]["account"]["email"] == "river@example.org"

    page.get_by_label("Type your username to confirm").fill("river")
    page.get_by_role("button", name="Delete my account and all my data").click()
    page.get_by_text("were deleted").wait_for()
    assert not get_user_model().objects.filter(username="river").exists()
