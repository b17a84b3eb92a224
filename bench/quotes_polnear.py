"""Score the quote extractor on PolNeAR dev (political news attribution relations, BRAT standoff).

What: for each annotation file in shared/data/polnear/data/dev/attributions (several annotators per article
are scored as separate files), runs spaCy + linker + `extract_quotes` on the article text and compares:
- content: a gold attribution is *direct* when its content (parts joined) starts and ends with a quotation
  mark, once trailing punctuation is dropped; predicted quotes carry `direct`. Predicted quotes sharing a cue
  are merged into one set of characters (PolNeAR gives "“A,” he said, “B.”" as one discontinuous content).
  A prediction matches a gold content when the Dice overlap of their character sets is >= 0.5 (lenient);
  the strict figure asks for the same boundaries once quotes, spaces and punctuation are stripped.
  Precision, recall and F1 are reported for direct quotes (the gated figure) and for the rest (indirect and
  mixed attributions, which also include beliefs and reports our cue list does not aim at).
- speaker accuracy given the right content: over matched pairs whose gold has a Source, the speaker is right
  when the predicted speaker span overlaps a gold Source part, or its last word occurs in the gold Source
  text, or the gold Source is a pronoun and the speaker's last word occurs in the closest named gold Source
  before it (PolNeAR marks the pronoun, we give its antecedent; the strict figure drops this credit).
Why: PolNeAR is the public gold for attribution in news; the direct-quote figures say whether the cue +
quote-mark method finds quotes and their speakers, the indirect ones how far it reaches beyond them.
Run: `.venv/bin/python bench/quotes_polnear.py [--json] [--errors N]`; `run()` returns the figures.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEV = ROOT / ".." / "shared" / "data" / "polnear" / "data" / "dev"
TARGETS = {"direct_f1": 0.85, "speaker_accuracy": 0.75}
QMARKS = "“”\"«»„"
PRONOUNS = {"he", "she", "they", "i", "we", "him", "her", "it"}


def parse_ann(path: Path) -> list[dict]:
    """Attributions of one .ann file: content parts [(s, e)], content text, source parts, source text."""
    spans, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            kind, _, ranges = cols[1].partition(" ")
            parts = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[cols[0]] = (kind, parts, cols[2])
        elif line.startswith("E") and len(cols) >= 2:
            rels.append(dict(x.split(":", 1) for x in cols[1].split()[1:] if ":" in x))
    out = []
    for r in rels:
        c = spans.get(r.get("Content", ""))
        if c is None:
            continue
        s, q = spans.get(r.get("Source", "")), spans.get(r.get("Cue", ""))
        out.append({"parts": c[1], "text": c[2], "source_parts": s[1] if s else [], "source": s[2] if s else None,
                    "cue": q[2] if q else None})
    return out


def is_direct(text: str) -> bool:
    t = text.strip().rstrip(".,;:!? ").replace("''", '"')     # some NYT texts type '' for "
    return len(t) > 2 and t[0] in QMARKS and t[-1] in QMARKS


def chars(parts) -> set[int]:
    return {i for s, e in parts for i in range(s, e)}


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def group_predictions(quotes, text: str) -> list[dict]:
    """Predicted quotes as PolNeAR contents: a continuation, or a second quote on the same cue ("“A,” X said,
    “B.”"), joins the quote before it in its paragraph."""
    groups: list[dict] = []
    for q in sorted(quotes, key=lambda q: q.start):
        last = groups[-1]["parts"][-1][1] if groups else 0
        prev = groups[-1]["q"] if groups else None
        if prev is not None and "\n" not in text[last:q.start] and (
                (q.how == "continuation" and prev.speaker_text == q.speaker_text)
                or (q.cue_start >= 0 and q.cue_start == prev.cue_start)):
            groups[-1]["parts"].append((q.start, q.end))
            groups[-1]["direct"] = groups[-1]["direct"] and q.direct
            continue
        groups.append({"parts": [(q.start, q.end)], "direct": q.direct, "q": q})
    return groups


def speaker_ok(q, gold: dict, text: str, strict: bool = False) -> bool:
    """Overlap with a gold Source part, or the speaker's last word in it; unless strict, for a pronoun gold
    Source, the speaker's last word in the named Source before it (its likely antecedent)."""
    if not gold["source_parts"] or q.speaker_text is None:
        return False
    if any(q.speaker_start < e and s < q.speaker_end for s, e in gold["source_parts"]):
        return True
    words = re.findall(r"\w+", q.speaker_text.lower())
    src = gold["source"].lower()
    if words and re.search(rf"\b{re.escape(words[-1])}\b", src):
        return True
    ante = (gold.get("antecedent") or "").lower()
    return not strict and src.strip() in PRONOUNS and bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", ante) \
        is not None


def add_antecedents(gold: list[dict]) -> None:
    """For a pronoun Source ("he said"), the closest named Source before it: a proxy for its referent."""
    named = sorted((g["source_parts"][0][0], g["source"]) for g in gold
                   if g["source_parts"] and g["source"].strip().lower() not in PRONOUNS)
    for g in gold:
        if g["source_parts"] and g["source"].strip().lower() in PRONOUNS:
            before = [t for s, t in named if s < g["source_parts"][0][0]]
            g["antecedent"] = before[-1] if before else None


def score_file(gold: list[dict], preds: list[dict], text: str, errors: list, name: str) -> dict:
    add_antecedents(gold)
    c = {k: 0 for k in ("gd", "pd", "md_g", "md_p", "gi", "pi", "mi_g", "mi_p", "strict_d", "sp_n", "sp_ok", "sp_strict")}
    for kind, want in (("d", True), ("i", False)):
        gs = [g for g in gold if is_direct(g["text"]) == want]
        ps = [p for p in preds if p["direct"] == want]
        c["g" + kind] += len(gs)
        c["p" + kind] += len(ps)
        used = set()
        for g in gs:
            gc = chars(g["parts"])
            best = max(((dice(gc, chars(p["parts"])), i) for i, p in enumerate(ps)), default=(0, -1))
            if best[0] >= 0.5:
                c[f"m{kind}_g"] += 1
                used.add(best[1])
                p = ps[best[1]]
                if kind == "d":
                    c["strict_d"] += norm(" ".join(text[s:e] for s, e in sorted(p["parts"]))) == norm(g["text"])
                if g["source_parts"]:
                    c["sp_n"] += kind == "d"
                    ok = speaker_ok(p["q"], g, text)
                    c["sp_ok"] += ok and kind == "d"
                    c["sp_strict"] += kind == "d" and speaker_ok(p["q"], g, text, strict=True)
                    if kind == "d" and not ok:
                        errors.append(f"[speaker] {name}: gold {g['source']!r} got {p['q'].speaker_text!r} "
                                      f"({p['q'].how}) | {g['text'][:90]!r}")
            else:
                errors.append(f"[missed {'direct' if kind == 'd' else 'indirect'}] {name}: {g['text'][:120]!r} "
                              f"<- {g['source']!r} cue={g['cue']!r}")
        c[f"m{kind}_p"] += len(used)
        if kind == "d":
            errors += [f"[spurious direct] {name}: {text[p['parts'][0][0]:p['parts'][0][1]][:120]!r}"
                       for i, p in enumerate(ps) if i not in used]
    return c


def prf(match_p: int, n_p: int, match_g: int, n_g: int) -> dict:
    p = match_p / n_p if n_p else 0.0
    r = match_g / n_g if n_g else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "gold": n_g, "predicted": n_p}


def run(dev: Path = DEV) -> dict:
    from greatgame.actors.link import default_linker
    from greatgame.extract.quotes import extract_quotes
    from greatgame.nlp import load
    from greatgame.records import Article

    nlp, linker = load(), default_linker()
    total: dict = {}
    errors: list[str] = []
    cache: dict = {}
    for ann in sorted((dev / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem not in cache:
            text = (dev / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            art = Article(id=stem, document_id="", page=0, index=0, text=text)
            doc = nlp(text)
            cache[stem] = (text, group_predictions(extract_quotes(art, doc, linker.link(art, doc)), text))
        text, preds = cache[stem]
        for k, v in score_file(parse_ann(ann), preds, text, errors, ann.stem).items():
            total[k] = total.get(k, 0) + v
    direct = prf(total["md_p"], total["pd"], total["md_g"], total["gd"])
    res = {"files": len(list((dev / "attributions").glob("*.ann"))), "articles": len(cache),
           "direct": direct, "direct_f1": direct["f1"],
           "direct_strict_recall": round(total["strict_d"] / total["gd"], 3) if total["gd"] else 0.0,
           "speaker_accuracy": round(total["sp_ok"] / total["sp_n"], 3) if total["sp_n"] else 0.0,
           "speaker_accuracy_strict": round(total["sp_strict"] / total["sp_n"], 3) if total["sp_n"] else 0.0,
           "speaker_pairs": total["sp_n"],
           "indirect": prf(total["mi_p"], total["pi"], total["mi_g"], total["gi"]), "targets": TARGETS,
           "errors": errors}
    res["passed"] = all(res[k] >= v for k, v in TARGETS.items())
    return res


def summary(res: dict, n_errors: int = 0) -> str:
    d, i = res["direct"], res["indirect"]
    lines = [f"PolNeAR dev: {res['files']} annotation files over {res['articles']} articles",
             f"direct quotes: P {d['precision']} R {d['recall']} F1 {d['f1']} (gold {d['gold']}, predicted "
             f"{d['predicted']}); strict-boundary recall {res['direct_strict_recall']}",
             f"speaker accuracy given the right content: {res['speaker_accuracy']} over {res['speaker_pairs']} "
             f"(without the pronoun credit {res['speaker_accuracy_strict']})",
             f"indirect/mixed attributions: P {i['precision']} R {i['recall']} F1 {i['f1']} (gold {i['gold']}, "
             f"predicted {i['predicted']})",
             f"targets {res['targets']} passed {res['passed']}"]
    return "\n".join(lines + res["errors"][:n_errors])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    if not DEV.exists():
        sys.exit(f"PolNeAR dev not found at {DEV}")
    result = run()
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else summary(result, args.errors))
