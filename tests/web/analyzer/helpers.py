"""Shared set-up: analyses run synchronously, and a helper that makes one through the views."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from bowlby.web.analyzer import engine
from tests.web.analyzer.fakes import keyword_analyzer
from tests.web.base import BaseTestCase

FIXTURES = Path(__file__).parent / "fixtures"
SESSION_TEXT = (FIXTURES / "session.txt").read_text()


@override_settings(BOWLBY_ANALYZER_SYNC=True)
class AnalyzerTestCase(BaseTestCase):
    def setUp(self):
        super().setUp()
        engine.use_analyzer(keyword_analyzer())
        self.addCleanup(engine.use_analyzer, None)

    def upload(self, name: str, **extra):
        data = (FIXTURES / name).read_bytes()
        return self.client.post(
            reverse("analyzer:index"),
            {"file": SimpleUploadedFile(name, data), "deidentify": "", **extra},
        )

    def create_analysis(self, text: str = SESSION_TEXT, *, user=None, **fields):
        """Analyse ``text`` as ``user`` (default owner) through the confirm step; the record."""
        from bowlby.web.analyzer.models import Analysis

        self.login(user or self.owner)
        response = self.client.post(
            reverse("analyzer:create"), {"text": text, "title": "Test session", **fields}
        )
        assert response.status_code == 302, response.content[:500]
        return Analysis.objects.filter(owner=user or self.owner).latest("created")
