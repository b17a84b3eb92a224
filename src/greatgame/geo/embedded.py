"""Names the gazetteer lacks: the place a run of their words names ("Dubai World Cup" -> Dubai).

What: `embedded(name, ctx, resolve, seen)` tries the name's shorter runs of words, longest first and,
among runs of one length, regions and landmarks before towns ("Bank of England": England, not a town
whose alternate name is "Bank"); a town counts only by its own name, never by an alternate name that is
a translation or a common word. It accepts a region, or a town of some size in a country the article
names (`seen`), or one near the article's other places. Three kinds of name get a rule of their own:
- a national institution named by its country ("Bank of Japan", "Russian Foreign Ministry", "the
  Kenyan government": `SEAT_WORDS`) sits at that country's capital (an admin1 region that holds the
  national capital, England for London, counts as the country);
- an embassy or consulate sits in its host country, not the one it names ("the Russian Embassy" in
  Washington), so only a town its name gives ("British Embassy Tokyo") places it; else None;
- a venue named with a country's demonym or a continent ("British International School", "French
  Quarter", "Mall of Asia") is not placed by it (the article's focus places it: geo/focus.py); a
  country's own name places it ("Vatican Gardens").
A town that opens the name ("Belfast Magistrate's Court", "Leeds General Infirmary") places it when
it has EMBEDDED_MIN_POP people, even in an article that names no country of it.
Why: `resolve.py` stays about scoring candidates of one name; a fallback on the words of a longer
name needs its own guards, each of which has cost or gained points on the benchmarks.
"""
from __future__ import annotations

from typing import Callable

from greatgame.geo.gazetteer import Gazetteer, Place, normalise
from greatgame.geo.support import haversine_km

# A town of this many people may stand for a longer name only in a country the article names
# (accepting any town of this size, wherever, made "City Hall" Schwaebisch Hall and "Craven
# Cottage" Craven County: 0.5 points of Accuracy@161 on GeoWebNews).
EMBEDDED_MIN_POP = 15_000
# A city this big places a longer name even in an article that names none of its country ("Tokyo
# Stock Exchange"); 1,000,000 and 250,000 tied on the dev half, 100,000 did worse.
BIG_POP = 1_000_000
# Waters, and a delta or basin, are named after a river or sea, not after the country of that name.
_WATER = {"ocean", "sea", "gulf", "bay", "lake", "river", "strait", "channel", "creek", "sound", "lagoon",
          "delta", "basin"}
_GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "upper", "lower", "new", "old", "great", "greater", "city", "county", "state", "university",
            "college", "school", "hospital", "airport", "street", "road", "avenue", "park", "lake", "river",
            "mount", "saint", "port", "fort", "district", "national", "international", "royal", "general",
            "republic", "democratic", "federal", "united", "kingdom", "islamic", "people", "peoples", "union",
            "island", "islands", "bay", "sea", "gulf", "ocean", "valley", "square", "plateau", "creek",
            "township", "twp", "town", "village", "station", "center", "centre", "church", "court", "embassy"}
POLITY_KINDS = ("country", "admin1", "continent", "region", "landmark")
# Institutions of a state that sit at its seat of government.
SEAT_WORDS = {"ministry", "parliament", "government", "treasury", "cabinet", "senate", "presidency", "duma",
              "chancellery"}
_BANK_MARKS = {"central", "national", "reserve"}
_MISSIONS = {"embassy", "embassies", "consulate", "consulates", "legation"}
# A venue named with a country or continent ("British International School", "French Quarter",
# "Mall of Asia") is where the article is, not in that country; a town in its name may place it.
_VENUES = {"school", "academy", "college", "university", "hotel", "restaurant", "quarter", "club", "hospital",
           "institute", "cafe", "bar", "pub", "theatre", "theater", "museum", "church", "mosque", "cathedral",
           "mall", "market", "bazaar", "stadium", "cinema", "shop", "store", "garden", "gardens"}


def embedded(name: str, ctx, resolve: Callable, seen: set[str]) -> Place | None:
    """The place a run of the words of `name` names, by the rules above; None when none is safe.
    `resolve(part, ctx)` resolves a run in the article's context; `seen` are the countries (ISO3)
    the article names."""
    words = name.split()
    if len(words) < 2:
        return None
    keys = [normalise(w) for w in words]
    mission = any(k in _MISSIONS for k in keys)
    venue = any(k in _VENUES for k in keys)
    seat = not mission and _is_seat(keys)
    water = any(k in _WATER for k in keys)  # a sea is not where its namesake is; a creek may be near it
    gaz = Gazetteer.load()
    near = [p for p in (ctx.nearby or []) if isinstance(p, Place) and p.kind in ("city", "admin2", "admin1")]
    blind = not (ctx.text or seen or near)
    for n in range(len(words) - 1, 0, -1):
        found = []
        for s in range(0, len(words) - n + 1):
            part = " ".join(words[s:s + n])
            key = normalise(part)
            if len(key) < 4 or not part[:1].isupper() or all(w in _GENERIC for w in key.split()):
                continue
            hits = gaz.lookup(key, loose_ok=False)
            if not hits:
                continue
            p = resolve(part, ctx)
            if p is None:
                continue
            if p.kind == "city" and not any(g == 2 and gaz.place(i).id == p.id for i, g in hits):
                continue  # "Bank" is an alternate name of Portsmouth, "White House" of Casablanca
            found.append((p, key, s))
        found.sort(key=lambda pk: pk[0].kind not in POLITY_KINDS)
        for p, key, at in found:
            if mission and p.kind != "city":
                continue  # the Russian Embassy is not in Russia
            if venue and p.kind in ("country", "continent") and not (p.kind == "country" and key == normalise(p.name)):
                continue  # "British School" is where the article is; "Vatican Gardens" are in the Vatican
            if seat and p.kind in ("country", "admin1"):
                capital = capital_in(gaz, p)
                if capital is not None:
                    return capital
            ok_seen = blind or mission or p.country in seen or any(q.country == p.country for q in near)
            if not water and not mission and p.kind in POLITY_KINDS:
                return p
            if not water and (p.population >= EMBEDDED_MIN_POP and (ok_seen or at == 0 and p.kind == "city") or p.population >= BIG_POP):
                return p
            if any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= 100 for q in near):
                return p
    return None


def _is_seat(keys: list[str]) -> bool:
    """A state institution's name: a ministry, parliament or government, or a central bank
    ("Bank of Japan", "Central Bank of Nigeria", "Reserve Bank of India")."""
    if any(k in SEAT_WORDS for k in keys):
        return True
    if "bank" not in keys:
        return False
    at = keys.index("bank")
    return any(k in _BANK_MARKS for k in keys) or at + 1 < len(keys) and keys[at + 1] == "of"


def capital_in(gaz: Gazetteer, p: Place) -> Place | None:
    """The national capital of country `p`, or of the country whose capital lies in admin1 region `p`
    (England: London); None otherwise (Scotland, Texas)."""
    capital = gaz.capital(p.country)
    if capital is None or p.kind == "country":
        return capital
    parent = gaz.parent(capital)
    return capital if parent is not None and parent.id == p.id else None

