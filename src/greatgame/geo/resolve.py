"""Toponym resolution: one place name (plus its article) -> one Place, or None.

What: `resolve(name, context)` scores every gazetteer candidate of the name
by population, match quality (primary name, alternate name, loose
transliteration), a lead for the best-known namesake (London, England over
London, Ohio, unless a qualifier or nearby places say otherwise), kind (counties need "County" in the name or text, a city
beats the region of the same name), an adjacent qualifier ("Paris, Texas",
"Ivanovo, Russia", "Aktau (Kazakhstan)"), the countries and regions the
article names, and the distance to places already resolved in the article.
`resolve_all(names, text)` resolves one article's names together: a second
pass sees the other names' places, and each candidate gains by how many of
the other names could be a town within 100 km of it ("Paris" beside
"Henry County" is Paris, Tennessee). Names the gazetteer lacks ("Dubai World
Cup") fall back to a place their words name, when prominent or local;
demonyms try stripped endings and "+ia"/"+stan" ("Dagestani", "Abkhaz", "Tatar").
Why: news names places in ways a lone gazetteer lookup gets wrong ("Paris"
in a Texas story, "Georgia" in a US one); these signals are cheap, offline
and general, and an unknown name gives None rather than a guess.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from greatgame.geo.gazetteer import Gazetteer, Place, normalise

# US state abbreviations in news style and postal codes (used only right after a comma).
US_ABBREV = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
    "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
    "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska",
    "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "L.A": "Los Angeles",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia",
    "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming", "D.C": "District of Columbia",
}
US_POSTAL = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
# Other well-known all-capitals region abbreviations (Canada, Australia).
REGION_ABBREV = {"BC": "British Columbia", "UAE": "United Arab Emirates", "PEI": "Prince Edward Island", "NSW": "New South Wales",
                 "QLD": "Queensland", "ACT": "Australian Capital Territory", "TAS": "Tasmania"}
_QUAL_ABBREV = {normalise(k): v for k, v in {**US_ABBREV, **US_POSTAL}.items()}

_ADMIN2_WORDS = ("county", "parish", "borough", "district", "raion", "rayon")
_REGION_WORDS = ("region", "province", "oblast", "oblysy", "state", "governorate", "prefecture")
_CAPS_SPAN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|and|de|del|la|le|du|al|el)?[ \t]*[A-Z][\w'’.-]*)*")
_SWAPS = (("st ", "saint "), ("saint ", "st "), ("mt ", "mount "), ("mount ", "mt "),
          ("ft ", "fort "), ("fort ", "ft "))
_DEMONYM_ENDS = ("ians", "ites", "ers", "ans", "ns", "ian", "an", "s", "n", "i")


@dataclass
class ResolveContext:
    """What the article tells about where it is: country counts (ISO3), places resolved so far, text."""

    countries: Counter = field(default_factory=Counter)
    nearby: list[Place] = field(default_factory=list)
    text: str = ""

    @classmethod
    def from_text(cls, text: str) -> "ResolveContext":
        """A context whose country counts come from the names in the text."""
        ctx = cls(text=text if isinstance(text, str) else "")
        ctx.countries = Counter(_scan(ctx)[0])
        ctx._from_text = True
        return ctx


def haversine_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dphi, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


_SCAN_CACHE: dict[int, tuple[str, tuple]] = {}


def _scan(ctx: ResolveContext) -> tuple[Counter, set[int], dict[str, Counter]]:
    """Countries (ISO3 counts), admin1 rows, and the country counts each key contributed."""
    text = ctx.text or ""
    hit = _SCAN_CACHE.get(id(ctx))
    if hit and hit[0] is text:
        return hit[1]
    gaz = Gazetteer.load()
    countries: Counter = Counter()
    admin1: set[int] = set()
    by_key: dict[str, Counter] = {}
    for m in _CAPS_SPAN.finditer(text[:200_000]):
        toks = normalise(m.group(0)).split()
        for n in range(min(4, len(toks)), 0, -1):
            for s in range(0, len(toks) - n + 1):
                key = " ".join(toks[s:s + n])
                if len(key) < 4 and key not in ("us", "uk", "uae"):
                    continue
                for i, grade in gaz.lookup(key, loose_ok=False):
                    p = gaz.place(i)
                    if p.kind == "country" or p.kind == "admin1" and grade == 2 and p.country == "USA":
                        countries[p.country] += 1
                        by_key.setdefault(key, Counter())[p.country] += 1
                    if p.kind == "admin1" and grade == 2:
                        admin1.add(i)
    if len(_SCAN_CACHE) > 64:
        _SCAN_CACHE.clear()
    _SCAN_CACHE[id(ctx)] = (text, (countries, admin1, by_key))
    return countries, admin1, by_key


def _qualifier(gaz: Gazetteer, qual: str) -> tuple[str | None, int | None]:
    """(ISO3, admin1 row) named by a qualifier such as "Russia", "Texas", "Tex." or "TX"."""
    q = qual.strip().strip(".").strip()
    key = normalise(q)
    if not key:
        return None, None
    if q.isupper() and len(q) == 2 and q not in US_POSTAL:
        return None, None
    if q.rstrip(".") in US_POSTAL or key in _QUAL_ABBREV and not q.islower():
        key = normalise(_QUAL_ABBREV.get(key, US_POSTAL.get(q, q)))
    best = (None, None, -1.0)
    for i, _grade in gaz.lookup(key, loose_ok=False):
        p = gaz.place(i)
        if p.kind in ("country", "admin1") and p.population > best[2]:
            best = (p.country, i if p.kind == "admin1" else None, p.population)
    return best[0], best[1]


def _text_qualifiers(name: str, text: str) -> list[str]:
    """Words right after "name," or inside "name (...)" in the text."""
    if not text or not name:
        return []
    pat = re.compile(re.escape(name) + r"(?:,\s*|\s+\()([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")
    return [m.group(1) for m in pat.finditer(text)][:5]


def _admin2_evidence(name: str, text: str) -> bool:
    """The text says "<name> County" or lists "<name>, X and Y counties"."""
    if not text:
        return False
    one = "|".join(_ADMIN2_WORDS)
    many = "counties|parishes|districts|boroughs|raions|rayons"
    pat = re.compile(re.escape(name) + r"(?:\s+(?i:" + one + r")\b|(?:(?:,\s*|,?\s+and\s+|\s*&\s*)"
                     r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)+,?\s+(?i:" + many + r")\b)")
    return pat.search(text) is not None


def _is_same_word_variant(key: str, variant: str) -> bool:
    """True for spelling swaps (St/Saint, of/of the, X City), False for stripped word endings."""
    if key.endswith(" city") or key.startswith("city of ") or len(variant) > len(key):
        return True
    stem = variant[:-1] if variant.endswith("a") else variant
    return not key.startswith(stem)


def _keys_for(name: str) -> list[str]:
    """The name's key, then fallbacks tried only when it finds nothing."""
    key = normalise(name)
    out = [key]
    for a, b in _SWAPS:
        if key.startswith(a):
            out.append(b + key[len(a):])
    if " of the " in key:
        out.append(key.replace(" of the ", " of "))
    elif " of " in key:
        out.append(key.replace(" of ", " of the "))
    if key.endswith(" city"):
        out.append(key[:-5])
    if key.startswith("city of "):
        out.append(key[8:])
    for end in (e for e in _DEMONYM_ENDS if key.endswith(e) and len(key) - len(e) >= 4):
        out += [key[: -len(end)], key[: -len(end)] + "a"]
    if len(key) >= 5 and " " not in key and key[-1] not in "aeiouy":
        out.append(key + "ia")  # "Abkhaz" -> Abkhazia
        out.append(key + "stan")  # "Tatar" -> Tatarstan, "Karakalpak" -> Karakalpakstan
    return [k for k in dict.fromkeys(out) if k]


# Scoring weights (log10 population is the base score); set by a coordinate search on
# the dev half of the benchmark articles (bench/geoparsing.py), never on held-out ones.
W_PRIMARY, W_ALTERNATE, W_LOOSE = 1.5, 0.0, -1.5
W_COUNTY_SAID, W_COUNTY_UNSAID = 3.0, -1.25
W_REGION_SAID, W_REGION_SHADOWED = 1.5, -2.5
W_QUAL_MATCH, W_QUAL_COUNTRY, W_QUAL_MISS = 6.0, 4.0, -6.0
W_COUNTRY_SEEN, W_COUNTRY_SHARE = 1.0, 3.0
W_ADMIN1_SEEN = 1.5
W_NEAR, NEAR_KM = 4.0, 300.0
REGION_BASE = 13.0
W_COUNTRY_KIND = 3.0
DEMONYM_MIN_POP = 50_000
W_NEAR_COUNTRY = 4.0
W_SUPPORT, SUPPORT_KM, SUPPORT_TOP = 4.0, 100.0, 25
EMBEDDED_MIN_POP = 15_000
# A same-name city this big (vs the region's people, and absolutely) means the bare name is the city.
SHADOW_SHARE, SHADOW_MIN, W_PROMINENT, PROMINENT_CAP = 0.05, 100_000, 1.0, 3.0


def _is_abbrev(name: str) -> str | None:
    """The region a news-style abbreviation names: "Calif.", "W.Va.", "NJ", "NSW"."""
    if name.endswith("."):
        bare = name[:-1].replace(". ", ".")
        return US_ABBREV.get(bare) or REGION_ABBREV.get(bare.replace(".", ""))
    bare = name.replace(".", "")
    if name.isupper() and 2 <= len(bare) <= 3:
        return US_POSTAL.get(bare) or REGION_ABBREV.get(bare)
    return None


def resolve(name: str, context: ResolveContext | None = None) -> Place | None:
    """The place this name most likely denotes in this context; None when unknown."""
    if not isinstance(name, str) or not any(c.isalpha() for c in name):
        return None
    name = name.strip()[:200]
    if context is not None and not isinstance(context, ResolveContext):
        context = None
    ctx = context or ResolveContext()
    if not isinstance(ctx.text, str):
        ctx.text = ""
    gaz = Gazetteer.load()
    name = _is_abbrev(name) or name
    quals = []
    if "," in name:
        head, _, tail = name.partition(",")
        name, quals = head.strip(), [tail.strip()]
    quals += _text_qualifiers(name, ctx.text)
    q_country, q_admin1 = None, None
    for q in quals:
        q_country, q_admin1 = _qualifier(gaz, q)
        if q_country:
            break
    key = normalise(name)
    hits: list[tuple[int, int]] = []
    variants = _keys_for(name)
    for k in variants:
        hits = gaz.lookup(k, loose_ok=k == key)
        if hits and k != key and not _is_same_word_variant(key, k):
            # a stripped ending ("Minnesotans" -> "minnesota") may only name something prominent
            hits = [(i, g) for i, g in hits
                    if gaz.place(i).kind != "city" or gaz.place(i).population >= DEMONYM_MIN_POP]
        if hits:
            break
    if not hits:
        return _embedded(name, ctx)
    text_countries, text_admin1, by_key = _scan(ctx) if ctx.text else (Counter(), set(), {})
    countries = Counter(ctx.countries or text_countries)
    if getattr(ctx, "_from_text", False) or not ctx.countries:
        countries.subtract(by_key.get(key, Counter()))
    total = sum(v for v in countries.values() if v > 0) or 1
    words = key.split()
    says_admin2 = any(w in words for w in _ADMIN2_WORDS) or _admin2_evidence(name, ctx.text)
    says_region = any(w in words for w in _REGION_WORDS)
    short_caps = name.isupper() and len(key.replace(" ", "")) <= 3
    support = getattr(ctx, "_support", None)
    near = [p for p in (ctx.nearby or []) if isinstance(p, Place) and p.kind in ("city", "admin2", "admin1") and normalise(p.name) != key][-30:]
    places = [(i, grade, gaz.place(i)) for i, grade in hits]
    near_rows = [j for j in (gaz.index_of(n.id) for n in near) if j is not None] \
        if any(p.kind == "admin1" for _, _, p in places) else []
    big_city: dict[str, int] = {}
    for _, grade, p in places:
        if p.kind == "city" and grade > 0:
            big_city[p.country] = max(big_city.get(p.country, 0), p.population)
    # The best-known namesake keeps an edge: its lead in people over the next one, in decades.
    pops = sorted((p.population for _, g, p in places if p.kind in ("city", "admin1") and g > 0), reverse=True)
    top_lead = min(math.log10((pops[0] + 10) / (pops[1] + 10)), PROMINENT_CAP) if len(pops) > 1 else 0.0

    best, best_score = None, -math.inf
    for i, grade, p in places:
        if short_caps and p.kind == "city" and p.population < 100_000:
            continue
        s = REGION_BASE if p.kind == "region" else math.log10(p.population + 10)
        s += (W_LOOSE, W_ALTERNATE, W_PRIMARY)[grade]
        if p.kind == "admin2":
            s += W_COUNTY_SAID if says_admin2 else W_COUNTY_UNSAID
        elif p.kind == "admin1":
            shadowed = big_city.get(p.country, 0) >= max(SHADOW_SHARE * p.population, SHADOW_MIN)
            s += W_REGION_SAID if says_region else (W_REGION_SHADOWED if shadowed else 0.0)
        elif p.kind in ("country", "continent") and grade > 0:
            s += W_COUNTRY_KIND
        parent = gaz.parent_index(i)
        if q_country:
            if p.country != q_country:
                s += W_QUAL_MISS
            elif q_admin1 is not None and (parent == q_admin1 or i == q_admin1):
                s += W_QUAL_MATCH
            elif q_admin1 is None:
                s += W_QUAL_COUNTRY
        if p.kind in ("city", "admin1") and grade > 0 and pops and p.population == pops[0]:
            s += W_PROMINENT * top_lead
        c = countries.get(p.country, 0)
        if c > 0:
            s += W_COUNTRY_SEEN + W_COUNTRY_SHARE * c / total
        if p.kind in ("city", "admin2") and parent in text_admin1:
            s += W_ADMIN1_SEEN
        if near and p.kind in ("city", "admin2", "admin1", "region"):
            d = min(haversine_km(p.lat, p.lon, n.lat, n.lon) for n in near)
            if p.kind == "admin1" and any(gaz.parent_index(j) == i for j in near_rows):
                d = 0.0  # a region holding one of the article's places is as near as can be
            s += W_NEAR * math.exp(-d / NEAR_KM)
        if p.kind == "country" and any(n.country == p.country for n in near):
            s += W_NEAR_COUNTRY
        if support and p.kind in ("city", "admin2"):
            s += W_SUPPORT * _support_share(p, support)
        if s > best_score:
            best, best_score = p, s
    return best


def _support_share(p: Place, support: list[list[Place]]) -> float:
    """Share of the article's other names that have a possible place within SUPPORT_KM of p."""
    got = 0
    for cands in support:
        if any(abs(q.lat - p.lat) < 3 and haversine_km(p.lat, p.lon, q.lat, q.lon) <= SUPPORT_KM for q in cands):
            got += 1
    return got / len(support)


_WATER = {"ocean", "sea", "gulf", "bay", "lake", "river", "strait", "channel", "creek", "sound", "lagoon"}
_GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "upper", "lower", "new", "old", "great", "greater", "city", "county", "state", "university",
            "college", "school", "hospital", "airport", "street", "road", "avenue", "park", "lake", "river",
            "mount", "saint", "port", "fort", "district", "national", "international", "royal", "general",
            "republic", "democratic", "federal", "united", "kingdom", "islamic", "people", "peoples", "union",
            "island", "islands", "bay", "sea", "gulf", "ocean", "valley", "square", "plateau", "creek",
            "township", "twp", "town", "village", "station", "center", "centre", "church", "court", "embassy"}


def _embedded(name: str, ctx: ResolveContext) -> Place | None:
    """For a name the gazetteer lacks ("Dubai World Cup", "Colchester General Hospital"),
    the place a shorter run of its words names, when that place is prominent or near the
    article's other places."""
    words = name.split()
    if len(words) < 2:
        return None
    water = any(w.lower() in _WATER for w in words)  # a sea is not where its namesake is; a creek may be
    gaz = Gazetteer.load()
    support = getattr(ctx, "_support", None)
    near = [p for p in (ctx.nearby or []) if isinstance(p, Place) and p.kind in ("city", "admin2", "admin1")]
    for n in range(len(words) - 1, 0, -1):
        for s in range(0, len(words) - n + 1):
            part = " ".join(words[s:s + n])
            key = normalise(part)
            if len(key) < 4 or not part[:1].isupper() or all(w in _GENERIC for w in key.split()):
                continue
            if not gaz.lookup(key, loose_ok=False):
                continue
            p = resolve(part, ctx)
            if p is None:
                continue
            if not water and (p.kind in ("country", "admin1", "continent", "region")
                              or p.population >= EMBEDDED_MIN_POP):
                return p
            if any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= 100 for q in near):
                return p
    return None


def _local_candidates(name: str) -> list[Place]:
    """The name's most populous towns and counties (what it might mean on a local map)."""
    if not isinstance(name, str):
        return []
    gaz = Gazetteer.load()
    for key in _keys_for(name)[:1]:
        hits = [gaz.place(i) for i, _ in gaz.lookup(key, loose_ok=False)]
        hits = [p for p in hits if p.kind in ("city", "admin2")]
        hits.sort(key=lambda p: -p.population)
        return hits[:SUPPORT_TOP]
    return []


def resolve_all(names: list[str], text: str = "", countries: Counter | None = None) -> list[Place | None]:
    """Resolve every name of one article; a second pass lets each name see all the others' places,
    and every candidate is also weighed by how many other names could be a place near it."""
    if not isinstance(names, (list, tuple)):
        return []
    ctx = ResolveContext.from_text(text if isinstance(text, str) else "")
    if countries:
        ctx.countries, ctx._from_text = Counter(countries), False
    distinct = list(dict.fromkeys(n for n in names if isinstance(n, str)))
    local = {n: _local_candidates(n) for n in distinct}
    first = [resolve(n, ctx) for n in names]
    out = []
    for j, n in enumerate(names):
        ctx.nearby = [p for k, p in enumerate(first) if p is not None and k != j]
        ctx._support = [c for m, c in local.items() if m != n and c]
        out.append(resolve(n, ctx))
    return out
