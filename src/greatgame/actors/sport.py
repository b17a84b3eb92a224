"""Countries that are sports teams: "Sweden defeated South Korea 1 – 0" in a match report.

What: `sports_report(text)` tells a match report by its vocabulary (several distinct terms only sport
uses: "goalkeeper", "yellow card", "injury time", "penalty spot", "innings"); `national_teams(kb, text,
linked)` turns, in such a report, each mention of a state, a country or a first-level region ("England",
"Texas") that is not a location ("in Russia", "from Brazil") into a mention of its team: an organisation
actor named "<state> national team" ("<region> team"), one per side, method "team".
Why: in a match report "Belgium" and "Panama" are the teams, not the states; linked to the states they
would make the match a clash between two governments in the actor lists and events, and NER schemes (GUM,
OntoNotes' guidelines for teams) type them as organisations. The cue terms are rare outside sport, and
several distinct ones must occur, so political articles that speak of a "goal" or a "match" keep their
states.
"""
from __future__ import annotations

import re

from ..records import Actor, Mention
from .naming import corpus_actor_id

# Only terms political writing does not use: not "defender" (human rights defenders), "scored" (points),
# "first half" (of the year), "header", "stadium", "the match", "World Cup" (the Qatar debate).
_CUES = re.compile(r"(?i)\b(goalkeeper|goalie|striker|midfielder|referee|yellow card|red card|half-time|halftime|"
                   r"extra time|injury time|penalty (?:kick|spot|area)|equalis|equaliz|kick-off|hat-trick|"
                   r"free kick|corner kick|innings|wicket|batsman|bowler|touchdown|quarterback|group stage|"
                   r"quarter-?final|semi-?final|man of the match|friendly match)")
_SIDE_KINDS = {"country", "admin1"}      # places that field teams: "England", "Texas" (not towns: clubs are named)
MIN_CUES = 5                 # distinct cue terms that make a text a match report
_LOCATIVE = re.compile(r"(?i)\b(?:in|at|near|from|to|across|inside|outside|throughout|visit(?:ed|ing)?)\s+(?:the\s+)?$")


def sports_report(text: str) -> bool:
    """The text reports a match: at least MIN_CUES distinct sport-only terms."""
    return len({m.group(1).lower()[:8] for m in _CUES.finditer(text)}) >= MIN_CUES


def national_teams(kb, text: str, linked):
    """`linked` with, in a match report, its non-locative state mentions relinked to national teams."""
    if not sports_report(text):
        return linked
    teams: dict[str, Actor] = {}
    out = []
    for m in linked.mentions:
        state = kb.get(m.actor_id) if m.actor_id else None
        place = linked.places.get(m.place_id) if m.place_id else None
        side = state.name if state is not None and state.kind == "state" else \
            place.name if place is not None and place.kind in _SIDE_KINDS else None
        if side is None or m.label != "GPE" or _LOCATIVE.search(text, max(0, m.start - 25), m.start):
            out.append(m)
            continue
        name = f"{side} national team" if state is not None or place.kind == "country" else f"{side} team"
        team = teams.setdefault(m.actor_id or m.place_id, Actor(corpus_actor_id("organization", name), name,
                                                                "organization", origin="corpus"))
        linked.actors.setdefault(team.id, team)
        out.append(Mention(m.article_id, m.start, m.end, m.text, team.id, None, "ORG", "team", m.confidence))
    linked.mentions = out
    for state_id in set(teams) - {m.actor_id for m in out} - {m.place_id for m in out}:
        linked.actors.pop(state_id, None)         # a state or place named only as a team is not in the article
        linked.places.pop(state_id, None)
    return linked
