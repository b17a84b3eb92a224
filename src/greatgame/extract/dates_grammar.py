"""The regex grammar of the dates module: month and weekday names, the core date patterns, their prefixes,
and the word lists that tell a date from a look-alike.

What: constants only, imported by `greatgame.extract.dates` (which scans and resolves).
Why: the grammar is data an editor tunes apart from the resolution logic, and keeping it here keeps each
module short enough to read in one sitting.
"""
from __future__ import annotations

import re

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                "oct": 10, "nov": 11, "dec": 12})
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = rf"(?P<mon>(?:{_FULL})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:])"
_YEAR = r"(?P<y>1[6-9]\d\d|20\d\d)"
_YEND = r"(?![\w%]|[,.]\d|[-–]\w)"
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_SEASON = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Lower-case calendar words, shared with the linker and the geocoder (a month or weekday is no name or place).
MONTH_NAMES = frozenset(_FULL.lower().split("|"))
WEEKDAYS = frozenset(_WD.lower().split("|"))
CALENDAR_WORDS = frozenset(_MONTHS) | WEEKDAYS          # with the abbreviations "jan", "sept", ...

# Core patterns start on a literal-ish token so the scan is fast; modifiers before them ("mid-", "last",
# "Tuesday,", "the") are picked up afterwards by the prefix patterns below.
_PATTERNS = [(k, re.compile(p)) for k, p in [
    ("ymd", r"(?<![\w./-])(?P<y>1[6-9]\d\d|20\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d|[-/.]\d)"),
    ("num", r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<s>[./])(?P<b>[01]?\d)(?P=s)(?P<y>1[6-9]\d\d|20\d\d)(?!\d|[-/.]\d)"),
    ("mdy", rf"{_MON}\s+(?:the\s+)?{_DAY},?\s+(?:of\s+)?{_YEAR}{_YEND}"),
    ("dmy", rf"(?<![\w,.]){_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}{_YEND}"),
    ("ym", rf"{_MON}(?:\s+of)?,?\s+{_YEAR}{_YEND}"),
    ("md", rf"{_MON}\s+(?:the\s+)?{_DAY}(?![,.]\d|\s*%)"),
    ("dm", rf"(?<![\w,.]){_DAY}(?:\s+of)?\s+{_MON}"),
    ("range", r"(?<![\w$€£¥₸#№/.,-])(?P<y>1[6-9]\d\d|20\d\d)\s?[-–—]\s?(?P<y2>\d{4}|\d\d)(?![\w%]|[,.]\d)"),
    ("y", rf"(?<![\w$€£¥₸#№/.,])(?<!(?<![Mm]id)-){_YEAR}(?![\w%]|[,.]\d|\s?[-–—]\s?\d|-[A-Za-z])"),
    ("m", rf"(?P<mon>{_FULL})\b(?!\s+\d|-)"),
    ("season", rf"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?:(?:\s+of)?,?\s+{_YEAR}{_YEND})?"),
    ("wd", rf"(?P<wd>{_WD})\b(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?"),
    ("day", r"(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night"
            r"|[Tt]his\s+(?:morning|afternoon|evening))\b"),
    ("unit", r"\b(?P<det>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>week|month|year)\b"),
    ("ago", r"(?<=\s)(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|later|before)\b"),
    ("narr", r"(?<=\s)(?P<which>following|next|previous|preceding|prior|same)\s+(?P<unit>day|week|month|year)\b"),
]]
_KINDS = dict(_PATTERNS)
# One cheap scan finds the words a date can start with; only there are the core patterns tried.
# Dates start at a digit or at one of these words; finding them with str.find and trying the core patterns only
# there keeps the scan in C (an alternation regex run over every position is ten times slower).
_TRIGGER_KINDS = {"last": ("day", "unit"), "this": ("day", "unit"), "next": ("unit", "narr"), "following": ("narr",),
                  "previous": ("narr",), "preceding": ("narr",), "prior": ("narr",), "same": ("narr",)}
_TRIGGER_KINDS.update({w: ("day",) for w in ("yesterday", "today", "tomorrow", "tonight")})
_TRIGGER_KINDS.update({w: ("season",) for w in _SEASON})
_TRIGGER_KINDS.update({w: ("ago",) for w in ("day", "week", "month", "year", "decade")})   # plural: see _triggers
_TRIGGER_KINDS.update({w.capitalize(): k for w, k in _TRIGGER_KINDS.items()})
_TRIGGER_KINDS.update({w: ("wd",) for w in _WD.split("|")})
_TRIGGER_KINDS.update({w.capitalize(): ("mdy", "ym", "md", "m") for w in _MONTHS})
_DIGIT = re.compile(r"(?<![\w.])\d")
_DIGIT_KINDS = ("ymd", "num", "mdy", "dmy", "dm", "range", "y")
_P_WD = rf"(?:(?:{_WD}),?\s+)"
_P_DET = r"(?:(?P<det>(?i:last|this|next|past))\s+)"
_P_MOD = (r"(?:(?P<mod>(?i:early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
          r"|(?:the\s+)?(?:first|second|latter|former|last)\s+half\s+of"
          r"|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter\s+of))(?:-|\s+))")
_P_NUM = r"(?P<n>\d{1,2}|(?i:" + "|".join(sorted(_NUM, key=len, reverse=True)) + r"))\s+"
_PREFIX = {k: re.compile(rf"(?<!\w){p}$") for k, p in {
    "mdy": rf"{_P_WD}?", "md": rf"{_P_WD}?", "dmy": rf"{_P_WD}?(?:the\s+)?", "dm": rf"{_P_WD}?(?:the\s+)?",
    "ym": rf"{_P_MOD}?", "y": rf"{_P_MOD}?", "m": rf"{_P_DET}?{_P_MOD}?", "season": rf"{_P_DET}?{_P_MOD}?",
    "wd": rf"{_P_DET}?", "narr": r"[Tt]he\s+", "ago": _P_NUM,
    "unit": r"(?:(?P<mod>(?i:early|late|mid|earlier|later))[\s-]+)?"}.items()}
# a prefix is only looked for when the word before the core is one a prefix can end with
_PW = ({w.lower() for w in _WD.split("|")} | set(_NUM) | {str(i) for i in range(100)}
       | {"the", "mid", "early", "late", "of", "last", "this", "next", "past", "earlier", "later"})
_CUES = {"in", "since", "by", "until", "till", "through", "throughout", "from", "during", "of", "before", "after",
         "between", "and", "to", "or", "the", "on", "around", "circa", "as", "early", "late", "mid", "for", "over"}
_NOT_YEAR_BEFORE = {"no", "number", "nos", "resolution", "article", "flight", "route", "page", "pp", "code",
                    "model", "item", "decree", "room", "gate", "unit", "platform", "channel", "highway", "bus",
                    "train", "km", "tenge", "usd", "rub", "eur", "som", "yuan", "rubles", "dollars", "euros"}
_UNITS = set("""people persons troops soldiers servicemen men women children families workers migrants refugees
residents citizens households cases deaths dead casualties infections patients vehicles cars trucks tanks tons
tonnes barrels kilometres kilometers km miles meters metres hectares ha dollars euros rubles roubles tenge yuan
som manat somoni usd jobs students participants delegates votes voters signatures seats companies firms
enterprises projects times apartments homes houses buildings flights passengers tourists visitors members
employees officers police policemen fighters militants prisoners detainees feet ft sq square cubic units pieces
copies hours hrs minutes mw gw kw kwh mwh bcm kg kilograms items schools hospitals villages per percent head
rounds shells missiles drones years""".split())
_WD_BLOCK_BEFORE = {"good", "black", "super", "holy", "bloody", "easter", "palm", "ash", "cyber", "maundy",
                    "every", "each"}
_WD_BLOCK_AFTER = {"prayer", "prayers", "sermon", "sermons", "mosque", "market", "bazaar"}
# "would" is the future seen from a past report ("said the ministries would meet again in May"); "would have"
# is a counterfactual past, so it is no cue.
_FUT = re.compile(r"\b(?:will|shall|won't|is to|are to|is due|are due|(?:is|are) scheduled|scheduled for"
                  r"|(?:is|are) expected|plan(?:s|ned)? to|intends? to|(?:is|are) set to|upcoming|forthcoming"
                  r"|would(?!\s+(?:not\s+)?have\b))\b|'ll\b", re.I)
_REPORT = re.compile(r"\b(?:said|says|say|told|tells|announced|stated|noted|added|reported|wrote|declared"
                     r"|claimed|confirmed|according|was|were|had|did)\b", re.I)
_SENT = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*")
_ABBR = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "no", "vs", "inc", "co", "jr", "sr", "prof",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WORD_BEFORE = re.compile(r"[\s,]*([\w'’.-]+)")        # matched on the reversed text before a position
_WORD_AFTER = re.compile(r"^\s*([\w'’]+)")
_RANK = {"day": 3, "month": 2, "year": 1, "": 0}
