"""Extraction metrics shared by the benchmark scripts and the quality-gate tests.

What: the article-extraction benchmark's shingle metric (tokens are ``\\w+``
runs, 4-gram shingles counted with multiplicity, per-page true/false
positives and false negatives normalised by their sum, then averaged over
pages) and trafilatura's segment metric (gold "with" / "without" snippets
looked up in the output).
Why: one implementation, so the bench scripts and the CI floors agree; it is
our own re-implementation from the benchmarks' written descriptions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int

    def __str__(self) -> str:
        return f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} ({self.pages} pages)"


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page; all zero when both sides are empty."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def shingle_score(pairs) -> Score:
    """Score an iterable of (truth, predicted) texts."""
    tp = fp = fn = 0.0
    n = 0
    for truth, predicted in pairs:
        a, b, c = page_counts(truth, predicted)
        tp, fp, fn, n = tp + a, fp + b, fn + c, n + 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, n)


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def segment_score(pages) -> Score:
    """trafilatura's metric over (output, with_snippets, without_snippets) triples (micro)."""
    tp = fp = fn = tn = 0
    n = 0
    for output, with_, without in pages:
        out = _norm(output)
        n += 1
        for s in with_:
            if _norm(s) in out:
                tp += 1
            else:
                fn += 1
        for s in without:
            if _norm(s) in out:
                fp += 1
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, n)
