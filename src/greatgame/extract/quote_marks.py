"""Quotation marks: where the quoted passages of a text are.

What: `quote_spans(text)` gives (start, end) of every passage in double quotation marks (“…”, «…», „…“, "…",
''…''), marks included; OPEN holds the opening marks a direct quote starts with; `naming_gap` tells whether
the words between a naming cue and a quote are the thing named ("called the project “a new link”");
`only_quoted` whether a stretch is all quotation; DATELINE is a news dateline ("ALMATY —").
Why: the quote extractor, its speaker rules and the frame layer all ask "is this inside quotation marks?";
the scan is plain character work with no parse, so it lives apart from the cue and speaker logic.
"""
from __future__ import annotations

import re

OPEN = "“«„‘"
NAMING_CUES = {"call", "describe"}
_NAMED = re.compile(r"\s+(?!(?:for|on|upon|off|in|out|up|back|it|that)\b)(?:[\w'’-]+\s+){1,5}?(?:as\s+)?",
                    re.I)
# a news dateline opening a paragraph: "ALMATY —", "BISHKEK, Kyrgyzstan –", "MOSCOW (Reuters) -"
DATELINE = re.compile(r"[A-Z][A-Z'’.-]{2,}(?:[ ,]+[A-Z][\w'’.-]+){0,3}\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]{1,2}\s+")
CLOSERS = {"“": "”\"", "„": "“”", "«": "»", '"': '"'}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every passage in double quotation marks (“…”, «…», „…“, "…", ''…''), marks included; an
    unclosed quote runs to the end of its paragraph (news style continues quotes across paragraphs that way);
    and of British single-quoted passages (‘…,’ he said) outside them."""
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        s0, raw = para.start(), para.group()
        line = raw.replace("''", '"\x00')                # '' typed for " (same length)
        i, n = 0, len(line)
        while i < n:
            closers = CLOSERS.get(line[i])
            if closers is None:
                i += 1
                continue
            j = next((k for k in range(i + 1, n) if line[k] in closers), -1)
            end = j + 1 if j >= 0 else n
            end += raw[end - 1:end + 1] == "''"           # a closing '' covers both marks
            if end - i > 2:
                out.append((s0 + i, s0 + end))
            i = end
    return sorted(out + _single(text, out))


# British style: ‘…,’ / '…,' — the closing mark right after the quote's own punctuation, so that apostrophes
# ("China’s", "protesters' demands", "It's") never close one; at least three words
_SINGLE = re.compile(r"(?<![\w’'‘])(?:‘(?=\w)(?:[^‘’\n]|(?<=\w)’(?=\w))+?[,.?!…]’"
                     r"|'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w))+?[,.?!…]')(?!\w)")


def _single(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Passages in single quotation marks outside the double-quoted ones (nested quotes stay inside theirs)."""
    out = []
    for m in _SINGLE.finditer(text):
        words = re.findall(r"\w+", m.group())
        if len(words) >= 3 and sum(w[0].isupper() for w in words) * 2 < len(words) \
                and not any(s < m.end() and m.start() < e for s, e in doubles):
            out.append((m.start(), m.end()))        # title case ('All Bets Are Off.') is a headline
    return out


def naming_gap(text: str, lemma: str | None, end: int, qs: int) -> bool:
    """Is text[end:qs] the thing a naming cue names before its quote ("called the project “…”", "described the
    talks as “…”")? One to five plain words, no punctuation; "called for", "called on" ask, they do not name."""
    return lemma in NAMING_CUES and _NAMED.fullmatch(text, end, qs) is not None


def only_quoted(text: str, spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when text[s:e] is covered by the quotations `spans` with nothing but punctuation and spaces
    between them."""
    pos = s
    for qs, qe in sorted(spans):
        if text[pos:qs].strip(" ,.;:—–…\n"):
            return False
        pos = max(pos, qe)
    return not text[pos:e].strip(" ,.;:\n")
