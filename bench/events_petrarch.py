"""Score the event extractor on the PETRARCH2 unit-test sentences (fictional Tolkien-world countries).

What: converts shared/data/petrarch2/PETR.Validate.actors.txt (PETRARCH actor dictionary: `NAME_` lines,
`+SYNONYM` lines, `[CODE]` or dated `[CODE <yymmdd]` blocks, `#` and `<!-- -->` comments) into a user
actor YAML in a temporary directory (id = the code, kind state, country = the code's first three
letters, sector = letters 4-6 when they are a known sector; a code already in the packaged knowledge
base only adds aliases), builds a linker on `KnowledgeBase.load([tmpdir])`, and runs the extractor on
each record of PETR.UnitTest.records.jsonl. An expected event is found when some extracted event has
the same CAMEO root (first two digits of `cameo`) and a source actor (main or any of its ids) whose id
(any `/` alternative) or country starts with the expected source's first three letters; an expected
source of `---` (unknown) matches anything. "with target" also requires the target likewise. Expected
codes whose root is not a CAMEO root 01-20 (the suite's test-only verbs 80-91 etc.) are reported
separately. Also reported: recall by PLOVER type (the expected code mapped through the PLOVER project's
CAMEO2PLOVER table; an event of that type with the right source), since the extractor codes PLOVER first.
And the dyad alone (source and target right, any type): the suite's codes come from its own toy verb
dictionary (PETR.Validate.verbs.txt codes WELCOME as 041, not CAMEO's 051), so the dyad is the fairer
measure of what the sentences isolate. No-event sentences give the false-alarm rate.
The suite's environment names its own verb, agent and discard dictionaries (PETR.Validate.verbs.txt,
.agents.txt, .discards.txt): they are loaded through greatgame's user-dictionary setting
(GREATGAME_EVENT_DICTS, read by extract/cameo_dict.py and cameo_match.py) exactly as a user would load
theirs; `--no-dicts` measures our own lexicon alone.
Why: the sentences isolate one coding problem each (compounds, agents, synsets, modifiers, dates);
with invented names they test the grammar of the extractor rather than its knowledge of the world.
Run: `.venv/bin/python bench/events_petrarch.py [--json] [--errors N] [--dyad-misses N] [--no-dicts]`; `run()` returns the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PETR = ROOT / ".." / "shared" / "data" / "petrarch2"
RECORDS = PETR / "PETR.UnitTest.records.jsonl"
ACTORS = PETR / "PETR.Validate.actors.txt"
DICTS = tuple(PETR / f"PETR.Validate.{k}.txt" for k in ("verbs", "agents", "discards"))
CAMEO2PLOVER = ROOT / ".." / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
TARGET = 0.60
SECTOR_CODES = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "IGO", "NGO", "BUS", "MED", "EDU",
                "CVL", "REL", "ETH", "SPY", "ELI", "LAB", "REF", "HLH", "AGR"}
_CODE = re.compile(r"\[([^\]]*)\]")
_NULL = {"---", "+++", "###", ""}


def _name(raw: str) -> str:
    """`PRESIDENT_GEORGE_W._BUSH` -> `President George W. Bush`."""
    words = raw.replace("_", " ").split()
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)


def parse_actor_dict(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(name, synonyms, code blocks) per entry of a PETRARCH actor dictionary; a block is the bracket's
    text ("GON", "HOB < 950601"), in file order; null codes (---, +++) are dropped."""
    entries: list[tuple[str, list[str], list[str]]] = []
    in_comment = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.lstrip().startswith("<"):
            in_comment = "<!--" in line and "-->" not in line
            continue
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        blocks = [" ".join(c.split()).upper() for c in _CODE.findall(line) if c.split()]
        blocks = [b for b in blocks if b.split()[0].split("/")[0] not in _NULL]
        head = _CODE.sub("", line).strip()
        if raw[:1] in (" ", "\t"):
            if entries:
                entries[-1][2].extend(blocks)
            continue
        if head.startswith("+"):
            if entries and head[1:].strip():
                entries[-1][1].append(_name(head[1:]))
            continue
        if head:
            entries.append((_name(head), [], blocks))
    return entries


def actor_records(entries, known_ids=frozenset()) -> list[dict]:
    """User KB records: one per code (entries sharing a code merge); a known id only gets aliases."""
    by_code: dict[str, dict] = {}
    for name, syns, cds in entries:
        if not cds:
            continue
        code = next((c for c in cds if " " not in c), cds[0]).split()[0]    # the undated code, else the first
        rec = by_code.get(code)
        if rec is None:
            first = code.split("/")[0]
            rec = {"id": code, "name": name, "kind": "state", "country": first[:3],
                   "sector": first[3:6] if first[3:6] in SECTOR_CODES else None, "aliases": []}
            by_code[code] = rec
        for a in [name, *syns]:
            if a not in rec["aliases"] and a != rec["name"]:
                rec["aliases"].append(a)
    out = []
    for code, rec in by_code.items():
        if code in known_ids:
            out.append({"id": code, "aliases": [rec["name"], *rec["aliases"]]})
        else:
            out.append(rec)
    return out


def actor_codes(actor) -> set[str]:
    """Three-letter prefixes an actor answers to: its id's `/` alternatives and its country."""
    if actor is None:
        return set()
    out = {p[:3].upper() for p in actor.id.split("/") if p}
    if actor.country:
        out.add(actor.country[:3].upper())
    return out


def side_matches(event, linked, expected: str | None, side: str) -> bool:
    if not expected or expected[:3] in _NULL:
        return True
    ids = [getattr(event, f"{side}_actor_id")] + list(getattr(event, f"{side}_actor_ids") or ())
    return any(expected[:3].upper() in actor_codes(linked.actors.get(i)) for i in ids if i)


def cameo_root(code) -> str | None:
    code = str(code or "")
    return code[:2] if len(code) >= 2 and code[:2].isdigit() else None


def found(exp: dict, events, linked, need_target: bool, plover: str | None = None) -> bool:
    """Some event with the expected CAMEO root (or, given `plover`, that PLOVER type) and source
    (and target when `need_target`)."""
    root = cameo_root(exp.get("cameo"))
    if plover == "*":                                  # any type: the dyad alone
        same = lambda e: True  # noqa: E731
    elif plover:
        same = lambda e: e.type == plover  # noqa: E731
    else:
        same = lambda e: cameo_root(e.cameo) == root  # noqa: E731
    return any(same(e) and side_matches(e, linked, exp.get("source"), "source")
               and (not need_target or side_matches(e, linked, exp.get("target"), "target")) for e in events)


def load_cameo_plover(path: Path = CAMEO2PLOVER) -> dict[str, str]:
    """{CAMEO code: PLOVER type} from the PLOVER project's conversion table (`064: COOPERATE, ...`)."""
    out = {}
    if not Path(path).exists():
        return out
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def plover_of(code, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code by its longest known prefix (full code, then 3, then 2 digits)."""
    code = str(code or "")
    for n in (len(code), 3, 2):
        if n <= len(code) and code[:n] in table:
            return table[code[:n]]
    return None


def build_runner(actors_path: Path = ACTORS):
    """A Runner whose linker knows the validation actors (written to a temporary user YAML dir)."""
    from events_plover import Runner
    from greatgame.actors.kb import KnowledgeBase
    from greatgame.actors.link import Linker

    known = {a.id for a in KnowledgeBase.load()}
    recs = actor_records(parse_actor_dict(Path(actors_path).read_text(encoding="utf-8")), known)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "petrarch_validate.yaml").write_text(yaml.safe_dump({"actors": recs}, allow_unicode=True),
                                                          encoding="utf-8")
        kb = KnowledgeBase.load([tmp])
    return Runner(Linker(kb=kb)), len(recs), list(kb.errors)


def run(records_path: Path = RECORDS, actors_path: Path = ACTORS, runner=None, dicts=DICTS) -> dict:
    """The figures, with the suite's dictionaries loaded through GREATGAME_EVENT_DICTS (none when `dicts`
    is empty); the setting is restored afterwards."""
    old = os.environ.get("GREATGAME_EVENT_DICTS")
    os.environ["GREATGAME_EVENT_DICTS"] = os.pathsep.join(str(d) for d in dicts if Path(d).exists())
    try:
        res = _run(records_path, actors_path, runner)
        from greatgame.extract.events_rules import Lexicon
        udict = Lexicon.load().dict
        res["dictionary_errors"] = list(udict.errors) if udict is not None else []
    finally:
        if old is None:
            os.environ.pop("GREATGAME_EVENT_DICTS", None)
        else:
            os.environ["GREATGAME_EVENT_DICTS"] = old
    res["dictionaries"] = [Path(d).name for d in dicts if Path(d).exists()]
    return res


def _run(records_path: Path, actors_path: Path, runner) -> dict:
    kb_errors: list[str] = []
    n_actors = None
    if runner is None:
        runner, n_actors, kb_errors = build_runner(actors_path)
    table = load_cameo_plover()
    cats: dict[str, dict] = defaultdict(lambda: {"expected": 0, "found": 0, "found_with_target": 0,
                                                 "valid_root": 0, "found_valid": 0, "plover_mapped": 0,
                                                 "found_plover": 0, "no_event_at_all": 0,
                                                 "dyad_any_type": 0})
    false_alarm = [0, 0]
    misses, crashes = [], []
    for line in Path(records_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        exps = [e for e in rec.get("expected_events") or [] if e.get("cameo")]
        date = rec.get("date") or ""
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
        try:
            _, linked, events = runner.run(rec["text"], published, rec["id"])
        except Exception as e:                      # reported, not fatal
            crashes.append(f"{rec['id']}: {e.__class__.__name__}: {e}".splitlines()[0])
            continue
        if not exps:
            false_alarm[0] += 1
            false_alarm[1] += bool(events)
            continue
        c = cats[rec.get("category") or "?"]
        for exp in exps:
            ok, ok_t = found(exp, events, linked, False), found(exp, events, linked, True)
            valid = (cameo_root(exp["cameo"]) or "99") <= "20"
            c["expected"] += 1
            c["found"] += ok
            c["found_with_target"] += ok_t
            c["valid_root"] += valid
            c["found_valid"] += ok and valid
            c["no_event_at_all"] += not events
            dyad = found(exp, events, linked, True, "*")
            c["dyad_any_type"] += dyad
            ptype = plover_of(exp["cameo"], table)
            if ptype:
                c["plover_mapped"] += 1
                c["found_plover"] += found(exp, events, linked, False, ptype)
            if not ok or not dyad:
                misses.append({"id": rec["id"], "expected": exp, "text": rec["text"], "dyad": dyad, "found": ok,
                               "got": [f"{e.type}/{e.cameo} {e.source_actor_id}->{e.target_actor_id} "
                                       f"[{e.trigger}]" for e in events]})
    tot = {k: sum(c[k] for c in cats.values()) for k in ("expected", "found", "found_with_target", "valid_root",
                                                          "found_valid", "plover_mapped", "found_plover",
                                                          "no_event_at_all", "dyad_any_type")}
    rate = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    res = {"actors_written": n_actors, "kb_errors": kb_errors[:5], "crashes": crashes,
           "recall": rate(tot["found"], tot["expected"]),
           "recall_with_target": rate(tot["found_with_target"], tot["expected"]),
           "recall_cameo_roots_01_20": rate(tot["found_valid"], tot["valid_root"]),
           "recall_by_plover_type": rate(tot["found_plover"], tot["plover_mapped"]),
           "dyad_recall_any_type": rate(tot["dyad_any_type"], tot["expected"]),
           "totals": tot, "target": TARGET,
           "no_event_sentences": false_alarm[0], "no_event_sentences_with_events": false_alarm[1],
           "per_category": {k: {**v, "recall": rate(v["found"], v["expected"])} for k, v in sorted(cats.items())},
           "misses": misses}
    res["passed"] = (res["recall"] or 0) >= TARGET
    return res


def summary(res: dict, errors: int = 0, dyad_misses: int = 0) -> str:
    lines = [f"recall {res['recall']} (with target {res['recall_with_target']}; on CAMEO roots 01-20 "
             f"{res['recall_cameo_roots_01_20']}; by PLOVER type {res['recall_by_plover_type']}; source and "
             f"target right, any type {res['dyad_recall_any_type']}) target {res['target']} passed {res['passed']}",
             f"totals {res['totals']}",
             f"no-event sentences with some event: {res['no_event_sentences_with_events']}/"
             f"{res['no_event_sentences']}; actors written {res['actors_written']}; crashes {len(res['crashes'])}",
             f"dictionaries {res.get('dictionaries')}; unreadable lines {len(res.get('dictionary_errors') or ())}"]
    for k, v in res["per_category"].items():
        lines.append(f"  {k:10} {v['found']:3}/{v['expected']:3} = {v['recall']}  with target "
                     f"{v['found_with_target']}; by PLOVER type {v['found_plover']}/{v['plover_mapped']}; "
                     f"dyad any type {v['dyad_any_type']}; no event in sentence {v['no_event_at_all']}")
    lines += [f"  crash {c}" for c in res["crashes"][:5]] + [f"  kb error {e}" for e in res["kb_errors"]]
    for m in [m for m in res["misses"] if not m["found"]][:errors]:
        lines.append(f"  MISS {m['id']} {m['expected']} got {m['got']}\n     {m['text']}")
    for m in [m for m in res["misses"] if not m["dyad"]][:dyad_misses]:
        lines.append(f"  DYAD MISS {m['id']} {m['expected']} got {m['got']}\n     {m['text']}")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="list this many missed expected events")
    ap.add_argument("--dyad-misses", type=int, default=0, help="list this many events missed even ignoring the type")
    ap.add_argument("--no-dicts", action="store_true", help="our own lexicon only, not the suite's dictionaries")
    args = ap.parse_args()
    if not RECORDS.exists():
        sys.exit(f"PETRARCH records not found at {RECORDS}")
    result = run(dicts=() if args.no_dicts else DICTS)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json
          else summary(result, args.errors, args.dyad_misses))
