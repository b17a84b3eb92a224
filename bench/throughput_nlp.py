"""Throughput and peak memory of spaCy alone against spaCy plus the actor and place linker.

What: on the articles extracted from the sample corpus pages and on the Zyte benchmark's
`articleBody` texts (181 articles, a bigger sample), measures articles per second (and characters per
second) of `nlp.pipe` alone and of `link_text` (which parses and links), each in its own child process
so that each figure's peak resident memory is its own. Model and knowledge-base loading are timed
apart from the per-article work.
Why: the actor layer runs on every stored article; its cost over parsing alone decides whether
linking can run inline during ingest or must be a separate pass. Speed targets live here, never in
timed tests.
Run: `.venv/bin/python bench/throughput_nlp.py [--json]`; `run()` returns the figures.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus"
ZYTE = SHARED / "data" / "scrapinghub-article-extraction-benchmark" / "ground-truth.json"
MODES = ("spacy", "linker")
SAMPLES = ("corpus", "zyte")


def texts_for(sample: str) -> list[str]:
    """The article texts of one sample: extracted corpus articles, or Zyte ground-truth bodies."""
    if sample == "corpus":
        from greatgame.clean.plaintext import extract
        gold = json.loads((CORPUS / "gold_dev.json").read_text(encoding="utf-8"))
        out = []
        for name in gold["files"]:
            out += [a.text for a in extract((CORPUS / name).read_text(encoding="utf-8"))]
        return out
    if sample == "zyte":
        truth = json.loads(ZYTE.read_text(encoding="utf-8"))
        return [v["articleBody"] for v in truth.values() if v.get("articleBody")]
    raise ValueError(f"unknown sample {sample!r}")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux reports KiB


def measure(mode: str, sample: str) -> dict:
    """One measurement in this process: load time, then rate over the sample's texts."""
    texts = texts_for(sample)
    t0 = time.perf_counter()
    from greatgame.nlp import load
    nlp = load()
    if mode == "linker":
        from greatgame.actors.link import link_text
        link_text("Kazakhstan and China met in Almaty.", None)    # loads the KB, gazetteer and linker
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_mentions = 0
    if mode == "spacy":
        for doc in nlp.pipe(texts, batch_size=16):
            n_mentions += len(doc.ents)
    elif mode == "linker":
        for text in texts:
            n_mentions += len(link_text(text, None).mentions)
    else:
        raise ValueError(f"unknown mode {mode!r}")
    secs = time.perf_counter() - t1
    return {"mode": mode, "sample": sample, "articles": len(texts), "chars": sum(map(len, texts)),
            "load_seconds": round(load_s, 2), "seconds": round(secs, 2),
            "articles_per_second": round(len(texts) / secs, 2) if secs else None,
            "kchars_per_second": round(sum(map(len, texts)) / secs / 1000, 1) if secs else None,
            "mentions": n_mentions, "peak_rss_mb": round(peak_rss_mb(), 1)}


def run(samples=SAMPLES, modes=MODES, script: str = __file__) -> list[dict]:
    """Every (mode, sample) measured in a fresh child process running `script --child MODE SAMPLE`."""
    rows = []
    for sample in samples:
        for mode in modes:
            proc = subprocess.run([sys.executable, script, "--child", mode, sample],
                                  capture_output=True, text=True, check=False)
            if proc.returncode:
                rows.append({"mode": mode, "sample": sample, "error": proc.stderr.strip().splitlines()[-1:]})
            else:
                rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return rows


def table(rows: list[dict], counts: tuple[tuple[str, str], ...] = (("mentions", "mentions"),)) -> str:
    """A text table of the rows; `counts` are the (key, heading) columns after the rates."""
    out = [f"{'sample':7} {'mode':7} {'articles':>8} {'load s':>7} {'work s':>7} {'art/s':>7} {'kchar/s':>8} "
           + "".join(f"{h:>8} " for _, h in counts) + f"{'peak MB':>8}"]
    for r in rows:
        if "error" in r:
            out.append(f"{r['sample']:7} {r['mode']:7} error: {r['error']}")
            continue
        out.append(f"{r['sample']:7} {r['mode']:7} {r['articles']:>8} {r['load_seconds']:>7} {r['seconds']:>7} "
                   f"{r['articles_per_second']!s:>7} {r['kchars_per_second']!s:>8} "
                   + "".join(f"{r[k]!s:>8} " for k, _ in counts) + f"{r['peak_rss_mb']:>8}")
    return "\n".join(out)


def main(doc: str, measure_fn, run_fn, table_fn) -> None:
    """The command line shared by the throughput benches: `--child MODE SAMPLE` measures one pair in this
    process (what `run` spawns); otherwise every pair is run and printed as a table or `--json`."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--child", nargs=2, metavar=("MODE", "SAMPLE"), help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print rows as JSON")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure_fn(*args.child)))
        sys.exit(0)
    if not CORPUS.exists() or not ZYTE.exists():
        sys.exit(f"{CORPUS} or {ZYTE} not present")
    result = run_fn()
    print(json.dumps(result, indent=1) if args.json else table_fn(result))


if __name__ == "__main__":
    main(__doc__, measure, run, table)
