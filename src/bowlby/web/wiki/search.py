"""Ranked full-text search with highlighted snippets, on PostgreSQL and on SQLite.

PostgreSQL: the database does the work (weighted tsvector, ts_rank, ts_headline).
Elsewhere (SQLite): a portable ranked scan in Python over the stored plain text. A wiki holds
tens to hundreds of articles, so scanning them is quick; the ranking mirrors the PostgreSQL
weights (title and tags over summary over body) and, like websearch_to_tsquery, every word of
the query must appear.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from bowlby.web.wiki.render import highlight, plain_text

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 32
WEIGHTS = {"title": 5.0, "tags": 4.0, "summary": 2.0, "body": 1.0}
_WORD = re.compile(r"[\w’']+", re.UNICODE)
# Private-use characters mark highlights in PostgreSQL's headline before escaping.
_START, _STOP = "\ue000", "\ue001"


@dataclass
class SearchResult:
    article: object
    rank: float
    snippet: SafeString


def searchable_text(article) -> str:
    """The body text that search and snippets read: phrase, then the body without markup."""
    return plain_text(f"{article.phrase}\n\n{article.body}")


def query_terms(query: str) -> list[str]:
    words = [w.lower().strip("'’") for w in _WORD.findall(query[:MAX_QUERY_LENGTH])]
    return [_stem(w) for w in dict.fromkeys(words) if len(w) >= 2]


def _stem(word: str) -> str:
    """A light suffix strip, so 'repairs' also finds 'repair' and 'repairing'."""
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def search(query: str, *, limit: int = 30) -> list[SearchResult]:
    from bowlby.web.wiki.models import Article

    query = query.strip()[:MAX_QUERY_LENGTH]
    if not query_terms(query):
        return []
    if connection.vendor == "postgresql":
        return _search_postgres(Article.objects.all(), query, limit=limit)
    return _search_portable(Article.objects.all(), query, limit=limit)


def _search_postgres(articles, query: str, *, limit: int) -> list[SearchResult]:
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVector,
    )

    vector = (
        SearchVector("title", weight="A", config="english")
        + SearchVector(Cast("tags", output_field=TextField()), weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("search_text", weight="C", config="english")
    )
    search_query = SearchQuery(query, search_type="websearch", config="english")
    rows = (
        articles.annotate(document=vector)
        .filter(document=search_query)
        .annotate(
            rank=SearchRank(F("document"), search_query),
            headline=SearchHeadline(
                "search_text",
                search_query,
                config="english",
                start_sel=_START,
                stop_sel=_STOP,
                max_words=SNIPPET_WORDS,
                min_words=12,
            ),
        )
        .order_by("-rank", "series", "number")[:limit]
    )
    return [
        SearchResult(article=row, rank=float(row.rank), snippet=_marked(row.headline))
        for row in rows
    ]


def _marked(headline: str) -> SafeString:
    text = str(escape(headline)).replace(_START, "<mark>").replace(_STOP, "</mark>")
    return mark_safe(text)  # safe: escaped before the two marks went in


def _count(terms_pattern: re.Pattern, text: str) -> int:
    return len(terms_pattern.findall(text))


def _search_portable(articles, query: str, *, limit: int) -> list[SearchResult]:
    terms = query_terms(query)
    patterns = [re.compile(r"\b" + re.escape(term), re.IGNORECASE) for term in terms]
    results = []
    for article in articles:
        fields = {
            "title": article.title,
            "tags": " ".join(article.tags),
            "summary": article.summary,
            "body": article.search_text,
        }
        score = 0.0
        for pattern in patterns:
            term_score = sum(
                WEIGHTS[name] * (1 + math.log(count))
                for name, text in fields.items()
                if (count := _count(pattern, text))
            )
            if not term_score:
                break  # every word must appear, as in a web search
            score += term_score
        else:
            length = len(article.search_text.split()) or 1
            rank = score / (1 + math.log(length))
            results.append(
                SearchResult(
                    article=article,
                    rank=rank,
                    snippet=_snippet(article.search_text or article.summary, patterns, terms),
                )
            )
    results.sort(key=lambda r: (-r.rank, r.article.series, r.article.number or 0))
    return results[:limit]


def _snippet(text: str, patterns: list[re.Pattern], terms: list[str]) -> SafeString:
    """About SNIPPET_WORDS words around the first place the most terms meet."""
    words = text.split()
    if not words:
        return mark_safe("")
    best_start, best_hits = 0, -1
    step = max(1, SNIPPET_WORDS // 4)
    for start in range(0, max(1, len(words) - SNIPPET_WORDS // 2), step):
        window = " ".join(words[start : start + SNIPPET_WORDS])
        hits = sum(1 for p in patterns if p.search(window))
        if hits > best_hits:
            best_start, best_hits = start, hits
    window = " ".join(words[best_start : best_start + SNIPPET_WORDS])
    prefix = "… " if best_start else ""
    suffix = " …" if best_start + SNIPPET_WORDS < len(words) else ""
    return mark_safe(f"{prefix}{highlight(window, terms)}{suffix}")  # safe: escaped
