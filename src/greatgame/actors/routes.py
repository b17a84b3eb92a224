"""Routes: a capital named as an end of a journey is a place, not its state acting.

What: `on_route(doc, start, end)` says the name at [start, end) is an end of a "from X to Y" route ("roads
from Nur-Sultan to Ashgabat", "flights from Moscow into Minsk"): the token before it is "from" and "to" or
"into" with a capitalised name follows it, or the token before it is "to"/"into" and "from <Name>" precedes.
Why: "from" and "to" introduce actors ("aid from Beijing", "a letter to Moscow"), so a capital after them
stands for its state; in a route both ends are where something goes, and the gazetteer, not the state, is
what an analyst wants to map.
"""
from __future__ import annotations

_TO = {"to", "into", "towards", "toward"}
MAX_NAME_TOKENS = 6


def _name_token(tok) -> bool:
    return tok.text[:1].isupper() or tok.text in ("-", "–")


def on_route(doc, start: int, end: int) -> bool:
    """True when the name at [start, end) is one end of a "from X to Y" route (module doc)."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span) or span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    if before == "from":
        i = span.end
        if i + 1 < len(doc) and doc[i].lower_ in _TO:
            nxt = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
            return nxt.text[:1].isupper()
        return False
    if before in _TO:
        i = span.start - 2
        while i >= 0 and span.start - 2 - i < MAX_NAME_TOKENS and _name_token(doc[i]):
            i -= 1
        return i >= 0 and i < span.start - 2 and doc[i].lower_ == "from"
    return False
