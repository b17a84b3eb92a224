"""Fragments of a country's name: "the Republic", "the Islamic Republic", "Trinidad" -> that country.

What: `country_fragment(name, countries, text_keys)` gives the ISO3 of the one country, among those the
article names (`countries`: ISO3 counts), whose name the toponym is a fragment of, in two forms:
- a polity fragment: words of state form only ("Republic", "Islamic Republic", "Kingdom", "Federation",
  "Emirates", "the States") inside one of the country's long names ("Islamic Republic of Iran", "Republic
  of Ireland", "United Kingdom", "Russian Federation"), read from the gazetteer's names of that country;
- a member of a paired name the article spells out ("Trinidad" or "Tobago" where the text says "Trinidad
  and Tobago"; `text_keys` are the normalised names the article used for countries).
None when no named country, or more than one, has the fragment (an article naming France and Iran leaves
"the Republic" open).
Why: news shortens a state's long name once it has named the state ("Iran's exports ... the Islamic
Republic's trade"), and the short form is either no gazetteer name at all or a small town's ("Republic",
Missouri; "Trinidad", Colorado); the article's own countries decide it without guessing.
"""
from __future__ import annotations

import threading
from collections import Counter

from greatgame.geo.gazetteer import Gazetteer, Place, normalise

# Words that name a form of state; a fragment must hold one of HEADS and may add MODIFIERS.
HEADS = {"republic", "kingdom", "federation", "emirates", "sultanate", "principality", "commonwealth", "states",
         "confederation", "jamahiriya"}
MODIFIERS = {"islamic", "peoples", "people", "democratic", "united", "federal", "socialist", "arab", "of",
             "grand", "duchy", "federative", "plurinational", "bolivarian", "hashemite", "co", "operative"}

_FORMS: dict[str, list[str]] | None = None
_LOCK = threading.Lock()


def is_polity_fragment(key: str) -> bool:
    """Whether a normalised key is made of state-form words only, one of them a head ("islamic republic")."""
    words = key.split()
    return bool(words) and words[0] != "of" and words[-1] != "of" and any(w in HEADS for w in words) \
        and all(w in HEADS or w in MODIFIERS for w in words)


def long_names(gaz: Gazetteer) -> dict[str, list[str]]:
    """ISO3 -> the country's names of more than one word that hold a state-form word, from the name
    index (built once, on the first polity fragment; about half a second)."""
    global _FORMS
    if _FORMS is not None:
        return _FORMS
    with _LOCK:
        if _FORMS is None:
            rows = {str(i): iso3 for iso3, i in gaz.country_rows().items()}
            forms: dict[str, list[str]] = {}
            for key, raw in gaz.exact_keys():
                if " " not in key or not any(w in HEADS for w in key.split()):
                    continue
                for row in set(raw.replace(";", ",").split(",")):
                    if row in rows:
                        forms.setdefault(rows[row], []).append(key)
            _FORMS = forms
    return _FORMS


def _within(fragment: str, form: str) -> bool:
    """The fragment's words run inside the form's words, and are not all of them."""
    return fragment != form and f" {fragment} " in f" {form} "


def _paired(fragment: str, form: str) -> bool:
    """The fragment is one side of an "X and Y" name ("trinidad" of "trinidad and tobago")."""
    padded = f" {form} "
    return fragment != form and (f" {fragment} and " in padded or padded.endswith(f" and {fragment} "))


def country_fragment(name: str, countries: Counter, text_keys: dict[str, Counter] | None = None) -> Place | None:
    """The one country the article names whose name `name` is a fragment of; None otherwise."""
    if not isinstance(name, str) or not name[:1].isupper():
        return None
    key = normalise(name)
    named = {c for c, v in (countries or {}).items() if v > 0 and c}
    if not key or not named:
        return None
    owners: set[str] = set()
    if is_polity_fragment(key):
        forms = long_names(Gazetteer.load())
        hits = {c: [f for f in forms.get(c, ()) if _within(key, f)] for c in named}
        hits = {c: fs for c, fs in hits.items() if fs}
        # "Macao ... Region of the People's Republic of China" holds China's own long name: it is China's
        owners = {c for c, fs in hits.items()
                  if not all(any(o != c and g in f for o, gs in hits.items() for g in gs) for f in fs)}
    elif text_keys:
        for form, by in text_keys.items():
            if " and " in form and _paired(key, form):
                owners |= {c for c, v in by.items() if v > 0 and c in named}
    return country_place(Gazetteer.load(), owners.pop()) if len(owners) == 1 else None


def country_place(gaz: Gazetteer, iso3: str) -> Place | None:
    """The gazetteer's country record for an ISO3 code."""
    i = gaz.country_rows().get(iso3)
    return None if i is None else gaz.place(i)
