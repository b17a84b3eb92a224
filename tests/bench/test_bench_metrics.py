"""The metric functions of the actor benchmarks (bench/ner_linking.py, actors_gold.py, throughput_nlp.py),
on tiny hand-made inputs: none of these tests needs the linker to be good, or any shared data."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import actors_gold as ag  # noqa: E402
import ner_linking as nl  # noqa: E402
import throughput_nlp as tn  # noqa: E402

from greatgame.geo.gazetteer import Place  # noqa: E402
from greatgame.records import Mention  # noqa: E402

# An invented two-paragraph document in GUM's CoNLL-U shape (10 columns, Entity brackets in MISC).
CONLLU = "\n".join([
    "# newdoc id = GUM_news_invented",
    "# meta::dateCreated = 2021-03-04",
    "# newpar",
    "# text = Steppe talks",
    "1\tSteppe\tsteppe\tNOUN\tNN\t_\t2\tcompound\t_\t_",
    "2\ttalks\ttalk\tNOUN\tNNS\t_\t0\troot\t_\t_",
    "",
    "# newpar",
    "# text = The Kazakh Senate met Aruzhan Bekova in Astana.",
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-sssss-cf1-2,3-coref-Senate_of_Kazakhstan",
    "2\tKazakh\tKazakh\tADJ\tJJ\t_\t3\tamod\t_\t_",
    "3\tSenate\tSenate\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)",
    "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
    "5\tAruzhan\tAruzhan\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-person-new-sssss-cf2-1,2-coref",
    "6\tBekova\tBekova\tPROPN\tNNP\t_\t5\tflat\t_\tEntity=2)",
    "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_",
    "8\tAstana\tAstana\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(3-place-new-sssss-cf3-1-coref-Astana_%28city%29)"
    "|SpaceAfter=No",
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
    "",
    "# text = It's the capital.",
    "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_",
    "1\tIt\tit\tPRON\tPRP\t_\t4\tnsubj\t_\tEntity=(3-place-giv-sssss-cf1-1-ana-Astana_%28city%29)",
    "2\t's\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_",
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_",
    "4\tcapital\tcapital\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No",
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
    "",
])


def test_entity_field_events_open_close_and_single_token():
    ev = nl.parse_entity_field("(2-abstract-new-s-cf2-2-coref(3-place-new-s-cf3-1-coref-Almaty)7)")
    assert ev == [("open", "2", "abstract-new-s-cf2-2-coref", False),
                  ("open", "3", "place-new-s-cf3-1-coref-Almaty", True), ("close", "7")]


def test_read_conllu_rebuilds_text_and_offsets():
    doc = nl.read_conllu(CONLLU, "invented")
    assert doc.text == "Steppe talks\n\nThe Kazakh Senate met Aruzhan Bekova in Astana. It's the capital."
    assert doc.published == "2021-03-04"
    by_text = {m.text: m for m in doc.mentions}
    assert set(by_text) == {"The Kazakh Senate", "Aruzhan Bekova", "Astana", "It"}
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    assert by_text["Astana"].identity == "Astana_(city)"          # percent-decoded
    assert by_text["Aruzhan Bekova"].identity is None
    assert by_text["The Kazakh Senate"].named and by_text["Aruzhan Bekova"].named
    assert not by_text["It"].named                                 # a pronoun, even with an identity


def test_gold_named_keeps_typed_proper_names():
    doc = nl.read_conllu(CONLLU)
    assert {m.text for m in nl.gold_named(doc)} == {"The Kazakh Senate", "Aruzhan Bekova", "Astana"}
    assert {m.text for m in nl.gold_named(doc, need_identity=True)} == {"The Kazakh Senate", "Astana"}


def test_read_splits(tmp_path):
    (tmp_path / "splits.md").write_text("# Splits\n## dev\n\n  * GUM_news_a\n  * GUM_bio_b\n## test\n  * GUM_news_c\n")
    assert nl.read_splits(tmp_path) == {"dev": {"GUM_news_a", "GUM_bio_b"}, "test": {"GUM_news_c"}}
    assert nl.read_splits(tmp_path / "absent") == {}


def test_strip_det_and_possessive():
    t = "the Kazakh Senate's vote and The OTS"
    assert nl.strip_det(t, 0, 19) == (4, 17)
    assert nl.strip_det(t, 29, 36) == (33, 36)
    assert nl.strip_det("the", 0, 3) == (0, 3)                     # never to an empty span


def test_map_label():
    assert nl.map_label("GPE") == nl.map_label("FAC") == "place"
    assert nl.map_label("NORP") is None and nl.map_label("ORG") == "organization"


def test_ner_score_typed_exact_and_lenient():
    texts = {"d": "the Senate met Bekova"}
    gold = [("d", 0, 10, "organization"), ("d", 15, 21, "person")]
    pred = [("d", 4, 10, "organization"), ("d", 15, 21, "place"), ("d", 11, 14, "person")]
    lenient = nl.ner_score(gold, pred, texts)
    assert (lenient["tp"], lenient["pred"], lenient["gold"]) == (1, 3, 2)
    assert lenient["precision"] == pytest.approx(1 / 3, abs=1e-4) and lenient["recall"] == 0.5
    assert lenient["f1"] == pytest.approx(0.4, abs=1e-4)
    assert nl.ner_score(gold, pred)["tp"] == 0                      # strict: "the" counts
    assert nl.prf(0, 0, 0)["f1"] == 0.0


def test_overlap_score_is_one_to_one():
    gold = [("d", 0, 20, "person")]
    pred = [("d", 10, 20, "person"), ("d", 0, 5, "person"), ("d", 0, 20, "place")]
    r = nl.overlap_score(gold, pred)
    assert (r["tp"], r["pred"], r["gold"]) == (1, 3, 1)


def test_link_accuracy_right_wrong_missing():
    gold = [("d", 0, 6, "KAZ"), ("d", 10, 17, "tokayev"), ("d", 30, 34, "CSTO")]
    pred = [("d", 0, 6, "KAZ"), ("d", 10, 13, "x-p-tok"), ("d", 8, 17, "tokayev"), ("d", 30, 34, None)]
    r = nl.link_accuracy(gold, pred)
    assert (r["right"], r["total"], r["no_mention"], r["wrong_actor"]) == (2, 3, 1, 0)
    assert r["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["errors"] == [("d", 30, 34, "CSTO", None)]
    # the best-overlapping mention decides; "any overlap" is the lenient variant
    r2 = nl.link_accuracy([("d", 0, 10, "A")], [("d", 0, 10, "B"), ("d", 0, 3, "A")])
    assert r2["right"] == 0 and r2["accuracy_any_overlap"] == 1.0


def test_expected_actor_needs_exactly_one():
    from types import SimpleNamespace as NS
    table = {"astana": [NS(id="a")], "turkestan": [NS(id="b"), NS(id="c")]}
    kb = NS(by_alias=lambda text: table.get(text.lower(), []))
    assert nl.expected_actor(kb, "Astana") == "a"
    assert nl.expected_actor(kb, "Turkestan") is None and nl.expected_actor(kb, "Nowhere_town") is None


def test_haversine():
    assert ag.haversine_km(43.0, 76.0, 44.0, 76.0) == pytest.approx(111.2, abs=0.2)
    assert ag.haversine_km(10, 20, 10, 20) == 0
    assert ag.haversine_km(51.18, 71.45, 43.25, 76.92) == pytest.approx(ag.haversine_km(43.25, 76.92, 51.18, 71.45))


def test_occurrences_are_whole_words():
    text = "Uighurs and Uighur groups; CIs and a CI-run class; CIS states."
    assert ag.occurrences(text, "Uighur") == [(12, 18)]
    assert ag.occurrences(text, "CI") == []                         # "CI-run" is part of a longer word
    assert ag.occurrences(text, "CIs") == [(27, 30)]


def _m(s, e, text, actor=None, place=None, label="PERSON"):
    return Mention("a", s, e, text, actor_id=actor, place_id=place, label=label)


def test_check_group_one_id_unlinked_and_absent():
    text = "President Tokayev met Toqayev's aides. Tokayev left."
    mentions = [_m(10, 17, "Tokayev", "tok"), _m(22, 29, "Toqayev", "tok")]
    r = ag.check_group(["Tokayev", "Toqayev", "Kassym-Jomart Tokayev"], [(text, mentions)])
    assert not r["passed"]                                         # the second "Tokayev" is unlinked
    assert r["unlinked_occurrences"] == {"Tokayev": 1}
    assert r["forms_not_in_text"] == ["Kassym-Jomart Tokayev"] and r["actor_ids"] == ["tok"]
    mentions.append(_m(39, 46, "Tokayev", "tok"))
    assert ag.check_group(["Tokayev", "Toqayev"], [(text, mentions)])["passed"]
    mentions[1] = _m(22, 29, "Toqayev", "x-p-toqayev")
    assert ag.check_group(["Tokayev", "Toqayev"], [(text, mentions)])["actor_ids"] == ["tok", "x-p-toqayev"]


def test_check_metonym_counts_kinds():
    text = "Moscow warned. The Carnegie Moscow Center said so. In Moscow it rained."
    mentions = [_m(0, 6, "Moscow", "RUS", label="GPE"), _m(19, 41, "Carnegie Moscow Center", "carnegie", label="ORG"),
                _m(54, 60, "Moscow", None, "gn:1", label="GPE")]
    r = ag.check_metonym("Moscow", "RUS", [(text, mentions, None)])
    assert r["passed"] and r["linked"] == {"state": 1, "part_of_name": 1, "place_only": 1}
    mentions[0] = _m(0, 6, "Moscow", "x-o-moscow", label="ORG")
    r = ag.check_metonym("Moscow", "RUS", [(text, mentions, None)])
    assert not r["passed"] and r["other_actor_ids"] == {"x-o-moscow": 1}


def test_check_place_distance():
    text = "Protests reached Almaty and later Almaty again."
    near = Place("gn:1", "Almaty", "KZ", 43.25, 76.95, 1, "city")
    far = Place("gn:2", "Almaty", "XX", 10.0, 10.0, 2, "city")
    gold = {"name": "Almaty", "lat": 43.25, "lon": 76.92}
    r = ag.check_place(gold, [(text, [_m(17, 23, "Almaty", place="gn:2", label="GPE")], {"gn:2": far})])
    assert not r["passed"] and r["unresolved"] == 1 and len(r["resolved_far"]) == 1
    r = ag.check_place(gold, [(text, [_m(34, 40, "Almaty", place="gn:1", label="GPE")], {"gn:1": near})])
    assert r["passed"] and r["resolved_near"] == 1


def test_throughput_table_and_bad_sample():
    with pytest.raises(ValueError):
        tn.texts_for("nonsense")
    rows = [{"mode": "spacy", "sample": "corpus", "articles": 5, "load_seconds": 1.0, "seconds": 2.0,
             "articles_per_second": 2.5, "kchars_per_second": 9.0, "mentions": 40, "peak_rss_mb": 300.0},
            {"mode": "linker", "sample": "corpus", "error": ["boom"]}]
    out = tn.table(rows).splitlines()
    assert len(out) == 3 and "2.5" in out[1] and "error" in out[2]
