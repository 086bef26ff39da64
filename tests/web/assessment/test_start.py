from django.urls import reverse

from bowlby.assessment import ITEMS
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class StartTests(BaseTestCase):
    def test_it_invites_anyone_to_start(self):
        response = self.client.get(reverse("assessment:start"))
        self.assertContains(response, "Start the test")

    def test_it_offers_to_continue_a_draft(self):
        self.client.post(reverse("assessment:take"), {"item": ITEMS[0].id, "answer": "2"})
        response = self.client.get(reverse("assessment:start"))
        self.assertContains(response, f"Continue (1 of {len(ITEMS)} answered)")

    def test_it_links_the_latest_result_of_the_account_only(self):
        mine = make_result(self.owner)
        make_result(self.outsider)
        self.login(self.owner)
        response = self.client.get(reverse("assessment:start"))
        self.assertContains(response, reverse("assessment:result", args=[mine.pk]))
        self.login(self.outsider)
        self.assertNotContains(
            self.client.get(reverse("assessment:start")),
            reverse("assessment:result", args=[mine.pk]),
        )
