from django.urls import reverse

from bowlby.assessment import playbook_for
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class ResultTests(BaseTestCase):
    def setUp(self):
        self.saved = make_result(self.owner, anxiety=6, avoidance=2)
        self.url = reverse("assessment:result", args=[self.saved.pk])

    def test_it_shows_both_scores_with_bands_the_chart_and_the_label(self):
        self.login(self.owner)
        response = self.client.get(self.url)
        r = self.saved.result
        self.assertContains(response, "<svg")
        self.assertContains(response, 'class="band"')
        for dim in (r.anxiety, r.avoidance):
            self.assertContains(response, f"{dim.score:.1f}")
            self.assertContains(response, f"{dim.low:.1f}–{dim.high:.1f}")
        self.assertContains(response, "anxious/preoccupied")

    def test_it_shows_the_playbook_with_copyable_phrases_and_wiki_links(self):
        self.login(self.owner)
        response = self.client.get(self.url)
        playbook = playbook_for(self.saved.result)
        self.assertContains(response, playbook.profile)
        self.assertContains(response, playbook.partner_experience)
        for phrase in playbook.phrases:
            self.assertContains(response, f'data-copy="{phrase}"'.replace("'", "&#x27;"))
        for slug in playbook.article_slugs:
            self.assertContains(response, f'href="/wiki/{slug}/"')
        self.assertContains(response, "How you talk under stress")

    def test_it_says_when_the_label_is_near_the_boundary(self):
        near = make_result(self.owner, anxiety=4, avoidance=4)
        self.login(self.owner)
        response = self.client.get(reverse("assessment:result", args=[near.pk]))
        self.assertContains(response, "near the boundary")
        self.assertNotContains(self.client.get(self.url), "near the boundary")

    def test_it_shows_the_change_from_the_previous_result(self):
        later = make_result(self.owner, anxiety=3, avoidance=2)
        self.login(self.owner)
        response = self.client.get(reverse("assessment:result", args=[later.pk]))
        self.assertContains(response, "more than measurement error")

    def test_it_hides_the_result_from_outsiders(self):
        self.assertOutsiderCannotSee(self.url)
        self.assertOutsiderCannotSee(self.url, user=self.partner)
