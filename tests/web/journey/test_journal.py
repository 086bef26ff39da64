from django.urls import reverse

from bowlby.web.journey.models import Entry
from tests.web.base import BaseTestCase

from .helpers import add_entry, start_program


class JournalTests(BaseTestCase):
    def setUp(self):
        start_program(self.owner)
        self.entry = add_entry(self.owner, "hope_question", {"a_little_better": "tea at nine"})

    def test_it_lists_my_entries(self):
        self.login(self.owner)
        response = self.client.get(reverse("journey:journal"))
        self.assertContains(response, "tea at nine")
        self.assertContains(response, "A little better by tonight")

    def test_it_shows_an_outsider_none_of_my_entries(self):
        start_program(self.outsider)
        self.login(self.outsider)
        self.assertNotContains(self.client.get(reverse("journey:journal")), "tea at nine")

    def test_it_deletes_an_entry_only_for_its_owner(self):
        url = reverse("journey:entry_delete", args=[self.entry.pk])
        self.assertOutsiderCannotSee(url, method="post")
        self.assertTrue(Entry.objects.filter(pk=self.entry.pk).exists())
        self.login(self.owner)
        self.client.post(url)
        self.assertFalse(Entry.objects.filter(pk=self.entry.pk).exists())

    def test_it_shares_and_unshares_an_entry_only_for_its_owner(self):
        url = reverse("journey:entry_share", args=[self.entry.pk])
        self.assertOutsiderCannotSee(url, method="post", data={"shared": "yes"})
        self.entry.refresh_from_db()
        self.assertFalse(self.entry.shared)
        self.login(self.owner)
        self.client.post(url, {"shared": "yes"})
        self.entry.refresh_from_db()
        self.assertTrue(self.entry.shared)
        self.client.post(url, {"shared": "no"})
        self.entry.refresh_from_db()
        self.assertFalse(self.entry.shared)
