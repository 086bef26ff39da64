from django import forms

from bowlby.assessment import ITEMS_BY_ID, AnswerError
from bowlby.assessment.items import SCALE_LABELS
from bowlby.assessment.scoring import check_answer

CHOICES = [(value, f"{value} · {label}") for value, label in SCALE_LABELS.items()]


class AnswerForm(forms.Form):
    """One answer. The item comes from the form so an answer is never saved to the wrong item."""

    item = forms.CharField(widget=forms.HiddenInput)
    answer = forms.CharField(required=False)

    def clean_item(self):
        item = self.cleaned_data["item"]
        if item not in ITEMS_BY_ID:
            raise forms.ValidationError(f"There is no question {item!r}; reload the test.")
        return item

    def clean(self):
        data = super().clean()
        item = data.get("item")
        if item:
            try:
                data["answer"] = check_answer(data.get("answer"), item=item, where="this question")
            except AnswerError:
                self.add_error(
                    "answer",
                    "Choose one of the seven answers, from 1 (strongly disagree) "
                    "to 7 (strongly agree).",
                )
        return data
