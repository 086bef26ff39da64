"""Article Markdown to safe HTML.

Markdown is rendered by python-markdown and then cleaned by nh3 against an allow-list, so no
tag, attribute or URL from an article can run script: no <script>, no on* handlers, no style,
no javascript: links. The FAQ is also emitted as schema.org JSON-LD, escaped so that nothing in
the text can close the <script> element that carries it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape

import markdown
import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "q", "s",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}

PHRASE_HEADING = "a phrase worth trying first"
FAQ_HEADING = "faq"
NEXT_STEP_HEADING = "take the next step"

_HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_TAG = re.compile(r"<[^>]*>")


def clean_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str, *, id_prefix: str = "") -> SafeString:
    html = markdown.markdown(
        text,
        extensions=["extra", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": lambda value, sep: id_prefix + slugify(value)}},
        output_format="html",
    )
    return mark_safe(clean_html(html))  # safe: cleaned by nh3 just above


def plain_text(text: str) -> str:
    """Markdown as readable plain text (for snippets, JSON-LD and search)."""
    html = markdown.markdown(text, extensions=["extra"])
    return re.sub(r"\s+", " ", unescape(_TAG.sub(" ", html))).strip()


@dataclass
class FaqItem:
    question: str
    answer_markdown: str

    @property
    def answer_html(self) -> SafeString:
        return render_markdown(self.answer_markdown)

    @property
    def answer_text(self) -> str:
        return plain_text(self.answer_markdown)


@dataclass
class Section:
    heading: str
    markdown: str
    faq: list[FaqItem] = field(default_factory=list)

    @property
    def id(self) -> str:
        return slugify(self.heading) or "section"

    @property
    def kind(self) -> str:
        key = self.heading.strip().lower()
        return {
            PHRASE_HEADING: "phrase",
            FAQ_HEADING: "faq",
            NEXT_STEP_HEADING: "next-step",
        }.get(key, "text")

    @property
    def html(self) -> SafeString:
        return render_markdown(self.markdown, id_prefix=f"{self.id}-")

    @property
    def phrase_text(self) -> str:
        """The phrase itself, without quotation marks or blockquote syntax."""
        text = plain_text(self.markdown)
        return text.strip("\"“”' ")


def split_sections(body: str) -> tuple[str, list[Section]]:
    """The text before the first ## heading, and each ## section (outside code fences)."""
    intro: list[str] = []
    sections: list[Section] = []
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match and match.group(1) == "##":
            sections.append(Section(heading=match.group(2), markdown=""))
            continue
        target = sections[-1] if sections else None
        if target is None:
            intro.append(line)
        else:
            target.markdown += line + "\n"
    for section in sections:
        if section.kind == "faq":
            section.faq = split_faq(section.markdown)
    return "\n".join(intro).strip(), sections


def split_faq(text: str) -> list[FaqItem]:
    items: list[FaqItem] = []
    in_fence = False
    for line in text.splitlines():
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match and match.group(1) == "###":
            items.append(FaqItem(question=match.group(2), answer_markdown=""))
        elif items:
            items[-1].answer_markdown += line + "\n"
    return items


def faq_json_ld(items: list[FaqItem]) -> SafeString:
    """A <script type="application/ld+json"> element with a schema.org FAQPage, or ""."""
    if not items:
        return mark_safe("")
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": plain_text(item.question),
                "acceptedAnswer": {"@type": "Answer", "text": item.answer_text},
            }
            for item in items
        ],
    }
    return mark_safe(  # safe: every <, > and & is a JSON \u escape, see escape_json
        f'<script type="application/ld+json">{escape_json(data)}</script>'
    )


def escape_json(data) -> str:
    """JSON that is safe inside a <script> element: no <, > or & can appear literally."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def highlight(text: str, terms: list[str]) -> SafeString:
    """Escape ``text`` and wrap every occurrence of a term (at a word start) in <mark>."""
    if not terms:
        return escape(text)
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\w*",
        re.IGNORECASE,
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # safe: every piece escaped above


__all__ = ["escape", "faq_json_ld", "highlight", "render_markdown", "split_sections"]
