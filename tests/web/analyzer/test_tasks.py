from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from bowlby.coding.analyzer import Analyzer
from bowlby.web.analyzer import engine, tasks
from bowlby.web.analyzer.models import Analysis
from tests.web.analyzer.fakes import BrokenCoder, keyword_analyzer
from tests.web.analyzer.helpers import SESSION_TEXT, AnalyzerTestCase


class TaskTests(AnalyzerTestCase):
    def test_it_polls_progress_while_queued_and_asks_htmx_to_reload_when_done(self):
        record = Analysis.objects.create(owner=self.owner, title="q", text=SESSION_TEXT)
        self.login(self.owner)
        url = reverse("analyzer:status", args=[record.pk])
        response = self.client.get(url, HTTP_HX_REQUEST="true")
        self.assertContains(response, 'hx-trigger="every 1s"')
        self.assertContains(response, '<progress max="100" value="0"')
        self.assertNotIn("HX-Refresh", response)
        tasks.run_task(record.pk)
        response = self.client.get(url, HTTP_HX_REQUEST="true")
        self.assertEqual(response["HX-Refresh"], "true")

    def test_it_says_why_a_task_failed_and_retries_without_the_upload(self):
        engine.use_analyzer(Analyzer(coder=BrokenCoder()))
        record = self.create_analysis()
        self.assertEqual(record.status, Analysis.FAILED)
        response = self.client.get(reverse("analyzer:detail", args=[record.pk]))
        self.assertContains(response, "the model file is damaged")
        self.assertContains(response, "Retry the analysis")
        engine.use_analyzer(keyword_analyzer())
        self.client.post(reverse("analyzer:retry", args=[record.pk]))
        record.refresh_from_db()
        self.assertEqual(record.status, Analysis.DONE)
        self.assertEqual(record.text, SESSION_TEXT)
        self.assertEqual(record.error, "")

    def test_it_runs_queued_tasks_from_the_management_command(self):
        queued = [
            Analysis.objects.create(owner=self.owner, title=str(i), text=SESSION_TEXT)
            for i in range(2)
        ]
        out = StringIO()
        call_command("run_analysis_tasks", "--once", stdout=out)
        self.assertIn("ran 2", out.getvalue())
        for record in queued:
            record.refresh_from_db()
            self.assertEqual(record.status, Analysis.DONE)

    def test_it_never_runs_a_task_twice(self):
        record = Analysis.objects.create(owner=self.owner, title="x", text=SESSION_TEXT)
        self.assertTrue(tasks.run_task(record.pk))
        self.assertFalse(tasks.run_task(record.pk))

    @override_settings(BOWLBY_ANALYZER_SYNC=False)
    def test_it_leaves_the_task_queued_for_a_worker_when_not_synchronous(self):
        started = []
        original = tasks._ensure_worker
        tasks._ensure_worker = lambda: started.append(True)
        self.addCleanup(setattr, tasks, "_ensure_worker", original)
        record = self.create_analysis()
        self.assertEqual(record.status, Analysis.QUEUED)
        self.assertEqual(started, [True])
