"""The program's time zone is active for every request of its owner, and only theirs."""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from bowlby.web.journey.middleware import program_time_zone
from tests.web.base import BaseTestCase

from .helpers import start_program


def current_zone(request):
    return HttpResponse(timezone.get_current_timezone_name())


class ProgramTimeZoneTests(BaseTestCase):
    def request_as(self, user):
        request = RequestFactory().get("/")
        request.user = user
        return program_time_zone(current_zone)(request).content.decode()

    def test_it_runs_the_owners_requests_in_their_zone(self):
        start_program(self.owner, time_zone="America/Lima")
        self.assertEqual(self.request_as(self.owner), "America/Lima")

    def test_it_uses_the_server_zone_for_people_without_one(self):
        start_program(self.owner, time_zone="America/Lima")
        start_program(self.partner)
        self.assertEqual(self.request_as(self.partner), "UTC")
        self.assertEqual(self.request_as(self.outsider), "UTC")

    def test_it_leaves_no_zone_active_after_the_request(self):
        start_program(self.owner, time_zone="America/Lima")
        self.request_as(self.owner)
        self.assertEqual(timezone.get_current_timezone_name(), "UTC")

    def test_it_shows_the_day_of_the_program_in_the_owners_zone(self):
        # A zone whose date differs from UTC's right now: Kiritimati (UTC+14) is already
        # tomorrow from 10:00 UTC on, Pago Pago (UTC-11) still yesterday before 11:00 UTC.
        utc_now = timezone.now()
        zone = "Pacific/Kiritimati" if utc_now.hour >= 10 else "Pacific/Pago_Pago"
        there = timezone.localtime(utc_now, ZoneInfo(zone)).date()
        self.assertNotEqual(there, utc_now.date())
        start_program(self.owner, days_ago=5, time_zone=zone)
        self.login(self.owner)
        response = self.client.get(reverse("journey:today"))
        self.assertContains(response, f"Day {(there - utc_now.date()).days + 6}")
