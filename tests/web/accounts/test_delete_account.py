from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.web.base import BaseTestCase


class DeleteAccountTestCase(BaseTestCase):
    url = reverse("accounts:delete")

    def test_it_deletes_after_confirmation(self):
        self.login(self.owner)
        response = self.client.post(self.url, {"confirm": "owner"})
        self.assertRedirects(response, reverse("front:home"))
        self.assertFalse(get_user_model().objects.filter(username="owner").exists())
        self.assertTrue(get_user_model().objects.filter(username="outsider").exists())

    def test_it_refuses_without_the_right_confirmation(self):
        self.login(self.owner)
        response = self.client.post(self.url, {"confirm": "yes"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "not your username", status_code=400)
        self.assertTrue(get_user_model().objects.filter(username="owner").exists())

    def test_it_refuses_get(self):
        self.login(self.owner)
        self.assertEqual(self.client.get(self.url).status_code, 405)
