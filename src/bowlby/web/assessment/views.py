"""Taking the test, the result page, retakes and the PDF report."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from bowlby.assessment import ITEMS, AnswerError, compare_results, score_test
from bowlby.assessment.items import COMMUNICATION_INSTRUCTIONS, INSTRUCTIONS
from bowlby.web.assessment.forms import CHOICES, AnswerForm
from bowlby.web.assessment.models import Result
from bowlby.web.assessment.presentation import result_context
from bowlby.web.assessment.visitors import current_draft, mine, result_or_404

TOTAL = len(ITEMS)
INDEX_BY_ID = {item.id: index for index, item in enumerate(ITEMS)}


def start(request):
    draft = current_draft(request)
    results = list(mine(Result, request)[:1])
    return render(
        request,
        "assessment/start.html",
        {
            "answered": len(draft.answers) if draft else 0,
            "total": TOTAL,
            "instructions": INSTRUCTIONS,
            "latest": results[0] if results else None,
        },
    )


def _first_unanswered(answers: dict) -> int | None:
    return next((i for i, item in enumerate(ITEMS) if item.id not in answers), None)


def _question_context(request, draft, index: int | None, form=None) -> dict:
    answers = draft.answers if draft else {}
    context = {"answered": len(answers), "total": TOTAL, "choices": CHOICES}
    if index is None:  # every question answered: offer the result
        return {**context, "done": True}
    item = ITEMS[index]
    chosen = answers.get(item.id)
    if form is not None:
        raw = form.data.get("answer", "")
        chosen = int(raw) if str(raw).isdigit() else None
    return {
        **context,
        "done": False,
        "item": item,
        "number": index + 1,
        "chosen": chosen,
        "previous": index if index > 0 else None,  # 1-based number of the previous question
        "section_intro": (
            COMMUNICATION_INSTRUCTIONS
            if item.section == "communication" and ITEMS[index - 1].section != "communication"
            else None
        ),
        "form": form,
    }


def _render_question(request, context, *, status=200):
    template = "assessment/_question.html" if request.htmx else "assessment/take.html"
    return render(request, template, context, status=status)


def take(request):
    request.htmx = request.headers.get("HX-Request") == "true"
    if request.method == "POST":
        return _answer(request)
    draft = current_draft(request)
    answers = draft.answers if draft else {}
    asked = request.GET.get("q", "")
    if asked.isdigit() and 1 <= int(asked) <= TOTAL:
        index = int(asked) - 1
    else:
        index = _first_unanswered(answers)
    return _render_question(request, _question_context(request, draft, index))


def _answer(request):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        draft = current_draft(request)
        index = INDEX_BY_ID.get(form.data.get("item"))
        if index is None:
            index = _first_unanswered(draft.answers if draft else {}) or 0
        # htmx swaps only 2xx answers, so the error page goes back as 200 there.
        status = 200 if request.htmx else 400
        return _render_question(
            request, _question_context(request, draft, index, form=form), status=status
        )
    draft = current_draft(request, create=True)
    item = form.cleaned_data["item"]
    draft.answers[item] = form.cleaned_data["answer"]
    draft.save()
    following = INDEX_BY_ID[item] + 1
    if following >= TOTAL:
        following = _first_unanswered(draft.answers)
    if request.htmx:
        return _render_question(request, _question_context(request, draft, following))
    if following is None:
        return redirect("assessment:take")
    return redirect(f"{reverse('assessment:take')}?q={following + 1}")


@require_POST
def finish(request):
    draft = current_draft(request)
    if draft is None:
        return redirect("assessment:start")
    try:
        result = score_test(draft.answers)
    except AnswerError as error:
        # Nothing is lost: send the person to the question that still needs an answer.
        messages.error(request, "One question still needs an answer.")
        return redirect(f"{reverse('assessment:take')}?q={INDEX_BY_ID.get(error.item, 0) + 1}")
    with transaction.atomic():
        saved = Result.objects.create(
            owner=draft.owner,
            anon_key=draft.anon_key,
            answers=draft.answers,
            data=result.to_dict(),
        )
        draft.delete()
    return redirect("assessment:result", pk=saved.pk)


def result(request, pk: int):
    saved = result_or_404(request, pk)
    context = result_context(saved.result)
    shares = saved.shares.filter(revoked_at__isnull=True) if request.user.is_authenticated else []
    earlier = mine(Result, request).filter(created_at__lt=saved.created_at).first()
    change = None
    if earlier is not None:
        change = compare_results(earlier.result, saved.result)
    context.update(
        {
            "saved": saved,
            "shares": shares,
            "earlier": earlier,
            "change": change,
            "anonymous": not request.user.is_authenticated,
        }
    )
    return render(request, "assessment/result.html", context)


@login_required
def history(request):
    rows = list(Result.objects.filter(owner=request.user).order_by("created_at", "id"))
    entries = []
    for index, saved in enumerate(rows):
        change = compare_results(rows[index - 1].result, saved.result) if index else None
        dims = (change.anxiety, change.avoidance) if change else ()
        entries.append({"saved": saved, "r": saved.result, "change": change, "dims": dims})
    entries.reverse()
    return render(request, "assessment/history.html", {"entries": entries})


def report_pdf(request, pk: int):
    from bowlby.web.assessment.pdf import render_report

    saved = result_or_404(request, pk)
    response = render_report(request, saved)
    response["Content-Disposition"] = (
        f'attachment; filename="bowlby-action-report-{saved.created_at:%Y-%m-%d}.pdf"'
    )
    return response
