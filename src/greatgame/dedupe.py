"""Exact and near-duplicate detection across the whole corpus.

What: a Deduper that remembers every original article it has seen (exact
hash of the whitespace-normalised text, and a MinHash of its word 5-grams in
an LSH index) and marks a later copy `duplicate_of` the first.
Why: syndicated articles and pages that repeat an article are common in
collected reporting; counting them twice would double events and quotes.
MinHash LSH finds copies that differ in a byline, a footer or a typo in
sub-linear time; the exact hash catches identical copies of texts too short
for shingles. State can be loaded from the store, so a second run finds
copies of articles stored by the first.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Iterable, Iterator

import numpy as np
from datasketch import MinHash, MinHashLSH

from .records import Article

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE = 5
SCHEME = "affine64"      # datasketch >= 2.0 permutation scheme; signatures are uint64
MIN_TOKENS = 30          # shorter texts are matched by exact hash only

_WORD = re.compile(r"\w+", re.UNICODE)


def text_hash(text: str) -> str:
    """sha256 of the text with whitespace folded and case ignored."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash | None:
    tokens = [t.casefold() for t in _WORD.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return None
    grams = {" ".join(tokens[i:i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(grams))
    return m


class Deduper:
    """Corpus-wide memory of original articles."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[str, str] = {}
        self.sigs: dict[str, MinHash] = {}

    def load(self, text_hashes: Iterable[tuple[str, str]], signatures: Iterable[tuple[str, bytes]]) -> "Deduper":
        """Remember articles already stored: (text_sha256, id) pairs and (id, signature) pairs."""
        for sha, article_id in text_hashes:
            self.hashes.setdefault(sha, article_id)
        for article_id, blob in signatures:
            m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=np.uint64))
            self._index(article_id, m)
        return self

    def _index(self, article_id: str, m: MinHash) -> None:
        if article_id not in self.sigs:
            self.sigs[article_id] = m
            self.lsh.insert(article_id, m)

    def find(self, text: str, sha: str, m: MinHash | None) -> str | None:
        if sha in self.hashes:
            return self.hashes[sha]
        if m is None:
            return None
        best, best_j = None, self.threshold
        for cand in self.lsh.query(m):
            j = self.sigs[cand].jaccard(m)
            if j >= best_j and (best is None or j > best_j or cand < best):
                best, best_j = cand, j
        return best

    def mark(self, article: Article) -> tuple[Article, bytes | None]:
        """The article with duplicate_of set when it copies an earlier one, and its signature to store."""
        sha = article.text_sha256 or text_hash(article.text)
        original, sig = self.mark_signature(article.id, sha, signature(article.text))
        if original is not None:
            return replace(article, duplicate_of=original, text_sha256=sha), None
        return replace(article, text_sha256=sha), sig

    def mark_signature(self, article_id: str, sha: str, sig: bytes | None) -> tuple[str | None, bytes | None]:
        """`mark` from a precomputed hash and signature: (the original it copies or None, signature to store).

        Why: a Spark job computes signatures on the executors and decides duplicates on the driver, in the
        same order and with the same rule as a single process.
        """
        m = None if sig is None else MinHash(num_perm=NUM_PERM, scheme=SCHEME,
                                             hashvalues=np.frombuffer(sig, dtype=np.uint64))
        original = self.find("", sha, m)
        if original is not None and original != article_id:
            return original, None
        self.hashes.setdefault(sha, article_id)
        if m is None:
            return None, None
        self._index(article_id, m)
        return None, sig


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as bytes (None when too short for shingles)."""
    m = minhash(text)
    return None if m is None else m.hashvalues.astype(np.uint64).tobytes()


def mark_duplicates(articles: Iterable[Article], deduper: Deduper) -> Iterator[tuple[Article, bytes | None]]:
    """Pipeline stage: each article with its duplicate mark and signature."""
    for article in articles:
        yield deduper.mark(article)
