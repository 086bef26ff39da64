import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bowlby.web.wiki.models import EDITORS_GROUP, Article
from bowlby.web.wiki.services import import_articles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "quiet-harbour-lantern-7"


def _log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_it_searches_reads_and_edits_an_article_as_an_editor(page):
    import_articles()
    Group.objects.get_or_create(name=EDITORS_GROUP)
    editor = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))

    # A reader, without an account, searches and reads.
    page.goto("/wiki/")
    page.get_by_label("Search the wiki").fill("rupture repair")
    page.get_by_role("button", name="Search").click()
    results = page.locator(".wiki-results li")
    results.first.wait_for()
    assert results.first.locator("mark").count() > 0
    page.get_by_role("link", name="Ruptures and repair").click()
    page.get_by_role("heading", name="A phrase worth trying first").wait_for()
    assert page.get_by_role("button", name="Copy").is_visible()
    assert page.get_by_role("link", name="Edit this article").count() == 0
    assert (
        page.get_by_role("link", name="Take the relationship test").get_attribute("href")
        == "/test/"
    )

    # An editor changes the summary; the change shows and is in the history.
    _log_in(page, "editor")
    page.goto("/wiki/alliance-ruptures-and-repair/")
    page.get_by_role("link", name="Edit this article").click()
    page.get_by_label("Summary", exact=True).fill("Connection breaks and can be mended by talking.")
    page.get_by_label("Edit summary").fill("Shorter summary")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Connection breaks and can be mended by talking.").first.wait_for()
    assert Article.objects.get(slug="alliance-ruptures-and-repair").edited_by_user

    page.get_by_role("link", name="History").click()
    page.get_by_role("cell", name="Shorter summary").wait_for()
    page.get_by_role("button", name="Compare selected revisions").click()
    page.locator("tr.diff-insert", has_text="Connection breaks").wait_for()
