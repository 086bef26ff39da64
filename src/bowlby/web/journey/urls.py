from django.urls import path

from . import views

app_name = "journey"

urlpatterns = [
    path("", views.today, name="today"),
    path("start/", views.start, name="start"),
    path("write/<slug:kind>/", views.write, name="write"),
    path("write/<slug:kind>/draft/", views.draft, name="draft"),
    path("journal/", views.journal, name="journal"),
    path("entries/<int:pk>/", views.entry_edit, name="entry"),
    path("entries/<int:pk>/draft/", views.entry_draft, name="entry_draft"),
    path("entries/<int:pk>/share/", views.entry_share, name="entry_share"),
    path("entries/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("drafts/<int:pk>/discard/", views.draft_discard, name="draft_discard"),
    path("charts/", views.progress_charts, name="charts"),
    path("patterns/", views.patterns, name="patterns"),
    path("export/journal.md", views.export_markdown, name="export_md"),
    path("export/journal.csv", views.export_csv, name="export_csv"),
    path("calendar/<str:token>.ics", views.calendar, name="calendar"),
    path("calendar/new-link/", views.calendar_reset, name="calendar_reset"),
    path("partner/", views.partner, name="partner"),
    path("partner/invite/", views.invite, name="invite"),
    path("partner/leave/", views.partner_leave, name="partner_leave"),
    path("join/<str:token>/", views.join, name="join"),
]
