"""Article text as safe HTML with its evidence highlighted.

What: `highlight(text, spans)` escapes every character of the article and wraps the given spans (mentions,
event triggers, quotes...) in <mark> elements whose title attribute shows the coding; overlapping spans
are nested where they nest and cut where they cross, so no span is lost.
Why: ingested pages are hostile input; building the markup here, from escaped pieces only, means no
source text can ever become a tag, an attribute or a script.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str           # css class: actor, place, event, quote, quantity, frame
    title: str          # what hovering shows: the coding
    href: str = ""      # a link inside the workbench, or ""


def _open(span: Span) -> str:
    cls = f"hl hl-{escape(span.kind)}"
    title = escape(span.title)
    if span.href.startswith("/"):       # only our own pages; never a scheme from the data
        return f'<a class="{cls}" title="{title}" href="{escape(span.href)}">'
    return f'<mark class="{cls}" title="{title}">'


def _close(span: Span) -> str:
    return "</a>" if span.href.startswith("/") else "</mark>"


def highlight(text: str, spans: list[Span]) -> Markup:
    """The whole text, escaped, with paragraphs as <p> and spans marked; invalid spans are ignored."""
    spans = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, -s.end))
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = ["<p>"]
    for lo, hi in zip(bounds, bounds[1:]):
        active = [s for s in spans if s.start <= lo and hi <= s.end]
        piece = str(escape(text[lo:hi]))
        for s in reversed(active):
            piece = _open(s) + piece + _close(s)
        out.append(piece.replace("\n\n", "</p><p>").replace("\n", "<br>") if not active
                   else piece.replace("\n", " "))
    out.append("</p>")
    return Markup("".join(out))


def safe_url(url: str | None) -> str | None:
    """A source URL fit for an href: http(s) only, so a `javascript:` link in a page stays inert text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
