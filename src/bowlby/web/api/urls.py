from django.urls import path

from bowlby.web.api import views
from bowlby.web.api.api import api

app_name = "api"

urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("", api.urls),
]
