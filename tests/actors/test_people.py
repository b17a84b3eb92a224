"""People and short forms inside one article (people.py, repeat.head_repeats, doc_labels' place check, the
nested place slots of organisation names); on texts we wrote."""
from __future__ import annotations

from types import SimpleNamespace

from greatgame.actors.context import doc_labels
from greatgame.actors.people import inside_longer_name, name_start, not_a_person, person_pieces, titled


PUBLISHED = "2015-05-07"   # the date the `link` fixture (tests/conftest.py) gives the articles


def test_a_vehicle_whose_first_word_is_also_a_common_word_is_no_person():
    text = "Space Shuttle Atlantis flew again. The space agency kept the shuttle. Mark Olsen said the mark held."
    assert not_a_person(text, "Space Shuttle Atlantis")
    assert not not_a_person(text, "Mark Olsen")               # a known given name, though "mark" is a word
    assert not not_a_person(text, "Aner Shalev")              # nothing in lower case
    assert not not_a_person(text, "Atlantis")                 # one word: not judged here


def test_a_run_naming_several_things_yields_its_people():
    text = "We met Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming today."
    words = ["Mario", "J.", "Lucero", "and", "Isabel", "Ruiz", "of", "Heaven", "Sent", "Gaming"]
    start = text.index("Mario")
    pieces = person_pieces(text, start, words)
    assert [text[s:e] for s, e, _ in pieces] == ["Mario J. Lucero", "Isabel Ruiz"]   # known given names
    other = "We met Tavita J. Lucero and Isabel Ruiz of Heaven Sent Gaming today."
    pieces = person_pieces(other, other.index("Tavita"), ["Tavita"] + words[1:])
    assert [other[s:e] for s, e, _ in pieces] == ["Isabel Ruiz"]         # an unknown given name: no person
    assert person_pieces(text, start, ["Mario", "J.", "Lucero"]) == []   # one piece: the run is one name
    assert person_pieces("no such words", 0, words) == []


def test_a_word_inside_a_longer_capitalised_name_is_no_repeat():
    text = ("Users of Internet Explorer fell. Currently Shalev is away. President Obama spoke. "
            "The Sea Org. Montalvo ran.")
    assert inside_longer_name(text, text.index("Explorer"), text.index("Explorer") + 8)
    assert inside_longer_name(text, text.index("Internet"), text.index("Explorer") - 1)   # a capitalised word follows
    assert not inside_longer_name(text, text.index("Shalev"), text.index("Shalev") + 6)   # opens the clause
    assert not inside_longer_name(text, text.index("Obama"), text.index("Obama") + 5)     # after a title
    assert not inside_longer_name(text, text.index("Montalvo"), text.index("Montalvo") + 8)  # after a full stop


def _ent(text, name, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return SimpleNamespace(start_char=start, end_char=start + len(name), label_=label)


def test_a_name_tagged_both_organisation_and_place_that_no_gazetteer_knows_is_an_organisation():
    text = "Scientology grew. Scientology sued. Scientology won."
    ents = [_ent(text, "Scientology", "LOC", 0), _ent(text, "Scientology", "LOC", 1),
            _ent(text, "Scientology", "ORG", 2)]
    assert doc_labels(ents, text) == {"Scientology": "LOC"}                      # the plain majority
    assert doc_labels(ents, text, lambda name: False) == {"Scientology": "ORG"}
    assert doc_labels(ents, text, lambda name: True) == {"Scientology": "LOC"}   # a known place stays one


def test_given_names_and_surnames_of_people_found_by_their_shape(link):
    text = ("Isabel Ruiz founded the studio in Denver. Later Isabel hired two artists, and Ruiz kept the books. "
            "Isabel also wrote the music.")
    out = link(text)
    full = {m.actor_id for m in out.mentions if m.text == "Isabel Ruiz"}
    assert len(full) == 1 and None not in full
    assert {m.actor_id for m in out.mentions if m.text in ("Isabel", "Ruiz")} == full


def test_a_given_name_two_people_share_stays_unlinked(link):
    text = ("Isabel Ruiz and Isabel Moreno opened a shop in Denver. Isabel said the rent was high. "
            "Ruiz agreed.")
    out = link(text)
    assert not [m for m in out.mentions if m.text == "Isabel" and m.label == "PERSON" and m.actor_id]
    ruiz = {m.actor_id for m in out.mentions if m.text == "Isabel Ruiz"}
    assert {m.actor_id for m in out.mentions if m.text == "Ruiz"} == ruiz


def test_the_head_word_after_the_is_the_one_organisation_with_that_head(link):
    text = ("The Church of Scientology denied the claims in Sydney. A spokesman said the Church would reply. "
            "Her church friends met at the Church Street cafe.")
    out = link(text)
    church = {m.actor_id for m in out.mentions if m.text == "Church of Scientology"}
    assert len(church) == 1
    heads = [m for m in out.mentions if m.text == "Church"]
    assert [m.start for m in heads] == [text.index("Church would")] and {m.actor_id for m in heads} == church
    two = link("The Church of Scientology and the Church of England met in London. Later the Church said no.")
    ids = {m.actor_id for m in two.mentions if m.text.startswith("Church of")}
    assert len(ids) == 2 and not [m for m in two.mentions if m.text == "Church" and m.actor_id in ids]


def test_an_organisation_name_holds_the_town_or_state_it_starts_with(link):
    text = ("Police in Irving, Texas, questioned a student. The Irving Police Department said the Massachusetts "
            "Institute of Technology had offered help. Officials at the Kennedy Space Center in Florida agreed.")
    nested = {(m.text, m.place_id is not None) for m in link(text).nested}
    assert ("Irving", True) in nested and ("Massachusetts", True) in nested
    assert not [t for t, _ in nested if t == "Kennedy"]        # no big town named Kennedy in the USA


def test_a_title_or_a_role_noun_before_a_name_makes_it_a_person():
    text = "We met writer Oren Galil and Home Secretary Ann Vale at the writer's house near Hope Street."
    assert titled(text, text.index("Oren")) and titled(text, text.index("Ann Vale"))
    assert not titled(text, text.index("Hope"))                 # "near" is no role


def test_an_unknown_name_after_a_role_noun_and_its_later_forms(link):
    text = ("Israeli mathematician and writer Oren Galil Wednesday, May 2, 2012\n\n"
            "Oren Galil is a mathematician. Currently Galil teaches in Haifa.\n\nInterview\n\nOren Galil\n\n"
            "What are you writing?")
    out = link(text)
    full = [m for m in out.mentions if m.text == "Oren Galil"]        # not "Oren Galil Wednesday"
    assert len(full) == 3 and len({m.actor_id for m in full}) == 1    # every full repeat, not its surname
    assert {m.actor_id for m in out.mentions if m.text == "Galil"} == {full[0].actor_id}


def test_a_surname_tagged_alone_widens_over_the_full_name_written_there():
    text = "Interview with Oren Galil. Galil spoke."
    s = text.index("Galil")
    assert name_start(text, s, s + 5, "Oren Galil") == text.index("Oren")
    later = text.index("Galil spoke")
    assert name_start(text, later, later + 5, "Oren Galil") == later            # the surname alone stays
