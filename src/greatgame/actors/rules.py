"""Context rules of the linker: acronyms defined in the text, title phrases, metonym and demonym roles.

What: small pure functions over text and spaCy tokens that the linker asks
"is this acronym defined here?", "which title and state does this phrase
name?", "is this capital acting (a state) or a location (a place)?".
Why: these are the places where analysis writing differs from plain NER;
keeping them apart from the matching machinery keeps each testable with a
hand-built Doc or a string.
"""
from __future__ import annotations

import re

# "Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security Treaty Organization)".
_ACRO_AFTER = re.compile(r"((?:[A-Z][\w’'-]*|of|the|and|for|on|in|de|&)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on|in|de|&))*)"
                         r"\s*\(\s*([A-Z][A-Za-z]{1,9}s?)\s*\)")


def acronym_definitions(text: str) -> list[tuple[str, int, int, str]]:
    """(long form, start, end, acronym) where the acronym's letters spell the long form's capitals."""
    out = []
    for m in _ACRO_AFTER.finditer(text):
        long_form, acro = m.group(1).strip(), m.group(2)
        words = long_form.split()
        core = acro[:-1] if acro.endswith("s") and len(acro) > 2 else acro
        # take the shortest tail of the long form whose initials (of capitalised words) spell the acronym
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            initials = "".join(w[0] for w in tail if w[0].isupper())
            if initials.upper() == core.upper() and tail[0][0].isupper():
                start = m.start(1) + long_form.index(" ".join(tail)) if k else m.start(1)
                out.append((" ".join(tail), start, start + len(" ".join(tail)), acro))
                break
    return out


TITLES = ("president", "vice president", "prime minister", "premier", "foreign minister", "defence minister",
          "defense minister", "foreign secretary", "secretary of state", "chancellor", "supreme leader",
          "king", "emir", "security chief", "spy chief", "interior minister", "army chief")
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
# "the Kazakh president", "Kazakhstan's foreign minister", "the president of Kazakhstan"
_TITLE_BEFORE = re.compile(rf"\b(?:[Tt]he\s+)?([A-Z][\w-]+?)(?:['’]s)?\s+((?i:{_TITLE_ALT}))\b")
_TITLE_OF = re.compile(rf"\b(?:[Tt]he\s+)((?i:{_TITLE_ALT}))\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_NOT_STATES = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "former", "then", "new", "our"}
_NAME_AFTER = re.compile(r"\s*,?\s*(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*[A-Z][a-z]")


def title_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, title, state text) of title phrases not followed by the holder's name."""
    out = []
    for m in _TITLE_BEFORE.finditer(text):
        if m.group(1).lower() in _NOT_STATES or _NAME_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end(), m.group(2).lower(), m.group(1)))
    for m in _TITLE_OF.finditer(text):
        out.append((m.start(), m.end(), m.group(1).lower(), m.group(2)))
    return out


# Dependency roles in which a capital or a demonym stands for its state.
_ACTING_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "dative", "appos", "conj", "compound"}
_ACTOR_PREPS = {"with", "by", "between", "against", "to", "from", "toward", "towards", "on", "for", "of"}
_GOV_NOUNS = {"official", "officials", "government", "governments", "authorities", "authority", "leadership",
              "leader", "leaders", "president", "side", "state", "troops", "forces", "military", "army",
              "diplomat", "diplomats", "embassy", "ministry", "minister", "ministers", "policymakers",
              "regime", "counterparts", "counterpart", "delegation", "administration", "police", "security",
              "intelligence", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "media",
              "investment", "investments", "investors", "aid", "loans", "companies", "firms", "influence",
              "interests", "policy", "foreign", "involvement", "presence", "engagement", "parliament"}


def span_root(doc, start: int, end: int):
    """The syntactic head token of the character span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def metonym_acts(doc, start: int, end: int) -> bool:
    """True when a capital's name acts (a subject, an object, a possessor, a partner): the state, not the city."""
    root = span_root(doc, start, end)
    if root is None:
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in _ACTOR_PREPS
    if root.dep_ == "conj":
        return metonym_acts_token(root.head)
    return root.dep_ in _ACTING_DEPS and not _followed_by_city_word(root)


def metonym_acts_token(tok) -> bool:
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _ACTOR_PREPS
    return tok.dep_ in _ACTING_DEPS


def _followed_by_city_word(tok) -> bool:
    return tok.dep_ == "compound" and tok.head.lower_ in {"city", "airport", "region", "street", "station"}


def demonym_role(doc, start: int, end: int) -> str | None:
    """How a demonym is used: 'state' (Chinese officials), 'group' (ethnic Kazakhs), or None (the language)."""
    root = span_root(doc, start, end)
    if root is None:
        return None
    if root.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        head = root.head.lower_
        if head in {"people", "children", "citizens", "community", "communities", "diaspora", "minority",
                    "students", "workers", "families", "population", "language", "speakers", "culture",
                    "identity", "nationals", "migrants", "refugees", "muslims", "language"}:
            return "group"
        return "state"
    if root.tag_ in ("NNPS", "NNS") or root.text.endswith("s"):
        return "group"
    return None
