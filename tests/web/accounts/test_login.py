from django.test import override_settings
from django.urls import reverse

from tests.web.base import PASSWORD, BaseTestCase


@override_settings(LOGIN_FAILURE_LIMIT=3)
class LoginTestCase(BaseTestCase):
    url = reverse("accounts:login")

    def test_it_logs_in(self):
        response = self.client.post(self.url, {"username": "owner", "password": PASSWORD})
        self.assertRedirects(response, reverse("front:home"))

    def test_it_rejects_a_wrong_password(self):
        response = self.client.post(self.url, {"username": "owner", "password": "nope"})
        self.assertContains(response, "correct username and password")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_it_locks_out_after_repeated_failures(self):
        for _ in range(3):
            self.client.post(self.url, {"username": "owner", "password": "nope"})
        # Even the right password is refused while locked out.
        response = self.client.post(self.url, {"username": "owner", "password": PASSWORD})
        self.assertContains(response, "Too many failed log-ins")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_it_does_not_lock_out_other_usernames_below_the_address_limit(self):
        for _ in range(3):
            self.client.post(self.url, {"username": "owner", "password": "nope"})
        response = self.client.post(self.url, {"username": "partner", "password": PASSWORD})
        self.assertEqual(response.status_code, 302)

    def test_it_clears_failures_after_a_success(self):
        for _ in range(2):
            self.client.post(self.url, {"username": "owner", "password": "nope"})
        self.client.post(self.url, {"username": "owner", "password": PASSWORD})
        self.client.logout()
        for _ in range(2):
            self.client.post(self.url, {"username": "owner", "password": "nope"})
        response = self.client.post(self.url, {"username": "owner", "password": PASSWORD})
        self.assertEqual(response.status_code, 302)

    def test_it_logs_out_on_post(self):
        self.login(self.owner)
        response = self.client.post(reverse("accounts:logout"))
        self.assertEqual(response.status_code, 302)
        self.assertNotIn("_auth_user_id", self.client.session)
