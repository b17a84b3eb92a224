"""Settings with sensible defaults, overridable by environment variables.

What: where the database lives by default, and how the CLI finds it.
Why: `greatgame ingest pages/` should just work in a project folder, while a
user with several corpora points GREATGAME_DB (or --db) at each.
"""
from __future__ import annotations

import os

DEFAULT_DB = "greatgame.db"


def default_db() -> str:
    return os.environ.get("GREATGAME_DB", DEFAULT_DB)


def default_corrections() -> str:
    """Where the user's corrections of the linker live (merge, split, ignore)."""
    return os.environ.get("GREATGAME_CORRECTIONS", "greatgame-corrections.yaml")


def actors_dirs() -> list[str]:
    value = os.environ.get("GREATGAME_ACTORS", "")
    return [p for p in value.split(os.pathsep) if p]


def event_dicts() -> list[str]:
    """The user's CAMEO/PETRARCH dictionary files or folders (verbs, agents, discards) that extend and
    override the event lexicon: `GREATGAME_EVENT_DICTS`, paths separated like PATH."""
    value = os.environ.get("GREATGAME_EVENT_DICTS", "")
    return [p for p in value.split(os.pathsep) if p]
