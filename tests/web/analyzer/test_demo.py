from bowlby.web.accounts.demo import load_demo_user
from bowlby.web.analyzer.demo import load_demo_analyses
from bowlby.web.analyzer.models import Analysis, Client
from tests.web.analyzer.helpers import AnalyzerTestCase


class DemoTests(AnalyzerTestCase):
    def test_it_gives_the_demo_user_one_client_with_two_analysed_sessions_once(self):
        load_demo_user()
        load_demo_analyses()
        load_demo_analyses()
        client = Client.objects.get(owner__username="demo")
        sessions = Analysis.objects.filter(client=client)
        self.assertEqual(sessions.count(), 2)
        for record in sessions:
            self.assertEqual(record.status, Analysis.DONE)
            self.assertGreaterEqual(len(record.result["turns"]), 16)
