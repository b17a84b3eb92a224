"""Check the linker against the hand-made actor and place gold of the sample corpus pages.

What: extracts the articles of every page named in shared/corpus/gold_dev.json, links each with
`link_text(article.text, article.published)`, and checks three kinds of expectation. `same_actor`:
every occurrence of each listed surface form is covered by a mention linked to an actor, and all of a
group's occurrences end at one actor id. `metonyms` [surface, state]: occurrences of the surface are
linked to the state's actor (none to another actor), in particular those where it acts (subject,
agent or possessor in spaCy's parse). `places`: some place mention of that name resolves within
50 km of the gold coordinates. Each item reports pass/fail and what was found.
Why: GUM measures general names; this checks the cases the project exists for (transliterations,
acronyms, capitals speaking for states, Central Asian towns) on real pages of its own domain.
Run: `.venv/bin/python bench/actors_gold.py [--json]`; `run()` returns the result.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / ".." / "shared" / "corpus"
MAX_KM = 50.0
ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "to", "from", "of"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Spans of `form` in `text` as a whole word (case-sensitive; "Uighur" does not match "Uighurs")."""
    if not form:
        return []
    pat = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def covering(mentions, start: int, end: int, want=lambda m: True):
    """The mention satisfying `want` that overlaps [start, end) most (then the shortest), or None."""
    best, key = None, None
    for m in mentions:
        ov = min(end, m.end) - max(start, m.start)
        if ov > 0 and want(m):
            k = (ov, -(m.end - m.start))
            if key is None or k > key:
                best, key = m, k
    return best


def check_group(forms: list[str], docs: list[tuple[str, list]]) -> dict:
    """One same_actor group over (text, mentions) pairs: actor ids per form, unlinked and absent forms."""
    per_form: dict[str, Counter] = {}
    unlinked: dict[str, int] = {}
    absent = []
    for form in forms:
        ids: Counter = Counter()
        n = miss = 0
        for text, mentions in docs:
            for s, e in occurrences(text, form):
                n += 1
                m = covering(mentions, s, e, lambda m: m.actor_id is not None)
                if m is None:
                    miss += 1
                else:
                    ids[m.actor_id] += 1
        if n == 0:
            absent.append(form)
        else:
            per_form[form] = ids
            if miss:
                unlinked[form] = miss
    all_ids = set().union(*per_form.values()) if per_form else set()
    return {"passed": bool(per_form) and len(all_ids) == 1 and not unlinked,
            "actor_ids": sorted(all_ids), "per_form": {f: dict(c) for f, c in per_form.items()},
            "unlinked_occurrences": unlinked, "forms_not_in_text": absent}


def _acts(doc, s: int, e: int) -> bool:
    """True when the span's root token is a subject, agent or possessor in the parse."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ACTOR_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "by")


def _locative(doc, s: int, e: int) -> bool:
    """True when the span is the object of a locative preposition ("in Almaty", "outside of Astana")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_PREPS


def _longer_name(text: str, m, s: int, e: int) -> bool:
    """True when the mention runs past the occurrence by a word (the occurrence is inside a name)."""
    return bool(re.search(r"\w", text[m.start:s]) or re.search(r"\w", text[e:m.end]))


def check_metonym(surface: str, state_id: str | None, docs: list[tuple[str, list, object]]) -> dict:
    """Occurrences of a capital (etc.) by what they were linked to; acting ones must be the state, and
    none may go to another actor except inside a longer name. Locative uses ("in Moscow") linked to
    the state are listed, not failed: the mention may rightly carry both the state and the place."""
    kinds: Counter = Counter()
    acting: Counter = Counter()
    others: Counter = Counter()
    locative_state = []
    for text, mentions, parsed in docs:
        for s, e in occurrences(text, surface):
            m = covering(mentions, s, e, lambda m: m.actor_id is not None)
            if m is not None and m.actor_id == state_id:
                k = "state"
            elif m is not None and _longer_name(text, m, s, e):
                k = "part_of_name"                       # "Carnegie Moscow Center": not a metonym
            elif m is not None:
                k = "other_actor"
                others[m.actor_id] += 1
            elif covering(mentions, s, e, lambda m: m.place_id is not None) is not None:
                k = "place_only"
            else:
                k = "none"
            kinds[k] += 1
            if parsed is not None and _acts(parsed, s, e):
                acting[k] += 1
            if parsed is not None and k == "state" and _locative(parsed, s, e):
                locative_state.append(text[max(0, s - 30):e + 10].replace("\n", " "))
    n = sum(kinds.values())
    passed = (state_id is not None and kinds["state"] > 0 and not kinds["other_actor"]
              and acting["state"] == sum(acting.values()))
    return {"passed": passed, "state_id": state_id, "occurrences": n, "linked": dict(kinds),
            "acting_occurrences": dict(acting), "other_actor_ids": dict(others),
            "locative_linked_to_state": locative_state}


def check_place(entry: dict, docs: list[tuple[str, list, dict]]) -> dict:
    """Place mentions of the gold name and their distance to the gold point."""
    found = []
    occ = 0
    for text, mentions, places in docs:
        for s, e in occurrences(text, entry["name"]):
            occ += 1
            m = covering(mentions, s, e, lambda m: m.place_id is not None)
            if m is None:
                found.append({"text": text[s:e], "place": None, "km": None})
                continue
            p = places.get(m.place_id)
            km = round(haversine_km(entry["lat"], entry["lon"], p.lat, p.lon), 1) if p else None
            found.append({"text": m.text, "place": f"{m.place_id} {getattr(p, 'name', '?')}, "
                                                    f"{getattr(p, 'country', '?')}", "km": km})
    near = [f for f in found if f["km"] is not None and f["km"] <= MAX_KM]
    return {"passed": bool(near), "occurrences": occ, "resolved_near": len(near),
            "unresolved": sum(1 for f in found if f["place"] is None),
            "resolved_far": [f for f in found if f["km"] is not None and f["km"] > MAX_KM],
            "sample": found[:3]}


def load_articles(corpus: Path = CORPUS):
    from greatgame.clean.plaintext import extract
    gold = json.loads((corpus / "gold_dev.json").read_text(encoding="utf-8"))
    arts = []
    for name in gold["files"]:
        arts += extract((corpus / name).read_text(encoding="utf-8"))
    return gold, arts


def run(corpus: Path = CORPUS) -> dict:
    from greatgame.actors.kb import KnowledgeBase
    from greatgame.actors.link import link_text
    from greatgame.nlp import load

    gold, arts = load_articles(corpus)
    kb = KnowledgeBase.load()
    nlp = load()
    linked = [link_text(a.text, a.published) for a in arts]
    parsed = list(nlp.pipe([a.text for a in arts]))
    pairs = [(a.text, lk.mentions) for a, lk in zip(arts, linked)]
    res: dict = {"articles": len(arts), "mentions": sum(len(lk.mentions) for lk in linked),
                 "same_actor": {}, "metonyms": {}, "places": {}}
    for group in gold.get("same_actor", []):
        res["same_actor"][group[0]] = check_group(group, pairs)
    for surface, state in gold.get("metonyms", []):
        hits = [a for a in kb.by_alias(state) if a.kind == "state"]
        sid = hits[0].id if len(hits) == 1 else None
        res["metonyms"][f"{surface} -> {state}"] = check_metonym(
            surface, sid, [(a.text, lk.mentions, p) for a, lk, p in zip(arts, linked, parsed)])
    for entry in gold.get("places", []):
        res["places"][entry["name"]] = check_place(
            entry, [(a.text, lk.mentions, lk.places) for a, lk in zip(arts, linked)])
    for k in ("same_actor", "metonyms", "places"):
        res[f"{k}_passed"] = f"{sum(v['passed'] for v in res[k].values())}/{len(res[k])}"
    return res


def summary(res: dict) -> str:
    lines = [f"articles {res['articles']}, mentions {res['mentions']}"]
    for k in ("same_actor", "metonyms", "places"):
        lines.append(f"{k}: {res[k + '_passed']} passed")
        for item, v in res[k].items():
            extra = {x: y for x, y in v.items() if x not in ("passed", "sample") and y not in ({}, [], None, 0)}
            lines.append(f"  {'PASS' if v['passed'] else 'FAIL'} {item}: {json.dumps(extra, ensure_ascii=False)}")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else summary(result))
