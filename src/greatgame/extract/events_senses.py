"""Word senses of trigger words that are no event: goods received, economic demand, naming.

What: `wrong_sense(ctx, found)` tells whether a found event's trigger is used in a sense that reports no
act: "receive" with a thing for object ("farmers receive less water") is no visit received; the noun
"demand" as market demand ("China's demand will keep growing", "energy demand") is no request; "call" with
an object predicate ("what the government called an anti-terrorist operation") names something, it is
neither a phone call nor a call for anything.
Why: each of these words is a common trigger in its diplomatic sense, and in reporting on trade and
resources its other sense is just as common; the parse tells them apart (a non-actor object, a growth verb
or an economic modifier, an `oprd` child), so the trigger keeps its sense elsewhere.
"""
from __future__ import annotations

# Verbs that say a quantity changes or persists: their subject "demand" is market demand.
GROWTH_VERBS = {"grow", "rise", "increase", "fall", "drop", "decline", "keep", "continue", "surge", "slow",
                "outstrip", "exceed", "outpace", "soar", "slump", "weaken", "double", "triple", "remain", "shrink",
                "recover", "rebound", "expand", "peak"}
# Modifiers that make "demand" a market's: "energy demand", "domestic demand", "rising demand".
ECONOMIC_MODIFIERS = {"energy", "oil", "gas", "power", "electricity", "coal", "grain", "food", "water", "domestic",
                      "consumer", "global", "world", "market", "export", "import", "industrial", "rising",
                      "growing", "falling", "weak", "strong", "seasonal", "aggregate", "external", "internal",
                      "commodity", "fuel", "metal", "copper", "uranium", "steel", "cotton", "wheat", "pent-up"}


def wrong_sense(ctx, found: dict, actorish) -> bool:
    """Is the trigger used in a sense that reports no act? `actorish(ctx, tok)` says whether a word can act."""
    trig, node = found["trig"], found["node"]
    lem = ctx.lemma(node)
    if trig.pos == "verb" and lem == "receive" and trig.type == "CONSULT":
        objs = [c for c in node.children if c.dep_ in {"dobj", "obj"}]
        return bool(objs) and not any(actorish(ctx, o) for o in objs)     # "received less water"
    if trig.pos == "noun" and lem == "demand" and trig.type == "REQUEST":
        mods = {ctx.lemma(c) for c in node.children if c.dep_ in {"compound", "amod", "nmod"}}
        if mods & ECONOMIC_MODIFIERS:
            return True                                                     # "energy demand"
        return node.dep_ in {"nsubj", "nsubjpass"} and ctx.lemma(node.head) in GROWTH_VERBS \
            and not any(c.dep_ in {"acl", "relcl", "prep"} for c in node.children
                        if c.dep_ != "prep" or c.text.lower() in {"that", "to"})   # "demand will keep growing"
    if trig.pos == "verb" and lem == "call" and any(c.dep_ == "oprd" for c in node.children):
        return True                                                         # "called X an operation"
    return False
