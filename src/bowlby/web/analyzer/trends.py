"""Session-over-session figures for one client."""

from __future__ import annotations

from typing import Any

from bowlby.web.analyzer.models import Analysis


def client_rows(client) -> list[dict[str, Any]]:
    """One row per finished session × coded speaker (helpers are not coded in session mode)."""
    rows = []
    sessions = client.analyses.filter(status=Analysis.DONE).order_by("session_date", "created")
    for number, record in enumerate(sessions, start=1):
        result = record.result or {}
        for speaker, profile in result.get("speakers", {}).items():
            episodes = [e for e in result.get("episodes", []) if e["speaker"] == speaker]
            rows.append(
                {
                    "analysis": record,
                    "label": f"S{number}",
                    "speaker": speaker,
                    "classification": profile["classification"],
                    "scale_scores": profile["scale_scores"],
                    "ruptures": len(episodes),
                    "repaired": sum(e["resolution"] == "resolved" for e in episodes),
                }
            )
    return rows
