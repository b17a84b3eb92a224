"""MinHash LSH bands: the layout, integer band keys, and the exact band test.

What: a 128-value MinHash signature (bytes of uint64) is cut into BANDS bands of ROWS values, the layout
datasketch's MinHashLSH chooses for threshold 0.8 and 128 permutations. `band_keys` gives one signed
64-bit integer per band (a hash of the band's number and bytes), `shares_band` says whether two signatures
agree exactly on a whole band, and `jaccard` estimates their similarity.
Why: two articles are near-duplicate candidates when they share a band. Integer keys let that index live
in an indexed SQLite table instead of in memory; a key match is confirmed with `shares_band`, so a hash
collision never adds a candidate and the candidates equal an in-memory LSH's. This module imports
nothing of ours, so both the deduplicator (a stage) and the store use it without importing each other.
"""
from __future__ import annotations

import hashlib

import numpy as np

NUM_PERM = 128
BANDS = 9
ROWS = 13
WIDTH = 8                        # bytes per signature value (uint64)
SIGNATURE_BYTES = NUM_PERM * WIDTH
_SPAN = ROWS * WIDTH


def _check(sig: bytes) -> None:
    if len(sig) != SIGNATURE_BYTES:
        raise ValueError(f"a MinHash signature has {SIGNATURE_BYTES} bytes, got {len(sig)}")


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (the band's number is hashed in, so equal bytes in two bands differ)."""
    _check(sig)
    keys = []
    for band in range(BANDS):
        h = hashlib.blake2b(sig[band * _SPAN:(band + 1) * _SPAN], digest_size=8, person=b"gg-band%d" % band)
        keys.append(int.from_bytes(h.digest(), "big", signed=True))
    return keys


def shares_band(a: bytes, b: bytes) -> bool:
    """True when the two signatures are equal on at least one whole band."""
    _check(a)
    _check(b)
    return any(a[i * _SPAN:(i + 1) * _SPAN] == b[i * _SPAN:(i + 1) * _SPAN] for i in range(BANDS))


def jaccard(a: bytes, b: bytes) -> float:
    """The share of signature values two signatures have in common (MinHash's Jaccard estimate)."""
    _check(a)
    _check(b)
    return int(np.count_nonzero(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64))) / NUM_PERM
