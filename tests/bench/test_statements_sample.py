"""The reading sample of quotes and quantities (bench/statements_sample.py): its helpers on hand-made records,
and, when the sample corpus sits beside the checkout, that every sampled record has a verdict (a changed
extractor output changes the keys and forces a new reading), that precision holds the recorded floor, and
that no corpus text leaked into the judgement file or the docs table."""
from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import statements_sample as ss  # noqa: E402

from greatgame.records import Quantity, Quote  # noqa: E402

HAVE_CORPUS = ss.CORPUS.is_dir() and any(ss.CORPUS.glob("*.txt"))
needs_corpus = pytest.mark.skipif(not HAVE_CORPUS, reason="../shared/corpus not present")


def quote(**kw):
    base = dict(article_id="a", speaker_actor_id="dosova", speaker_text="Dosova", text="that talks failed",
                cue="said", direct=False, start=10, end=27, speaker_start=0, speaker_end=6, cue_start=7, cue_end=11)
    return Quote(**(base | kw))


def test_key_changes_with_any_judged_field():
    k = ss.key("f.txt#0", quote(), "quotes")
    assert re.fullmatch(r"f\.txt#0:10-27:[0-9a-f]{8}", k)
    assert ss.key("f.txt#0", quote(), "quotes") == k
    assert ss.key("f.txt#0", quote(speaker_actor_id="bekov"), "quotes") != k
    assert ss.key("f.txt#0", quote(direct=True), "quotes") != k
    q = Quantity(article_id="a", value=5.0, unit=None, text="five", subject="CIs", sentence="s", start=3, end=7)
    assert ss.key("f.txt#1", q, "quantities") != ss.key("f.txt#1", replace(q, unit="%"), "quantities")
    assert ss.key("f.txt#1", q, "quantities") != ss.key("f.txt#1", replace(q, subject_start=8), "quantities")


def test_sample_is_seeded_ordered_and_takes_all_when_short():
    items = list(range(100))
    a, b = ss.sample(items, 30, 7), ss.sample(items, 30, 7)
    assert a == b and len(a) == 30 and a == sorted(a) and ss.sample(items, 30, 8) != a
    assert ss.sample(items[:12], 30) == items[:12]


def test_precision_and_bound():
    assert ss.precision(["ok", "ok (x)", "wrong: y", ""]) == (2, 3, 0.667)
    assert ss.precision(["", "?"]) == (0, 0, None)
    assert ss.wilson_low(37, 37) == pytest.approx(0.906, abs=0.001)
    assert ss.wilson_low(0, 0) is None


def test_judgement_file_holds_keys_and_short_verdicts_only():
    data = ss.load_judgements()
    assert 0 < data["floor"] <= 1
    for kind in ("quotes", "quantities"):
        assert data[kind], kind
        for k, v in data[kind].items():
            assert re.fullmatch(r"[\w.]+#\d+:\d+-\d+:[0-9a-f]{8}", k), k
            assert re.match(r"(ok|wrong)\b", v) and len(v) <= 160, (k, v)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not HAVE_CORPUS:
        pytest.skip("../shared/corpus not present")
    out = tmp_path_factory.mktemp("sample")
    return ss.run(full_out=out / "full.md", docs_out=out / "docs.md")


@needs_corpus
def test_every_sampled_record_is_judged(result):
    for kind in ("quotes", "quantities"):
        r = result[kind]
        assert r["sampled"] == min(30, r["found"]) and r["sampled"] > 0
        assert not r["unjudged"], f"re-read and judge these {kind}: {r['unjudged']}"
        assert r["judged"] == r["sampled"]


@needs_corpus
def test_precision_holds_the_recorded_floor(result):
    floor = ss.load_judgements()["floor"]
    for kind in ("quotes", "quantities"):
        assert result[kind]["precision"] >= floor, (kind, result[kind])


@needs_corpus
def test_no_corpus_text_in_the_repository_files():
    """No run of eight words of a corpus page appears in the judgement file or the docs table."""
    def grams(text: str) -> set[str]:
        w = re.findall(r"[a-z0-9]+", text.lower())
        return {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}

    ours = grams(ss.JUDGEMENTS.read_text(encoding="utf-8"))
    if ss.DOCS_OUT.exists():
        ours |= grams(ss.DOCS_OUT.read_text(encoding="utf-8"))
    assert ours and json.loads(ss.JUDGEMENTS.read_text(encoding="utf-8"))
    for page in ss.CORPUS.glob("*.txt"):
        leaked = ours & grams(page.read_text(encoding="utf-8"))
        assert not leaked, sorted(leaked)[:3]
