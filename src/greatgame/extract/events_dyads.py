"""Targets the tree walk leaves open: "between X and Y" phrases and coordinated actors acting among themselves.

What: `complete_target(ctx, ev)` fills the target of an event that has none: (1) the parties of a "between X
and Y" phrase inside the verb's object ("welcomed a resumption of ties between Gondor and Osgiliath"); (2)
the other members of a coordinated source when the act is mutual: a meeting, cooperation, agreement or signing with
no object or a relation for object ("ties", "a pact"), or an object the members share ("their meeting", "each
other") - "Gondor and Osgiliath renewed ties", "the
Philippines and France agree that ...", "the pact was signed by X and Y" (the agents of a passive). The source keeps every member; the target lists them rotated, so each
member appears on both sides; (3) the actor a statement's clause is about ("Arnor believes Dagolath can
cope", "warned that NATO would pay"), when it is not the speaker. The rule says how the target was found.
Why: event data codes a dyad; an act between two named parties with the target left empty is lost to every
dyad count, and both phrasings are common in diplomatic reporting.
"""
from __future__ import annotations

from .events_args import objects

MUTUAL_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
VERBAL_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONCEDE"}
# Objects that make an act of several parties one they do together ("renewed ties", "signed a pact").
RELATION_NOUNS = {"tie", "ties", "relation", "relations", "talk", "talks", "agreement", "meeting", "accord", "deal",
                  "treaty", "pact", "exercise", "exercises", "cooperation", "partnership", "alliance", "dialogue",
                  "consultation", "consultations", "negotiation", "negotiations", "memorandum", "contract"}
SHARED = {"their", "each", "one"}
# CAMEO codes of acts the parties do together though PLOVER types them SUPPORT: signing a formal agreement
# (PLOVER's own example codes both signers as source and target).
SIGNING = {"057"}          # "their meeting", "each other", "one another"


def _between(ctx, ev) -> dict | None:
    verb = ev["verb"]
    for obj in objects(verb):
        for t in obj.subtree:
            if t.dep_ == "prep" and t.text.lower() == "between" and t.i - obj.i < 12:
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is None or not pobj.conjuncts:
                    continue
                arg = ctx.argument(pobj)
                if arg and len(arg["ids"]) >= 2:
                    return arg
    return None


def _mutual(ctx, ev) -> dict | None:
    src = ev["src"]
    if not src or len(set(src["ids"])) < 2 or "head" not in src:
        return None
    head = ctx.doc[src["head"]]
    gov = head.head.head if head.head.dep_ == "agent" else head.head      # "was signed by X and Y"
    sides = None if head.conjuncts else _sides(ctx, src)
    if not (head.conjuncts or sides) or gov.i != ev["verb"].i and ev["verb"].dep_ != "xcomp":
        return None
    verb = ev["verb"]
    shared = any(w.text.lower() in SHARED and (w.dep_ == "poss" or w.head.text.lower() in {"other", "another"})
                 for o in objects(verb) for w in o.subtree) or \
        any(c.text.lower() == "together" for c in verb.children)
    objs = [o for o in objects(verb) if o.dep_ != "nsubjpass"]
    joint = all(o.i == ev["node"].i or ctx.lemma(o) in RELATION_NOUNS or o.text.lower() in RELATION_NOUNS
                for o in objs)          # "met", "renewed ties", "reached a consensus"; not "welcomed a plan"
    mutual = ev["trig"].type in MUTUAL_TYPES or ev["trig"].cameo in SIGNING
    if not shared and not (mutual and joint):
        return None
    if sides:
        ev["src"] = {**src, "ids": sides[0] + sides[1]}
        return {**src, "ids": sides[1] + sides[0], "how": "mutual", "pronoun": False}
    ids = list(dict.fromkeys(src["ids"]))
    return {**src, "ids": ids[1:] + ids[:1], "how": "mutual", "pronoun": False}


def _sides(ctx, src) -> tuple[list, list] | None:
    """"Uzbek Foreign Minister X and Taliban Foreign Minister Y" parsed as one phrase with no conjuncts: the
    actors named before and after its one "and", when each side names some and the sides share none."""
    doc = ctx.doc
    toks = [t for t in doc if src["start"] <= t.idx < src["end"]]
    ands = [t for t in toks if t.text.lower() == "and"]
    if len(ands) != 1:
        return None
    before, after = [], []
    for t in toks:
        for m in ctx.by_token.get(t.i, ()):
            if m.actor_id:
                (before if t.i < ands[0].i else after).append(m.actor_id)
    before, after = list(dict.fromkeys(before)), list(dict.fromkeys(after))
    if not before or not after or set(before) & set(after):
        return None
    rest = [i for i in src["ids"] if i not in before and i not in after]
    return before + rest, after


def _clause_subject(ctx, ev) -> dict | None:
    """"Arnor believes Dagolath can cope", "warned that NATO would pay": a statement's target is the actor
    its clause is about, when that is not the speaker's own side; when the clause's subject is the speaker's
    side ("Peskov denied that Moscow was interfering in Kazakhstan"), the other actor the clause names."""
    if ev["trig"].type not in VERBAL_TYPES or ev.get("complement"):
        return None
    own = set(ev["src"]["ids"]) if ev["src"] else set()
    own |= {ctx.country_of(i) for i in own} - {None}
    for c in ev["verb"].children:
        if c.dep_ == "ccomp" and c.i > ev["verb"].i:
            subj = next((x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}), None)
            arg = ctx.argument(subj) if subj is not None else None
            if arg and arg["ids"] and not arg.get("pronoun") and not set(arg["ids"]) & own:
                return arg
            if arg and set(arg["ids"]) & own:
                inside = {t.i for t in subj.subtree}
                for t in c.subtree:
                    if t.i in inside or not any(m.actor_id for m in ctx.by_token.get(t.i, ())):
                        continue
                    other = ctx.argument(t)
                    if other and other["ids"] and not other.get("pronoun") and not set(other["ids"]) & own:
                        return other
    return None


def complete_target(ctx, ev: dict) -> dict:
    """The event with a target found by "between", mutual action or a statement's clause, when it had none."""
    if ev["tgt"] and ev["tgt"]["ids"] or ev.get("nominal"):
        return ev
    arg, how = _between(ctx, ev), "+between"
    if arg is None:
        arg, how = _mutual(ctx, ev), "+mutual"
    if arg is None:
        arg, how = _clause_subject(ctx, ev), "+clause.subject"
    if arg is not None:
        ev["tgt"], ev["rule"] = arg, ev["rule"] + how
    return ev
