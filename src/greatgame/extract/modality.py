"""Modality, attribution and domain of an event (dates come from the dates module).

What: `modality(trigger, governors)` reads negation, future and conditional auxiliaries, hedges ("allegedly",
"reportedly") and the governing complement verbs; `attribution(trigger, lex)` finds the speaker whose
say-verb governs the clause or an "according to" phrase; `domain_of(...)` names the policy domain from the
event type and the words around the trigger; `find_dates`/`nearest` are re-exported from
`greatgame.extract.dates`.
Why: the same act means different things asserted, denied, planned or alleged, and an analyst must see who
said so; these are properties of the clause, separate from who did what to whom.
"""
from __future__ import annotations

from datetime import date

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPO_AUX = {"could", "may", "might", "should", "would", "can", "must"}
HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently"}
NEG = {"not", "n't", "never", "no"}
# Words whose complement is someone's claim, not a fact: "accused X of ...", "assertions that Turkey invaded".
ALLEGING = {"accuse", "allege", "suspect", "accused", "alleged", "suspected", "assertion", "assertions", "claim",
            "claims", "allegation", "allegations", "accusation", "accusations", "rumour", "rumours", "rumor"}

# Verbs whose object is told to act: the act in their infinitive complement is an order, not yet done.
DIRECTIVES = {"order", "instruct", "tell", "command", "direct", "authorize", "authorise", "urge", "ask", "call"}
DIRECTIVES |= {w + s for w in DIRECTIVES - {"tell"} for s in ("s", "ed", "d", "ing")} | {"told", "tells", "telling"}

DOMAIN_WORDS = {
    "security": {"troop", "troops", "military", "army", "soldier", "soldiers", "terrorism", "terrorist",
                 "terrorists", "militant", "militants", "peacekeeper", "peacekeepers", "peacekeeping", "weapon",
                 "weapons", "security", "defense", "defence", "border", "missile", "drill", "exercise",
                 "exercises", "csto", "nato", "war", "insurgent", "base", "armed", "attack", "police"},
    "economic": {"investment", "invest", "invested", "trade", "oil", "gas", "loan", "loans", "pipeline", "bank",
                 "economic", "economy", "export", "exports", "import", "imports", "tariff", "debt", "billion",
                 "million", "infrastructure", "railway", "energy", "market", "business", "company", "fund"},
    "cultural": {"student", "students", "language", "confucius", "culture", "cultural", "university",
                 "scholarship", "education", "media", "film", "museum", "tourism", "exchange"},
    "legal": {"court", "sentence", "sentenced", "law", "trial", "judge", "prosecutor", "treason", "charges",
              "charged", "lawsuit", "verdict", "convicted", "indicted", "legal", "constitution"},
    "domestic": {"election", "elections", "resign", "resigned", "resignation", "protest", "protests",
                 "protesters", "parliament", "opposition", "cabinet", "party", "vote", "referendum", "reform"},
}
TYPE_DOMAIN = {"MOBILIZE": "security", "ASSAULT": "security", "PROTEST": "domestic", "COERCE": "domestic",
               "SANCTION": "diplomatic", "AID": "economic"}
DOMAIN_ORDER = ("security", "legal", "economic", "cultural", "domestic")


def clause_of(tok):
    """The verb heading the clause a token sits in (the token itself when it is that verb)."""
    t = tok
    while t.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp"} and t.head.i != t.i:
        t = t.head
    return t


def modality(trigger, governors, published: str | None = None, when: str | None = None) -> str:
    """asserted | negated | future | hypothetical | alleged | historical for the event at `trigger`.
    `governors` are the complement verbs collapsed into the event ("agreed to", "plans to")."""
    chain = [trigger] + list(governors)
    t = chain[-1]
    while t.dep_ == "xcomp" and t.head.i != t.i:   # "plans to visit", "is expected to sign"
        t = t.head
        chain.append(t)
        governors = list(governors) + [t]
    head = clause_of(trigger)
    if head not in chain:
        chain.append(head)
    words, conditional = set(), False
    for t in chain:
        for c in t.children:
            if c.dep_ in {"aux", "auxpass", "neg", "advmod", "mark"}:
                words.add(c.text.lower())
            elif c.dep_ == "advcl" and any(m.text.lower() in {"if", "unless"} for m in c.children if m.dep_ == "mark"):
                conditional = True
    # nominal events inherit the modality of the clause that reports them
    coord = [t.head for t in chain if t.dep_ == "conj"]      # "neither opposing nor endorsing"
    if any(c.dep_ == "neg" for t in chain for c in t.children) or words & {"never"} or any(
            c.text.lower() in {"neither", "nor"} and c.dep_ in {"preconj", "cc"} for t in chain + coord
            for c in t.children) or _denied_arguments(chain):
        return "negated"
    if words & HEDGES or _under(trigger, ALLEGING):
        return "alleged"
    if "if" in words or "unless" in words or words & (HYPO_AUX - {"would"}):
        return "hypothetical"
    if words & FUTURE_AUX or "would" in words and _reported(head):
        return "future"
    if _directed(trigger):                      # "ordered forces to shoot to kill": an order, not (yet) done
        return "hypothetical"
    if any(g.text.lower() in {"plan", "plans", "planned", "planning", "intend", "intends", "expected", "expects", "aims",
                        "going", "prepared", "preparing"} for g in governors):
        return "future"
    if "would" in words or conditional:
        return "hypothetical"
    if published and when and when > published[:len(when)]:
        return "future"                          # "when he travels to Moscow in May": not yet happened
    if published and when and _years_before(when, published) >= 1:
        return "historical"
    return "asserted"


def _denied_arguments(chain) -> bool:
    """Does a subject or object deny the act: "Neither the US nor the EU has imposed sanctions", "No state
    has recognised it", "imposed no sanctions"? The negation sits on the argument, not on the verb."""
    for t in chain:
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
                    g.dep_ == "preconj" and g.lower_ == "neither" or g.dep_ == "det" and g.lower_ == "no"
                    for g in c.children):
                return True
    return False


def _under(tok, lemmas: set[str]) -> bool:
    """Is the token inside the complement of an accusing verb ("accused X of meddling")? A conjunct of the
    accusing verb ("accused the government of X and urged it to ...") is a second act, not the claim."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "conj" and (t.head.lower_ in lemmas or t.head.lemma_.lower() in lemmas):
            return False
        t = t.head
        if t.text.lower() in lemmas or (t.lemma_ and t.lemma_.lower() in lemmas):
            return True
    return False


def _directed(tok) -> bool:
    """Is the token's verb inside the infinitive complement of a directive ("ordered X to shoot to kill",
    "told troops to fire")? Climbs complement and purpose links only, so "said he had ordered" stays put."""
    t = tok
    for _ in range(5):
        if t.dep_ == "conj" and t.head.i != t.i and t.head.dep_ in {"xcomp", "advcl"}:
            t = t.head                          # "ordered units to advance and attack"
        if t.dep_ not in {"xcomp", "advcl"} or t.head.i == t.i or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False
        t = t.head
        if t.lower_ in DIRECTIVES or t.lemma_.lower() in DIRECTIVES:   # the parse may have no lemmas
            return True
    return False


def _reported(head) -> bool:
    return head.dep_ in {"ccomp", "parataxis"}


def _years_before(when: str, published: str) -> float:
    try:
        a = _as_date(when)
        b = _as_date(published)
    except ValueError:
        return 0.0
    return (b - a).days / 365.25


def _as_date(value: str) -> date:
    parts = [int(p) for p in value[:10].split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def attribution(trigger, say_verbs: set[str], lemma) -> tuple[object | None, bool]:
    """The head token of the speaker the event is attributed to, and whether it came from "according to"."""
    t = clause_of(trigger)
    for _ in range(6):
        for child in t.children:
            if child.dep_ == "prep" and child.text.lower() == "according":
                for to in child.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj, True
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ in {"ccomp", "parataxis"} and lemma(head) in say_verbs:
            for c in head.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    return c, False
        # "…, officials said": the say-verb hangs under the event's clause
        t = head
    root = clause_of(trigger)
    for child in root.children:
        if child.dep_ in {"parataxis", "ccomp"} and lemma(child) in say_verbs and child.i > trigger.i:
            for c in child.children:
                if c.dep_ == "nsubj":
                    return c, False
    return None, False


def domain_of(event_type: str, default: str | None, words: list[str]) -> str:
    """security | economic | diplomatic | cultural | legal | domestic."""
    bag = {w.lower() for w in words}
    hits = {d: len(bag & DOMAIN_WORDS[d]) for d in DOMAIN_ORDER}
    best = max(DOMAIN_ORDER, key=lambda d: (hits[d], -DOMAIN_ORDER.index(d)))
    if default and hits.get(default, 0) >= hits[best]:
        return default
    if hits[best] >= 1 and not (default and hits[best] < 2 and hits.get(default) is not None):
        return best
    return default or TYPE_DOMAIN.get(event_type, "diplomatic")


from .dates import find_dates, nearest  # noqa: E402,F401  (re-exported for the extractor)
