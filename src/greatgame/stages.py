"""The model-backed stages, built by name so that worker processes can build their own copies.

What: `extractors()` lists the per-article extractors after linking (events, quotes, quantities, frames,
citations);
`LinkStage(model, actors_dirs, corrections)` is the linking stage: a callable from a batch of articles to
their layers, loading spaCy, the knowledge base and the corrections on first use.
Why: a stage described by plain arguments pickles, so `ingest --workers N` starts one per process (one
model per worker) and a Spark partition builds the same one; nothing is loaded for a run with no new text.
"""
from __future__ import annotations

from typing import Callable, Iterable


def extractors() -> list[tuple[str, Callable]]:
    """The per-article extractors that run after linking, in order: (layer attribute, function).

    Each is called as `extract(article, doc, linked, layers)`, where `layers` holds what the extractors
    before it produced (quantities are tied to the events they measure; frames inside quotes go to the
    quote's speaker).
    """
    from .extract.citations import extract_citations
    from .extract.events import extract_events
    from .extract.frames import extract_frames
    from .extract.quantities import extract_quantities, tie_to_events
    from .extract.quotes import extract_quotes

    return [
        ("events", lambda a, d, k, layers: extract_events(a, d, k)),
        ("quotes", lambda a, d, k, layers: extract_quotes(a, d, k)),
        ("quantities", lambda a, d, k, layers: tie_to_events(extract_quantities(a, d, k), layers.events)),
        ("frames", lambda a, d, k, layers: extract_frames(a, d, k, quotes=layers.quotes)),
        ("citations", lambda a, d, k, layers: extract_citations(a, d, k)),
    ]


class LinkStage:
    """articles -> ArticleLayers: parse once, link actors and places, run the extractors."""

    def __init__(self, model: str | None = None, actors_dirs: list[str] | None = None,
                 corrections: str | None = None):
        self.model, self.actors_dirs, self.corrections = model, actors_dirs, corrections
        self._linker = None
        self._ready: dict[str, object] = {}     # text -> Doc parsed ahead by `prefetch`

    def __getstate__(self):          # ship the recipe to a worker, never the loaded models
        return {"model": self.model, "actors_dirs": self.actors_dirs, "corrections": self.corrections}

    def __setstate__(self, state):
        self.__init__(**state)

    def _load(self) -> None:
        from .actors.corrections import Corrections
        from .actors.kb import KnowledgeBase
        from .actors.link import Linker
        from .config import actors_dirs

        kb = KnowledgeBase.load(self.actors_dirs or actors_dirs())
        self._linker = Linker(kb, corrections=Corrections.load(self.corrections))

    def prefetch(self, texts: list[str]) -> None:
        """Parse these texts in one batch now, for the next calls (replacing what an earlier call parsed).

        Why: a single process links one document at a time, and most documents hold one article, so spaCy
        would run with batches of one; parsing the next few documents' texts together is ~6% faster, and
        a text's parse does not depend on its batch.
        """
        from .nlp import parse

        texts = list(dict.fromkeys(texts))
        self._ready = dict(zip(texts, parse(texts, self.model))) if texts else {}

    def _parse(self, texts: list[str]):
        from .nlp import parse

        texts = list(texts)
        rest = iter(parse([t for t in texts if t not in self._ready], self.model))
        for t in texts:
            yield self._ready[t] if t in self._ready else next(rest)

    def __call__(self, articles: Iterable):
        from .pipeline import analyse_articles

        if self._linker is None:
            self._load()
        for layers in analyse_articles(articles, self._linker, self._parse, extractors()):
            yield referenced_in(layers, self._linker)


_LAYERS = ("events", "quotes", "quantities", "frames", "citations")


def referenced_in(layers, linker):
    """`layers` with every knowledge-base actor and gazetteer place that an extracted record refers to
    listed in `layers.actors` / `layers.places`, so that the store's foreign keys hold.

    An event can name a state the linker did not list as a mention (KAZ for "in Almaty" when the text never
    names Kazakhstan); without its actor row, writing the article failed with GG201 (FOREIGN KEY constraint
    failed) and aborted the whole ingest. Only ids the knowledge base or gazetteer know are added; nothing
    the extractors produced is changed.
    """
    from dataclasses import fields, is_dataclass

    from .actors.naming import to_actor

    for name in _LAYERS:
        for rec in getattr(layers, name, ()) or ():
            if not is_dataclass(rec):
                continue
            for f in fields(rec):
                value = getattr(rec, f.name, None)
                if f.name.endswith("actor_id") or f.name.endswith("actor_ids"):
                    for actor_id in (value if isinstance(value, (tuple, list)) else (value,)):
                        if isinstance(actor_id, str) and actor_id not in layers.actors:
                            kb_actor = linker.kb.get(actor_id)
                            if kb_actor is not None:
                                layers.actors[actor_id] = to_actor(kb_actor)
                elif f.name == "place_id" and isinstance(value, str) and value not in layers.places:
                    place = linker.gaz.get(value)
                    if place is not None:
                        layers.places[value] = place
    return layers
