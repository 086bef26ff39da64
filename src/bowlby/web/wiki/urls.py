from django.urls import path

from bowlby.web.wiki import views

app_name = "wiki"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search_view, name="search"),
    path("new/", views.new, name="new"),
    path("tag/<str:tag>/", views.tag, name="tag"),
    path("series/<slug:series_slug>/", views.series, name="series"),
    path("<slug:slug>/", views.article, name="article"),
    path("<slug:slug>/edit/", views.edit, name="edit"),
    path("<slug:slug>/history/", views.history, name="history"),
    path("<slug:slug>/history/<int:number>/", views.revision_detail, name="revision"),
    path("<slug:slug>/history/<int:number>/restore/", views.restore, name="restore"),
    path("<slug:slug>/diff/", views.diff, name="diff"),
]
