"""The social-preview card of a shared profile, as SVG (1200 × 630)."""

from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 1200, 630


def _first_sentences(text: str, limit: int = 225) -> str:
    out = ""
    for sentence in text.replace("\n", " ").split(". "):
        candidate = f"{out}{sentence.rstrip('.')}. "
        if len(candidate) > limit and out:
            break
        out = candidate
    return out.strip()


def card_svg(*, title: str, label: str, text: str) -> str:
    lines = textwrap.wrap(_first_sentences(text), width=46)[:5]
    body = "".join(
        f'<text x="80" y="{330 + 52 * n}" font-size="36" fill="#22262b">{escape(line)}</text>'
        for n, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}: {escape(label)}">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fbfaf7"/>'
        f'<rect x="0" y="0" width="24" height="{HEIGHT}" fill="#2f6f6a"/>'
        '<g font-family="system-ui, DejaVu Sans, sans-serif">'
        '<text x="80" y="110" font-size="30" fill="#2f6f6a" font-weight="700">◠◡ Bowlby · '
        "relationship profile</text>"
        f'<text x="80" y="205" font-size="64" font-weight="700" fill="#22262b">{escape(title)}</text>'
        f'<text x="80" y="260" font-size="34" fill="#5b6470">Pattern: {escape(label)}</text>'
        f"{body}"
        f'<text x="80" y="{HEIGHT - 50}" font-size="24" fill="#5b6470">A starting point for '
        "reflection, not a diagnosis.</text>"
        "</g></svg>"
    )


# Social sites do not show SVG previews, so og:image points at this PNG rendering of the card.
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu",)


def _font(size: int, *, bold: bool = False):
    from pathlib import Path

    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)  # still legible without the Debian font package


def card_png(*, title: str, label: str, text: str) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), "#fbfaf7")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 23, HEIGHT), fill="#2f6f6a")
    draw.text((80, 80), "Bowlby · relationship profile", font=_font(30, bold=True), fill="#2f6f6a")
    draw.text((80, 150), title, font=_font(60, bold=True), fill="#22262b")
    draw.text((80, 228), f"Pattern: {label}", font=_font(34), fill="#5b6470")
    body = _font(34)
    for n, line in enumerate(textwrap.wrap(_first_sentences(text), width=50)[:5]):
        draw.text((80, 300 + 50 * n), line, font=body, fill="#22262b")
    draw.text(
        (80, HEIGHT - 70),
        "A starting point for reflection, not a diagnosis.",
        font=_font(24),
        fill="#5b6470",
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
