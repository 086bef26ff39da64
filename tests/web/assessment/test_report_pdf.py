from django.template.loader import render_to_string
from django.urls import reverse

from bowlby.assessment import first_week_plan
from bowlby.web.assessment.presentation import result_context
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class ReportPdfTests(BaseTestCase):
    def test_it_downloads_a_pdf(self):
        saved = make_result(self.owner, anxiety=6, avoidance=6)
        self.login(self.owner)
        response = self.client.get(reverse("assessment:report_pdf", args=[saved.pk]))
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn("attachment", response["Content-Disposition"])
        self.assertTrue(response.content.startswith(b"%PDF"))

    def test_it_puts_the_profile_the_first_week_and_room_to_write_in_the_report(self):
        saved = make_result(self.owner, anxiety=2, avoidance=6)
        context = {**result_context(saved.result), "saved": saved, "write_lines": range(9)}
        html = render_to_string("assessment/report.html", context)
        for step in first_week_plan(saved.result):
            self.assertIn(step.title, html)
        self.assertIn(context["playbook"].profile, html)
        self.assertGreater(html.count('class="line"'), 20)

    def test_it_hides_the_pdf_from_outsiders(self):
        saved = make_result(self.owner)
        self.assertOutsiderCannotSee(reverse("assessment:report_pdf", args=[saved.pk]))
