import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_POST

from bowlby.web.accounts.forms import DeleteAccountForm, LockoutAuthenticationForm, SignupForm
from bowlby.web.lib.privacy import export_user_data


def signup(request):
    if request.user.is_authenticated:
        return redirect("front:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Bowlby. Your account is ready.")
        return redirect(request.GET.get("next") or "front:home")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    form_class = LockoutAuthenticationForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, "Your password was changed.")
        return super().form_valid(form)


@login_required
def account_settings(request):
    return render(
        request, "accounts/settings.html", {"delete_form": DeleteAccountForm(user=request.user)}
    )


@login_required
def download_data(request):
    data = {
        "format": "bowlby-user-data",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
        "data": export_user_data(request.user),
    }
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = (
        f'attachment; filename="bowlby-data-{request.user.username}-{stamp}.json"'
    )
    return response


@login_required
@require_POST
def delete_account(request):
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "accounts/settings.html", {"delete_form": form}, status=400)
    user = request.user
    logout(request)
    user.delete()  # every personal row cascades from the user
    messages.success(request, "Your account and all your data were deleted.")
    return redirect("front:home")
