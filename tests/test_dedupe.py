import random

from greatgame.dedupe import Deduper, mark_duplicates, text_hash
from greatgame.records import Article

WORDS = ("kazakhstan china russia pipeline talks minister troops border trade summit security energy "
         "agreement officials protest court sentence ministry investment railway customs election").split()


def _text(seed, n=200):
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _a(i, text):
    return Article(id=f"a{i}", document_id="d", page=0, index=i, text=text)


def test_exact_copy_with_other_whitespace_and_case_is_duplicate():
    d = Deduper()
    first, _ = d.mark(_a(1, "Short note on the summit."))
    copy, sig = d.mark(_a(2, "short  note on the\nsummit."))
    assert first.duplicate_of is None
    assert copy.duplicate_of == "a1" and sig is None


def test_near_copy_is_duplicate_and_different_text_is_not():
    base = _text(1)
    edited = base.replace("summit", "meeting", 1) + " distributed by a wire agency"
    out = list(mark_duplicates([_a(1, base), _a(2, edited), _a(3, _text(2))], Deduper()))
    assert [a.duplicate_of for a, _ in out] == [None, "a1", None]
    assert out[0][1] is not None and out[2][1] is not None


def test_state_reloads_from_signatures():
    base = _text(3)
    first = Deduper()
    a, sig = first.mark(_a(1, base))
    second = Deduper().load([(text_hash(base), "a1")], [("a1", sig)])
    copy, _ = second.mark(_a(9, base + " (reprinted)"))
    assert copy.duplicate_of == "a1"


def test_text_hash_ignores_whitespace_only():
    assert text_hash("A  b\nc") == text_hash("a b c")
    assert text_hash("a b c") != text_hash("a b d")


# -- the band index decides exactly as datasketch's in-memory MinHashLSH did --------------------------------

def _variants(n_bases=12, seed=11):
    """Originals and copies with 0-9 words replaced (Jaccard from 1 down to well under the threshold),
    short notes and their exact copies, shuffled."""
    rng = random.Random(seed)
    texts = []
    for b in range(n_bases):
        base = _text(100 + b, n=rng.randint(80, 220)).split()
        texts.append(" ".join(base))
        for k in range(10):
            words = list(base)
            for pos in rng.sample(range(len(words)), k):
                words[pos] = rng.choice(WORDS) + "x"
            texts.append(" ".join(words))
    texts += ["Brief: talks resume.", "brief:  TALKS resume.", "Another short line here."]
    rng.shuffle(texts)
    return texts


def _datasketch_marks(texts, threshold=0.8):
    """The rule as first written: exact hash, else the best MinHashLSH candidate (ties: smallest id)."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from greatgame.dedupe import NUM_PERM, SCHEME, signature

    lsh, hashes, sigs, out = MinHashLSH(threshold=threshold, num_perm=NUM_PERM), {}, {}, []
    for i, text in enumerate(texts):
        aid, sha, sig = f"a{i:03d}", text_hash(text), signature(text)
        m = None if sig is None else MinHash(num_perm=NUM_PERM, scheme=SCHEME,
                                             hashvalues=np.frombuffer(sig, dtype=np.uint64))
        best = hashes.get(sha)
        if best is None and m is not None:
            best_j = threshold
            for cand in lsh.query(m):
                j = sigs[cand].jaccard(m)
                if j >= best_j and (best is None or j > best_j or cand < best):
                    best, best_j = cand, j
        out.append(best)
        if best is None:
            hashes.setdefault(sha, aid)
            if m is not None:
                sigs[aid] = m
                lsh.insert(aid, m)
    return out


def test_band_layout_is_the_one_datasketch_chooses():
    from datasketch import MinHashLSH

    from greatgame import lshbands
    from greatgame.dedupe import NUM_PERM, THRESHOLD

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (lshbands.BANDS, lshbands.ROWS)


def test_marks_equal_datasketch_lsh_over_copies_around_the_threshold():
    texts = _variants()
    d = Deduper()
    ours = [d.mark(Article(id=f"a{i:03d}", document_id="d", page=0, index=i, text=t))[0].duplicate_of
            for i, t in enumerate(texts)]
    expected = _datasketch_marks(texts)
    assert ours == expected
    # the corpus really exercises both sides of the threshold
    assert sum(x is not None for x in expected) > 20 and sum(x is None for x in expected) > 20


def test_band_key_collision_is_not_a_candidate():
    from greatgame import lshbands
    from greatgame.dedupe import MemoryIndex, signature

    sig = signature(_text(5))
    values = bytearray(sig)
    for band in range(lshbands.BANDS):          # change one value in every band: 119/128 alike, no band shared
        pos = band * lshbands.ROWS * 8
        values[pos] ^= 0xFF
    other = bytes(values)
    assert lshbands.jaccard(sig, other) > 0.9 and not lshbands.shares_band(sig, other)

    class Colliding(MemoryIndex):               # an index whose every key collides with "a1"'s
        def candidates(self, keys):
            return {"a1": other}

    assert Deduper(Colliding()).find("no-such-hash", sig) is None
    assert Deduper(MemoryIndex()).load([], [("a1", other)]).find("h", other) == "a1"


def test_bad_signature_size_is_a_clear_error():
    import pytest

    from greatgame import lshbands

    with pytest.raises(ValueError, match="1024 bytes"):
        lshbands.band_keys(b"\x00" * 10)
