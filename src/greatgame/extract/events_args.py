"""The arguments of an event: who (source, target) and where, read off the parse and the linker's mentions.

What: `Ctx` holds one article's text, mentions by token, dates and lexicon; `Ctx.argument(head)` turns the
head of a noun phrase into an argument (span, text, actor ids); `targets(...)` picks the recipient among the
objects and prepositional phrases of the event's words; `place(...)` the place phrase.
Why: most wrong events the analysts saw had the right trigger and the wrong actor (a possessor: "Nazarbayev's nephew
left"; a statement for its issuer; a purpose phrase for a recipient); these rules decide who an argument stands for.
"""
from __future__ import annotations

import bisect
import re

from ..errors import GGError
from ..records import Article
from .events_places import NUMBER_WORDS, own_clause, shares_place
from .events_recipient import complaint_topic, demonym_states, repaired_objects, role_holder
from .events_rules import OBJ, SUBJ, TARGET_PREPS, Lexicon, heads_with_conjuncts, is_noun, lemma_of, np_tokens, \
    phrase_span, prep_objects, trigger_for
from .modality import find_dates

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}
PRONOUNS = {"he", "she", "him", "her", "it", "they", "them", "we", "i", "you", "who", "which", "that"}
# Heads whose possessor or "of" phrase is not the actor: relatives, members, parts ("Nazarbayev's nephew").
RELATIONAL = {"nephew", "niece", "son", "daughter", "child", "children", "wife", "husband", "brother", "sister",
              "relative", "family", "member", "ally", "alliance", "associate", "friend", "supporter", "critic",
              "rival", "opponent", "loyalist", "in-law", "son-in-law", "daughter-in-law", "people", "citizen",
              "resident", "student"}
# Communication nouns: "a statement that condemned X" was made by whoever issued or joined the statement.
COMMUNICATION = {"statement", "declaration", "resolution", "letter", "communique", "communiqué", "report",
                 "speech", "message", "document", "petition", "appeal", "memorandum", "note", "remarks"}
QUANTIFIERS = {"some", "many", "most", "all", "several", "none", "few", "each", "both", "dozens", "hundreds",
               "thousands", "tens"} | NUMBER_WORDS
# Verbs whose direct object is the thing given or the topic, not the recipient ("provide classes", "discuss border security").
THEME_VERBS = {"provide", "offer", "give", "send", "supply", "deliver", "grant", "donate", "lend", "launch", "share",
               "dispatch", "deploy", "sign", "release", "fund", "finance", "promise", "pledge", "extend", "issue",
               "discuss", "review", "debate", "examine"}
ATTITUDE_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
COUNTRY_WORDS = {"country", "nation", "republic", "state"}
# A state's institutions named without their state ("police will no longer tolerate rallies"): the state
# the same sentence names before them, as "the country" is.
INSTITUTIONS = {"government", "authorities", "police", "regime", "parliament", "cabinet", "judiciary"}
_PLAIN = {"the", "local", "national", "federal", "central", "riot"}
# Prepositions tried for a recipient, best first, by event type.
HOSTILE_TYPES = {"ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "PROTEST", "REJECT", "REQUEST"}
PREP_ORDER_HOSTILE = ("against", "on", "upon", "at", "to", "toward", "towards", "into", "over", "with", "for",
                      "from")
PREP_ORDER_COOP = ("to", "with", "for", "into", "toward", "towards", "on", "at", "upon", "over", "against", "from")


_THE_COUNTRY = re.compile(r"\b[Tt]he (?:country|nation|republic)\b")


_STANCE = re.compile(r"(?i)\b(?:anti|pro)-")
_ETHNIC = re.compile(r"(?i)\bethnic\s+$")
# "students throughout Indonesia", "guerrillas operating in Macedonia": where a group is, it is of
LOCATED_PREPS = ("in", "from", "throughout", "across")
SITED = {"based", "stationed", "located", "deployed", "headquartered", "born", "registered", "settled", "posted"}


class Ctx:
    """Per-article state: the text, mentions by token, dates and the lexicon."""

    def __init__(self, article: Article, doc, linked):
        self.article, self.doc, self.linked = article, doc, linked
        self.text = article.text
        self.lex = Lexicon.load()
        self.by_token: dict[int, list] = {}
        spans = sorted(linked.mentions, key=lambda m: m.start)
        starts = [t.idx for t in doc]
        for m in spans:   # tokens overlapping each mention, found by bisection over token offsets
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            while i < len(doc) and doc[i].idx < m.end:
                if doc[i].idx + len(doc[i].text) > m.start:
                    self.by_token.setdefault(i, []).append(m)
                i += 1
        try:
            self.dates = list(find_dates(self.text, article.published, doc))
        except GGError:
            self.dates = []
        self.persons = [m for m in spans if m.actor_id and m.label == "PERSON"]
        self.bodies = [m for m in spans if m.actor_id and m.label in {"GPE", "ORG"}]
        self.states = [m for m in spans if self._state_of(m)]

    def _state_of(self, m) -> str | None:
        """The state a mention stands for (a state actor, or a country place), else None."""
        a = self.linked.actors.get(m.actor_id) if m.actor_id else None
        if a is not None and a.kind == "state":
            return a.id
        if a is None and m.place_id and m.place_id in self.linked.places:
            p = self.linked.places[m.place_id]
            if getattr(p, "country", None) and getattr(p, "kind", "") in {"country", "state"}:
                return p.country
        return None

    def _is_subject(self, m) -> bool:
        """Is the mention inside the subject of its clause (the likeliest antecedent of "it")?"""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        t = span.root if span is not None and len(span) else None
        for _ in range(3):
            if t is None:
                return False
            if t.dep_ in SUBJ or t.dep_ == "nsubjpass":
                return True
            if t.dep_ not in {"compound", "poss", "amod", "appos", "conj"}:
                return False
            t = t.head
        return False

    def country_of(self, actor_id: str) -> str | None:
        """The country (ISO3) an actor belongs to: a state itself, else its country field."""
        a = self.linked.actors.get(actor_id)
        if a is None:
            return None
        return a.id if a.kind == "state" else a.country

    def relational(self, tok) -> bool:
        """Is the noun a relative, member or ally of someone ("nephew", "family members", "allies")?"""
        low = tok.text.lower()
        return self.lemma(tok) in RELATIONAL or low in RELATIONAL or low[:-1] in RELATIONAL or (
            low.endswith("ies") and low[:-3] + "y" in RELATIONAL) or low in {"children", "people"}

    def lemma(self, tok) -> str:
        return lemma_of(tok, self.lex)

    def actors_in(self, tokens) -> tuple[list[str], list]:
        """Actor ids (first mention first) of the mentions over `tokens`; places stand for their country."""
        ids, mentions = [], []
        for tok in tokens:
            for m in self.by_token.get(tok.i, ()):
                if m in mentions:
                    continue
                aid = m.actor_id
                if m.method == "demonym" and _ETHNIC.search(self.text, max(0, m.start - 10), m.start):
                    continue                    # "ethnic Albanian guerrillas": an ethnicity, not Albania
                if aid is None and m.place_id and m.place_id in self.linked.places:
                    aid = self.linked.places[m.place_id].country
                if aid and aid not in ids:
                    ids.append(aid)
                    mentions.append(m)
        return ids, mentions

    def the_country(self, pos: int, exclude: set[str], depth: int = 0) -> str | None:
        """"the country": the same referent as an earlier "the country" close before (a repeated definite
        description), else the closest state named before it within a few sentences, other than the
        event's other side; None when there is none."""
        prev = [m.start() for m in _THE_COUNTRY.finditer(self.text, max(0, pos - 400), pos)]
        if prev and depth < 3:
            return self.the_country(prev[-1], exclude, depth + 1)
        for m in reversed(self.states):
            if m.start >= pos:
                continue
            if m.start < pos - 600:
                break
            sid = self._state_of(m)
            if sid and sid not in exclude:
                return sid
        return None

    def _actor_tokens(self, head) -> list:
        """The tokens whose mentions say who the phrase headed by `head` is. A relational head ("nephew",
        "members") is not its possessor; "some of X" is X; other heads take their possessors, compounds and
        "of" phrases. Words on another line (a heading run into the sentence) never count."""
        if head.text.lower() in QUANTIFIERS:   # "some of Nazarbayev's allies" are not Nazarbayev
            inner = [h for p, o in prep_objects(head, ("of",)) for h in heads_with_conjuncts(o)]
            if inner and any(self.relational(h) for h in inner):
                return [t for h in inner for t in self._actor_tokens(h)]
        if self.relational(head):
            toks = [head] + [t for c in head.children if c.dep_ in {"compound", "appos"} for t in c.subtree]
            if self.lemma(head) in {"member", "members"} or head.text.lower() == "members":
                # "members of the Jurists' Association" act for it; "members of his family" not for him
                orgs = [t for _, o in prep_objects(head, ("of",)) for t in np_tokens(o)
                        if any(m.label in {"ORG", "NORP", "GPE"} for m in self.by_token.get(t.i, ()))]
                toks += orgs
        else:
            toks = np_tokens(head)
        return [t for t in toks if "\n" not in self.text[min(t.idx, head.idx):max(t.idx, head.idx)]
                and not _STANCE.search(self.text[max(0, t.idx - 5):t.idx + 5])]   # "anti-Syria journalist"

    def argument(self, head) -> dict | None:
        """An argument from the head of a noun phrase: its span, text and actor ids (None if not an actor)."""
        if head is None:
            return None
        if head.text.lower() in {"who", "which", "that"} and head.head.dep_ == "relcl":
            head = head.head.head
            if self.lemma(head) in COMMUNICATION and head.dep_ == "pobj":   # "joined X in a statement that ..."
                verb = head.head.head
                subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
                if subj is not None:
                    head = subj
        if self.lemma(head) in COMMUNICATION and head.dep_ in OBJ and not self.actors_in(np_tokens(head))[0]:
            subj = next((c for c in head.head.children if c.dep_ in SUBJ), None)   # "X issued a declaration"
            if subj is not None:
                head = subj
        head = role_holder(head, SUBJ)          # "A spokesperson for the Kremlin, Dmitry Peskov, denied ..."
        low = head.text.lower()
        if low in {"they", "it", "he", "she", "we"} and head.dep_ in SUBJ and head.head.dep_ == "ccomp" \
                and self.lemma(head.head.head) in self.lex.say:   # "the rebels said they will release ..."
            speaker = next((c for c in head.head.head.children if c.dep_ in SUBJ), None)
            if speaker is not None and speaker.text.lower() not in PRONOUNS:
                head = speaker
        heads = heads_with_conjuncts(head)
        toks = [t for h in heads for t in self._actor_tokens(h)]
        ids, _ = self.actors_in(toks)
        located = False
        core = head   # "hundreds of thousands of people": the people, for what kind of thing this is
        while (core.text.lower() in QUANTIFIERS or core.like_num) and prep_objects(core, ("of",)):
            core = prep_objects(core, ("of",))[0][1]
        if not ids and (self.lemma(core) in self.lex.generic or self.relational(core) or core.tag_ == "NNS"):
            # "rebels in the Ivory Coast", "doctors from American aid groups": a group is of the country it is in
            for _, o in self._located(core) + self._located(head):
                ids = [self._state_of(m) or self.linked.places[m.place_id].country
                       for t in np_tokens(o) for m in self.by_token.get(t.i, ())
                       if self._state_of(m) or (m.place_id and m.place_id in self.linked.places)
                       or (m.actor_id and m.label == "NORP")][:1]
                ids = [i for i in ids if i]
                if not ids:
                    ids = [m.actor_id for t in np_tokens(o) for m in self.by_token.get(t.i, ())
                           if m.actor_id and self.linked.actors.get(m.actor_id) is not None
                           and self.linked.actors[m.actor_id].kind == "state"][:1]
                if ids:
                    located = True
                    break
        nationals = False
        if not ids and (core.tag_ == "NNS" or self.relational(core) or self.lemma(core) in self.lex.generic):
            ids = demonym_states(self, core)       # "Palestinian refugees", "British nationals"
            nationals = bool(ids)
        s, e = phrase_span(heads)
        if e - s > 120:
            s, e = head.idx, head.idx + len(head.text)
        cut = self.text.rfind("\n", s, head.idx)
        if cut >= 0:                            # a heading parsed into the phrase
            s = cut + 1
        arg = {"start": s, "end": e, "text": self.text[s:e], "ids": ids, "how": head.dep_, "pronoun": False,
               "head": head.i, "located": located, "nationals": nationals}
        low = head.text.lower()
        if not ids and low == "them" and head.dep_ in OBJ:   # "... against Chinese officials, accusing them"
            verb = head.head
            subj = {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}
            for t in reversed(list(head.sent[:head.i - head.sent.start])):
                ms = [m for m in self.by_token.get(t.i, ()) if m.actor_id]
                if ms and t.i not in subj and t.head.i != verb.i:
                    arg.update(ids=[ms[0].actor_id], pronoun=True)
                    break
        elif not ids and low in {"he", "she", "him", "her"}:
            prev = [m for m in self.persons if m.end <= head.idx]
            if prev:
                arg.update(ids=[prev[-1].actor_id], pronoun=True)
        elif not ids and low == "it" and head.dep_ in SUBJ:   # "It opened a base": the last state, subjects first
            prev = [m for m in self.states if head.idx - 400 <= m.end <= head.idx] or \
                [m for m in self.bodies if head.idx - 400 <= m.end <= head.idx]
            subj = [m for m in prev if self._is_subject(m)]
            pick = (subj or prev)[-1] if prev else None
            if pick is not None:
                arg.update(ids=[self._state_of(pick) or pick.actor_id], pronoun=True)
        elif not ids and self.relational(head):
            arg["relational"] = True            # "Nazarbayev's nephew": a person we cannot name, not a thing
        elif not ids and self.lemma(head) in COUNTRY_WORDS and any(
                c.dep_ == "det" and c.text.lower() == "the" for c in head.children) and head.dep_ != "nsubj":
            arg["country_word"] = True          # resolved by the caller, who knows the other side
        elif not ids and self.lemma(head) in INSTITUTIONS and all(
                c.lower_ in _PLAIN for c in head.children if c.dep_ in {"det", "amod", "compound", "poss"}):
            arg["institution"] = True           # resolved by the caller within the sentence
        if not ids and not arg["pronoun"]:
            if low in PRONOUNS or not (is_noun(core) or head.pos_ == "PRON"):
                if low not in {"they", "we"}:
                    return None
            elif self.lemma(core) not in self.lex.generic and not arg.get("relational") and head.pos_ != "PROPN" \
                    and head.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}:
                arg["generic_unknown"] = True
        return arg

    def _located(self, tok) -> list:
        """Objects of the phrases placing a group: "in X", "from X", "throughout X", and of a participle
        ("operating in X", "based in X")."""
        out = prep_objects(tok, LOCATED_PREPS)
        for c in tok.children:
            if c.dep_ == "acl" and (c.tag_ == "VBG" or c.tag_ == "VBN" and c.lower_ in SITED):   # not "held in X"
                out += prep_objects(c, ("in", "throughout", "across"))
        return out

    def resolve_country(self, arg: dict | None, other: dict | None) -> dict | None:
        """Fill a "the country" argument with the article's main state (not the other side's)."""
        if arg and arg.get("country_word") and not arg["ids"]:
            sid = self.the_country(arg["start"], set((other or {}).get("ids") or ()))
            if sid:
                arg = {**arg, "ids": [sid], "pronoun": True, "generic_unknown": False}
        elif arg and arg.get("institution") and not arg["ids"]:
            head = self.doc[arg["head"]]            # the police act at home; a government may be the other's
            other_ids = set() if self.lemma(head) == "police" else set((other or {}).get("ids") or ())
            sid = next((self._state_of(m) for m in reversed(self.states) if head.sent.start_char <= m.start
                        < arg["start"] and self._state_of(m) not in other_ids), None)
            if sid:
                arg = {**arg, "ids": [sid], "pronoun": True, "generic_unknown": False}
        return arg


def objects(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in OBJ or c.dep_ == "nsubjpass":
            out.append(c)
            out.extend(c.conjuncts)
    return out


def targets(ctx: Ctx, toks, skip: set[int], etype: str = "") -> tuple[dict | None, str]:
    """The recipient: the first object or prepositional argument (of the event's words, then of their objects)
    with a linked actor, prepositions ranked by the event type ("against" first for hostile acts, "to" for
    cooperative ones); else a generic object."""
    fallback = None
    order = PREP_ORDER_HOSTILE if etype in HOSTILE_TYPES else PREP_ORDER_COOP
    preps = tuple(p for p in order if p in TARGET_PREPS) + (("in",) if etype in {"AID", "COOPERATE"} else ())
    rank = {p: i for i, p in enumerate(preps)}
    if etype in ATTITUDE_TYPES:   # "condemned an attack by Osgiliath soldiers": the attacker is the target
        for v in (toks[:1] if etype == "REQUEST" else toks):   # a request's own object, not the asked act's
            for o in objects(v) + [x for _, x in prep_objects(v, ("into",))]:
                if o.dep_ == "nsubjpass" or o.i in skip:
                    continue
                agents = [c for c in o.children if c.dep_ == "poss" and trigger_for(o, ctx.lex)]
                # "investigating crimes by Croatian extremists", "demanded an admission by Moscow"
                agents += [x for t in o.subtree if t.i - o.i < 12 for p, x in prep_objects(t, ("by",))]
                for a in agents:
                    arg = ctx.argument(a)
                    if arg and arg["ids"]:
                        return arg, "dobj.agent"
    found = complaint_topic(ctx, toks) if etype == "ACCUSE" else None
    if found is not None:                  # "complained to the UN over Israeli raids": Israel
        return found, "prep:over"
    cands = []
    for v in toks:
        theme = ctx.lemma(v) in THEME_VERBS
        cands += [(-1, "dobj", o) for o in objects(v) if o.dep_ != "nsubjpass"
                  and not (theme and not any(m.actor_id for m in ctx.by_token.get(o.i, ())))]
        cands += [(rank.get(p, 99), f"prep:{p}" if p else "dative", o) for p, o in prep_objects(v, preps)]
        cands += repaired_objects(v, preps, rank)   # objects the parser misplaced (events_recipient.py)
        # one level down: "aid to Mozambique", "a complaint with a prosecutor against officials"
        inner = [o for o in objects(v) if o.dep_ != "nsubjpass"] + [o for _, o in prep_objects(v, preps)]
        for o in inner:
            cands += [(rank.get(p, 99) + (0 if o.i in skip or p == "against" else 50), f"np:{p}", x)
                      for p, x in prep_objects(o, preps)]
    on_own = etype not in ATTITUDE_TYPES   # "sanctions on officials"; not "condemned the use of force against"
    for r, how, o in sorted(cands, key=lambda c: c[0]):   # np: under the event's own noun ranks < 50
        if o.i in skip:
            continue
        arg = ctx.argument(o)
        if arg and arg["ids"]:
            return arg, how
        if arg and arg.get("country_word"):
            return arg, how
        if arg and fallback is None and not arg.get("generic_unknown") and o.ent_type_ != "DATE" and (how in {
                "dobj", "prep:with", "prep:against", "prep:to"} or how[:3] == "np:" and r < 50 and on_own):
            fallback = (arg, how)
    return fallback if fallback else (None, "")


def place(ctx: Ctx, toks):
    """The first place mention in an "in/at/near ..." phrase of the event's words, then of their objects
    ("lifted a night curfew in Montenegro"), then of the clause that times it ("killed 23 people when they
    blew themselves up in Tel Aviv")."""
    toks = list(toks)
    t = toks[0] if toks else None   # then the clauses it hangs on: "opened a base in Tajikistan and announced
    for _ in range(2):              # funding a complex" happened in one place; "declared a state of siege in
        if t is None or t.head.i == t.i or not (t.dep_ in {"xcomp", "ccomp", "conj"} or   # Haiti, arresting ..."
                                               t.dep_ == "advcl" and t.tag_ == "VBG") or own_clause(t):
            break
        t = t.head
        toks.append(t)
    toks += [c for v in toks[:1] for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and shares_place(v, c)]
    toks += [o for v in toks for o in objects(v) if o.dep_ != "nsubjpass"]  # ties with and opened an embassy in X"
    toks += [c for v in toks[:1] for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "advmod" and m.lower_ in {"when", "while", "as"} or m.dep_ == "mark" and m.lower_ in {"when", "while"}
        for m in c.children)]
    for v in toks:
        for c in v.children:
            if c.dep_ == "prep" and c.text.lower() in PLACE_PREPS:
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    inner = [x for _, x in prep_objects(o, ("in",))]   # "at a jail in northern Israel"
                    for t in [o] + [c for c in o.children if c.dep_ == "compound"] + inner:  # not "Moscow's thinking"
                        for m in ctx.by_token.get(t.i, ()):
                            if m.place_id or ctx._state_of(m):
                                return m
    return None


def place_country(ctx: Ctx, m) -> dict | None:
    """A target argument standing for the country of a place mention ("arrived in Amman" -> Jordan)."""
    if m is None:
        return None
    state = ctx._state_of(m)
    if m.place_id and m.place_id in ctx.linked.places:
        country = getattr(ctx.linked.places[m.place_id], "country", None)
    else:
        country = state
    if not country:
        return None
    return {"start": m.start, "end": m.end, "text": m.text, "ids": [country], "how": "place", "pronoun": False}
