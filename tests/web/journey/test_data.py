import datetime as dt

from django.utils import timezone

from bowlby.program import find_patterns, held_changes, scale_series
from bowlby.web.journey.demo import build_demo_journal
from bowlby.web.journey.export import export_program
from bowlby.web.journey.models import Draft, Entry, Program
from bowlby.web.lib.privacy import registered_sections
from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class DataTests(BaseTestCase):
    def test_it_exports_settings_entries_and_drafts(self):
        start_program(self.owner, reminder_time=dt.time(8, 30))
        add_entry(self.owner, "hope_question", {"a_little_better": "tea"})
        Draft.objects.create(owner=self.owner, kind="scaling", data={"score": "7"})
        self.assertIn("program", registered_sections())
        section = export_program(self.owner)
        self.assertEqual(section["settings"]["reminder_time"], "08:30")
        self.assertEqual(section["entries"][0]["fields"]["a_little_better"], "tea")
        self.assertEqual(section["drafts"][0]["typed"], {"score": "7"})
        self.assertEqual(export_program(self.outsider)["entries"], [])

    def test_it_gives_the_demo_journal_a_chart_and_a_pattern(self):
        build_demo_journal(self.owner, today=timezone.localdate())
        entries = [e.as_dict() for e in Entry.objects.filter(owner=self.owner)]
        series = scale_series(entries)
        self.assertGreaterEqual(len(series), 5)
        self.assertTrue(held_changes(series))
        report = find_patterns(entries)
        self.assertTrue(any(f.verdict in ("likely", "maybe") for f in report.findings))


class DemoLoaderTests(BaseTestCase):
    def test_it_loads_the_demo_program_once(self):
        from bowlby.web.accounts.demo import load_demo_user
        from bowlby.web.journey.demo import load_demo_program

        load_demo_user()
        load_demo_program()
        count = Entry.objects.filter(owner__username="demo").count()
        load_demo_program()
        self.assertGreater(count, 10)
        self.assertEqual(Entry.objects.filter(owner__username="demo").count(), count)
        program = Program.objects.get(owner__username="demo")
        self.assertEqual((timezone.localdate() - program.start_date).days, 9)
