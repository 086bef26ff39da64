"""Saving, restoring and importing articles; every change leaves a revision."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from bowlby.web.wiki.loader import read_article_files
from bowlby.web.wiki.models import Article, Revision


@transaction.atomic
def save_revision(article: Article, snapshot: dict, *, author=None, summary: str = "") -> Revision:
    """Apply ``snapshot`` to ``article`` (saving it) and record the new state as a revision."""
    article.apply_snapshot(snapshot)
    if author is not None:
        article.edited_by_user = True
    article.save()
    last = article.revisions.aggregate(last=Max("number"))["last"] or 0
    state = article.snapshot()
    body = state.pop("body")
    return Revision.objects.create(
        article=article,
        number=last + 1,
        body=body,
        metadata=state,
        author=author,
        edit_summary=summary[:300],
    )


def restore_revision(revision: Revision, *, author) -> Revision:
    return save_revision(
        revision.article,
        revision.snapshot(),
        author=author,
        summary=f"Restored revision {revision.number}",
    )


def import_articles(sources=None) -> dict[str, int]:
    """Create missing articles, refresh those no person has edited; returns counts."""
    counts = {"created": 0, "updated": 0, "kept": 0}
    for source in sources if sources is not None else read_article_files():
        article = Article.objects.filter(slug=source.slug).first()
        if article is None:
            save_revision(Article(slug=source.slug), source.snapshot(), summary="Imported")
            counts["created"] += 1
        elif article.edited_by_user or article.snapshot() == source.snapshot():
            counts["kept"] += 1
        else:
            save_revision(article, source.snapshot(), summary="Updated from the article files")
            counts["updated"] += 1
    return counts


def load_demo_articles() -> None:
    import_articles()
