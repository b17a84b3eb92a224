"""Users' corrections of the linker, kept in a YAML file and re-applied at every run.

What: `merge` (mentions of one actor belong to another), `split` (mentions of
an actor written a certain way are a different actor), `ignore` (a text that
is never an actor or place: "He", a headline word); `Corrections.apply`
rewrites one article's linked mentions accordingly.
Why: no linker is right everywhere, and an analyst who fixes a link once must
not fix it again after the next ingest; a plain file can be reviewed, shared
and kept under version control.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..errors import GGError
from ..records import Actor
from .kb import normalize
from .rules import trim_span, untitled

HEADER = "# greatgame corrections: re-applied by every ingest and by `greatgame link`\n"


@dataclass
class Corrections:
    path: str | None = None
    merge: dict[str, str] = field(default_factory=dict)           # actor id -> actor id
    split: list[dict] = field(default_factory=list)                # {actor, text, into}
    ignore: set[str] = field(default_factory=set)                  # normalised texts

    @classmethod
    def load(cls, path: str | Path | None) -> "Corrections":
        c = cls(path=str(path) if path else None)
        if not path or not Path(path).exists():
            return c
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
            for m in data.get("merge") or []:
                c.merge[str(m["from"])] = str(m["into"])
            for s in data.get("split") or []:
                c.split.append({"actor": str(s["actor"]), "text": str(s["text"]),
                                "into": str(s.get("into") or _split_id(s["actor"], s["text"]))})
            c.ignore = {normalize(str(t)) for t in data.get("ignore") or []}
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
            raise GGError("GG101", f"corrections file {path} unreadable ({type(exc).__name__}: {exc})") from None
        return c

    def save(self) -> None:
        data = {
            "merge": [{"from": a, "into": b} for a, b in sorted(self.merge.items())],
            "split": self.split,
            "ignore": sorted(self.ignore),
        }
        Path(self.path).write_text(HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")

    def add_merge(self, source: str, target: str) -> None:
        if self.target(target) == source:
            raise GGError("GG301", f"merging {source} into {target} would make a cycle")
        self.merge[source] = target

    def add_split(self, actor: str, text: str, into: str | None = None) -> str:
        new = into or _split_id(actor, text)
        self.split.append({"actor": actor, "text": text, "into": new})
        return new

    def add_ignore(self, text: str) -> None:
        self.ignore.add(normalize(text))

    def target(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.merge and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merge[actor_id]
        return actor_id

    def apply(self, linked, kb=None):
        """The same Linked with ignored mentions dropped, splits and merges applied."""
        mentions, actors = [], dict(linked.actors)
        for m in linked.mentions:
            if self.ignores(m.text):
                continue
            if m.actor_id:
                new_id = self._split(m.actor_id, m.text) or self.target(m.actor_id)
                if new_id != m.actor_id:
                    if new_id not in actors:
                        actors[new_id] = self._actor(new_id, m.text, actors.get(m.actor_id), kb)
                    m = replace(m, actor_id=new_id, method=m.method + "+corrected")
            mentions.append(m)
        used = {m.actor_id for m in mentions if m.actor_id}
        linked.mentions = mentions
        linked.actors = {k: v for k, v in actors.items() if k in used}
        linked.places = {k: v for k, v in linked.places.items() if any(m.place_id == k for m in mentions)}
        return linked

    def ignores(self, text: str) -> bool:
        """True for an ignored text, also when written after a title ("President X" when "X" is ignored)."""
        return bool(_forms(text) & self.ignore)

    def _split(self, actor_id: str, text: str) -> str | None:
        """The split-off actor for this actor written as `text`, with or without the title before the name
        (mentions include titles; a split saved as "Donald Trump" still holds for "President Donald Trump")."""
        forms = _forms(text)
        for s in self.split:
            if s["actor"] == actor_id and normalize(s["text"]) in forms:
                return s["into"]
        return None

    @staticmethod
    def _actor(new_id: str, text: str, old: Actor | None, kb) -> Actor:
        known = kb.get(new_id) if kb is not None else None
        if known is not None:
            return Actor(known.id, known.name, known.kind, known.country, known.sector, tuple(known.aliases),
                         known.wikidata, "kb")
        kind = old.kind if old else "other"
        return Actor(new_id, text, kind, old.country if old else None, old.sector if old else None,
                     origin="corpus")


def _forms(text: str) -> set[str]:
    """The normalised text as written, trimmed of honorifics, and without the title before a name."""
    return {normalize(text), normalize(trim_span(0, len(text), text)[2]), normalize(untitled(text))}


def _split_id(actor: str, text: str) -> str:
    return f"{actor}~" + normalize(text).replace(" ", "-")
