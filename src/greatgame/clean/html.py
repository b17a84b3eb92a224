"""Article extraction from one HTML page.

What: ``extract(html, url)`` runs trafilatura (favor_precision, comments
left out) and returns the main text with paragraphs separated by blank lines,
plus title, author, date (YYYY-MM-DD) and site name, as one ``Extracted``;
``[]`` when the page has no article text (under 20 non-space characters).
Why: trafilatura is the best measured open extractor on both our benchmarks;
favor_precision scores highest on the Zyte news set (see bench/
html_extraction.py) and news boilerplate (related links, comments) costs more
downstream than a missed paragraph. Blank-line paragraphs keep the structure
the sentence splitter and the readers of exports rely on. Any failure inside
the extractor is turned into "no text" so hostile pages cannot stop a run. Pages that print several
whole articles (digests) are cut per article first (html_multi.py).
"""
from __future__ import annotations

import logging
import re

from greatgame.records import Extracted

from .metadata import split_page_title

SETTINGS = {"favor_precision": True, "include_comments": False, "include_tables": True}
MIN_CHARS = 20     # below this a "text" is a menu label or a button, not an article
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = re.compile(r"[ \t\u00a0]+")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


_DOCUMENT = re.compile(r"<(?:html|body)\b", re.I)


def _clean_input(html: str) -> str:
    """Drop NUL/control characters and lone surrogates that lxml refuses; wrap a fragment ("<p>...</p>",
    as JSON Lines records carry) in a document, since trafilatura finds no text in a bare paragraph."""
    html = _CONTROL.sub("", html)
    if not _DOCUMENT.search(html):
        html = f"<html><body>{html}</body></html>"
    return html.encode("utf-8", "replace").decode("utf-8")


def _block_text(element) -> str:
    from trafilatura.xml import xmltotxt
    tail, element.tail = element.tail, None
    try:
        return xmltotxt(element, include_formatting=False).strip()
    finally:
        element.tail = tail


def body_text(body) -> str:
    """Text of trafilatura's XML body: one block (p, head, list, quote, table...) per paragraph."""
    if body is None:
        return ""
    blocks: list[str] = []
    if body.text and body.text.strip():
        blocks.append(body.text.strip())
    for child in body:
        text = _block_text(child)
        if text:
            blocks.append(text)
        if child.tail and child.tail.strip():
            blocks.append(child.tail.strip())
    lines = ("\n".join(_SPACES.sub(" ", line).strip() for line in block.splitlines()) for block in blocks)
    return "\n\n".join(b for b in lines if b)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def drop_title_block(text: str, title: str | None) -> str:
    """The body without a first paragraph that repeats the title (trafilatura keeps an <h1> inside the
    article as its first block), so later layers do not count the headline twice; the title stays in
    ``title``. A first block that only starts like the title (a lead sentence) is kept."""
    if not title or not text:
        return text
    first, sep, rest = text.partition("\n\n")
    if sep and _key(first) and _key(first) in (_key(title), _key(split_page_title(title)[0])):
        return rest
    return text


def _field(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def extract(html: str, url: str | None = None) -> list[Extracted]:
    """The article on one HTML page with its metadata; [] when there is no text. Never raises."""
    if not isinstance(html, str) or not html.strip():
        return []
    try:
        from trafilatura import bare_extraction

        from .html_multi import split
        cleaned = _clean_input(html)
        several = split(cleaned, url)               # a digest page: one record per article
        if several:
            return several
        doc = bare_extraction(cleaned, url=url, with_metadata=True,
                              output_format="python", **SETTINGS)
        if doc is None:
            return []
        text = body_text(getattr(doc, "body", None)) or (getattr(doc, "text", None) or "").strip()
    except Exception:       # trafilatura/lxml errors on hostile markup mean "no article here"
        return []
    title = _field(getattr(doc, "title", None))
    text = drop_title_block(text, title)
    if len("".join(text.split())) < MIN_CHARS:
        return []
    date = _field(getattr(doc, "date", None))
    if date and not _DATE.match(date):
        date = date[:10] if _DATE.match(date[:10]) else None
    return [Extracted(
        text=text,
        title=title,
        author=_field(getattr(doc, "author", None)),
        published=date,
        site=_field(getattr(doc, "sitename", None)),
        url=_field(getattr(doc, "url", None)) or url,
        extractor="trafilatura",
    )]
