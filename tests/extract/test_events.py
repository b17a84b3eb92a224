"""Tests of the event extractor on hand-built parses (no model needed) and a few parsed sentences."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml
from spacy.tokens import Doc
from spacy.vocab import Vocab

from greatgame.actors.link import Linked
from greatgame.errors import GGError
from greatgame.extract.events import extract_events
from greatgame.extract.events_rules import DATA, Lexicon
from greatgame.records import Actor, Article, Mention

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACTORS = {
    "Russia": Actor("RUS", "Russia", "state", "RUS"), "Russian": Actor("RUS", "Russia", "state", "RUS"),
    "Kazakhstan": Actor("KAZ", "Kazakhstan", "state", "KAZ"), "China": Actor("CHN", "China", "state", "CHN"),
    "Kyrgyz": Actor("KGZ", "Kyrgyzstan", "state", "KGZ"), "Tokayev": Actor("tokayev", "Tokayev", "person", "KAZ"),
    "Dosov": Actor("x-p-dosov", "Dosov", "person", "KAZ"), "Amnesty": Actor("amnesty", "Amnesty", "organization"),
}


def build(rows, published="2022-01-20", actors=None, text_after="", glued=(".", ",", "'s")):
    """rows: (word, tag, dep, head index, lemma); returns article, doc and linked mentions from `actors`
    (default ACTORS); `glued` words take no space before them; `text_after` follows the sentence."""
    actors = ACTORS if actors is None else actors
    words = [r[0] for r in rows]
    doc = Doc(Vocab(), words=words, spaces=[i + 1 < len(words) and words[i + 1] not in glued
                                            for i in range(len(words))],
              tags=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[i == 0 for i in range(len(words))])
    article = Article(id="a1", document_id="d", page=0, index=0, text=doc.text + text_after, published=published)
    linked = Linked()
    for tok in doc:
        actor = actors.get(tok.text)
        if actor:
            linked.mentions.append(Mention("a1", tok.idx, tok.idx + len(tok.text), tok.text, actor.id,
                                           label="PERSON" if actor.kind == "person" else "GPE"))
            linked.actors[actor.id] = actor
    return article, doc, linked


def run(rows, **kw):
    article, doc, linked = build(rows, **kw)
    return extract_events(article, doc, linked)


def test_verb_with_subject_and_object():
    evs = run([("Russia", "NNP", "nsubj", 1, "Russia"), ("accused", "VBD", "ROOT", 1, "accuse"),
               ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), ("of", "IN", "prep", 1, "of"),
               ("meddling", "VBG", "pcomp", 3, "meddle"), (".", ".", "punct", 1, ".")])
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.cameo, e.mode) == ("ACCUSE", "112", "allege")
    assert (e.source_actor_id, e.target_actor_id) == ("RUS", "KAZ")
    assert e.rule.startswith("verb:accuse") and e.modality == "asserted"
    assert e.id == "a1-e0" and e.trigger == "accused"
    assert e.sentence[e.trigger_start - e.start:e.trigger_end - e.start] == "accused"


def test_coordinated_sources_and_place():
    rows = [("Russian", "JJ", "amod", 3, "russian"), ("and", "CC", "cc", 0, "and"),
            ("Kyrgyz", "JJ", "conj", 0, "kyrgyz"), ("troops", "NNS", "nsubj", 4, "troop"),
            ("arrived", "VBD", "ROOT", 4, "arrive"), ("in", "IN", "prep", 4, "in"),
            ("Almaty", "NNP", "pobj", 5, "Almaty"), (".", ".", "punct", 4, ".")]
    article, doc, linked = build(rows)
    almaty = doc[6]
    linked.mentions.append(Mention("a1", almaty.idx, almaty.idx + 6, "Almaty", place_id="gn:1", label="GPE"))
    evs = extract_events(article, doc, linked)
    assert [e.type for e in evs] == ["MOBILIZE"]
    assert evs[0].source_actor_ids == ("RUS", "KGZ")
    assert evs[0].source_text == "Russian and Kyrgyz troops"
    assert evs[0].place_id == "gn:1" and evs[0].domain == "security"


def test_passive_with_generic_agent_and_date():
    rows = [("Dosov", "NNP", "nsubjpass", 2, "Dosov"), ("was", "VBD", "auxpass", 2, "be"),
            ("arrested", "VBN", "ROOT", 2, "arrest"), ("by", "IN", "agent", 2, "by"),
            ("police", "NNS", "pobj", 3, "police"), ("on", "IN", "prep", 2, "on"),
            ("January", "NNP", "pobj", 5, "January"), ("8", "CD", "nummod", 6, "8"), (".", ".", "punct", 2, ".")]
    evs = run(rows)
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.mode) == ("COERCE", "arrest")
    assert e.target_actor_id == "x-p-dosov"
    assert e.source_actor_id is None and e.source_text == "police"
    assert e.date == "2022-01-08"


def test_negation_and_future():
    neg = run([("Tokayev", "NNP", "nsubj", 3, "Tokayev"), ("did", "VBD", "aux", 3, "do"),
               ("not", "RB", "neg", 3, "not"), ("meet", "VB", "ROOT", 3, "meet"),
               ("Dosov", "NNP", "dobj", 3, "Dosov"), (".", ".", "punct", 3, ".")])
    assert [(e.type, e.modality) for e in neg] == [("CONSULT", "negated")]
    fut = run([("China", "NNP", "nsubj", 2, "China"), ("will", "MD", "aux", 2, "will"),
               ("invest", "VB", "ROOT", 2, "invest"), ("in", "IN", "prep", 2, "in"),
               ("Kazakhstan", "NNP", "pobj", 3, "Kazakhstan"), (".", ".", "punct", 2, ".")])
    assert len(fut) == 1
    assert fut[0].modality == "future"
    assert fut[0].type == "AGREE" and fut[0].cameo.startswith("03")     # PLOVER: future cooperation is AGREE
    assert fut[0].target_actor_id == "KAZ" and fut[0].domain == "economic"


def test_refusal_is_one_reject_event():
    evs = run([("Kazakhstan", "NNP", "nsubj", 1, "Kazakhstan"), ("refused", "VBD", "ROOT", 1, "refuse"),
               ("to", "TO", "aux", 3, "to"), ("extradite", "VB", "xcomp", 1, "extradite"),
               ("Dosov", "NNP", "dobj", 3, "Dosov"), ("to", "IN", "prep", 3, "to"),
               ("China", "NNP", "pobj", 5, "China"), (".", ".", "punct", 1, ".")])
    assert [e.type for e in evs] == ["REJECT"]
    assert evs[0].source_actor_id == "KAZ" and evs[0].target_actor_id in {"x-p-dosov", "CHN"}
    assert "xcomp:extradite" in evs[0].rule


def test_attribution_and_say_verbs_are_not_events():
    evs = run([("Amnesty", "NNP", "nsubj", 1, "Amnesty"), ("said", "VBD", "ROOT", 1, "say"),
               ("Russia", "NNP", "nsubj", 3, "Russia"), ("attacked", "VBD", "ccomp", 1, "attack"),
               ("Kazakhstan", "NNP", "dobj", 3, "Kazakhstan"), (".", ".", "punct", 1, ".")])
    assert [e.type for e in evs] == ["ASSAULT"]
    assert evs[0].attributed_to == "Amnesty" and evs[0].attributed_actor_id == "amnesty"
    assert run([("Tokayev", "NNP", "nsubj", 1, "Tokayev"), ("said", "VBD", "ROOT", 1, "say"),
                ("nothing", "NN", "dobj", 1, "nothing"), (".", ".", "punct", 1, ".")]) == []


def test_nominal_event_with_possessive_and_of_phrase():
    evs = run([("Russia", "NNP", "poss", 2, "Russia"), ("'s", "POS", "case", 0, "'s"),
               ("arrest", "NN", "nsubj", 6, "arrest"), ("of", "IN", "prep", 2, "of"),
               ("Dosov", "NNP", "pobj", 3, "Dosov"), ("was", "VBD", "aux", 6, "be"),
               ("condemned", "VBN", "ROOT", 6, "condemn"), (".", ".", "punct", 6, ".")])
    arrest = [e for e in evs if e.type == "COERCE"]
    assert len(arrest) == 1
    assert arrest[0].source_actor_id == "RUS" and arrest[0].target_actor_id == "x-p-dosov"
    assert arrest[0].rule.startswith("noun:arrest") and arrest[0].confidence < 0.9


def test_historical_and_hedged_modality():
    old = run([("Russia", "NNP", "nsubj", 1, "Russia"), ("invaded", "VBD", "ROOT", 1, "invade"),
               ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), ("in", "IN", "prep", 1, "in"),
               ("2008", "CD", "pobj", 3, "2008"), (".", ".", "punct", 1, ".")])
    assert old[0].modality == "historical" and old[0].date == "2008"
    alleged = run([("Russia", "NNP", "nsubj", 2, "Russia"), ("allegedly", "RB", "advmod", 2, "allegedly"),
                   ("attacked", "VBD", "ROOT", 2, "attack"), ("Kazakhstan", "NNP", "dobj", 2, "Kazakhstan"),
                   (".", ".", "punct", 2, ".")])
    assert alleged[0].modality == "alleged"


def test_lexicon_types_and_codes_are_consistent():
    lex = Lexicon.load()
    entries = [e for e in lex.verbs.values() if e] + [e for e in lex.nouns.values() if e]
    entries += [r for e in list(entries) for r in (e.get("objects") or {}).values() if r]
    entries += [r for e in list(entries) for r in (e.get("subjects") or {}).values() if r]
    for entry in entries:
        if entry.get("type"):
            assert entry["type"] in PLOVER, entry
            assert re.fullmatch(r"\d{3,4}", str(entry["cameo"])), entry
    with open(DATA / "cameo_plover.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["plover"] for r in rows} - {""} == PLOVER - {"RETREAT"}    # RETREAT is part of root 08
    assert lex.plover_of("173") == "COERCE" and lex.plover_of("0874") == "RETREAT"


def test_codes_exist_in_cameo_codebook():
    path = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "cameo" / "CAMEO.eventcodes.txt"
    if not path.exists():
        pytest.skip("CAMEO codebook not present")
    known = {line.split("\t")[0] for line in path.read_text(encoding="latin-1").splitlines()}
    data = yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))
    codes = set()
    for section in ("verbs", "nouns"):
        for entry in data[section].values():
            for e in [entry] + list((entry or {}).get("objects", {}).values()) + list(
                    (entry or {}).get("subjects", {}).values()):
                if e and e.get("cameo"):
                    codes.add(str(e["cameo"]))
    assert codes and codes <= known, sorted(codes - known)


@pytest.fixture(scope="module")
def parsed():
    try:
        from greatgame.actors.link import default_linker
        from greatgame.nlp import load
        nlp, linker = load(), default_linker()
    except (GGError, OSError) as exc:
        pytest.skip(f"model or tables unavailable: {exc}")

    def go(text, published="2022-01-20", title=None):
        article = Article(id="p", document_id="d", page=0, index=0, text=text, published=published, title=title)
        doc = nlp(text)
        return extract_events(article, doc, linker.link(article, doc))
    return go


def test_end_to_end_sentences(parsed):
    evs = parsed("Russia sent troops to Kazakhstan on January 6, 2022, according to Amnesty International.")
    mob = [e for e in evs if e.type == "MOBILIZE"]
    assert mob and mob[0].source_actor_id == "RUS" and mob[0].target_actor_id == "KAZ"
    assert mob[0].date == "2022-01-06" and mob[0].attributed_to and "Amnesty" in mob[0].attributed_to
    evs = parsed("The United States urged Russia to withdraw its troops from Kazakhstan.")
    assert [e.type for e in evs] == ["REQUEST"] and evs[0].target_actor_id == "RUS"
    assert parsed("The minister said the weather was cold.") == []


def test_the_topic_discussed_is_no_recipient_but_a_state_discussed_with_is():
    # "Russia and China discussed border security ." : the topic is no target
    evs = run([("Russia", "NNP", "nsubj", 3, "Russia"), ("and", "CC", "cc", 0, "and"),
               ("China", "NNP", "conj", 0, "China"), ("discussed", "VBD", "ROOT", 3, "discuss"),
               ("border", "NN", "compound", 5, "border"), ("security", "NN", "dobj", 3, "security"),
               (".", ".", "punct", 3, ".")])
    assert evs and all(e.type == "CONSULT" for e in evs)
    assert all(e.target_text != "border security" and e.target_text != "security" for e in evs)
    # "Russia discussed security with Kazakhstan ." : the partner is
    evs = run([("Russia", "NNP", "nsubj", 1, "Russia"), ("discussed", "VBD", "ROOT", 1, "discuss"),
               ("security", "NN", "dobj", 1, "security"), ("with", "IN", "prep", 1, "with"),
               ("Kazakhstan", "NNP", "pobj", 3, "Kazakhstan"), (".", ".", "punct", 1, ".")])
    assert [(e.type, e.source_actor_id, e.target_actor_id) for e in evs] == [("CONSULT", "RUS", "KAZ")]
