from django.urls import reverse

from tests.web.base import BaseTestCase

from .helpers import log, start_program


def strong_walk_pattern(user):
    for days_ago in range(1, 13):
        walked = days_ago % 2 == 0
        log(
            user,
            days_ago,
            exception=walked,
            actions=["walked together"] if walked else ["scrolled phones"],
            score=8 if walked else 4,
        )


class PatternTests(BaseTestCase):
    def test_it_reports_a_clear_pattern_with_its_interval_and_an_experiment(self):
        start_program(self.owner, days_ago=14)
        strong_walk_pattern(self.owner)
        self.login(self.owner)
        response = self.client.get(reverse("journey:patterns"))
        self.assertContains(response, "Likely a real pattern")
        self.assertContains(response, "plausible range")
        self.assertContains(response, "walked together")
        self.assertContains(response, "Micro-experiments to try")

    def test_it_says_cant_tell_yet_with_too_few_days(self):
        start_program(self.owner, days_ago=4)
        log(self.owner, 1, exception=True, actions=["walked together"], score=6)
        log(self.owner, 2, exception=False, score=4)
        self.login(self.owner)
        response = self.client.get(reverse("journey:patterns"))
        self.assertContains(response, "Not enough days yet")
        self.assertContains(response, "Can't tell yet")
        self.assertNotContains(response, "Micro-experiments to try")

    def test_it_finds_patterns_in_my_journal_only(self):
        start_program(self.owner, days_ago=14)
        strong_walk_pattern(self.owner)
        start_program(self.outsider)
        self.login(self.outsider)
        response = self.client.get(reverse("journey:patterns"))
        self.assertNotContains(response, "walked together")
