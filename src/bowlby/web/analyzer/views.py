"""Analyzer pages: submit a transcript, follow its task, read and correct the analysis, clients."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from bowlby.coding.errors import TranscriptFormatError
from bowlby.coding.report import render_html
from bowlby.safety import HELP_MESSAGE
from bowlby.web.analyzer import engine, presentation, tasks
from bowlby.web.analyzer.charts import timeline_svg, trend_svg
from bowlby.web.analyzer.corrections import (
    MARKER_CHOICES,
    agreement,
    csv_with_coders,
    user_codes,
)
from bowlby.web.analyzer.deidentify import deidentify
from bowlby.web.analyzer.forms import ROLE_CHOICES, ClientForm, CorrectionForm, TranscriptForm
from bowlby.web.analyzer.models import Analysis, Client, Correction
from bowlby.web.analyzer.trends import client_rows
from bowlby.web.lib.owned import get_owned_or_404


def _error_context(exc: TranscriptFormatError) -> dict:
    return {"where": exc.where, "line": exc.line, "detail": exc.detail, "code": exc.code}


@login_required
def index(request):
    """The list of analyses and step 1: paste or upload, then check what was read."""
    form = TranscriptForm(request.POST or None, request.FILES or None, user=request.user)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        text, name = data["text"], data["source_name"] or None
        try:
            transcript = engine.read(text, name=name, format=data["format"], mode=data["mode"])
            replaced = {}
            if data["deidentify"]:
                cleaned = deidentify(text, speakers=list(transcript.speakers))
                text, replaced = cleaned.text, cleaned.replacements
                transcript = engine.read(text, name=name, format=data["format"], mode=data["mode"])
        except TranscriptFormatError as exc:
            # Keep what was given: an upload's content goes into the text box to be fixed there.
            form = TranscriptForm({**request.POST.dict(), "text": data["text"]}, user=request.user)
            form.is_valid()
            context.update(form=form, parse_error=_error_context(exc), from_upload=bool(name))
        else:
            return render(
                request,
                "analyzer/confirm.html",
                _confirm_context(data, text, name, transcript, replaced),
            )
    context["analyses"] = Analysis.objects.filter(owner=request.user).select_related("client")
    context["clients"] = Client.objects.filter(owner=request.user)
    return render(request, "analyzer/index.html", context, status=200)


def _confirm_context(data, text, name, transcript, replaced, error=None) -> dict:
    guess = transcript.meta["role_guess"]
    return {
        "text": text,
        "source_name": name or "",
        "title": data.get("title") or (name or "Pasted transcript"),
        "format": transcript.meta["format"],
        "mode": transcript.mode,
        "guess": guess,
        "speakers": [
            {
                "index": i,
                "name": s,
                "role": guess["roles"].get(s, "patient"),
                "turns": sum(1 for t in transcript.turns if t.speaker == s),
            }
            for i, s in enumerate(transcript.speakers)
        ],
        "role_choices": ROLE_CHOICES,
        "turn_count": len(transcript.turns),
        "preview": transcript.turns[:4],
        "client_id": data["client"].pk if data.get("client") else "",
        "session_date": data.get("session_date") or "",
        "deidentified": bool(data.get("deidentify")),
        "replaced": replaced,
        "parse_error": error,
    }


@login_required
@require_POST
def create(request):
    """Step 2: the user confirmed mode and roles; store the transcript and queue its analysis."""
    post = request.POST
    text, name = post.get("text", ""), post.get("source_name") or None
    mode = post.get("mode") if post.get("mode") in ("session", "dyad") else None
    roles = {}
    for key, speaker in post.items():
        if key.startswith("speaker_"):
            role = post.get("role_" + key.removeprefix("speaker_"))
            if role in dict(ROLE_CHOICES):
                roles[speaker] = role
    client = None
    if post.get("client"):
        client = get_owned_or_404(Client, request.user, pk=post["client"])
    data = {
        "title": post.get("title", ""),
        "client": client,
        "session_date": post.get("session_date"),
        "deidentify": post.get("deidentified") == "1",
    }
    try:
        transcript = engine.read(text, name=name, format=post.get("format"), mode=mode, roles=roles)
    except TranscriptFormatError as exc:
        try:
            plain = engine.read(text, name=name)
        except TranscriptFormatError:
            messages.error(request, f"{exc.where}: {exc.detail}")
            form = TranscriptForm(initial={"text": text, "title": data["title"]}, user=request.user)
            return render(
                request,
                "analyzer/index.html",
                {
                    "form": form,
                    "parse_error": _error_context(exc),
                    "analyses": Analysis.objects.filter(owner=request.user),
                },
            )
        return render(
            request,
            "analyzer/confirm.html",
            _confirm_context(data, text, name, plain, {}, error=_error_context(exc)),
        )
    record = Analysis.objects.create(
        owner=request.user,
        client=client,
        title=(data["title"] or name or "Pasted transcript")[:120],
        source_name=name or "",
        text=text,
        format=transcript.meta["format"],
        mode=transcript.mode,
        roles=transcript.meta["role_guess"]["roles"],
        deidentified=data["deidentify"],
        session_date=data["session_date"] or None,
    )
    tasks.enqueue(record)
    return redirect("analyzer:detail", pk=record.pk)


@login_required
def detail(request, pk):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    context = {"record": record}
    if record.status == Analysis.DONE:
        result = record.result
        corrections = list(record.corrections.all())
        context.update(
            result=result,
            rows=presentation.turn_rows(result, user_codes(result, corrections)),
            speakers=presentation.speaker_cards(result),
            episodes=presentation.episodes(result),
            timeline=timeline_svg(result.get("timeline", [])),
            agreement=agreement(result, corrections),
            corrections=corrections,
            marker_choices=MARKER_CHOICES,
            help_message=HELP_MESSAGE if result["safety"].get("crisis_language_turns") else "",
        )
    return render(request, "analyzer/detail.html", context)


@login_required
@require_GET
def status(request, pk):
    """The progress fragment htmx polls; a finished task makes the page reload itself."""
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    response = render(request, "analyzer/_status.html", {"record": record})
    if record.is_finished and request.headers.get("HX-Request"):
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def retry(request, pk):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    if record.status == Analysis.FAILED:
        tasks.enqueue(record)
    return redirect("analyzer:detail", pk=record.pk)


@login_required
@require_POST
def delete(request, pk):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    record.delete()
    messages.success(request, "The transcript and its analysis were deleted.")
    return redirect("analyzer:index")


@login_required
@require_GET
def download(request, pk, kind):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    if record.status != Analysis.DONE or kind not in ("json", "csv", "html"):
        raise Http404
    corrections = list(record.corrections.all())
    stem = slugify(record.title) or f"analysis-{record.pk}"
    if kind == "json":
        data = {
            **record.result,
            "corrections": [_correction_dict(c) for c in corrections],
            "user_codes": {str(k): v for k, v in user_codes(record.result, corrections).items()},
            "agreement": agreement(record.result, corrections),
        }
        body, content_type = json.dumps(data, indent=2, ensure_ascii=False), "application/json"
    elif kind == "csv":
        body = csv_with_coders(
            engine.rebuild(record.result),
            record.result,
            corrections,
            user_label=request.user.username,
        )
        content_type = "text/csv; charset=utf-8"
    else:
        body = render_html(engine.rebuild(record.result), title=record.title)
        content_type = "text/html; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{stem}.{kind}"'
    return response


def _correction_dict(c: Correction) -> dict:
    return {
        "turn": c.turn,
        "action": c.action,
        "code": c.code,
        "new_code": c.new_code,
        "created": c.created.isoformat(),
    }


@login_required
@require_POST
def correct(request, pk):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    if record.status != Analysis.DONE:
        raise Http404
    form = CorrectionForm(request.POST)
    coded = {t["index"] for t in record.result["turns"] if t["coded"]}
    if not form.is_valid() or form.cleaned_data["turn"] not in coded:
        messages.error(
            request, "That correction could not be saved: choose a coded turn and a marker."
        )
        return redirect("analyzer:detail", pk=pk)
    data = form.cleaned_data
    current = user_codes(record.result, record.corrections.all()).get(data["turn"], [])
    problem = None
    if data["action"] in ("remove", "change") and data["code"] not in current:
        problem = f"Turn {data['turn']} has no marker {data['code']} to {data['action']}."
    elif data["action"] == "add" and data["code"] in current:
        problem = f"Turn {data['turn']} already has marker {data['code']}."
    elif data["action"] == "change" and not data["new_code"]:
        problem = "Choose the marker to change it to."
    if problem:
        messages.error(request, problem)
    else:
        Correction.objects.create(
            owner=request.user,
            analysis=record,
            turn=data["turn"],
            action=data["action"],
            code=data["code"],
            new_code=data["new_code"] if data["action"] == "change" else "",
        )
        kappa = agreement(record.result, record.corrections.all())["kappa"]
        messages.success(
            request, f"Saved your correction on turn {data['turn']}. Agreement is now κ = {kappa}."
        )
    return redirect(reverse("analyzer:detail", kwargs={"pk": pk}) + f"#turn-{data['turn']}")


@login_required
@require_POST
def undo_corrections(request, pk):
    record = get_owned_or_404(Analysis, request.user, pk=pk)
    record.corrections.all().delete()
    messages.success(request, "Your corrections were removed; the analyzer's codes are back.")
    return redirect("analyzer:detail", pk=pk)


@login_required
def clients(request):
    form = ClientForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if Client.objects.filter(
            owner=request.user, pseudonym=form.cleaned_data["pseudonym"]
        ).exists():
            form.add_error("pseudonym", "You already have a client with this pseudonym.")
        else:
            client = form.save(commit=False)
            client.owner = request.user
            client.save()
            return redirect("analyzer:client", pk=client.pk)
    items = Client.objects.filter(owner=request.user)
    return render(request, "analyzer/clients.html", {"form": form, "clients": items})


@login_required
def client(request, pk):
    item = get_owned_or_404(Client, request.user, pk=pk)
    rows = client_rows(item)
    by_speaker: dict[str, list] = {}
    for row in rows:
        by_speaker.setdefault(row["speaker"], []).append(row)
    charts = [{"speaker": s, "svg": trend_svg(r)} for s, r in by_speaker.items() if len(r) > 1]
    return render(
        request,
        "analyzer/client.html",
        {
            "client": item,
            "rows": rows,
            "charts": charts,
            "analyses": item.analyses.all(),
        },
    )
