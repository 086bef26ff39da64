from django.urls import reverse

from bowlby.assessment import playbook_for
from bowlby.web.assessment.models import ShareLink
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class ShareTests(BaseTestCase):
    def setUp(self):
        self.saved = make_result(self.owner, anxiety=2, avoidance=6)

    def _create(self):
        self.login(self.owner)
        self.client.post(reverse("assessment:share_create", args=[self.saved.pk]))
        return ShareLink.objects.get()

    def test_it_creates_a_link_with_an_unguessable_token(self):
        link = self._create()
        self.assertGreaterEqual(len(link.token), 43)
        response = self.client.get(reverse("assessment:result", args=[self.saved.pk]))
        self.assertContains(response, reverse("assessment:share", args=[link.token]))

    def test_it_shows_the_profile_only_to_a_logged_out_visitor(self):
        link = self._create()
        self.client.logout()
        response = self.client.get(reverse("assessment:share", args=[link.token]))
        playbook = playbook_for(self.saved.result)
        self.assertContains(response, playbook.profile)
        self.assertContains(response, 'property="og:image"')
        self.assertContains(response, f"/test/share/{link.token}/card.svg")
        for secret in (
            "Anxiety",
            "Avoidance",
            "anx01",
            "Likely range",
            f"{self.saved.result.avoidance.score:.1f}",
        ):
            self.assertNotContains(response, secret)

    def test_it_serves_an_svg_card_without_scores(self):
        link = self._create()
        self.client.logout()
        response = self.client.get(reverse("assessment:share_card", args=[link.token]))
        self.assertEqual(response["Content-Type"], "image/svg+xml")
        self.assertIn(b"<svg", response.content)
        self.assertIn(playbook_for(self.saved.result).title.encode(), response.content)
        self.assertNotIn(f"{self.saved.result.avoidance.score:.1f}".encode(), response.content)

    def test_it_serves_a_png_card_for_social_previews(self):
        from io import BytesIO

        from PIL import Image

        link = self._create()
        self.client.logout()
        page = self.client.get(reverse("assessment:share", args=[link.token]))
        self.assertContains(page, f"/test/share/{link.token}/card.png")
        self.assertContains(page, 'content="image/png"')
        response = self.client.get(reverse("assessment:share_card_png", args=[link.token]))
        self.assertEqual(response["Content-Type"], "image/png")
        self.assertEqual(Image.open(BytesIO(response.content)).size, (1200, 630))

    def test_it_answers_404_once_revoked(self):
        link = self._create()
        self.client.post(reverse("assessment:share_revoke", args=[link.pk]))
        link.refresh_from_db()
        self.assertIsNotNone(link.revoked_at)
        self.assertEqual(
            self.client.get(reverse("assessment:share", args=[link.token])).status_code, 404
        )
        self.assertEqual(
            self.client.get(reverse("assessment:share_card", args=[link.token])).status_code, 404
        )
        self.assertEqual(
            self.client.get(reverse("assessment:share_card_png", args=[link.token])).status_code,
            404,
        )

    def test_it_answers_404_to_a_made_up_token(self):
        self.assertEqual(
            self.client.get(reverse("assessment:share", args=["x" * 43])).status_code, 404
        )

    def test_it_lets_no_outsider_share_or_revoke(self):
        self.assertOutsiderCannotSee(
            reverse("assessment:share_create", args=[self.saved.pk]), method="post"
        )
        link = ShareLink.objects.create(owner=self.owner, result=self.saved)
        self.assertOutsiderCannotSee(
            reverse("assessment:share_revoke", args=[link.pk]), method="post"
        )
        link.refresh_from_db()
        self.assertIsNone(link.revoked_at)
        self.assertFalse(ShareLink.objects.filter(owner=self.outsider).exists())

    def test_it_asks_an_anonymous_visitor_to_log_in_before_sharing(self):
        response = self.client.post(reverse("assessment:share_create", args=[self.saved.pk]))
        self.assertIn("/accounts/login/", response["Location"])
        self.assertFalse(ShareLink.objects.exists())
