from django.urls import reverse

from bowlby.web.analyzer.models import Client
from tests.web.analyzer.helpers import AnalyzerTestCase

FIRST = "T: How are things?\nP: Fine.\nT: Only fine?\nP: I don't want to go into it."
SECOND = "T: How are things?\nP: I feel sad and I need help.\nT: Thank you.\nP: I feel lighter."


class ClientTests(AnalyzerTestCase):
    def test_it_creates_a_client_under_a_pseudonym(self):
        self.login(self.owner)
        response = self.client.post(reverse("analyzer:clients"), {"pseudonym": "K-7"})
        client = Client.objects.get(owner=self.owner)
        self.assertRedirects(response, reverse("analyzer:client", args=[client.pk]))
        response = self.client.post(reverse("analyzer:clients"), {"pseudonym": "K-7"})
        self.assertContains(response, "already have a client")

    def test_it_shows_session_over_session_trends(self):
        client = Client.objects.create(owner=self.owner, pseudonym="K-7")
        self.create_analysis(FIRST, client=client.pk, session_date="2026-01-01")
        self.create_analysis(SECOND, client=client.pk, session_date="2026-01-08")
        response = self.client.get(reverse("analyzer:client", args=[client.pk]))
        rows = response.context["rows"]
        self.assertEqual([r["label"] for r in rows], ["S1", "S2"])
        self.assertEqual(rows[0]["ruptures"], 1)
        self.assertGreater(
            rows[1]["scale_scores"]["proximity_seeking"],
            rows[0]["scale_scores"]["proximity_seeking"],
        )
        self.assertContains(response, '<svg class="trend"')
        self.assertContains(response, "Repaired")

    def test_it_hides_a_client_from_outsiders(self):
        client = Client.objects.create(owner=self.owner, pseudonym="K-7")
        self.assertOutsiderCannotSee(reverse("analyzer:client", args=[client.pk]))
