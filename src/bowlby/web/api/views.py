"""The token page: make and revoke API tokens. A new token is shown once; only its hash is kept."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from bowlby.web.api.models import ApiToken
from bowlby.web.lib.owned import get_owned_or_404


class TokenForm(forms.Form):
    name = forms.CharField(
        label="Token name", max_length=80, help_text="What it is for, e.g. 'lab laptop'."
    )


@login_required
def tokens(request):
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = ApiToken.issue(request.user, form.cleaned_data["name"])
        form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "new_token": new_token,
            "tokens": ApiToken.objects.filter(owner=request.user),
        },
    )


@login_required
@require_POST
def revoke(request, pk):
    token = get_owned_or_404(ApiToken, request.user, pk=pk)
    token.revoke()
    messages.success(request, f"The token '{token.name}' was revoked; it no longer works.")
    return redirect("api:tokens")
