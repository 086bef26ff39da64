from bowlby.web.accounts.demo import demo_user, load_demo_user
from bowlby.web.assessment.demo import load_demo_result
from bowlby.web.assessment.models import PartnerLink, Result, ShareLink
from bowlby.web.lib.privacy import export_user_data
from tests.web.assessment.helpers import make_result
from tests.web.base import BaseTestCase


class ExportAndDemoTests(BaseTestCase):
    def test_it_exports_results_with_answers_shares_and_partner_links(self):
        saved = make_result(self.owner, anxiety=5)
        ShareLink.objects.create(owner=self.owner, result=saved)
        PartnerLink.objects.create(owner=self.owner, partner=self.partner, owner_consents=True)
        data = export_user_data(self.owner)["relationship_test"]
        self.assertEqual(data["results"][0]["answers"]["anx01"], 5)
        self.assertEqual(data["share_links"][0]["result_id"], saved.pk)
        self.assertEqual(data["partner_links"][0]["partner"], "partner")
        self.assertTrue(data["partner_links"][0]["my_consent"])
        partner_view = export_user_data(self.partner)["relationship_test"]
        self.assertEqual(partner_view["partner_links"][0]["partner"], "owner")
        self.assertEqual(partner_view["results"], [])

    def test_it_deletes_everything_with_the_user(self):
        saved = make_result(self.owner)
        ShareLink.objects.create(owner=self.owner, result=saved)
        self.owner.delete()
        self.assertFalse(Result.objects.exists() or ShareLink.objects.exists())

    def test_it_gives_the_demo_user_finished_results_once(self):
        load_demo_user()
        load_demo_result()
        load_demo_result()
        results = Result.objects.filter(owner=demo_user())
        self.assertEqual(results.count(), 2)
        self.assertIn(
            results.first().data["pattern"], {"secure", "anxious", "avoidant", "fearful_avoidant"}
        )
