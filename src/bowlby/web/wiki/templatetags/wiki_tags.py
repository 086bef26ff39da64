"""Template tags other apps use to link into the wiki.

{% load wiki_tags %}
<a href="{% wiki_url 'secure-communication' %}">…</a>
{% wiki_links "secure-communication" "alliance-ruptures-and-repair" %}
{% wiki_links_for "avoidance" "withdrawal" %}
"""

from django import template

from bowlby.web.wiki import links

register = template.Library()


@register.simple_tag
def wiki_url(slug: str) -> str:
    return links.article_url(slug)


@register.inclusion_tag("wiki/_links.html")
def wiki_links(*slugs):
    flat = []
    for slug in slugs:
        flat.extend(slug if isinstance(slug, list | tuple) else [slug])
    return {"wiki_links": links.wiki_links(flat)}


@register.inclusion_tag("wiki/_links.html")
def wiki_links_for(*keys):
    return {"wiki_links": links.links_for(keys)}
