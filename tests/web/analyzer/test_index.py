from django.urls import reverse
from django.utils.html import escape

from bowlby.web.analyzer.models import Analysis
from tests.web.analyzer.helpers import AnalyzerTestCase


class IndexTests(AnalyzerTestCase):
    def test_it_reads_an_upload_in_each_format_and_shows_the_role_guess(self):
        self.login(self.owner)
        expected = {
            "session.txt": ("text", "session", "T"),
            "session.csv": ("csv", "session", "Coach"),
            "session.json": ("json", "dyad", "Ben"),
            "session.vtt": ("vtt", "session", "Therapist"),
            "session.srt": ("srt", "session", "Client"),
            "chat.txt": ("whatsapp", "dyad", "Leo"),
        }
        for name, (fmt, mode, speaker) in expected.items():
            with self.subTest(name):
                response = self.upload(name)
                self.assertTemplateUsed(response, "analyzer/confirm.html")
                self.assertEqual(response.context["format"], fmt)
                self.assertEqual(response.context["mode"], mode)
                self.assertIn(speaker, [s["name"] for s in response.context["speakers"]])
                self.assertContains(response, "Bowlby's guess:")
                self.assertContains(response, escape(response.context["guess"]["guess"]["reason"]))
        self.assertFalse(Analysis.objects.exists(), "nothing is stored before the user confirms")

    def test_it_shows_the_line_of_a_bad_upload_and_keeps_its_content(self):
        self.login(self.owner)
        response = self.upload("broken.csv")
        self.assertTemplateUsed(response, "analyzer/index.html")
        self.assertContains(response, "line 3")
        self.assertContains(response, "3 fields but the header has 2")
        # The file's content is put into the text box so nothing is lost.
        self.assertContains(response, "Fine, thanks&quot;,extra")
        self.assertFalse(Analysis.objects.exists())

    def test_it_keeps_pasted_text_that_has_an_error(self):
        self.login(self.owner)
        response = self.client.post(
            reverse("analyzer:index"), {"text": "hello there\nT: hi", "title": "Mine"}
        )
        self.assertContains(response, "line 1")
        self.assertContains(response, "hello there")
        self.assertContains(response, 'value="Mine"')

    def test_it_asks_for_a_transcript_when_nothing_is_given(self):
        self.login(self.owner)
        response = self.client.post(reverse("analyzer:index"), {"text": "  "})
        self.assertContains(response, "Paste a transcript or choose a file")

    def test_it_deidentifies_before_the_confirm_step(self):
        self.login(self.owner)
        text = (
            "Anna: I met Tom in Berlin. Mail me at anna@example.org.\nDr. Okafor: How was it, Anna?"
        )
        response = self.client.post(reverse("analyzer:index"), {"text": text, "deidentify": "on"})
        body = response.content.decode()
        for secret in ("Tom", "Berlin", "anna@example.org", "Okafor"):
            self.assertNotIn(secret, response.context["text"])
        self.assertIn("Speaker A", body)
        self.assertIn("[PLACE-1]", body)

    def test_it_lists_only_the_users_own_analyses(self):
        mine = self.create_analysis(user=self.owner)
        theirs = self.create_analysis(user=self.outsider)
        self.login(self.owner)
        response = self.client.get(reverse("analyzer:index"))
        self.assertContains(response, reverse("analyzer:detail", args=[mine.pk]))
        self.assertNotContains(response, reverse("analyzer:detail", args=[theirs.pk]))

    def test_it_sends_visitors_to_log_in(self):
        response = self.client.get(reverse("analyzer:index"))
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])
