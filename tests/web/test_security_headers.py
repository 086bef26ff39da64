from django.conf import settings
from django.test import SimpleTestCase
from django.urls import reverse


class SecurityHeadersTestCase(SimpleTestCase):
    def test_it_sends_a_csp_without_third_party_origins(self):
        response = self.client.get(reverse("accounts:login"))
        csp = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", csp)
        self.assertNotIn("http", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_it_hashes_passwords_with_argon2_in_production_settings(self):
        import importlib

        import bowlby.web.settings as production

        importlib.reload(production)
        self.assertEqual(
            production.PASSWORD_HASHERS[0], "django.contrib.auth.hashers.Argon2PasswordHasher"
        )
        self.assertTrue(settings.SESSION_COOKIE_HTTPONLY)

    def test_it_loads_no_asset_from_another_origin(self):
        body = self.client.get(reverse("accounts:login")).content.decode()
        for attribute in ('src="http', 'href="http', 'src="//', 'href="//'):
            self.assertNotIn(attribute, body)
