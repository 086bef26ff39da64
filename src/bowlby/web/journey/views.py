"""Views of the 40-day program: a thin layer over :mod:`bowlby.program`.

Every personal object is fetched through ``get_owned_or_404``; the calendar feed is the only
view without a log-in, and its key is an unguessable token."""

from __future__ import annotations

import contextlib
import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from bowlby.program import (
    EXERCISES,
    NOT_FOR_VIOLENCE,
    PHASES,
    PROGRAM_DAYS,
    check_entry,
    entries_to_csv,
    entries_to_markdown,
    exceptions_per_week,
    find_patterns,
    held_changes,
    ics_for,
    progress,
    propose_experiments,
    scale_series,
)
from bowlby.program.stats import CANT_TELL, LIKELY, MAYBE
from bowlby.web.lib.owned import get_owned_or_404

from . import charts
from .forms import (
    MOVE_KEY,
    ExerciseForm,
    ProgramForm,
    apply_move,
    empty_raw,
    raw_from_entry,
    raw_from_post,
)
from .models import Draft, Entry, Program, new_token
from .services import exercise_titles, journal_dicts, plan_today, program_of


def _program_or_start(request):
    program = program_of(request.user)
    if program is None:
        return None, redirect("journey:start")
    return program, None


# --- start and settings ------------------------------------------------------------------------


@login_required
def start(request):
    program = program_of(request.user)
    if request.method == "POST":
        form = ProgramForm(request.POST, instance=program)
        if form.is_valid():
            saved = form.save(commit=False)
            saved.owner = request.user
            saved.save()
            messages.success(
                request,
                "Your program settings are saved." if program else "Your 40 days have begun.",
            )
            return redirect("journey:today")
    else:
        initial = {} if program else {"start_date": timezone.localdate(), "mode": Program.SOLO}
        form = ProgramForm(instance=program, initial=initial)
        if not program:  # journey.js preselects the browser's zone, which the person can change
            form.fields["time_zone"].widget.attrs["data-guess"] = "browser"
    invite_url = None
    if program and program.invite_token:
        invite_url = request.build_absolute_uri(
            reverse("journey:join", args=[program.invite_token])
        )
    ics_url = None
    if program:
        ics_url = request.build_absolute_uri(reverse("journey:calendar", args=[program.ics_token]))
    return render(
        request,
        "journey/start.html",
        {
            "form": form,
            "program": program,
            "not_for_violence": NOT_FOR_VIOLENCE,
            "phases": PHASES,
            "invite_url": invite_url,
            "ics_url": ics_url,
            "partner_program": program.partner_program() if program else None,
        },
    )


# --- today ---------------------------------------------------------------------------------------


@login_required
def today(request):
    program, go = _program_or_start(request)
    if go:
        return go
    now = timezone.localdate()
    plan, started = plan_today(program, now)
    entries = Entry.objects.filter(owner=request.user)
    dates = entries.values_list("date", flat=True)
    gentle = progress(program.start_date, dates, now) if started else None
    done_today = set(entries.filter(date=now).values_list("kind", flat=True))
    items = []
    for exercise in plan.all_exercises:
        last = entries.filter(kind=exercise.kind).order_by("-date", "-created").first()
        items.append(
            {
                "exercise": exercise,
                "done": exercise.kind in done_today,
                "last": last,
                "last_fields": _display_fields(last) if last else [],
                "solo": program.mode == Program.SOLO and exercise.partner_needed,
                "recurring": exercise in plan.recurring,
            }
        )
    latest = entries.order_by("-date", "-created").first()
    # Crisis language in the last two days of writing: a calm pointer to help comes first and
    # no exercise is offered unless the person asks to carry on.
    recent = entries.filter(updated__gte=timezone.now() - dt.timedelta(days=2))
    notice = next((n for n in (check_entry(e.fields) for e in recent) if n), None)
    if notice and request.GET.get("continue") == "1":
        notice = None
    return render(
        request,
        "journey/today.html",
        {
            "program": program,
            "plan": plan,
            "started": started,
            "progress": gentle,
            "percent": min(100, round(plan.program_day / PROGRAM_DAYS * 100)),
            "items": items,
            "latest": latest,
            "latest_fields": _display_fields(latest) if latest else [],
            "exercises": exercise_titles(),
            "drafts": Draft.objects.filter(owner=request.user, entry__isnull=True),
            "partner_program": program.partner_program(),
            "notice": notice,
        },
    )


def _display_fields(entry: Entry) -> list[tuple[str, str]]:
    exercise = EXERCISES.get(entry.kind)
    if exercise is None:
        return []
    shown = []
    for field in exercise.fields:
        value = entry.fields.get(field.name)
        if value in (None, "", []):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = ", ".join(value) if field.type == "tags" else "; ".join(value)
        shown.append((field.label, str(value)))
    return shown


# --- writing ------------------------------------------------------------------------------------


def _exercise(kind: str):
    exercise = EXERCISES.get(kind)
    if exercise is None:
        raise Http404("No such exercise")
    return exercise


def _render_form(request, form, *, entry=None, focus=None, status=200, program=None):
    program = program or program_of(request.user)
    exercise = form.exercise
    return render(
        request,
        "journey/write.html",
        {
            "form": form,
            "exercise": exercise,
            "entry": entry,
            "focus": focus,
            "solo": bool(program and program.mode == Program.SOLO and exercise.partner_needed),
            "draft_url": reverse("journey:entry_draft", args=[entry.pk])
            if entry
            else reverse("journey:draft", args=[exercise.kind]),
            "today": timezone.localdate(),
        },
        status=status,
    )


def _save_draft(user, kind, raw, entry=None) -> Draft:
    draft, _ = Draft.objects.update_or_create(
        owner=user, kind=kind, entry=entry, defaults={"data": raw}
    )
    return draft


def _handle_post(request, exercise, *, entry=None):
    raw = raw_from_post(exercise, request.POST)
    form = ExerciseForm(exercise, raw)
    if MOVE_KEY in request.POST:
        focus = apply_move(raw, request.POST[MOVE_KEY])
        _save_draft(request.user, exercise.kind, raw, entry)
        return _render_form(request, form, entry=entry, focus=focus)
    if not form.is_valid():
        # Keep what was typed, also across a reload.
        _save_draft(request.user, exercise.kind, raw, entry)
        return _render_form(request, form, entry=entry, status=400)
    cleaned = form.cleaned
    if entry is None:
        Draft.objects.filter(owner=request.user, kind=exercise.kind, entry__isnull=True).delete()
        entry = Entry(owner=request.user, kind=exercise.kind)
    else:
        Draft.objects.filter(owner=request.user, entry=entry).delete()
    entry.date = cleaned["date"]
    entry.fields = cleaned["fields"]
    entry.save()
    notice = check_entry(entry.fields)
    if notice:
        # Crisis language: a calm pointer to help, never the next exercise.
        return render(request, "journey/help.html", {"notice": notice, "entry": entry})
    messages.success(request, f"Saved: {exercise.title} ({entry.date.isoformat()}).")
    return redirect("journey:today")


@login_required
def write(request, kind):
    exercise = _exercise(kind)
    program, go = _program_or_start(request)
    if go:
        return go
    if request.method == "POST":
        return _handle_post(request, exercise)
    draft = Draft.objects.filter(owner=request.user, kind=kind, entry__isnull=True).first()
    if draft:
        raw = draft.data
    else:
        date = timezone.localdate()
        with contextlib.suppress(ValueError):
            date = dt.date.fromisoformat(request.GET.get("date", ""))
        raw = empty_raw(exercise, date)
    return _render_form(request, ExerciseForm(exercise, raw), program=program)


@login_required
def entry_edit(request, pk):
    entry = get_owned_or_404(Entry, request.user, pk=pk)
    exercise = _exercise(entry.kind)
    if request.method == "POST":
        return _handle_post(request, exercise, entry=entry)
    draft = Draft.objects.filter(owner=request.user, entry=entry).first()
    raw = draft.data if draft else raw_from_entry(exercise, entry.date, entry.fields)
    return _render_form(request, ExerciseForm(exercise, raw), entry=entry)


def _draft_response(request, exercise, raw, draft):
    notice = check_entry({k: v for k, v in raw.items() if k != "date"})
    return render(
        request,
        "journey/_draft_status.html",
        {"draft": draft, "notice": notice},
    )


@login_required
@require_POST
def draft(request, kind):
    exercise = _exercise(kind)
    raw = raw_from_post(exercise, request.POST)
    saved = _save_draft(request.user, kind, raw)
    return _draft_response(request, exercise, raw, saved)


@login_required
@require_POST
def entry_draft(request, pk):
    entry = get_owned_or_404(Entry, request.user, pk=pk)
    exercise = _exercise(entry.kind)
    raw = raw_from_post(exercise, request.POST)
    saved = _save_draft(request.user, entry.kind, raw, entry)
    return _draft_response(request, exercise, raw, saved)


@login_required
@require_POST
def draft_discard(request, pk):
    found = get_owned_or_404(Draft, request.user, pk=pk)
    found.delete()
    messages.success(request, "Draft discarded.")
    return redirect("journey:journal")


# --- the journal ---------------------------------------------------------------------------------


@login_required
def journal(request):
    program, go = _program_or_start(request)
    if go:
        return go
    entries = list(Entry.objects.filter(owner=request.user))
    return render(
        request,
        "journey/journal.html",
        {
            "program": program,
            "entries": [
                {"entry": e, "fields": _display_fields(e), "exercise": EXERCISES.get(e.kind)}
                for e in entries
            ],
            "drafts": Draft.objects.filter(owner=request.user).order_by("-updated"),
            "exercises": EXERCISES,
            "partner_program": program.partner_program(),
        },
    )


@login_required
@require_POST
def entry_share(request, pk):
    entry = get_owned_or_404(Entry, request.user, pk=pk)
    entry.shared = request.POST.get("shared") == "yes"
    entry.save(update_fields=["shared", "updated"])
    messages.success(
        request, "Shared with your partner." if entry.shared else "This entry is private again."
    )
    return redirect("journey:journal")


@login_required
@require_POST
def entry_delete(request, pk):
    entry = get_owned_or_404(Entry, request.user, pk=pk)
    entry.delete()
    messages.success(request, "Entry deleted.")
    return redirect("journey:journal")


# --- charts and patterns -------------------------------------------------------------------------


@login_required
def progress_charts(request):
    _program, go = _program_or_start(request)
    if go:
        return go
    entries = journal_dicts(request.user)
    series = scale_series(entries)
    held = held_changes(series)
    return render(
        request,
        "journey/charts.html",
        {
            "score": charts.score_chart(series, held),
            "held": held,
            "weeks": charts.week_chart(exceptions_per_week(entries)),
        },
    )


@login_required
def patterns(request):
    _program, go = _program_or_start(request)
    if go:
        return go
    report = find_patterns(journal_dicts(request.user))
    groups = [
        (LIKELY, "Likely", report.by_verdict(LIKELY)),
        (MAYBE, "Maybe — a hunch worth testing", report.by_verdict(MAYBE)),
        (CANT_TELL, "Can't tell yet", report.by_verdict(CANT_TELL)),
    ]
    return render(
        request,
        "journey/patterns.html",
        {
            "report": report,
            "groups": groups,
            "proposals": propose_experiments(report),
        },
    )


# --- export and calendar -------------------------------------------------------------------------


def _download(content: str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def export_markdown(request):
    if program_of(request.user) is None:
        raise Http404
    text = entries_to_markdown(journal_dicts(request.user))
    return _download(text, "bowlby-journal.md", "text/markdown; charset=utf-8")


@login_required
def export_csv(request):
    if program_of(request.user) is None:
        raise Http404
    text = entries_to_csv(journal_dicts(request.user))
    return _download(text, "bowlby-journal.csv", "text/csv; charset=utf-8")


def calendar(request, token):
    program = Program.objects.filter(ics_token=token).first()
    if program is None:
        raise Http404
    text = ics_for(program.start_date, reminder_time=program.reminder_time)
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="bowlby-program.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def calendar_reset(request):
    program, go = _program_or_start(request)
    if go:
        return go
    program.ics_token = new_token()
    program.save(update_fields=["ics_token"])
    messages.success(request, "New calendar link made; the old one no longer works.")
    return redirect("journey:start")


# --- partner mode --------------------------------------------------------------------------------


@login_required
@require_POST
def invite(request):
    program, go = _program_or_start(request)
    if go:
        return go
    program.invite_token = new_token()
    program.mode = Program.PARTNER
    program.save(update_fields=["invite_token", "mode"])
    messages.success(request, "Invite link made. Send it to your partner.")
    return redirect("journey:start")


@login_required
def join(request, token):
    inviter = Program.objects.filter(invite_token=token).exclude(owner=request.user).first()
    if inviter is None:
        raise Http404
    if request.method == "POST":
        mine = program_of(request.user)
        if mine is None:
            mine = Program(owner=request.user, start_date=inviter.start_date)
        mine.mode = Program.PARTNER
        mine.partner = inviter.owner
        mine.save()
        inviter.partner = request.user
        inviter.invite_token = None  # one link, one partner
        inviter.save(update_fields=["partner", "invite_token"])
        messages.success(
            request,
            f"You joined {inviter.owner.username}'s program. Your journal stays private; "
            "you choose what to share.",
        )
        return redirect("journey:today")
    return render(
        request,
        "journey/join.html",
        {"inviter": inviter, "not_for_violence": NOT_FOR_VIOLENCE},
    )


@login_required
def partner(request):
    program = program_of(request.user)
    other = program.partner_program() if program else None
    if other is None:
        raise Http404
    shared = Entry.objects.filter(owner=other.owner, shared=True)
    return render(
        request,
        "journey/partner.html",
        {
            "other": other,
            "entries": [
                {"entry": e, "fields": _display_fields(e), "exercise": EXERCISES.get(e.kind)}
                for e in shared
            ],
        },
    )


@login_required
@require_POST
def partner_leave(request):
    program, go = _program_or_start(request)
    if go:
        return go
    Program.objects.filter(owner_id=program.partner_id, partner=request.user).update(partner=None)
    program.partner = None
    program.invite_token = None
    program.save(update_fields=["partner", "invite_token"])
    messages.success(request, "You no longer share a program. Nothing you wrote was deleted.")
    return redirect("journey:start")
