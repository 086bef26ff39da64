"""Share links: a revocable public page and image card with the profile only."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from bowlby.assessment import playbook_for
from bowlby.web.assessment.card import card_png, card_svg
from bowlby.web.assessment.models import Result, ShareLink
from bowlby.web.assessment.presentation import STYLE_NAMES
from bowlby.web.lib.owned import get_owned_or_404


@login_required
@require_POST
def create_share(request, pk: int):
    saved = get_owned_or_404(Result, request.user, pk=pk)
    ShareLink.objects.create(owner=request.user, result=saved)
    messages.success(request, "Share link created. Copy it from the list below.")
    return redirect(reverse("assessment:result", args=[saved.pk]) + "#share")


@login_required
@require_POST
def revoke_share(request, pk: int):
    link = get_owned_or_404(ShareLink, request.user, pk=pk, revoked_at__isnull=True)
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at"])
    messages.success(request, "The link is switched off. Anyone who opens it now sees nothing.")
    return redirect(reverse("assessment:result", args=[link.result_id]) + "#share")


def _active_link(token: str) -> ShareLink:
    return get_object_or_404(
        ShareLink.objects.select_related("result"), token=token, revoked_at__isnull=True
    )


def _shared_profile(link: ShareLink) -> dict:
    """Only the profile: the label and its plain-words texts. No answers and no item scores."""
    result = link.result.result
    playbook = playbook_for(result)
    communication = result.communication
    return {
        "pattern_label": result.pattern.label,
        "playbook": playbook,
        "expression_name": STYLE_NAMES.get(communication.expression) if communication else None,
    }


def share(request, token: str):
    link = _active_link(token)
    context = _shared_profile(link)
    context["card_url"] = request.build_absolute_uri(reverse("assessment:share_card", args=[token]))
    context["card_png_url"] = request.build_absolute_uri(
        reverse("assessment:share_card_png", args=[token])
    )
    context["page_url"] = request.build_absolute_uri()
    response = render(request, "assessment/share.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


def share_card(request, token: str):
    link = _active_link(token)
    profile = _shared_profile(link)
    svg = card_svg(
        title=profile["playbook"].title,
        label=profile["pattern_label"],
        text=profile["playbook"].profile,
    )
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"  # a revoked card must disappear at once
    return response


def share_card_png(request, token: str):
    link = _active_link(token)
    profile = _shared_profile(link)
    png = card_png(
        title=profile["playbook"].title,
        label=profile["pattern_label"],
        text=profile["playbook"].profile,
    )
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "no-store"
    return response
