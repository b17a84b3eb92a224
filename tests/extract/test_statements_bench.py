"""The scoring helpers of bench/quotes_polnear.py and bench/statements_gold.py on tiny hand-made inputs, and
the gold check itself when the sample corpus is present beside the checkout."""
from __future__ import annotations

import sys
from pathlib import Path

from greatgame.records import Quantity, Quote

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import quotes_polnear as qp  # noqa: E402
import statements_gold as sg  # noqa: E402

TEXT = "“We stay,” Dosov said. “We build.” Officials said that talks failed."


def quote(start, end, cue_start, how="subject", direct=True, speaker="Dosov", sp=(11, 16)):
    return Quote("a", "dosov", speaker, TEXT[start:end], TEXT[cue_start:cue_start + 4] if cue_start >= 0 else "",
                 direct, start, end, sp[0], sp[1], cue_start, cue_start + 4 if cue_start >= 0 else -1, how)


def test_parse_ann_and_directness(tmp_path):
    ann = tmp_path / "x_a1.ann"
    ann.write_text("T1\tSource 11 16\tDosov\nT2\tCue 17 21\tsaid\nT3\tContent 0 10;23 34\t“We stay,” “We build.”\n"
                   "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n", encoding="utf-8")
    (g,) = qp.parse_ann(ann)
    assert g["parts"] == [(0, 10), (23, 34)] and g["source"] == "Dosov" and g["cue"] == "said"
    assert qp.is_direct(g["text"]) and not qp.is_direct("that talks failed")


def test_grouping_and_scoring():
    s2 = TEXT.index("“We build")
    preds = qp.group_predictions([quote(0, 10, 17), quote(s2, s2 + 11, -1, how="continuation")], TEXT)
    assert len(preds) == 1 and preds[0]["parts"] == [(0, 10), (s2, s2 + 11)]
    gold = [{"parts": [(0, 10), (s2, s2 + 11)], "text": "“We stay,” “We build.”", "source_parts": [(11, 16)],
             "source": "Dosov", "cue": "said"}]
    errors: list = []
    c = qp.score_file(gold, preds, TEXT, errors, "x")
    assert (c["gd"], c["pd"], c["md_g"], c["md_p"], c["sp_n"], c["sp_ok"]) == (1, 1, 1, 1, 1, 1) and not errors
    c = qp.score_file(gold, [], TEXT, errors, "x")
    assert c["md_g"] == 0 and errors and errors[0].startswith("[missed direct]")
    assert qp.prf(1, 2, 1, 1)["f1"] == round(2 * 0.5 * 1 / 1.5, 3)


def test_gold_matching_helpers():
    q = Quote("a", "CHN", "China", "that it is “willing to help”", "statement", False, 0, 10)
    rows = sg.check_quotes([{"speaker": ["SCO", "China"], "fragment": "Willing to  help"}], [(q, {})])
    assert rows[0]["hit"]
    rows = sg.check_quotes([{"speaker": ["Russia"], "fragment": "willing to help"}], [(q, {})])
    assert not rows[0]["hit"] and rows[0]["got"]
    n = Quantity("a", 600.0, "USD", "less than $600", "salary", "The salary is less than $600.", 0, 5)
    ok = sg.check_quantities([{"value": 600, "unit": "USD", "context": "salary"}], [(n, "salary")])
    bad = sg.check_quantities([{"value": 600, "unit": "KZT", "context": "salary"}], [(n, "salary")])
    assert ok[0]["hit"] and not bad[0]["hit"] and not bad[0]["value_only"]


def test_statements_gold_when_present():
    from conftest import shared_path
    shared_path("corpus", "gold_dev.json")
    res = sg.run()
    assert res["quotes"] == 1.0 and res["quantities"] == 1.0 and res["frames"] == 1.0
    assert res["citation_count"] == res["citation_count_gold"] and res["citation_samples"] == 1.0
