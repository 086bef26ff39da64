"""Articles and their revisions: shared reading material, edited by the "editors" group."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify

EDITORS_GROUP = "editors"

# Paths under /wiki/ that an article slug may not take.
RESERVED_SLUGS = frozenset({"search", "tag", "series", "new", "edit", "history", "diff"})


class Article(models.Model):
    bowlby_shared = "wiki articles are reading material for every visitor, not one person's data"

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=200)
    series = models.CharField(max_length=200, blank=True)
    number = models.PositiveIntegerField(null=True, blank=True)
    tags = models.JSONField(default=list, blank=True)
    related = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True)
    phrase = models.TextField(blank=True)
    body = models.TextField()
    # Plain text of everything searchable, kept in step on save (see search.py).
    search_text = models.TextField(blank=True, editable=False)
    # Once a person edits an article, the demo loader no longer overwrites it.
    edited_by_user = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["series", "number", "title"]

    def __str__(self) -> str:
        return self.full_title

    def save(self, *args, **kwargs):
        from bowlby.web.wiki.search import searchable_text

        self.search_text = searchable_text(self)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("wiki:article", args=[self.slug])

    @property
    def full_title(self) -> str:
        if self.series and self.number is not None:
            return f"{self.series} — {self.number}: {self.title}"
        return self.title

    @property
    def series_slug(self) -> str:
        return slugify(self.series)

    def snapshot(self) -> dict:
        """The editable state, as stored in a revision."""
        return {
            "title": self.title,
            "series": self.series,
            "number": self.number,
            "tags": list(self.tags),
            "related": list(self.related),
            "summary": self.summary,
            "phrase": self.phrase,
            "body": self.body,
        }

    def apply_snapshot(self, snapshot: dict) -> None:
        for field in ("title", "series", "number", "tags", "related", "summary", "phrase", "body"):
            if field in snapshot:
                setattr(self, field, snapshot[field])


class Revision(models.Model):
    bowlby_shared = "a revision is a version of a shared article; its author link is cleared"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    body = models.TextField()
    metadata = models.JSONField(default=dict)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="wiki_revisions",
    )
    edit_summary = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="wiki_revision_number")
        ]

    def __str__(self) -> str:
        return f"{self.article.slug} r{self.number}"

    def snapshot(self) -> dict:
        return {**self.metadata, "body": self.body}
