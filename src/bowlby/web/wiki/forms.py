from __future__ import annotations

from django import forms

from bowlby.web.wiki.models import RESERVED_SLUGS, Article


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


class ArticleForm(forms.Form):
    title = forms.CharField(max_length=200)
    series = forms.CharField(max_length=200, required=False)
    number = forms.IntegerField(min_value=0, required=False)
    tags = forms.CharField(
        required=False, help_text="Comma-separated, for example: repair, conflict, couples"
    )
    related = forms.CharField(
        required=False,
        label="Related articles",
        help_text="Comma-separated article slugs, for example: secure-communication",
    )
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    phrase = forms.CharField(
        label="A phrase worth trying first",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 24}),
        help_text="Markdown. Sections start with '## ', FAQ questions with '### '.",
    )
    edit_summary = forms.CharField(
        max_length=300, help_text="What did you change, and why? Shown in the history."
    )

    def __init__(self, *args, article: Article | None = None, **kwargs):
        self.article = article
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    @classmethod
    def initial_for(cls, snapshot: dict) -> dict:
        return {
            **snapshot,
            "tags": ", ".join(snapshot.get("tags", [])),
            "related": ", ".join(snapshot.get("related", [])),
        }

    def clean_tags(self) -> list[str]:
        return [tag.lower() for tag in _split(self.cleaned_data["tags"])]

    def clean_related(self) -> list[str]:
        slugs = _split(self.cleaned_data["related"])
        known = set(Article.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        unknown = [slug for slug in slugs if slug not in known]
        if unknown:
            raise forms.ValidationError(
                f"No article has the slug {', '.join(unknown)}; check the spelling or remove it."
            )
        return slugs

    def snapshot(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "series": data["series"],
            "number": data["number"],
            "tags": data["tags"],
            "related": data["related"],
            "summary": data["summary"],
            "phrase": data["phrase"],
            "body": data["body"].replace("\r\n", "\n").strip() + "\n",
        }

    def clean(self):
        cleaned = super().clean()
        if self.article is not None and not self.errors:
            if self.snapshot() == self.article.snapshot():
                raise forms.ValidationError("Nothing has changed, so there is nothing to save.")
        return cleaned


class NewArticleForm(ArticleForm):
    slug = forms.SlugField(
        max_length=120, help_text="The address: /wiki/<slug>/. Lowercase words joined by dashes."
    )
    field_order = ["slug", "title"]

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(f"'{slug}' is a reserved address; choose another slug.")
        if Article.objects.filter(slug=slug).exists():
            raise forms.ValidationError(f"An article with the slug '{slug}' already exists.")
        return slug
