from django.template import Context, Template

from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article


class WikiLinksTagTests(BaseTestCase):
    def test_it_renders_links_for_slugs_and_analyzer_keys(self):
        make_article("secure-communication", title="Secure communication")
        html = Template(
            "{% load wiki_tags %}{% wiki_url 'x-y' %}|{% wiki_links 'secure-communication' 'gone' %}"
            "|{% wiki_links_for 'exploring' %}"
        ).render(Context({}))
        url_part, slug_part, key_part = html.split("|")
        self.assertEqual(url_part, "/wiki/x-y/")
        for part in (slug_part, key_part):
            self.assertIn('<a href="/wiki/secure-communication/">Secure communication</a>', part)
            self.assertNotIn("gone", part)
