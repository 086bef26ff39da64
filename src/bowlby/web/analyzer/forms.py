from __future__ import annotations

from django import forms

from bowlby.coding.formats import FORMATS
from bowlby.web.analyzer.corrections import MARKER_CHOICES
from bowlby.web.analyzer.models import Client

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
FORMAT_CHOICES = [("", "Detect automatically")] + [
    (name, reader.description or name) for name, reader in FORMATS.items()
]
MODE_CHOICES = [
    ("", "Guess"),
    ("session", "Session (a helper and a client)"),
    ("dyad", "Dyad (two partners, both coded)"),
]
ROLE_CHOICES = [
    ("therapist", "Helper (therapist, counsellor, coach)"),
    ("patient", "Client"),
    ("partner", "Partner"),
]


class TranscriptForm(forms.Form):
    title = forms.CharField(max_length=120, required=False, help_text="For your list; optional.")
    text = forms.CharField(
        label="Transcript text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text="Lines like 'T: How was your week?' — or upload a file instead.",
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="Plain text, CSV, JSON, JSON Lines, WebVTT, SRT or a WhatsApp-style chat export.",
    )
    format = forms.ChoiceField(choices=FORMAT_CHOICES, required=False)
    mode = forms.ChoiceField(choices=MODE_CHOICES, required=False)
    deidentify = forms.BooleanField(
        label="Replace names, places, phone numbers and e-mail addresses before storing",
        required=False,
        initial=True,
    )
    client = forms.ModelChoiceField(queryset=Client.objects.none(), required=False)
    session_date = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Session date"
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["client"].queryset = Client.objects.filter(owner=user)
        self.fields["client"].empty_label = "No client"

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(
                    "The file is larger than 2 MB. Split the transcript, or paste part of it."
                )
            raw = upload.read()
            try:
                data["text"] = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(
                    f"{upload.name} is not UTF-8 text (byte {exc.start}). Save it as UTF-8 and "
                    "upload it again."
                ) from None
            data["source_name"] = upload.name
        else:
            data["source_name"] = ""
        if not (data.get("text") or "").strip():
            raise forms.ValidationError("Paste a transcript or choose a file to upload.")
        return data


class ClientForm(forms.ModelForm):
    class Meta:
        model = Client
        fields = ["pseudonym", "note"]
        labels = {"pseudonym": "Pseudonym or code", "note": "Note (optional)"}


class CorrectionForm(forms.Form):
    turn = forms.IntegerField(min_value=0)
    action = forms.ChoiceField(choices=[("add", "add"), ("remove", "remove"), ("change", "change")])
    code = forms.ChoiceField(choices=MARKER_CHOICES)
    new_code = forms.ChoiceField(choices=[("", ""), *MARKER_CHOICES], required=False)
