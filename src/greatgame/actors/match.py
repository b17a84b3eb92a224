"""Dictionary matching of knowledge-base names in raw text, with offsets.

What: a word-token trie over every surface form of the knowledge base (names,
aliases, demonyms, metonyms) and a longest-match scan of a text that returns
character spans with the forms they matched.
Why: the small spaCy model misses or mislabels many names of this field
("President Qasym-Johart Toqayev", "CSTO" in brackets), and a trie finds every
known name in one pass at any text length. Text and forms are tokenised the
same way (word characters, folded to ASCII lower case), so "Kassym-Jomart",
"U.S." and "Erdoğan" match their forms whatever the punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from anyascii import anyascii

_WORD = re.compile(r"\w+", re.UNICODE)
_DOTTED = re.compile(r"(?:^|(?<=\W))(?:[A-Z]\.)+[A-Z]$")


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    return anyascii(token).lower()


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) for each word of `text`."""
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of one actor: how it is written and which field it came from."""

    text: str
    actor_id: str
    field: str            # name | aliases | demonyms | metonyms
    strict_case: bool     # short or all-caps forms must match their case exactly


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    text: str
    forms: tuple[Form, ...]


def _strict(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 3 or (len(letters) >= 2 and all(c.isupper() for c in letters))


class Trie:
    """Longest-match dictionary of word sequences."""

    def __init__(self, forms: Iterable[tuple[str, str, str]]):
        self.root: dict = {}
        for text, actor_id, field in forms:
            toks = [t for t, _, _ in tokens(text)]
            if not toks:
                continue
            node = self.root
            for t in toks:
                node = node.setdefault(t, {})
            node.setdefault(None, []).append(Form(text, actor_id, field, _strict(text)))

    def scan(self, text: str, start: int = 0, end: int | None = None, inner: bool = False) -> Iterator[Hit]:
        """Longest matches in text[start:end], offsets into `text`; with `inner`, only matches shorter than
        the whole span (the names inside a longer name: "Canada" in "Fan Expo Canada")."""
        end = len(text) if end is None else end
        toks = [(t, s + start, e + start) for t, s, e in tokens(text[start:end])]
        i = 0
        while i < len(toks):
            node, best, j = self.root, None, i
            while j < len(toks) and toks[j][0] in node:
                node = node[toks[j][0]]
                j += 1
                if None in node and not (inner and i == 0 and j == len(toks)):
                    hs, he = toks[i][1], toks[j - 1][2]
                    if he < len(text) and text[he] == "." and _DOTTED.search(text, hs, he):
                        he += 1           # "U.S.", "U.N.": the abbreviation's last full stop
                    surface = text[hs:he]
                    forms = tuple(f for f in node[None] if _accept(f, surface))
                    if forms:
                        best = (j, Hit(hs, he, surface, forms))
            if best:
                i, hit = best
                yield hit
            else:
                i += 1


def _accept(form: Form, surface: str) -> bool:
    """Case guard: names are capitalised in running text; acronyms keep their case."""
    if form.strict_case:
        return _squash(surface) == _squash(form.text)
    first = surface[0]
    return first.isupper() or first.isdigit() or not form.text[0].isupper()


def _squash(s: str) -> str:
    return re.sub(r"[^\w]", "", s)
