"""Micro-experiments proposed from pattern findings."""

from __future__ import annotations

from dataclasses import dataclass

from bowlby.program.stats import (
    CANT_TELL,
    EXCEPTION_RATE,
    LIKELY,
    Finding,
    PatternReport,
)


@dataclass(frozen=True)
class ExperimentProposal:
    factor: str
    label: str
    kind: str  # "context", "action" or "tag"
    text: str
    times: int  # how often to try it
    days: int  # over how many days
    based_on: str  # the verdict of the finding behind it


def _observed(f: Finding) -> str:
    label = f"“{f.label}”"
    if f.outcome == EXCEPTION_RATE:
        if f.kind == "action":
            return f"Better moments came more often on days you noted {label}"
        if f.kind == "context":
            return f"Better moments came more often when {label} was part of the day"
        return f"Better moments came more often on days you tagged {label}"
    if f.kind == "action":
        return f"Your scale score tended to be higher on days you noted {label}"
    if f.kind == "context":
        return f"Your scale score tended to be higher when {label} was part of the day"
    return f"Your scale score tended to be higher on days you tagged {label}"


def _invitation(f: Finding, times: int, days: int) -> str:
    label = f"“{f.label}”"
    span = "this week" if days >= 7 else f"in the next {_NUMBERS.get(days, str(days))} days"
    if f.kind == "action":
        return f"Plan {label} {_times(times)} {span}, on purpose, and log how those days go."
    if f.kind == "context":
        return (
            f"See whether you can set up {label} {_times(times)} {span} — "
            "then log what happens between you."
        )
    return (
        f"Look at what your {label} days have in common, pick one piece of it, and repeat it "
        f"{_times(times)} {span}."
    )


_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _times(n: int) -> str:
    return {1: "once", 2: "twice", 3: "three times"}.get(n, f"{n} times")


def propose_experiments(
    report: PatternReport | list[Finding], *, limit: int = 3, days: int = 3
) -> list[ExperimentProposal]:
    """Up to ``limit`` proposals from findings that point upward ("likely" first, then "maybe").
    One proposal per factor. Findings marked "can't tell yet" never lead to a proposal."""
    findings = report.findings if isinstance(report, PatternReport) else report
    seen: set[str] = set()
    proposals = []
    for f in sorted(findings, key=lambda f: (f.verdict != LIKELY, f.p_value)):
        if f.verdict == CANT_TELL or f.direction <= 0 or f.factor in seen:
            continue
        seen.add(f.factor)
        times = 2 if days <= 7 else 3
        hedge = "" if f.verdict == LIKELY else " It may be chance, so treat this as a test."
        text = f"{_observed(f)}. {_invitation(f, times, days)}{hedge}"
        proposals.append(
            ExperimentProposal(f.factor, f.label, f.kind, text, times, days, f.verdict)
        )
        if len(proposals) >= limit:
            break
    return proposals
