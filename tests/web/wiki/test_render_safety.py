import json
import re

from django.urls import reverse

from bowlby.web.wiki.render import escape_json, render_markdown, split_sections
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article

HOSTILE = """## The problem

<script>alert('body')</script>
<img src="x.png" onerror="alert('img')">
<a href="javascript:alert('link')">click me</a>
[markdown link](javascript:alert('md'))
<p style="position:fixed" onclick="alert('p')">styled</p>
<iframe src="https://example.org"></iframe>
<svg onload="alert('svg')"></svg>

## FAQ

### Can </script><script>alert('q')</script> break out?

Answer with </script><script>alert('a')</script> and <!-- a comment -->.
Also `</script><script>alert('c')</script>` as code.

## Take the next step

[Test](/test/)
"""


class RenderSafetyTests(BaseTestCase):
    def setUp(self):
        make_article("hostile", title="Hostile <script>alert('t')</script>", body=HOSTILE)
        self.html = self.client.get(reverse("wiki:article", args=["hostile"])).content.decode()

    def test_it_runs_no_script_but_the_sites_own_and_the_json_ld(self):
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", self.html, re.S)
        for attributes, content in scripts:
            if 'type="application/ld+json"' in attributes:
                continue
            self.assertIn("src=", attributes, f"inline script found: {content[:80]!r}")
            self.assertEqual(content.strip(), "")
        self.assertNotIn("alert(", "".join(content for a, content in scripts if "ld+json" not in a))

    def test_it_strips_event_handlers_styles_frames_and_javascript_urls(self):
        lowered = self.html.lower()
        for forbidden in ("onerror=", "onclick=", "onload=", "javascript:", "<iframe", "style="):
            self.assertNotIn(forbidden, lowered)
        self.assertIn("click me", self.html)  # the text stays, the link target goes

    def test_it_keeps_script_text_inside_the_json_ld_from_closing_the_element(self):
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', self.html, re.S)
        self.assertEqual(len(blocks), 1)
        self.assertNotIn("<", blocks[0])
        data = json.loads(blocks[0])
        self.assertEqual(data["@type"], "FAQPage")
        question = data["mainEntity"][0]
        self.assertNotIn("alert('q')</script>", question["name"])
        self.assertIn("</script><script>alert('c')</script>", question["acceptedAnswer"]["text"])

    def test_it_escapes_the_title(self):
        self.assertNotIn("<script>alert('t')", self.html)
        self.assertIn("&lt;script&gt;", self.html)


class RenderHelperTests(BaseTestCase):
    def test_it_escapes_angle_brackets_and_ampersands_in_json(self):
        text = escape_json({"a": "</script>&<!--"})
        self.assertNotIn("<", text)
        self.assertNotIn("&", text)
        self.assertEqual(json.loads(text)["a"], "</script>&<!--")

    def test_it_gives_headings_ids_and_keeps_ordinary_markdown(self):
        html = render_markdown(
            "### A question?\n\nSome **bold** and [a link](https://example.org)."
        )
        self.assertIn('<h3 id="a-question">', html)
        self.assertIn("<strong>bold</strong>", html)
        self.assertIn('href="https://example.org"', html)

    def test_it_splits_sections_and_faq_outside_code_fences(self):
        body = (
            "## One\n\n```\n## not a heading\n```\n\n## FAQ\n\n### Q1?\n\nA1.\n\n### Q2?\n\nA2.\n"
        )
        _, sections = split_sections(body)
        self.assertEqual([s.heading for s in sections], ["One", "FAQ"])
        self.assertEqual([item.question for item in sections[1].faq], ["Q1?", "Q2?"])
        self.assertEqual(sections[1].faq[1].answer_text, "A2.")
