"""Recipients the sentence names outside the event's own phrase: a protest's purpose, a dangling "to", and
nationals named only by a demonym.

What: `purpose_recipient(ctx, ev)` fills a protest's missing recipient from what the protest is for ("began
a hunger strike to protest against Sweden's decision", "in protest of the Russian government's refusal",
"in defiance of Chinese authorities"); `framed_object(ctx, noun, src)` gives a nominal event framed by a
verb the verb's object ("wounded two soldiers in a bomb attack"); `repaired_objects(verb, ...)` finds
objects the small parser put out of reach (a preposition left without its object, "up to 16 advisers"
read as a particle, an object parsed as an apposition, "a suspension of links with Serbia");
`demonym_states(ctx, head)` reads the states of demonyms the linker left unlinked because they describe
people ("Palestinian refugees", "British nationals": the people, not the state's act, yet their
nationality is their country).
Why: PLOVER's recipient of a protest is whom it is against, which news states in the purpose clause, not
as an object; and a victim's or beneficiary's nationality is usually given only by an adjective. These
are still named in the sentence: nothing is guessed from outside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .events_rules import OBJ, prep_objects

# Verbs of a protest's purpose clause whose object is what the protest is against.
PURPOSE_VERBS = {"protest", "demand", "denounce", "condemn", "oppose", "show", "express", "press", "decry",
                 "challenge", "reject", "criticize", "criticise", "pressure", "push", "urge", "call", "voice",
                 "force", "defy", "resist"}
# "in protest of X", "in defiance of X", "in opposition to X", "in anger at X"
PURPOSE_NOUNS = {"protest", "defiance", "opposition", "anger", "outrage", "response"}
_OBJ_PREPS = ("against", "at", "over", "of", "for", "from", "to", "on", "by")
_ETHNIC = re.compile(r"(?i)\bethnic\s+$")


def purpose_recipient(ctx, ev: dict) -> dict:
    """A protest with no named recipient takes the first actor of its purpose ("to demand the resignation of
    Algerian President X" -> Algeria), other than its own actor; the rule says "+purpose"."""
    if ev["trig"].type != "PROTEST" or (ev["tgt"] and ev["tgt"]["ids"] and not ev["tgt"].get("located")):
        return ev                          # a recipient named, not only placed ("streets in Hong Kong")
    own = set((ev["src"] or {}).get("ids") or ())
    heads = [ev["node"], ev["verb"], *ev.get("governors", ())]
    for h in dict.fromkeys(heads):
        for c in h.children:
            phrases = []
            if c.dep_ in {"advcl", "xcomp", "acl"} and ctx.lemma(c) in PURPOSE_VERBS and c.i > h.i:
                phrases = [o for o in c.children if o.dep_ in OBJ] + [o for _, o in prep_objects(c, _OBJ_PREPS)]
            elif c.dep_ == "prep" and c.lower_ == "in":
                phrases = [o2 for o in c.children if o.dep_ == "pobj" and o.lower_ in PURPOSE_NOUNS
                           for _, o2 in prep_objects(o, ("of", "against", "at", "to", "over"))]
            for o in phrases:
                arg = _first_actor(ctx, o, own)
                if arg is not None:
                    return {**ev, "tgt": arg, "rule": ev["rule"] + "+purpose"}
    return ev


def _first_actor(ctx, head, own: set[str], depth: int = 0) -> dict | None:
    """The argument at `head` if it names an actor other than `own`, else the first one in its prepositional
    phrases ("disapproval for the United States' policies"), two levels down at most."""
    arg = ctx.argument(head)
    if arg and arg["ids"] and not arg.get("pronoun") and not set(arg["ids"]) & own:
        return arg
    if depth >= 2:
        return None
    for _, o in prep_objects(head, _OBJ_PREPS):
        found = _first_actor(ctx, o, own, depth + 1)
        if found is not None:
            return found
    return None


def framed_object(ctx, n, src: dict | None) -> dict | None:
    """The recipient of a nominal event framed by the verb that says what it did: "wounded two British
    soldiers in a bomb attack" -> the soldiers (the verb's object, when it names an actor other than the
    source); None otherwise."""
    t = n
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in {"in", "during", "with"}:
            return None
        t = t.head.head
        if t.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    own = set((src or {}).get("ids") or ())
    for o in t.children:
        if o.dep_ in OBJ:
            arg = ctx.argument(o)
            if arg and arg["ids"] and not arg.get("pronoun") and not set(arg["ids"]) & own:
                return arg
    return None


def repaired_objects(v, preps: tuple[str, ...], rank: dict[str, int]) -> list[tuple[int, str, object]]:
    """(rank, how, token) candidates for a recipient that the parse put out of reach: a preposition left
    without its object ("granted asylum to five officers holed up ..."), "up to N X" read as a particle
    ("kidnapped up to 16 advisers"), an object parsed as the apposition of an "as" phrase ("denounced as a
    crime Serbia's suppression of ..."), and the partner of a nominal act's "of" object ("announced a
    suspension of air links with Serbia"), ranked after the ordinary candidates."""
    out = []
    for c in v.children:
        if c.dep_ in {"prep", "dative"} and c.lower_ in preps:
            x = dangling_object(c)
            if x is not None:
                out.append((rank.get(c.lower_, 99), f"prep:{c.lower_}", x))
        elif c.dep_ == "prt" and c.lower_ == "up":
            out += [(-1, "dobj", o) for _, o in prep_objects(c, ("to",))
                    if any(n.dep_ == "nummod" for n in o.children)]
        elif c.dep_ == "prep" and c.lower_ == "as" and not any(o.dep_ in OBJ for o in v.children):
            out += [(-1, "dobj", a) for o in c.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
    for _, o in prep_objects(v, ("of",)):
        out += [(rank.get(p, 99) + 60, f"np:of.{p}", x) for p, x in prep_objects(o, ("with", "to", "against"))]
    return out


def complaint_topic(ctx, toks) -> dict | None:
    """The accused of a complaint made to an international body about a third party: "Lebanon complained
    to the United Nations over two Israeli air raids" accuses Israel, not the UN; None when the addressee
    is not an intergovernmental body or no actor is named after "over"/"about"."""
    for v in toks:
        to = [ctx.argument(o) for _, o in prep_objects(v, ("to",))]
        if not any(a and a["ids"] and all(getattr(ctx.linked.actors.get(i), "sector", None) == "IGO"
                                          for i in a["ids"]) for a in to):
            continue
        for _, o in prep_objects(v, ("over", "about")):
            arg = _first_actor(ctx, o, set())
            if arg is not None:
                return arg
    return None


def dangling_object(prep):
    """The object of a preposition the parser left empty: "to five officers holed up in ..." parsed with
    "officers" as the subject of "holed"; the noun right after the preposition that heads a subject
    whose phrase starts there. None when the preposition has its object."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return None
    for t in prep.doc[prep.i + 1:min(len(prep.doc), prep.i + 8)]:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.left_edge.i == prep.i + 1:
            return t
    return None


def demonym_states(ctx, head) -> list[str]:
    """States of the demonyms modifying `head` that the linker left unlinked ("Palestinian refugees",
    "British nationals"); an ethnic adjective ("ethnic Albanian guerrillas") names no state."""
    index = _demonym_index()
    out = []
    for c in head.children:
        if c.dep_ not in {"amod", "compound"} or c.i > head.i or any(m.actor_id for m in ctx.by_token.get(c.i, ())):
            continue
        if _ETHNIC.search(ctx.text, max(0, c.idx - 10), c.idx):
            continue
        state = index.get(c.text)
        if state and state not in out:
            out.append(state)
    return out


@lru_cache(maxsize=1)
def _demonym_index() -> dict[str, str]:
    """Demonym -> state id, for demonyms of exactly one state in the packaged knowledge base."""
    from ..actors.kb import KnowledgeBase
    seen: dict[str, set[str]] = {}
    for a in KnowledgeBase.load():
        if a.kind == "state":
            for d in a.demonyms:
                seen.setdefault(d, set()).add(a.id)
    return {d: next(iter(ids)) for d, ids in seen.items() if len(ids) == 1}


def role_holder(head, subject_deps):
    """The person named in apposition to the object of a subject noun's preposition ("A spokesperson for the
    Kremlin, Dmitry Peskov, denied ...": the small parser hangs the name on the organisation), or the name a
    role noun runs into ("sentenced the blogger Nurali Davlatov": the person, not the profession; not when the
    role has its own holder: "Ithilen's minister Calimehtar"), else `head`."""
    if head.pos_ == "NOUN" and not any(c.dep_ == "poss" or c.ent_type_ for c in head.children if c.dep_ != "appos"):
        named = [a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == head.i + 1]
        if named:
            return named[0]
    if head.pos_ != "NOUN" or head.dep_ not in subject_deps:
        return head
    named = [a for pr in head.children if pr.dep_ == "prep" for o in pr.children if o.dep_ == "pobj"
             for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    return named[0] if named else head
