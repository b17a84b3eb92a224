"""Turning a found event into its Event record: date, modality, PLOVER future rule, confidence, attribution.

What: `to_event(ctx, found, sentence, n)` fills the record from what the tree walk found: the clause's date
(dates module, publication date as anchor; an undated past-tense sentence of a timeline paragraph takes the
day the paragraph opens with, "On 5 January, ..."), its modality, the speaker it is attributed to, the domain, and a
confidence built from the trigger's own weight and how well the arguments are linked.
Why: PLOVER codes promised cooperation as AGREE and promised force as THREATEN, and an analyst ranks events by
confidence; these rules apply to every pattern alike, so they live apart from the patterns.
"""
from __future__ import annotations

import re

from ..records import Event
from .events_rules import Trigger, is_verb
from .modality import attribution, domain_of, modality, nearest

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}


PRESUPPOSED = {"nsubj", "nsubjpass", "pobj"}
# Verbs that heed an act already in force: "would respect the sanctions" does not threaten them.
HEEDING = {"respect", "observe", "honour", "honor", "obey", "uphold", "follow", "heed"}
SUBORDINATE = {"relcl", "acl", "advcl", "ccomp", "parataxis"}
_RANGE = re.compile(r"^\s?[-–—]\s?\d{2,4}\b|^\s+(?:to|and)\s+\d{4}\b")
_RANGE_BEFORE = re.compile(r"(?:\d{4}\s?[-–—]\s?|\b(?:between|from)\s+)$")


def own_spans(clause, node, conjuncts: bool = False) -> list[tuple[int, int]]:
    """Character spans of the clause's own words: its subtree less the relative, adverbial and complement
    clauses that do not hold the trigger ("... supported the Turks, whose land was annexed in 2014"); with
    `conjuncts`, less the coordinated verbs after it too (a date there may be theirs alone)."""
    drop = [c for t in clause.subtree for c in t.children
            if (c.dep_ in SUBORDINATE or conjuncts and c.dep_ == "conj" and is_verb(c) and c.i > clause.i)
            and c.i != clause.i and node not in list(c.subtree)]
    gone = {t.i for c in drop for t in c.subtree}
    return [(t.idx, t.idx + len(t.text)) for t in clause.subtree if t.i not in gone]


def in_range(text: str, d) -> bool:
    """Is the date one end of a range ("2005-2020", "from 2005 to 2020")? A range is a period, not the day
    an act happened."""
    return bool(_RANGE.match(text[d.end:d.end + 8]) or _RANGE_BEFORE.search(text[max(0, d.start - 9):d.start]))


_ELSEWHEN = re.compile(r"\b(?:later|afterwards?|subsequently|since|earlier|previously|next|following|ago|"
                       r"before|then|meanwhile)\b", re.I)     # the sentence moves away from the paragraph's day
_TIMELINE_LEAD = re.compile(r"(?:On|By|Early on|Late on)\s+")


_BOUND = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$", re.I)


def _deadline(text: str, d, trigger_end: int) -> bool:
    """Is the date a deadline or bound after the trigger ("agreed to double capacity by 2026", "will stay until
    June")? It dates the goal, not the act; a leading "By 5 January, troops had ..." still dates its sentence."""
    return d.start > trigger_end and bool(_BOUND.search(text[max(0, d.start - 24):d.start]))


def paragraph_date(text: str, dates, pos: int):
    """The day a timeline paragraph opens with ("On 5 January, ...") for a later, undated sentence of the same
    paragraph told in the past tense ("On 5 January, X resigned. Protesters stormed ..."); None otherwise.
    A dated timeline states the day once per paragraph; the following sentences tell what else happened then."""
    ps = max(text.rfind("\n", 0, pos) + 1, 0)
    lead = _TIMELINE_LEAD.match(text, ps)
    if lead is None or ps == pos:
        return None
    return next((d for d in dates if d.start == lead.end() and d.value and d.precision == "day"
                 and text[d.end:d.end + 1] == "," and d.end < pos), None)


def scheduled(ev: dict) -> bool:
    """"The next SCO summit will be held in Astana": a meeting noun that is its clause's subject is put on a
    calendar, nobody promises it; it stays a future CONSULT, not an AGREE."""
    return bool(ev.get("nominal")) and ev["trig"].type == "CONSULT" and ev["node"].dep_ in PRESUPPOSED - {"pobj"}


def hostile_target(ctx, ev: dict) -> bool:
    """Is a planned deployment aimed at someone? PLOVER's THREATEN needs a hostile recipient: a state, group or
    organisation other than the source's own; a deployment to a base, a town or one's own country ("will deploy
    drones to Kant", "to its southern bases") is a future MOBILIZE."""
    tgt, src = ev["tgt"], ev["src"]
    if not tgt or not tgt["ids"]:
        return False
    own = {ctx.country_of(i) or i for i in (src["ids"] if src else ())}
    head = ctx.doc[tgt["head"]] if "head" in tgt else None
    if head is not None and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "his", "her"}
                                for c in head.children):
        return False                       # "to its bases in Tajikistan": its own
    for i in tgt["ids"]:
        actor = ctx.linked.actors.get(i)
        if actor is not None and actor.kind in {"state", "group", "organization"} \
                and (ctx.country_of(i) or i) not in own:
            return True
    return False


def to_event(ctx, ev: dict, sent, n: int) -> Event:
    """The Event record of one found event (a dict from events.py) in sentence `sent`, numbered n."""
    trig: Trigger = ev["trig"]
    node, verb = ev["node"], ev["verb"]
    text = ctx.text
    ts, te = node.idx, node.idx + len(node.text)
    clause = verb if is_verb(verb) else node
    cs = min(t.idx for t in clause.subtree)
    ce = max(t.idx + len(t.text) for t in clause.subtree)
    own = own_spans(clause, node)
    in_sent = [d for d in ctx.dates if d.start >= sent.start_char and d.end <= sent.end_char
               and not in_range(text, d) and not _deadline(text, d, te)
               and (any(a <= d.start < b for a, b in own) or d.end <= cs)]
    alone = own_spans(clause, node, conjuncts=True)   # "wrote off debt in 2017 and lent more in March 2021"
    if any(a <= d.start < b for d in in_sent for a, b in alone):
        in_sent = [d for d in in_sent if any(a <= d.start < b for a, b in alone) or d.end <= cs]
    date = nearest(in_sent, cs, ce, sentence_start=sent.start_char) if in_sent else None
    carried = False
    if date is None and not any(d.start >= sent.start_char and d.end <= sent.end_char for d in ctx.dates) \
            and (verb if is_verb(verb) else node).tag_ == "VBD" and not _ELSEWHEN.search(sent.text):
        date = paragraph_date(text, ctx.dates, sent.start_char)
        carried = date is not None
    when = date.value if date is not None else None
    # a complement event's own verb decides ("said X must go" is a request made, not a hypothesis)
    mod = modality(verb if verb.i != node.i and is_verb(verb) else node,
                   () if ev.get("complement") else ev["governors"], ctx.article.published, when)
    if ev.get("nominal") and node.dep_ in PRESUPPOSED and mod in {"hypothetical", "negated"}:
        # "Turkish support for X may not have gone down well": the support itself is taken as given
        mod = "asserted"
    elif ev.get("nominal") and node.dep_ == "dobj" and verb.i != node.i and mod != "alleged" \
            and ctx.lemma(verb) in HEEDING:
        mod = "asserted"    # "would respect the sanctions against Russia": the sanctions are in force already
    etype, cameo, mode, rule = trig.type, trig.cameo, trig.mode, ev["rule"]
    dated_ahead = mod == "future" and modality(verb if verb.i != node.i and is_verb(verb) else node, () if ev.get(
        "complement") else ev["governors"], ctx.article.published, None) != "future"   # only its date is ahead
    if mod == "future" and not ev.get("complement") and not dated_ahead and not scheduled(ev) \
            and not (etype == "MOBILIZE" and not hostile_target(ctx, ev)):
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
    conf -= 0.1 if tgt and tgt.get("how") in {"domestic", "place"} else 0.0     # a recipient inferred, not named
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
        rule=rule + ("+according" if according else ("+said" if spk else ""))
        # an undated article's relative date was read against the text's own time, not a publication date
        + ("+date:narrative" if when and date.relative and not ctx.article.published else "")
        + ("+date:paragraph" if carried else ""),
    )
    return e
