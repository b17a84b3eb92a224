"""The event extractor: who did what to whom, when, where, and according to whom (PLOVER types, CAMEO codes).

What: `extract_events(article, doc, linked)` walks spaCy's dependency tree sentence by sentence: a verb or
event noun from our trigger lexicon (data/events/triggers.yaml) fires an event; its source is the subject
(or the "by" agent of a passive, a possessor or "of" phrase of a nominal event), its target the object or a
"to/with/against/on" phrase; coordinated heads give several actor ids; complement verbs reshape the event
("agreed to", "refused to", "threatened to", "urged X to", "plans to"); actors, places and dates come from the
linker's mentions and the dates module. Every event carries the rule that fired and a confidence.
Arguments (possessors, "the country", statements, places) are read in events_args.py; what is kept (headings,
references, word senses, purposes, actorless events) is decided in events_filters.py; the record in
events_record.py.
Why: analysts need structured, explainable events; a lexicon over the existing parse is fast, needs no extra
model, and says why each code was given, and firing only on known triggers keeps "unknown" over "wrong".
"""
from __future__ import annotations

from ..errors import GGError
from ..records import Article, Event
from .cameo_match import apply_roles, kept_sentences, reverse_event
from .events_args import COMMUNICATION, Ctx as _Ctx, objects as _objects, place, place_country, targets
from .events_complement import REQUEST_CODES, complement_trigger
from .events_dyads import complete_target
from .events_recipient import framed_object, purpose_recipient
from .events_refine import refine, undateline
from .events_filters import CAUSES, actorish, has_actor, no_event_use, sense_ok, skip_line
from .events_ordered import ordered_participle, ordering_verb
from .events_places import phrase_recipient
from .events_record import to_event
from .events_rules import OBJ, PASS_SUBJ, SUBJ, Trigger, agent_of, is_verb, prep_objects, trigger_for

FOUNDING = {"establish", "found", "open", "set"}
DOMESTIC_TYPES = {"PROTEST", "COERCE"}
OUTWARD_TYPES = {"CONSULT", "AID", "MOBILIZE", "COOPERATE", "AGREE", "SUPPORT", "REQUEST"}


def extract_events(article: Article, doc, linked) -> list[Event]:
    """Events reported in the article; offsets into article.text; ids stable: f"{article.id}-e{n}"."""
    if doc is None or not article.text:
        return []
    try:
        ctx = _Ctx(article, doc, linked)
    except (OSError, ValueError) as exc:
        raise GGError("GG101", f"event lexicon: {exc}") from exc
    events: list[Event] = []
    for sent in kept_sentences(ctx.lex.dict, ctx.text, doc):   # less the user's discards (cameo_match.py)
        consumed: set[int] = set()
        for tok in sent:
            if tok.i in consumed or skip_line(ctx.text, tok.idx):
                continue
            for ev in _events_at(ctx, tok, sent, consumed):
                ev = _finish(ctx, ev)
                for e in filter(None, [ev, ev and reverse_event(ev)]):   # "[032:033]": the visit received too
                    events.append(to_event(ctx, e, sent, len(events)))
    return events


def _finish(ctx: _Ctx, ev: dict) -> dict | None:
    """Resolve "the country", take a visit's or deployment's place as its recipient, then keep the event
    only when its trigger is used as an act, its arguments fit the trigger's sense and someone acts."""
    if not ev.get("complement") and no_event_use(ctx, ev["node"]):
        return None
    if ev.get("nominal") and ev["verb"].i != ev["node"].i and no_event_use(ctx, ev["verb"]):
        return None                        # "in order to ensure Kazakhstan's support"
    if ev.get("nominal") and ev["trig"].type in {"COOPERATE", "AID", "SUPPORT"} and not ev["tgt"] \
            and ev["verb"].i == ev["node"].i and ev["trig"].cameo != "074":
        return None                        # "Chinese investment": a topic, not an act with a recipient
    if not sense_ok(ctx, ev):
        return None
    ev = refine(ctx, ev)                   # "They", "X of doing", titled people, quarrels (events_refine)
    ev["src"] = ctx.resolve_country(ev["src"], ev["tgt"])
    ev["tgt"] = ctx.resolve_country(ev["tgt"], ev["src"])
    ev = complete_target(ctx, ev)          # "between X and Y", a coordinated source acting among itself
    ev = purpose_recipient(ctx, ev)        # "a hunger strike to protest Sweden's decision" (events_recipient.py)
    ev = phrase_recipient(ctx, ev)         # "outside the Chinese consulate", "signed deals worth $3bn with X"
    for side in ("src", "tgt"):
        if ev[side] and ev[side].get("country_word") and not ev[side]["ids"]:
            ev[side] = None
    if (not ev["tgt"] or not ev["tgt"]["ids"]) and ev["place"] and has_actor(ev):
        # no named recipient: the country where it happened ("lifted a curfew in Montenegro", "arrived in
        # Amman"), as event data code it; a domestic act may target its own country, a visit may not
        arg = place_country(ctx, ev["place"])
        own = ev["src"] and arg and arg["ids"][0] in ev["src"]["ids"]
        if arg and not (own and ev["trig"].type in OUTWARD_TYPES):
            ev["tgt"], ev["rule"] = _keep_phrase(ev["tgt"], arg), ev["rule"] + "+place"
    if (not ev["tgt"] or not ev["tgt"]["ids"]) and ev["trig"].type in DOMESTIC_TYPES and ev["src"] \
            and ev["src"]["ids"] and has_actor(ev):
        # a protest or a crackdown with no named target is aimed at home ("Egyptian police arrested 12"), as
        # event data code domestic acts; the rule says so, and the confidence drops
        home = ctx.country_of(ev["src"]["ids"][0])
        if home:
            ev["tgt"] = _keep_phrase(ev["tgt"], {"start": ev["src"]["start"], "end": ev["src"]["end"],
                                                 "text": ev["src"]["text"], "ids": [home], "how": "domestic",
                                                 "pronoun": True})
            ev["rule"] += "+domestic"
    src = ev["src"]
    if src and src.get("generic_unknown") and not ev.get("nominal") and ev["rule"].find("+agent") < 0:
        head = ctx.doc[src["head"]] if "head" in src else None
        if head is None or not (trigger_for(head, ctx.lex) or ctx.lemma(head) in CAUSES):
            return None                    # "camps that provided ...": a thing cannot act
        ev["src"] = None                   # "a roadside bombing killed ...": an act, its author unknown
    if src and not src["ids"] and ev["verb"].dep_ == "relcl" and any(
            c.dep_ == "aux" and c.text.lower() in {"would", "could", "might"} for c in ev["verb"].children):
        return None                        # "an ally that would collaborate": a role imagined, nobody named
    if "+founded" in ev["rule"] and not (ev["tgt"] and ev["tgt"]["ids"]):
        return None                        # "CIs are established when ...": no place, no act, a generality
    return ev if has_actor(ev) else None


def _keep_phrase(tgt: dict | None, coded: dict) -> dict:
    """The country coded for an unnamed recipient, keeping the recipient's own words when it has some ("dismissed
    the government ... in Almaty": the government, of Kazakhstan), since a place or the source is no recipient."""
    if tgt and not tgt.get("generic_unknown") and not tgt["ids"]:
        return {**tgt, "ids": coded["ids"], "pronoun": True}
    return coded


# ---- finding events ----------------------------------------------------------------------------------
def _events_at(ctx: _Ctx, tok, sent, consumed: set[int]) -> list[dict]:
    lex = ctx.lex
    lem = ctx.lemma(tok)
    if lem in lex.intent_adjectives and tok.dep_ in {"acomp", "amod", "xcomp"}:
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and is_verb(c)), None)
        if comp is not None:
            ev = _complement_event(ctx, tok, comp, "intent", consumed)
            return [ev] if ev else []
    if is_verb(tok):
        kind = lex.complement.get(lem)
        if kind and lex.dict is not None and lex.dict.trigger(tok, lex, patterns_only=True):
            kind = None                    # a pattern of the user's dictionary codes this verb itself
        comp = _complement(tok)
        if kind and comp is not None and kind not in {"future", "pass"}:
            ev = _complement_event(ctx, tok, comp, kind, consumed)
            return [ev] if ev else []
        if kind == "pass" and comp is not None and comp.dep_ == "xcomp":
            return []                      # "helped boost", "continued to send": the complement is the act
        if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.text.lower() in {"must", "should"} for c in tok.children) \
                and ctx.lemma(tok.head) in lex.say | {"conclude", "insist", "demand"} \
                and all(actorish(ctx, c) for c in tok.children if c.dep_ in SUBJ):   # not "every programme must"
            return [_complement_event(ctx, tok.head, tok, "request", consumed)]   # "said X must return"
        if ordered_participle(ctx, tok) is not None:
            return []                      # "ordered them expelled": the expulsion is the act (events_ordered.py)
        trig = trigger_for(tok, lex)
        if trig is None and (lem in lex.light or lem in lex.say):
            for obj in (o for o in _objects(tok) if o.dep_ != "nsubjpass" or lem not in lex.light):
                ntrig = trigger_for(obj, lex)   # "the summit will be held": the noun is its own event
                if ntrig is None:   # "undertook a mediation mission": the compound carries the event
                    comp_n = next((c for c in obj.children if c.dep_ == "compound" and trigger_for(c, lex)), None)
                    ntrig = trigger_for(comp_n, lex) if comp_n is not None else None
                    if comp_n is not None:
                        consumed.add(comp_n.i)
                if ntrig is not None:
                    consumed.add(obj.i)
                    ev = _verb_event(ctx, tok, ntrig, anchor=obj)
                    ev["rule"] = f"noun:{ntrig.key}+light:{lem}" + ev["rule"]
                    return [ev]
            return []
        if (lem in lex.say and trig is None) or lem in {"be", "have"}:   # "declared a ceasefire" is an act
            return []
        if trig is None and lem in FOUNDING:   # "the first CI was established in Nur-Sultan": an institution
            org = next((o for o in _objects(tok) if any(   # of one actor set up in another's land
                ctx.linked.actors.get(m.actor_id) is not None and ctx.linked.actors[m.actor_id].kind == "organization"
                for m in ctx.by_token.get(o.i, ()))), None)
            if org is not None:
                trig = Trigger("COOPERATE", "061", None, None, 0.5, None, lem, "verb", "organization")
        if trig is None:
            return []
        for obj in _objects(tok):
            if trig.obj and ctx.lemma(obj) == trig.obj or trigger_for(obj, lex):
                consumed.add(obj.i)
        if trig.type == "REQUEST":   # "asked for Putin's support": the support is what was asked for
            consumed.update(o.i for p, o in prep_objects(tok, ("for",)))
        ev = _verb_event(ctx, tok, trig)
        ev = apply_roles(ctx, ev, _subject) if trig.roles else ev   # the user's pattern's $ and +
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
    for c in tok.children:   # "have sworn to fight" parsed as an adverbial clause
        if c.dep_ == "advcl" and is_verb(c) and c.i > tok.i and any(a.dep_ == "aux" and a.text.lower() == "to"
                                                                   for a in c.children) \
                and not any(a.dep_ in SUBJ for a in c.children) and c.left_edge.i == c.i - 1:
            return c
    for c in tok.children:
        if c.dep_ == "ccomp" and is_verb(c) and any(m.text.lower() == "that" for m in c.children if m.dep_ == "mark") \
                or c.dep_ == "ccomp" and any(a.text.lower() in {"must", "should"} for a in c.children):
            return c
    return None


def _subject(ctx: _Ctx, v, depth: int = 0):
    """The source head of verb v (climbing xcomp/conj/relcl chains), and whether v is passive."""
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in v.children) or bool(ordering_verb(ctx, v))
    for c in v.children:
        if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ:
            return undateline(ctx, v, c), passive
    if depth > 4 or v.head.i == v.i:
        return None, passive
    if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ != "VBN"):
        return v.head, passive
    if v.dep_ == "acl" and v.tag_ == "VBN":
        if v.head.dep_ == "ROOT" and v.doc[v.i - 1].text == "," and not any(c.dep_ == "agent" for c in v.children):
            return v.head, False    # "Russia, which ..., offered to mediate": the parser found no main verb
        return v.head, True
    if v.dep_ in {"xcomp", "conj", "advcl", "acomp", "dobj", "pcomp"} and (is_verb(v.head) or v.dep_ == "xcomp"):
        if v.dep_ == "xcomp" and ctx.lemma(v.head) in {"urge", "ask", "call", "order", "press", "encourage"}:
            objs = _objects(v.head)
            if objs:
                return objs[0], passive
        head, _ = _subject(ctx, v.head, depth + 1)
        return head, passive
    return None, passive


def _verb_event(ctx: _Ctx, v, trig: Trigger, anchor=None, governors=(), skip=()) -> dict:
    subj, passive = _subject(ctx, v)
    rule = ""
    src = tgt = None
    if passive:
        agent = agent_of(v)
        boss = _subject(ctx, ordering_verb(ctx, v))[0] if agent is None and ordering_verb(ctx, v) else agent
        src = ctx.argument(boss) if boss is not None else None
        tgt = ctx.argument(subj) if subj is not None else None
        if src is None and trig.obj and tgt and any(  # "the first CI was established in Nur-Sultan": the
                ctx.linked.actors.get(i) is not None and ctx.linked.actors[i].kind == "organization"
                for i in tgt["ids"]):                  # institution founded acts for its owner, the place receives
            src, tgt = tgt, None
            rule = "+founded"
        else:
            rule += ("+agent" if src else "") + ("+nsubjpass" if tgt else "")
    else:
        src = ctx.argument(subj) if subj is not None else None
        rule += f"+{subj.dep_}" if src else ""
    toks = [v] + ([anchor] if anchor is not None else []) + list(governors)
    skip_ids = set(skip) | ({anchor.i} if anchor is not None else set())
    if trig.obj and trig.mode != "disapprove":   # "summoned the Russian ambassador": the envoy is protested at
        skip_ids |= {o.i for o in _objects(v) if ctx.lemma(o) == trig.obj or any(   # "declared a state of
            ctx.lemma(x) == trig.obj for _, x in prep_objects(o, ("of",)))}            # emergency": no recipient
    if tgt is None and anchor is not None and trig.of == "target":   # "mounted its invasion of South Lebanon"
        for _, o in prep_objects(anchor, ("of",)):
            arg = ctx.argument(o)
            if arg and arg["ids"]:
                tgt, rule = arg, rule + "+of"
                break
    if tgt is None:
        tgt, how = targets(ctx, toks, skip_ids | ({subj.i} if subj is not None else set()), trig.type)
        rule += f"+{how}" if tgt else ""
    if src and tgt and src["start"] == tgt["start"]:
        tgt = None
    node = anchor if anchor is not None else v
    return {"trig": trig, "node": node, "verb": v, "governors": list(governors), "src": src, "tgt": tgt,
            "place": place(ctx, toks), "rule": rule}


def _noun_event(ctx: _Ctx, n, trig: Trigger, consumed: set[int]) -> dict | None:
    src = tgt = None
    rule = f"noun:{trig.key}"
    for c in n.children:
        if c.dep_ == "poss" and src is None:
            src, rule = ctx.argument(c), rule + "+poss"
            if c.text.lower() in {"its", "their", "his", "her"} and n.dep_ in OBJ and is_verb(n.head):
                subj, _ = _subject(ctx, n.head)   # "the ILO reiterated its demand": the verb's subject
                src = ctx.argument(subj) if subj is not None else src
        elif c.dep_ in {"amod", "compound"} and (c.text.lower().startswith("anti") or
                                                 ctx.text[max(0, c.idx - 5):c.idx].lower() == "anti-"):
            ids, ms = ctx.actors_in([c])   # "anti-Chinese protests": China is the target
            if ids and tgt is None:
                tgt = {"start": c.idx, "end": c.idx + len(c.text), "text": c.text, "ids": ids, "how": "anti",
                       "pronoun": False}
                rule += "+anti"
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
    agent = agent_of(n)
    if agent is not None and src is None:
        src, rule = ctx.argument(agent), rule + "+by"
    if src is None:
        src, how = _reporter(ctx, n)
        rule += how
    preps = ("of", "to", "with", "against", "in", "toward", "towards", "into") + (   # "talks on an alphabet": a topic
        ("on",) if trig.type not in {"CONSULT", "AGREE"} else ())
    for p, o in prep_objects(n, preps + (("for",) if trig.type in {"SUPPORT", "AID", "COOPERATE"} else ())):
        if p == "of":
            arg = ctx.argument(o)
            if arg and arg.get("pronoun"):
                continue                   # "the summit of him gifting ...": no antecedent worth trusting
            if trig.of == "source" and src is None:
                src, rule = arg, rule + "+of"
                for q, x in prep_objects(o, ("to", "into", "in")):   # "the dispatch of troops into Kazakhstan"
                    xarg = ctx.argument(x)
                    if tgt is None and xarg and xarg["ids"] and (q != "in" or trig.type in {"MOBILIZE", "AID"}):
                        tgt, rule = xarg, rule + f"+of.{q}"
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
    framed = framed_object(ctx, n, src) if not (tgt and tgt["ids"]) and "+frame.nsubj" in rule else None
    if framed is not None:                 # "wounded two soldiers in a bomb attack": the soldiers
        tgt, rule = framed, rule + "+frame.dobj"
    if not (src and src["ids"]) and not (tgt and tgt["ids"]):
        return None
    v = n.head if is_verb(n.head) else n
    return {"trig": trig, "node": n, "verb": v, "governors": [], "src": src, "tgt": tgt,
            "place": place(ctx, [n]), "rule": rule, "nominal": True}


def _reporter(ctx: _Ctx, n) -> tuple[dict | None, str]:
    """The source of a nominal event framed by a communication: "in a statement of support for X, Xi said"
    or "X's statement of support": the statement's possessor, else the subject of the verb it hangs on."""
    t, framed = n, False
    for _ in range(4):
        if t.dep_ != "pobj" or t.head.dep_ not in {"prep", "agent"}:
            return None, ""
        prep, t = t.head.text.lower(), t.head.head
        if is_verb(t):   # "wounded two soldiers in a bomb attack", "engaged in ethnic cleansing"
            # ("during the unrest" only dates the act: the unrest is not the subject's)
            if not framed and (prep not in {"in", "for", "on"} or ctx.lemma(t) in {"be", "have"}
                               or ctx.lemma(t) in ctx.lex.say):
                return None, ""
            subj, _ = _subject(ctx, t)
            arg = ctx.argument(subj) if subj is not None else None
            return (arg, "+frame.nsubj") if arg and arg["ids"] else (None, "")
        if ctx.lemma(t) not in COMMUNICATION:
            return None, ""
        framed = True
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is not None:
            arg = ctx.argument(poss)
            return (arg, "+frame.poss") if arg and arg["ids"] else (None, "")
    return None, ""


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
    lem = ctx.lemma(gov)
    trig = complement_trigger(ctx, gov, chain, inner, kind)
    if trig is None:
        return None                        # "eager to get embroiled": a disposition, no promise
    trig = (lex.dict.trigger(gov, lex) if lex.dict is not None else None) or trig   # the user's code
    skip = set()
    ev = _verb_event(ctx, gov, trig, governors=chain, skip=skip)
    if ev["tgt"] is None or not ev["tgt"]["ids"]:   # "threatened to strike unless Israel withdrew": the condition
        for t in [gov] + chain:
            for c in t.children:
                if c.dep_ == "advcl" and any(m.text.lower() in {"if", "unless"} for m in c.children
                                             if m.dep_ == "mark"):
                    s = next((x for x in c.children if x.dep_ in SUBJ), None)
                    arg = ctx.argument(s) if s is not None and kind == "threaten" else None
                    if arg and arg["ids"] and not (ev["src"] and set(arg["ids"]) & set(ev["src"]["ids"])):
                        ev["tgt"], ev["rule"] = arg, ev["rule"] + "+if.nsubj"
    if comp.dep_ == "ccomp":   # "demanded that Israel ease …": the subject of the complement is the target
        s = next((c for c in comp.children if c.dep_ in SUBJ), None)
        arg = ctx.argument(s) if s is not None else None
        if arg and (not ev["tgt"] or s.pos_ != "PRON"):   # "warned banks that they could ...": the banks
            ev["tgt"] = arg
            ev["rule"] += "+ccomp.nsubj"
    ev["rule"] = f"verb:{lem}+{comp.dep_}:{ctx.lemma(inner)}" + ev["rule"]
    ev["complement"] = True
    return ev
