import json

from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from bowlby.web.analyzer import engine
from bowlby.web.analyzer.models import Analysis, Client
from bowlby.web.api.models import ApiToken, hash_token
from tests.web.analyzer.fakes import keyword_analyzer
from tests.web.analyzer.helpers import SESSION_TEXT
from tests.web.base import BaseTestCase

ANSWERS = {f"anx{i:02d}": 2 for i in range(1, 16)} | {f"avo{i:02d}": 2 for i in range(1, 16)}


@override_settings(BOWLBY_ANALYZER_SYNC=True)
class ApiTests(BaseTestCase):
    def setUp(self):
        cache.clear()
        engine.use_analyzer(keyword_analyzer())
        self.addCleanup(engine.use_analyzer, None)
        self.token_row, self.token = ApiToken.issue(self.owner, "tests")
        _, self.outsider_token = ApiToken.issue(self.outsider, "theirs")

    def call(self, method, path, body=None, token=None):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token or self.token}"}
        if body is None:
            return getattr(self.client, method)(path, **headers)
        return getattr(self.client, method)(
            path, json.dumps(body), content_type="application/json", **headers
        )

    def test_it_stores_only_a_hash_of_the_token(self):
        self.assertEqual(self.token_row.key_hash, hash_token(self.token))
        self.assertFalse(ApiToken.objects.filter(key_hash=self.token).exists())

    def test_it_submits_polls_and_lists_analyses(self):
        response = self.call("post", "/api/analyses", {"text": SESSION_TEXT, "title": "From API"})
        self.assertEqual(response.status_code, 202, response.content)
        created = response.json()
        result = self.call("get", created["url"]).json()
        self.assertEqual(result["status"], "done")
        self.assertEqual(result["result"]["mode"], "session")
        self.assertEqual(result["agreement"]["kappa"], 1.0)
        listed = self.call("get", "/api/analyses").json()
        self.assertEqual([a["id"] for a in listed], [created["id"]])
        self.assertNotIn("result", {k for k, v in listed[0].items() if v is not None})

    def test_it_applies_roles_mode_and_deidentification(self):
        text = "Anna: I met Tom.\nBen: How was that, Anna?\nAnna: I feel good."
        response = self.call(
            "post",
            "/api/analyses",
            {"text": text, "mode": "session", "roles": {"Ben": "therapist"}, "deidentify": True},
        )
        record = Analysis.objects.get(pk=response.json()["id"])
        self.assertNotIn("Anna", record.text)
        self.assertNotIn("Tom", record.text)
        self.assertEqual(record.mode, "session")
        self.assertIn("therapist", record.roles.values())

    def test_it_answers_bad_input_with_a_clear_json_error(self):
        response = self.call("post", "/api/analyses", {"text": "no prefix here\nT: hi"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json()["line"], 1)
        self.assertIn("speaker prefix", response.json()["error"])
        response = self.call("post", "/api/analyses", {"text": "T: hi", "mode": "triad"})
        self.assertEqual(response.status_code, 422)
        self.assertIn("mode", response.json()["error"])
        response = self.call("post", "/api/analyses", {"text": "T: hi", "client": "nobody"})
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Analysis.objects.exists())

    def test_it_hides_other_users_analyses_and_clients(self):
        Client.objects.create(owner=self.outsider, pseudonym="theirs")
        record = self.call("post", "/api/analyses", {"text": SESSION_TEXT}).json()
        response = self.call("get", record["url"], token=self.outsider_token)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(response.json()["error"], "Not found (or not yours).")
        self.assertEqual(self.call("get", "/api/analyses", token=self.outsider_token).json(), [])
        response = self.call("post", "/api/analyses", {"text": SESSION_TEXT, "client": "theirs"})
        self.assertEqual(response.status_code, 404)

    def test_it_refuses_missing_and_revoked_tokens(self):
        self.assertEqual(self.client.get("/api/analyses").status_code, 401)
        self.token_row.revoke()
        response = self.call("get", "/api/analyses")
        self.assertEqual(response.status_code, 401)
        self.assertIn("/api/tokens/", response.json()["error"])

    @override_settings(BOWLBY_API_RATE="3/min")
    def test_it_limits_requests_per_token(self):
        for _ in range(3):
            self.assertEqual(self.call("get", "/api/analyses").status_code, 200)
        response = self.call("get", "/api/analyses")
        self.assertEqual(response.status_code, 429)
        self.assertGreaterEqual(int(response["Retry-After"]), 1)
        self.assertIn("Too many requests", response.json()["error"])
        # Another token has its own allowance.
        self.assertEqual(
            self.call("get", "/api/analyses", token=self.outsider_token).status_code, 200
        )

    def test_it_scores_a_test(self):
        response = self.call(
            "post", "/api/assessment/score", {"answers": ANSWERS, "include_communication": False}
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["pattern"], "secure")
        response = self.call(
            "post",
            "/api/assessment/score",
            {"answers": {**ANSWERS, "anx01": 9}, "include_communication": False},
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("anx01", response.json()["error"])

    def test_it_summarises_the_journal_even_before_the_journey_app_has_one(self):
        response = self.call("get", "/api/journal/summary")
        self.assertEqual(response.status_code, 200)
        self.assertIn("available", response.json())
        self.assertIn("counts", response.json())

    def test_it_publishes_an_openapi_schema(self):
        schema = self.client.get("/api/openapi.json").json()
        self.assertIn("/api/analyses", schema["paths"])
        self.assertIn("/api/assessment/score", schema["paths"])
        self.assertIn("/api/journal/summary", schema["paths"])


class TokenPageTests(BaseTestCase):
    def test_it_creates_shows_once_and_revokes_a_token(self):
        self.login(self.owner)
        response = self.client.post(reverse("api:tokens"), {"name": "laptop"})
        token = response.context["new_token"]
        row = ApiToken.objects.get(owner=self.owner)
        self.assertEqual(row.key_hash, hash_token(token))
        self.assertNotContains(self.client.get(reverse("api:tokens")), token)
        self.client.post(reverse("api:revoke", args=[row.pk]))
        row.refresh_from_db()
        self.assertFalse(row.active)

    def test_it_hides_a_token_from_outsiders(self):
        row, _ = ApiToken.issue(self.owner, "mine")
        self.assertOutsiderCannotSee(reverse("api:revoke", args=[row.pk]), method="post")
        row.refresh_from_db()
        self.assertTrue(row.active)

    def test_it_exports_token_metadata_without_the_secret(self):
        from bowlby.web.lib.privacy import export_user_data

        row, token = ApiToken.issue(self.owner, "mine")
        data = export_user_data(self.owner)["api_tokens"]
        self.assertEqual(data[0]["name"], "mine")
        self.assertNotIn(token, json.dumps(data))
        self.assertNotIn(row.key_hash, json.dumps(data))
