import re

from django.core import mail
from django.urls import reverse

from tests.web.base import PASSWORD, BaseTestCase


class PasswordTestCase(BaseTestCase):
    def test_it_changes_the_password(self):
        self.login(self.owner)
        response = self.client.post(
            reverse("accounts:password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "quiet-harbour-77",
                "new_password2": "quiet-harbour-77",
            },
        )
        self.assertRedirects(response, reverse("accounts:settings"))
        self.owner.refresh_from_db()
        self.assertTrue(self.owner.check_password("quiet-harbour-77"))

    def test_it_resets_the_password_by_email(self):
        response = self.client.post(
            reverse("accounts:password_reset"), {"email": "owner@example.org"}
        )
        self.assertRedirects(response, reverse("accounts:password_reset_done"))
        self.assertEqual(len(mail.outbox), 1)
        link = re.search(
            r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body
        ).group(1)
        response = self.client.get(link, follow=True)  # Django swaps the token for a session key
        form_url = response.redirect_chain[-1][0]
        response = self.client.post(
            form_url, {"new_password1": "quiet-harbour-77", "new_password2": "quiet-harbour-77"}
        )
        self.assertRedirects(response, reverse("accounts:password_reset_complete"))
        self.owner.refresh_from_db()
        self.assertTrue(self.owner.check_password("quiet-harbour-77"))

    def test_it_sends_nothing_for_an_unknown_address(self):
        self.client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
        self.assertEqual(len(mail.outbox), 0)
