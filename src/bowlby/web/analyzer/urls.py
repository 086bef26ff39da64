from django.urls import path

from bowlby.web.analyzer import views

app_name = "analyzer"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("clients/", views.clients, name="clients"),
    path("clients/<int:pk>/", views.client, name="client"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/status/", views.status, name="status"),
    path("<int:pk>/retry/", views.retry, name="retry"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/correct/", views.correct, name="correct"),
    path("<int:pk>/corrections/clear/", views.undo_corrections, name="clear_corrections"),
    path("<int:pk>/download.<str:kind>", views.download, name="download"),
]
