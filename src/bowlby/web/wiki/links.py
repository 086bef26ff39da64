"""Where the rest of Bowlby links into the wiki.

The analyzer and the profile name marker scales, families and rupture types (the values of
``bowlby.coding.scheme``); these map them to the article that explains them.
"""

from __future__ import annotations

from django.urls import reverse

SECURE_COMMUNICATION = "secure-communication"
AVOIDANT_AND_PREOCCUPIED = "avoidant-and-preoccupied-communication"
RUPTURES = "alliance-ruptures-and-repair"

SCALE_ARTICLES: dict[str, str] = {
    "proximity_seeking": SECURE_COMMUNICATION,
    "contact_maintaining": SECURE_COMMUNICATION,
    "exploring": SECURE_COMMUNICATION,
    "avoidance": AVOIDANT_AND_PREOCCUPIED,
    "resistance": AVOIDANT_AND_PREOCCUPIED,
}
FAMILY_ARTICLES: dict[str, str] = {
    "secure": "secure-attachment",
    "avoidant": "avoidant-attachment",
    "preoccupied": "anxious-attachment",
    "anxious": "anxious-attachment",
    "fearful": "fearful-avoidant-attachment",
    "fearful_avoidant": "fearful-avoidant-attachment",
}
RUPTURE_ARTICLES: dict[str, str] = {
    "rupture": RUPTURES,
    "withdrawal": RUPTURES,
    "confrontation": RUPTURES,
    "repair": RUPTURES,
}
TOPIC_ARTICLES: dict[str, str] = {
    "pursue_withdraw": "pursue-withdraw-cycle",
    "exceptions": "exception-discovery",
    "micro_experiments": "micro-experiments",
    "seek_help": "when-to-seek-help",
}


def article_url(slug: str) -> str:
    return reverse("wiki:article", args=[slug])


def article_for(key: str) -> str | None:
    """The slug of the article for a scale, family, rupture type or topic key, or None."""
    key = str(key).lower()
    for table in (SCALE_ARTICLES, RUPTURE_ARTICLES, FAMILY_ARTICLES, TOPIC_ARTICLES):
        if key in table:
            return table[key]
    return None


def wiki_links(slugs) -> list[dict]:
    """[{"slug", "title", "url"}] for each slug that names an existing article, in order."""
    from bowlby.web.wiki.models import Article

    slugs = [slug for slug in dict.fromkeys(slugs) if slug]
    titles = dict(Article.objects.filter(slug__in=slugs).values_list("slug", "title"))
    return [
        {"slug": slug, "title": titles[slug], "url": article_url(slug)}
        for slug in slugs
        if slug in titles
    ]


def links_for(keys) -> list[dict]:
    """Article links for analyzer/profile keys (scales, families, rupture types)."""
    return wiki_links(article_for(key) for key in keys)
