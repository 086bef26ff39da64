"""The analyzer's section of "download my data": clients, transcripts, analyses, corrections."""

from __future__ import annotations

from bowlby.web.analyzer.corrections import agreement, user_codes
from bowlby.web.analyzer.models import Analysis, Client, Correction


def export_analyzer(user) -> dict:
    analyses = []
    for record in Analysis.objects.filter(owner=user).select_related("client"):
        corrections = list(record.corrections.all())
        item = {
            "id": record.pk,
            "title": record.title,
            "client": record.client.pseudonym if record.client else None,
            "source_name": record.source_name,
            "format": record.format,
            "mode": record.mode,
            "roles": record.roles,
            "deidentified": record.deidentified,
            "session_date": record.session_date.isoformat() if record.session_date else None,
            "created": record.created.isoformat(),
            "status": record.status,
            "error": record.error,
            "transcript": record.text,
            "result": record.result,
        }
        if record.result:
            item["user_codes"] = {
                str(k): v for k, v in user_codes(record.result, corrections).items()
            }
            item["agreement"] = agreement(record.result, corrections)
        analyses.append(item)
    return {
        "clients": [
            {"pseudonym": c.pseudonym, "note": c.note, "created": c.created.isoformat()}
            for c in Client.objects.filter(owner=user)
        ],
        "analyses": analyses,
        "corrections": [
            {
                "analysis": c.analysis_id,
                "turn": c.turn,
                "action": c.action,
                "code": c.code,
                "new_code": c.new_code,
                "coded_by": user.username,
                "created": c.created.isoformat(),
            }
            for c in Correction.objects.filter(owner=user)
        ],
    }
