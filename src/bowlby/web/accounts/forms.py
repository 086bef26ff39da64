from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        required=False,
        help_text="Optional. Needed only for password resets and program reminders.",
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")


class LockoutAuthenticationForm(AuthenticationForm):
    """The standard log-in form, refusing further tries once an account or address is locked."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked_out": (
            "Too many failed log-ins. For your safety, log-in is paused for %(minutes)d minutes. "
            "You can reset your password meanwhile."
        ),
    }

    def clean(self):
        from django.conf import settings

        from bowlby.web.accounts import lockout

        username = self.cleaned_data.get("username") or ""
        ip = lockout.client_ip(self.request) if self.request else None
        if lockout.is_locked_out(username, ip):
            raise forms.ValidationError(
                self.error_messages["locked_out"],
                code="locked_out",
                params={"minutes": max(1, settings.LOGIN_FAILURE_WINDOW_SECONDS // 60)},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            lockout.record_failure(username, ip)
            raise
        lockout.clear_failures(username)
        return cleaned


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label="Type your username to confirm",
        help_text="This deletes your account and everything in it. It cannot be undone.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip()
        if value != self.user.username:
            raise forms.ValidationError(
                "That is not your username. Type it exactly to confirm the deletion."
            )
        return value
