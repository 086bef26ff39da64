from django.urls import reverse

from bowlby.web.assessment.models import PartnerLink
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class PartnerTests(BaseTestCase):
    def _linked(self, *, consent=(False, False), results=True):
        link = PartnerLink.objects.create(
            owner=self.owner,
            partner=self.partner,
            owner_consents=consent[0],
            partner_consents=consent[1],
        )
        if results:
            make_result(self.owner, anxiety=6, avoidance=2)
            make_result(self.partner, anxiety=2, avoidance=6)
        return link

    def _report(self, link):
        return self.client.get(reverse("assessment:couple_report", args=[link.pk]))

    def test_it_invites_and_the_partner_accepts(self):
        self.login(self.owner)
        self.client.post(reverse("assessment:partner_invite"))
        link = PartnerLink.objects.get(owner=self.owner)
        join = reverse("assessment:partner_join", args=[link.token])
        self.assertContains(self.client.get(reverse("assessment:partners")), join)
        self.login(self.partner)
        self.assertContains(self.client.get(join), "owner invites you")
        self.client.post(join)
        link.refresh_from_db()
        self.assertEqual(link.partner, self.partner)
        self.assertIsNotNone(link.accepted_at)

    def test_it_lets_no_third_person_take_an_accepted_invitation(self):
        link = self._linked(results=False)
        self.login(self.outsider)
        join = reverse("assessment:partner_join", args=[link.token])
        self.assertEqual(self.client.post(join).status_code, 404)
        link.refresh_from_db()
        self.assertEqual(link.partner, self.partner)

    def test_it_asks_to_log_in_before_accepting(self):
        link = PartnerLink.objects.create(owner=self.owner)
        response = self.client.get(reverse("assessment:partner_join", args=[link.token]))
        self.assertIn("/accounts/login/", response["Location"])

    def test_it_opens_the_couple_report_only_when_both_consent(self):
        link = self._linked()
        self.login(self.owner)
        self.client.post(reverse("assessment:partner_consent", args=[link.pk]), {"consent": "yes"})
        response = self._report(link)
        self.assertEqual(response.status_code, 403)
        self.assertNotContains(response, "How it plays out", status_code=403)
        self.login(self.partner)
        self.client.post(reverse("assessment:partner_consent", args=[link.pk]), {"consent": "yes"})
        for viewer in (self.partner, self.owner):
            self.login(viewer)
            response = self._report(link)
            self.assertContains(response, "How it plays out")

    def test_it_closes_the_report_for_both_when_one_withdraws(self):
        link = self._linked(consent=(True, True))
        self.login(self.partner)
        self.assertEqual(self._report(link).status_code, 200)
        self.client.post(reverse("assessment:partner_consent", args=[link.pk]), {"consent": "no"})
        for viewer in (self.partner, self.owner):
            self.login(viewer)
            self.assertEqual(self._report(link).status_code, 403)

    def test_it_needs_a_result_from_each_partner(self):
        link = self._linked(consent=(True, True), results=False)
        make_result(self.owner)
        self.login(self.owner)
        response = self._report(link)
        self.assertContains(response, "partner has no result yet", status_code=403)

    def test_it_shows_each_partner_their_own_plan(self):
        link = self._linked(consent=(True, True))
        self.login(self.owner)
        response = self._report(link)
        self.assertContains(response, "You: anxious/preoccupied · partner: avoidant/dismissing")
        self.login(self.partner)
        self.assertContains(
            self._report(link), "You: avoidant/dismissing · owner: anxious/preoccupied"
        )

    def test_it_hides_links_and_reports_from_outsiders(self):
        link = self._linked(consent=(True, True))
        self.assertOutsiderCannotSee(reverse("assessment:couple_report", args=[link.pk]))
        self.assertOutsiderCannotSee(
            reverse("assessment:partner_consent", args=[link.pk]),
            method="post",
            data={"consent": "no"},
        )
        link.refresh_from_db()
        self.assertTrue(link.both_consent)
        self.login(self.outsider)
        self.assertNotContains(self.client.get(reverse("assessment:partners")), "With owner")

    def test_it_turns_away_the_inviter_from_their_own_invitation(self):
        link = PartnerLink.objects.create(owner=self.owner)
        self.login(self.owner)
        response = self.client.post(reverse("assessment:partner_join", args=[link.token]))
        self.assertRedirects(response, reverse("assessment:partners"))
        link.refresh_from_db()
        self.assertIsNone(link.partner)

    def test_it_takes_no_consent_before_the_invitation_is_accepted(self):
        link = PartnerLink.objects.create(owner=self.owner)
        self.login(self.owner)
        url = reverse("assessment:partner_consent", args=[link.pk])
        self.assertEqual(self.client.post(url, {"consent": "yes"}).status_code, 404)
        self.assertEqual(self._report(link).status_code, 404)

    def test_it_reads_anything_but_yes_as_no_consent(self):
        link = self._linked(consent=(True, True))
        self.login(self.owner)
        self.client.post(
            reverse("assessment:partner_consent", args=[link.pk]), {"consent": "maybe"}
        )
        link.refresh_from_db()
        self.assertFalse(link.both_consent)
