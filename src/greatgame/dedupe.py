"""Exact and near-duplicate detection across the whole corpus.

What: a Deduper that remembers every original article it has seen (exact
hash of the whitespace-normalised text, and a MinHash of its word 5-grams
filed under its LSH band keys) and marks a later copy `duplicate_of` the
first. What it remembers lives in an index object: `MemoryIndex` (the
default: tests, the Spark driver) or one the store provides, which keeps
it on disk so memory does not grow with the corpus.
Why: syndicated articles and pages that repeat an article are common in
collected reporting; counting them twice would double events and quotes.
MinHash LSH finds copies that differ in a byline, a footer or a typo in
sub-linear time; the exact hash catches identical copies of texts too short
for shingles. A store-backed index finds copies of articles stored by
earlier runs without loading them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Iterable, Iterator, Protocol

from datasketch import MinHash

from . import lshbands
from .records import Article

NUM_PERM = lshbands.NUM_PERM
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


class DedupeIndex(Protocol):
    """What a Deduper remembers; the first article filed under a text hash wins."""

    def original(self, sha: str) -> str | None: ...
    def candidates(self, keys: list[int]) -> dict[str, bytes]: ...
    def add_hash(self, sha: str, article_id: str) -> None: ...
    def add_signature(self, article_id: str, sig: bytes, keys: list[int]) -> None: ...
    def document_done(self) -> None: ...


class MemoryIndex:
    """The index in dictionaries: text hash -> first article, band key -> articles, article -> signature."""

    def __init__(self):
        self.hashes: dict[str, str] = {}
        self.sigs: dict[str, bytes] = {}
        self.buckets: dict[int, list[str]] = {}

    def original(self, sha: str) -> str | None:
        return self.hashes.get(sha)

    def candidates(self, keys: list[int]) -> dict[str, bytes]:
        return {a: self.sigs[a] for k in keys for a in self.buckets.get(k, ())}

    def add_hash(self, sha: str, article_id: str) -> None:
        self.hashes.setdefault(sha, article_id)

    def add_signature(self, article_id: str, sig: bytes, keys: list[int]) -> None:
        if article_id not in self.sigs:
            self.sigs[article_id] = sig
            for k in keys:
                self.buckets.setdefault(k, []).append(article_id)

    def document_done(self) -> None:
        """Nothing to settle: everything is kept."""


class Deduper:
    """Corpus-wide memory of original articles, in `index` (a fresh MemoryIndex when not given)."""

    def __init__(self, index: DedupeIndex | None = None, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.index = index if index is not None else MemoryIndex()

    def load(self, text_hashes: Iterable[tuple[str, str]], signatures: Iterable[tuple[str, bytes]]) -> "Deduper":
        """Remember articles already stored: (text_sha256, id) pairs and (id, signature) pairs.

        Only for an in-memory index; a store-backed index already sees what is stored.
        """
        for sha, article_id in text_hashes:
            self.index.add_hash(sha, article_id)
        for article_id, blob in signatures:
            self.index.add_signature(article_id, bytes(blob), lshbands.band_keys(bytes(blob)))
        return self

    def find(self, sha: str, sig: bytes | None, keys: list[int] | None = None) -> str | None:
        """The original a text (hash, signature) copies: the exact hash first, then the most similar
        article sharing an LSH band with Jaccard >= threshold (ties: the smallest id)."""
        found = self.index.original(sha)
        if found is not None:
            return found
        if sig is None:
            return None
        best, best_j = None, self.threshold
        for cand, other in sorted(self.index.candidates(keys or lshbands.band_keys(sig)).items()):
            if not lshbands.shares_band(sig, other):     # a band-key collision, not a shared band
                continue
            j = lshbands.jaccard(other, sig)
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
        sig = None if sig is None else bytes(sig)
        keys = None if sig is None else lshbands.band_keys(sig)
        original = self.find(sha, sig, keys)
        if original is not None and original != article_id:
            return original, None
        self.index.add_hash(sha, article_id)
        if sig is None:
            return None, None
        self.index.add_signature(article_id, sig, keys)
        return None, sig

    def document_done(self) -> None:
        """Call once a document's articles are written (or given up): a store-backed index then drops
        what it held in memory for them, since the store now answers for what was written."""
        self.index.document_done()


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as bytes (None when too short for shingles)."""
    m = minhash(text)
    return None if m is None else m.hashvalues.astype("<u8").tobytes()


def mark_duplicates(articles: Iterable[Article], deduper: Deduper) -> Iterator[tuple[Article, bytes | None]]:
    """Pipeline stage: each article with its duplicate mark and signature."""
    for article in articles:
        yield deduper.mark(article)
