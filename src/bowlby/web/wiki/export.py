def export_revisions(user) -> list[dict]:
    """The article revisions this person wrote (the articles themselves are shared)."""
    return [
        {
            "article": revision.article.slug,
            "revision": revision.number,
            "edit_summary": revision.edit_summary,
            "created": revision.created.isoformat(),
        }
        for revision in user.wiki_revisions.select_related("article").order_by("created")
    ]
