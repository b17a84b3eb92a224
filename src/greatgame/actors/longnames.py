"""Names claimed whole before the knowledge-base scan: "<State>'s <institution>" and long academic names.

What: `possessive_institutions(kb, text)` and `academic_names(text, kb)` find two kinds of names the linker
must take as one mention before it matches shorter names inside them (institutions.claimed_names calls both):
- a state's possessive before an institution ("Russia's Defence Ministry"), when the knowledge base knows the
  institution under the state's demonym ("Russian Defence Ministry") or as "<institution> of <State>": the KB
  actor;
- a long name of a university, institute, academy, college or school written out on one line ("Al-Farabi
  National Kazakh University", "Ablai Khan University of International Relations and World Languages"): the
  capitalised words right before the head word, and after it "of"/"for" with the capitalised words (joined by
  "and", "of", "the") that follow, stopping before an "and" that opens another institution's name. It is the KB
  actor when the KB knows the whole name, else None (a new organisation).
Why: the small spaCy model cuts long names into pieces ("Al-Farabi" a person, "International Relations" an
organisation) and tags "China's Foreign Ministry" as a new organisation although the KB knows the "Chinese
Foreign Ministry"; a state's possessive and the demonym name one institution.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

ACADEMIC_HEADS = ("University", "Institute", "Academy", "College", "School", "Conservatory", "Polytechnic",
                  "Lyceum", "Seminary")
_HEAD = "|".join(ACADEMIC_HEADS)
_CAP = r"(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)"      # a capitalised word or initials ("K.", "L.N.")
_ACADEMIC = re.compile(rf"(?<![\w'’.-])((?:{_CAP}[ \t]+)*)({_HEAD})(?![\w'’-])"
                       rf"((?:[ \t]+(?:of|for)(?:[ \t]+(?:the[ \t]+)?{_CAP})+"
                       rf"(?:[ \t]+(?:and|&|of|for|the)(?:[ \t]+(?:the[ \t]+)?{_CAP})+)*)?)")
_HEAD_WORD = re.compile(rf"(?<![\w-])(?:{_HEAD})(?![\w-])")
_POSSESSIVE = re.compile(r"(?<![\w'’.-])([A-Z][\w-]+)['’]s[ \t]+((?:[A-Za-z][\w-]*[ \t]+){0,4}[A-Za-z][\w-]*)")
_SPACE = re.compile(r"[ \t]*")
_POSS = re.compile(r"['’]s?$")
_OF_THE = re.compile(rf"[ \t]+of[ \t]+the[ \t]+({_CAP}(?:[ \t]+{_CAP})*)")
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
MIN_WORDS = 3


def possessive_institutions(kb, text: str) -> Iterator[tuple[int, int, object]]:
    """(start, end, KB actor) of "<State>'s <institution>" where a demonym form or "<institution> of <State>"
    names exactly one knowledge-base actor that is no state nor person (titles are title_phrases' business); the
    longest institution wins."""
    for m in _POSSESSIVE.finditer(text):
        state = kb.state_for(m.group(1))
        if state is None or state.kind != "state":
            continue
        words = m.group(2).split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[:k])
            forms = [f"{d} {phrase}" for d in state.demonyms] + [f"{phrase} of {state.name}"]
            found = {a.id: a for f in forms for a in kb.by_alias(f) if a.kind not in ("state", "person")}
            if len(found) == 1:
                end = m.start(2) + _prefix_len(m.group(2), k)
                yield m.start(), end, next(iter(found.values()))
                break


def _prefix_len(words_text: str, k: int) -> int:
    """Length of the first k whitespace-separated words of `words_text`, with the spaces between them."""
    return re.match(rf"\S+(?:\s+\S+){{{k - 1}}}", words_text).end()


def academic_names(text: str, kb=None) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of long academic names on one line (see the module doc), three words or more; with
    a knowledge base, "of the <state>" after the name is where it is, not its name ("X University of the US")."""
    m = _ACADEMIC.search(text)
    while m is not None:
        start, end = m.start(), m.end()
        left = m.group(1).split()
        while left and (left[0].lower() in STOP_WORDS or any(_POSS.search(w) for w in left)):
            # "The", "In", "At" opening the run; a possessive before the name ("China's Confucius Institute")
            start = _SPACE.match(text, text.index(left[0], start) + len(left[0])).end()
            left.pop(0)
        tail = m.group(3)
        cut = _AND.search(tail)
        while cut is not None:                                 # "University of A and B College": two names
            if _HEAD_WORD.search(tail, cut.end()):
                end = m.end(2) + cut.start()
                break
            cut = _AND.search(tail, cut.end())
        located = _OF_THE.search(text, m.end(2), end) if kb is not None else None
        while located is not None:
            state = kb.state_for(located.group(1))
            if state is not None and state.kind == "state":
                end = located.start()
                break
            located = _OF_THE.search(text, located.end(), end)
        name = text[start:end]
        if len(name.split()) >= MIN_WORDS:
            yield start, end, name
        m = _ACADEMIC.search(text, max(end, m.end(2)))          # after a cut: the next institution's name

