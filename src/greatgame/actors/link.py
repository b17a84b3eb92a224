"""The linker: every actor and place mention of an article, linked to one record.

What: `Linker.link(article, doc)` finds mentions by knowledge-base matching (names, aliases, transliterations),
spaCy's entities, acronyms defined in the text and their typos, surnames and honorifics of people named earlier,
title phrases resolved through roles valid at the article's date, capitals acting for their states, demonyms,
"<State>'s <institution>", ministries, long academic names (institutions.py); then proper-noun runs spaCy missed
(people.py), names only the article's context resolves ("The President": context.py), unclaimed repeats of linked
names (repeat.py) and the byline's surnames (authors.py); unknown names become corpus actors with ids derived from
the name, so one person is one actor across the corpus. spaCy's label for a name is its majority label; facilities,
regions and names before a place noun (regions.py, placenouns.py) are places; captions, vehicles, works (cues.py),
cited titles, headings, fields of study (works.py) are no names; countries in a match report are teams (sport.py).
`Linked.mentions` never overlap; names inside them are nested; people's mentions include titles (`title_spans`).
Why: analysts click one actor and expect every mention, however written; each mention records its method.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..geo.gazetteer import Gazetteer, Place
from ..geo.resolve import ResolveContext, resolve
from ..records import Actor, Article, Mention
from .acronyms import defined_thing, fuzzy_acronym, mention_args
from .affiliation import affiliate
from .approx import approximate_places
from .authors import by_author
from .context import context_mentions, doc_labels, dominant_state, leader_phrases, local_institution
from .cues import refine
from .hits import full_names, language_word, link_hit, surname_owner, surname_owners
from .kb import KnowledgeBase, loose
from .locatives import from_place, hyphen_place, known_place, noun_place, untagged_places
from .institutions import claimed_names
from .match import Trie
from .naming import corpus_actor_id, label_of, to_actor, unresolved_place
from .nested import extend_titles, nested_mentions
from .noise import attributive_word, in_longer_name, in_quoted_title, transposed_alias
from .placenouns import org_noun_after, place_label
from .people import name_start, not_a_person, person_pieces, titled
from .regions import admin_region, region_place
from .repeat import repeat_names
from .rules import (acronym_definitions, context_label, locative, looks_like_name,
                    not_a_name, not_a_place_name, org_headed, place_noun_before, proper_runs,
                    same_spelling, title_phrases, trim_span, event_name)
from .rules import GENERIC_PLACE_WORDS as _GENERIC_PLACE_WORDS, JUNK as _JUNK, NOT_PLACES as _NOT_PLACES
from .sport import national_teams
from .works import in_cited_work, not_an_org

NER_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "group"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_CAP_WORD = re.compile(r"(?:\b(?P<prep>in|at|near|from|to|outside|In|At|Near|From|Outside)\s+)?(?<![\w.’'-])"
                       r"(?P<name>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?)(?![\w’'-])")


@dataclass
class Linked:
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    nested: list[Mention] = field(default_factory=list)     # names inside longer names (see nested.py)


class Linker:
    """Links mentions in articles; one instance per process (the KB and gazetteer are shared)."""

    def __init__(self, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None, corrections=None,
                 title_spans: bool = True, title_states: bool = False):
        self.title_spans, self.title_states = title_spans, title_states   # see nested.extend_titles
        self.kb = kb or KnowledgeBase.load()
        self.gaz = gazetteer or Gazetteer.load()
        self.trie = Trie(self.kb.surface_forms())
        self.corrections = corrections
        self._local = threading.local()       # .ctx: (text, its ResolveContext, the text's own country counts)
        self.by_alias = lru_cache(maxsize=65536)(self.kb.by_alias)
        self._primary_place = lru_cache(maxsize=65536)(self._primary_place)   # a gazetteer fact per name

    # -- one article ------------------------------------------------------
    def link(self, article: Article, doc) -> Linked:
        text, date = article.text, article.published
        out = Linked()
        # every place-like name of the article, so a town's namesakes are weighed against its neighbours
        self._local.names = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")] if doc is not None else []
        starts: list[int] = []                # the taken spans, disjoint, sorted: starts and ends both ascend
        ends: list[int] = []

        def free(s: int, e: int) -> bool:
            """No taken span overlaps [s, e): the last span starting before e ends by s."""
            k = bisect_left(starts, e)
            return k == 0 or ends[k - 1] <= s

        def add(s, e, label, method, conf, actor: Actor | None = None, place: Place | None = None):
            if not free(s, e) or e <= s:
                return
            k = bisect_left(starts, s)
            starts.insert(k, s)
            ends.insert(k, e)
            if actor is not None:
                out.actors.setdefault(actor.id, actor)
            if place is not None:
                out.places.setdefault(place.id, place)
            out.mentions.append(Mention(article.id, s, e, text[s:e], actor.id if actor else None,
                                        place.id if place else None, label, method, conf))

        local: dict[str, Actor | Place] = {}  # acronyms defined in this article (a site's acronym: its place)
        # 1. acronyms defined in the text, linked like their long form
        for long_form, s, e, acro in acronym_definitions(text):
            actor = local[acro] = defined_thing(long_form, self.by_alias(long_form), acro, self)   # acronyms.py
            if acro.endswith("s"):
                local[acro[:-1]] = actor
        # 2. title phrases: "the Kazakh president" at the article's date
        for s, e, title, state_text in title_phrases(text) + leader_phrases(self.kb, text, date):
            holders = self.kb.holders(title, state_text, date) if date else []
            if len(holders) == 1:
                add(s, e, "PERSON", "title", 0.8, actor=to_actor(holders[0]))
        for s, e, label, method, actor in claimed_names(self.kb, text, date):
            add(s, e, label, method, 0.7, actor=actor)      # "Erdogan's government"; "Roe, Jane." of a bibliography
        # 3. knowledge-base names (longest match), with context rules for metonyms and demonyms
        ents = list(doc.ents) if doc is not None else []
        longer = [(e.start_char, e.end_char) for e in ents if e.label_ in ("ORG", "FAC", "PERSON", "WORK_OF_ART")]
        longer += [span[:2] for e in ents if e.label_ in ("GPE", "LOC")       # "South Australia", "North America"
                   for span in [trim_span(e.start_char, e.end_char, text)] if re.fullmatch(r"[A-Z]\S*(?: [A-Z]\S*)+", span[2])]
        people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
        hits = list(self.trie.scan(text))
        named = full_names(self, hits)        # "Heydar Aliyev ... Aliyev" (hits.py)
        owners = surname_owners(self, hits, people, text)     # "Dr. Lilit Sargsyan ... Sargsyan"
        for hit in hits:
            if in_longer_name(self.kb, hit, longer, people, text):
                continue                      # "University of Helsinki"; "Peter Mattis" is not Jim Mattis
            link_hit(self, hit, doc, date, add, local, named, text, owners)
        # 4. spaCy's entities not covered yet
        majority = doc_labels(ents, text, lambda name: bool(self.gaz.candidates(name)))
        persons = {k: a for k, a in self._person_index(out, ents, local).items()
                   if a.origin == "kb" or not not_a_person(text, a.name)}
        name_words = {w for a in persons.values() for w in re.findall(r"\w+", a.name)}
        name_words |= {w for m in out.mentions if m.label == "PERSON" and looks_like_name(m.text)
                       for w in re.findall(r"\w+", m.text)}
        first_names: dict[str, Actor | None] = {}
        for a in {a.id: a for a in persons.values()}.values():
            first = a.name.split()[0]
            first_names[first] = a if first_names.get(first, a) is a else None
        state = dominant_state(out, self.kb)
        for ent in ents:
            if ent.label_ not in NER_KIND and ent.label_ not in PLACE_LABELS:
                continue
            s, e, surface = trim_span(ent.start_char, ent.end_char, text)
            lab = majority.get(surface, ent.label_)          # one label per name in an article
            if lab in ("GPE", "LOC", "FAC", "PERSON") and org_headed(surface) \
                    and self._primary_place(surface) is None:     # but "West Bank" is a place
                lab = "ORG"                                   # "Central Asia Watch", "X State University"
            ps = trim_span(ent.start_char, ent.end_char, text, keep_title=True)[0]   # spaCy's "Ms Bauchtman" stays
            if not surface or surface.lower() in _JUNK or not free(s, e) or not surface[0].isupper():
                continue
            if surface in local:
                add(s, e, *mention_args(local[surface], "acronym", 0.9))
                continue
            if (hyph := hyphen_place(self, text, s, e, out)) is not None:     # "Mazar-i-Sharif" (locatives.py)
                add(hyph[0], hyph[1], "GPE", "gazetteer", 0.6, place=hyph[2])
                continue
            demonym = self.kb.state_for(surface) is not None      # "told Azerbaijani lawmakers": no new person
            if demonym and (lab == "NORP" or lab in ("PERSON", "ORG") and not self.by_alias(surface)) \
                    or (demonym or lab == "NORP") and language_word(text, s, e):
                continue                      # a demonym: step 3 decided whether it names a state; a language
            kb_hits = self.by_alias(surface)
            owner = surname_owner(owners, surface, [a.id for a in kb_hits], named) \
                if kb_hits and all(a.kind == "person" for a in kb_hits) else None
            if owner is not None and not owner.startswith("x:"):      # "Motaqi" after "Amir Khan Muttaqi"
                add(ps, e, "PERSON", "surname", 0.7, actor=to_actor(self.kb.get(owner)))
                continue
            if len(kb_hits) == 1 and owner is None:
                add(s, e, label_of(kb_hits[0]), "alias", 0.85, actor=to_actor(kb_hits[0]))
                continue
            caps = surface.isupper()
            if " " not in surface and not caps and _surname(surface) in persons:
                person = persons[_surname(surface)]      # "Galil" tagged alone inside "Oren Galil": the whole name
                add(name_start(text, ps, e, person.name), e, "PERSON", "surname", 0.8, actor=person)
                continue
            if " " not in surface and not caps and lab == "PERSON" and surface in first_names:
                person = first_names[surface]          # "Frank" after "Frank Smith"
                if person is not None:
                    add(ps, e, "PERSON", "first name", 0.6, actor=person)
                    continue
            acro = fuzzy_acronym(surface, local)
            if acro is not None:
                add(s, e, *mention_args(acro, "fuzzy", 0.6))
                continue
            if " " not in surface and (surface.lower() in _GENERIC_PLACE_WORDS
                                       or (surface in name_words and lab in PLACE_LABELS)):
                continue                      # "Western", "Republic"; "Marin" of "Marin Ekstrom"
            located = lab in NER_KIND and (locative(ent) or place_noun_before(ent))
            if located and " " not in surface and self._primary_place(surface) is not None:
                place = self._place(surface, text, out)
                if place is not None and place.kind in ("city", "admin1", "admin2", "region", "country"):
                    add(s, e, "GPE", "gazetteer", 0.6, place=place)
                    continue
            if lab in NER_KIND and surface not in name_words \
                    and (place := from_place(self, ent, surface, text, out)) is not None:
                add(s, e, "GPE", "gazetteer", 0.6, place=place)    # "a fisherman from Aralsk" (locatives.py)
                continue
            if lab in ("PERSON", "ORG") and surface not in name_words and not self.by_alias(surface) and (
                    place := known_place(self, ent, surface, text, out)) is not None:
                unknown = place == "unresolved" or place.kind == "unknown"   # "In Stepanakert,"; "Kashi" (locatives.py)
                add(s, e, "GPE", "unresolved" if unknown else "gazetteer", 0.5,
                    place=unresolved_place(surface) if unknown else place)
                continue
            if lab in PLACE_LABELS:     # "X Autonomous Oblast": the admin region X (regions.py)
                place = self._place(surface, text, out) or admin_region(self, surface, out)
                if place is not None:
                    add(s, e, lab, "gazetteer", 0.6, place=place)
                elif any(c.isdigit() for c in surface) or not re.fullmatch(r"[A-Z][^ ]*(?: (?:of|the|[A-Z][^ ]*))*",
                                                                          surface) or not_a_place_name(text, s, e):
                    pass                              # "IE6", "Beauveria bassiana", "M.A.": not a place's name
                else:
                    add(s, e, lab, "unresolved", 0.5, place=unresolved_place(surface))
                continue
            if lab == "ORG" and (place := region_place(self, doc, text, s, e, out)) is not None:
                add(s, e, "LOC", "unresolved" if place.kind == "unknown" else "gazetteer", 0.6, place=place)
                continue
            if lab in ("ORG", "PERSON") and " " not in surface and not caps \
                    and self._primary_place(surface, 100_000):
                place = self._place(surface, text, out)     # "Almaty" tagged ORG by the small model
                if place is not None:
                    add(s, e, "GPE", "gazetteer", 0.5, place=place)
                    continue
            if lab == "NORP" and not surface.endswith("s"):
                continue                      # "Western", "Asian": an adjective, not an actor
            label = "ORG" if lab == "PERSON" and (caps and len(surface) > 1 or org_noun_after(text, e)) else lab
            if label == "ORG" and not caps and context_label(surface.split(), titled(text, s)) == "PERSON":
                label = "PERSON"                  # "Dr. Aigerim Sadykova" tagged ORG by the small model
            if (label == "PERSON" and not_a_person(text, surface, e)) or event_name(surface):
                continue                          # "Space Shuttle Atlantis" beside "space"; "the Paralympics"
            if label in ("ORG", "PERSON") and (plab := place_label(surface, text, e)):   # "Johnson Space Center"
                place = noun_place(self, surface, text, out) if plab == "LOC" else None   # "the Volga region"
                add(s, e, plab, "gazetteer" if place else "unresolved", 0.6 if place else 0.5,
                    place=place or unresolved_place(surface))                          # "Leilek district"
                continue
            if " " not in surface and not caps and not_a_name(text, s, e):
                continue                          # "Nah", "Image: ...", "Browsing the catalog"
            inst = local_institution(self, surface, state) if label == "ORG" else None
            if inst is not None:                  # "Congress" in an article about the United States
                add(s, e, "ORG", "context", 0.6, actor=to_actor(inst))
                continue
            typo = transposed_alias(self.kb, surface)
            if typo is not None:                  # "Kazkahs": one swapped pair of letters of a known name
                add(s, e, label_of(typo), "typo", 0.5, actor=to_actor(typo))
                continue
            if in_quoted_title(text, s, e) or attributive_word(doc, s, e) or not_an_org(text, s, e, label):
                continue                          # a cited work's title; "a Trojan horse"; "an M.A. in Law" (works.py)
            if label in NER_KIND and len(surface) > 1:      # an acronym is not a person's name
                kind = NER_KIND[label]
                actor = Actor(corpus_actor_id(kind, surface), surface, kind, origin="corpus")
                add(ps if label == "PERSON" else s, e, label, "new", 0.5, actor=actor)
        # 5. remaining uses of defined acronyms
        for acro, actor in local.items():
            for m in re.finditer(rf"\b{re.escape(acro)}\b", text):
                add(m.start(), m.end(), *mention_args(actor, "acronym", 0.9))
        # 5b. proper-noun runs spaCy did not tag, typed by the KB or by their shape ("Dr. X", "X University")
        if doc is not None:
            for s, e, words in proper_runs(doc):
                if len(words) == 1 and (words[0].lower() in STOP_WORDS | _JUNK or language_word(text, s, e)) \
                        or in_cited_work(text, s, e):
                    continue                  # "known in Kazakh as Oral": a language (hits.py)
                hits = self.by_alias(text[s:e]) if free(s, e) else []
                if len(hits) == 1 and hits[0].kind != "state" and not (
                        hits[0].kind == "person" and surname_owner(owners, text[s:e], [hits[0].id], named)):
                    add(s, e, label_of(hits[0]), "alias", 0.7, actor=to_actor(hits[0]))
                    continue                  # a run partly taken may still hold people ("X and Isabel Ruiz")
                label = context_label(words, titled(text, s)) if free(s, e) else None
                for s, e, label in [(s, e, label)] if label else person_pieces(text, s, words):
                    kind = NER_KIND[label]
                    add(s, e, label, "shape", 0.4, actor=Actor(corpus_actor_id(kind, text[s:e]), text[s:e], kind,
                                                               origin="corpus"))
        # 5c. untagged names a lower-case place noun follows: "the Kokaral dam" (locatives.py)
        untagged_places(self, text, out, lambda s, e, name: free(s, e) and name not in name_words, add)
        # 6. capitalised names nothing else claimed: after "in", "at", "near" any place the gazetteer knows;
        #    elsewhere only the exact name of a city of 100,000 people or more
        for m in _CAP_WORD.finditer(text):
            s, e, name = m.start("name"), m.end("name"), m.group("name")
            if not free(s, e) or name.lower() in _NOT_PLACES or name.lower() in _GENERIC_PLACE_WORDS \
                    or name.lower() in STOP_WORDS \
                    or name in name_words or self.by_alias(name):
                continue
            after_prep = bool(m.group("prep"))
            if self._primary_place(name, 0 if after_prep else 100_000) is not None:
                place = self._place(name, text, out)
                if place is not None:
                    add(s, e, "GPE", "gazetteer", 0.6 if after_prep else 0.5, place=place)
        # 6b. names only the article's context resolves: "The President", "the North"
        for s, e, label, actor in context_mentions(self.kb, text, date, out):
            add(s, e, label, "context", 0.6, actor=to_actor(actor))
        # 7. a name linked once is the same name elsewhere in the article: its unclaimed repeats
        repeat_names(self, text, out, persons, add)
        # 7b. approximate places (approx.py), national teams (sport.py), cue words and surnames (cues.py, surnames.py)
        out = refine(text, national_teams(self.kb, text, approximate_places(self, text, out)), doc)
        out.mentions.sort(key=lambda m: m.start)
        # 8. the byline's people named by surname (authors.py); corpus actors' countries (affiliation.py)
        out = affiliate(self, text, doc, by_author(article, out))
        if self.title_spans:
            out.mentions = extend_titles(text, out.mentions, self.kb, with_state=self.title_states, linked=out)
        if self.corrections is not None:
            out = self.corrections.apply(out, self.kb)
        out.nested = nested_mentions(self, text, out)
        if self.corrections is not None:
            out.nested = [m for m in out.nested if not self.corrections.ignores(m.text)]
        return out

    # -- pieces -------------------------------------------------------------
    def _person_index(self, out: Linked, ents, local) -> dict[str, Actor]:
        """Surname (loose key) -> the person actor named in full in this article."""
        index: dict[str, Actor] = {}
        for m in out.mentions:
            a = out.actors.get(m.actor_id) if m.actor_id else None
            if a is not None and a.kind == "person" and " " in m.text:
                index.setdefault(_surname(m.text), a)
        text = None
        for ent in ents:
            if ent.label_ == "PERSON" and " " in ent.text.strip():
                text = self._doc_text(ent.doc) if text is None else text
                s, e, surface = trim_span(ent.start_char, ent.end_char, text)
                if looks_like_name(surface) and not org_headed(surface) and _surname(surface) not in index \
                        and not self.by_alias(surface):
                    index[_surname(surface)] = Actor(corpus_actor_id("person", surface), surface, "person",
                                                     origin="corpus")
        return index

    def _doc_text(self, doc) -> str:
        """doc.text, built once per doc: spaCy joins the tokens anew on every call."""
        cached = getattr(self._local, "doc_text", None)
        if cached is None or cached[0] is not doc:
            cached = self._local.doc_text = (doc, doc.text)
        return cached[1]

    def _primary_place(self, name: str, min_population: int = 0) -> Place | None:
        """The biggest city or region called exactly `name`; another spelling counts for cities of 200,000+."""
        for p in self.gaz.candidates(name):
            if p.kind not in ("city", "admin1", "admin2", "region") or p.population < min_population:
                continue
            if p.name == name or (p.kind == "city" and p.population >= 200_000 and same_spelling(p.name, name)):
                return p
        return None

    def _place(self, name: str, text: str, out: Linked | None) -> Place | None:
        """Resolve a place name in the article's context; the text's own scan is made once per article."""
        if not text:
            return resolve(name, ResolveContext())
        cached = getattr(self._local, "ctx", None)
        if cached is None or (cached[0] is not text and cached[0] != text):   # doc.text is a new, equal string
            ctx = ResolveContext.from_text(text)
            ctx.names = list(getattr(self._local, "names", []))
            cached = self._local.ctx = (text, ctx, Counter(ctx.countries))
        _, ctx, base = cached
        ctx.countries = Counter(base)
        ctx.nearby = list(out.places.values()) if out is not None else []
        if out is not None:
            ctx.countries.update(a.country for a in out.actors.values() if a.kind == "state" and a.country)
        return resolve(name, ctx)


def _surname(name: str) -> str:
    return loose(name.split()[-1]) if name.split() else ""


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    return Linker()


def link_text(text: str, published: str | None = None) -> Linked:
    """Parse and link one text (for notebooks, tests and benchmarks)."""
    from ..nlp import load

    article = Article(id="text", document_id="", page=0, index=0, text=text, published=published)
    return default_linker().link(article, load()(text))


LINKABLE_LANGUAGES = {None, "en"}
MAX_CHARS = 1_000_000     # spaCy's default max_length; longer texts are linked on their first million characters


def link_articles(articles, linker: Linker, parse) -> Iterator[Linked]:
    """Pipeline stage: Linked results for the original English articles (duplicates reuse their original's)."""
    todo = [a for a in articles if a.duplicate_of is None and a.language in LINKABLE_LANGUAGES]
    for article, doc in zip(todo, parse([a.text[:MAX_CHARS] for a in todo])):
        yield linker.link(article, doc)
