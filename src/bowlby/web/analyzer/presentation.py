"""What the analysis page shows, prepared from the stored result (templates stay simple)."""

from __future__ import annotations

from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from bowlby.coding.scheme import MARKERS_BY_CODE, RESOLUTION_STRATEGIES, RUPTURE_SUBTYPE_NAMES
from bowlby.web.analyzer.charts import SCALE_NAMES
from bowlby.web.analyzer.wikilinks import marker_article, rupture_article


def highlighted(turn: dict[str, Any]) -> SafeString:
    """The turn's text with each evidence span in a focusable <mark> whose title explains it."""
    text = turn["text"]
    spans = [
        (
            m["start"],
            m["end"],
            "marker",
            f"{m['number']} {_marker_name(m['code'])}: {m['evidence']}",
        )
        for m in turn["markers"]
    ] + [
        (
            r["start"],
            r["end"],
            "rupture",
            f"rupture, {RUPTURE_SUBTYPE_NAMES.get(r['subtype'], r['subtype'])} (salience {r['salience']}): {r['evidence']}",
        )
        for r in turn["ruptures"]
    ]
    out, cursor = [], 0
    for start, end, kind, title in sorted(spans):
        if start < cursor or not 0 <= start < end <= len(text):
            continue
        out.append(escape(text[cursor:start]))
        out.append(
            f'<mark class="{kind}" tabindex="0" title="{escape(title)}">'
            f"{escape(text[start:end])}</mark>"
        )
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))


def _marker_name(code: str) -> str:
    marker = MARKERS_BY_CODE.get(code)
    return marker.name if marker else code


def turn_rows(result: dict[str, Any], user_codes: dict[int, list[str]]) -> list[dict[str, Any]]:
    rows = []
    for turn in result["turns"]:
        markers = [
            {
                **m,
                "name": _marker_name(m["code"]),
                "scale_name": SCALE_NAMES.get(m["scale"], m["scale"]),
                "wiki": marker_article(m["scale"]),
            }
            for m in turn["markers"]
        ]
        ruptures = [
            {
                **r,
                "name": RUPTURE_SUBTYPE_NAMES.get(r["subtype"], r["subtype"]),
                "wiki": rupture_article(),
            }
            for r in turn["ruptures"]
        ]
        mine = user_codes.get(turn["index"])
        rows.append(
            {
                "turn": turn,
                "html": highlighted(turn),
                "markers": markers,
                "ruptures": ruptures,
                "strategies": [
                    {**s, "label": RESOLUTION_STRATEGIES.get(s["code"], s["name"])}
                    for s in turn["strategies"]
                ],
                "user_codes": [
                    {"code": c, "label": f"{MARKERS_BY_CODE[c].number} {MARKERS_BY_CODE[c].name}"}
                    for c in (mine or [])
                    if c in MARKERS_BY_CODE
                ],
                "corrected": mine is not None and mine != [m["code"] for m in turn["markers"]],
            }
        )
    return rows


def speaker_cards(result: dict[str, Any]) -> list[dict[str, Any]]:
    cards = []
    for speaker, profile in result["speakers"].items():
        cards.append(
            {
                "speaker": speaker,
                **profile,
                "classification_label": profile["classification"].replace("_", " "),
                "scales": [
                    {"name": SCALE_NAMES.get(k, k), "value": v, "wiki": marker_article(k)}
                    for k, v in profile["scale_scores"].items()
                ],
                "probabilities": [
                    {"name": k, "value": v, "percent": round(v * 100)}
                    for k, v in profile["probabilities"].items()
                ],
                "talk_ratio": round(result.get("talk_ratio", {}).get(speaker, 0) * 100),
            }
        )
    return cards


def episodes(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            **e,
            "subtype_names": [RUPTURE_SUBTYPE_NAMES.get(s, s) for s in e["subtypes"]],
            "strategy_names": [
                RESOLUTION_STRATEGIES.get(s.get("code", ""), s.get("name", ""))
                for s in e["strategies"]
            ],
            "resolution_label": e["resolution"].replace("_", " "),
        }
        for e in result["episodes"]
    ]
