"""The actor knowledge base: packaged YAML records of states, people, organisations and groups.

What: loads `greatgame/data/actors/*.yaml` (and users' YAML directories) into frozen KBActor records
with dated roles, and answers the lookups a linker needs: by id, by alias (normalised for case,
diacritics, punctuation and a leading "the"), by title held at a date, and state-for-text
(demonyms such as "Chinese", metonyms such as "Beijing" or "the Kremlin").
Why: every mention of an actor across spellings, transliterations, metonyms and titles must end at
one record; keeping the facts in reviewable data files, not code, lets analysts correct and extend
them without touching the linker.
"""
from __future__ import annotations

import datetime as _dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from anyascii import anyascii

from greatgame.errors import GGError

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
KINDS = frozenset({"state", "person", "organization", "group", "other"})
SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "IGO", "NGO", "BUS", "MED", "EDU",
                     "CVL", "REL", "ETH", "SPY", "ELI", "LAB", "REF", "HLH", "AGR"})
LIST_FIELDS = ("aliases", "demonyms", "metonyms")
# Error code for an unreadable or malformed knowledge-base file or record (the pipeline's "cannot read file").
BAD_KB_CODE = "GG101"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Query titles mapped to the canonical titles stored in roles.
TITLE_SYNONYMS = {
    "premier": "prime minister", "chancellor": "prime minister", "head of government": "prime minister",
    "chairman of the cabinet of ministers": "prime minister", "pm": "prime minister",
    "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister", "foreign affairs minister": "foreign minister",
    "defense minister": "defence minister", "secretary of defense": "defence minister",
    "defence secretary": "defence minister", "defense secretary": "defence minister",
    "minister of defence": "defence minister", "minister of defense": "defence minister",
    "foreign ministry spokesperson": "mfa spokesperson", "foreign ministry spokesman": "mfa spokesperson",
    "mfa spokesman": "mfa spokesperson", "state department spokesperson": "mfa spokesperson",
    "king": "monarch", "queen": "monarch", "president of the republic": "president",
    "secretary-general": "secretary general", "head": "chairman",
}

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DROP_RE = re.compile(r"[.'\u2019`\u02bb\u02bc]")      # removed outright: U.S. -> us, Xi'an -> xian
_SPACE_RE = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """The strict lookup key: ASCII, lower case, punctuation dropped, no leading 'the', no trailing 's."""
    s = anyascii(text).lower().strip()
    s = re.sub(r"['\u2019]s$", "", s)
    s = _DROP_RE.sub("", s)
    s = _SPACE_RE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


_LOOSE_RULES = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("gh", "g"), ("w", "v"),
                ("ye", "e"), ("yo", "o"), ("ya", "a"), ("yu", "u"), ("y", "i"), ("ii", "i"))


def loose(text: str) -> str:
    """A coarser key that folds common transliteration variants (Toqayev/Tokaev, Zhaparov/Japarov)."""
    s = normalize(text).replace(" ", "")
    for a, b in _LOOSE_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def _bounds(date: str) -> tuple[int, int] | None:
    """Ordinal day range [first, last + 1) covered by an ISO prefix date, or None when malformed."""
    m = _DATE_RE.match(date.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            lo = _dt.date(y, int(mo), int(d))
            return lo.toordinal(), lo.toordinal() + 1
        if mo:
            lo = _dt.date(y, int(mo), 1)
            hi = _dt.date(y + (int(mo) == 12), int(mo) % 12 + 1, 1)
            return lo.toordinal(), hi.toordinal()
        return _dt.date(y, 1, 1).toordinal(), _dt.date(y + 1, 1, 1).toordinal()
    except ValueError:
        return None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}s?")          # acronyms match exactly or not at all


@dataclass(frozen=True, slots=True)
class Role:
    """A title held by an actor over a period; dates are ISO prefixes, `end` None while in office."""

    title: str
    of: str
    start: str | None
    end: str | None

    def span(self) -> tuple[float, float]:
        lo = _bounds(self.start)[0] if self.start else float("-inf")
        if self.end is None:
            return lo, float("inf")
        b = _bounds(self.end)
        # A full-day end is the handover day (exclusive); a month or year end covers that whole period.
        hi = b[0] if len(self.end) == 10 else b[1]
        return lo, max(hi, lo + 1)

    def valid_at(self, date: str | None) -> bool:
        """True when the role overlaps the day, month or year `date`; None means any time."""
        if date is None:
            return True
        q = _bounds(str(date))
        if q is None:
            return False
        lo, hi = self.span()
        return lo < q[1] and q[0] < hi


@dataclass(frozen=True, slots=True)
class KBActor:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    wikidata: str | None
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    parent: str | None = None
    source: str | None = None
    iso2: str | None = None


def _date_str(value, where: str) -> str | None:
    if value is None:
        return None
    s = value.isoformat() if isinstance(value, _dt.date) else str(value).strip()
    if _bounds(s) is None:
        raise ValueError(f"{where}: bad date {value!r}")
    return s


def _strs(value, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ValueError(f"field {field} must be a list of strings")
    return [str(v) for v in value]


def _roles(value) -> list[Role]:
    out = []
    for i, r in enumerate(value or []):
        if isinstance(r, list) and len(r) in (2, 3, 4):     # compact form [title, of, from, to]
            r = dict(zip(("title", "of", "from", "to"), r))
        if not isinstance(r, dict) or not r.get("title") or not r.get("of"):
            raise ValueError(f"role {i}: needs title and of")
        role = Role(str(r["title"]).strip().lower(), str(r["of"]), _date_str(r.get("from"), f"role {i} from"),
                    _date_str(r.get("to"), f"role {i} to"))
        if role.start and role.end and _bounds(role.start)[0] > _bounds(role.end)[1] - 1:
            raise ValueError(f"role {i}: from {role.start} is after to {role.end}")
        out.append(role)
    return out


def make_actor(rec: dict) -> KBActor:
    """A KBActor from one YAML mapping; ValueError naming the field when it is malformed."""
    if not isinstance(rec, dict):
        raise ValueError("record is not a mapping")
    for f in ("id", "name", "kind"):
        if not rec.get(f) or not isinstance(rec[f], str):
            raise ValueError(f"missing or non-text field {f}")
    if rec["kind"] not in KINDS:
        raise ValueError(f"unknown kind {rec['kind']!r}")
    sector = rec.get("sector")
    if sector is not None and sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}")
    wd = rec.get("wikidata")
    if wd is not None and not re.fullmatch(r"Q\d+", str(wd)):
        raise ValueError(f"bad wikidata id {wd!r}")
    return KBActor(
        id=rec["id"], name=rec["name"], kind=rec["kind"], country=rec.get("country"), sector=sector,
        aliases=tuple(_strs(rec.get("aliases"), "aliases")), roles=tuple(_roles(rec.get("roles"))),
        wikidata=wd, demonyms=tuple(_strs(rec.get("demonyms"), "demonyms")),
        metonyms=tuple(_strs(rec.get("metonyms"), "metonyms")), parent=rec.get("parent"),
        source=rec.get("source"), iso2=rec.get("iso2"))


def _merge(base: dict, over: dict) -> dict:
    """A user record over a packaged one: scalars replace, lists extend, drop_aliases removes."""
    if over.get("replace"):
        return {k: v for k, v in over.items() if k != "replace"}
    out = dict(base)
    for k, v in over.items():
        if k in LIST_FIELDS or k == "roles":
            out[k] = list(base.get(k) or []) + [x for x in (v or []) if x not in (base.get(k) or [])]
        elif k != "drop_aliases":
            out[k] = v
    drop = {normalize(a) for a in _strs(over.get("drop_aliases"), "drop_aliases")}
    if drop:
        for k in LIST_FIELDS:
            out[k] = [a for a in out.get(k) or [] if normalize(a) not in drop]
    return out


def _read(path: Path) -> tuple[list, list[str]]:
    """(records, ambiguous aliases) of one YAML file; GGError when it cannot be read or parsed."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as e:
        raise GGError(BAD_KB_CODE, f"cannot read actor file: {e.__class__.__name__}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise GGError(BAD_KB_CODE, f"bad YAML{f' at line {mark.line + 1}' if mark else ''}") from None
    if data is None:
        return [], []
    if isinstance(data, list):
        return data, []
    if not isinstance(data, dict):
        raise GGError(BAD_KB_CODE, "actor file must hold a list or a mapping with 'actors'")
    recs, amb = data.get("actors") or [], data.get("ambiguous") or []
    if not isinstance(recs, list) or not isinstance(amb, list):
        raise GGError(BAD_KB_CODE, "'actors' and 'ambiguous' must be lists")
    return recs, [str(a) for a in amb]


@lru_cache(maxsize=1)
def _packaged() -> tuple[tuple[dict, ...], tuple[str, ...]]:
    recs, amb = [], []
    for path in sorted(DATA_DIR.glob("*.yaml")):
        r, a = _read(path)
        recs.extend(r)
        amb.extend(a)
    return tuple(recs), tuple(amb)


class KnowledgeBase:
    """All actors, indexed by id, alias, title and state-denoting text."""

    __slots__ = ("_actors", "_alias", "_loose", "_loose_acro", "_state", "_roles", "ambiguous", "errors")

    def __init__(self, actors: Iterable[KBActor], ambiguous: Iterable[str] = (), errors: Iterable[str] = ()):
        self._actors: dict[str, KBActor] = {a.id: a for a in actors}
        self.ambiguous = frozenset(normalize(a) for a in ambiguous)
        self.errors: tuple[str, ...] = tuple(errors)
        self._alias: dict[str, list[str]] = {}
        self._loose: dict[str, list[str]] = {}
        self._loose_acro: dict[str, list[str]] = {}
        self._state: dict[str, list[str]] = {}
        self._roles: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        for a in self._actors.values():
            for form in (a.name, *a.aliases):
                self._add(self._alias, normalize(form), a.id)
                # an acronym's loose spelling is another all-caps word only ("GGC" for "GCC"; "Yep" is not "EP")
                self._add(self._loose_acro if _ACRONYM.fullmatch(form) else self._loose, loose(form), a.id)
            if a.kind == "state" or a.demonyms or a.metonyms:
                forms = (a.name, *a.aliases, *a.demonyms, *a.metonyms) if a.kind == "state" \
                    else (*a.demonyms, *a.metonyms)
                for form in forms:
                    self._add(self._state, normalize(form), a.id)
            for r in a.roles:
                self._roles.setdefault((r.title, r.of), []).append((r, a.id))

    @staticmethod
    def _add(index: dict, key: str, actor_id: str) -> None:
        if key:
            ids = index.setdefault(key, [])
            if actor_id not in ids:
                ids.append(actor_id)

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = ()) -> KnowledgeBase:
        """Packaged actors plus every *.yaml/*.yml in `extra_dirs` (later ids override or extend earlier)."""
        recs, amb = _packaged()
        merged: dict[str, dict] = {}
        errors: list[str] = []
        for rec in recs:
            merged[rec["id"]] = rec
        ambiguous = list(amb)
        for d in extra_dirs:
            d = Path(d)
            files = sorted([*d.glob("*.yaml"), *d.glob("*.yml")]) if d.is_dir() else [d]
            for path in files:
                try:
                    urecs, uamb = _read(path)
                except GGError as e:
                    errors.append(e.line(str(path)))
                    continue
                ambiguous.extend(uamb)
                for i, rec in enumerate(urecs):
                    rid = rec.get("id") if isinstance(rec, dict) else None
                    try:
                        new = _merge(merged[rid], rec) if rid in merged else rec
                        make_actor(new)                     # validate before accepting
                    except (ValueError, TypeError) as e:
                        errors.append(GGError(BAD_KB_CODE, f"actor record {i} ({rid}): {e}").line(str(path)))
                        continue
                    merged[rid] = new
        actors = []
        for rid, rec in merged.items():
            try:
                actors.append(make_actor(rec))
            except (ValueError, TypeError) as e:        # only packaged data can reach here
                errors.append(GGError(BAD_KB_CODE, f"actor {rid}: {e}").line(str(DATA_DIR)))
        for line in errors:
            log.warning(line)
        return cls(actors, ambiguous, errors)

    def get(self, actor_id: str) -> KBActor | None:
        return self._actors.get(actor_id) if isinstance(actor_id, str) else None

    def __iter__(self) -> Iterator[KBActor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def by_alias(self, text: str) -> list[KBActor]:
        """Actors whose name or alias matches `text`; falls back to transliteration-folded matching."""
        if not isinstance(text, str) or not text.strip():
            return []
        ids = self._alias.get(normalize(text)) or self._loose.get(loose(text)) \
            or (self._loose_acro.get(loose(text)) if text.isupper() else None) or []
        return [self._actors[i] for i in ids]

    def state_for(self, text: str) -> KBActor | None:
        """The state (or union such as the EU) that a name, demonym or metonym denotes; None if none or several."""
        if not isinstance(text, str) or not text.strip():
            return None
        ids = self._state.get(normalize(text))
        if not ids:
            key = loose(text)
            loose_ids = self._loose.get(key, []) + (self._loose_acro.get(key, []) if text.isupper() else [])
            ids = [i for i in loose_ids if self._actors[i].kind == "state"]
        return self._actors[ids[0]] if ids and len(ids) == 1 else None

    def canonical_title(self, title: str) -> str:
        t = " ".join(str(title).lower().replace("-", " ").split())
        return TITLE_SYNONYMS.get(t, t)

    def holders(self, title: str, of: str, date: str | None) -> list[KBActor]:
        """Actors holding `title` of `of` (an id, or a state's name/demonym) at `date`, earliest start first."""
        if not isinstance(title, str) or not isinstance(of, str):
            return []
        t = self.canonical_title(title)
        target = of if of in self._actors else (getattr(self.state_for(of), "id", None) or of)
        found: dict[str, tuple[float, KBActor]] = {}
        for role, aid in self._roles.get((t, target), []):
            if role.valid_at(date):
                lo = role.span()[0]
                if aid not in found or lo < found[aid][0]:
                    found[aid] = (lo, self._actors[aid])
        return [a for _, a in sorted(found.values(), key=lambda x: x[0])]

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(text, actor id, field) for every name, alias, demonym and metonym: a gazetteer for a linker."""
        for a in self._actors.values():
            yield a.name, a.id, "name"
            for f in ("aliases", "demonyms", "metonyms"):
                for s in getattr(a, f):
                    yield s, a.id, f
