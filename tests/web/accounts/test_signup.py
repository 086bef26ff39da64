from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.web.base import BaseTestCase


class SignupTestCase(BaseTestCase):
    url = reverse("accounts:signup")

    def test_it_creates_an_account_and_logs_in(self):
        response = self.client.post(
            self.url,
            {
                "username": "newbie",
                "email": "",
                "password1": "slow-river-stone-42",
                "password2": "slow-river-stone-42",
            },
        )
        self.assertRedirects(response, reverse("front:home"))
        user = get_user_model().objects.get(username="newbie")
        self.assertEqual(int(self.client.session["_auth_user_id"]), user.pk)

    def test_it_keeps_what_was_typed_when_the_passwords_differ(self):
        response = self.client.post(
            self.url,
            {
                "username": "newbie",
                "email": "n@example.org",
                "password1": "slow-river-stone-42",
                "password2": "other",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="newbie"')
        self.assertContains(response, 'value="n@example.org"')
        self.assertContains(response, "password fields didn")
        self.assertFalse(get_user_model().objects.filter(username="newbie").exists())

    def test_it_rejects_a_short_password(self):
        response = self.client.post(
            self.url, {"username": "newbie", "password1": "short1", "password2": "short1"}
        )
        self.assertContains(response, "too short")

    def test_it_rejects_a_taken_username(self):
        response = self.client.post(
            self.url,
            {
                "username": "owner",
                "password1": "slow-river-stone-42",
                "password2": "slow-river-stone-42",
            },
        )
        self.assertContains(response, "already exists")
