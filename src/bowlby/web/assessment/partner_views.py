"""Partners: invite by link, accept, consent (both needed) and the couple report."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from bowlby.assessment import describe_couple
from bowlby.web.assessment.models import PartnerLink, Result


def _link_or_404(user, pk: int) -> PartnerLink:
    """A partner link the user is part of (as inviter or as accepted partner), else 404."""
    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(PartnerLink.involving(user).select_related("owner", "partner"), pk=pk)


def _latest(user) -> Result | None:
    return Result.objects.filter(owner=user).first() if user else None


@login_required
def partners(request):
    links = PartnerLink.involving(request.user).select_related("owner", "partner")
    rows = []
    for link in links:
        other = link.other(request.user)
        rows.append(
            {
                "link": link,
                "other": other,
                "invite_url": request.build_absolute_uri(
                    reverse("assessment:partner_join", args=[link.token])
                )
                if link.partner_id is None
                else None,
                "i_consent": link.consents_of(request.user),
                "they_consent": link.consents_of(other) if other else False,
                "both_have_results": bool(_latest(request.user) and _latest(other)),
            }
        )
    return render(request, "assessment/partners.html", {"rows": rows})


@login_required
@require_POST
def invite(request):
    PartnerLink.objects.create(owner=request.user)
    messages.success(request, "Invitation link created. Send it to your partner yourself.")
    return redirect("assessment:partners")


@login_required
def join(request, token: str):
    link = get_object_or_404(PartnerLink.objects.select_related("owner"), token=token)
    if link.partner_id is not None and link.partner_id != request.user.id:
        raise Http404  # already used by someone else
    if link.owner_id == request.user.id:
        messages.error(request, "This is your own invitation: send it to your partner.")
        return redirect("assessment:partners")
    if request.method == "POST" and link.partner_id is None:
        link.partner = request.user
        link.accepted_at = timezone.now()
        link.save(update_fields=["partner", "accepted_at"])
        messages.success(request, f"You are linked with {link.owner.username}.")
        return redirect("assessment:partners")
    return render(request, "assessment/join.html", {"link": link})


@login_required
@require_POST
def consent(request, pk: int):
    link = _link_or_404(request.user, pk)
    if link.partner_id is None:
        raise Http404
    give = request.POST.get("consent") == "yes"
    link.set_consent(request.user, give)
    link.save(update_fields=["owner_consents", "partner_consents"])
    if give:
        messages.success(request, "You agreed to the couple report. It opens when both agree.")
    else:
        messages.success(
            request, "Consent withdrawn. Neither of you can see the couple report now."
        )
    return redirect("assessment:partners")


@login_required
def couple_report(request, pk: int):
    link = _link_or_404(request.user, pk)
    if link.partner_id is None:
        raise Http404
    mine, theirs = _latest(request.user), _latest(link.other(request.user))
    if not link.both_consent or mine is None or theirs is None:
        return render(
            request,
            "assessment/couple_waiting.html",
            {"link": link, "other": link.other(request.user), "mine": mine, "theirs": theirs},
            status=403,
        )
    owner_result = (mine if request.user == link.owner else theirs).result
    partner_result = (theirs if request.user == link.owner else mine).result
    report = describe_couple(owner_result, partner_result)
    viewer_is_owner = request.user == link.owner
    return render(
        request,
        "assessment/couple.html",
        {
            "link": link,
            "other": link.other(request.user),
            "report": report,
            "my_pattern": (report.first if viewer_is_owner else report.second).label,
            "their_pattern": (report.second if viewer_is_owner else report.first).label,
            "for_me": report.for_first if viewer_is_owner else report.for_second,
            "for_them": report.for_second if viewer_is_owner else report.for_first,
        },
    )
