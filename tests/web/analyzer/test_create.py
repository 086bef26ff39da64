from django.urls import reverse

from bowlby.web.analyzer.models import Analysis, Client
from tests.web.analyzer.helpers import SESSION_TEXT, AnalyzerTestCase


class CreateTests(AnalyzerTestCase):
    def test_it_stores_the_transcript_and_runs_the_analysis(self):
        record = self.create_analysis()
        self.assertEqual(record.status, Analysis.DONE)
        self.assertEqual(record.progress, 100)
        self.assertEqual(record.text, SESSION_TEXT)
        self.assertEqual({t["speaker"] for t in record.result["turns"]}, {"T", "P"})

    def test_it_uses_the_users_roles_over_the_guess(self):
        record = self.create_analysis(
            mode="session", speaker_0="T", role_0="patient", speaker_1="P", role_1="therapist"
        )
        self.assertEqual(record.roles, {"T": "patient", "P": "therapist"})
        coded = {t["speaker"] for t in record.result["turns"] if t["coded"]}
        self.assertEqual(coded, {"T"})

    def test_it_codes_both_partners_in_dyad_mode(self):
        record = self.create_analysis(
            mode="dyad", speaker_0="T", role_0="partner", speaker_1="P", role_1="partner"
        )
        self.assertEqual(record.mode, "dyad")
        self.assertTrue(all(t["coded"] for t in record.result["turns"]))

    def test_it_files_the_analysis_under_the_users_client(self):
        client = Client.objects.create(owner=self.owner, pseudonym="K1")
        record = self.create_analysis(client=client.pk)
        self.assertEqual(record.client, client)

    def test_it_refuses_another_users_client(self):
        other = Client.objects.create(owner=self.outsider, pseudonym="X")
        self.login(self.owner)
        response = self.client.post(
            reverse("analyzer:create"), {"text": SESSION_TEXT, "client": other.pk}
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Analysis.objects.exists())

    def test_it_reshows_the_confirm_step_when_a_role_does_not_fit(self):
        self.login(self.owner)
        response = self.client.post(
            reverse("analyzer:create"), {"text": SESSION_TEXT, "format": "csv"}
        )
        self.assertContains(response, "header")
        self.assertContains(response, "How have you been")
        self.assertFalse(Analysis.objects.exists())
