"""Split a labelled plain-text page into article sections and find each body.

What: finds article headers (a title-like line followed by header lines such
as "Published", a date, a byline or a name, then prose) and explicit
end markers ("Continue Reading", "Comments", "Related"), cuts the page into
sections at them, and inside each section picks the best-scoring run of
lines (maximum-sum span: prose counts for, chrome against), keeping prose,
references, lists and subheadings of that run.
Why: pages that carry several articles (magazine front pages, "continue
reading" streams) only differ from one-article pages by repeated header
patterns; a maximum-sum span tolerates small islands of junk inside an
article (ads, captions) yet stops at menus and teaser lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import Line, is_chrome, is_teaser, is_timestamp
from .metadata import byline_author, date_line, is_dateline_or_byline, is_meta, is_name

_END_MARK = re.compile(
    r"^(?:continue reading|read more|read full (?:story|article)|comments?|\d+\s+comments?|"
    r"leave a (?:comment|reply)|related(?: articles| posts| stories| news| content)?|"
    r"you (?:may|might) also like|more (?:stories|articles|from \w+(?: \w+)?)|recommended(?: for you)?|"
    r"latest(?: news| stories)?|trending(?: now)?|most (?:read|popular)|"
    r"ti potrebbero interessare anche|leggi anche|articoli correlati|читайте также|"
    r"похожие (?:статьи|материалы)|à lire aussi|lire aussi|weitere artikel|artículos relacionados|"
    r"ilgili haberler|benzer haberler|artigos relacionados|leia também|veja também|"
    r"deixe (?:uma resposta|um comentário)|lascia un commento|laisser un commentaire|оставить комментарий|"
    r"das könnte sie auch interessieren|(?:das ist )?auch interessant|lesen sie auch|mehr zum thema|"
    r"(?:también )?te puede interesar|lee también|noticias relacionadas|te recomendamos|"
    r"vous aimerez aussi|sur le même sujet|à voir aussi|potrebbe interessarti|(?:ещё|еще) по теме|по теме|"
    r"смотрите также|bunlar da ilginizi çekebilir)\W*$",
    re.IGNORECASE,
)
SHORT_ARTICLE = 250     # body characters of the shortest brief kept under its own dated or signed header
# markers that sit between an article's paragraphs, before a few links ("Read also", "Lesen Sie auch"):
# the text after their links may be the same article's, further down than after "Comments" or "Latest"
_INLINE_MARK = re.compile(
    r"^(?:read also|also read|see also|leggi anche|lire aussi|à lire aussi|читайте также|по теме|(?:ещё|еще) по теме|"
    r"lesen sie auch|mehr zum thema|das könnte sie auch interessieren|lee también|(?:también )?te puede interesar|"
    r"leia também|veja também)\W*$", re.IGNORECASE)
_KEEP = ("good", "ref", "list", "head", "near")


@dataclass
class Section:
    start: int                       # positions in the list of lines
    end: int
    title: int | None = None         # position of the header's title line
    meta: list[int] = field(default_factory=list)
    after_marker: bool = False
    inline_marker: bool = False      # the marker above is one that sits between paragraphs (_INLINE_MARK)
    stamped: bool = False            # the header dates the article or names its author
    body: list[int] = field(default_factory=list)
    body_chars: int = 0


_MENU_SEP = re.compile(r"\s+[|•·]\s+")


def menu_line(text: str) -> bool:
    """A row of menu items ("Research | Commentary | Events | Contact"): three or more short pieces
    between bars or dots."""
    parts = _MENU_SEP.split(text)
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 for p in parts)


def title_like(ln: Line) -> bool:
    t = ln.text
    if not 2 <= ln.words <= 30 or ln.chars > 250 or ln.bullet or menu_line(t):
        return False
    if t.endswith((".", ",", ";", ":")) and not t.endswith("..."):
        return False
    if is_chrome(ln) or is_timestamp(t) or is_teaser(ln) or is_meta(t) or _END_MARK.match(t):
        return False
    first = t[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'«„¿¡"


def name_headline(lines: list[Line], k: int) -> bool:
    """A short Title Case headline shaped like a person's name ("Governor Resigns", "Interim Governor
    Named"): name-shaped, with no headline above it whose author it could be (the line above is prose, chrome
    or nothing). Whether a dated or signed header follows is for the caller to check."""
    ln = lines[k]
    t = ln.text
    if ln.bullet or ln.label == "ref" or not is_name(t) or is_dateline_or_byline(t) or is_chrome(ln):
        return False
    prev = lines[k - 1] if k > 0 else None
    return prev is None or not (title_like(prev) or is_name(prev.text)) or (
        prev.label in ("good", "ref") and prev.words > 30)


def header_line(ln: Line) -> bool:
    """A line of an article header: date, byline, credit, reading time, or a relative stamp ("2 hours ago")."""
    return is_meta(ln.text) or (ln.words <= 8 and is_timestamp(ln.text))


def _header_at(lines: list[Line], k: int) -> list[int] | None:
    """Positions of the meta lines when line k opens an article header, else None."""
    ln = lines[k]
    named = False
    if not title_like(ln) or ln.label == "ref":
        if not name_headline(lines, k):
            return None
        named = True
    after_prose = k > 0 and lines[k - 1].label in ("good", "ref", "near", "list")
    if ln.label == "good" and (ln.sentences or ln.ends_sentence or after_prose):
        return None     # a long headline made "good" by the prose below it is a headline, after chrome only
    meta: list[int] = []
    j = k + 1
    while j < len(lines) and j <= k + 7:
        ln = lines[j]
        if ln.label in ("good", "ref") and not header_line(ln):
            break
        if not header_line(ln):
            return None
        meta.append(j)
        j += 1
    if not meta or j >= len(lines) or lines[j].label not in ("good", "ref"):
        return None
    if any(not is_meta(lines[p].text) for p in meta) and (
            lines[k].words < 4 or any(is_name(lines[p].text) for p in meta)):
        return None     # a name over "2 days ago": a comment's header, not an article's
    if named and not any(date_line(lines[p].text) or byline_author(lines[p].text) for p in meta):
        return None     # a name-shaped line is a headline only over a dated or signed header
    return meta


def _stamp(ln: Line) -> bool:
    return bool(date_line(ln.text) or byline_author(ln.text) or (ln.words <= 8 and is_timestamp(ln.text)))


def sections(lines: list[Line]) -> list[Section]:
    """Cut the page at article headers and at end markers."""
    cuts: list[Section] = []
    cur = Section(0, len(lines))
    k = 0
    while k < len(lines):
        if _END_MARK.match(lines[k].text) and lines[k].label not in ("good", "ref"):
            cur.end = k
            cuts.append(cur)
            cur = Section(k + 1, len(lines), after_marker=True,
                          inline_marker=bool(_INLINE_MARK.match(lines[k].text)))
            k += 1
            continue
        meta = _header_at(lines, k)
        if meta is not None:
            cur.end = k
            cuts.append(cur)
            cur = Section(k, len(lines), title=k, meta=meta, stamped=any(_stamp(lines[p]) for p in meta))
            k = meta[-1] + 1
            continue
        k += 1
    cuts.append(cur)
    return [s for s in cuts if s.end > s.start]


def _score(ln: Line) -> float:
    if ln.label in ("good", "ref"):
        return float(ln.chars)
    if ln.label == "near":
        return 0.3 * ln.chars
    if ln.label == "list":
        return 0.0
    if ln.label in ("head", "link"):
        return 0.0          # an inline link between paragraphs costs nothing; it is never kept
    return -(30.0 + min(ln.chars, 300))


def find_body(lines: list[Line], sec: Section) -> None:
    """Fill sec.body with the kept lines of the section's best span."""
    first = (sec.meta[-1] + 1) if sec.meta else sec.start
    best, best_span = 0.0, None
    run, run_start = 0.0, None
    for p in range(first, sec.end):
        s = _score(lines[p])
        if run_start is None:
            if s <= 0:
                continue
            run, run_start = 0.0, p
        run += s
        if run > best:
            best, best_span = run, (run_start, p)
        if run <= 0:
            run_start = None
    if best_span is None:
        return
    a, b = best_span
    body = [p for p in range(a, b + 1) if lines[p].label in _KEEP]
    # a heading is kept only when prose follows it inside the span; header lines
    # (bylines, datelines, credits) are metadata, not body
    kept = []
    for n, p in enumerate(body):
        ln = lines[p]
        if ln.label == "head" and not any(lines[q].label in ("good", "ref") for q in body[n + 1:n + 4]):
            continue
        lead = n < 2 and not any(lines[q].label == "good" for q in body[:n])   # nothing but header lines above
        if ln.label != "ref" and ln.words <= 20 and (is_dateline_or_byline(ln.text) or (lead and is_meta(ln.text))):
            continue
        kept.append(p)
    sec.body = kept
    sec.body_chars = sum(lines[p].chars for p in kept if lines[p].label in ("good", "ref"))


def find_title(lines: list[Line], sec: Section) -> tuple[int | None, list[int]]:
    """(title position, meta positions) for a section: its header's, or the nearest title-like line above."""
    if sec.title is not None:
        return sec.title, sec.meta
    if not sec.body:
        return None, []
    meta: list[int] = []
    p = sec.body[0] - 1
    while p >= sec.start and p >= sec.body[0] - 8:
        ln = lines[p]
        if header_line(ln):
            meta.append(p)
        elif title_like(ln) and ln.label not in ("good", "ref"):
            return p, sorted(meta)
        elif ln.label in ("good", "ref"):
            break
        p -= 1
    return None, sorted(meta)


def merge_continuations(secs: list[Section], gap: int = 4) -> list[Section]:
    """Join a headerless section to the one before when an inline marker ("Read more") split one text."""
    out: list[Section] = []
    for s in secs:
        prev = out[-1] if out else None
        if (prev is not None and s.title is None and s.after_marker and prev.body and s.body
                and s.body[0] - prev.body[-1] <= (2 * gap if s.inline_marker else gap)):
            prev.end = s.end
            prev.body = prev.body + s.body
            prev.body_chars += s.body_chars
            continue
        out.append(s)
    return out


def select(secs: list[Section]) -> list[Section]:
    """Sections that hold an article: the richest one, and others that look like articles of their own."""
    cands = [s for s in merge_continuations(secs) if s.body_chars >= 200]
    if not cands:
        return []
    main = max(cands, key=lambda s: s.body_chars)
    out = []
    for s in cands:
        if s is main:
            out.append(s)
        elif s.title is not None and s.body_chars >= max(500, 0.2 * main.body_chars):
            out.append(s)
        elif s.title is not None and s.stamped and s.body_chars >= max(SHORT_ARTICLE, 0.4 * main.body_chars):
            out.append(s)       # a brief under its own dated or signed header
        elif s.after_marker and s.body_chars >= max(800, 0.5 * main.body_chars):
            out.append(s)
    return out
