"""The event a complement verb makes of its governor: "agreed to X", "refused to X", "urged Y to X", "threatened to X".

What: `complement_trigger(ctx, gov, chain, inner, kind)` is the Trigger (PLOVER type, CAMEO code, mode) of the
governing verb given the verb chain it governs and the kind of governor (intent, request, reject, threaten):
a promise to do something hostile is a threat, "agree to meet" is CAMEO 036, "refuse to assist" 121; None for a
disposition that promises nothing ("eager to get embroiled").
Why: the codes depend only on the words of the chain; keeping the tables here leaves events.py the tree walk.
"""
from __future__ import annotations

from .events_args import objects as _objects
from .events_rules import Trigger, trigger_for

HOSTILE = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
AGREE_CODES = {"meet": "036", "assist": "031", "yield": "035", "change": "034"}
REQUEST_CODES = {"meet": "108", "assist": "103", "yield": "106", "change": "104"}
REJECT_CODES = {"meet": "125", "assist": "121", "yield": "124", "change": "123"}


def complement_trigger(ctx, gov, chain: list, inner, kind: str) -> Trigger | None:
    """The governor's trigger; `chain` the complement verbs from the governor's down to `inner`."""
    lex = ctx.lex
    inner_trig = trigger_for(inner, lex)
    words = [ctx.lemma(t) for t in chain] + [ctx.lemma(o) for t in chain for o in _objects(t)]
    cmode = next((lex.complement_modes[w] for w in words if w in lex.complement_modes), None)
    lem = ctx.lemma(gov)
    if kind == "intent" and inner_trig is None and cmode is None and lem in ctx.lex.intent_adjectives \
            and ctx.lemma(inner) not in ctx.lex.verbs and ctx.lemma(inner) not in ctx.lex.light:
        return None                        # "eager to get embroiled": a disposition, no promise
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
    return trig
