"""The shared base test case: three named people, so every permission test is one line.

- ``owner`` owns the data under test;
- ``partner`` is linked to the owner (a partner in the test or program) but owns nothing of it;
- ``outsider`` has an account and no relation to either.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import TestCase

PASSWORD = "a-long-test-password-1"


class BaseTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.owner = User.objects.create_user("owner", "owner@example.org", PASSWORD)
        cls.partner = User.objects.create_user("partner", "partner@example.org", PASSWORD)
        cls.outsider = User.objects.create_user("outsider", "outsider@example.org", PASSWORD)

    def login(self, user) -> None:
        self.client.force_login(user)

    def assertOutsiderCannotSee(self, url: str, *, method: str = "get", data=None, user=None):
        """``user`` (default: the outsider) gets a 404 for ``url``, and so does an anonymous
        visitor (or a redirect to log in). 404, not 403: the object's existence stays hidden."""
        self.client.force_login(user or self.outsider)
        response = getattr(self.client, method)(url, data or {})
        self.assertEqual(
            response.status_code, 404, f"{url} answered {response.status_code} to an outsider"
        )
        self.client.logout()
        response = getattr(self.client, method)(url, data or {})
        self.assertIn(
            response.status_code, (302, 404), f"{url} answered {response.status_code} to a visitor"
        )
        if response.status_code == 302:
            self.assertIn("/accounts/login/", response["Location"])
