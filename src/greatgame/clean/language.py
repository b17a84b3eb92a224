"""Language identification for article text.

What: an ISO 639-1 code for a text, or None when the text is too short to tell.
Why: analysts filter by language, and later English-only layers (the spaCy
model) must know which articles they can read; a page in another language is
kept and labelled, never dropped.
"""
from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 40


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    sample = " ".join(text[:3000].split())
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else None
