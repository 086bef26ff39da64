from django.urls import reverse

from tests.web.base import BaseTestCase

from .helpers import log, start_program


class ChartTests(BaseTestCase):
    def test_it_draws_the_score_and_calls_out_a_held_change(self):
        start_program(self.owner, days_ago=12)
        for days_ago, score in [(10, 3), (8, 5), (6, 5), (4, 6), (2, 5)]:
            log(self.owner, days_ago, exception=score > 4, score=score)
        self.login(self.owner)
        response = self.client.get(reverse("journey:charts"))
        self.assertContains(response, "<svg", count=2)
        self.assertContains(response, "<circle", count=5)
        self.assertContains(response, "A change that held")
        self.assertContains(response, "at least one whole point up")

    def test_it_says_so_when_no_change_has_held(self):
        start_program(self.owner, days_ago=12)
        for days_ago, score in [(10, 5), (8, 6), (6, 5)]:
            log(self.owner, days_ago, exception=False, score=score)
        self.login(self.owner)
        response = self.client.get(reverse("journey:charts"))
        self.assertNotContains(response, "A change that held")
        self.assertContains(response, "No change of a whole point has held yet")

    def test_it_counts_exceptions_per_week(self):
        start_program(self.owner, days_ago=12)
        for days_ago in range(3):
            log(self.owner, days_ago, exception=days_ago != 1)
        self.login(self.owner)
        response = self.client.get(reverse("journey:charts"))
        html = response.content.decode()
        self.assertIn("Exceptions per week", html)
        self.assertIn("logged days", html)

    def test_it_invites_a_first_score_when_there_is_none(self):
        start_program(self.owner)
        self.login(self.owner)
        response = self.client.get(reverse("journey:charts"))
        self.assertContains(response, "No scale scores yet")
        self.assertNotContains(response, "<svg")

    def test_it_draws_only_my_own_scores(self):
        start_program(self.owner, days_ago=12)
        log(self.owner, 3, exception=True, score=7)
        start_program(self.outsider)
        self.login(self.outsider)
        self.assertContains(self.client.get(reverse("journey:charts")), "No scale scores yet")
