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
