"""The quantity extractor: value, unit and the counted thing, with scale words and approximations.

What: `extract_quantities(article, doc, linked)` scans the text for numeric expressions — digits with
thousands separators or decimals, number words ("two million"), scale words and abbreviations (thousand,
million, bn), currency signs and names ($, US$, €, tenge, yuan), percentages, measures ("barrels per day",
km, tonnes), "2,030-strong" — each with the qualifier before it ("at least", "over", "some", "an estimated").
The parse then gives the counted thing (the noun the number modifies, the "of" object of a percentage, or the
subject of a copula: "the average salary is less than $600") and the governing verb ("were killed",
"invested"), so `tie_to_events` can attach each quantity to the event it measures. Years, dates, times,
ordinals, footnote markers and reference lists are left out, and a bare number must count a noun. The low end
of a range takes the unit and scale written after the high end ("from 12 to 27 percent").
Why: casualty counts, troop numbers, investment sums and shares are the hard facts analysts compare across
reports; normalised values make them comparable and the offsets keep them checkable.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Article
from ..records import Quantity

WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "one": 1,
                "a": 1, "half a": 0.5}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "mn": 1e6, "mln": 1e6,
          "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7}
CURRENCY_SIGNS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₸": "KZT", "₽": "RUB", "usd": "USD",
                  "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "kzt": "KZT", "rub": "RUB", "try": "TRY"}
CURRENCY_WORDS = {"dollars": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR", "yuan": "CNY",
                  "renminbi": "CNY", "tenge": "KZT", "rubles": "RUB", "roubles": "RUB", "lira": "TRY", "liras": "TRY",
                  "soms": "KGS", "som": "KGS", "sums": "UZS", "manat": "TMT", "somoni": "TJS", "pounds": "GBP",
                  "rupees": "INR", "yen": "JPY"}
MEASURES = ["barrels per day", "barrels a day", "bpd", "barrels", "cubic meters", "cubic metres", "bcm",
            "square kilometers", "square kilometres", "sq km", "km", "kilometers", "kilometres", "miles", "tons",
            "tonnes", "metric tons", "hectares", "megawatts", "gigawatts", "mw", "gw", "kwh", "twh", "meters",
            "metres", "kg", "kilograms", "percentage points"]
# Verbs whose bare-number subject counts people ("more than 50 were killed").
HUMAN_TOLL = ("kill", "die", "died", "injur", "wound", "hurt", "arrest", "detain", "evacuat", "displac", "fle",
              "rescu", "abduct", "kidnap", "execut", "jail", "sentenc", "deport", "expel")   # stems (no lemmas)
# Singular forms of a measure used as a compound adjective: "a 970-kilometre border", "a 500-megawatt plant".
HYPHEN_MEASURES = ["kilometre", "kilometer", "mile", "tonne", "ton", "metre", "meter", "megawatt", "gigawatt",
                   "hectare", "barrel", "kilogram"]
PERCENT = ["%", "percent", "per cent", "pct"]
QUALIFIERS = {"at least": False, "more than": False, "over": False, "nearly": True, "almost": True, "about": True,
              "around": True, "approximately": True, "roughly": True, "some": True, "an estimated": True,
              "estimated": True, "up to": False, "less than": False, "fewer than": False, "under": False,
              "at most": False, "as many as": False, "as much as": False, "close to": True, "upwards of": False,
              "just over": False, "just under": False, "well over": False, "no fewer than": False,
              "no less than": False, "about some": True, "approx.": True, "c.": True}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = _alt(w for w in WORD_NUMBERS if w not in {"a", "half a"})
_PATTERN = re.compile(
    rf"(?<![\w.$€£¥₸₽\[/-])(?:(?P<qual>{_alt(QUALIFIERS)})\s+)?"
    rf"(?P<cur>{_alt(k for k in CURRENCY_SIGNS if not k.isalpha())}"
    rf"|(?:{_alt(k for k in CURRENCY_SIGNS if k.isalpha())})\s)?"
    rf"(?P<num>{_DIGITS}|(?:{_WORDS})(?:[\s-](?:{_WORDS}))*\b)"
    rf"(?:[\s-]?(?P<scale>{_alt(SCALES)})\b)?(?P<strong>-strong)?"
    rf"(?:\s?(?P<unit>{_alt(PERCENT + MEASURES)}|(?:{_alt(CURRENCY_WORDS)})\b)|-(?P<hunit>{_alt(HYPHEN_MEASURES)})\b)?"
    rf"(?![\w,]*\d)(?!/\d)", re.I)
_VAGUE = re.compile(r"(?<![\w-])(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|"
                    r"thousands|hundreds|dozens|millions|billions)\s+of\s+(?:the\s+|their\s+)?([\w-]+)", re.I)
VAGUE = {"tens of thousands": 2e4, "hundreds of thousands": 2e5, "tens of millions": 2e7,
         "hundreds of millions": 2e8, "thousands": 2e3, "hundreds": 200.0, "dozens": 24.0, "millions": 2e6,
         "billions": 2e9}
_REFERENCE_LINE = re.compile(r"\s*(?:\[\d+\]|\d{1,3}\.\s|\^)")
YEAR = range(1800, 2101)
NOUNISH = {"NOUN", "PROPN"}


def _number(num: str) -> float | None:
    num = num.lower()
    if num[0].isdigit():
        return float(num.replace(",", ""))
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", num):
        v = WORD_NUMBERS.get(w)
        if v is None:
            return None
        if v == 100:
            current = (current or 1) * 100
        else:
            current += v
    return total + current


def extract_quantities(article: Article, doc, linked=None) -> list[Quantity]:
    """Quantities of the article in text order; offsets into article.text."""
    text = article.text
    if doc is None or not text:
        return []
    out: list[Quantity] = []
    for m in _PATTERN.finditer(text):
        q = _quantity(article, doc, m)
        if q is not None:
            out.append(q)
    for m in _VAGUE.finditer(text):
        q = _vague(article, doc, m)
        if q is not None and not any(o.start <= q.start < o.end for o in out):
            out.append(q)
    return _ranges(text, sorted(out, key=lambda q: q.start))


_RANGE_LOW = re.compile(rf"(?<![\w.,])(?P<cur>{_alt(k for k in CURRENCY_SIGNS if not k.isalpha())})?"
                        rf"(?P<num>{_DIGITS})\s*(?:to|and|or|–|—)\s*$", re.I)


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """The low end of a range takes the unit and scale written once after the high end: "from 12 to 27
    percent" is 12 %, "$2 to 3 billion" is 2e9 USD, "between 40 and 60 km" is 40 km (found, or replacing the
    bare number read alone)."""
    out = list(found)
    for q in found:
        high = _PATTERN.match(text, q.start)
        if high is None or q.unit is None and not high.group("scale"):
            continue
        low = _RANGE_LOW.search(text, max(0, q.start - 30), q.start)
        if low is None or re.fullmatch(r"\d{4}", low.group("num")) and int(low.group("num")) in YEAR:
            continue                                  # "inflation rose in 2021 to 8.4%": a year
        value = _number(low.group("num"))
        scale = high.group("scale")
        if scale and not (scale.lower() in {"m", "b", "k"} and not (high.group("cur") or low.group("cur"))):
            value = float(f"{value * SCALES[scale.lower()]:.12g}")
        unit = CURRENCY_SIGNS.get(low.group("cur").lower()) if low.group("cur") else q.unit
        old = next((o for o in out if o.start <= low.start("num") < o.end), None)
        if old is not None and (old.unit is not None and not low.group("cur")
                                or old.value != _number(low.group("num"))):
            continue                                  # "$5 billion to 2 percent": its own quantity
        start = low.start("cur") if low.group("cur") else low.start("num")
        new = replace(q, value=value, unit=unit, text=text[start:low.end("num")], start=start, end=low.end("num"),
                      qualifier=old.qualifier if old is not None else None,
                      approximate=old.approximate if old is not None else q.approximate)
        high_q = replace(q, unit=unit) if q.unit is None else q          # "$2 to 3 billion": both dollars
        out = [o for o in out if o is not old and o is not q] + [new, high_q]
    return sorted(out, key=lambda q: q.start)


def _vague(article: Article, doc, m) -> Quantity | None:
    """ "tens of thousands of protesters": the lower bound the phrase guarantees (20,000), marked approximate."""
    noun = _token_at(doc, m.start(2))
    if noun is None or noun.pos_ not in NOUNISH or _REFERENCE_LINE.match(article.text,
                                                                         article.text.rfind("\n", 0, m.start()) + 1):
        return None
    verb = next((h for h in noun.ancestors if h.pos_ == "VERB"), None)
    phrase = m.group(1).lower()
    return Quantity(article_id=article.id, value=VAGUE[phrase], unit=None, text=article.text[m.start():m.end(1)],
                    subject=noun.text, sentence=noun.sent.text.strip(), start=m.start(), end=m.end(1),
                    qualifier=phrase, approximate=True, subject_start=noun.idx, subject_end=noun.idx + len(noun.text),
                    verb=verb.text if verb is not None else None, verb_start=verb.idx if verb is not None else -1)


def _quantity(article: Article, doc, m) -> Quantity | None:
    text = article.text
    num, scale, cur = m.group("num"), m.group("scale"), m.group("cur")
    unit_word = m.group("unit") or m.group("hunit")
    if scale and scale.lower() in {"m", "b", "k"} and not cur:
        scale = None                                  # "5 m" is metres unless money
    low = num.lower()
    if not low[0].isdigit() and not (scale or unit_word) and low in {"one", "a"}:
        return None                                   # "one of the" is not a count
    if not low[0].isdigit() and not (scale or unit_word) \
            and re.search(r"\b(?:the|these|those|both|its|their|all)\s+$", text[max(0, m.start() - 8):m.start()], re.I):
        return None                                   # "the two countries" refers, it does not count
    value = _number(num)
    if value is None:
        return None
    start = m.start("qual") if m.group("qual") else (m.start("cur") if cur else m.start("num"))
    end = max([m.end("num")] + [m.end(g) for g in ("strong", "unit", "hunit") if m.group(g)]
              + ([m.end("scale")] if scale else []))
    line_start = text.rfind("\n", 0, start) + 1
    if _REFERENCE_LINE.match(text, line_start) or text[m.end("num"):m.end("num") + 2].lower() in {"st", "nd", "rd",
                                                                                               "th"}:
        return None
    if (m.start("num") > 0 and text[m.start("num") - 1] in "[#") or text[m.end("num"):m.end("num") + 1] in {"]", ":"}:
        return None
    tok = _token_at(doc, m.start("num"))
    if tok is None:
        return None
    unit = _unit(cur, unit_word)
    if scale:
        value = float(f"{value * SCALES[scale.lower()]:.12g}")   # "$4.1bn" is 4.1e9, not 4099999999.9999995
    bare = unit is None and not scale
    if bare and tok.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
        return None
    if unit is None and low[0].isdigit() and "," not in num and "." not in num and int(value) in YEAR and not scale:
        return None                                   # a year
    if bare and re.fullmatch(r"(?:1[89]|20)\d\d\.\d{1,3}", num) and re.match(r"\s+[A-Z]", text[end:end + 3]):
        return None                                   # "in 2014.2 Tensions": a year and an endnote number
    if m.group("cur") is None and unit_word is None and text[m.end():m.end() + 1] == "-" and not m.group("strong"):
        return None                                   # "2005-2020", "$12-an-hour" pieces
    last = _token_at(doc, end - 1) or tok
    subject, verb = _subject(doc, tok, last)
    if bare and subject is None:
        follow = re.match(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d", text[end:end + 16])
        nxt = _token_at(doc, end + follow.end() - 1) if follow else None
        subject, _ = _subject(doc, nxt, nxt) if nxt is not None else (None, None)   # "11 out of 12 ministers"
    if bare and subject is None and tok.dep_ in {"nsubj", "nsubjpass"} and verb is not None \
            and verb.text.lower().startswith(HUMAN_TOLL):
        pass                                          # "about 40,000 were evacuated", "12 died": people counted
    elif bare and (subject is None or subject.start < tok.i):
        return None                                   # a bare number must count something ("Article 5" names)
    sent = tok.sent
    qual = m.group("qual")
    return Quantity(
        article_id=article.id, value=value, unit=unit, text=text[start:end],
        subject=subject.text if subject is not None else None, sentence=sent.text.strip(),
        start=start, end=end, qualifier=qual.lower() if qual else None,
        approximate=QUALIFIERS.get(qual.lower(), False) if qual else False,
        subject_start=subject.start_char if subject is not None else -1,
        subject_end=subject.end_char if subject is not None else -1,
        verb=verb.text if verb is not None else None, verb_start=verb.idx if verb is not None else -1)


def _unit(cur: str | None, word: str | None) -> str | None:
    if cur:
        return CURRENCY_SIGNS.get(cur.strip().lower())
    if not word:
        return None
    w = word.lower()
    if w in PERCENT:
        return "%"
    if w in CURRENCY_WORDS:
        return CURRENCY_WORDS[w]
    return {"barrels a day": "barrels per day", "bpd": "barrels per day", "kilometers": "km", "kilometres": "km",
            "cubic metres": "cubic meters", "tonnes": "tons", "metric tons": "tons", "square kilometres":
            "square kilometers", "sq km": "square kilometers", "metres": "meters", "kilometre": "km",
            "kilometer": "km", "mile": "miles", "tonne": "tons", "ton": "tons", "metre": "meters",
            "meter": "meters", "megawatt": "megawatts", "gigawatt": "gigawatts", "hectare": "hectares",
            "barrel": "barrels", "kilogram": "kg"}.get(w, w)


def _token_at(doc, pos: int):
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _prep_object(tok, preps: tuple[str, ...], nouns_only: bool = False):
    """The object of tok's first prepositional child among `preps` (a common noun only, if asked)."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.text.lower() in preps), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return None if pobj is None or nouns_only and pobj.pos_ != "NOUN" else pobj


def _subject(doc, tok, last):
    """(noun-phrase Span of the counted thing or None, governing verb token or None)."""
    head = last
    for t in (last, tok):            # climb out of the number's own tokens ("2,030-strong", "two million")
        h = t
        for _ in range(3):
            if h.dep_ in {"nummod", "quantmod", "compound", "amod", "npadvmod", "nmod"} and h.head.i != h.i \
                    and h.head.pos_ in NOUNISH | {"NUM", "ADJ", "SYM"}:
                h = h.head
            else:
                break
        if h.i != t.i and h.pos_ in NOUNISH:
            head = h
            break
    noun = head if head.pos_ in NOUNISH and head.i not in {tok.i, last.i} else None
    if noun is not None and noun.text.lower() == "worth":      # "$15 million worth of equipment"
        noun = _prep_object(noun, ("of",)) or noun
    if noun is None:                 # "26% of the population", "less than $600" after "the salary is"
        # "26% of the population", "$3.5 billion in new loans"
        pobj = _prep_object(last, ("of",)) or _prep_object(last, ("in",), nouns_only=True)
        if pobj is not None:
            noun = pobj
        elif last.dep_ in {"attr", "pobj", "dobj"}:
            verb = last.head if last.dep_ != "pobj" else last.head.head
            if verb.lemma_ in {"be"} or verb.text.lower() in {"is", "was", "are", "were", "stood", "reached",
                                                               "totalled", "totaled", "amounted"}:
                noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    verb = None
    h = tok
    for _ in range(6):
        if h.pos_ in {"VERB"} or (h.pos_ == "AUX" and h.dep_ == "ROOT"):
            verb = h
            break
        if h.head.i == h.i:
            break
        h = h.head
    if noun is None:
        return None, verb
    left = min([noun.i] + [c.i for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.i > last.i])
    route = next((c for c in noun.children if c.dep_ in {"appos", "conj"} and c.pos_ == "NOUN" and c.i > noun.i + 1
                  and doc[noun.i + 1].text in "–—-" and all(doc[k].pos_ in {"PROPN", "PUNCT"}
                                                             for k in range(noun.i + 1, c.i))), None)
    if noun.pos_ == "PROPN" and route is not None:    # "the 400-kilometre Dushanbe–Chanak road": the road
        return doc[left:route.i + 1], verb
    return doc[left:noun.i + 1], verb


def tie_to_events(quantities: list[Quantity], events) -> list[Quantity]:
    """Each quantity with the id of the event it measures: an event of the same sentence whose trigger is the
    quantity's verb or counted noun, or whose source or target span holds the quantity ("the dispatch of some
    2500 troops"); None when no event fits, rather than a guess."""
    out = []
    for q in quantities:
        hit = None
        for e in events:
            if not e.start <= q.start < e.end:
                continue
            sides = [(e.source_start, e.source_end), (e.target_start, e.target_end)]
            if e.trigger_start >= 0 and (e.trigger_start in {q.verb_start, q.subject_start}
                                         or q.subject_start <= e.trigger_start < q.subject_end) \
                    or any(s <= q.start and q.end <= t for s, t in sides if s >= 0):
                hit = e
                break
        out.append(replace(q, event_id=hit.id) if hit is not None else q)
    return out
