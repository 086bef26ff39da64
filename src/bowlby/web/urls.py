from django.urls import include, path

urlpatterns = [
    path("accounts/", include("bowlby.web.accounts.urls")),
    path("test/", include("bowlby.web.assessment.urls")),
    path("program/", include("bowlby.web.journey.urls")),
    path("analyzer/", include("bowlby.web.analyzer.urls")),
    path("wiki/", include("bowlby.web.wiki.urls")),
    path("api/", include("bowlby.web.api.urls")),
    path("", include("bowlby.web.front.urls")),
]
