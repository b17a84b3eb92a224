"""The user's CAMEO/PETRARCH dictionaries at work: verb codes, verb patterns, agent nouns and discards.

What: `DictIndex.build(dictset, base_verbs)` indexes dictionaries read by cameo_dict by verb (lemma, listed
form or irregular form); `overlay(data, idx, lex)` puts each dictionary verb that has a code of its own into
the trigger lexicon's data (replacing our reading of that verb) and agent nouns among the generic actors.
`DictIndex.trigger(tok, lex)` gives the Trigger a verb token fires under the dictionaries: the most specific
pattern that matches the sentence (`* WORDS` after the verb, in its own phrase; `WORDS *` before it; `_`
for touching words; `&SET` for any phrase of a synonym set; `^` passes over a noun phrase), else the verb's
own code (never for verbs of saying and light verbs, which our quote and noun rules handle). A pattern's
`$`/`+` markers become roles (the verb's subject, the noun phrase after the marker's word) that events.py
applies; a paired code (`[032:033]`) asks for the reverse event too (`reverse_event`); `kept_sentences`
drops what the discard list rules out. The PLOVER type comes from the code's CAMEO root through our table;
a code outside CAMEO's roots 01-20 keeps the type of the family's code, else of our own reading of the verb,
else the verb is not coded (a PLOVER type is never guessed); the code itself is kept as the user wrote it.
Why: a dictionary analysts already maintain codes events their way without a line of code; reading the
patterns against the parse keeps the extractor's argument rules (coordination, passives, possessors).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from .cameo_dict import DictSet, Family, Pattern, Verb, synset_phrases
from .events_rules import OBJ, PASS_SUBJ, SUBJ, Trigger, is_noun, is_verb, lemma_of

log = logging.getLogger(__name__)
PATTERN_CONF = 0.8
VERB_CONF = 0.7


@dataclass
class _Compiled:
    pattern: Pattern            # the family's pattern joined with the verb's own glued words
    family: Family
    verb: Verb


def _type(lex, codes, lemma: str, base: dict, true_lemma: str | None = None) -> str | None:
    """PLOVER type of the first code with a CAMEO root, else our own reading of the verb."""
    for c in codes:
        if c and len(c) >= 2 and c[:2].isdigit() and "01" <= c[:2] <= "20":
            t = lex.plover_of(c)
            if t:
                return t
    own = (base.get(lemma) or base.get(true_lemma or lemma) or {}).get("type")
    return own or None


def _join(verb: Verb, pat: Pattern | None, code, pair) -> Pattern:
    pre = [("word", w, i > 0) for i, w in enumerate(verb.pre)]
    post = [("word", w, True) for w in verb.post]
    if pat is None:
        return Pattern(pre, post, code, pair, 0, " ".join(verb.pre + ["*"] + verb.post), bool(verb.pre))
    glued = pat.verb_glued if not verb.pre else True
    return Pattern(pat.pre + pre, post + pat.post, pat.code, pat.pair, pat.line, pat.text, glued)


class DictIndex:
    """Dictionary verbs by lemma and form, their patterns, synonym sets, agents and discard phrases."""

    def __init__(self):
        self.defaults: dict[str, tuple[str | None, str | None, Family]] = {}
        self.patterns: dict[str, list[_Compiled]] = {}
        self.forms: dict[str, str] = {}
        self.synsets: dict[str, list[list[str]]] = {}
        self.agents: dict[str, str] = {}
        self.discard_sentence: list[str] = []
        self.discard_story: list[str] = []
        self.errors: list[str] = []
        self.base: dict = {}

    @classmethod
    def build(cls, ds: DictSet, base_verbs: dict) -> "DictIndex":
        idx = cls()
        idx.base, idx.agents, idx.errors = base_verbs, dict(ds.agents), list(ds.errors)
        norm = lambda p: " ".join(re.sub(r"[^\w'-]+", " ", p.lower()).split())  # noqa: E731
        idx.discard_sentence = [x for x in map(norm, ds.discard_sentence) if x]
        idx.discard_story = [x for x in map(norm, ds.discard_story) if x]
        for vd in ds.verbs:
            for name in vd.synsets:
                idx.synsets[name] = synset_phrases(vd, name)
            for fam in vd.families:
                for verb in fam.verbs:
                    code = verb.code or fam.code
                    pair = verb.pair if verb.code else fam.pair
                    for f in verb.forms:
                        idx.forms[f] = verb.lemma
                    comp = [_Compiled(_join(verb, p, None, None), fam, verb) for p in fam.patterns]
                    if verb.pre or verb.post:      # "break down", "wire tap": only with their words
                        comp.append(_Compiled(_join(verb, None, code, pair), fam, verb))
                    elif code or pair:
                        idx.defaults[verb.lemma] = (code, pair, fam)
                    idx.patterns.setdefault(verb.lemma, []).extend(comp)
        for lem, comps in idx.patterns.items():
            comps.sort(key=lambda c: (-c.pattern.literals, -(len(c.verb.pre) + len(c.verb.post)), c.pattern.line))
        for e in idx.errors[:5]:              # each with its reason; the rest of the file is used
            log.warning("event dictionary: %s", e)
        if len(idx.errors) > 5:
            log.warning("event dictionary: %d more unreadable lines", len(idx.errors) - 5)
        return idx

    # ---- triggers ---------------------------------------------------------------------------------
    def lemma(self, tok, lex) -> str:
        """The dictionary's key for a verb token: its own form when the dictionary lists that form
        ("LEFT", "SHOT", "RISEN" are entries of their own in TABARI-era files), a listed irregular form,
        else the lemma."""
        low = tok.text.lower()
        if low in self.patterns or low in self.defaults:
            return low
        return self.forms.get(low) or lemma_of(tok, lex)

    def trigger(self, tok, lex, patterns_only: bool = False):
        """The Trigger of a verb token under the dictionaries; False when a pattern coded `[---]` rules the
        event out; None when the dictionaries say nothing (then our own lexicon decides)."""
        if not is_verb(tok):
            return None
        lem = self.lemma(tok, lex)
        for comp in self.patterns.get(lem, ()):
            roles = self.match(comp.pattern, tok, lex)
            if roles is None:
                continue
            fam = comp.family
            code = comp.pattern.code
            pair = comp.pattern.pair
            if code is None and pair is None:
                return False                   # a pattern coded [---]: the dictionary says no event
            code, pair = (code, pair) if code else (pair, None)   # "[:173]": only the second code, as given
            t = _type(lex, [code or pair, comp.verb.code, fam.code], lem, self.base, lemma_of(tok, lex))
            if t is None:
                return None
            return Trigger(t, code or "", None, None, PATTERN_CONF, None, lem, "verb", None, tuple(roles),
                           self._pair(lex, pair, code, lem, fam))
        true = lemma_of(tok, lex)            # "said" may be an entry; it is still a verb of saying
        if patterns_only or lem not in self.defaults or {lem, true} & (lex.say | lex.light | {"be", "have"}):
            return None
        code, pair, fam = self.defaults[lem]
        code, pair = (code, pair) if code else (pair, None)
        t = _type(lex, [code or pair, fam.code], lem, self.base, true)
        if t is None:
            return None
        return Trigger(t, code or "", None, None, VERB_CONF, None, lem, "verb", None, (),
                       self._pair(lex, pair, code, lem, fam))

    def _pair(self, lex, pair, code, lem, fam):
        if not pair or not code:
            return None
        t = _type(lex, [pair, fam.code], lem, self.base)
        return (pair, t) if t else None

    # ---- pattern matching -------------------------------------------------------------------------
    def _same(self, tok, word: str, lex) -> bool:
        low = tok.text.lower()
        if word in {low, lemma_of(tok, lex)}:
            return True
        if word in {"not", "n't"} and low in {"not", "n't"}:
            return True
        stems = {word[:-1], word[:-2], word[:-3] + "y"} if len(word) > 4 else set()
        return bool(stems & {low, lemma_of(tok, lex)})

    def _phrases(self, kind: str, value: str) -> list[list[str]]:
        return [[value]] if kind == "word" else [p for p in self.synsets.get(value, ()) if p]

    def _at(self, doc, start: int, words, lex, lo: int, hi: int) -> bool:
        return lo <= start and start + len(words) <= hi and all(
            self._same(doc[start + k], w, lex) for k, w in enumerate(words))

    def _words(self, sent, lex) -> set[str]:
        """Every form and lemma of the sentence (cached for the last sentence): a pattern with a word the
        sentence lacks is not tried."""
        key = (sent.doc, sent.start, sent.end)         # the doc itself: an id() may be reused
        old = getattr(self, "_words_key", None)
        if old is None or old[0] is not key[0] or old[1:] != key[1:]:
            words = {w for t in sent for w in (t.text.lower(), lemma_of(t, lex))}
            if words & {"not", "n't"}:
                words |= {"not", "n't"}
            self._words_key, self._words_set = key, words
        return self._words_set

    def _possible(self, pat: Pattern, words: set[str]) -> bool:
        for kind, w, _ in pat.pre + pat.post:
            if kind == "word" and w not in words and not (len(w) > 4 and {w[:-1], w[:-2], w[:-3] + "y"} & words):
                return False
        return True

    def match(self, pat: Pattern, tok, lex):
        """Roles [(side, token index or -1 for the subject)] when the pattern matches around `tok`, else None."""
        doc, sent = tok.doc, tok.sent
        if not self._possible(pat, self._words(sent, lex)):
            return None
        roles: list[tuple[str, int]] = []
        cursor, anchor, hi = tok.i + 1, tok.i, max(tok.right_edge.i + 1, tok.i + 1)
        for kind, value, glued in pat.post:
            if kind in {"word", "syn"}:
                hit = None
                for start in ([cursor] if glued else range(cursor, hi)):
                    ph = next((p for p in self._phrases(kind, value) if self._at(doc, start, p, lex, cursor, hi)), None)
                    if ph is not None:
                        hit = (start, start + len(ph))
                        break
                if hit is None:
                    return None
                anchor, cursor = hit[0] + (hit[1] - hit[0] - 1), hit[1]
            elif kind in {"source", "target", "skip"}:
                head = self._after(doc, anchor, tok, hi)
                if head is None:
                    return None
                if kind == "skip":            # "^": a noun phrase passed over ("warned at ^ +")
                    anchor = head
                else:
                    roles.append((kind, head))
        cursor, glued = tok.i, pat.verb_glued     # scanning leftwards: items end before `cursor`
        for kind, value, g in reversed(pat.pre):
            if kind in {"word", "syn"}:
                hit = None
                ends = [cursor] if glued else range(cursor, sent.start, -1)
                for end in ends:
                    ph = next((p for p in self._phrases(kind, value)
                               if self._at(doc, end - len(p), p, lex, sent.start, cursor)), None)
                    if ph is not None:
                        hit = end - len(ph)
                        break
                if hit is None:
                    return None
                cursor = hit
            elif kind in {"source", "target"}:
                roles.append((kind, -1))
            elif kind == "both" and not any(c.dep_ in SUBJ | PASS_SUBJ and c.conjuncts for c in tok.children):
                return None                   # "%": the subject must be a coordination
            glued = g
        return roles

    def _after(self, doc, anchor: int, verb, hi: int):
        """The noun phrase a marker after word `anchor` (or after the verb itself) stands for."""
        a = doc[anchor]
        kids = [c for c in a.children if c.i > anchor and (c.dep_ in {"pobj", "pcomp", "attr", "dative"} | OBJ
                                                             or (a.i == verb.i and c.dep_ == "nsubjpass"))]
        if kids:
            return kids[0].i
        for t in doc[anchor + 1:max(hi, anchor + 1)]:
            if is_noun(t):
                while t.dep_ in {"compound", "amod", "nmod"} and t.head.i > t.i:
                    t = t.head
                return t.i
        return None

    # ---- discards ---------------------------------------------------------------------------------
    def discards(self, text: str, story: bool = False) -> bool:
        """Does the text hold a discard phrase (words compared without case or punctuation)?"""
        low = " " + " ".join(re.sub(r"[^\w'-]+", " ", text.lower()).split()) + " "
        return any(f" {p} " in low for p in (self.discard_story if story else self.discard_sentence))


def kept_sentences(idx: DictIndex | None, text: str, doc) -> list:
    """The sentences of the doc less those the user's discard list rules out (none when a story-level
    phrase is in the text: sports results, weather); all of them without dictionaries."""
    if idx is None:
        return list(doc.sents)
    if idx.discards(text, story=True):
        return []
    return [s for s in doc.sents if not idx.discards(s.text)]


def overlay(data: dict, idx: DictIndex, lex) -> dict:
    """The trigger lexicon's data with the dictionary verbs' own codes and the agent nouns added."""
    verbs = dict(data.get("verbs") or {})
    for lem, (code, pair, fam) in idx.defaults.items():
        t = _type(lex, [code or pair, fam.code], lem, verbs)
        if t and code:
            verbs[lem] = {"type": t, "cameo": code, "conf": VERB_CONF}
    generic = list(data.get("generic_actors") or ())
    have = set(generic)
    for phrase in idx.agents:
        head = phrase.split()[-1]
        if head not in have and head.isalpha():
            generic.append(head)
            have.add(head)
    return {**data, "verbs": verbs, "generic_actors": generic}


def reverse_event(ev: dict) -> dict | None:
    """The paired act of an event coded with `[032:033]`: target and source swapped, the second code."""
    trig = ev["trig"]
    if not trig.pair or not ev.get("src") or not ev.get("tgt") or not ev["src"]["ids"] or not ev["tgt"]["ids"]:
        return None
    code, etype = trig.pair
    return {**ev, "src": ev["tgt"], "tgt": ev["src"], "trig": replace(trig, type=etype, cameo=code, pair=None),
            "rule": ev["rule"] + "+pair"}


def apply_roles(ctx, ev: dict, subject_of) -> dict:
    """Give the event the source and target a matched pattern's `$` and `+` markers point at."""
    for side, i in ev["trig"].roles:
        head = subject_of(ctx, ev["verb"])[0] if i < 0 else ctx.doc[i]
        arg = ctx.argument(head) if head is not None else None
        if not arg or not arg["ids"]:
            continue
        key, other = ("src", "tgt") if side == "source" else ("tgt", "src")
        if ev[other] and ev[other]["start"] == arg["start"]:
            ev[other] = None
        ev[key] = arg
        ev["rule"] += f"+dict.{side}"
    return ev
