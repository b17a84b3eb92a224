"""Reader for single HTML files.

What: ``read_html(path, doc)`` yields one html Page with the page decoded
(declared <meta>/XML charset, else detection) and its canonical URL when the
head names one (<link rel=canonical>, og:url); a gzip file cut off part-way
gives the page read before the cut, then a GG105 Skip.
Why: a saved page is one document; knowing its URL lets the extractor use
site-specific hints and lets exports cite the source.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from greatgame.errors import GGError
from greatgame.ingest.decode import decode, html_declared_charset
from greatgame.ingest.files import read_page_upto_cut
from greatgame.records import Document, Page, Skip

_LINK = re.compile(r"<link\b[^>]*>", re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "").strip()
            for m in _ATTR.finditer(tag)}


def canonical_url(html: str) -> str | None:
    """The page's own absolute URL as its head declares it, or None."""
    head = html[:100_000]
    for tag in _LINK.findall(head):
        a = _attrs(tag)
        if "canonical" in a.get("rel", "").lower().split() and a.get("href", "").startswith("http"):
            return a["href"]
    for tag in _META.findall(head):
        a = _attrs(tag)
        if a.get("property", a.get("name", "")).lower() == "og:url" and a.get("content", "").startswith("http"):
            return a["content"]
    return None


def read_html(path: str, doc: Document) -> Iterator[Page | Skip]:
    """One Page of kind "html"; never raises (problems come out as a Skip)."""
    try:
        data, cut = read_page_upto_cut(path)
        if not data.strip():
            raise GGError("GG102", "empty file (only whitespace)")
        html = decode(data, html_declared_charset(data))
    except GGError as exc:
        yield Skip(path, exc.code, exc.detail)
        return
    yield Page(document_id=doc.id, index=0, kind="html", content=html, url=canonical_url(html))
    if cut is not None:             # cut-off gzip: the text before the cut is kept, the cut reported
        yield Skip(path, cut.code, cut.detail)
