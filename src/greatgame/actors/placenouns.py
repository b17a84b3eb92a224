"""Names that a lower-case place noun follows: "the Batken and Leilek districts", "the Syrym checkpoint".

What: `place_label(surface, text, end)` is the label a name spaCy tagged as a person or organisation takes
as a place, or None: "FAC" for a facility's name ("Johnson Space Center": rules.facility_name), "LOC" when
the words after the name, past any names coordinated with it ("Syrym and Zhaisan", "Batken, Leilek and
Kadamjay"), are a place noun such as district, region, village, checkpoint or border crossing.
Why: the small model tags small towns, districts and border posts it does not know as people or
organisations; the linker then made "Leilek" an organisation and "Syrym" a person, and an analyst counted
actors that are places. Such a name becomes an unresolved place, which approx.py may tie to a place named
beside it. Only lower-case nouns count, so "Kremlin Region Office" or a name's own capitalised head does not.
`org_noun_after(text, end)` is the same reading for organisations: a name a lower-case noun such as
"research centre", "think tank" or "foundation" follows ("the Ma'no research centre") names that body, not a
person, whatever the small model's label.
"""
from __future__ import annotations

import re

from .rules import facility_name

# "X district", "X and Y districts", "X, Y and Z border crossings", "the X corridor", "the X and Y passes".
_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b)\s*[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?)*"
    r"\s+(?:border\s+)?(?:districts?|regions?|provinces?|oblasts?|villages?|towns?|settlements?|"
    r"checkpoints?|check-points?|crossings?|border posts?|valleys?|gorges?|raions?|rayons?|"
    r"municipalities|municipality|counties|county|corridors?|pass(?:es)?|dams?|reservoirs?|canals?|"
    r"customs posts?|(?:special\s+)?economic zones?)\b(?!['’]s?\s+(?:council|administration|government))")


def place_label(surface: str, text: str, end: int) -> str | None:
    """'FAC' for a facility's name, 'LOC' for a name a place noun follows, else None."""
    if facility_name(surface):
        return "FAC"
    if not isinstance(text, str) or not surface[:1].isupper():
        return None
    return "LOC" if _AFTER.match(text, end) else None


_ORG_AFTER = re.compile(r"\s+(?:research\s+(?:centre|center|institute)|think[\s-]tank|institute|foundation|"
                        r"agency|company|firm|bank|newspaper|news agency|broadcaster|party|movement|militia)\b")


def org_noun_after(text: str, end: int) -> bool:
    """True when a lower-case organisation noun follows the name ending at `end` ("Ma'no research centre")."""
    return isinstance(text, str) and bool(_ORG_AFTER.match(text, end))
