"""The event extractor: who did what to whom, when, where, and according to whom (PLOVER types, CAMEO codes).

What: `extract_events(article, doc, linked)` walks spaCy's dependency tree sentence by sentence: a verb or
event noun from our trigger lexicon (data/events/triggers.yaml) fires an event; its source is the subject
(or the "by" agent of a passive, a possessor or "of" phrase of a nominal event), its target the object or a
"to/with/against/on" phrase; coordinated heads give several actor ids; complement verbs reshape the event
("agreed to", "refused to", "threatened to", "urged X to", "plans to"); actors, places and dates come from the
linker's mentions and the dates module. Every event carries the rule that fired and a confidence.
Why: analysts need structured, explainable events; a lexicon over the existing parse is fast, needs no extra
model, and says why each code was given, and firing only on known triggers keeps "unknown" over "wrong".
"""
from __future__ import annotations

import bisect

from ..errors import GGError
from ..records import Article, Event
from .events_rules import (OBJ, TARGET_PREPS, PASS_SUBJ, SUBJ, Lexicon, Trigger, heads_with_conjuncts, is_noun, is_verb,
                           lemma_of, np_tokens, phrase_span, prep_objects, trigger_for)
from .events_record import to_event
from .modality import find_dates

HOSTILE = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}
PRONOUNS = {"he", "she", "him", "her", "it", "they", "them", "we", "i", "you", "who", "which", "that"}
AGREE_CODES = {"meet": "036", "assist": "031", "yield": "035", "change": "034"}
REQUEST_CODES = {"meet": "108", "assist": "103", "yield": "106", "change": "104"}
REJECT_CODES = {"meet": "125", "assist": "121", "yield": "124", "change": "123"}


class _Ctx:
    """Per-article state: the text, mentions by token, dates and the lexicon."""

    def __init__(self, article: Article, doc, linked):
        self.article, self.doc, self.linked = article, doc, linked
        self.text = article.text
        self.lex = Lexicon.load()
        self.by_token: dict[int, list] = {}
        spans = sorted(linked.mentions, key=lambda m: m.start)
        starts = [t.idx for t in doc]
        for m in spans:   # tokens overlapping each mention, found by bisection over token offsets
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            while i < len(doc) and doc[i].idx < m.end:
                if doc[i].idx + len(doc[i].text) > m.start:
                    self.by_token.setdefault(i, []).append(m)
                i += 1
        try:
            self.dates = list(find_dates(self.text, article.published, doc))
        except GGError:
            self.dates = []
        self.persons = [m for m in spans if m.actor_id and m.label == "PERSON"]
        self.bodies = [m for m in spans if m.actor_id and m.label in {"GPE", "ORG"}]

    def lemma(self, tok) -> str:
        return lemma_of(tok, self.lex)

    def actors_in(self, tokens) -> tuple[list[str], list]:
        """Actor ids (first mention first) of the mentions over `tokens`; places stand for their country."""
        ids, mentions = [], []
        for tok in tokens:
            for m in self.by_token.get(tok.i, ()):
                if m in mentions:
                    continue
                aid = m.actor_id
                if aid is None and m.place_id and m.place_id in self.linked.places:
                    aid = self.linked.places[m.place_id].country
                if aid and aid not in ids:
                    ids.append(aid)
                    mentions.append(m)
        return ids, mentions

    def argument(self, head) -> dict | None:
        """An argument from the head of a noun phrase: its span, text and actor ids (None if not an actor)."""
        if head is None:
            return None
        if head.text.lower() in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head
        heads = heads_with_conjuncts(head)
        toks = [t for h in heads for t in np_tokens(h)]
        ids, _ = self.actors_in(toks)
        s, e = phrase_span(heads)
        if e - s > 120:
            s, e = head.idx, head.idx + len(head.text)
        arg = {"start": s, "end": e, "text": self.text[s:e], "ids": ids, "how": head.dep_, "pronoun": False}
        if not ids and head.text.lower() in {"he", "she", "him", "her"}:
            prev = [m for m in self.persons if m.end <= head.idx]
            if prev:
                arg.update(ids=[prev[-1].actor_id], pronoun=True)
        elif not ids and head.text.lower() == "it" and head.dep_ in SUBJ:   # "It opened a base": the last state
            prev = [m for m in self.bodies if head.idx - 400 <= m.end <= head.idx]
            if prev:
                arg.update(ids=[prev[-1].actor_id], pronoun=True)
        if not ids and not arg["pronoun"]:
            if head.text.lower() in PRONOUNS or not (is_noun(head) or head.pos_ == "PRON"):
                if head.text.lower() not in {"they", "we"}:
                    return None
            elif self.lemma(head) not in self.lex.generic and head.ent_type_ not in {"PERSON", "ORG", "NORP",
                                                                                        "GPE"}:
                arg["generic_unknown"] = True
        return arg


def extract_events(article: Article, doc, linked) -> list[Event]:
    """Events reported in the article; offsets into article.text; ids stable: f"{article.id}-e{n}"."""
    if doc is None or not article.text:
        return []
    try:
        ctx = _Ctx(article, doc, linked)
    except (OSError, ValueError) as exc:
        raise GGError("GG101", f"event lexicon: {exc}") from exc
    events: list[Event] = []
    for sent in doc.sents:
        consumed: set[int] = set()
        for tok in sent:
            if tok.i in consumed:
                continue
            for ev in _events_at(ctx, tok, sent, consumed):
                events.append(to_event(ctx, ev, sent, len(events)))
    return events


# ---- finding events ----------------------------------------------------------------------------------
def _events_at(ctx: _Ctx, tok, sent, consumed: set[int]) -> list[dict]:
    lex = ctx.lex
    lem = ctx.lemma(tok)
    if lem in lex.intent_adjectives and tok.dep_ in {"acomp", "amod", "xcomp"}:
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and is_verb(c)), None)
        if comp is not None:
            return [_complement_event(ctx, tok, comp, "intent", consumed)]
    if is_verb(tok):
        kind = lex.complement.get(lem)
        comp = _complement(tok)
        if kind and comp is not None and kind not in {"future", "pass"}:
            return [_complement_event(ctx, tok, comp, kind, consumed)]
        if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.text.lower() in {"must", "should"} for c in tok.children) \
                and ctx.lemma(tok.head) in lex.say | {"conclude", "insist", "demand"}:
            return [_complement_event(ctx, tok.head, tok, "request", consumed)]   # "said X must return"
        trig = trigger_for(tok, lex)
        if trig is None and (lem in lex.light or lem in lex.say):
            for obj in _objects(tok):
                ntrig = trigger_for(obj, lex)
                if ntrig is not None:
                    consumed.add(obj.i)
                    ev = _verb_event(ctx, tok, ntrig, anchor=obj)
                    ev["rule"] = f"noun:{ntrig.key}+light:{lem}" + ev["rule"]
                    return [ev]
            return []
        if lem in lex.say or lem in {"be", "have"}:
            return []
        if trig is None:
            return []
        for obj in _objects(tok):
            if trig.obj and ctx.lemma(obj) == trig.obj or trigger_for(obj, lex):
                consumed.add(obj.i)
        ev = _verb_event(ctx, tok, trig)
        ev["rule"] = f"verb:{trig.key}" + (f"+obj:{trig.obj}" if trig.obj else "") + ev["rule"]
        return [ev]
    trig = trigger_for(tok, lex)
    if trig is None:
        return []
    ev = _noun_event(ctx, tok, trig, consumed)
    return [ev] if ev else []


def _complement(tok):
    for c in tok.children:
        if c.dep_ == "xcomp" and is_verb(c):
            return c
    for c in tok.children:
        if c.dep_ == "ccomp" and is_verb(c) and any(m.text.lower() == "that" for m in c.children if m.dep_ == "mark") \
                or c.dep_ == "ccomp" and any(a.text.lower() in {"must", "should"} for a in c.children):
            return c
    return None


def _objects(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in OBJ or c.dep_ == "nsubjpass":
            out.append(c)
            out.extend(c.conjuncts)
    return out


def _subject(ctx: _Ctx, v, depth: int = 0):
    """The source head of verb v (climbing xcomp/conj/relcl chains), and whether v is passive."""
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in v.children)
    for c in v.children:
        if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ:
            return c, passive
    if depth > 4 or v.head.i == v.i:
        return None, passive
    if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ != "VBN"):
        return v.head, passive
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return v.head, True
    if v.dep_ in {"xcomp", "conj", "advcl", "acomp", "dobj", "pcomp"} and (is_verb(v.head) or v.dep_ == "xcomp"):
        if v.dep_ == "xcomp" and ctx.lemma(v.head) in {"urge", "ask", "call", "order", "press", "encourage"}:
            objs = _objects(v.head)
            if objs:
                return objs[0], passive
        head, _ = _subject(ctx, v.head, depth + 1)
        return head, passive
    return None, passive


def _agent(v):
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


def _targets(ctx: _Ctx, toks, skip: set[int], etype: str = "") -> tuple[dict | None, str]:
    """The first object or prepositional argument with a linked actor; else a generic object."""
    fallback = None
    preps = TARGET_PREPS + (("in",) if etype in {"AID", "COOPERATE"} else ())
    for v in toks:
        cands = [("dobj", o) for o in _objects(v) if o.dep_ != "nsubjpass"]
        cands += [(f"prep:{p}" if p else "dative", o) for p, o in prep_objects(v, preps)]
        for how, o in cands:
            if o.i in skip:
                continue
            arg = ctx.argument(o)
            if arg and arg["ids"]:
                return arg, how
            if arg and fallback is None and not arg.get("generic_unknown") and how in {"dobj", "prep:with",
                                                                                      "prep:against", "prep:to"}:
                fallback = (arg, how)
    return fallback if fallback else (None, "")


def _place(ctx: _Ctx, toks):
    for v in toks:
        for c in v.children:
            if c.dep_ == "prep" and c.text.lower() in PLACE_PREPS:
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    for t in np_tokens(o):
                        for m in ctx.by_token.get(t.i, ()):
                            if m.place_id:
                                return m
    return None


def _verb_event(ctx: _Ctx, v, trig: Trigger, anchor=None, governors=(), skip=()) -> dict:
    subj, passive = _subject(ctx, v)
    rule = ""
    src = tgt = None
    if passive:
        agent = _agent(v)
        src = ctx.argument(agent) if agent is not None else None
        tgt = ctx.argument(subj) if subj is not None else None
        rule += "+agent" if src else ""
        rule += "+nsubjpass" if tgt else ""
    else:
        src = ctx.argument(subj) if subj is not None else None
        rule += f"+{subj.dep_}" if src else ""
    toks = [v] + ([anchor] if anchor is not None else []) + list(governors)
    skip_ids = set(skip) | ({anchor.i} if anchor is not None else set())
    if trig.obj:
        skip_ids |= {o.i for o in _objects(v) if ctx.lemma(o) == trig.obj}
    if tgt is None:
        tgt, how = _targets(ctx, toks, skip_ids | ({subj.i} if subj is not None else set()), trig.type)
        rule += f"+{how}" if tgt else ""
    if src and tgt and src["start"] == tgt["start"]:
        tgt = None
    node = anchor if anchor is not None else v
    return {"trig": trig, "node": node, "verb": v, "governors": list(governors), "src": src, "tgt": tgt,
            "place": _place(ctx, toks), "rule": rule}


def _noun_event(ctx: _Ctx, n, trig: Trigger, consumed: set[int]) -> dict | None:
    src = tgt = None
    rule = f"noun:{trig.key}"
    for c in n.children:
        if c.dep_ == "poss" and src is None:
            src, rule = ctx.argument(c), rule + "+poss"
            if c.text.lower() in {"its", "their", "his", "her"} and n.dep_ in OBJ and is_verb(n.head):
                subj, _ = _subject(ctx, n.head)   # "the ILO reiterated its demand": the verb's subject
                src = ctx.argument(subj) if subj is not None else src
        elif c.dep_ in {"amod", "compound"} and src is None:
            ids, ms = ctx.actors_in([c])
            if ids and ms and not all(m.place_id for m in ms):
                src = {"start": ms[0].start, "end": ms[-1].end, "text": ctx.text[ms[0].start:ms[-1].end],
                       "ids": ids, "how": c.dep_, "pronoun": False}
                rule += f"+{c.dep_}"
    if n.dep_ == "pobj" and n.head.text.lower() == "under" and is_verb(n.head.head) and trig.of == "target":
        subj, _ = _subject(ctx, n.head.head)   # "Massimov is under arrest"
        if subj is not None and ctx.argument(subj):
            tgt, rule = ctx.argument(subj), rule + "+under.nsubj"
    agent = _agent(n)
    if agent is not None and src is None:
        src, rule = ctx.argument(agent), rule + "+by"
    for p, o in prep_objects(n, ("of", "to", "with", "against", "on", "in", "toward", "towards", "into")):
        if p == "of":
            arg = ctx.argument(o)
            if trig.of == "source" and src is None:
                src, rule = arg, rule + "+of"
            elif tgt is None and trig.of != "source":
                tgt, rule = arg, rule + "+of"
        elif tgt is None:
            arg = ctx.argument(o)
            if arg and arg["ids"] and (p != "in" or trig.type in {"AID", "COOPERATE"}):
                tgt, rule = arg, rule + f"+prep:{p}"
    clause = next((c for c in n.children if c.dep_ in {"acl", "ccomp"} and is_verb(c)), None)
    if trig.type == "REQUEST" and clause is not None:   # "its demand that Israel ease restrictions"
        consumed.add(clause.i)
        s = next((c for c in clause.children if c.dep_ in SUBJ), None)
        if s is not None and ctx.argument(s):
            tgt, rule = ctx.argument(s), rule + "+clause.nsubj"
        words = [ctx.lemma(clause)] + [ctx.lemma(o) for o in _objects(clause)]
        mode = next((ctx.lex.complement_modes[w] for w in words if w in ctx.lex.complement_modes), None)
        trig = Trigger(trig.type, REQUEST_CODES.get(mode, trig.cameo), mode, trig.domain, trig.conf + 0.2, None,
                       trig.key, "noun")
    if src and src.get("generic_unknown"):
        src = None
    if tgt and tgt.get("generic_unknown"):
        tgt = None
    if not (src and src["ids"]) and not (tgt and tgt["ids"]):
        return None
    v = n.head if is_verb(n.head) else n
    return {"trig": trig, "node": n, "verb": v, "governors": [], "src": src, "tgt": tgt,
            "place": _place(ctx, [n]), "rule": rule, "nominal": True}


def _complement_event(ctx: _Ctx, gov, comp, kind: str, consumed: set[int]) -> dict:
    """"agreed to X", "refused to X", "threatened to X", "urged Y to X", "demanded that Y X"."""
    lex = ctx.lex
    chain = [comp]
    inner = comp
    while True:  # "agreed to begin to withdraw": skip pass-through verbs
        nxt = _complement(inner)
        if nxt is None or lex.complement.get(ctx.lemma(inner)) not in {"pass", "future"}:
            break
        inner = nxt
        chain.append(inner)
    for t in chain:
        consumed.add(t.i)
        consumed.update(o.i for o in _objects(t))
    inner_trig = trigger_for(inner, lex)
    words = [ctx.lemma(t) for t in chain] + [ctx.lemma(o) for t in chain for o in _objects(t)]
    cmode = next((lex.complement_modes[w] for w in words if w in lex.complement_modes), None)
    lem = ctx.lemma(gov)
    if kind == "intent":
        if inner_trig and inner_trig.type in HOSTILE | {"THREATEN"}:
            tmode = next((lex.threat_modes[w] for w in words if w in lex.threat_modes), None)
            trig = Trigger("THREATEN", "138" if tmode == "violence" else "130", tmode, inner_trig.domain, 0.6,
                           None, lem, "verb")
        else:
            trig = Trigger("AGREE", AGREE_CODES.get(cmode, "030"), None,
                           inner_trig.domain if inner_trig else None, 0.7, None, lem, "verb")
    elif kind == "request":
        base = (lex.verbs.get(lem) or {}).get("cameo") or "100"
        code = REQUEST_CODES.get(cmode) if base.startswith("10") else "02" + {"meet": "6", "assist": "1",
                                                                              "yield": "5", "change": "4"}.get(cmode, "0")
        trig = Trigger("REQUEST", code or base, cmode, None, 0.7, None, lem, "verb")
    elif kind == "reject":
        trig = Trigger("REJECT", REJECT_CODES.get(cmode, "120"), cmode, None, 0.7 if lem != "fail" else 0.4,
                       None, lem, "verb")
    else:  # threaten / warn
        tmode = next((lex.threat_modes[w] for w in words if w in lex.threat_modes), None)
        code = {"violence": "138", "relations": "134", "restrict": "131", "arrest": "137"}.get(tmode, "130")
        trig = Trigger("THREATEN", code, tmode, inner_trig.domain if inner_trig else None,
                       0.7 if lem == "threaten" else 0.45, None, lem, "verb")
    skip = set()
    ev = _verb_event(ctx, gov, trig, governors=chain, skip=skip)
    if comp.dep_ == "ccomp":   # "demanded that Israel ease …": the subject of the complement is the target
        s = next((c for c in comp.children if c.dep_ in SUBJ), None)
        arg = ctx.argument(s) if s is not None else None
        if arg:
            ev["tgt"] = arg
            ev["rule"] += "+ccomp.nsubj"
    ev["rule"] = f"verb:{lem}+{comp.dep_}:{ctx.lemma(inner)}" + ev["rule"]
    ev["complement"] = True
    return ev
