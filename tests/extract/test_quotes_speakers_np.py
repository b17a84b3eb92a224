"""Quote spans and speakers on digest-style sentences: footnote markers before a quote, a ministry or an
official named by a nationality adjective, and "according to" after an attributed quote. Mentions come from
a small name table so the tests do not depend on the knowledge base."""
from __future__ import annotations

import re

import pytest

from greatgame.actors.link import Linked
from greatgame.extract.quotes import extract_quotes
from greatgame.records import Actor, Article, Mention

NAMES = {  # text -> (actor, label)
    "Xi": (Actor("xi-jinping", "Xi Jinping", "person", "CHN"), "PERSON"),
    "Kazakhstan": (Actor("KAZ", "Kazakhstan", "state", "KAZ"), "GPE"),
    "Kazakh": (Actor("KAZ", "Kazakhstan", "state", "KAZ"), "NORP"),
    "Uzbek": (Actor("UZB", "Uzbekistan", "state", "UZB"), "NORP"),
    "Russian": (Actor("RUS", "Russia", "state", "RUS"), "NORP"),
    "Turkey": (Actor("TUR", "Turkey", "state", "TUR"), "GPE"),
}


@pytest.fixture(scope="module")
def nlp():
    from greatgame.nlp import load
    return load()


def link(text: str) -> Linked:
    linked = Linked()
    for name, (actor, label) in sorted(NAMES.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(x.start < m.end() and m.start() < x.end for x in linked.mentions):
                continue
            linked.mentions.append(Mention("a", m.start(), m.end(), name, actor.id, label=label))
            linked.actors[actor.id] = actor
    linked.mentions.sort(key=lambda m: m.start)
    return linked


def quotes(nlp, text: str):
    article = Article(id="a", document_id="d", page=0, index=0, text=text)
    found = extract_quotes(article, nlp(text), link(text))
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker_start >= 0:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    return found


def test_direct_quote_after_a_footnoted_sentence(nlp):
    text = ("Days later, the two leaders held a video call about new loans for road projects.[2] \"China "
            "firmly opposes any attempt by outside forces to destabilise Kazakhstan,\" Xi said, according to a "
            "readout from the foreign ministry.")
    found = quotes(nlp, text)
    assert len(found) == 1, [q.text for q in found]       # "according to a readout" adds no second quote
    (q,) = found
    assert q.direct and q.speaker_actor_id == "xi-jinping"
    assert q.text.startswith("\"China firmly") and "video call" not in q.text


def test_reporting_clause_after_its_content_is_not_in_the_content(nlp):
    text = ("The last of the troops sent to Kazakhstan left the country on 19 January, the Kazakh defence "
            "ministry said, closing a deployment that had lasted two weeks.")
    (q,) = quotes(nlp, text)
    assert q.text.endswith("on 19 January")
    assert q.speaker_text == "Kazakh defence ministry" and q.speaker_actor_id == "KAZ"


def test_official_named_by_nationality_is_the_speaker(nlp):
    text = ("\"We will not take part in military operations outside our borders,\" an Uzbek official said, "
            "asking not to be named.")
    (q,) = quotes(nlp, text)
    assert q.direct and q.speaker_text == "Uzbek official" and q.speaker_actor_id == "UZB"


def test_commentators_named_by_nationality(nlp):
    (q,) = quotes(nlp, "Russian commentators warned that Turkey was building a rival to the Eurasian union.")
    assert q.speaker_text == "Russian commentators" and q.speaker_actor_id == "RUS"
    assert q.text.startswith("that Turkey")
