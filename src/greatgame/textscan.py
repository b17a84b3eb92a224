r"""Per-text indexes that answer "is this word elsewhere in the text?" and "which line is this?" fast.

What: `has_word(text, word)` tells whether `word` stands in `text` as a whole word, exactly as
`re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)` would (or, with `hyphen=False`, as
`rf"\b{re.escape(word)}\b"` would); `occurrences(text, needle, not_before, not_after)` yields the start of
each match of `needle` that no character of the given classes touches, in the order and with the
non-overlapping rule of `re.finditer`; `line_of(text, pos)` gives the (start, end) of the line holding a
position. Each text's word set and line table are built once (a few most recent texts are kept).
Why: the linker and the extractors asked these questions per token or per mention with a fresh regular
expression over the whole article, which made their cost grow with the square of the article's length
and kept evicting `re`'s compiled-pattern cache; the answers are unchanged.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

_RUN = re.compile(r"[\w-]+")          # maximal runs of word characters and hyphens
_WORD = re.compile(r"\w+")            # maximal runs of word characters
_ALL_RUN = re.compile(r"[\w-]+\Z")
_ALL_WORD = re.compile(r"\w+\Z")


@lru_cache(maxsize=8)
def _runs(text: str, hyphen: bool) -> frozenset[str]:
    return frozenset((_RUN if hyphen else _WORD).findall(text))


def has_word(text: str, word: str, hyphen: bool = True) -> bool:
    """`word` occurs in `text` with no word character (nor, with `hyphen`, a hyphen) right before or after it.

    A word made only of word characters (and hyphens) is a whole run of them, so a set lookup answers;
    any other word falls back to the regular expression.
    """
    if (_ALL_RUN if hyphen else _ALL_WORD).match(word):
        return word in _runs(text, hyphen)
    pat = rf"(?<![\w-]){re.escape(word)}(?![\w-])" if hyphen else rf"\b{re.escape(word)}\b"
    return re.search(pat, text) is not None


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"           # what `\w` matches in a str pattern


def _touches(c: str, chars: str) -> bool:
    r"""Is `c` in the class made of `\w` (written 'w') and the other literal characters of `chars`?"""
    return ("w" in chars and _word_char(c)) or (c in chars.replace("w", ""))


def occurrences(text: str, needle: str, not_before: str = "w", not_after: str = "w"):
    r"""Starts of the matches of `rf"(?<![{not_before}]){re.escape(needle)}(?![{not_after}])"` in `text`, where
    'w' in a class stands for `\w` and other characters for themselves, as `re.finditer` finds them."""
    n, i = len(needle), 0
    if not n:
        raise ValueError("empty needle")
    while True:
        p = text.find(needle, i)
        if p < 0:
            return
        if (p == 0 or not _touches(text[p - 1], not_before)) and \
                (p + n >= len(text) or not _touches(text[p + n], not_after)):
            yield p
            i = p + n
        else:
            i = p + 1


@lru_cache(maxsize=8)
def _newlines(text: str) -> tuple[list[int], dict]:
    return [m.start() for m in re.finditer("\n", text)], {}


def line_of(text: str, pos: int) -> tuple[int, int]:
    r"""(start, end) of the line holding `pos`: after the last newline before `pos`, up to the next newline at
    or after it (or the text's end), as `text.rfind("\n", 0, pos) + 1` and `text.find("\n", pos)` say."""
    nl, _ = _newlines(text)
    k = bisect_left(nl, pos)
    return (nl[k - 1] + 1 if k else 0), (nl[k] if k < len(nl) else len(text))


def line_memo(text: str, pos: int) -> tuple[int, dict]:
    """The number of the line holding `pos` and a dict kept with the text, for callers that cache an answer
    per line (the key is theirs to choose; the dict lives as long as the text's table)."""
    nl, memo = _newlines(text)
    return bisect_left(nl, pos), memo
