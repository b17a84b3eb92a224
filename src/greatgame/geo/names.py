"""Name forms: news abbreviations, qualifiers and the variant keys a toponym may be looked up by.

What: US state abbreviations ("Calif.", "TX") and other region abbreviations ("NSW"),
`qualifier` ("Texas" in "Paris, Texas" -> USA and the Texas row), `text_qualifiers`
(words after "name," or in "name (...)" in the article), `admin2_evidence` ("X County"),
`keys_for` (St/Saint, of/of the, X City, demonym endings) and `is_abbrev`.
Why: these are pure string rules; keeping them apart from the scoring in `resolve.py`
keeps both short and lets each be tested on its own.
"""
from __future__ import annotations

import re

from greatgame.geo.gazetteer import Gazetteer, normalise

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
# All-capitals abbreviations that name different places in different countries (ISO3, name).
SHARED_ABBREV = {"WA": (("AUS", "Western Australia"),), "NT": (("AUS", "Northern Territory"),),
                 "SA": (("ZAF", "South Africa"), ("AUS", "South Australia"), ("SAU", "Saudi Arabia"))}
_QUAL_ABBREV = {normalise(k): v for k, v in {**US_ABBREV, **US_POSTAL}.items()}

ADMIN2_WORDS = ("county", "parish", "borough", "district", "raion", "rayon")
REGION_WORDS = ("region", "province", "oblast", "oblysy", "state", "governorate", "prefecture")
CAPS_SPAN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|and|de|del|la|le|du|al|el)?[ \t]*[A-Z][\w'’.-]*)*")
_SWAPS = (("st ", "saint "), ("saint ", "st "), ("mt ", "mount "), ("mount ", "mt "),
          ("ft ", "fort "), ("fort ", "ft "))
# Words an administrative unit's name may end with that the gazetteer's names lack.
_ADMIN_TAIL = re.compile(r" (?:agency|region|province|governorate|prefecture|division|territory|"
                         r"municipality|oblast|state)$")
_DEMONYM_ENDS = ("ians", "ites", "ers", "ans", "ns", "ian", "an", "s", "n", "i")



def qualifier(gaz: Gazetteer, qual: str) -> tuple[str | None, int | None]:
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


def text_qualifiers(name: str, text: str) -> list[str]:
    """Words right after "name," or inside "name (...)" in the text; not the middle of a list
    ("Washington, New York and Boston" does not put Washington in New York)."""
    if not text or not name:
        return []
    out = []
    for m in _after(text, name, _QUAL_TAIL):   # as re.finditer(re.escape(name) + _QUAL_TAIL.pattern, text)
        qual = m.group(1).split(". ")[0]
        if _LIST_GOES_ON.match(text, m.start(1) + len(qual)):
            continue
        out.append(qual)
    return out[:5]


_QUAL_TAIL = re.compile(r"(?:,\s*|\s+\()([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")


def _after(text: str, name: str, tail: re.Pattern, first: bool = False):
    """The matches of `tail` right after each occurrence of `name`, found as `re.finditer` (or, with `first`,
    `re.search`) would find `re.escape(name) + tail.pattern`: the literal is found with str.find, so no
    pattern is compiled per name."""
    i = 0
    while True:
        p = text.find(name, i)
        if p < 0:
            return
        m = tail.match(text, p + len(name))
        if m is not None:
            yield m
            if first:
                return
            i = max(m.end(), p + 1)
        else:
            i = p + 1


_LIST_GOES_ON = re.compile(r"\s+and\s+[A-Z]|\s*&")


def admin2_evidence(name: str, text: str) -> bool:
    """The text says "<name> County" or lists "<name>, X and Y counties"."""
    if not text:
        return False
    return next(_after(text, name, _ADMIN2_TAIL, first=True), None) is not None


_ADMIN2_TAIL = re.compile(r"(?:\s+(?i:" + "|".join(ADMIN2_WORDS) + r")\b|(?:(?:,\s*|,?\s+and\s+|\s*&\s*)"
                          r"[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)+,?\s+(?i:counties|parishes|districts|boroughs"
                          r"|raions|rayons)\b)")


def is_same_word_variant(key: str, variant: str) -> bool:
    """True for spelling swaps (St/Saint, of/of the, X City), False for stripped word endings."""
    if key.endswith(" city") or key.startswith("city of ") or len(variant) > len(key):
        return True
    stem = variant[:-1] if variant.endswith("a") else variant
    return not key.startswith(stem)


def keys_for(name: str) -> list[str]:
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
    if key.startswith("county ") and len(key) > 10:
        out += [key[7:] + " county", key[7:]]  # "County Mayo" -> "Mayo County", "Mayo"
    elif key.endswith(" county") and len(key) > 10:
        out.append("county " + key[:-7])  # "Donegal County" -> "County Donegal"
    if key.endswith(" city"):
        out.append(key[:-5])
    m = _ADMIN_TAIL.search(key)
    if m and m.start() >= 4:
        out.append(key[:m.start()])  # "South Waziristan Agency" -> South Waziristan, "Helmand Province" -> Helmand
    if key.startswith("city of "):
        out.append(key[8:])
    for end in (e for e in _DEMONYM_ENDS if key.endswith(e) and len(key) - len(e) >= 4):
        out += [key[: -len(end)], key[: -len(end)] + "a"]
        if end in ("ians", "ian"):
            out.append(key[: -len(end)] + "io")  # "Ontarians" -> Ontario
    if len(key) >= 5 and " " not in key and key[-1] not in "aeiouy":
        out.append(key + "ia")  # "Abkhaz" -> Abkhazia
        out.append(key + "stan")  # "Tatar" -> Tatarstan, "Karakalpak" -> Karakalpakstan
    return [k for k in dict.fromkeys(out) if k]


def is_abbrev(name: str, countries=None, text: str = "") -> str | None:
    """The region a news-style abbreviation names: "Calif.", "W.Va.", "NJ", "NSW"; one that several
    countries use ("WA", "SA") is the one the article spells out in `text`, else the one of the country
    it names most (`countries`: ISO3 counts)."""
    if name.endswith("."):
        bare = name[:-1].replace(". ", ".")
        return US_ABBREV.get(bare) or REGION_ABBREV.get(bare.replace(".", ""))
    bare = name.replace(".", "")
    if name.isupper() and 2 <= len(bare) <= 3:
        options = list(SHARED_ABBREV.get(bare, ()))
        spelt = [o[1] for o in options if text and isinstance(text, str) and o[1] in text]
        if spelt:
            return spelt[0]
        if options and countries:
            options += [("USA", US_POSTAL[bare])] if bare in US_POSTAL else []
            best = max(options, key=lambda o: countries.get(o[0], 0))
            if countries.get(best[0], 0) > 0:
                return best[1]
        return US_POSTAL.get(bare) or REGION_ABBREV.get(bare)
    return None
