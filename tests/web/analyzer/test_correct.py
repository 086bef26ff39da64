import csv
import io

from django.urls import reverse

from bowlby.web.analyzer.models import Correction
from bowlby.web.lib.privacy import export_user_data
from tests.web.analyzer.helpers import AnalyzerTestCase

TEXT = (
    "T: How was the week?\nP: I feel tired.\nT: Tell me more.\nP: I don't know.\n"
    "T: What happened?\nP: Nothing much happened.\nT: And now?\nP: I need help, honestly."
)


class CorrectionTests(AnalyzerTestCase):
    def correct(self, record, **data):
        return self.client.post(reverse("analyzer:correct", args=[record.pk]), data, follow=True)

    def test_it_starts_at_full_agreement_and_lowers_kappa_after_a_correction(self):
        record = self.create_analysis(TEXT)
        page = self.client.get(reverse("analyzer:detail", args=[record.pk]))
        self.assertEqual(page.context["agreement"]["kappa"], 1.0)
        response = self.correct(record, turn=5, action="add", code="external_attribution")
        self.assertContains(response, "Saved your correction on turn 5")
        agreement = response.context["agreement"]
        self.assertLess(agreement["kappa"], 1.0)
        self.assertEqual(agreement["corrected_turns"], [5])
        self.assertContains(response, f"κ = {agreement['kappa']}")

    def test_it_changes_and_removes_markers(self):
        record = self.create_analysis(TEXT)
        self.correct(
            record,
            turn=1,
            action="change",
            code="discloses_present_distress",
            new_code="dismisses_support",
        )
        self.correct(record, turn=7, action="remove", code="asks_for_help")
        response = self.client.get(reverse("analyzer:detail", args=[record.pk]))
        rows = {r["turn"]["index"]: r for r in response.context["rows"]}
        self.assertEqual([c["code"] for c in rows[1]["user_codes"]], ["dismisses_support"])
        self.assertEqual(rows[7]["user_codes"], [])
        self.assertEqual(Correction.objects.filter(analysis=record).count(), 2)

    def test_it_refuses_to_remove_a_marker_the_turn_does_not_have(self):
        record = self.create_analysis(TEXT)
        response = self.correct(record, turn=1, action="remove", code="enlists_others")
        self.assertContains(response, "has no marker enlists_others")
        self.assertFalse(Correction.objects.exists())

    def test_it_refuses_a_helper_turn(self):
        record = self.create_analysis(TEXT)
        response = self.correct(record, turn=0, action="add", code="asks_for_help")
        self.assertContains(response, "could not be saved")
        self.assertFalse(Correction.objects.exists())

    def test_it_exports_corrections_with_who_coded_them(self):
        record = self.create_analysis(TEXT)
        self.correct(record, turn=5, action="add", code="external_attribution")
        rows = list(
            csv.DictReader(
                io.StringIO(
                    self.client.get(
                        reverse("analyzer:download", args=[record.pk, "csv"])
                    ).content.decode()
                )
            )
        )
        mine = [r for r in rows if r["coded_by"] == "owner"]
        self.assertEqual([(r["turn"], r["code"]) for r in mine], [("5", "external_attribution")])
        data = export_user_data(self.owner)["analyzer"]
        self.assertEqual(data["corrections"][0]["code"], "external_attribution")
        self.assertEqual(data["analyses"][0]["user_codes"]["5"], ["external_attribution"])
