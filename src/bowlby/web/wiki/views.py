from __future__ import annotations

from itertools import groupby

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from bowlby.web.wiki import links
from bowlby.web.wiki.diff import diff_rows
from bowlby.web.wiki.forms import ArticleForm, NewArticleForm
from bowlby.web.wiki.models import Article, Revision
from bowlby.web.wiki.permissions import editor_required, is_editor
from bowlby.web.wiki.render import faq_json_ld, render_markdown, split_sections
from bowlby.web.wiki.search import MAX_QUERY_LENGTH, search


def test_url() -> str:
    try:
        return reverse("assessment:start")
    except NoReverseMatch:
        return "/test/"


def _series_groups(articles):
    articles = sorted(articles, key=lambda a: (a.series or "~", a.number or 0, a.title))
    return [
        {"name": name or "Other articles", "slug": slugify(name), "articles": list(items)}
        for name, items in groupby(articles, key=lambda a: a.series)
    ]


def index(request):
    articles = Article.objects.only("slug", "title", "series", "number", "summary", "tags")
    tags = sorted({tag for article in articles for tag in article.tags})
    return render(
        request,
        "wiki/index.html",
        {"groups": _series_groups(articles), "tags": tags, "is_editor": is_editor(request.user)},
    )


def article(request, slug):
    page = get_object_or_404(Article, slug=slug)
    intro, sections = split_sections(page.body)
    faq = next((s.faq for s in sections if s.kind == "faq"), [])
    return render(
        request,
        "wiki/article.html",
        {
            "article": page,
            "intro": render_markdown(intro) if intro else "",
            "sections": sections,
            "faq_json_ld": faq_json_ld(faq),
            "related": links.wiki_links(page.related),
            "has_phrase_section": any(s.kind == "phrase" for s in sections),
            "has_next_step": any(s.kind == "next-step" for s in sections),
            "take_test_url": test_url(),
            "is_editor": is_editor(request.user),
        },
    )


def tag(request, tag):
    articles = [a for a in Article.objects.all() if tag in a.tags]
    if not articles:
        raise Http404("No article has this tag.")
    return render(request, "wiki/tag.html", {"tag": tag, "articles": articles})


def series(request, series_slug):
    groups = [g for g in _series_groups(Article.objects.all()) if g["slug"] == series_slug]
    if not groups:
        raise Http404("No such series.")
    return render(request, "wiki/series.html", {"group": groups[0]})


def search_view(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = search(query) if query else []
    return render(request, "wiki/search.html", {"query": query, "results": results})


def history(request, slug):
    page = get_object_or_404(Article, slug=slug)
    revisions = page.revisions.select_related("author")
    return render(
        request,
        "wiki/history.html",
        {"article": page, "revisions": revisions, "is_editor": is_editor(request.user)},
    )


def revision_detail(request, slug, number):
    page = get_object_or_404(Article, slug=slug)
    revision = get_object_or_404(Revision, article=page, number=number)
    intro, sections = split_sections(revision.body)
    return render(
        request,
        "wiki/revision.html",
        {
            "article": page,
            "revision": revision,
            "intro": render_markdown(intro) if intro else "",
            "sections": sections,
            "is_editor": is_editor(request.user),
        },
    )


def _revision_number(request, name: str, default: int) -> int:
    value = request.GET.get(name, "")
    if not value:
        return default
    if not value.isdigit():
        raise Http404(f"'{name}' must be a revision number.")
    return int(value)


def diff(request, slug):
    page = get_object_or_404(Article, slug=slug)
    numbers = list(page.revisions.values_list("number", flat=True))  # newest first
    if not numbers:
        raise Http404("This article has no revisions.")
    new_number = _revision_number(request, "to", numbers[0])
    old_number = _revision_number(request, "from", numbers[1] if len(numbers) > 1 else numbers[0])
    old = get_object_or_404(Revision, article=page, number=old_number)
    new = get_object_or_404(Revision, article=page, number=new_number)
    return render(
        request,
        "wiki/diff.html",
        {
            "article": page,
            "old": old,
            "new": new,
            "numbers": numbers,
            "rows": diff_rows(old.snapshot(), new.snapshot()),
        },
    )


@editor_required
def edit(request, slug):
    page = get_object_or_404(Article, slug=slug)
    if request.method == "POST":
        form = ArticleForm(request.POST, article=page)
        if form.is_valid():
            from bowlby.web.wiki.services import save_revision

            save_revision(
                page,
                form.snapshot(),
                author=request.user,
                summary=form.cleaned_data["edit_summary"],
            )
            messages.success(request, "Saved. Your change is in the history.")
            return redirect(page)
    else:
        form = ArticleForm(initial=ArticleForm.initial_for(page.snapshot()), article=page)
    return render(request, "wiki/edit.html", {"article": page, "form": form})


@editor_required
def new(request):
    if request.method == "POST":
        form = NewArticleForm(request.POST)
        if form.is_valid():
            from bowlby.web.wiki.services import save_revision

            page = Article(slug=form.cleaned_data["slug"])
            save_revision(
                page,
                form.snapshot(),
                author=request.user,
                summary=form.cleaned_data["edit_summary"],
            )
            messages.success(request, "Article created.")
            return redirect(page)
    else:
        form = NewArticleForm(initial={"edit_summary": "New article"})
    return render(request, "wiki/edit.html", {"article": None, "form": form})


@require_POST
@editor_required
def restore(request, slug, number):
    from bowlby.web.wiki.services import restore_revision

    page = get_object_or_404(Article, slug=slug)
    revision = get_object_or_404(Revision, article=page, number=number)
    created = restore_revision(revision, author=request.user)
    messages.success(request, f"Revision {revision.number} restored as revision {created.number}.")
    return redirect("wiki:history", slug=page.slug)
