import pytest
from django.contrib.auth import get_user_model

from bowlby.web.analyzer import engine
from tests.web.analyzer.fakes import keyword_analyzer
from tests.web.analyzer.helpers import FIXTURES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def analyzer():
    # The page is under test here, not the model: a keyword coder keeps the run short and stable.
    engine.use_analyzer(keyword_analyzer())
    yield
    engine.use_analyzer(None)


def test_it_uploads_waits_for_the_report_corrects_a_code_and_sees_agreement_change(
    page, analyzer, settings
):
    settings.BOWLBY_ANALYZER_SYNC = False  # the real worker thread; the page polls for it
    get_user_model().objects.create_user("clinician", password="calm-harbour-light-7")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("clinician")
    page.get_by_label("Password").fill("calm-harbour-light-7")
    page.get_by_role("button", name="Log in").click()

    page.goto("/analyzer/")
    page.get_by_label("Or upload a file").set_input_files(str(FIXTURES / "session.srt"))
    page.get_by_role("button", name="Check transcript").click()
    page.get_by_text("Bowlby's guess:").wait_for()
    assert page.get_by_label("Client").input_value() == "patient"
    page.get_by_role("button", name="Analyse").click()

    page.get_by_role("heading", name="Timeline").wait_for(timeout=20000)
    mark = page.locator("mark.marker").first
    mark.focus()
    assert mark.get_attribute("title") == "1 asks for help: help"
    assert page.locator("#kappa").inner_text() == "κ = 1.0"

    page.get_by_text("Your codes").last.click()
    page.get_by_role("button", name="Remove 1 asks for help from turn 1").click()
    page.get_by_text("Saved your correction on turn 1").wait_for()
    assert page.locator("#kappa").inner_text() == "κ = 0.0"
    assert "you corrected turn 1" in page.locator("#agreement").inner_text()


@pytest.mark.parametrize(
    "fixture",
    ["session.txt", "session.csv", "session.json", "session.vtt", "session.srt", "chat.txt"],
)
def test_it_uploads_each_format_and_shows_the_report_from_the_real_coder(page, fixture):
    engine.use_analyzer(None)  # the packaged coder, as users get it
    get_user_model().objects.create_user("reader", password="calm-harbour-light-7")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("reader")
    page.get_by_label("Password").fill("calm-harbour-light-7")
    page.get_by_role("button", name="Log in").click()

    page.goto("/analyzer/")
    page.get_by_label("Or upload a file").set_input_files(str(FIXTURES / fixture))
    page.get_by_role("button", name="Check transcript").click()
    page.get_by_text("Bowlby's guess:").wait_for()
    page.get_by_role("button", name="Analyse").click()
    page.get_by_role("heading", name="Timeline").wait_for(timeout=30000)
    assert page.locator("svg").count() >= 1
    assert (
        page.get_by_role("heading", name="Speakers").count() + page.get_by_text("Speaker").count()
        > 0
    )
