"""An output-identical speedup of the linker: a name's whole-word pattern (works._in_some_title) is compiled
once, and not at all when the article cites no titles; it had been compiled anew for every name of every
article (re's own cache of 512 patterns overflows), the largest cost cProfile showed in the linker."""
from __future__ import annotations

from greatgame.actors import works


def test_whole_name_patterns_are_compiled_once_and_only_for_articles_citing_titles():
    works._whole_name.cache_clear()
    assert works._in_some_title("Kazakhstan and China signed a deal.", "China") is False
    assert works._whole_name.cache_info().currsize == 0             # no cited title: nothing compiled
    cited = 'Notes\n1. Giulia Sciorati, "Beijing and the Steppe", ISPI, 2022.\n\nBeijing signed a deal.'
    if works.cited_title_spans(cited):
        first = works._in_some_title(cited, "Steppe")
        assert works._in_some_title(cited, "Steppe") is first
        info = works._whole_name.cache_info()
        assert info.currsize == 1 and info.hits >= 1                # compiled once, then reused
