"""Reads the Markdown article files (front matter between --- lines, then the body)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
REQUIRED = ("title", "slug")
LIST_FIELDS = ("tags", "related")


class ArticleFileError(ValueError):
    """An article file that cannot be read; the message names the file, line and fix."""


@dataclass
class ArticleSource:
    slug: str
    title: str
    body: str
    series: str = ""
    number: int | None = None
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    summary: str = ""
    phrase: str = ""

    def snapshot(self) -> dict:
        return {
            "title": self.title,
            "series": self.series,
            "number": self.number,
            "tags": self.tags,
            "related": self.related,
            "summary": self.summary,
            "phrase": self.phrase,
            "body": self.body,
        }


def _parse_list(value: str) -> list[str]:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_article(text: str, *, source: str = "<text>") -> ArticleSource:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ArticleFileError(f"{source}, line 1: expected '---' to open the front matter")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ArticleFileError(
            f"{source}: the front matter is never closed; add a line '---' after it"
        ) from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(": ")  # split on the first ": " only
        if not sep:
            raise ArticleFileError(f"{source}, line {number}: expected 'key: value', got {line!r}")
        meta[key.strip()] = value.strip()
    for key in REQUIRED:
        if not meta.get(key):
            raise ArticleFileError(f"{source}: front matter has no '{key}:' line; add one")
    number_text = meta.get("number", "")
    if number_text and not number_text.isdigit():
        raise ArticleFileError(
            f"{source}: 'number: {number_text}' is not a whole number; write e.g. 'number: 301'"
        )
    return ArticleSource(
        slug=meta["slug"],
        title=meta["title"],
        series=meta.get("series", ""),
        number=int(number_text) if number_text else None,
        tags=_parse_list(meta.get("tags", "")),
        related=_parse_list(meta.get("related", "")),
        summary=meta.get("summary", ""),
        phrase=meta.get("phrase", ""),
        body="\n".join(lines[end + 1 :]).strip() + "\n",
    )


def read_article_files(directory: Path = ARTICLES_DIR) -> list[ArticleSource]:
    return [
        parse_article(path.read_text(encoding="utf-8"), source=str(path))
        for path in sorted(directory.glob("*.md"))
    ]
