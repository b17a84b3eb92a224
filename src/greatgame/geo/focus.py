"""Approximate places: a toponym the gazetteer lacks takes the point of the place it is tied to.

What: `approximate(name, start, text, resolved)` gives a street, venue, building or small
locality the gazetteer cannot resolve ("Oxford Street", "Princes Theatre", "a mosque in
Kunduz") the location of the most specific known place it is tied to, in this order:
the place named right beside it ("Oxford Street, London", "Whole Foods in Fresno",
"Middletown's New Road"), else, unless it is a polity's fragment (`focus_worthy`), the article's focus (the most
mentioned town of the most mentioned country, else that country's most mentioned region, else the country). The result is a `Place` of kind
"approximate" whose `approx_of` is the id of the place it inherited from and whose id is
"x-place-<name>@<that id>", so that no caller can take it for a gazetteer record: the
store keeps `approx_of` beside the inherited point (the map draws exact points only), and
resolution never uses it as a nearby place.
Why: news names streets, venues and neighbourhoods no offline gazetteer of towns holds,
yet the article nearly always says which town they are in; the town's point is right to
within a few km for most of them and says the country, and an explicit marker keeps the
estimate from being shown as an exact point.
"""
from __future__ import annotations

import re
from collections import Counter

from greatgame.extract.dates_grammar import CALENDAR_WORDS
from greatgame.geo.gazetteer import Place, normalise

# Kinds an anchor may have, most specific first (an approximate place never anchors another).
_RANK = {"city": 0, "landmark": 0.5, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
_AFTER = re.compile(r"^(?:'s)?\s*(?:,|\(|\bin\b|\bat\b|\bnear\b|\boutside\b)\s*(?:the\s+)?"
                    r"([A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|of|upon|on))*)")
_BEFORE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s+(?:[a-z]+\s+){0,2}$")
MAX_WORDS = 4


def approx_place(name: str, anchor: Place) -> Place:
    """A Place of kind "approximate" at the anchor's point, naming the anchor in `approx_of`."""
    slug = "-".join(normalise(name).split()) or "unnamed"
    return Place(id=f"x-place-{slug}@{anchor.id}", name=name, country=anchor.country, lat=anchor.lat,
                 lon=anchor.lon, geonames_id=None, kind="approximate", approx_of=anchor.id)


def adjacent_names(name: str, start: int, text: str) -> list[str]:
    """Capitalised names right after the mention ("X, London", "X in Kunduz") or before it as an owner
    ("Middletown's New Road"), longest first within each, the one after the mention first."""
    out: list[str] = []
    end = start + len(name)
    m = _AFTER.match(text[end:end + 80])
    if m:
        words = m.group(1).rstrip(".,").split()[:MAX_WORDS]
        out += [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    m = _BEFORE.search(text[max(0, start - 80):start])
    if m:
        words = m.group(1).split()
        out += [" ".join(words[s:]) for s in range(len(words))]
    return [n for n in out if n and n[0].isupper() and normalise(n) != normalise(name)
            and normalise(n).split()[0] not in CALENDAR_WORDS]   # "Caesar's Palace in June"


def focus(resolved: list[tuple[int, Place]], votes: Counter | None = None) -> Place | None:
    """The article's focus: the most mentioned town of the most mentioned country, else that
    country's most mentioned county or region, else the country itself (ties: the earliest).
    `votes` are further mentions of countries (ISO3) the caller knows of, such as states as actors."""
    known = [(s, p) for s, p in resolved if isinstance(p, Place) and p.kind in _RANK]
    if not known:
        return None
    countries = Counter(p.country for _, p in known if p.country)
    for cc, n in (votes or {}).items():
        if cc in countries and isinstance(n, int):
            countries[cc] += n
    if not countries:
        return min(known, key=lambda sp: (_RANK[sp[1].kind], sp[0]))[1]
    top = countries.most_common(1)[0][0]
    inside = [(s, p) for s, p in known if p.country == top]
    count = Counter(p.id for _, p in inside)
    first = {}
    for s, p in sorted(inside, key=lambda sp: sp[0]):
        first.setdefault(p.id, (s, p))
    return min(first.values(), key=lambda sp: (_RANK[sp[1].kind], -count[sp[1].id], sp[0]))[1]


def approximate(name: str, start: int, text: str, resolved: list[tuple[int, str, Place]],
                resolve_name=None, votes: Counter | None = None) -> Place | None:
    """The approximate place of an unresolvable toponym at offset `start` of `text`, from the article's
    resolved places `resolved` ((offset, surface, Place) triples) and, for a neighbour not among them, `resolve_name`
    (a name -> Place | None callable), with `votes` as in `focus`; None when the article gives no known place."""
    if not isinstance(name, str) or not name.strip() or not isinstance(text, str):
        return None
    start = start if isinstance(start, int) and 0 <= start <= len(text) else max(text.find(name), 0)
    triples = [r for r in resolved or [] if isinstance(r, tuple) and len(r) == 3]
    known = [(s, p) for s, _, p in triples if isinstance(s, int) and isinstance(p, Place) and p.kind in _RANK]
    by_name = {normalise(n): p for _, n, p in triples
               if isinstance(n, str) and isinstance(p, Place) and p.kind in _RANK}
    for near in adjacent_names(name, start, text):
        p = by_name.get(normalise(near))
        if p is None and resolve_name is not None:
            p = resolve_name(near)
        if isinstance(p, Place) and p.kind in _RANK:
            return approx_place(name, p)
    if not focus_worthy(name):
        return None
    article = focus(known, votes)
    return approx_place(name, article) if article is not None else None


_POLITIES = {"republic", "union", "federation", "kingdom", "empire", "states", "emirates", "caliphate",
             "confederation", "commonwealth"}


def focus_worthy(name: str) -> bool:
    """Whether a name may take the article's focus with no place beside it: a street, venue, building or
    locality ("Zhibek Zholy Avenue", "Princes Theatre"), not a polity's fragment ("People's Republic", left
    over from "People's Republic of China"), whose point is the whole state's, not the focus town's."""
    words = name.split()
    return bool(words) and words[-1].lower() not in _POLITIES
