"""The citation extractor: footnotes, endnotes and reference lists, parsed and linked to their markers.

What: `extract_citations(article, doc, linked)` finds the note entries of an article — lines opening with a
marker ("[12] ...", "12. ...", "^12 ...", or a line under a "References"/"Notes"/"Bibliography" heading) —
and the markers in the body that point at them ("...in 2013.[3]", "^3", superscript digits). Each entry is
parsed into author (the names before the title), title (the first quoted string, else the sentence after the
author; APA "Roe, J. (2019). Title. Journal" too), publisher or journal (the words after the title, or the
publisher of "(City: Publisher, 2018)"), year (the first plausible year after the title, outside URLs), URL
and DOI. A reference no marker cites is tied to its author-date citations in the body ("(Cooley 2012, 45)").
A note that is a comment, not a reference ("This tendency is clearly detectable ..."), keeps its text with
the fields it has.
Why: analysis pieces on Central Asia lean on their sources; parsed references let an analyst see which
outlets and scholars a claim rests on, and the marker offsets tie each source to the sentence it supports.
"""
from __future__ import annotations

import re

from ..records import Article
from ..records import Citation

_ENTRY = re.compile(r"^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})\.(?=\s)|\^(\d{1,3})|([¹²³⁴⁵⁶⁷⁸⁹⁰]+))[ \t]*(\S.*)$", re.M)
_HEADING = re.compile(r"^[ \t]*(?:References|Notes|Endnotes|Footnotes|Bibliography|Sources|Works cited)[ \t:]*$",
                      re.M | re.I)
_SUPER = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"”]+", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"”<>]+)")
_YEAR = re.compile(r"(?<![\d/.-])(1[89]\d\d|20\d\d)(?![\d/])")
_BODY_MARK = re.compile(r"\[(\d{1,3})\]|\^(\d{1,3})|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
                        r"|(?:(?<=[^\W\d_][.!?])|(?<=[%)][.!?])|(?<=[.!?][”\"’]))(\d{1,3})(?=\s|$)"
                        r"|(?<=\b[12]\d\d\d\.)(\d{1,3})(?=\s+[A-Z])")        # "in 2014.2 Tensions"
# "Surname, Given. Title" (a full stop after the given name, or a quoted title: "Nye, Understanding
# International Conflicts, 61" is a short form, surname and title)
_BIB_NAME = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), ([A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]\.)?)"
                       r"(?:\.\s+(?=[A-Z“\"‘])|(?<=\.)\s+(?=[A-Z“\"‘])|\s+(?=[“\"‘]))")
_BIB_NAMES = re.compile(r"([A-Z][\w'’-]+), ([A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]\.)?),? and "
                        r"([A-Z][\w'’-]+(?: [A-Z]\.)?(?: [a-z]{2,3})?(?: [A-Z][\w'’-]+){1,2})\.\s+(?=[A-Z“\"‘])")
_TITLE = re.compile(r"[“\"](.+?)[”\"]|‘(.+?)’")
_PUBLISHER_IN_PARENS = re.compile(r"\(([^():]{2,60}):\s*([^()]+?),\s*(?:\w+\.?\s+)?(?:\d{1,2},\s*)?"
                                  r"(1[89]\d\d|20\d\d)\)")
_APA = re.compile(r"([^()]{2,160}?)\s*\((1[89]\d\d|20\d\d)[a-z]?(?:,[^)]*)?\)\.?\s+([^.?!]{3,300}[.?!])\s*(.*)")
_IBID = re.compile(r"^(?:ibid\b\.?|ib\.)", re.I)           # "Ibid.", "Ibid., 12": the previous note again
# small words inside authors' and institutions' names ("Ministry of Foreign Affairs", "Dirk van der Kley")
_NAME_GLUE = {"of", "the", "and", "for", "on", "in", "&", "de", "van", "der", "von", "den", "al", "el", "bin",
              "la", "le", "du", "da", "di", "dos", "y", "et", "al.", "ed.", "eds.", "ed", "eds"}
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def extract_citations(article: Article, doc=None, linked=None) -> list[Citation]:
    """The article's notes and references, in order, each with the offsets of the markers citing it."""
    text = article.text
    if not text:
        return []
    entries = _entries(text)
    if not entries:
        return []
    body_markers = _body_markers(text, {m for m, _, _ in entries}, [(s, e) for _, s, e in entries])
    out = []
    for marker, s, e in entries:
        fields = parse_reference(text[s:e])
        if _IBID.match(text[s:e]) and out:   # "5. Ibid.": the source of the note before it
            prev = out[-1]
            fields = {k: getattr(prev, k) for k in ("author", "title", "publisher", "year", "url", "doi")}
        offsets = body_markers.get(marker) or _author_date(text, entries[0][1], fields)
        out.append(Citation(article_id=article.id, marker=marker, text=text[s:e].strip(), start=s, end=e,
                            marker_offsets=tuple(offsets), **fields))
    return out


def _author_date(text: str, body_end: int, fields: dict) -> list[int]:
    """Offsets of the author-date citations of an unnumbered reference in the body before the notes:
    "(Cooley 2012, 45)", "(see Laruelle and Peyrouse 2013; ...)", "Cooley (2012)" — the first author's
    surname and the year, in one bracket or the surname right before a bracketed year."""
    author, year = fields.get("author"), fields.get("year")
    if not author or not year:
        return []
    surname = re.escape(re.split(r"\s+(?:and|&)\s+|,\s*", author)[0].split()[-1])
    pattern = re.compile(rf"\((?:[^()\n]{{0,80}}?[\s;(])?({surname})\b[^()\n]{{0,60}}?\b{year}[a-z]?\b"
                         rf"|\b({surname})(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et al\.)?\s+\({year}[a-z]?\b")
    return [m.start(1) if m.group(1) else m.start(2) for m in pattern.finditer(text, 0, body_end)]


def _entries(text: str) -> list[tuple[str, int, int]]:
    """(marker, start, end) of each note entry: marker lines, keeping numbered "12." lines only in a run of
    at least three that counts up and mostly carries years or URLs (a numbered list of points is not one)."""
    found = []
    for m in _ENTRY.finditer(text):
        bracket, dotted, caret, sup, body = m.groups()
        marker = bracket or dotted or caret or (sup.translate(_SUPER) if sup else None)
        if len(body) < 8 and not _IBID.match(body):
            continue
        found.append((marker, m.start(5), m.end(5), "dot" if dotted else "mark"))
    dots = [f for f in found if f[3] == "dot"]
    keep_dots = set()
    run: list = []
    for f in dots:
        if run and int(f[0]) == int(run[-1][0]) + 1:
            run.append(f)
        else:
            run = [f]
        refs = sum(1 for x in run if _YEAR.search(text, x[1], x[2]) or _URL.search(text, x[1], x[2])
                   or _IBID.match(text, x[1], x[2]))
        if len(run) >= 3 and refs * 2 >= len(run):   # a numbered list of points is not a bibliography
            keep_dots.update(x[1] for x in run)
    entries = [(mk, s, e) for mk, s, e, kind in found if kind == "mark" or s in keep_dots]
    if entries:
        entries += _bibliography_after(text, entries[-1][2])
    if not entries:
        head = _HEADING.search(text)
        if head:
            for i, m in enumerate(re.finditer(r"^[ \t]*(\S.{15,})$", text[head.end():], re.M), 1):
                entries.append((str(i), head.end() + m.start(1), head.end() + m.end(1)))
    return entries


def _bibliography_after(text: str, pos: int) -> list[tuple[str, int, int]]:
    """Unnumbered entries under a "Bibliography"/"References" heading after the notes (marker ""): each line
    that carries a year or a URL, up to the first one that does not."""
    head = _HEADING.search(text, pos)
    if not head:
        return []
    out = []
    for m in re.finditer(r"^[ \t]*(\S.{15,})$", text[head.end():], re.M):
        s, e = head.end() + m.start(1), head.end() + m.end(1)
        if _ENTRY.match(m.group(1)) or not (_YEAR.search(text, s, e) or _URL.search(text, s, e)):
            break
        out.append(("", s, e))
    return out


def _body_markers(text: str, markers: set[str], spans=()) -> dict[str, list[int]]:
    """Marker -> offsets of "[n]", "^n", superscript n, or a bare n glued to a sentence end ("weeks.4 In",
    what a scrape leaves of a superscript) anywhere but at the start of a line; a bare n inside a note entry
    (the entries' `spans`) is its volume or issue ("Asia Policy 24, no.1"), not a marker."""
    out: dict[str, list[int]] = {}
    for m in _BODY_MARK.finditer(text):
        marker = m.group(1) or m.group(2) or (m.group(3).translate(_SUPER) if m.group(3) else None) \
            or m.group(4) or m.group(5)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if marker not in markers or not text[line_start:m.start()].strip():
            continue                  # the entry's own marker opens its line; a "see [3]" inside a note counts
        if (m.group(4) or m.group(5)) and any(s <= m.start() < e for s, e in spans):
            continue
        out.setdefault(marker, []).append(m.start())
    return out


def parse_reference(entry: str) -> dict:
    """author, title, publisher, year, url, doi of one reference (the first, when a note cites several)."""
    entry = entry.strip()
    bib = _BIB_NAME.match(entry)
    if bib:                                           # Surname, Given. Title. Place: Publisher, 2009.
        return _bibliography_entry(entry[bib.end():]) | {"author": f"{bib.group(2)} {bib.group(1)}"}
    bib = _BIB_NAMES.match(entry)
    if bib:                                           # Surname, Given, and Given2 Surname2. Title. ...
        return _bibliography_entry(entry[bib.end():]) | {"author": f"{bib.group(2)} {bib.group(1)} and "
                                                                   f"{bib.group(3)}"}
    first = re.split(r";\s+(?=[A-Z“\"])", entry)[0]
    urls = [u.rstrip(".,;)") for u in _URL.findall(first)] or [u.rstrip(".,;)") for u in _URL.findall(entry)]
    url = urls[0] if urls else None
    no_urls = _URL.sub(" ", first)
    doi_m = _DOI.search(no_urls) or next((m for m in (_DOI.search(u) for u in urls if "doi.org" in u) if m), None)
    doi = doi_m.group(1).rstrip(".,;)") if doi_m else None
    author = title = publisher = None
    tm = _TITLE.search(no_urls)
    apa = _APA.match(no_urls.strip()) if not tm else None
    if apa:                                           # Roe, J. (2019). Title of the work. Journal, 3(2), 1-10.
        return {"author": apa.group(1).strip().rstrip(","), "title": apa.group(3).strip().rstrip("."),
                "publisher": _outlet(apa.group(4)), "year": apa.group(2), "url": url, "doi": doi}
    if tm:
        title = (tm.group(1) or tm.group(2)).strip().rstrip(",.")
        before = no_urls[:tm.start()].strip().rstrip(".,:")
        author = before if _looks_like_author(before) else None
        after = no_urls[tm.end():]
    else:
        parts = re.split(r"(?<=[a-z\])])\.\s+|,\s+(?=[A-Z])", no_urls, maxsplit=1)
        if not (len(parts) == 2 and _looks_like_author(parts[0])):   # "Sergei Lavrov, interview with ..."
            parts = re.split(r",\s+", no_urls, maxsplit=1)
        if len(parts) == 2 and _looks_like_author(parts[0]):
            author = parts[0].strip()
            rest = parts[1]
            tparts = re.split(r"\.\s+(?=\(|[A-Z])|\s\(|,\s", rest, maxsplit=1)
            title = tparts[0].strip().rstrip(".,") or None
            after = tparts[1] if len(tparts) == 2 else ""
        else:
            after = no_urls
    pm = _PUBLISHER_IN_PARENS.search(no_urls)
    if pm:
        publisher = pm.group(2).strip()
    elif tm or title:
        publisher = _outlet(after)
    ym = _YEAR.search(after) if (tm or title) else None
    ym = ym or _YEAR.search(no_urls)
    year = ym.group(1) if ym else None
    if title is None and author is None and not url and not doi and year is None:
        return {"author": None, "title": None, "publisher": None, "year": None, "url": None, "doi": None}
    if author:                                        # "Marlene Laruelle, ed." -> the editor's name
        author = re.sub(r",?\s*\(?\beds?\.\)?$", "", author).strip() or author
    return {"author": author, "title": title, "publisher": publisher, "year": year, "url": url, "doi": doi}


def _bibliography_entry(rest: str) -> dict:
    """Fields of a bibliography entry once its leading "Surname, Given." is cut off."""
    out = parse_reference(rest)
    if not rest.startswith(("“", '"', "‘")):         # an unquoted title runs to the first full stop
        parts = re.split(r"(?<=[a-z\])?])\.\s+", _URL.sub(" ", rest), maxsplit=1)
        out["title"] = parts[0].strip().rstrip(".") or None
        out["publisher"] = _outlet(parts[1]) if len(parts) == 2 else None
    place = re.match(r"[A-Z][\w .’'-]{1,40}:\s+", out["publisher"] or "")
    if place:                                         # "London: Routledge" -> Routledge
        out["publisher"] = out["publisher"][place.end():] or None
    return out


def _looks_like_author(s: str) -> bool:
    """A short run of capitalised names ("Bhavna Dave", "Roman Vakulchuk and Indra Overland", "World Bank",
    "General Administration of Customs of the People's Republic of China"); "Interview with a Kazakh official"
    is no author."""
    s = s.strip()
    if not s or len(s) > 90 or re.search(r"\d", s):
        return False
    words = re.findall(r"[\w’'.&-]+", s)
    content = [w for w in words if w.lower() not in _NAME_GLUE]
    return 1 <= len(words) <= 14 and bool(content) and all(w[0].isupper() for w in content)


def _outlet(after: str) -> str | None:
    """The journal, outlet or publisher right after a title: "Financial Times, May 9, 2016" -> Financial Times."""
    s = after.strip().lstrip(".,:;” ").strip()
    s = re.sub(r"^(?:in|In)\s+", "", s)
    # up to a comma, a bracket, a full stop that closes a word (not an initial: "M.E. Sharpe"), a number or a date
    m = re.match(rf"([A-Z][^,(;]*?)(?=\s*(?:,|\(|;|(?<!\b[A-Z])\.\s|$|\s\d|\s{_MONTHS}\s))", s)
    if not m:
        return None
    out = m.group(1).strip().rstrip(".")
    return out if 1 < len(out) <= 120 and not re.fullmatch(_MONTHS, out) else None
