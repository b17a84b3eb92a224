"""Who said it: the speaker of a quote cue, and the speaker of quoted passages no cue claimed.

What: `speaker_of(ctx, verb, noun)` takes a cue's subject, its "by" agent, the possessor of a speech noun, or
the subject of the verb a conjoined verb or purpose infinitive hangs from ("met them to ... assure them
that"); `name_of(ctx, head, cue)` turns that noun phrase into speaker text, offsets and actor (the linker's
mention on the head or its appositive; "he"/"she" and "her data" resolved to the last person named before,
preferring a subject close by); `region_speaker(ctx, s, e)` reads the speaker from a stretch of text beside a
quote ("“…,” Flynn, an adviser, said"); `plausible(lemma, speaker)` makes a weak cue ("suggests", "shows")
need a speaker who can speak; `claim_unattributed(ctx, found)` gives quoted sentences that continue an
attributed quote, and "Name: “…”", their speaker. `ctx` is the per-article context of `quotes._Ctx` (text,
doc, mentions by position, persons, `actor_of`, `mentions_in`).
Why: finding the quote and finding its speaker are separate problems with separate failure modes (PolNeAR
reports direct F1 and speaker accuracy apart); keeping the speaker rules in their own module keeps
`quotes.py` about cues and spans, and each module small enough to read whole.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
QUOTE_CHARS = set("“”«»„\"")

WEAK = {"suggest", "indicate", "signal", "show", "reveal", "fear", "believe", "think", "hint", "highlight",
        "underline", "underscore", "estimate", "echo", "continue", "describe", "call", "point", "cite", "forecast",
        "predict", "speculate", "recall", "agree", "confirm", "mean", "stress", "emphasize", "emphasise", "note"}

HUMAN = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministers", "analyst",
         "analysts", "expert", "experts", "scholar", "scholars", "observer", "observers", "onlookers", "critic",
         "critics", "source", "sources", "diplomat", "diplomats", "leader", "leaders", "president", "activist",
         "activists", "residents", "witnesses", "witness", "groups", "people", "protesters", "journalist",
         "journalists", "researcher", "researchers", "detainees", "lawmakers", "aides", "aide", "advisers",
         "adviser", "ambassador", "envoy", "government", "ministry", "police", "authorities", "military",
         "prosecutors", "prosecutor", "agency", "campaign", "i", "we", "they", "he", "she", "supporters"}

PRONOUNS = {"he", "she", "him", "her"}
_HUMAN_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:" + "|".join(sorted(HUMAN - {"i", "we", "they", "he", "she"},
                                                                       key=len, reverse=True)) + r")\b")

EVIDENCE_NOUNS = {"data", "study", "research", "survey", "findings", "report", "book", "article", "paper",
                  "analysis", "estimate", "estimates", "account", "view", "words", "statement", "calculations"}

EMPTY_SUBJECTS = {"it", "there", "this", "that", "which", "who", "what"}


def plausible(lem: str | None, sp: dict) -> bool:
    """A weak cue ("suggest", "show", "believe") needs a speaker who can speak: an actor, a person or a
    human noun; "Evidence suggests that ..." is an inference, not a statement."""
    words = _WORD.findall(sp["speaker"].lower())
    return lem not in WEAK or bool(sp["actor"]) or sp["how"] == "pronoun" or bool(words and words[-1] in HUMAN)


def region_speaker(ctx, s: int, e: int) -> dict | None:
    """The speaker named in text[s:e]: its first person (else actor) mention, a pronoun, or the phrase."""
    ms = ctx.mentions_in(s, e)
    m = next((m for m in ms if m.label == "PERSON"), None) or (ms[0] if ms else None)
    if m is not None:
        noun = _HUMAN_AFTER.match(ctx.text, m.end, e) if m.label != "PERSON" else None
        end = noun.end() if noun else m.end          # "an Uzbek official said": the official, Uzbekistan's
        return {"speaker": ctx.text[m.start:end], "sp_start": m.start, "sp_end": end, "actor": ctx.actor_of(m),
                "how": "subject"}
    span = ctx.doc.char_span(s, e, alignment_mode="contract")
    if span is None or not len(span):
        return None
    first = next((t for t in span if not t.is_punct), None)
    if first is not None and first.text.lower() in PRONOUNS:
        return name_of(ctx, first, first)
    if first is not None and first.text.lower() in EMPTY_SUBJECTS:
        return None
    text = ctx.text[s:e].strip(" ,")
    text = re.split(r",|\s(?:as|who|after|when|while|in|on|at)\s", text)[0].strip()
    if not text or len(text) > 80:
        return None
    start = ctx.text.index(text, s)
    return {"speaker": text, "sp_start": start, "sp_end": start + len(text), "actor": None, "how": "subject"}


# ---- speakers ------------------------------------------------------------------------------------------
def speaker_of(ctx, verb, noun=None) -> dict | None:
    """The speaker of a cue: subject, "by" agent, possessor of a speech noun, or the subject of the verb a
    conjoined verb or a purpose infinitive hangs from."""
    if noun is not None:
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None:
            return name_of(ctx, poss, noun) | {"how": "noun"}
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            subj = agent
        if subj is not None:
            if subj.text.lower() in {"who", "that"} and v.dep_ == "relcl":
                subj = v.head                   # "an architect who said he was stiffed"
            elif subj.text.lower() in EMPTY_SUBJECTS:
                return None
            return name_of(ctx, subj, verb) | ({"how": "noun"} if noun is not None else {})
        if v.dep_ in {"conj", "xcomp"} and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "advcl" and v.head.i < v.i and v.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "aux" and c.text.lower() == "to" for c in v.children):
            v = v.head                      # a purpose infinitive: "X met them to brief them and assure them
            continue                        # that ...": X, the subject of the main verb, says it
        if v.dep_ in {"acl", "relcl"}:     # "a statement saying ...", "officials who said ..."
            return name_of(ctx, v.head, verb)
        break
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    tail = _tail_appositive(verb) if noun is None else None
    if tail is not None:            # "X may impose sanctions on Y, a diplomat in Brussels said": parsed as Y's appos
        return name_of(ctx, tail, verb)
    if prev is not None and prev.pos_ == "PROPN" and noun is None:   # "... the Washington Post Trump said that"
        ms = [m for m in ctx.mentions_in(prev.idx, prev.idx + len(prev.text)) if m.label == "PERSON"]
        if ms:
            return {"speaker": ms[0].text, "sp_start": ms[0].start, "sp_end": ms[0].end,
                    "actor": ctx.actor_of(ms[0]), "how": "subject"}
    return None


def _tail_appositive(verb):
    """The noun phrase closing the clause right before a subjectless speech verb, after a comma, that the
    parser took for an appositive inside the quoted content (", a diplomat in Brussels said.")."""
    if verb.i < 3 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    doc = verb.doc
    for t in doc[max(0, verb.i - 12):verb.i]:
        if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.head.i < t.i and t.pos_ in {"NOUN", "PROPN"} \
                and doc[t.left_edge.i - 1].text == "," and t.head.i > verb.i - 40:
            return t
    return None


def is_subject(doc, pos: int) -> bool:
    """Is the word at `pos` (part of) a clause's subject, the name in "The minister, Erlan X, said" too?"""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    t = span[0] if span is not None and len(span) else None
    while t is not None and t.dep_ in {"compound", "flat"} and t.head.i != t.i:
        t = t.head
    if t is not None and t.dep_ == "appos" and t.head.i < t.i:
        t = t.head
    return t is not None and t.dep_ in {"nsubj", "nsubjpass"}


ROLES = {"official", "spokesman", "spokeswoman", "spokesperson", "minister", "analyst", "expert", "scholar",
         "diplomat", "ambassador", "envoy", "adviser", "advisor", "aide", "activist", "lawyer", "journalist",
         "researcher", "economist", "professor", "witness", "resident", "commander", "general", "officer",
         "governor", "mayor", "senator", "lawmaker", "deputy", "source"}


def role_subject(ctx, at: int, after: int):
    """The last singular person noun ("a Russian official", "the interior minister") that is a clause's
    subject between `after` and `at`, outside quotation marks, or None: a "he" after it means that person
    rather than someone named earlier."""
    span = ctx.doc.char_span(after, at, alignment_mode="contract") if at > after else None
    best = None
    for t in span or ():
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN" and t.text.lower() in ROLES \
                and t.head.pos_ in {"VERB", "AUX"} and not any(qs <= t.idx < qe for qs, qe in ctx.quotes):
            best = t
    return best


def name_of(ctx, head, cue) -> dict:
    """Speaker text, offsets and actor of the noun phrase headed by `head` (a pronoun resolved backwards)."""
    low = head.text.lower()
    poss = next((c for c in head.children if c.dep_ == "poss" and c.text.lower() in {"his", "her"}), None)
    if low in PRONOUNS or (poss is not None and low in EVIDENCE_NOUNS) \
            or low == "his" and head.dep_ == "poss":     # "she said", "her data", "repeated his claim"
        at = head.idx if poss is None else poss.idx
        prev = [m for m in ctx.persons if m.end <= at and at - m.end < 2500]
        near = [m for m in prev if at - m.end < 400 and is_subject(ctx.doc, m.start)]
        m = near[-1] if near else prev[-1] if prev else None
        role = role_subject(ctx, at, m.end if m is not None else max(0, at - 400))
        if role is not None:        # "A Russian official told the paper ... “…,” he said": the official
            return name_of(ctx, role, cue) | {"how": "pronoun"}
        if m is not None:   # the last person named, preferring a subject among those named close before
            return {"speaker": m.text, "sp_start": m.start, "sp_end": m.end, "actor": m.actor_id, "how": "pronoun"}
    parts = [head] + [c for c in head.children if c.dep_ == "appos"]
    if head.pos_ == "NOUN":         # "A spokesperson for the Kremlin, Dmitry Peskov, said": the parser hangs the
        parts += [a for pr in head.children if pr.dep_ == "prep" for o in pr.children if o.dep_ == "pobj"
                  for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]   # name on the org
    ms = [m for p in parts for m in ctx.mentions_in(p.left_edge.idx, p.idx + len(p.text))]
    on_head = [m for p in parts for m in ms if m.start <= p.idx < m.end]
    pick = [m for m in on_head if m.label == "PERSON"] or [m for m in ms if m.label == "PERSON"] or on_head \
        or sorted(ms, key=lambda m: (m.place_id is not None, m.label == "NORP", -m.start))
    hs, he = head.idx, head.idx + len(head.text)
    keep = [t for t in head.subtree if t.i <= head.i and not t.is_punct]
    s = min((t.idx for t in keep), default=hs)
    if he - s > 80:
        s = hs
    if pick:
        m = pick[0]
        if not on_head and m.label != "PERSON" and s <= m.start and m.end <= hs and head.text.islower():
            s += len(ctx.text[s:he]) - len(ctx.text[s:he].removeprefix("the ").removeprefix("The "))
            return {"speaker": ctx.text[s:he], "sp_start": s, "sp_end": he, "actor": ctx.actor_of(m),
                    "how": "subject"}   # "the Kazakh defence ministry", "Russian commentators": the phrase
        return {"speaker": m.text, "sp_start": m.start, "sp_end": m.end, "actor": ctx.actor_of(m), "how": "subject"}
    return {"speaker": ctx.text[s:he], "sp_start": s, "sp_end": he, "actor": None, "how": "subject"}


# ---- quoted passages no cue claimed --------------------------------------------------------------------
def claim_unattributed(ctx, found: list[dict]) -> None:
    """Quoted sentences that continue an attributed quote, and "Name: “...”" quotes."""
    covered = [(q["start"], q["end"]) for q in found]
    for qs, qe in ctx.quotes:
        if any(s <= qs and qe <= e for s, e in covered):
            continue
        words = len(_WORD.findall(ctx.text[qs:qe]))
        if words < 4:
            continue                                  # scare quotes and titles
        before = ctx.text[:qs].rstrip(" ")
        if before.endswith(":") and ctx.text[qs] not in "‘'":    # "Lynch: 'Be the voice ...'" is headline style
            ms = [m for m in ctx.mentions_in(len(before) - 60, len(before)) if len(before) - 1 - m.end <= 1]
            if ms:
                m = ms[-1]
                found.append({"start": qs, "end": qe, "cue_start": len(before) - 1, "cue_end": len(before),
                              "speaker": m.text, "sp_start": m.start, "sp_end": m.end, "actor": ctx.actor_of(m),
                              "how": "colon", "cue": ":"})
                covered.append((qs, qe))
                continue
        sentence_start = not before or before[-1] in ".!?\n”\""
        prev = [q for q in found if q["end"] <= qs and qs - q["end"] < 700 and ctx.text[q["end"] - 1] in "”\"»'"]
        if sentence_start and prev and words >= 5:
            p = max(prev, key=lambda q: q["end"])
            between = ctx.text[p["end"]:qs]
            if not any(c in QUOTE_CHARS for c in between) and len(between) < 400:
                found.append({**p, "start": qs, "end": qe, "how": "continuation", "cue": ""})
                covered.append((qs, qe))
