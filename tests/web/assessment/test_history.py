from django.urls import reverse

from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase

URL = reverse("assessment:history")


class HistoryTests(BaseTestCase):
    def test_it_lists_results_with_reliable_and_unreliable_changes(self):
        make_result(self.owner, anxiety=6, avoidance=3)
        make_result(self.owner, anxiety=3, avoidance=3)  # anxiety −3: beyond error
        self.login(self.owner)
        response = self.client.get(URL)
        self.assertContains(response, "lower, beyond measurement error")
        self.assertContains(response, "within measurement error")  # avoidance did not move
        self.assertContains(response, "first result")

    def test_it_shows_only_the_own_results(self):
        make_result(self.outsider, anxiety=7, avoidance=7)
        self.login(self.owner)
        self.assertNotContains(self.client.get(URL), "fearful-avoidant")

    def test_it_asks_visitors_to_log_in(self):
        response = self.client.get(URL)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])
