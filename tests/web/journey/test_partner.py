from django.urls import reverse

from bowlby.web.journey.models import Program
from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class PartnerTests(BaseTestCase):
    def setUp(self):
        self.program = start_program(self.owner, mode="partner")

    def invite_and_join(self):
        self.login(self.owner)
        self.client.post(reverse("journey:invite"))
        self.program.refresh_from_db()
        token = self.program.invite_token
        self.login(self.partner)
        response = self.client.post(reverse("journey:join", args=[token]))
        self.assertRedirects(response, reverse("journey:today"))
        return token

    def test_it_links_two_people_through_an_invite_link(self):
        self.invite_and_join()
        self.program.refresh_from_db()
        theirs = Program.objects.get(owner=self.partner)
        self.assertEqual(self.program.partner, self.partner)
        self.assertEqual(theirs.partner, self.owner)
        self.assertEqual(theirs.start_date, self.program.start_date)

    def test_it_uses_an_invite_link_only_once(self):
        token = self.invite_and_join()
        self.login(self.outsider)
        response = self.client.post(reverse("journey:join", args=[token]))
        self.assertEqual(response.status_code, 404)
        self.program.refresh_from_db()
        self.assertEqual(self.program.partner, self.partner)

    def test_it_answers_a_wrong_invite_with_404(self):
        self.login(self.partner)
        self.assertEqual(
            self.client.get(reverse("journey:join", args=["not-a-token"])).status_code, 404
        )

    def test_it_shows_the_partner_only_shared_entries(self):
        self.invite_and_join()
        add_entry(self.owner, "hope_question", {"a_little_better": "shared words"}, shared=True)
        add_entry(self.owner, "hope_question", {"a_little_better": "private words"})
        self.login(self.partner)
        response = self.client.get(reverse("journey:partner"))
        self.assertContains(response, "shared words")
        self.assertNotContains(response, "private words")

    def test_it_keeps_the_partner_out_of_my_journal_entries(self):
        self.invite_and_join()
        entry = add_entry(self.owner, "hope_question", {"a_little_better": "x"}, shared=True)
        self.assertOutsiderCannotSee(reverse("journey:entry", args=[entry.pk]), user=self.partner)

    def test_it_shows_an_outsider_no_shared_entries(self):
        self.invite_and_join()
        add_entry(self.owner, "hope_question", {"a_little_better": "shared words"}, shared=True)
        start_program(self.outsider)
        self.assertOutsiderCannotSee(reverse("journey:partner"))

    def test_it_stops_showing_shared_entries_after_unlinking(self):
        self.invite_and_join()
        add_entry(self.owner, "hope_question", {"a_little_better": "shared words"}, shared=True)
        self.login(self.owner)
        self.client.post(reverse("journey:partner_leave"))
        self.login(self.partner)
        self.assertEqual(self.client.get(reverse("journey:partner")).status_code, 404)
