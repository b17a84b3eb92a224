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
the other names could be a town near it, fully within 50 km and fading out at
150 km ("Paris" beside "Henry County" is Paris, Tennessee; "Richmond" beside
"Madison County" the county seat in Kentucky), a region by how many could be a
town inside it (a caller resolving one mention at a time gets the same by
putting the article's place names in `ResolveContext.names`). "Western" or
"Gulf" is a far country's province only when the article is about that country. A town
50 times smaller than a world city of its name gains from its country being named only
with evidence of its own neighbourhood, and a town whose country and neighbourhood the article
never names, while it places other names or a region elsewhere, is no candidate (its own point,
which another name of it was first read as, is no neighbour); a national capital gains when
its country is named; a fragment of the long name of the one country the article names that bears
it ("the Islamic Republic", "the Republic", "Trinidad" beside "Trinidad and Tobago") is that
country (geo/fragments.py);
a seat of power or landmark (White House, Kremlin) scores as a very big town; a multiword
name a real place bears is never another town's alternate name ("White House" is not
Casablanca); an acronym is never spelt loosely ("FATA" is not Pattaya); "WA" or "SA" follow the
article's country. Names the gazetteer lacks ("Dubai World Cup", "Bank of Japan") fall back to
a place their words name (geo/embedded.py);
demonyms try stripped endings and "+ia"/"+stan" ("Dagestani", "Abkhaz", "Tatar"), which must
meet a place's own name ("Latin" is not "Lati", an alternate name of Lahti).
Why: news names places in ways a lone gazetteer lookup gets wrong ("Paris"
in a Texas story, "Georgia" in a US one); these signals are cheap, offline
and general, and an unknown name gives None rather than a guess.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from greatgame.geo.embedded import POLITY_KINDS, embedded
from greatgame.geo.focus import approximate as approximate_place
from greatgame.geo.fragments import country_fragment
from greatgame.geo.gazetteer import Gazetteer, Place, normalise
from greatgame.geo.names import (ADMIN2_WORDS, CAPS_SPAN, REGION_WORDS, admin2_evidence, is_abbrev,
                                  is_same_word_variant, keys_for, qualifier, text_qualifiers)
from greatgame.geo.support import haversine_km, inside_share, local_candidates, support_share


@dataclass
class ResolveContext:
    """What the article tells about where it is: country counts (ISO3), places resolved so far, text,
    and (optionally) all the place names the article mentions, whose possible towns support each other."""

    countries: Counter = field(default_factory=Counter)
    nearby: list[Place] = field(default_factory=list)
    text: str = ""
    names: list[str] = field(default_factory=list)

    def support_for(self, key: str) -> list[list[Place]] | None:
        """The possible towns of the article's other names (each name's list), for a name's key."""
        if getattr(self, "_support", None) is not None:
            return self._support
        names = [n for n in (self.names or []) if isinstance(n, str)]
        if not names:
            return None
        cached = getattr(self, "_local", None)
        if cached is None or cached[0] != names:
            cached = self._local = (list(names), {n: local_candidates(n) for n in dict.fromkeys(names)})
        return [c for m, c in cached[1].items() if normalise(m) != key and c] or None

    @classmethod
    def from_text(cls, text: str) -> "ResolveContext":
        """A context whose country counts come from the names in the text."""
        ctx = cls(text=text if isinstance(text, str) else "")
        ctx.countries = Counter(_scan(ctx)[0])
        ctx._from_text = True
        return ctx


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
    for m in CAPS_SPAN.finditer(text[:200_000]):
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
# A town DWARF times smaller than a namesake city of WORLD_CITY people gains from its country being
# named only with local evidence: LOCAL_MIN from its region named or places resolved near it, or
# SUPPORT_MIN of names that could be towns near it, not counting names first read as a capital or
# region ("London" in a story of Washington is London, England). Set on the dev half: 50x gained
# a GeoWebNews dev name over 100x; 30x gained one more and lost an LGL dev name.
WORLD_CITY, DWARF, LOCAL_MIN, SUPPORT_MIN = 100_000, 50, 2.0, 0.5
# A national capital gains this when the article names its country ("In Washington, ..." in a
# story of Britain and the US); 1.0 was best on the dev half of the three corpora (tried 1-5).
W_CAPITAL = 1.0
# A town under WORLD_CITY people is no candidate when the article names neither its country nor
# anything near it while STRAY_NEAR of its places lie in other countries (the name then takes an
# approximate place). Dev half: 1, 3 and 5 places all gained 8-10 names; 3 is the middle.
STRAY_NEAR = 3
# A seat of power or landmark (data/geo/landmarks.tsv) scores as a very big town: a small namesake
# ("Heathrow", Florida) beats it only with a qualifier or the article's local evidence.
LANDMARK_BASE = 8.0
W_COUNTRY_KIND = 3.0
DEMONYM_MIN_POP = 50_000
W_NEAR_COUNTRY = 4.0
W_SUPPORT = 5.0  # names that could be towns near a candidate: geo/support.py (SUPPORT_KM, SUPPORT_NEAR_KM)
W_SUPPORT_A1 = 5.0
# A same-name city this big (vs the region's people, and absolutely) means the bare name is the city.
SHADOW_SHARE, SHADOW_MIN, W_PROMINENT, PROMINENT_CAP = 0.05, 100_000, 1.0, 3.0


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
    if name.isupper() and len(name) <= 3:  # "WA": the countries the article names or has places in decide
        votes = Counter(p.country for p in (ctx.nearby or []) if isinstance(p, Place) and p.country)
        votes.update((ctx.countries or _scan(ctx)[0]) if ctx.text or ctx.countries else {})
        name = is_abbrev(name, votes, ctx.text) or name
    name = is_abbrev(name) or name
    quals = []
    if "," in name:
        head, _, tail = name.partition(",")
        name, quals = head.strip(), [tail.strip()]
    quals += text_qualifiers(name, ctx.text)
    q_country, q_admin1 = None, None
    for q in quals:
        q_country, q_admin1 = qualifier(gaz, q)
        if q_country:
            break
    key = normalise(name)
    hits: list[tuple[int, int]] = []
    variants = keys_for(name)
    acronym = name.isupper() and " " not in name  # "FATA" is not Pattaya by a loose spelling
    for k in variants:
        hits = gaz.lookup(k, loose_ok=k == key and not acronym)
        if hits and k != key and not is_same_word_variant(key, k):
            # a stripped ending ("Minnesotans" -> "minnesota") may only name something prominent
            hits = [(i, g) for i, g in hits
                    if gaz.place(i).kind != "city" or gaz.place(i).population >= DEMONYM_MIN_POP and g == 2]
        if hits:
            break
    if not quals and not any(gaz.place(i).kind in POLITY_KINDS for i, _ in hits):  # "the Islamic Republic", "Trinidad"
        scan = _scan(ctx) if ctx.text else (Counter(), set(), {})
        frag = country_fragment(name, ctx.countries or scan[0], scan[2])
        if frag is not None:
            return frag
    if not hits:
        seen = {c for c, v in (ctx.countries or (_scan(ctx)[0] if ctx.text else Counter())).items() if v > 0}
        return embedded(name, ctx, resolve, seen)
    text_countries, text_admin1, by_key = _scan(ctx) if ctx.text else (Counter(), set(), {})
    countries = Counter(ctx.countries or text_countries)
    if getattr(ctx, "_from_text", False) or not ctx.countries:
        countries.subtract(by_key.get(key, Counter()))
    total = sum(v for v in countries.values() if v > 0) or 1
    words = key.split()
    says_admin2 = any(w in words for w in ADMIN2_WORDS) or admin2_evidence(name, ctx.text)
    says_region = any(w in words for w in REGION_WORDS)
    short_caps = name.isupper() and len(key.replace(" ", "")) <= 3
    generic = all(w in _DIRECTIONS for w in words)
    support = ctx.support_for(key)
    near = [p for p in (ctx.nearby or []) if isinstance(p, Place) and p.kind in ("city", "admin2", "admin1") and normalise(p.name) != key][-30:]
    places = [(i, grade, gaz.place(i)) for i, grade in hits]
    if len(words) > 1 and any(g == 2 for _, g, _ in places):
        # a place truly called "White House" exists: another town's alternate name that reads the same
        # is a translation of it (Casablanca), not what an English text means
        places = [(i, g, p) for i, g, p in places
                  if g == 2 or p.kind != "city" or set(words) & set(normalise(p.name).split())]
    near_rows = [j for j in (gaz.index_of(n.id) for n in near) if j is not None] \
        if any(p.kind == "admin1" for _, _, p in places) else []
    big_city: dict[str, int] = {}
    for _, grade, p in places:
        if p.kind == "city" and grade > 0:
            big_city[p.country] = max(big_city.get(p.country, 0), p.population)
    # The best-known namesake keeps an edge: its lead in people over the next one, in decades.
    pops = sorted((p.population for _, g, p in places if p.kind in ("city", "admin1") and g > 0), reverse=True)
    top_lead = min(math.log10((pops[0] + 10) / (pops[1] + 10)), PROMINENT_CAP) if len(pops) > 1 else 0.0
    world = max((p.population if p.kind == "city" else 10 ** LANDMARK_BASE for _, g, p in places
                 if p.kind == "city" and g == 2 or p.kind == "landmark"), default=0)  # a landmark is world-known

    best, best_score = None, -math.inf
    for i, grade, p in places:
        if short_caps and p.kind == "city" and p.population < 100_000:
            continue
        if generic and p.kind in ("admin1", "admin2") and not countries.get(p.country, 0) > 0 \
                and not any(n.country == p.country for n in near):
            continue  # "Western", "West Coast", "Gulf": a far country's province only when the article is there
        s = REGION_BASE if p.kind == "region" else LANDMARK_BASE if p.kind == "landmark" \
            else math.log10(p.population + 10)
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
        local = near_gain = 0.0  # evidence of the place's own neighbourhood: its region named, places near it
        if p.kind in ("city", "admin2") and parent in text_admin1:
            local += W_ADMIN1_SEEN
        if near and p.kind in ("city", "admin2", "admin1", "region", "landmark"):
            d = min(haversine_km(p.lat, p.lon, n.lat, n.lon) for n in near)
            if p.kind == "admin1" and any(gaz.parent_index(j) == i for j in near_rows):
                d = 0.0  # a region holding one of the article's places is as near as can be
            near_gain = W_NEAR * math.exp(-d / NEAR_KM)
            local += near_gain
        # a town dwarfed by a world city of its name needs its own neighbourhood in the article (its
        # region, a place resolved near it, a qualifier), not just its country or names that could be
        # towns near it ("London" in a US story is London, England unless Kentucky is named)
        share = support_share(p, support) if support and p.kind in ("city", "admin2") else 0.0
        dwarfed = p.kind == "city" and world >= WORLD_CITY and p.population * DWARF <= world \
            and local < LOCAL_MIN and not q_country
        if dwarfed and share:  # only names not first read as a prominent place ("Washington") count
            own = getattr(ctx, "_support_local", None)
            share = (support_share(p, own) * len(own) / len(support) if own else 0.0) if own is not None else share
            dwarfed = share < SUPPORT_MIN
        if share:
            local += W_SUPPORT * share
        elif support and p.kind == "admin1" and W_SUPPORT_A1:
            local += W_SUPPORT_A1 * inside_share(gaz, i, support)
        c = countries.get(p.country, 0)
        if p.kind == "city" and p.population < WORLD_CITY and c <= 0 and not q_country \
                and _stray(p, near, local - near_gain - W_SUPPORT * share, support):
            continue  # a stray town: "Glenrock" (Wyoming) in a story of Newcastle, New South Wales
        if c > 0 and not dwarfed:
            s += W_COUNTRY_SEEN + W_COUNTRY_SHARE * c / total + (W_CAPITAL if p.capital else 0.0)
        s += local
        if p.kind == "country" and any(n.country == p.country for n in near):
            s += W_NEAR_COUNTRY
        if s > best_score:
            best, best_score = p, s
    return best


def _stray(p: Place, near: list[Place], local: float, support: list[list[Place]] | None) -> bool:
    """A town with no evidence of its own neighbourhood (`local` from its region, plus places and names
    near it other than itself: the town that "Glenrock Lagoon" first read as is no neighbour of "Glenrock")
    while the article places STRAY_NEAR names, or a region, elsewhere and none in its country."""
    others = [n for n in near if n.id != p.id]
    share = support_share(p, support, skip_self=True) if support else 0.0
    if share >= SUPPORT_MIN:
        return False
    local += W_SUPPORT * share
    if others:
        local += W_NEAR * math.exp(-min(haversine_km(p.lat, p.lon, n.lat, n.lon) for n in others) / NEAR_KM)
    return local < LOCAL_MIN and (len(others) >= STRAY_NEAR or any(n.kind == "admin1" for n in others)) \
        and not any(n.country == p.country for n in others)


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northwest", "northeast", "southwest", "southeast", "coast", "gulf", "delta", "capital", "centre",
               "center", "middle", "upper", "lower", "coastal", "interior", "islands", "lakes", "valley", "highlands"}


def _prominent(p: Place | None) -> bool:
    """A national capital, a region or a country: a name read so is no small town's neighbour."""
    return p is not None and (p.capital or p.kind in ("country", "admin1", "continent", "region"))


def resolve_all(names: list[str], text: str = "", countries: Counter | None = None,
                starts: list[int] | None = None, approximate: bool = False) -> list[Place | None]:
    """Resolve every name of one article; a second pass lets each name see all the others' places,
    and every candidate is also weighed by how many other names could be a place near it.
    With `approximate`, a name still unknown takes an "approximate" place at the known place it
    is tied to (geo/focus.py); `starts` are the names' offsets in the text (found when absent)."""
    if not isinstance(names, (list, tuple)):
        return []
    ctx = ResolveContext.from_text(text if isinstance(text, str) else "")
    if countries:
        ctx.countries, ctx._from_text = Counter(countries), False
    distinct = list(dict.fromkeys(n for n in names if isinstance(n, str)))
    local = {n: local_candidates(n) for n in distinct}
    first = [resolve(n, ctx) for n in names]
    # names first read as a prominent place ("Washington": the capital) are no town's local evidence
    prominent = {n for n, p in zip(names, first) if _prominent(p)}
    out = []
    for j, n in enumerate(names):
        ctx.nearby = [p for k, p in enumerate(first) if p is not None and k != j]
        ctx._support = [c for m, c in local.items() if m != n and c]
        ctx._support_local = [c for m, c in local.items() if m != n and c and m not in prominent]
        out.append(resolve(n, ctx))
    if approximate and ctx.text and any(p is None for p in out):
        out = _approximate_rest(names, out, ctx, starts)
    return out


def _approximate_rest(names: list, out: list, ctx: ResolveContext, starts: list[int] | None) -> list:
    """`out` with each None replaced by the approximate place focus.approximate gives it."""
    text = ctx.text
    if not isinstance(starts, (list, tuple)) or len(starts) != len(names):
        starts, pos = [], 0
        for n in names:
            at = text.find(n, pos) if isinstance(n, str) and n else -1
            at = text.find(n) if at < 0 and isinstance(n, str) and n else at
            starts.append(at)
            pos = at + 1 if at >= 0 else pos
    resolved = [(s, n, p) for s, n, p in zip(starts, names, out) if p is not None and isinstance(s, int)]
    ctx.nearby = [p for p in out if p is not None]
    ctx._support = None
    cache: dict[str, Place | None] = {}

    def by_name(near: str) -> Place | None:
        if near not in cache:
            cache[near] = resolve(near, ctx)
        return cache[near]
    return [p if p is not None or not isinstance(n, str) else approximate_place(n, s, text, resolved, by_name)
            for n, s, p in zip(names, starts, out)]
