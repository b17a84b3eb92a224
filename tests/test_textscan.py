"""textscan answers exactly what the regular expressions it replaced answered (word look-ups, occurrences,
lines), on texts written for the purpose: hyphens, full stops, underscores, non-ASCII letters, digits,
overlapping repeats and text edges."""
import random
import re

import pytest

from greatgame.textscan import has_word, line_of, occurrences

TEXT = ("Browsing the catalog, browsing again. Al-Farabi met al-farabi_2 in Nur-Sultan; "
        "Élysée and élysée. AAAA aaa-aaa. Mr. Smith-Jones smith\n"
        "Heading line\n\nU.S. troops, u.s. and US-made kit. Zhanaozen zhanaozen2 _x x_")
WORDS = ["browsing", "catalog", "al-farabi", "farabi", "al", "nur-sultan", "sultan", "élysée", "aaa", "aaaa",
         "aaa-aaa", "smith", "smith-jones", "jones", "u.s.", "u.s", "us", "us-made", "zhanaozen", "x", "_x",
         "heading", "line", "2", "missing", "-", "a-"]


@pytest.mark.parametrize("word", WORDS)
def test_has_word_matches_the_lookaround_regex(word):
    hyphen = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", TEXT) is not None
    plain = re.search(rf"\b{re.escape(word)}\b", TEXT) is not None
    assert has_word(TEXT, word) is hyphen
    assert has_word(TEXT, word, hyphen=False) is plain


def test_has_word_tells_words_from_parts():
    assert has_word(TEXT, "browsing") and not has_word(TEXT, "farabi")        # only inside "al-farabi_2"
    assert has_word(TEXT, "smith", hyphen=False) and not has_word(TEXT, "brows")


@pytest.mark.parametrize("needle,before,after", [
    ("AAA", "w.-", "w-"), ("aaa", "w.-", "w-"), ("Smith", "w.-", "w-"), ("Élysée", "w", "w"),
    ("U.S.", "w.-", "w-"), ("US", "w.-", "w-"), ("zhanaozen", "w", "w"), ("x", "w", "w"),
    ("ing", "w", "w"), ("Al-Farabi", "w.-", "w-"), ("\n", "w", "w")])
def test_occurrences_match_finditer(needle, before, after):
    def cls(chars):
        return "[" + chars.replace("w", r"\w").replace("-", r"\-").replace(".", r"\.") + "]"
    pat = rf"(?<!{cls(before)}){re.escape(needle)}(?!{cls(after)})"
    assert list(occurrences(TEXT, needle, before, after)) == [m.start() for m in re.finditer(pat, TEXT)]


def test_occurrences_of_overlapping_repeats_follow_finditer():
    text = "abab ababab abab."
    assert list(occurrences(text, "abab", "w", "w")) == [m.start() for m in re.finditer(r"(?<!\w)abab(?!\w)", text)]
    assert list(occurrences("aaaa aa", "aa", "", "")) == [0, 2, 5]
    with pytest.raises(ValueError):
        list(occurrences(text, ""))


def test_line_of_agrees_with_find_and_rfind_at_every_position():
    rng = random.Random(7)
    text = "".join(rng.choice("ab \n") for _ in range(300)) + "\n"
    for pos in range(len(text) + 1):
        b = text.find("\n", pos)
        assert line_of(text, pos) == (text.rfind("\n", 0, pos) + 1, b if b >= 0 else len(text))
    assert line_of("no newline", 3) == (0, 10)
