"""A self-contained HTML report a clinician can read: the transcript with markers highlighted,
a timeline chart of scales and ruptures, speaker profiles, episodes, exceptions and suggestions.

No external asset: styles are inline and the chart is an inline SVG, so the file can be mailed
or archived as it is.
"""

from __future__ import annotations

from html import escape

from bowlby.coding.results import Analysis, TurnResult
from bowlby.coding.scheme import RUPTURE_SUBTYPE_NAMES, SCALE_DESCRIPTIONS, Scale

SCALE_COLOURS = {
    "proximity_seeking": "#2f6f6a",
    "contact_maintaining": "#4f9a8f",
    "exploring": "#7fb8a4",
    "avoidance": "#3d5a99",
    "resistance": "#a5562b",
}
FAMILY_COLOURS = {"secure": "#2f6f6a", "avoidant": "#3d5a99", "preoccupied": "#a5562b"}

STYLE = """
body{font:16px/1.55 system-ui,-apple-system,'Segoe UI','DejaVu Sans',sans-serif;color:#22262b;background:#fbfaf7;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.7rem;margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #e3e0d8;padding-bottom:.2rem}
.muted{color:#5b6470}.turn{display:grid;grid-template-columns:3rem 7rem 1fr;gap:.6rem;padding:.45rem 0;border-bottom:1px solid #eee}
.turn .who{font-weight:600}.turn.helper{color:#5b6470}.codes{margin-top:.25rem;display:flex;flex-wrap:wrap;gap:.3rem}
.tag{font-size:.78rem;border-radius:999px;padding:.05rem .55rem;color:#fff;cursor:help}
.tag.rupture{background:#a2302b}.tag.strategy{background:#6b6f76}
mark{background:#fff1c2;border-radius:3px;padding:0 .1rem}mark.rupture{background:#f8d7d3}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.card{background:#fff;border:1px solid #e3e0d8;border-radius:10px;padding:.9rem 1rem}
.bar{height:.6rem;border-radius:4px;background:#e3e0d8;overflow:hidden}.bar span{display:block;height:100%}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
.crisis{background:#fbe9e7;border:1px solid #a2302b;border-radius:10px;padding:.8rem 1rem}
@media print{.tag{border:1px solid #999;color:#000}}
"""


def _highlight(turn: TurnResult) -> str:
    spans = [(h.start, h.end, "", f"{h.number} {h.code}") for h in turn.markers]
    spans += [(h.start, h.end, "rupture", h.subtype) for h in turn.ruptures]
    spans = sorted({(s, e, c, t) for s, e, c, t in spans if 0 <= s < e <= len(turn.text)})
    out, cursor = [], 0
    for start, end, cls, title in spans:
        if start < cursor:
            continue
        out.append(escape(turn.text[cursor:start]))
        out.append(
            f'<mark class="{cls}" title="{escape(title)}">{escape(turn.text[start:end])}</mark>'
        )
        cursor = end
    out.append(escape(turn.text[cursor:]))
    return "".join(out)


def _timeline_svg(analysis: Analysis) -> str:
    coded = [t for t in analysis.turns if t.coded]
    if not coded:
        return "<p class='muted'>No coded turns.</p>"
    width, height, pad = 900, 220, 30
    step = (width - 2 * pad) / max(len(analysis.turns), 1)
    bars = []
    scales = [s.value for s in Scale]
    for turn in coded:
        x = pad + turn.index * step
        y = height - pad
        for scale in scales:
            value = sum(h.confidence for h in turn.markers if h.scale == scale)
            if value <= 0:
                continue
            h = min(value, 1.5) / 1.5 * (height / 2 - pad)
            y -= h
            bars.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}" '
                f'fill="{SCALE_COLOURS[scale]}"><title>turn {turn.index}: {scale}</title></rect>'
            )
        for rupture in turn.ruptures:
            r = 3 + rupture.salience * 1.5
            bars.append(
                f'<circle cx="{x + step / 2:.1f}" cy="{pad + 10:.1f}" r="{r:.1f}" fill="#a2302b" opacity=".8">'
                f"<title>turn {turn.index}: {rupture.type} / {rupture.subtype} (salience {rupture.salience})</title></circle>"
            )
    legend = "".join(
        f'<tspan fill="{SCALE_COLOURS[s]}">■ {s.replace("_", " ")}  </tspan>' for s in scales
    )
    return (
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="Timeline of attachment scales and ruptures by turn" '
        f'style="width:100%;height:auto;background:#fff;border:1px solid #e3e0d8;border-radius:10px">'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#ccc"/>'
        f'{"".join(bars)}<text x="{pad}" y="{height - 8}" font-size="12">{legend}'
        f'<tspan fill="#a2302b">● rupture (size = salience)</tspan></text></svg>'
    )


def render_html(analysis: Analysis, *, title: str | None = None) -> str:
    title = title or f"Analysis of {analysis.source or 'a transcript'}"
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body><main>",
        f"<p class='muted'>Bowlby analyzer report · {escape(analysis.mode)} mode · coder {escape(str(analysis.model.get('coder')))}</p>",
        f"<h1>{escape(title)}</h1>",
    ]
    if analysis.safety.get("crisis_language_turns"):
        from bowlby.safety import HELP_MESSAGE

        turns = ", ".join(str(t) for t in analysis.safety["crisis_language_turns"])
        parts.append(
            f"<div class='crisis' role='alert'><strong>Safety first (turns {turns}).</strong> {escape(HELP_MESSAGE)}</div>"
        )
    parts.append("<h2>Speakers</h2><div class='cards'>")
    for speaker, result in analysis.speakers.items():
        label = result.classification.replace("_", " ")
        bars = "".join(
            f"<div>{escape(f.capitalize())} {p:.0%}<div class='bar'><span style='width:{p * 100:.0f}%;background:{FAMILY_COLOURS[f]}'></span></div></div>"
            for f, p in result.probabilities.items()
        )
        scales = "".join(
            f"<tr><td title='{escape(SCALE_DESCRIPTIONS[Scale(s)])}'>{escape(s.replace('_', ' '))}</td><td>{v:.2f}</td></tr>"
            for s, v in result.scale_scores.items()
        )
        share = analysis.talk_ratio.get(speaker, 0)
        parts.append(
            f"<div class='card'><h3>{escape(speaker)} <span class='muted'>({escape(result.role or '')})</span></h3>"
            f"<p><strong>{escape(label)}</strong> — {escape(result.reason)}</p>{bars}"
            f"<table><tr><th>scale</th><th>per turn</th></tr>{scales}</table>"
            f"<p class='muted'>Talk share {share:.0%} · evidence turns: {', '.join(map(str, result.evidence_turns)) or '—'}</p></div>"
        )
    parts.append("</div><h2>Timeline</h2>")
    parts.append(_timeline_svg(analysis))
    parts.append("<h2>Rupture episodes</h2>")
    if analysis.episodes:
        rows = "".join(
            f"<tr><td>{e.start_turn}–{e.end_turn}</td><td>{escape(e.speaker)}</td><td>{escape(e.type)}: "
            f"{escape(', '.join(RUPTURE_SUBTYPE_NAMES[s] for s in e.subtypes))}</td><td>{escape(e.resolution.replace('_', ' '))}"
            f"{'' if e.repair_held is None else (', held' if e.repair_held else ', did not hold')}</td>"
            f"<td>{escape(', '.join(s['code'].replace('_', ' ') for s in e.strategies) or '—')}</td></tr>"
            for e in analysis.episodes
        )
        parts.append(
            f"<table><tr><th>turns</th><th>speaker</th><th>rupture</th><th>resolution</th><th>listener's strategies</th></tr>{rows}</table>"
        )
    else:
        parts.append("<p class='muted'>No rupture markers found.</p>")
    parts.append("<h2>Exceptions — what went well</h2>")
    parts.append(
        "<ul>"
        + "".join(
            f"<li>Turn {m.turn} ({escape(m.speaker)}): {escape(m.description)}</li>"
            for m in analysis.exceptions
        )
        + "</ul>"
        if analysis.exceptions
        else "<p class='muted'>None found in this transcript.</p>"
    )
    parts.append("<h2>Suggestions for repair</h2>")
    parts.append(
        "<ul>"
        + "".join(
            f"<li><strong>For {escape(s.audience)}:</strong> {escape(s.text)} <span class='muted'>({escape(s.reason)})</span></li>"
            for s in analysis.suggestions
        )
        + "</ul>"
        if analysis.suggestions
        else "<p class='muted'>No suggestions.</p>"
    )
    parts.append("<h2>Transcript</h2>")
    for turn in analysis.turns:
        tags = "".join(
            f"<span class='tag' style='background:{SCALE_COLOURS[h.scale]}' title='{escape(h.evidence)}'>{h.number} {escape(h.code.replace('_', ' '))} · {h.confidence:.0%}</span>"
            for h in turn.markers
        )
        tags += "".join(
            f"<span class='tag rupture' title='{escape(h.evidence)}'>{escape(h.subtype.replace('_', ' '))} · salience {h.salience}</span>"
            for h in turn.ruptures
        )
        tags += "".join(
            f"<span class='tag strategy' title='{escape(h.evidence)}'>{escape(h.name)}</span>"
            for h in turn.strategies
        )
        parts.append(
            f"<div class='turn{'' if turn.coded else ' helper'}'><span class='muted'>{turn.index}</span>"
            f"<span class='who'>{escape(turn.speaker)}</span><div>{_highlight(turn)}"
            f"{f'<div class=codes>{tags}</div>' if tags else ''}</div></div>"
        )
    parts.append(
        "<p class='muted'>Codes are machine estimates to support, not replace, a clinician's judgement. "
        "Accuracy figures: docs/analyzer.md.</p></main></body></html>"
    )
    return "".join(parts)
