from django.urls import path

from bowlby.web.assessment import partner_views, share_views, views

app_name = "assessment"

urlpatterns = [
    path("", views.start, name="start"),
    path("take/", views.take, name="take"),
    path("finish/", views.finish, name="finish"),
    path("results/<int:pk>/", views.result, name="result"),
    path("results/<int:pk>/report.pdf", views.report_pdf, name="report_pdf"),
    path("results/<int:pk>/share/", share_views.create_share, name="share_create"),
    path("history/", views.history, name="history"),
    path("shares/<int:pk>/revoke/", share_views.revoke_share, name="share_revoke"),
    path("share/<str:token>/", share_views.share, name="share"),
    path("share/<str:token>/card.svg", share_views.share_card, name="share_card"),
    path("share/<str:token>/card.png", share_views.share_card_png, name="share_card_png"),
    path("partners/", partner_views.partners, name="partners"),
    path("partners/invite/", partner_views.invite, name="partner_invite"),
    path("partners/join/<str:token>/", partner_views.join, name="partner_join"),
    path("partners/<int:pk>/consent/", partner_views.consent, name="partner_consent"),
    path("partners/<int:pk>/report/", partner_views.couple_report, name="couple_report"),
]
