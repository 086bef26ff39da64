from bowlby.web.lib.privacy import export_user_data
from bowlby.web.wiki.services import save_revision
from tests.web.base import BaseTestCase
from tests.web.wiki.helpers import make_article


class ExportTests(BaseTestCase):
    def test_it_exports_the_revisions_a_person_wrote_and_no_one_elses(self):
        article = make_article()
        save_revision(
            article, {**article.snapshot(), "summary": "Mine"}, author=self.owner, summary="Mine"
        )
        save_revision(
            article, {**article.snapshot(), "summary": "Theirs"}, author=self.partner, summary="x"
        )
        exported = export_user_data(self.owner)["wiki"]
        self.assertEqual(
            [(r["article"], r["revision"], r["edit_summary"]) for r in exported],
            [("quiet-money", 2, "Mine")],
        )
