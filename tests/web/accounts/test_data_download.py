import json

from django.urls import reverse

from tests.web.base import BaseTestCase


class DataDownloadTestCase(BaseTestCase):
    url = reverse("accounts:download_data")

    def test_it_downloads_the_owners_data_as_one_json_file(self):
        self.login(self.owner)
        response = self.client.get(self.url)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertIn("attachment;", response["Content-Disposition"])
        payload = json.loads(response.content)
        self.assertEqual(payload["format"], "bowlby-user-data")
        self.assertEqual(payload["data"]["account"]["username"], "owner")

    def test_it_contains_nothing_of_another_user(self):
        self.login(self.outsider)
        payload = json.loads(self.client.get(self.url).content)
        self.assertNotIn("owner", json.dumps(payload["data"]))

    def test_it_requires_login(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
