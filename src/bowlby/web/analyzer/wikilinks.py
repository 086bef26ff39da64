"""Which wiki article explains a marker (secure scales, avoidance/resistance, ruptures)."""

from __future__ import annotations

SCALE_ARTICLES = {
    "proximity_seeking": "secure-communication",
    "contact_maintaining": "secure-communication",
    "exploring": "secure-communication",
    "avoidance": "avoidant-and-preoccupied-communication",
    "resistance": "avoidant-and-preoccupied-communication",
}
RUPTURE_ARTICLE = "alliance-ruptures-and-repair"


def article_url(slug: str) -> str:
    try:  # the wiki's own link helper, when it has one
        from bowlby.web.wiki import links  # type: ignore[attr-defined]

        for name in ("article_url", "url_for", "article_link"):
            if hasattr(links, name):
                return getattr(links, name)(slug)
    except ImportError:
        pass
    return f"/wiki/{slug}/"


def marker_article(scale: str) -> str:
    return article_url(SCALE_ARTICLES.get(scale, "secure-communication"))


def rupture_article() -> str:
    return article_url(RUPTURE_ARTICLE)
