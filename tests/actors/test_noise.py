"""Names that must not become new actors (quoted work titles, attributive words) and transposition typos."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conftest import span_of
from greatgame.actors.kb import KnowledgeBase
from greatgame.actors.noise import attributive_word, in_quoted_title, transposed_alias

NOTE = ('[4] Aliya Tuleova. “Steppe Railways Turn East: Freight and Power in Kazakhstan.” '
        'Almaty Review, May 2, 2021.\n'
        'The minister said “Steppe Railways” would bid again.\n'
        'She called it "a fair deal for Almaty Review readers" on Monday.')


def test_a_name_inside_a_quoted_headline_is_part_of_a_title():
    assert in_quoted_title(NOTE, *span_of(NOTE, "Steppe Railways"))


def test_a_quoted_name_alone_and_a_quoted_sentence_are_not_titles():
    assert not in_quoted_title(NOTE, *span_of(NOTE, "Steppe Railways", 1))      # the whole quotation is the name
    assert not in_quoted_title(NOTE, *span_of(NOTE, "Almaty Review", 1))        # lower-case words: a sentence
    assert not in_quoted_title(NOTE, *span_of(NOTE, "Almaty Review"))           # after the closing quote


def test_bad_offsets_are_no_title():
    assert not in_quoted_title(NOTE, 10, 5)
    assert not in_quoted_title(None, 0, 3)


def _doc(words, heads, deps, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_capitalised_modifier_of_a_common_noun_is_attributive():
    # "it is a Trojan horse ." : Trojan -> horse (amod)
    doc = _doc(["it", "is", "a", "Trojan", "horse", "."], [1, 1, 4, 4, 1, 1],
               ["nsubj", "ROOT", "det", "amod", "attr", "punct"], ["PRON", "AUX", "DET", "PROPN", "NOUN", "PUNCT"])
    s = doc[3].idx
    assert attributive_word(doc, s, s + len("Trojan"))


def test_a_subject_or_a_modifier_of_a_name_is_not_attributive():
    doc = _doc(["Trojan", "said", "Kazakh", "Railways", "won"], [1, 1, 3, 4, 1],
               ["nsubj", "ROOT", "compound", "nsubj", "ccomp"], ["PROPN", "VERB", "PROPN", "PROPN", "VERB"])
    assert not attributive_word(doc, 0, len("Trojan"))
    s = doc[2].idx
    assert not attributive_word(doc, s, s + len("Kazakh"))                # its head is a proper noun
    assert not attributive_word(None, 0, 6)


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.load()


def test_one_swapped_pair_of_letters_finds_the_known_name(kb):
    want = {a.id for a in kb.by_alias("Kazakhs")}
    assert len(want) == 1
    got = transposed_alias(kb, "Kazkahs")
    assert got is not None and got.id in want


def test_short_words_acronyms_and_other_edits_find_nothing(kb):
    assert transposed_alias(kb, "Iarn") is None              # too short to be safe
    assert transposed_alias(kb, "KAZKAHS") is None           # capitals: an acronym, not a typo
    assert transposed_alias(kb, "Kazakhz") is None           # a changed letter is not a transposition
    assert transposed_alias(kb, "Kazakh Railways") is None   # one word only
    assert transposed_alias(kb, None) is None


def _hit(kb, text, word, actor_name):
    from greatgame.actors.match import Form, Hit
    actor = kb.by_alias(actor_name)[0]
    s = text.index(word)
    return Hit(s, s + len(word), word, (Form(word, actor.id, "aliases", False),))


@pytest.mark.parametrize("text, person, word, other", [
    ("Analyst Peter Mattis wrote a report.", "Peter Mattis", "Mattis", True),        # not Jim Mattis
    ("As President Putin said on Monday.", "President Putin", "Putin", False),       # a title only
    ("Vlad Putin spoke.", "Vlad Putin", "Putin", False),                              # his given name's variant
])
def test_a_known_surname_inside_somebody_elses_full_name(kb, text, person, word, other):
    from greatgame.actors.noise import someone_else
    actor_name = {"Mattis": "Jim Mattis", "Putin": "Vladimir Putin"}[word]
    hit = _hit(kb, text, word, actor_name)
    s = text.index(person)
    assert someone_else(kb, hit, [(s, s + len(person))], text) is other
    assert someone_else(kb, hit, [], text) is False                                   # no longer name around it
