"""Demo content: one client ("Client R") with two analysed sessions, for the demo user."""

from __future__ import annotations

import datetime
from pathlib import Path

from bowlby.web.analyzer import engine
from bowlby.web.analyzer.models import Analysis, Client

DEMO_DIR = Path(__file__).parent / "demo_transcripts"
DEMO_CLIENT = "Client R (demo)"
SESSIONS = [
    ("session1.txt", "Session 1: closing the door", datetime.date(2026, 1, 12)),
    ("session2.txt", "Session 2: the call to her sister", datetime.date(2026, 1, 19)),
]


def load_demo_analyses() -> None:
    from bowlby.web.accounts.demo import demo_user

    user = demo_user()
    client, created = Client.objects.get_or_create(
        owner=user, pseudonym=DEMO_CLIENT, defaults={"note": "Demo: two sessions a week apart."}
    )
    if not created and client.analyses.exists():
        return
    for filename, title, date in SESSIONS:
        text = (DEMO_DIR / filename).read_text(encoding="utf-8")
        transcript = engine.read(text, name=filename)
        Analysis.objects.create(
            owner=user,
            client=client,
            title=title,
            source_name=filename,
            text=text,
            format=transcript.meta["format"],
            mode=transcript.mode,
            roles=transcript.meta["role_guess"]["roles"],
            session_date=date,
            status=Analysis.DONE,
            progress=100,
            result=engine.analyse(transcript),
        )
