"""Temporal expressions in English news text, resolved to dates at their precision.

What: `find_dates` finds date expressions ("On June 2, 2016", "in mid-September", "last week", "on Tuesday",
"two years ago", "the August 1991 coup") with a small regex grammar and resolves each to YYYY, YYYY-MM or
YYYY-MM-DD against an anchor (the publication date, else the latest explicit full date seen earlier in the
text); `resolve` does the same for one expression; `nearest` picks the mention that belongs to a clause.
The patterns and word lists live in `dates_grammar.py`.
Why: an event needs the date it happened, not the article's date, at the precision the text gives; a pure
regex grammar is fast (a 10k-character article in a few milliseconds), deterministic and needs no model.
Rules: a month/day or weekday without a year lies on or before the anchor unless the sentence speaks of the
future ("next", "will", "is scheduled"...); without a publication date, a yearless month/day is read near the
period the article speaks of as current ("dates_narrative"), or left unresolved when it names none;
"last week"/"this week" have month precision (a week is no day); durations ("for two years"), decades ("the
1990s"), ages ("a 2000 year old tradition"), clock times and counts ("1,500 troops", "2000 troops") are not
dates.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from greatgame.records import DateMention

from .dates_grammar import (
    _MONTHS, _WD, _NUM, _SEASON, _KINDS, _TRIGGER_KINDS, _DIGIT, _DIGIT_KINDS, _PREFIX, _PW, _CUES,
    _NOT_YEAR_BEFORE, _UNITS, _WD_BLOCK_BEFORE, _WD_BLOCK_AFTER, _FUT, _REPORT, _SENT, _ABBR, _WORD_BEFORE,
    _WORD_AFTER, _RANK)
from .dates_narrative import names_an_event, narrative_period, year_near


_DATELINE_DASH = re.compile(r"(?:,\s*\d{4})?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]+\s")
_AGE = re.compile(r"[\s-]+years?[\s-]+old\b", re.I)


def _prev_word(text: str, i: int) -> str:
    m = _WORD_BEFORE.match(text[max(0, i - 40):i][::-1])
    return m.group(1)[::-1] if m else ""


def _next_word(text: str, i: int) -> str:
    m = _WORD_AFTER.match(text[i:i + 40])
    return m.group(1) if m else ""


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position `i` starts (looking back at most 400 characters)."""
    start = max(0, i - 400)
    for m in _SENT.finditer(text, start, i + 1):
        w = _prev_word(text, m.start()) if text[m.start()] == "." else ""
        if w.lower().rstrip(".") not in _ABBR and not (len(w) == 1 and w.isupper()):   # "Gen.", "U.S."
            start = m.end()
    return start


def _triggers(text: str) -> list[tuple[int, tuple]]:
    """(position, kinds to try) for every digit run and trigger word of `text`."""
    hits = [(m.start(), _DIGIT_KINDS) for m in _DIGIT.finditer(text)]
    for w, kinds in _TRIGGER_KINDS.items():
        i, n = text.find(w), len(w)
        while i >= 0:
            nxt = text[i + n:i + n + 2]
            if (i == 0 or not text[i - 1].isalnum()) and not (nxt[:1].isalpha() and (
                    nxt[:1] != "s" or nxt[1:].isalpha() or kinds[0] != "ago")):
                hits.append((i, kinds))
            i = text.find(w, i + n)
    return hits


def _sentence_initial(text: str, i: int) -> bool:
    before = text[max(0, i - 3):i].rstrip(" \"“‘(")
    return not before or before[-1] in ".!?\n:;"


def _keep(kind: str, s: int, e: int, g: dict, text: str, strict: bool) -> bool:
    """Context filters that tell a date from a look-alike (counts, names, holidays, durations)."""
    prev = _prev_word(text, s)
    lprev = prev.lower().strip(".'’")
    nxt = _next_word(text, e).lower()
    if kind in ("y", "range"):
        if text[e:e + 1] in ("'", "’") and g["y"].endswith("0") and text[e + 1:e + 2] == "s":
            return False                                    # "the 1990's": a decade
        if nxt in _UNITS or lprev in _NOT_YEAR_BEFORE or text[max(0, s - 2):s].rstrip()[-1:].isdigit():
            return False
        if _AGE.match(text, e):
            return False                                    # "a 2000 year old tradition": an age
        if (strict and not g.get("mod") and prev[:1].isupper() and lprev not in _CUES and lprev not in _MONTHS
                and not prev.endswith(("'s", "’s")) and not _sentence_initial(text, s)):
            return False                                    # "Vision 2030", "Expo 2017", "Resolution 2231"
        return True
    if kind == "m" and strict and not g.get("det") and not g.get("mod"):
        if lprev not in _CUES and (g["mon"] in ("May", "March", "April", "June", "August") or nxt[:1].isupper()):
            return False
        return not _next_word(text, e)[:1].isupper() or lprev in _CUES
    if kind == "season":
        if prev[:1].isupper() and lprev not in _CUES and not _sentence_initial(text, s):
            return False                                    # "Arab Spring", "Prague Spring"
        if not (g.get("y") or g.get("det") or g.get("mod")):
            p2 = _prev_word(text, s - len(prev) - 1).lower() if lprev == "the" else lprev
            if nxt == "of" or (strict and p2 not in {"in", "during", "over", "by", "until", "since", "through",
                                                        "throughout", "this", "last", "next", "that"}):
                return False
        return True
    if kind == "day" and text[e:e + 2] in ("'s", "’s") and g["w"].lower() == "today":
        return False                                        # "today's Kazakhstan": the present, not a day
    if kind == "wd":
        return lprev not in _WD_BLOCK_BEFORE and nxt not in _WD_BLOCK_AFTER
    if kind == "unit":
        return lprev not in ("the", "past", "first")          # "over the last year" is a duration
    if kind == "ago":
        after = text[e:e + 6]
        if g["dir"].lower() == "before" and not re.match(r"\s*([.,;)]|$)", after):
            return False                                    # "two years before the war": no anchor we know
        return not re.match(r"\s+than\b", after)
    if kind in ("md", "dm"):
        return not (kind == "dm" and nxt in _UNITS)
    return True


def _scan(text: str, strict: bool) -> list[tuple[int, int, str, dict]]:
    """Candidate spans (start, end, kind, groups), longest first at a start, overlaps removed."""
    cands = []
    for pos, kinds in _triggers(text):
        for kind in kinds:
            m = _KINDS[kind].match(text, pos)
            if m is None:
                continue
            s, e, g = m.start(), m.end(), m.groupdict()
            px = _PREFIX.get(kind)
            p = px.search(text, max(0, s - 60), s) if px and _prev_word(text, s).lower().strip("-,") in _PW else None
            if p and p.start() < s:
                s = p.start()
                g.update({k: v for k, v in p.groupdict().items() if v})
            elif kind in ("ago", "narr"):
                continue                                    # "years ago" needs its number, "next day" its "the"
            if not _keep(kind, s, e, g, text, strict):
                continue
            if kind == "range":
                y1, y2 = int(g["y"]), g["y2"]
                y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
                if not y1 < y2 <= 2099 or y2 - y1 > 200:
                    continue
                cands.append((m.start("y"), m.end("y"), "y", {"y": str(y1)}))
                cands.append((m.start("y2"), m.end("y2"), "y", {"y": str(y2)}))
                continue
            cands.append((s, e, kind, g))
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out, end = [], -1
    for c in cands:
        if c[0] >= end:
            out.append(c)
            end = c[1]
    return out


def _parse_anchor(anchor) -> tuple | None:
    if not isinstance(anchor, str):
        return None
    m = re.match(r"\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", anchor)
    if not m:
        return None
    y, mo, d = (int(x) if x else None for x in m.groups())
    if (mo is not None and not 1 <= mo <= 12) or (d is not None and _mk(y, mo, d) is None):
        return None
    return y, mo, d


def _mk(y, m, d):
    try:
        return date(y, m, d)
    except (ValueError, TypeError, OverflowError):
        return None


def _fmt(y, m=None, d=None) -> tuple[str | None, str]:
    if y is None or not 1 <= y <= 9999:
        return None, ""
    if d is not None:
        return (f"{y:04d}-{m:02d}-{d:02d}", "day") if _mk(y, m, d) else (None, "")
    if m is not None:
        return (f"{y:04d}-{m:02d}", "month") if 1 <= m <= 12 else (None, "")
    return f"{y:04d}", "year"


def _year_for(m, d, ref, future: bool, det: str = "") -> int:
    """The year of month `m` (day `d` or None) as seen from `ref`: past by default, ahead when future."""
    ry, rm, rd = ref
    if det == "this" or rm is None:
        return ry
    key, rkey = ((m, d), (rm, rd)) if d and rd else ((m, 0), (rm, 0))
    if det == "last":
        return ry if key < rkey else ry - 1
    if det == "next":
        return ry if key > rkey else ry + 1
    if future:
        return ry + 1 if key < rkey else ry
    return ry - 1 if key > rkey else ry


def _value(kind: str, g: dict, ref, base, future: bool) -> tuple[str | None, str, bool]:
    """(value, precision, relative) of one candidate; `ref` is the anchor, `base` the narrative time."""
    det = (g.get("det") or "").lower()
    if kind in ("ymd", "mdy", "dmy", "num"):
        if kind == "num":
            a, b = int(g["a"]), int(g["b"])
            if g["s"] == "/" and a <= 12 and b <= 12 and a != b:
                return None, "", False                      # 03/04/2021: day or month first is unknowable
            d, mo = (b, a) if g["s"] == "/" and b > 12 else (a, b)
        else:
            mo = int(g["m"]) if kind == "ymd" else _MONTHS[g["mon"].rstrip(".").lower()]
            d = int(g["d"])
        return (*_fmt(int(g["y"]), mo, d), False)
    if kind == "ym":
        return (*_fmt(int(g["y"]), _MONTHS[g["mon"].rstrip(".").lower()]), False)
    if kind == "y":
        return (*_fmt(int(g["y"])), False)
    if kind == "season" and g.get("y"):
        return (*_fmt(int(g["y"])), False)
    if kind in ("narr",) or (kind == "ago" and g["dir"].lower() != "ago"):
        ref = base or ref
    if ref is None:
        return None, "", True
    ry, rm, rd = ref
    if kind in ("md", "dm", "m"):
        mo = _MONTHS[g["mon"].rstrip(".").lower()]
        d = int(g["d"]) if kind != "m" else None
        return (*_fmt(_year_for(mo, d, ref, future, det), mo, d), True)
    if kind == "season":
        return (*_fmt(_year_for(_SEASON[g["s"].lower()], None, ref, future, det)), True)
    if kind in ("unit", "narr", "ago", "day"):
        step = {"last": -1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "following": 1}
        if kind == "ago":
            n = int(g["n"]) if g["n"].isdigit() else _NUM[g["n"].lower()]
            return (*_shift(ref, g["unit"].lower(), n if g["dir"].lower() == "later" else -n), True)
        if kind == "day":
            w = re.sub(r"\s+", " ", g["w"].lower())
            return (*_shift(ref, "day", {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)), True)
        which = det if kind == "unit" else g["which"].lower()
        return (*_shift(ref, g["unit"].lower(), step.get(which, 0), week="month"), True)
    if kind == "wd" and rd:
        today, wd = date(ry, rm, rd), _WD.split("|").index(g["wd"])
        if det == "next" or (future and det != "last"):
            days = (wd - today.weekday()) % 7 or (7 if det == "next" else 0)
        else:
            days = -((today.weekday() - wd) % 7 or (7 if det in ("last", "past") else 0))
        return (*_shift(ref, "day", days), True)
    return None, "", True


def _shift(ref, unit: str, n: int, week: str = "day") -> tuple[str | None, str]:
    """`ref` moved by n units; a week is a point ("a week ago", day) or a span ("last week", month)."""
    ry, rm, rd = ref
    if unit in ("year", "decade"):
        return _fmt(ry + n * (10 if unit == "decade" else 1))
    if unit == "month":
        return _fmt((ry * 12 + rm - 1 + n) // 12, (ry * 12 + rm - 1 + n) % 12 + 1) if rm else (None, "")
    if not rd:
        return None, ""
    try:
        t = date(ry, rm, rd) + timedelta(days=n * (7 if unit == "week" else 1))
    except (ValueError, OverflowError):
        return None, ""
    return _fmt(t.year, t.month) if unit == "week" and week == "month" else _fmt(t.year, t.month, t.day)


def _future(text: str, start: int, end: int, sent_start: int, g: dict) -> bool:
    """Does the sentence put this expression in the future ("will ... on Tuesday", "On Friday, X will ...")?"""
    if (g.get("det") or "").lower() == "next":
        return True
    back = text[max(sent_start, start - 120):start]
    hits = list(_FUT.finditer(back))
    if hits and not _REPORT.search(back, hits[-1].end()):
        return True
    if _DATELINE_DASH.match(text, end):
        return False                    # "ASTANA, May 29 - ...": a dateline is the day the story was filed
    if re.fullmatch(r"\W*(?:\w+\W+)?", text[sent_start:start]):       # fronted: "On Friday, parliament will vote"
        ahead = re.split(r"[.!?;]", text[end:end + 60], maxsplit=1)[0]
        f = _FUT.search(ahead)
        return bool(f and not _REPORT.search(ahead, 0, f.start()))
    return False


def _parts(value: str) -> tuple:
    return tuple(([int(x) for x in value.split("-")] + [None, None])[:3])


_EXPLICIT = ("ymd", "num", "mdy", "dmy", "ym", "y")


def _explicit(text: str, cands) -> list[tuple]:
    """(start, end, value, modifier, season, sentence start) of the candidates that carry their own year."""
    out = []
    for s, e, kind, g in cands:
        if kind in _EXPLICIT or (kind == "season" and g.get("y")):
            value = _value(kind, g, None, None, False)[0]
            if value:
                out.append((s, e, value, g.get("mod"), g.get("s"), _sentence_start(text, s)))
    return out


def _from_narrative(kind: str, g: dict, now, future: bool) -> tuple[str | None, str, bool]:
    """A yearless month/day of an undated article read against the period it speaks of as current."""
    mo = _MONTHS[g["mon"].rstrip(".").lower()]
    d = int(g["d"]) if kind != "m" else None
    year = year_near(mo, d, now, future)
    return (*_fmt(year, mo, d), True) if year else (None, "", True)


def find_dates(text: str, anchor: str | None = None, doc=None) -> list[DateMention]:
    """Temporal expressions in `text` (offsets into `text`), resolved against `anchor` (ISO date or prefix).
    `doc` is an optional spaCy Doc of `text` whose DATE entities may be used as extra candidates.
    When anchor is None and the article speaks of its latest dated period in the present tense, a yearless month
    or day ("on January 11", "in March") is read as the occurrence nearest that period (dates_narrative); other
    relative expressions are resolved against the latest explicit full date seen earlier in the text, else left
    with value None."""
    if not isinstance(text, str) or not text:
        return []
    ref = _parse_anchor(anchor)
    cands = _scan(text, strict=True)
    if doc is not None and getattr(doc, "text", None) == text:
        taken = [(c[0], c[1]) for c in cands]
        for ent in getattr(doc, "ents", ()):
            s, e = ent.start_char, ent.end_char
            if ent.label_ != "DATE" or any(a < e and s < b for a, b in taken):
                continue
            cands += [(s + c[0], s + c[1], c[2], c[3]) for c in _scan(text[s:e], strict=False)]
        cands.sort(key=lambda c: c[0])
    now = None if ref else narrative_period(text, _explicit(text, cands), doc)
    out, last_full, last_any = [], None, None
    for s, e, kind, g in cands:
        fut = kind in ("md", "dm", "m", "season", "wd") and _future(text, s, e, _sentence_start(text, s), g)
        if now and kind in ("md", "dm", "m") and not g.get("det") and not names_an_event(doc, text, s, e):
            value, prec, rel = _from_narrative(kind, g, now, fut)
        else:
            value, prec, rel = _value(kind, g, ref or last_full, last_any, fut)
        out.append(DateMention(s, e, text[s:e], value, prec if value else "", rel))
        if value:
            last_any = _parts(value)
            if prec == "day" and not rel:
                last_full = last_any
    return out


def resolve(expression: str, anchor: str | None) -> tuple[str | None, str, bool]:
    """(value, precision, relative) for one expression; (None, "", False) when it is not a date."""
    if not isinstance(expression, str):
        return None, "", False
    cands = _scan(expression, strict=False)
    if not cands:
        return None, "", False
    s, e, kind, g = max(cands, key=lambda c: c[1] - c[0])
    fut = kind in ("md", "dm", "m", "season", "wd") and _future(expression, s, e, 0, g)
    value, prec, rel = _value(kind, g, _parse_anchor(anchor), None, fut)
    return value, prec if value else "", rel


def nearest(dates: list[DateMention], start: int, end: int, *,
            sentence_start: int | None = None, window: int = 150) -> DateMention | None:
    """The date mention that belongs to the clause spanning [start, end): inside the span first, else the closest
    one in the same sentence before the span; None if none.
    Inside the span, resolved mentions win over unresolved ones, then the finer precision, then the earlier one.
    Before the span, "same sentence" means at or after `sentence_start` when given, else within `window`
    characters."""
    inside = [d for d in dates if start <= d.start < end]
    if inside:
        return min(inside, key=lambda d: (d.value is None, -_RANK.get(d.precision, 0), d.start))
    lo = sentence_start if sentence_start is not None else start - window
    before = [d for d in dates if d.end <= start and d.start >= lo]
    if not before:
        return None
    return max(before, key=lambda d: (d.value is not None, d.end))
