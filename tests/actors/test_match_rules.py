"""Dictionary matching and the linker's context rules, on strings and hand-built spaCy Docs."""
import spacy
from spacy.tokens import Doc

from greatgame.actors.match import Trie
from greatgame.actors.rules import (acronym_definitions, context_label, demonym_role, looks_like_name, metonym_acts,
                                     not_a_place_name, org_headed, proper_runs, title_cased_line, title_phrases,
                                     title_start)

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, tags=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags or ["NN"] * len(words))


def test_trie_longest_match_and_case_guards():
    trie = Trie([("CSTO", "CSTO", "aliases"), ("Collective Security Treaty Organization", "CSTO", "name"),
                 ("Tokayev", "tok", "aliases"), ("Kassym-Jomart Tokayev", "tok", "name"), ("US", "USA", "aliases")])
    text = "Kassym-Jomart Tokayev asked the Collective Security Treaty Organization (CSTO); tell us, US."
    hits = [(h.text, h.forms[0].actor_id) for h in trie.scan(text)]
    assert hits == [("Kassym-Jomart Tokayev", "tok"), ("Collective Security Treaty Organization", "CSTO"),
                    ("CSTO", "CSTO"), ("US", "USA")]
    assert [h.text for h in trie.scan("the tokayev rule, csto")] == []


def test_trie_folds_diacritics_and_punctuation():
    trie = Trie([("Recep Tayyip Erdogan", "erdogan", "name")])
    assert [h.text for h in trie.scan("Recep Tayyip Erdoğan spoke")] == ["Recep Tayyip Erdoğan"]


def test_acronym_definitions_take_the_spelled_tail():
    text = "troops of the Collective Security Treaty Organisation (CSTO) and the Organisation of Turkic States (OTS)"
    defs = [(d[0], d[3]) for d in acronym_definitions(text)]
    assert defs == [("Collective Security Treaty Organisation", "CSTO"), ("Organisation of Turkic States", "OTS")]
    assert acronym_definitions("he paid (USD) and left (CSTO)") == []


def test_title_phrases_only_without_a_following_name():
    text = "The Kazakh president said so. Kazakh President Tokayev agreed. The president of Russia called."
    found = [(t, s) for _, _, t, s in title_phrases(text)]
    assert ("president", "Kazakh") in found and ("president", "Russia") in found
    assert len(found) == 2


def test_capital_as_subject_acts_as_its_state():
    # "Beijing accepted the framing"
    doc = _doc(["Beijing", "accepted", "the", "framing"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"])
    assert metonym_acts(doc, 0, 7)


def test_capital_after_in_is_a_place():
    # "officials in Beijing said"
    doc = _doc(["officials", "in", "Beijing", "said"], [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"])
    start = doc.text.index("Beijing")
    assert not metonym_acts(doc, start, start + 7)


def test_demonym_roles():
    doc = _doc(["Chinese", "officials", "met", "Kazakh", "children"], [1, 2, 2, 4, 2],
               ["amod", "nsubj", "ROOT", "amod", "dobj"])
    assert demonym_role(doc, 0, 7) == "state"
    start = doc.text.index("Kazakh")
    assert demonym_role(doc, start, start + 6) == "group"
    lang = _doc(["learn", "Chinese"], [0, 0], ["ROOT", "dobj"], tags=["VB", "NNP"])
    assert demonym_role(lang, 6, 13) is None


def test_trie_keeps_the_last_full_stop_of_an_abbreviation():
    trie = Trie([("U.S.", "USA", "aliases")])
    assert [h.text for h in trie.scan("Aid from the U.S. arrived. U.S. officials said")] == ["U.S.", "U.S."]


def test_title_start_reaches_back_over_a_capitalised_title():
    text = "They met President Sean Mills, Emeritus Professor Ann Ode and the president Obama."
    for name, title in (("Sean", "President "), ("Ann", "Emeritus Professor ")):
        i = text.index(name)
        assert text[title_start(text, i):i] == title
    i = text.index("Obama")
    assert title_start(text, i) == i                      # a lower-case title is not taken


def test_looks_like_name():
    assert looks_like_name("Aigul Temirbekova") and looks_like_name("Patrizia d'Ettorre")
    assert not looks_like_name("Virginia Governor(s") and not looks_like_name("Pro-Beijing DAB")
    assert not looks_like_name("Tokayev") and not looks_like_name("the Kazakh side")
    assert looks_like_name("Marat K. Omarov") and looks_like_name("J.R. Ewing")      # initials are no acronym
    assert not looks_like_name("Arman NATO")


def test_context_label_types_by_shape():
    assert context_label(["Aner", "Shalev"], title_before=True) == "PERSON"
    assert context_label(["Daniel", "Montalvo"], title_before=False) == "PERSON"
    assert context_label(["Eurasian", "Policy", "Institute"], title_before=False) == "ORG"
    assert context_label(["Ministry", "of", "Energy"], title_before=False) == "ORG"
    assert context_label(["Shalev"], title_before=False) is None
    assert context_label(["George", "Mason", "University"], title_before=False) == "ORG"   # head over given name


def test_names_tagged_as_places_that_are_no_places():
    text = ("Aral Region Faces Water Shortage in Bolstering Farms\n"
            "She holds an M.A. from the academy. Peacekeepers left. The peacekeepers returned to Taraz.")
    at = text.index
    assert title_cased_line(text, at("Bolstering")) and not title_cased_line(text, at("academy"))
    assert not_a_place_name(text, at("Bolstering"), at("Bolstering") + 10)              # headline word
    assert not_a_place_name(text, at("M.A."), at("M.A.") + 4)                           # initials
    assert not_a_place_name(text, at("Peacekeepers"), at("Peacekeepers") + 12)         # also in lower case
    assert not not_a_place_name(text, at("Taraz"), at("Taraz") + 5)
    assert org_headed("Steppe Research Watch") and org_headed("Taraz State University")
    assert not org_headed("Taraz") and not org_headed("Aral Sea")


def test_proper_runs_join_of_and_stop_at_common_words():
    words = ["the", "Ministry", "of", "Energy", "met", "Aner", "Shalev", "in", "Astana"]
    tags = ["DT", "NNP", "IN", "NNP", "VBD", "NNP", "NNP", "IN", "NNP"]
    doc = Doc(VOCAB, words=words, tags=tags)
    assert [w for _, _, w in proper_runs(doc)] == [["Ministry", "of", "Energy"], ["Aner", "Shalev"], ["Astana"]]
    s, e, _ = proper_runs(doc)[1]
    assert doc.text[s:e] == "Aner Shalev"


def test_organisation_heads_of_other_languages_and_newspapers():
    assert org_headed("Instituto Cervantes") and org_headed("Partido Verde") and org_headed("Sea Org")
    assert org_headed("Karaganda Gazette") and not org_headed("Instituto")     # one word: no name to type
    assert context_label(["Priya", "Raman"], title_before=False) == "PERSON"    # a common given name


def test_a_name_ends_before_a_weekday_or_a_spaced_slash():
    from greatgame.actors.rules import trim_span
    text = "Kazatomprom Monday said output fell. A Reuters / Ipsos poll; TCP/IP stays."
    assert trim_span(0, text.index(" said"), text)[2] == "Kazatomprom"
    s = text.index("Reuters")
    assert trim_span(s, text.index(" poll"), text)[2] == "Reuters"
    s = text.index("TCP")
    assert trim_span(s, s + 6, text)[2] == "TCP/IP"
