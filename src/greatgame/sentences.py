"""Tokenizer and sentence-boundary fixes applied to every loaded spaCy pipeline.

What: `tune(nlp)` makes a footnote marker glued to a sentence end ("mission.[1]",
"English.”[2]", or a bare endnote number as in "weeks.4 In") its own token, separate from the full stop, and adds a
component before the parser that starts a sentence after a paragraph break
(a whitespace token or trailing whitespace holding a blank line) and after a
footnote marker that follows sentence-final punctuation.
Why: spaCy's English tokenizer leaves "mission.[1" as one token, so the parser
sees no full stop and runs the sentence on into the next one, or into the
next paragraph; every layer that reads sentences (events' evidence, quotes'
spans and speakers, quantities, frames) then works on a run of two or three
sentences and attaches speakers and actors across them. Think-tank pages cite
with bracketed footnotes after nearly every sentence, and headings are only
separated from the paragraph below by a blank line.
"""
from __future__ import annotations

import re

COMPONENT = "gg_sentence_breaks"
_MARKER = r"\[\d{1,3}\]"
# a bare endnote number glued to a full stop after a word, "%" or closing quote ("weeks.4 In", "said.”12")
_BARE = r"(?<=[^\W\d_][.!?])\d{1,3}$|(?<=[%)\]][.!?])\d{1,3}$|(?<=[.!?][”\"’])\d{1,3}$"
_FINAL = {".", "!", "?", "…", ".\u201d", ".\"", "\u201d", "\""}


def _is_marker(text: str) -> bool:
    return re.fullmatch(_MARKER, text) is not None


def _is_note(doc, i: int) -> bool:
    """Token i is a footnote marker: "[3]", or bare digits glued to a preceding glued full stop ("weeks.4")."""
    tok = doc[i]
    if _is_marker(tok.text):
        return True
    if not (tok.text.isdigit() and len(tok.text) <= 3 and i > 1):
        return False
    stop, word = doc[i - 1], doc[i - 2]
    return stop.text in _FINAL and not stop.whitespace_ and not word.whitespace_ and not word.like_num


def _break_after(doc, i: int) -> bool:
    """True when token i ends a sentence by layout: a blank line, or a footnote marker after a full stop."""
    tok = doc[i]
    if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
        return True
    if _is_note(doc, i) and i > 0 and doc[i - 1].text in _FINAL:
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        while nxt is not None and nxt.is_space:
            nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        return nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1] in "\"“'‘([")
    return False


def mark_breaks(doc):
    """Set is_sent_start on the first token after a layout break (leaves other tokens to the parser)."""
    for i in range(len(doc) - 1):
        if i > 0 and _is_note(doc, i) and doc[i - 1].text in _FINAL:
            doc[i].is_sent_start = False        # the marker closes the sentence before it
        if _break_after(doc, i):
            j = i + 1
            while j < len(doc) and doc[j].is_space:
                j += 1
            if j < len(doc):
                doc[j].is_sent_start = True
                _no_start_right_after(doc, j)
    return doc


def _no_start_right_after(doc, j: int) -> None:
    """The two tokens after a forced sentence start continue its sentence: given a start after a title-case
    heading, the parser otherwise cuts "Uzbekistan | and | Kyrgyzstan signed ..." into one-word sentences."""
    for k in (j + 1, j + 2):
        if k >= len(doc) or doc[k].is_space or doc[k - 1].text in _FINAL or _break_after(doc, k - 1) \
                or _is_note(doc, k):
            return
        doc[k].is_sent_start = False


def tune(nlp):
    """Add the footnote-marker suffix and the layout sentence breaks to `nlp` (idempotent)."""
    from spacy.language import Language

    if COMPONENT in nlp.pipe_names:
        return nlp
    tokenizer = nlp.tokenizer
    suffix = getattr(getattr(tokenizer.suffix_search, "__self__", None), "pattern", None)
    if suffix is not None:
        tokenizer.suffix_search = re.compile(f"{_MARKER}$|{_BARE}|{suffix}").search
    prefix = getattr(getattr(tokenizer.prefix_search, "__self__", None), "pattern", None)
    if prefix is not None:
        tokenizer.prefix_search = re.compile(f"^{_MARKER}|{prefix}").search
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT)(mark_breaks)
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(COMPONENT, before=before)
    else:
        nlp.add_pipe(COMPONENT, first=True)
    return nlp
