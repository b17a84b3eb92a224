"""The single-process ingest reads a few documents ahead so the link stage can parse their texts together."""
from __future__ import annotations

from greatgame import pipeline
from greatgame.dedupe import Deduper
from greatgame.pipeline import ingest
from greatgame.store.sqlite import Store

TOWNS = ["Almaty", "Shymkent", "Taraz", "Aktau", "Atyrau", "Oral", "Kostanay", "Pavlodar", "Semey", "Turkistan"]


def _pages(root, n):
    root.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (root / f"{i:03d}.txt").write_text(
            f"Council meeting number {i} in {town}\n\n"
            f"The regional council of {town} met on Monday for session {i} and approved a budget for roads, "
            f"schools and clinics. Members said the plan number {i * 37 % 101} would take two years, and the "
            f"mayor promised that residents of {town} would be asked about the route of the new bus lines.\n",
            encoding="utf-8")
    # the same article in a different file (other bytes, same text once whitespace is folded)
    (root / "copy.txt").write_text((root / "003.txt").read_text(encoding="utf-8") + "\n\n", encoding="utf-8")


class Recorder:
    """A link stage that records what it is asked to parse ahead and to link."""

    def __init__(self, ahead=True):
        self.prefetched, self.linked = [], []
        if not ahead:
            self.prefetch = None

    def prefetch(self, texts):
        self.prefetched.append(list(texts))

    def __call__(self, articles):
        self.linked += [a.text for a in articles]
        return []


def test_texts_are_parsed_ahead_in_bounded_batches_and_linked_in_order(tmp_path):
    _pages(tmp_path / "in", 40)
    ahead, plain = Recorder(), Recorder(ahead=False)
    for name, link in (("a", ahead), ("b", plain)):
        with Store(tmp_path / f"{name}.db") as store:
            ingest([str(tmp_path / "in")], store, Deduper(), link=link)
    assert plain.linked and ahead.linked == plain.linked          # same articles, same order
    batches = [b for b in ahead.prefetched if b]
    assert len(batches) >= 2 and all(len(b) <= pipeline.AHEAD_ARTICLES for b in batches)
    flat = [t for b in batches for t in b]
    assert set(ahead.linked) <= set(flat)                         # every linked text was parsed ahead
    assert len(flat) == len(ahead.linked) + 1                     # and the exact copy, found later as a duplicate


def test_a_failing_prefetch_loses_nothing(tmp_path):
    _pages(tmp_path / "in", 5)

    class Broken(Recorder):
        def prefetch(self, texts):
            raise RuntimeError("parser exploded")

    link = Broken()
    with Store(tmp_path / "c.db") as store:
        s = ingest([str(tmp_path / "in")], store, Deduper(), link=link)
    assert s.articles == 6 and s.duplicates == 1 and len(link.linked) == 5
