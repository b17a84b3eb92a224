"""The scoring helpers of the event benchmarks (bench/events_*.py, throughput_events.py) on tiny
hand-made inputs: none of these tests runs the extractor or reads shared data."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import events_gold as eg  # noqa: E402
import events_petrarch as ep  # noqa: E402
import events_plover as epl  # noqa: E402
import events_sample as es  # noqa: E402
import throughput_events as te  # noqa: E402

from greatgame.records import Actor, Event  # noqa: E402

ACTORS = {
    "KAZ": Actor(id="KAZ", name="Kazakhstan", kind="state", country="KAZ", aliases=("Republic of Kazakhstan",)),
    "CHN": Actor(id="CHN", name="China", kind="state", country="CHN", aliases=("PRC",)),
    "SCO": Actor(id="SCO", name="Shanghai Cooperation Organisation", kind="organization", sector="IGO"),
    "p-aru": Actor(id="p-aru", name="Aruzhan Bekova", kind="person", country="KAZ", aliases=("Bekova",)),
}
LINKED = SimpleNamespace(actors=ACTORS)


def ev(type_="CONSULT", trigger="met", conf=0.5, src=None, tgt=None, srcs=(), tgts=(), cameo=None, date=None,
       src_text=None, tgt_text=None, start=0):
    return Event(id="e", article_id="a", type=type_, sentence="s", start=start, end=start + 10, trigger=trigger,
                 confidence=conf, source_actor_id=src, target_actor_id=tgt, source_actor_ids=tuple(srcs),
                 target_actor_ids=tuple(tgts), cameo=cameo, date=date, source_text=src_text,
                 target_text=tgt_text)


# --- PLOVER ---------------------------------------------------------------------------------------

def test_plover_codes_fix_and_skip_junk():
    assert epl.codes([{"code": "jap"}, {"code": "KAZ"}, {"actorText": "x"}]) == ["JPN", "KAZ"]
    assert epl.codes("") == [] and epl.codes(None) == [] and epl.codes("diplomatic") == []


def test_plover_load_records_skips_header_and_maps_old_types(tmp_path):
    recs = [{"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "doc"},
            {"id": "X-DEMAND-0004", "event": "DEMAND", "eventText": "urged", "text": "Astana urged calm.",
             "source": [{"code": "KAZ"}], "target": None},
            {"id": "X-FIGHT-0003", "event": "FIGHT", "eventText": "clashed", "text": "Guards clashed.",
             "source": [{"code": "KGZ"}], "target": [{"code": "TJK"}]}]
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(recs), encoding="utf-8")
    out = epl.load_records(path)
    assert [r["type"] for r in out] == ["REQUEST", "ASSAULT"]
    assert [r["n"] for r in out] == [4, 3]
    assert out[0]["target"] == [] and out[1]["target"] == ["TJK"]


def test_plover_choose_main_prefers_gold_trigger_over_confidence():
    a, b = ev("ACCUSE", "criticised", 0.9), ev("CONSULT", "met", 0.4)
    assert epl.choose_main([a, b], "met with") is b
    assert epl.choose_main([a, b], "visited") is a          # no trigger in the gold text: most confident
    assert epl.choose_main([], "met") is None


def test_plover_actor_matches_iso_and_non_state_codes():
    assert epl.actor_matches(ACTORS["p-aru"], "KAZ")       # a person answers for its country
    assert not epl.actor_matches(ACTORS["CHN"], "KAZ")
    assert epl.actor_matches(ACTORS["SCO"], "IGO")
    assert not epl.actor_matches(ACTORS["KAZ"], "IGO")
    assert not epl.actor_matches(None, "KAZ")


def test_plover_side_ok_strict_uses_main_actor_lenient_any():
    e = ev(src="CHN", srcs=("CHN", "KAZ"))
    assert not epl.side_ok(e, LINKED, ["KAZ"], "source", lenient=False)
    assert epl.side_ok(e, LINKED, ["KAZ"], "source", lenient=True)
    assert epl.side_ok(ev(srcs=("KAZ",)), LINKED, ["KAZ"], "source", lenient=False)   # no main: first of ids


def test_plover_score_shares_and_conditions():
    rows = [{"type": "AGREE", "pred_type": "AGREE", "type_ok": True, "any_type": True, "no_event": False,
             "src": True, "src_any": True, "tgt": False, "tgt_any": True, "has_source": True, "has_target": True},
            {"type": "REJECT", "pred_type": None, "type_ok": False, "any_type": False, "no_event": True,
             "src": False, "src_any": False, "tgt": False, "tgt_any": False, "has_source": True,
             "has_target": False}]
    s = epl.score(rows)
    assert s["type"] == 0.5 and s["no_event"] == 0.5 and s["source_country"] == 0.5
    assert s["target_country"] == 0.0 and s["target_country_lenient"] == 1.0 and s["with_target"] == 1
    assert s["per_type"] == {"AGREE": "1/1", "REJECT": "0/1"}


# --- PETRARCH -------------------------------------------------------------------------------------

DICT = """<!-- an invented dictionary
# spanning lines -->
STEPPELAND_  [STP]
+STEPPELANDER
+NOMAD_CAPITAL
RIVERLAND [RVL] # comment
KHAN_OF_STEPPELAND
\t[STPGOV 19990101-20051231]
\t[STPELI]
NOBODY  [---]
TWIN_CITIES [TWA/TWB]
"""


def test_petrarch_parse_actor_dict():
    entries = ep.parse_actor_dict(DICT)
    names = [e[0] for e in entries]
    assert names == ["Steppeland", "Riverland", "Khan Of Steppeland", "Nobody", "Twin Cities"]
    assert entries[0][1] == ["Steppelander", "Nomad Capital"]
    assert entries[2][2] == ["STPGOV 19990101-20051231", "STPELI"]
    assert entries[3][2] == []                               # null code dropped


def test_petrarch_actor_records_undated_code_and_known_ids():
    recs = {r["id"]: r for r in ep.actor_records(ep.parse_actor_dict(DICT), known_ids={"RVL"})}
    assert set(recs) == {"STP", "RVL", "STPELI", "TWA/TWB"}
    assert recs["STPELI"]["country"] == "STP" and recs["STPELI"]["sector"] == "ELI"
    assert recs["STP"]["aliases"] == ["Steppelander", "Nomad Capital"] and recs["STP"]["kind"] == "state"
    assert recs["RVL"] == {"id": "RVL", "aliases": ["Riverland"]}       # only aliases for a known id
    assert recs["TWA/TWB"]["country"] == "TWA"


def test_petrarch_found_needs_root_and_source_prefix():
    actors = {"STPGOV": Actor(id="STPGOV", name="Steppe government", kind="state", country="STP"),
              "TWA/TWB": Actor(id="TWA/TWB", name="Twin Cities", kind="state", country="TWA")}
    linked = SimpleNamespace(actors=actors)
    events = [ev(cameo="0431", src="STPGOV", tgt="TWA/TWB")]
    assert ep.found({"source": "STPELI", "target": "TWB", "cameo": "042"}, events, linked, True)
    assert not ep.found({"source": "RVL", "target": "TWB", "cameo": "042"}, events, linked, False)
    assert not ep.found({"source": "STP", "target": "TWB", "cameo": "051"}, events, linked, False)
    assert ep.found({"source": "---", "target": "RVL", "cameo": "04"}, events, linked, False)
    assert not ep.found({"source": "---", "target": "RVL", "cameo": "04"}, events, linked, True)
    assert ep.cameo_root(None) is None and ep.cameo_root("1721") == "17"


def test_petrarch_plover_mapping_by_longest_prefix(tmp_path):
    path = tmp_path / "c2p.txt"
    path.write_text("# header\n06: COOPERATE\n064: COOPERATE,  , intelligence # share\n"
                    "17: COERCE\n1721: ASSAULT\n", encoding="utf-8")
    table = ep.load_cameo_plover(path)
    assert table == {"06": "COOPERATE", "064": "COOPERATE", "17": "COERCE", "1721": "ASSAULT"}
    assert ep.plover_of("1721", table) == "ASSAULT" and ep.plover_of("173", table) == "COERCE"
    assert ep.plover_of("903", table) is None and ep.plover_of(None, table) is None
    linked = SimpleNamespace(actors={"STP": Actor(id="STP", name="Steppeland", kind="state", country="STP")})
    events = [ev("COOPERATE", cameo="061", src="STP")]
    assert ep.found({"source": "STP", "cameo": "064"}, events, linked, False, "COOPERATE")
    assert not ep.found({"source": "STP", "cameo": "064"}, events, linked, False, "AID")
    assert ep.found({"source": "STP", "cameo": "1721"}, events, linked, True, "*")        # dyad only
    assert not ep.found({"source": "RVL", "cameo": "061"}, events, linked, False, "*")


# --- corpus gold ----------------------------------------------------------------------------------

def test_gold_side_and_date_matching():
    e = ev("AID", src="CHN", tgt_text="the Republic of Kazakhstan", date="2021-06-15")
    assert eg.side_ok(["prc"], e, ACTORS, "source")           # alias of the linked actor, any case
    assert eg.side_ok(["Kazakhstan"], e, ACTORS, "target")    # substring of the side's text
    assert not eg.side_ok(["Russia"], e, ACTORS, "source")
    assert eg.side_ok(None, e, ACTORS, "target")
    assert eg.date_ok("2021-06", "2021-06-15") and eg.date_ok(None, None)
    assert not eg.date_ok("2021-06-15", "2021-06") and not eg.date_ok("2021", None)


def test_gold_score_recall_and_near_miss():
    pairs = [(ev("AID", src="CHN", tgt="KAZ", date="2021-03"), ACTORS)]
    rows = eg.score([{"date": "2021", "source": ["China"], "target": ["Kazakhstan"], "types": ["AID"]},
                     {"date": "2022", "source": ["China"], "target": None, "types": ["AID"]}], pairs)
    assert [r["recalled"] for r in rows] == [True, False]
    assert rows[1]["near"] and rows[1]["near"][0].startswith("[wrong date]")


# --- sample and throughput ------------------------------------------------------------------------

def test_sample_is_seeded_ordered_and_capped():
    items = list(range(100))
    a, b = es.sample(items, 10, 3), es.sample(items, 10, 3)
    assert a == b and a == sorted(a) and len(set(a)) == 10
    assert es.sample(items[:4], 10) == [0, 1, 2, 3]


def test_sample_judgements_roundtrip_and_precision(tmp_path):
    md = tmp_path / "s.md"
    md.write_text("| # | key | x | judgement |\n|---|---|---|---|\n| 1 | `a:1-2:0:AID` | y | ok |\n"
                  "| 2 | `a:3-4:3:ACCUSE` | a \\| b | wrong: target is the speaker |\n| 3 | `a:5-6:5:AID` | z |  |\n",
                  encoding="utf-8")
    j = es.read_judgements(md)
    assert j == {"a:1-2:0:AID": "ok", "a:3-4:3:ACCUSE": "wrong: target is the speaker"}
    assert es.precision(list(j.values()) + [""]) == (1, 2, 0.5)
    assert es.cell("a|b\n c") == "a\\|b c"


def test_throughput_rate():
    assert te.rate(10, 4.0) == 2.5 and te.rate(3, 0) is None
