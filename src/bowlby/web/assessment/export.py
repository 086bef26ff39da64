"""The relationship-test part of "download my data"."""

from __future__ import annotations

from bowlby.web.assessment.models import Draft, PartnerLink, Result, ShareLink


def _when(value):
    return value.isoformat() if value else None


def export_assessment(user) -> dict:
    return {
        "results": [
            {
                "id": r.id,
                "taken_at": _when(r.created_at),
                "answers": r.answers,
                "result": r.data,
            }
            for r in Result.objects.filter(owner=user)
        ],
        "unfinished_drafts": [
            {"answers": d.answers, "updated_at": _when(d.updated_at)}
            for d in Draft.objects.filter(owner=user)
        ],
        "share_links": [
            {
                "result_id": s.result_id,
                "token": s.token,
                "created_at": _when(s.created_at),
                "revoked_at": _when(s.revoked_at),
            }
            for s in ShareLink.objects.filter(owner=user)
        ],
        "partner_links": [
            {
                "invited_by_me": link.owner_id == user.id,
                "partner": link.other(user).username if link.other(user) else None,
                "accepted_at": _when(link.accepted_at),
                "my_consent": link.consents_of(user),
                "created_at": _when(link.created_at),
            }
            for link in PartnerLink.involving(user).select_related("owner", "partner")
        ],
    }
