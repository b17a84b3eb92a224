"""Tests of the quote extractor on short sentences we wrote in the style of the corpus (spaCy model parse,
mentions linked from a small name table so the tests do not depend on the knowledge base)."""
from __future__ import annotations

import re

import pytest

from greatgame.actors.link import Linked
from greatgame.extract.quotes import cue_lemma, extract_quotes, quote_spans
from greatgame.records import Actor, Article, Mention

ACTORS = {
    "Wang Lei": Actor("wang-lei", "Wang Lei", "person", "CHN"),
    "Aigerim Dosova": Actor("dosova", "Aigerim Dosova", "person", "KAZ"),
    "Tokayev": Actor("tokayev", "Kassym-Jomart Tokayev", "person", "KAZ"),
    "Raffaello Pantucci": Actor("pantucci", "Raffaello Pantucci", "person"),
    "Nurlan Bekov": Actor("bekov", "Nurlan Bekov", "person", "KAZ"),
    "China": Actor("CHN", "China", "state", "CHN"),
    "Kazakhstan": Actor("KAZ", "Kazakhstan", "state", "KAZ"),
    "Central Asia": None,
}


@pytest.fixture(scope="module")
def nlp():
    from greatgame.nlp import load
    return load()


def link(text: str) -> Linked:
    linked = Linked()
    for name, actor in sorted(ACTORS.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), text):
            if any(x.start < m.end() and m.start() < x.end for x in linked.mentions):
                continue
            if actor is None:
                linked.mentions.append(Mention("a", m.start(), m.end(), name, place_id="rg:x", label="LOC"))
                continue
            label = "PERSON" if actor.kind == "person" else "GPE"
            linked.mentions.append(Mention("a", m.start(), m.end(), name, actor.id, label=label))
            linked.actors[actor.id] = actor
    return linked


def quotes(nlp, text: str):
    article = Article(id="a", document_id="d", page=0, index=0, text=text)
    found = extract_quotes(article, nlp(text), link(text))
    for q in found:      # every quote is evidence: its offsets give back its text
        assert text[q.start:q.end] == q.text
        if q.speaker_start >= 0:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
        if q.cue_start >= 0:
            assert text[q.cue_start:q.cue_end] == q.cue
    return found


def test_direct_quote_with_cue_after(nlp):
    (q,) = quotes(nlp, "“We will not send troops to the region,” Tokayev said on Monday.")
    assert q.direct and q.cue == "said" and q.speaker_actor_id == "tokayev"
    assert q.text.startswith("“We will") and q.text.endswith("region,”")


def test_appositive_speaker_and_that_quote(nlp):
    text = ("Wang Lei, a spokesman for China’s Foreign Ministry, also added that “dialogue remains the only way "
            "forward for the member states.”")
    (q,) = quotes(nlp, text)
    assert q.speaker_actor_id == "wang-lei" and q.cue == "added" and q.direct
    assert "dialogue remains" in q.text


def test_indirect_quote_keeps_that_clause(nlp):
    (q,) = quotes(nlp, "Officials in Astana said that the border with China would reopen next week.")
    assert not q.direct and q.cue == "said"
    assert q.text.startswith("that the border") and q.text.endswith("next week")
    assert q.speaker_text.lower().startswith("officials") and q.speaker_actor_id is None


def test_pronoun_speaker_takes_last_person(nlp):
    text = ("Aigerim Dosova is the deputy minister of trade. She claimed, “Our trade with China will double "
            "within five years.”")
    (q,) = quotes(nlp, text)
    assert q.speaker_actor_id == "dosova" and q.how == "pronoun" and q.direct and q.cue == "claimed"


def test_quote_over_two_sentences_stays_whole(nlp):
    text = ("“The deployment is temporary. The troops will leave once order is restored,” Nurlan Bekov said "
            "in Almaty.")
    (q,) = quotes(nlp, text)
    assert "temporary" in q.text and "restored" in q.text and q.speaker_actor_id == "bekov"


def test_continuation_takes_the_previous_speaker(nlp):
    found = quotes(nlp, "“We respect the decision,” Tokayev said. “Our partners know where we stand on this.”")
    assert len(found) == 2
    assert found[1].how == "continuation" and found[1].speaker_actor_id == "tokayev" and found[1].direct


def test_scare_quotes_are_not_quotes(nlp):
    assert quotes(nlp, "Beijing calls the facilities “vocational centres” in its annual reports.") == []


def test_speech_noun_made_by_a_state(nlp):
    text = "China also made a statement that it is “ready to help restore order” in the country."
    (q,) = quotes(nlp, text)
    assert q.speaker_actor_id == "CHN" and q.cue == "statement" and not q.direct
    assert "ready to help" in q.text


def test_weak_cue_needs_a_speaker_who_can_speak(nlp):
    assert quotes(nlp, "The data suggests that enrollment in the language courses has fallen sharply.") == []
    (q,) = quotes(nlp, "Noted Central Asia scholar Raffaello Pantucci argued that the region would not "
                       "choose sides.")
    assert q.speaker_actor_id == "pantucci"          # the person, not the place in the title


def test_according_to(nlp):
    (q,) = quotes(nlp, "According to Nurlan Bekov, the talks collapsed after the second round.")
    assert q.cue == "According to" and q.speaker_actor_id == "bekov" and "talks collapsed" in q.text


def test_quote_signed_with_a_dash(nlp):
    (q,) = quotes(nlp, "“The border must stay open for traders.” ― Aigerim Dosova\nMore comments follow.")
    assert q.speaker_actor_id == "dosova" and q.direct


def test_quote_spans():
    text = "He said “one” and “two three\nnext ”x"
    assert quote_spans(text) == [(8, 13), (18, 28)]        # an unclosed quote runs to the end of its line


def test_cue_lemma(nlp):
    doc = nlp("She warned the minister, who was admitting nothing.")
    assert cue_lemma(doc[1]) == "warn" and cue_lemma(doc[7]) == "admit"
    assert cue_lemma(doc[3]) is None                       # a noun, not a speech verb


def test_mixed_quote_takes_its_clause_and_titles_are_not_quotes(nlp):
    (q,) = quotes(nlp, "The summit achieved “far too little for the region,” Nurlan Bekov said.")
    assert not q.direct and q.text.startswith("The summit achieved") and q.speaker_actor_id == "bekov"
    (q,) = quotes(nlp, "Speaking on “Steppe Morning Show,” Tokayev said the talks would resume in March.")
    assert not q.direct and q.text == "the talks would resume in March" and q.speaker_actor_id == "tokayev"


def test_possessive_pronoun_prefers_the_subject_named_before(nlp):
    text = ("Aigerim Dosova, a researcher at a school named after Nurlan Bekov, ran a survey of students. "
            "According to her data, interest in the courses has fallen.")
    (q,) = quotes(nlp, text)
    assert q.cue == "According to" and q.speaker_actor_id == "dosova" and q.speaker_text == "Aigerim Dosova"


def test_according_to_keeps_the_clause_subject_and_drops_the_footnote(nlp):
    text = ("Aigerim Dosova, an economist at a Kazakh university, polled students in Almaty. According to her "
            "data, attendance in non-credit evening courses was poor, which suggested that most students were not "
            "keen on learning about Chinese history.[7] As for the other classes, many left early.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "According to"]
    assert q.speaker_actor_id == "dosova"
    assert q.text.startswith("attendance in non-credit") and q.text.endswith("Chinese history")


def test_according_to_takes_back_a_subject_parsed_as_appositive(nlp):
    # the parser reads "enrollment ..." as an appositive of "data"; no comma closes it, so it is the subject
    text = "Nurlan Bekov ran a poll. According to his data, enrollment in Chinese courses was low."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "According to"]
    assert q.speaker_actor_id == "bekov" and q.text.startswith("enrollment in Chinese courses was low")


def test_according_to_keeps_a_real_appositive_out_of_the_content(nlp):
    text = "According to Nurlan Bekov, an analyst in Almaty, the talks with China had failed."
    (q,) = [q for q in quotes(nlp, text) if q.cue == "According to"]
    assert q.speaker_actor_id == "bekov" and q.text.startswith("the talks") and "analyst" not in q.text


def test_purpose_infinitive_cue_takes_the_main_subject(nlp):
    text = ("Tokayev met the foreign envoys on Monday to brief them on the unrest and assure them that "
            "Kazakhstan would keep its treaties.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == "assure"]
    assert q.speaker_actor_id == "tokayev" and q.text.startswith("that Kazakhstan would keep")


def test_a_quote_naming_what_it_calls(nlp):
    (q,) = quotes(nlp, "Wang Lei called the pipeline “a bridge of friendship across the steppe” at the ceremony.")
    assert q.cue == "called" and q.speaker_actor_id == "wang-lei"
    assert q.text == "the pipeline “a bridge of friendship across the steppe”" and not q.direct   # a mixed quote
    asked = quotes(nlp, "Tokayev called on the envoys to “keep the border open for trade and travel” in March.")
    assert not any(q.cue == "called" and q.direct for q in asked)   # "called on X to": a request, not a name
