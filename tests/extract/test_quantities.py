"""Tests of the quantity extractor on sentences we wrote in the style of the corpus (spaCy model parse)."""
from __future__ import annotations

import pytest

from greatgame.extract.quantities import extract_quantities, tie_to_events
from greatgame.records import Article, Event


@pytest.fixture(scope="module")
def nlp():
    from greatgame.nlp import load
    return load()


def quantities(nlp, text: str):
    article = Article(id="a", document_id="d", page=0, index=0, text=text)
    found = extract_quantities(article, nlp(text), None)
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.subject_start >= 0:
            assert text[q.subject_start:q.subject_end] == q.subject
    return found


def one(nlp, text: str):
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


def test_strong_contingent(nlp):
    q = one(nlp, "Moscow flew a 2,030-strong contingent to Almaty overnight.")
    assert q.value == 2030 and q.subject == "contingent" and q.unit is None


def test_scale_word_and_qualifier(nlp):
    q = one(nlp, "Over 10 thousand people were detained after the riots.")
    assert q.value == 10_000 and q.qualifier == "over" and q.subject == "people" and q.verb == "detained"


def test_money_with_scale_and_year_range(nlp):
    q = one(nlp, "Beijing has invested heavily in the country ($19.2 billion in 2005-2020).")
    assert q.value == 19.2e9 and q.unit == "USD" and q.verb == "invested"


def test_measure_unit(nlp):
    q = one(nlp, "The field now pumps 1.6 million barrels per day for export.")
    assert q.value == 1.6e6 and q.unit == "barrels per day"


def test_percentage_of_a_population(nlp):
    found = quantities(nlp, "Ethnic Russians make up 26% of the two million population of the region.")
    pct = next(q for q in found if q.unit == "%")
    assert pct.value == 26 and pct.subject == "population"
    assert any(q.value == 2e6 for q in found)


def test_at_least_killed(nlp):
    q = one(nlp, "At least 164 people were killed in the clashes, the ministry said.")
    assert (q.value, q.qualifier, q.approximate, q.subject, q.verb) == (164, "at least", False, "people", "killed")


def test_approximation_and_currency_words(nlp):
    q = one(nlp, "The fund lent some 500 million tenge to farmers.")
    assert q.value == 5e8 and q.unit == "KZT" and q.approximate and q.qualifier == "some"
    q = one(nlp, "Wages rose to €3bn in total.")
    assert q.value == 3e9 and q.unit == "EUR"


def test_years_dates_markers_and_ordinals_are_not_quantities(nlp):
    text = ("In 2013 the president visited Astana on January 19, the 5th visit since 1991, as noted.[3] "
            "The 2020 war ended.")
    assert quantities(nlp, text) == []


def test_reference_lines_are_skipped(nlp):
    text = "Trade grew fast.\n\n[4] Jane Roe. “Trade Ties.” Asia Policy 24, no. 1 (2017): 113."
    assert quantities(nlp, text) == []


def test_word_numbers_count_but_the_two_countries_refers(nlp):
    found = quantities(nlp, "Five institutes opened, and the two countries signed 12 agreements.")
    assert sorted(q.value for q in found) == [5, 12]


def test_tie_to_events(nlp):
    text = "At least 164 people were killed in the clashes. The dispatch of some 2500 troops into Almaty began."
    q1, q2 = extract_quantities(Article(id="a", document_id="d", page=0, index=0, text=text), nlp(text))
    cut = text.index("The dispatch")
    killed = Event(id="a-e0", article_id="a", type="ASSAULT", sentence=text[:cut], start=0, end=cut,
                   trigger="killed", trigger_start=text.index("killed"), trigger_end=text.index("killed") + 6)
    troops = text.index("some 2500")
    dispatch = Event(id="a-e1", article_id="a", type="MOBILIZE", sentence=text[cut:], start=cut, end=len(text),
                     trigger="dispatch", trigger_start=text.index("dispatch"), trigger_end=text.index("dispatch") + 8,
                     source_start=troops, source_end=text.index(" into"))
    unrelated = Event(id="a-e2", article_id="a", type="PROTEST", sentence=text[:cut], start=0, end=cut,
                      trigger="clashes", trigger_start=text.index("clashes"), trigger_end=text.index("clashes") + 7)
    tied = tie_to_events([q1, q2], [unrelated, killed, dispatch])
    assert [t.event_id for t in tied] == ["a-e0", "a-e1"]
    assert [t.event_id for t in tie_to_events([q1, q2], [unrelated])] == [None, None]


def test_identifiers_are_not_counts(nlp):
    assert quantities(nlp, "Under Article 5 and Resolution 2231, the 24/7 watch on the F-16 jets continued.") == []


def test_out_of_takes_the_later_noun(nlp):
    found = quantities(nlp, "The new cabinet kept 11 out of 12 ministers in their posts.")
    assert [(q.value, q.subject) for q in found] == [(11, "ministers"), (12, "ministers")]


def test_vague_counts_give_their_lower_bound(nlp):
    found = quantities(nlp, "Tens of thousands of protesters gathered, and dozens of people died.")
    assert [(q.value, q.qualifier, q.approximate, q.subject) for q in found] == [
        (20_000, "tens of thousands", True, "protesters"), (24, "dozens", True, "people")]


def test_measure_as_compound_adjective(nlp):
    q = one(nlp, "Of the 970-kilometre frontier between the two countries, the commission has mapped little.")
    assert (q.value, q.unit, q.text, q.subject) == (970.0, "km", "970-kilometre", "frontier")


def test_hyphenated_range_is_still_no_measure(nlp):
    assert quantities(nlp, "The 2005-2020 period and the 12-member council were reviewed.") == []


def test_bare_number_subject_of_a_toll_verb_counts_people(nlp):
    found = quantities(nlp, "More than 50 people were killed and about 40,000 were evacuated from the villages.")
    assert [(q.text, q.value, q.verb) for q in found] == [("More than 50", 50.0, "killed"),
                                                         ("about 40,000", 40000.0, "evacuated")]
    assert quantities(nlp, "Article 5 was invoked and 12 voted for the motion.") == []


def test_money_counts_what_follows_worth_of_and_in(nlp):
    q = one(nlp, "Beijing would provide $15 million worth of equipment to the border guards.")
    assert (q.value, q.unit, q.subject) == (15e6, "USD", "equipment")
    found = quantities(nlp, "Xi pledged $3.5 billion in new loans, after trade reached $8 billion in 2020.")
    assert [(q.value, q.subject) for q in found] == [(3.5e9, "new loans"), (8e9, "trade")]
