"""The action report: an A4 PDF made with WeasyPrint from a template and a print stylesheet."""

from __future__ import annotations

from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string

from bowlby.web.assessment.presentation import result_context

STYLESHEET = Path(__file__).parent / "static" / "assessment" / "report.css"


def render_report(request, saved) -> HttpResponse:
    from weasyprint import CSS, HTML  # imported late: it is slow to load and only needed here

    context = {**result_context(saved.result), "saved": saved, "write_lines": range(9)}
    html = render_to_string("assessment/report.html", context, request=request)
    # No base_url fetching from the network: the document is self-contained.
    pdf = HTML(string=html, base_url=str(STYLESHEET.parent)).write_pdf(
        stylesheets=[CSS(filename=str(STYLESHEET))]
    )
    return HttpResponse(pdf, content_type="application/pdf")
