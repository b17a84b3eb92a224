"""Draw a fixed random sample of extracted quotes and quantities from the sample corpus for a person to judge.

What: reads every page of `../shared/corpus` with the project's own ingest stages
(`ingest.files.open_document` + `pipeline.document_articles`), parses and links each article
(`greatgame.nlp`, `actors.link.default_linker`), runs `extract_quotes` and `extract_quantities`, and draws up
to `n` of each with a fixed seed (all of them when there are fewer). It writes the full sentences, with the
span in bold, to `out/statements_sample.md` (git-ignored: corpus text must not enter the repository) and a
text-free table to `docs/statements_sample.md` (keys, offsets, speaker id, cue, direct flag, value, unit and
the verdict). Verdicts live in `bench/statements_judgements.json` ({kind: {key: "ok" | "wrong: reason"}},
keys and verdicts only); a key carries a hash of every field of the record, so a changed extractor output
gets a new key and shows up as unjudged.
Why: the gold says what is found; only reading a random sample says how much of what is found is right
(issue 5: 30 quotes and 30 quantities judged, target >= 0.9 correct).
Run: `.venv/bin/python bench/statements_sample.py [--n 30] [--seed 7]`; `run()` returns the result.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / ".." / "shared" / "corpus"
FULL_OUT = ROOT / "out" / "statements_sample.md"
DOCS_OUT = ROOT / "docs" / "statements_sample.md"
JUDGEMENTS = ROOT / "bench" / "statements_judgements.json"
SEED = 7
FIELDS = {"quotes": ("speaker_actor_id", "speaker_start", "speaker_end", "cue", "cue_start", "direct", "how"),
          "quantities": ("value", "unit", "qualifier", "approximate", "subject_start", "subject_end", "verb_start")}


def cell(text) -> str:
    """A value made safe for one Markdown table cell."""
    return re.sub(r"\s+", " ", str(text if text is not None else "")).replace("|", "\\|").strip()


def key(doc_key: str, rec, kind: str) -> str:
    """Stable key of one record: article, span, and a short hash of the fields a verdict depends on."""
    sig = json.dumps([getattr(rec, f) for f in FIELDS[kind]], default=str)
    return f"{doc_key}:{rec.start}-{rec.end}:{hashlib.sha1(sig.encode()).hexdigest()[:8]}"


def sample(items: list, n: int, seed: int = SEED) -> list:
    """`n` items drawn without replacement by a seeded generator, in their original order (all when fewer)."""
    if len(items) <= n:
        return list(items)
    idx = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in idx]


def wilson_low(good: int, n: int, z: float = 1.96) -> float | None:
    """Lower end of the 95% Wilson interval of good/n: what a small sample can promise."""
    if not n:
        return None
    p = good / n
    centre = p + z * z / (2 * n)
    spread = z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5
    return round((centre - spread) / (1 + z * z / n), 3)


def span(s: int, e: int) -> str:
    return f"{s}-{e}" if s >= 0 else ""


def precision(verdicts: list[str]) -> tuple[int, int, float | None]:
    """(correct, judged, share): a verdict starting with 'ok' is correct, one starting with 'wrong' is not."""
    judged = [v for v in verdicts if re.match(r"(?i)\s*(ok|wrong)", v or "")]
    good = sum(bool(re.match(r"(?i)\s*ok", v)) for v in judged)
    return good, len(judged), round(good / len(judged), 3) if judged else None


def load_judgements(path: Path = JUDGEMENTS) -> dict:
    if not path.exists():
        return {"floor": 0.9, "quotes": {}, "quantities": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_items(corpus: Path = CORPUS) -> dict[str, list]:
    """{"quotes": [(doc_key, article, record)], "quantities": [...]} over every page of the corpus, in order."""
    from greatgame.actors.link import default_linker
    from greatgame.extract.quantities import extract_quantities
    from greatgame.extract.quotes import extract_quotes
    from greatgame.ingest.files import open_document
    from greatgame.nlp import load as load_nlp
    from greatgame.pipeline import document_articles
    from greatgame.records import Article

    nlp, linker = load_nlp(), default_linker()
    out: dict[str, list] = {"quotes": [], "quantities": []}
    for path in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix != ".json"):
        arts = [a for a in document_articles(open_document(str(path))) if isinstance(a, Article)]
        for i, art in enumerate(arts):
            doc = nlp(art.text)
            linked = linker.link(art, doc)
            dk = f"{path.name}#{i}"
            out["quotes"] += [(dk, art, q) for q in extract_quotes(art, doc, linked)]
            out["quantities"] += [(dk, art, q) for q in extract_quantities(art, doc, linked)]
    return out


def _context(text: str, s: int, e: int, extra: tuple[int, int] = (-1, -1)) -> str:
    """The sentences around text[s:e] (and the speaker span), with the span in bold."""
    lo = min(s, extra[0]) if extra[0] >= 0 else s
    hi = max(e, extra[1]) if extra[1] >= 0 else e
    a = max(text.rfind(". ", 0, lo) + 2, text.rfind("\n", 0, lo) + 1, lo - 400)
    b = min([x for x in (text.find(". ", hi), text.find("\n", hi)) if x >= 0] + [hi + 300, len(text)])
    return text[a:s] + "**" + text[s:e] + "**" + text[e:b + 1]


def run(n: int = 30, seed: int = SEED, corpus: Path = CORPUS, items: dict | None = None,
        judgements: Path = JUDGEMENTS, full_out: Path = FULL_OUT, docs_out: Path = DOCS_OUT,
        write: bool = True) -> dict:
    items = items if items is not None else corpus_items(corpus)
    verdicts = load_judgements(judgements)
    full = [f"# Statements sample (seed {seed})", "", "Corpus text: keep out of the repository.", ""]
    doc = [f"# Statements sample for judging (seed {seed})", "",
           "Drawn by `bench/statements_sample.py` from the quotes and quantities the project extracts from the",
           "pages of `../shared/corpus`. No corpus text is copied here (corpus licence): run the script to read",
           "the sentences in `out/statements_sample.md`. Verdicts are kept in `bench/statements_judgements.json`;",
           "a key ends in a hash of the record's fields, so a changed output is a new, unjudged row.",
           "A quote is `ok` when its span is a real quotation or attribution and the speaker is right (or left",
           "unknown); a quantity is `ok` when value, unit and the counted subject are right (an empty subject",
           "is unknown, a wrong one is wrong).", ""]
    import greatgame.extract as pkg
    versions = ", ".join(f"{m} {hashlib.sha1((Path(pkg.__file__).parent / m).read_bytes()).hexdigest()[:12]}"
                         for m in ("quotes.py", "quote_speakers.py", "quantities.py"))
    doc += [f"Extractors (sha1): {versions}.", ""]
    doc += [f"History: {h}" for h in verdicts.get("history", [])] + ([""] if verdicts.get("history") else [])
    res: dict = {"seed": seed}
    for kind in ("quotes", "quantities"):
        picked = sample(items[kind], n, seed)
        given = verdicts.get(kind, {})
        title = f"{kind.capitalize()}: {len(picked)} of {len(items[kind])}" + (
            f" (fewer than the {n} asked: all taken)" if len(items[kind]) < n else "")
        if kind == "quotes":
            head = "| # | key (article:span:hash) | speaker span | speaker id | how | cue | direct | verdict |"
        else:
            head = "| # | key (article:span:hash) | value | unit | qualifier | subject span | verdict |"
        cols = head.count("|") - 1
        doc += [f"## {title}", "", head, "|" + "---|" * cols]
        full += [f"## {title}", "", "| # | key | context | fields | verdict |", "|---|---|---|---|---|"]
        vs, keys = [], []
        for i, (dk, art, r) in enumerate(picked, 1):
            k = key(dk, r, kind)
            v = given.get(k, "")
            keys.append(k)
            vs.append(v)
            if kind == "quotes":
                row = [span(r.speaker_start, r.speaker_end), r.speaker_actor_id or "", r.how, r.cue,
                       "yes" if r.direct else "no"]
                ctx = _context(art.text, r.start, r.end, (r.speaker_start, r.speaker_end))
                fields = f"speaker={r.speaker_text!r} ({r.speaker_actor_id}) cue={r.cue!r} how={r.how}"
            else:
                row = [f"{r.value:.15g}", r.unit or "", r.qualifier or "", span(r.subject_start, r.subject_end)]
                ctx = _context(art.text, r.start, r.end)
                fields = f"text={r.text!r} value={r.value:g} unit={r.unit} subject={r.subject!r} verb={r.verb!r}"
            doc.append("| " + " | ".join(cell(x) for x in [i, f"`{k}`", *row, v]) + " |")
            full.append("| " + " | ".join(cell(x) for x in [i, k, ctx, fields, v]) + " |")
        good, judged, share = precision(vs)
        doc += ["", f"{kind.capitalize()} precision: {good}/{judged} = {share} "
                f"(95% Wilson lower bound {wilson_low(good, judged)})", ""]
        res[kind] = {"found": len(items[kind]), "sampled": len(picked), "judged": judged, "correct": good,
                     "precision": share, "unjudged": [k for k, v in zip(keys, vs) if not v]}
    good = res["quotes"]["correct"] + res["quantities"]["correct"]
    judged = res["quotes"]["judged"] + res["quantities"]["judged"]
    res["overall"] = round(good / judged, 3) if judged else None
    res["floor"] = verdicts.get("floor")
    doc += [f"Overall: {good}/{judged} = {res['overall']} (95% Wilson lower bound {wilson_low(good, judged)}; "
            f"floor {res['floor']} per kind)"]
    if write:
        for path, lines in ((full_out, full), (docs_out, doc)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    print(json.dumps(run(args.n, args.seed), indent=1))
