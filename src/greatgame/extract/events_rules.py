"""The trigger lexicon and the dependency-tree patterns of the event extractor.

What: `Lexicon` (read once from data/events/triggers.yaml and cameo_plover.csv), `lemma_of(token)`
(spaCy's lemma when the pipeline has one, else suffix rules checked against the lexicon), `trigger_for`
(the lexicon entry a verb or event noun fires, the object deciding between readings), and the tree helpers
that cut an argument's noun phrase (with its coordinated heads) out of the parse.
Why: the extractor is pure tree walking over the parse the linker already paid for; keeping the word lists in
a data file lets an analyst add a trigger without touching code, and every entry says which CAMEO code and
PLOVER type it stands for.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.parts_of_speech import IDS

DATA = Path(__file__).resolve().parents[1] / "data" / "events"
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj"}
TARGET_PREPS = ("to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "for", "from", "over")
NP_DROP = {"relcl", "acl", "cc", "conj", "punct", "advcl", "prep", "appos", "parataxis", "ccomp", "xcomp"}


@dataclass(frozen=True)
class Trigger:
    type: str
    cameo: str
    mode: str | None
    domain: str | None
    conf: float
    of: str | None          # role of an "of" phrase under a nominal trigger
    key: str                # the lexicon key that fired (lemma or phrasal verb)
    pos: str                # verb | noun
    obj: str | None = None  # the object lemma that chose this reading
    roles: tuple = ()       # user dictionary pattern: (("source"|"target", token index or -1 = subject), ...)
    pair: tuple | None = None   # user dictionary paired code: (code, type) of the reverse act


class Lexicon:
    """The trigger entries and word lists; `Lexicon.load()` is cached per process."""

    def __init__(self, data: dict, roots: dict[str, tuple[str, str]]):
        self.verbs: dict = data.get("verbs") or {}
        self.nouns: dict = data.get("nouns") or {}
        self.light = set(data.get("light_verbs") or ())
        comp = data.get("complement") or {}
        self.complement = {w: kind for kind, words in comp.items() for w in words}
        self.say = set(data.get("say_verbs") or ())
        self.generic = set(data.get("generic_actors") or ())
        self.complement_modes = {w: m for m, ws in (data.get("complement_modes") or {}).items() for w in ws}
        self.threat_modes = {w: m for m, ws in (data.get("threat_modes") or {}).items() for w in ws}
        self.irregular: dict = data.get("irregular") or {}
        self.roots = roots
        self.known = set(self.verbs) | set(self.nouns) | self.light | set(self.complement) | self.say \
            | self.generic | set(self.complement_modes) | set(self.threat_modes)
        for entry in list(self.verbs.values()) + list(self.nouns.values()):
            self.known.update((entry or {}).get("objects") or {})
            self.known.update((entry or {}).get("subjects") or {})
        self.intent_adjectives = set(data.get("intent_adjectives") or ())
        self.dict = None        # the user's CAMEO/PETRARCH dictionaries (cameo_match.DictIndex), if configured

    @classmethod
    def load(cls, dicts: tuple[str, ...] | None = None) -> "Lexicon":
        """Our lexicon, with the user's CAMEO/PETRARCH dictionaries over it (`dicts`, else the
        GREATGAME_EVENT_DICTS setting); cached per process and per dictionary list."""
        if dicts is None:
            from ..config import event_dicts
            dicts = tuple(event_dicts())
        return cls._load(tuple(str(d) for d in dicts))

    @classmethod
    @lru_cache(maxsize=4)
    def _load(cls, dicts: tuple[str, ...]) -> "Lexicon":
        with open(DATA / "triggers.yaml", encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        roots = {}
        with open(DATA / "cameo_plover.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                roots[row["cameo_root"]] = (row["plover"], row["quad_class"])
        lex = cls(data, roots)
        if dicts:
            from .cameo_dict import read_paths
            from .cameo_match import DictIndex, overlay
            idx = DictIndex.build(read_paths(dicts), lex.verbs)
            lex = cls(overlay(data, idx, lex), roots)
            lex.dict = idx
        return lex

    def plover_of(self, cameo: str) -> str | None:
        """The PLOVER type of a CAMEO code by our root table (with the manual's split roots)."""
        if cameo[:3] in {"084", "085", "086", "087"} or cameo[:4] == "0874":
            return "RETREAT"
        if cameo[:3] == "116":
            return "SANCTION"
        if cameo[:3] in {"191", "192"}:
            return "COERCE"
        return (self.roots.get(cameo[:2]) or ("",))[0] or None


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ying", "ie"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
             ("es", ""), ("es", "e"), ("s", ""), ("d", ""), ("ment", ""))


def lemma_of(tok, lex: Lexicon | None = None) -> str:
    """The lemma: spaCy's if the pipeline set one, else the first suffix-stripped form the lexicon knows."""
    if tok.lemma:                                 # the lemma's string id; 0 is the empty string
        return tok.lemma_.lower()
    lex = lex or Lexicon.load()
    memo = _STEMS.get(lex)
    if memo is None or len(memo) > 200_000:
        memo = _STEMS[lex] = {}
    orth = tok.orth                               # the word's string id: no string is built for a known word
    found = memo.get(orth)
    if found is None:
        found = memo[orth] = _stem(tok.text.lower(), lex)
    return found


_STEMS: dict = {}        # lexicon -> {word's string id: lemma}; the same few thousand words recur on every page


def _stem(low: str, lex: Lexicon) -> str:
    """lemma_of for a lower-cased word without spaCy's lemma."""
    if low in lex.irregular:
        return lex.irregular[low]
    if low in lex.known:
        return low
    found = []   # every known stem; the longest wins ("refugees" is "refugee", not "refuge")
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)] + repl
            if stem in lex.known:
                found.append(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in lex.known:   # "stopped", "planning"
                found.append(stem[:-1])
    return max(found, key=len) if found else low


_VERB_POS = {IDS["VERB"], IDS["AUX"]}
_NOUN_POS = {IDS["NOUN"], IDS["PROPN"]}
_TAG_IS: dict[tuple[int, str], bool] = {}     # (tag's string id, prefix) -> does the tag start with it


def _tag_starts(tok, prefix: str) -> bool:
    key = (tok.tag, prefix)
    found = _TAG_IS.get(key)
    if found is None:
        found = _TAG_IS[key] = tok.tag_.startswith(prefix)
    return found


def is_verb(tok) -> bool:
    """pos_ VERB or AUX, or a VB* tag (compared by id: no string is built per token)."""
    return tok.pos in _VERB_POS or _tag_starts(tok, "VB")


def is_noun(tok) -> bool:
    return tok.pos in _NOUN_POS or _tag_starts(tok, "NN")


def _entry(raw: dict | None, key: str, pos: str, obj: str | None = None) -> Trigger | None:
    if not raw or not raw.get("type"):
        return None
    return Trigger(raw["type"], str(raw.get("cameo") or ""), raw.get("mode"), raw.get("domain"),
                   float(raw.get("conf", 0.7)), raw.get("of"), key, pos, obj)


def phrasal_key(tok, lex: Lexicon) -> str | None:
    """"step down", "call for", "open fire": lemma + particle, preposition or fixed object."""
    lem = lemma_of(tok, lex)
    if lem not in _phrasal_heads(lex):
        return None                  # no entry starts with "<lemma> ": no child can complete one
    for child in tok.children:
        if child.dep_ in {"prt", "prep", "dobj", "advmod"}:
            if child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"}
                                            for c in child.children):
                continue             # "called Tokayev on Monday": a time, not "call on"
            key = f"{lem} {child.text.lower()}"
            if key in lex.verbs:
                return key
    return None


_HEADS: dict = {}       # lexicon -> every prefix of a phrasal entry that ends before a space


def _phrasal_heads(lex: Lexicon) -> set[str]:
    heads = _HEADS.get(lex)
    if heads is None:
        heads = _HEADS[lex] = {k[:i] for k in lex.verbs for i, c in enumerate(k) if c == " "}
    return heads


def objects_of(tok) -> list:
    """Direct objects of a verb with their conjuncts ("imposed curfews and bans")."""
    out = []
    for child in tok.children:
        if child.dep_ in OBJ or (child.dep_ == "nsubjpass"):
            out.append(child)
            out.extend(c for c in child.conjuncts)
    return out


def trigger_for(tok, lex: Lexicon) -> Trigger | None:
    """The trigger a token fires, if any: phrasal verbs first, then the object-specific readings."""
    lem = lemma_of(tok, lex)
    if is_verb(tok):
        if lex.dict is not None:   # the user's dictionaries first: a matching pattern, else the verb's own code
            hit = lex.dict.trigger(tok, lex)
            if hit is not None:
                return hit or None             # False: a pattern coded [---] rules the event out
        key = phrasal_key(tok, lex)      # a phrasal verb's objects decide too ("shut down the internet")
        lem = key or lem
        raw = lex.verbs.get(lem)
        if raw is None:
            return None
        readings = raw.get("objects") or {}
        for subj in (c for c in tok.children if c.dep_ in SUBJ):
            for head in [subj] + list(subj.conjuncts):   # "President Hussein arrived": the title decides
                for w in object_words(head, lex):
                    reading = (raw.get("subjects") or {}).get(w)
                    if reading:
                        return _entry({**{k: v for k, v in raw.items() if k not in {"objects", "subjects"}},
                                       **reading}, lem, "verb", w)
        for obj in objects_of(tok):
            for o in object_words(obj, lex):
                if o in readings:
                    if readings[o] is None:
                        return None
                    return _entry({**{k: v for k, v in raw.items() if k != "objects"}, **readings[o]}, lem, "verb",
                                  o)
        return _entry(raw, lem, "verb")
    if is_noun(tok):
        raw = lex.nouns.get(lem)     # looked up first: most nouns are no trigger, and ent_type_ builds a string
        if raw is None or tok.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"}:
            return None
        readings = raw.get("objects") or {}
        words = [lemma_of(c, lex) for c in tok.children if c.dep_ in {"compound", "amod"}]
        for c in tok.children:
            if c.dep_ == "prep" and c.text.lower() == "of":
                for o in c.children:
                    words.extend(object_words(o, lex))
        for w in words:
            if w in readings:
                return _entry({**{k: v for k, v in raw.items() if k != "objects"}, **readings[w]}, lem, "noun", w)
        return _entry(raw, lem, "noun")
    return None


def object_words(obj, lex: Lexicon) -> list[str]:
    """The lemmas that can choose a reading: the object head, its compounds and modifiers, and an "of" phrase
    ("peacekeeping troops", "5 million dollars of aid")."""
    words = [lemma_of(obj, lex)]
    for c in obj.children:
        if c.dep_ in {"compound", "amod"}:
            words.append(lemma_of(c, lex))
        elif c.dep_ == "prep" and c.text.lower() == "of":
            words.extend(lemma_of(o, lex) for o in c.children if o.dep_ == "pobj")
    return words


def np_tokens(head) -> list:
    """The tokens of the noun phrase headed by `head`: its modifiers, possessors, compounds and "of" phrases,
    without relative clauses or other prepositions (those carry other arguments)."""
    keep = [head]
    for child in head.children:
        if child.dep_ in NP_DROP and not (child.dep_ == "prep" and child.text.lower() == "of"):
            continue
        keep.extend(child.subtree)
    gone = {t.i for k in keep if _speaker_tail(k) for t in k.subtree}
    if gone:
        keep = [t for t in keep if t.i not in gone]
        while keep and keep[-1].is_punct:
            keep.pop()
    return sorted(keep, key=lambda t: t.i)


def _speaker_tail(tok) -> bool:
    """An "appositive" that is really the subject of the verb right after it ("sanctions on officials,
    a diplomat said"): the parser leaves that verb without a subject."""
    if tok.dep_ != "appos" or tok.right_edge.i + 1 >= len(tok.doc):
        return False
    verb = tok.doc[tok.right_edge.i + 1]
    return verb.pos_ == "VERB" and verb in tok.ancestors and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def heads_with_conjuncts(head) -> list:
    return [head] + [c for c in head.conjuncts if c.i > head.i]


def phrase_span(heads) -> tuple[int, int]:
    """Character span from the first to the last token of the phrases of `heads`."""
    toks = [t for h in heads for t in np_tokens(h)]
    while toks and toks[0].dep_ in {"det", "punct", "cc"}:
        toks = toks[1:]
    if not toks:
        h = heads[0]
        return h.idx, h.idx + len(h.text)
    first, last = min(toks, key=lambda t: t.i), max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def prep_objects(tok, preps=TARGET_PREPS) -> list[tuple[str, object]]:
    """(preposition, object head) pairs under a token: "to Kazakhstan", "with the ambassador"."""
    out = []
    for child in tok.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.text.lower() in preps:
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    out.append((child.text.lower(), obj))
        elif child.dep_ == "dative" and is_noun(child):
            out.append(("", child))
    return out


def agent_of(v):
    """The "by" agent of a passive verb or a nominal event ("arrested by police", "an attack by X")."""
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None
