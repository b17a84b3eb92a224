"""Articles from the visible text of a scraped page (no HTML left).

What: `extract(text, url)` labels the page's lines (boilerplate.py), cuts
the page into article sections and finds each body (segment.py), and reads
title, author, date and site around each body (metadata.py); it returns one
`Extracted` per article in page order.
Why: part of our input is already flattened to text (copied pages, text
dumps, archives of plain text), often with several articles and all the
site's menus and teaser lists on one page; a markup-based extractor cannot
help there.
"""
from __future__ import annotations

from ..errors import GGError
from ..records import Extracted
from .boilerplate import Line, label_lines, make_lines, norm_key
from .metadata import (bio_author, byline_author, header_meta, site_from_copyright, site_from_url,
                       split_page_title)
from .masthead import site_from_masthead
from .segment import Section, find_body, find_title, sections, select

MAX_CHARS = 5_000_000


def extract(text: str, url: str | None = None) -> list[Extracted]:
    """Articles found on one plain-text page, in page order; [] when none (caller reports GG104)."""
    if text is None:
        return []
    if not isinstance(text, str):
        raise GGError("GG104", f"page text must be str, not {type(text).__name__}")
    if url is not None and not isinstance(url, str):
        url = None
    if not text.strip():
        return []
    try:
        return _extract(text[:MAX_CHARS], url)
    except GGError:
        raise
    except Exception as exc:  # a bug on odd input must not kill the pipeline
        raise GGError("GG104", f"plain-text extraction failed: {type(exc).__name__}: {exc}") from exc


def _extract(text: str, url: str | None) -> list[Extracted]:
    lines = label_lines(make_lines(text))
    if not lines:
        return []
    secs = sections(lines)
    for sec in secs:
        find_body(lines, sec)
    chosen = select(secs)
    if not chosen:
        return []
    page_title, site = _page_title(lines, chosen)
    if site is None:
        site = (site_from_url(url) or site_from_copyright([ln.text for ln in lines[-30:]])
                or site_from_masthead(lines, {p for s in chosen for p in s.body}))
    main = max(chosen, key=lambda s: s.body_chars)
    out = []
    for sec in chosen:
        title, author, published = _metadata(lines, sec)
        if title is None and sec is main and page_title:
            title = page_title
        out.append(Extracted(text=_body_text(lines, sec), title=title, author=author,
                             published=published, site=site, url=url, extractor="plaintext"))
    return out


def _page_title(lines: list[Line], chosen: list[Section]) -> tuple[str | None, str | None]:
    """Title and site from a first line shaped like a page title ("Title | Site")."""
    first = lines[0]
    if first.index != 0 or first.label in ("good", "ref") or first.words > 40:
        return None, None
    if any(0 in s.body for s in chosen):
        return None, None
    title, site = split_page_title(first.text)
    if site is None:
        return None, None
    return title, site


def _metadata(lines: list[Line], sec: Section) -> tuple[str | None, str | None, str | None]:
    t_pos, meta = find_title(lines, sec)
    title = lines[t_pos].text if t_pos is not None else None
    author, published = header_meta([lines[p].text for p in meta])
    if author is None:
        for p in sec.body[:3]:
            author = byline_author(lines[p].text)
            if author:
                break
    if author is None:
        for p in reversed(sec.body[-4:]):
            author = bio_author(lines[p].text)
            if author:
                break
    return title, author, published


def _body_text(lines: list[Line], sec: Section) -> str:
    parts: list[str] = []
    prev_list = prev_bullet = False
    seen: set[str] = set()
    for p in sec.body:
        ln = lines[p]
        key = norm_key(ln.text)
        if key in seen and len(key) > 0:
            continue            # galleries and pull quotes repeat lines; keep the first
        seen.add(key)
        is_list = ln.label == "list" or ln.bullet
        # a list's lines stay together; a blank line then a line that is not a bullet after bullets (or
        # the reverse) starts a new paragraph: the heading after a list is not its last item
        if parts and is_list and prev_list and not (ln.blank_before and ln.bullet != prev_bullet):
            parts[-1] += "\n" + ln.text
        else:
            parts.append(ln.text)
        prev_list, prev_bullet = is_list, ln.bullet
    return "\n\n".join(parts)
