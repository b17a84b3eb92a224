"""Reading, cleaning and linking documents in worker processes, results back in input order.

What: `prepare_in_pool(docs, link, workers)` yields (document, articles, skips, layers) for each document,
in the order given, computed by `workers` processes that each build their own copy of `link` (one spaCy
model per worker). At most 2 x workers documents are in flight, so memory stays bounded however many files
there are; the caller deduplicates and writes in one process, so the store has a single writer.
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


def _prepare(doc):
    from .pipeline import link_document, read_document

    articles, skips = read_document(doc)
    layers = link_document(doc, articles, _STATE.get("link"), skips)
    return doc, articles, skips, layers


def prepare_in_pool(docs: Iterable, link, workers: int) -> Iterator[tuple]:
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(workers, initializer=_init, initargs=(link,)) as pool:
        pending: deque = deque()
        for doc in docs:
            pending.append(pool.apply_async(_prepare, (doc,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
