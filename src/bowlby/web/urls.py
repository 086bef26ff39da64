from django.urls import include, path

urlpatterns = [
    path("accounts/", include("bowlby.web.accounts.urls")),
    path("", include("bowlby.web.front.urls")),
]
