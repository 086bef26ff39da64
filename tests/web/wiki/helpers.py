"""Small article fixtures for the wiki tests."""

from django.contrib.auth.models import Group

from bowlby.web.wiki.models import EDITORS_GROUP, Article
from bowlby.web.wiki.services import save_revision

BODY = """## The problem

Sam goes quiet whenever Alex raises money.

## Core concepts

**Withdrawal.** Moving away from the conversation when it feels unsafe.

## A phrase worth trying first

"Can we try that again, more slowly?"

## FAQ

### Is going quiet always a rupture?

No. Sometimes it is simply thinking time.

### What helps first?

Naming the moment, gently.

## Take the next step

Take the relationship test at [/test/](/test/).
"""


def make_article(slug="quiet-money", *, title="Quiet about money", body=BODY, **extra) -> Article:
    snapshot = {
        "title": title,
        "series": extra.pop("series", "Test Series"),
        "number": extra.pop("number", 901),
        "tags": extra.pop("tags", ["money", "withdrawal"]),
        "related": extra.pop("related", []),
        "summary": extra.pop("summary", "What to do when one partner goes quiet."),
        "phrase": extra.pop("phrase", "Can we try that again, more slowly?"),
        "body": body,
    }
    article = Article(slug=slug)
    save_revision(article, snapshot, summary="Created for a test")
    return article


def make_editor(user):
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user
