"""The narrative's present of an undated article, estimated from the article's own explicit dates.

What: `narrative_period(text, explicit, doc)` takes the explicit dates of an article body and returns the
period the writer speaks of as current: the latest explicit period of the article ("in the latter half of
2021" -> 2021-07-01..2021-12-31), provided it is finer than a bare year and its clause is in the present tense
("While Kazakhstan manages to control the virus in the latter half of 2021, the new wave is hitting the
country hard"). Notes and references, quoted titles and speech, sentences about plans or the future, bounds
("until April 2024", "since 2019") and dates after today are no evidence. `year_near(month, day, period,
future)` gives the year of a yearless "January 11" or "in March": the occurrence nearest the period (after it
on a tie, on or after its start when the sentence speaks of the future); `names_an_event` tells a yearless date
that names an event ("the January 6 attack", often a famous one from any year), which is left alone.
Why: many pages (aggregated "Latest" pages, copied articles) carry no publication date, and their events are
dated "on January 11" only. A reader infers the year from the text: what an article tells in the present tense
of a dated period is the writer's present or just before it. A date told in the past tense ("its 2020 war",
"the deal closed in June 2018") or a bare year may lie years before the present; read as the present it put
yearless dates years off on dated news pages (most of them wrong), so such articles keep their yearless
dates unresolved. The estimate is no publication date: the dates module marks what it resolves this way as
relative, and events name the basis in their rule.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .citations import _HEADING, _entries
from .dates_grammar import _FUT, _SENT

# (first, last) month of a modified year, widest plausible reading ("late 2021" may start in September).
_MOD_MONTHS = {"early": (1, 4), "beginning of": (1, 3), "start of": (1, 3), "first half of": (1, 6),
               "former half of": (1, 6), "mid": (5, 8), "middle of": (5, 8), "second half of": (7, 12),
               "latter half of": (7, 12), "last half of": (7, 12), "late": (9, 12), "end of": (10, 12),
               "first quarter of": (1, 3), "second quarter of": (4, 6), "third quarter of": (7, 9),
               "fourth quarter of": (10, 12), "last quarter of": (10, 12), "final quarter of": (10, 12)}
# A season's months; winter may be a year's January or its December, so it spans the year.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 12)}
# Words of plans and targets: a year in such a sentence may lie ahead of the writer ("the 2025 target").
_PLAN = re.compile(r"\b(?:plan(?:s|ned)?|target(?:s|ed)?|goal|aims?|strategy|programme|program|forecasts?"
                   r"|projected|projections?|expected|envisage[sd]?|deadline|vision|agenda|roadmap)\b", re.I)
# Words before a date that make it a bound of the present, not a period in it.
_BOUND = re.compile(r"\b(?:until|till|through|by|before|since|from|after)\s+(?:at\s+least\s+|the\s+)?$", re.I)
# Prepositions that place a clause in a period ("in", "during"), not bound it.
_IN = {"in", "on", "during", "throughout", "over", "at", "as", "within"}
_QUOTED = re.compile(r"“[^”\n]{1,300}”|\"[^\"\n]{1,300}\"|‘[^’\n]{1,200}’|«[^»\n]{1,300}»")
_URL_LINE = re.compile(r"^.*(?:https?://|www\.|\bdoi\b|\bRetrieved\b|\bAccessed\b).*$", re.M | re.I)
# Without a parse: a placing preposition before the date, and a present auxiliary or copula in the sentence.
_IN_BEFORE = re.compile(r"\b(?:in|on|during|throughout|over|as\s+of)\s+(?:the\s+)?$", re.I)
_PRESENT = re.compile(r"(?<!would )(?<!could )(?<!should )(?<!might )(?<!must )(?<!may )(?<!will )"
                      r"\b(?:is|are|am|has|have|remains?|continues?|seems?|stays?)\b(?!\s+\w+ing\b)", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.I)
_CLAUSE_CUT = re.compile(r"[;:]\s|\s[–—-]\s")


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose dates say nothing of the narrative's present: note and reference entries (and everything
    under a "References"/"Notes" heading), lines with links or access dates, and quoted strings."""
    spans = [(s, e) for _, s, e in _entries(text)]
    head = _HEADING.search(text)
    if head:
        spans.append((head.start(), len(text)))
    spans += [(m.start(), m.end()) for m in _URL_LINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return spans


def _month_end(y: int, m: int) -> date:
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def period_of(value: str, mod: str | None = None, season: str | None = None) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of an explicit date value with its modifier or season."""
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d, d, "day"
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), _month_end(parts[0], parts[1]), "month"
        first, last = 1, 12
        if season:
            first, last = _SEASON_MONTHS.get(season.lower(), (1, 12))
        if mod:
            key = re.sub(r"\s+", " ", mod.lower()).removeprefix("the ").strip()
            first, last = _MOD_MONTHS.get(key, (first, last))
        return date(parts[0], first, 1), _month_end(parts[0], last), "year"
    except (ValueError, TypeError, AttributeError):
        return None


def narrative_period(text: str, explicit, doc=None, today: date | None = None) -> tuple[date, date] | None:
    """(first, last day) of the period the article speaks of as its present, else None (see the module doc).
    `explicit` holds (start, end, value, modifier, season, sentence_start) for each explicit date of `text`;
    `doc` is an optional spaCy Doc of `text` whose parse tells the clause and its tense (without it, a present
    auxiliary in the sentence and a placing preposition before the date do); `today` defaults to the clock's."""
    if not isinstance(text, str) or not text:
        return None
    today = today or date.today()
    spans = None
    best = None
    for s, e, value, mod, season, sent_start in explicit:
        got = period_of(value, mod, season) if isinstance(value, str) else None
        if got is None or got[0] > today or (best is not None and got[0] <= best[0][0]):
            continue
        if spans is None:
            spans = excluded_spans(text)
        if any(a <= s < b for a, b in spans) or _BOUND.search(text[max(0, s - 25):s]):
            continue
        nxt = _SENT.search(text, e)
        sentence = text[sent_start:nxt.start() if nxt else len(text)]
        if _FUT.search(sentence) or _PLAN.search(sentence):
            continue
        best = (got, bool(mod or season) or got[2] != "year", s, e, sent_start, len(sentence))
    if best is None or not best[1]:
        return None
    (first, last, _), _, s, e, ss, n = best
    parsed = getattr(doc, "text", None) == text and hasattr(doc, "char_span")
    present = _present_clause(doc, s, e) if parsed else _present_sentence(text, s, ss, ss + n, spans or ())
    return (first, last) if present else None


def _present_clause(doc, s: int, e: int) -> bool:
    """Is the date at [s, e) an adverbial of a clause in the present tense ("... manages to control the virus
    in the latter half of 2021")? A date that modifies a noun ("the November 2020 election") places no clause."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t, prep = span.root, None
    for _ in range(6):                                  # up through "in the first months of 2021" to the verb
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            prep, t = t.head, t.head.head
        elif t.dep_ in ("npadvmod", "tmod") and prep is None:
            t = t.head
        else:
            break
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.dep_ != "pobj":
            return False
    if t.pos_ not in ("VERB", "AUX") or (prep is not None and prep.lower_ not in _IN):
        return False
    for _ in range(3):                                  # "manages to control": the finite verb decides
        tags = [t.tag_] + [c.tag_ for c in t.children if c.dep_ in ("aux", "auxpass")]
        if "MD" in tags or "VBD" in tags:
            return False
        if "VBZ" in tags or "VBP" in tags:
            return t.tag_ != "VBG"                      # "is stepping down in May": a plan, not the present
        if t.dep_ not in ("xcomp", "conj"):
            return False
        t = t.head
    return False


def _present_sentence(text: str, s: int, start: int, end: int, spans) -> bool:
    """Without a parse: a placing preposition before the date, and in its clause (the stretch between semicolons,
    colons or dashes) a present auxiliary or copula outside quotes and no past one."""
    if not _IN_BEFORE.search(text[max(0, s - 30):s]):
        return False
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, start, s)]
    nxt = _CLAUSE_CUT.search(text, s, end)
    start, end = (cuts[-1] if cuts else start), (nxt.start() if nxt else end)
    if _PAST.search(text, start, end):
        return False
    quoted = [(a, b) for a, b in spans if start <= a < end]
    return any(not any(a <= m.start() < b for a, b in quoted) for m in _PRESENT.finditer(text, start, end))


def names_an_event(doc, text: str, s: int, e: int) -> bool:
    """With a parse of `text`: does the date at [s, e) modify a noun ("the January 6 attack")? Such a date names
    an event, often a well-known one far from the article's present, so it is not read against that present."""
    if getattr(doc, "text", None) != text or not hasattr(doc, "char_span"):
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return bool(root is not None and root.dep_ in ("nmod", "compound", "amod")
                and root.head.pos_ in ("NOUN", "PROPN"))


def year_near(month: int, day: int | None, period: tuple[date, date], future: bool = False) -> int | None:
    """The year of a yearless date (a whole month when `day` is None): the occurrence nearest `period` (the
    later one on a tie); in a sentence about the future, the first one that does not end before the period."""
    first, last = period
    best = None
    for year in range(first.year - 1, last.year + 2):
        try:
            lo = date(year, month, day or 1)
            hi = lo if day else _month_end(year, month)
        except ValueError:
            continue                                    # February 29 of a common year
        if future:
            if hi >= first:
                return year
            continue
        gap = (first - hi).days if hi < first else ((lo - last).days if lo > last else 0)
        if best is None or gap <= best[0]:
            best = (gap, year)
    return best[1] if best else None
