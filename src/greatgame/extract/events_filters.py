"""Which found events to keep: text that is no report (headings, footnotes), word senses, and actorless events.

What: `skip_line(text, pos)` tells whether the line holding a position is a heading or a reference entry;
`no_event_use(ctx, tok)` whether a trigger word is used as an attribute, a capacity or a purpose rather than
reported as done; `sense_ok(ctx, found)` applies the sense constraints on arguments (a street demonstration
and an attack need someone who acts; "recognize" is diplomatic only for states, governments or
independence; "fire" a person is a dismissal); `has_actor(found)` keeps events with someone on either side.
Why: precision is what an analyst reads. "Unknown is better than wrong": an event word in a headline, a
bibliography title or in "the capacity to fund" is no event, and an event with no actor on either side
cannot be put on any dyad, so dropping these costs little recall and removes most of the noise.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..textscan import line_memo, line_of
from .events_args import COMMUNICATION, QUANTIFIERS
from .events_ordered import ordering_verb
from .events_rules import SUBJ, is_noun, is_verb, prep_objects, trigger_for
from .events_senses import wrong_sense

_REF_LINE = re.compile(r"^\s*(\[\d+\]|\d+\.\s|\^)|https?://|www\.|doi:|\bRetrieved\b|\b[Aa]ccessed\b")
_END = ".!?\"”’'):;…"
ACTOR_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# Nouns under which an infinitive or gerund names an ability or an option, not an act.
NON_ACTS = {"capacity", "ability", "capability", "need", "right", "way", "means", "power", "potential",
            "chance", "opportunity", "alternative", "goal", "aim", "intention", "desire",
            "willingness", "readiness", "plan", "idea", "tool", "instrument", "importance", "role", "reason", "order"}
RECOGNIZE_OBJECTS = {"independence", "sovereignty", "government", "legitimacy", "election", "result", "regime",
                     "state", "annexation", "statehood", "authority", "president", "leader", "republic"}
PERSON_OBJECTS = {"minister", "official", "chief", "general", "commander", "head", "director", "governor",
                  "prosecutor", "ambassador", "advisor", "adviser", "deputy", "secretary", "mayor", "premier"}
AGENT_TYPES = {"PROTEST", "ASSAULT"}
# Things that kill or destroy without being actors: the act happened, its author is unknown.
CAUSES = {"explosion", "blast", "bomb", "mine", "shell", "rocket", "missile", "fire", "gunfire", "drone", "ambush",
          "shelling", "bombing", "attack", "airstrike", "raid", "grenade", "landmine", "minefield", "device"}
PURPOSE_ACTS = {"send", "dispatch", "deploy", "activate", "travel", "arrive", "go", "come", "fly", "visit", "meet",
                "stage", "hold", "mobilize", "mobilise", "gather", "march", "rally", "converge", "continue", "use",
                "summon", "call", "launch"}
CONTROL_VERBS = {"allow", "force", "persuade", "convince", "permit", "enable", "require", "tell", "want", "need",
                 "expect", "cause", "get", "help", "lead", "prompt", "push", "compel", "oblige", "authorize"}
VERBAL_COOPERATION = {"AGREE", "SUPPORT", "CONSULT"}
COMMENTATORS = {"observer", "analyst", "expert", "commentator", "onlooker", "scholar", "researcher", "pundit",
                "academic", "author", "writer", "other", "some", "many"}
# Nouns that measure or describe something: an event named in their "of" phrase ("the cost of the deployment",
# "the scale of the crackdown") is talked about, not reported as happening.
MEASURE_NOUNS = {"cost", "price", "size", "length", "scale", "scope", "extent", "duration", "expense", "bill",
                 "value", "legality", "legitimacy", "wisdom", "merit", "risk", "prospect", "possibility",
                 "likelihood", "question", "debate", "timing", "pace", "idea", "feasibility", "desirability"}
# Durations: "ending two decades of talks" closes talks with a result, it breaks nothing off.
DURATIONS = {"year", "decade", "month", "week", "day", "century", "round", "hour"}
SETTLING = {"sign", "agree", "reach", "conclude", "seal", "finalise", "finalize", "ratify", "approve", "strike"}
RELEASE_OBJECTS = {"hostage", "prisoner", "detainee", "captive", "access", "entry", "delivery", "aid", "inspector",
                   "observer", "return", "passage", "visit", "monitor", "candidate", "plane", "convoy"}


_ANONYMITY = re.compile(r"(?:that\s+)?(?:(?:he|she|they|his|her|their)\s+)?(?:not\s+to\s+be|not\s+be|to\s+remain|"
                        r"for\s+(?:his|her|their)?\s*)\s*(?:named|identified|quoted|anonymous|anonymity)\b", re.I)


def _line(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a:b if b >= 0 else len(text)].strip()


def skip_line(text: str, pos: int) -> bool:
    """Is position `pos` in a heading (a short line with no closing punctuation) or a reference entry?"""
    k, memo = line_memo(text, pos)           # one answer per line of the text, not one per token
    found = memo.get(("skip_line", k))
    if found is None:
        a, b = line_of(text, pos)
        found = memo[("skip_line", k)] = _skip_line(text[a:b].strip())
    return found


@lru_cache(maxsize=4096)
def _skip_line(line: str) -> bool:
    """skip_line for one line, memoised: every token of a long paragraph asks about the same line."""
    if not line:
        return False
    if _REF_LINE.search(line):
        return True
    words = line.split()
    return len(words) <= 14 and line[-1] not in _END


def actorish(ctx, tok) -> bool:
    """Can this subject act: a linked actor, a generic actor noun, a name, or a personal pronoun?"""
    if tok is None:
        return True
    while (tok.text.lower() in QUANTIFIERS or tok.like_num) and prep_objects(tok, ("of",)):   # "thousands of people"
        tok = prep_objects(tok, ("of",))[0][1]
    ids, _ = ctx.actors_in([tok] + [c for c in tok.children if c.dep_ in {"compound", "amod", "poss"}])
    if ids or tok.ent_type_ in ACTOR_ENTS:
        return True
    low = tok.text.lower()
    if low in {"he", "she", "they", "we", "i", "who", "it"}:
        return True
    lem = ctx.lemma(tok)
    return lem in ctx.lex.generic or lem.rstrip("s") in ctx.lex.generic or tok.pos_ == "PROPN"


def no_event_use(ctx, tok) -> bool:
    """The trigger is an attribute ("recognized borders"), an ability or option ("the capacity to fund",
    "the alternative to allowing") or a purpose ("in order to support"), not an act that was reported."""
    if tok.dep_ == "amod" or tok.tag_ == "JJ":
        return True
    if is_noun(tok) and _measured(ctx, tok):
        return True                                         # "the cost of the Russian deployment"
    if is_noun(tok) and _grounds(ctx, tok):
        return True                                         # "sentenced X on charges of ...": the grounds
    if is_verb(tok):
        if tok.text.lower() == "opposed" and tok.i > 0 and tok.doc[tok.i - 1].text.lower() == "as":
            return True                                     # "as opposed to"
        while tok.dep_ == "conj" and tok.head.i != tok.i:   # "to bolster growth, as well as to fund ..."
            tok = tok.head
        if tok.dep_ == "acl" and is_noun(tok.head) and ctx.lemma(tok.head) in NON_ACTS:
            return True
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and is_noun(tok.head.head) \
                and ctx.lemma(tok.head.head) in NON_ACTS:
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in tok.children):
            # a purpose ("founded the CIs to provide ...") is no act, unless the act that serves it is a
            # deployment or a gathering ("sent personnel to investigate", "staged rallies to demand")
            trig = trigger_for(tok, ctx.lex)
            if not (ctx.lemma(tok.head) in PURPOSE_ACTS or (trig and trig.type in {"PROTEST", "REQUEST"})):
                return True
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in tok.children):
            left = [t.text.lower() for t in tok.doc[max(tok.left_edge.i - 2, 0):tok.left_edge.i + 1]]
            if "order" in left or "so" in left:
                return True
            head = ctx.lemma(tok.head)   # "reformed the funds to provide support": a purpose, not a control verb
            if any(c.dep_ in {"dobj", "obj"} for c in tok.head.children) and head not in ctx.lex.complement \
                    and head not in ctx.lex.verbs and head not in PURPOSE_ACTS and head not in CONTROL_VERBS:
                return True
    return False


def _grounds(ctx, tok) -> bool:
    """Is the accusation noun the grounds an act was done on ("sentenced X on charges of treason", "detained
    on suspicion of spying")? The act is the event; the charge is no second accusation by its author."""
    trig = trigger_for(tok, ctx.lex)
    if trig is None or trig.type != "ACCUSE" or tok.dep_ != "pobj" or tok.head.lower_ not in {"on", "under"}:
        return False
    act = tok.head.head
    return is_verb(act) and trigger_for(act, ctx.lex) is not None


def _measured(ctx, tok) -> bool:
    """Is the event noun the "of" phrase of a measuring or describing noun ("the cost of the deployment",
    "the legality of the strikes")? The head noun is what the sentence is about, not the event."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and is_noun(tok.head.head) \
        and ctx.lemma(tok.head.head) in MEASURE_NOUNS


def _settled(ctx, node, trig) -> bool:
    """A discontinuation that is the outcome of an agreement, not a break: "ending two decades of talks" (the
    object is a span of time), or "signed a deal, ending the talks" (a participle of a settling verb)."""
    if trig.mode != "discontinue" or not is_verb(node):
        return False
    objs = [c for c in node.children if c.dep_ in {"dobj", "obj"}]
    if any(ctx.lemma(o) in DURATIONS or ctx.lemma(o).rstrip("s") in DURATIONS for o in objs):
        return True
    return node.tag_ == "VBG" and node.dep_ in {"advcl", "xcomp", "conj"} and ctx.lemma(node.head) in SETTLING


def sense_ok(ctx, found: dict) -> bool:
    """Sense constraints that the trigger alone cannot check."""
    trig, node = found["trig"], found["node"]
    key = trig.key
    if _settled(ctx, node, trig):
        return False                                        # "signed a treaty, ending two decades of talks"
    if wrong_sense(ctx, found, actorish):
        return False                                        # "receive less water", "demand will grow", "called X Y"
    src = found.get("src")
    root = ctx.doc.char_span(src["start"], src["end"], alignment_mode="expand").root if src else None
    if root is not None and {ctx.lemma(root), ctx.lemma(root).rstrip("s")} & COMMENTATORS \
            and (not src["ids"] or not ctx.by_token.get(root.i)):
        return False                    # "some observers have asked ...", "Russian commentators warned": commentary
    if trig.type == "REQUEST" and any(_ANONYMITY.match(t.doc[t.i + 1:t.right_edge.i + 1].text)
                                      for t in {node, found.get("verb", node)}):
        return False                                        # "…, an official said, asking not to be named"
    if found.get("complement"):
        return True
    if is_verb(node):
        if node.dep_ == "acl" and node.tag_ == "VBN" and trig.type in VERBAL_COOPERATION:
            return False                                    # "the gains promised by the Belt": a description
        subj0 = next((c for c in node.children if c.dep_ in SUBJ), None)
        if subj0 is not None and subj0.text.lower() in {"that", "which", "who"} and node.dep_ == "relcl":
            subj0 = None if ctx.lemma(node.head) in COMMUNICATION else node.head   # "a statement that ..."
        passive0 = any(c.dep_ in {"nsubjpass", "auxpass"} for c in node.children) or bool(ordering_verb(ctx, node))
        if subj0 is not None and not passive0 \
                and not actorish(ctx, subj0) and trigger_for(subj0, ctx.lex) is None \
                and ctx.lemma(subj0) not in CAUSES:
            return False                                    # "overdependence could grant", "the law allows"
        objs0 = [c for c in node.children if c.dep_ in {"dobj", "obj"}] + [
            x for c in node.children if c.dep_ in {"ccomp", "xcomp"} for x in c.children if x.dep_ in SUBJ]
        if key in {"release", "free", "allow"} and not passive0 and not any(
                actorish(ctx, o) or ctx.lemma(o) in RELEASE_OBJECTS for o in objs0):
            return False                                    # "released a picture", "allow the plight to ..."
        subj = next((c for c in node.children if c.dep_ in SUBJ), None)
        passive = passive0
        objs = [c for c in node.children if c.dep_ in {"dobj", "obj", "ccomp"}]
        if key == "demonstrate" and any(c.dep_ in {"dobj", "obj"} or c.dep_ == "ccomp" and any(
                m.dep_ == "mark" for m in c.children) for c in node.children):
            return False                                    # "demonstrates that ...": shows
        if trig.type in AGENT_TYPES and not passive and subj is not None and not actorish(ctx, subj) \
                and trigger_for(subj, ctx.lex) is None and ctx.lemma(subj) not in CAUSES:
            return False                                    # "the data demonstrate", "the crisis hit"
        if key in {"recognize", "recognise"}:
            heads = objs or [c for c in node.children if c.dep_ == "nsubjpass"]
            return any(ctx.actors_in([h])[0] or ctx.lemma(h) in RECOGNIZE_OBJECTS for h in heads)
        if key == "fire" and trig.type == "SANCTION":
            heads = objs or [c for c in node.children if c.dep_ == "nsubjpass"]
            return any(ctx.lemma(h) in PERSON_OBJECTS or h.ent_type_ == "PERSON"
                       or any(m.label == "PERSON" for m in ctx.by_token.get(h.i, ())) for h in heads)
    elif key == "appeal" and not any(c.dep_ in {"prep", "acl", "relcl"} and c.text.lower() in {"for", "to"}
                                     or c.dep_ == "acl" for c in node.children) \
            and ctx.lemma(node.head) not in ctx.lex.light:
        return False                                        # "China's appeal": attractiveness
    return True


def has_actor(found: dict) -> bool:
    """Someone on either side: a linked actor, or a generic actor noun as source ("police", "protesters")."""
    src, tgt = found.get("src"), found.get("tgt")
    if (src and src["ids"]) or (tgt and tgt["ids"]):
        return True
    return bool(src and not src.get("generic_unknown") and not src.get("country_word")
                and src.get("text", "").lower() not in {"it", "they", "we", "which", "that", "who", "what"})
