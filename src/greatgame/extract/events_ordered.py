"""Acts ordered in a small clause: "a court ordered 312 of them expelled", "the judge ordered the journalist
released".

What: `ordered_participle(ctx, verb)` is the past participle a directive verb governs as its small clause
(with the participle's own trigger), and `ordering_verb(ctx, participle)` the directive verb over such a
participle. The extractor codes the participle's act (an expulsion, a release) with the directive's subject as
its source and the participle's subject as its recipient, and no separate request.
Why: reading unseen pages, "a court ordered 312 of them expelled" gave a bare REQUEST with no recipient and
"ordered the activist deported to China" made the activist the deporter: the parser gives the participle a
subject, which is the one the act is done to.
"""
from __future__ import annotations

from .events_rules import trigger_for

ORDERING = {"order", "want", "see", "rule", "have", "get", "leave", "declare"}


def ordering_verb(ctx, v):
    """The directive verb whose small clause is the past participle `v`, else None."""
    if v.tag_ not in {"VBN", "VBD"} or v.dep_ not in {"ccomp", "xcomp", "oprd"} or v.head.i == v.i:
        return None
    if any(c.dep_ in {"aux", "auxpass", "mark"} for c in v.children) or ctx.lemma(v.head) not in ORDERING:
        return None
    return v.head if any(c.dep_ == "nsubj" for c in v.children) else None


def ordered_participle(ctx, verb):
    """The triggering participle of `verb`'s small clause ("ordered them expelled"), else None."""
    for c in verb.children:
        if ordering_verb(ctx, c) is not None and trigger_for(c, ctx.lex) is not None:
            return c
    return None
