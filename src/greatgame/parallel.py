"""Reading, cleaning and linking documents in worker processes, results back in input order.

What: `prepare_in_pool(docs, link, workers)` yields (document, articles, skips, layers) for each document,
in the order given, computed by `workers` processes that each build their own copy of `link` (one spaCy
model per worker), a few documents per task so that their texts are parsed in one batch. At most
2 x workers x CHUNK documents are in flight, so memory stays bounded however many files there are; the
caller deduplicates and writes in one process, so the store has a single writer.
Why: the model dominates the cost and is CPU-bound; processes use every core, and keeping order and the
single writer makes a parallel run store exactly what a serial run stores.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

_STATE: dict = {}


def _init(link) -> None:
    _STATE["link"] = link


CHUNK = 8    # documents per task: their texts are parsed in one batch, as the single-process read-ahead does


def _prepare(docs: list) -> list[tuple]:
    """(document, articles, skips, layers) for each of a few documents, their texts parsed together."""
    from .pipeline import link_document, prefetch, read_document

    link = _STATE.get("link")
    read = [(doc, *read_document(doc)) for doc in docs]
    prefetch(link, [articles for _, articles, _ in read])
    return [(doc, articles, skips, link_document(doc, articles, link, skips)) for doc, articles, skips in read]


def _chunks(docs: Iterable, n: int) -> Iterator[list]:
    chunk: list = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepare_in_pool(docs: Iterable, link, workers: int) -> Iterator[tuple]:
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(workers, initializer=_init, initargs=(link,)) as pool:
        pending: deque = deque()
        for chunk in _chunks(docs, CHUNK):
            pending.append(pool.apply_async(_prepare, (chunk,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
