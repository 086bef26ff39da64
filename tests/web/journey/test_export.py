import csv
import io

from django.urls import reverse

from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class ExportTests(BaseTestCase):
    def setUp(self):
        start_program(self.owner)
        add_entry(self.owner, "hope_question", {"a_little_better": "=SUM(A1) tea at nine"})

    def test_it_downloads_the_journal_as_markdown(self):
        self.login(self.owner)
        response = self.client.get(reverse("journey:export_md"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        self.assertIn("tea at nine", response.content.decode())

    def test_it_downloads_the_journal_as_csv_safe_for_spreadsheets(self):
        self.login(self.owner)
        response = self.client.get(reverse("journey:export_csv"))
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        values = [r["value"] for r in rows if r["field"] == "a_little_better"]
        self.assertEqual(values, ["'=SUM(A1) tea at nine"])

    def test_it_exports_nothing_of_mine_to_others(self):
        start_program(self.outsider)
        self.login(self.outsider)
        for name in ("journey:export_md", "journey:export_csv"):
            self.assertNotIn("tea at nine", self.client.get(reverse(name)).content.decode())

    def test_it_hides_exports_from_visitors_and_people_without_a_program(self):
        for name in ("journey:export_md", "journey:export_csv"):
            self.assertOutsiderCannotSee(reverse(name))
