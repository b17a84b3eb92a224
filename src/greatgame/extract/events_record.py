"""Turning a found event into its Event record: date, modality, PLOVER future rule, confidence, attribution.

What: `to_event(ctx, found, sentence, n)` fills the record from what the tree walk found: the clause's date
(dates module, publication date as anchor), its modality, the speaker it is attributed to, the domain, and a
confidence built from the trigger's own weight and how well the arguments are linked.
Why: PLOVER codes promised cooperation as AGREE and promised force as THREATEN, and an analyst ranks events by
confidence; these rules apply to every pattern alike, so they live apart from the patterns.
"""
from __future__ import annotations

from ..records import Event
from .events_rules import Trigger, is_verb
from .modality import attribution, domain_of, modality, nearest

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}


def to_event(ctx, ev: dict, sent, n: int) -> Event:
    """The Event record of one found event (a dict from events.py) in sentence `sent`, numbered n."""
    trig: Trigger = ev["trig"]
    node, verb = ev["node"], ev["verb"]
    text = ctx.text
    ts, te = node.idx, node.idx + len(node.text)
    in_sent = [d for d in ctx.dates if d.start >= sent.start_char and d.end <= sent.end_char]
    clause = verb if is_verb(verb) else node
    cs = min(t.idx for t in clause.subtree)
    ce = max(t.idx + len(t.text) for t in clause.subtree)
    date = nearest(in_sent, cs, ce, sentence_start=sent.start_char) if in_sent else None
    when = date.value if date is not None else None
    mod = modality(verb if verb.i != node.i and is_verb(verb) else node, ev["governors"],
                   ctx.article.published, when)
    etype, cameo, mode, rule = trig.type, trig.cameo, trig.mode, ev["rule"]
    if mod == "future" and not ev.get("complement"):
        if etype in COOPERATIVE:
            code = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}.get(cameo[:2], "030")
            etype, cameo, mode, rule = "AGREE", code, None, rule + "+future->AGREE"
        elif etype in HOSTILE:
            etype, cameo, rule = "THREATEN", "130", rule + "+future->THREATEN"
    src, tgt = ev["src"], ev["tgt"]
    conf = trig.conf
    conf += 0.15 if src and src["ids"] else (-0.1 if not src else 0.0)
    conf += 0.1 if tgt and tgt["ids"] else 0.0
    conf -= 0.15 if ev.get("nominal") else 0.0
    conf -= 0.15 if src and src.get("pronoun") else 0.0
    conf -= 0.1 if verb.dep_ in {"advcl", "relcl", "acl", "pcomp", "pobj"} else 0.0   # subordinate clauses
    speaker, according = attribution(verb if is_verb(verb) else node, ctx.lex.say, ctx.lemma)
    spk = ctx.argument(speaker) if speaker is not None else None
    window = [t.text.lower() for t in sent]
    place = ev["place"]
    e = Event(
        id=f"{ctx.article.id}-e{n}", article_id=ctx.article.id, type=etype, sentence=sent.text,
        start=sent.start_char, end=sent.end_char, trigger=text[ts:te], trigger_start=ts, trigger_end=te,
        mode=mode, cameo=cameo or None, domain=domain_of(etype, trig.domain, window),
        date=when, date_text=date.text if date else None, date_start=date.start if date else -1,
        date_end=date.end if date else -1,
        source_actor_id=(src["ids"][0] if src and src["ids"] else None), source_text=src["text"] if src else None,
        source_start=src["start"] if src else -1, source_end=src["end"] if src else -1,
        source_actor_ids=tuple(src["ids"]) if src else (),
        target_actor_id=(tgt["ids"][0] if tgt and tgt["ids"] else None), target_text=tgt["text"] if tgt else None,
        target_start=tgt["start"] if tgt else -1, target_end=tgt["end"] if tgt else -1,
        target_actor_ids=tuple(tgt["ids"]) if tgt else (),
        place_id=place.place_id if place else None, place_text=place.text if place else None,
        place_start=place.start if place else -1, place_end=place.end if place else -1,
        modality=mod, attributed_to=spk["text"] if spk else None,
        attributed_actor_id=(spk["ids"][0] if spk and spk["ids"] else None),
        confidence=round(max(0.05, min(0.95, conf)), 2),
        rule=rule + ("+according" if according else ("+said" if spk else "")),
    )
    return e
