"""Actors and places: the knowledge base of states, people, organisations and groups.

What: re-exports the KB records and loader from `kb`.
Why: the linker and the CLI import one stable name, `greatgame.actors.KnowledgeBase`.
"""
from greatgame.actors.kb import KBActor, KnowledgeBase, Role, loose, normalize

__all__ = ["KBActor", "KnowledgeBase", "Role", "loose", "normalize"]
