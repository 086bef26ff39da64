import csv
import io
import json

from django.urls import reverse

from bowlby.web.analyzer.models import Analysis
from tests.web.analyzer.helpers import AnalyzerTestCase


class DetailTests(AnalyzerTestCase):
    def test_it_shows_markers_with_evidence_wiki_links_chart_and_profiles(self):
        record = self.create_analysis()
        response = self.client.get(reverse("analyzer:detail", args=[record.pk]))
        body = response.content.decode()
        self.assertIn('<mark class="marker" tabindex="0" title="5 discloses', body)
        self.assertIn('href="/wiki/secure-communication/"', body)
        self.assertIn('href="/wiki/alliance-ruptures-and-repair/"', body)
        self.assertIn('<svg class="timeline"', body)
        self.assertIn("<meter", body)
        self.assertIn("Rupture episodes", body)
        self.assertIn("Repair suggestions", body)
        self.assertNotIn('style="', body)  # the CSP blocks inline styles

    def test_it_shows_a_calm_pointer_for_crisis_language(self):
        record = self.create_analysis("T: How are you?\nP: Some nights I want to die.")
        response = self.client.get(reverse("analyzer:detail", args=[record.pk]))
        self.assertContains(response, "Safety first")
        self.assertContains(response, "emergency number")

    def test_it_offers_json_csv_and_html_downloads(self):
        record = self.create_analysis()
        data = json.loads(
            self.client.get(reverse("analyzer:download", args=[record.pk, "json"])).content
        )
        self.assertEqual(data["mode"], "session")
        self.assertIn("corrections", data)
        rows = list(
            csv.DictReader(
                io.StringIO(
                    self.client.get(
                        reverse("analyzer:download", args=[record.pk, "csv"])
                    ).content.decode()
                )
            )
        )
        self.assertEqual({r["coded_by"] for r in rows}, {"test.keywords"})
        self.assertIn("discloses_present_distress", {r["code"] for r in rows})
        html = self.client.get(reverse("analyzer:download", args=[record.pk, "html"]))
        self.assertIn("attachment", html["Content-Disposition"])
        self.assertIn(b"<svg", html.content)

    def test_it_hides_every_personal_view_from_outsiders(self):
        record = self.create_analysis()
        for name, args, method in [
            ("analyzer:detail", [record.pk], "get"),
            ("analyzer:status", [record.pk], "get"),
            ("analyzer:download", [record.pk, "json"], "get"),
            ("analyzer:download", [record.pk, "csv"], "get"),
            ("analyzer:download", [record.pk, "html"], "get"),
            ("analyzer:retry", [record.pk], "post"),
            ("analyzer:correct", [record.pk], "post"),
            ("analyzer:clear_corrections", [record.pk], "post"),
            ("analyzer:delete", [record.pk], "post"),
        ]:
            with self.subTest(name):
                self.assertOutsiderCannotSee(
                    reverse(name, args=args),
                    method=method,
                    data={"turn": 1, "action": "add", "code": "asks_for_help"},
                )
        self.assertTrue(Analysis.objects.filter(pk=record.pk).exists())

    def test_it_deletes_the_transcript_for_its_owner(self):
        record = self.create_analysis()
        self.client.post(reverse("analyzer:delete", args=[record.pk]))
        self.assertFalse(Analysis.objects.filter(pk=record.pk).exists())
