"""Peak resident memory of ingest against the number of articles (issue 7: < 3 GB for 100k, flat in count).

What: writes N synthetic one-article text pages into a temporary directory (never the repo): each page is
this script's own word salad, sentences recombined from the small word list below (seeded, so reruns are
identical; every page is different, so nothing is deduplicated away). Then, each in a fresh child process:
  (a) `ingest(DIR, Store, Deduper(store.dedupe_index()))` (as `greatgame ingest` does: the dedupe index on
      disk) without linking over `--nolink-count` pages (default 100,000); `--memory-index` uses the
      in-memory `Deduper()` instead, to compare;
  (b) `ingest(..., link=LinkStage())` over `--link-count` pages (default 2,000).
While a run goes, the files iterable handed to `ingest` (ingest's own file list, so the bench adds no list of
its own) records the process's resident memory (VmRSS) and its
peak so far (VmHWM, from /proc/self/status) when the k-th file is requested, i.e. after k-1 documents have
been read, cleaned, deduplicated, (linked) and written; checkpoints are 10k/25k/50k/100k for (a) and
100/500/1000/2000 for (b). The slope (MB per 10k articles, from the first to the last checkpoint) says
whether memory is flat in the count.
Why: a 100k *linked* ingest takes hours on this machine, so the linked figure is measured on a smaller
count and the no-link figure on the full count; together they show what grows with the count (the list of
paths; before the index moved to disk, the deduplicator's hashes and signatures) and what is fixed (models,
knowledge base).
Run: `.venv/bin/python bench/memory.py [--nolink-count 100000] [--link-count 2000] [--memory-index] [--json]`;
`run()` returns the dict that is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# A small invented vocabulary; sentences are random recombinations of it.
SUBJECTS = ["The minister", "Kazakhstan", "China", "Russia", "The government", "Officials in Astana",
            "The company", "A spokesman", "Uzbekistan", "The delegation", "Turkey", "The parliament",
            "Local traders", "The central bank", "Analysts", "Kyrgyzstan", "The European Union", "Iran"]
VERBS = ["signed", "discussed", "rejected", "announced", "expanded", "delayed", "criticised", "approved",
         "welcomed", "reviewed", "proposed", "suspended", "financed", "questioned", "described"]
OBJECTS = ["a new pipeline agreement", "the railway project", "trade talks", "a loan of 300 million dollars",
           "the border crossing", "gas exports", "the water treaty", "a security pact", "grain shipments",
           "the customs union", "new sanctions", "the port expansion", "an energy deal", "the election plan"]
TAILS = ["on Monday", "in Almaty", "last week", "after months of delay", "in a statement",
         "during a visit to Beijing", "according to local media", "in Tashkent", "this year", "near the border",
         "despite objections", "at a press conference", "by the end of 2025", "in Moscow"]
CHECKPOINTS_NOLINK = (10_000, 25_000, 50_000, 100_000)
CHECKPOINTS_LINK = (100, 500, 1000, 2000)


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
    if rng.random() < 0.4:
        s += f", {rng.choice(['while', 'and', 'but', 'as'])} {rng.choice(SUBJECTS).lower()} " \
             f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return s + "."


def page(rng: random.Random, i: int) -> str:
    """One synthetic article: a title line and 3-5 paragraphs of 2-4 sentences, plus a unique number."""
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 5))]
    paras[-1] += f" The report was number {i} in the series."
    return f"Report {i}: {rng.choice(OBJECTS).capitalize()}\n\n" + "\n\n".join(paras) + "\n"


def generate(dest: Path, count: int, seed: int = 7) -> int:
    """`count` pages under dest/NNN/ (1000 per folder); returns total bytes written."""
    rng, total = random.Random(seed), 0
    for i in range(count):
        folder = dest / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        body = page(rng, i)
        (folder / f"p{i:06d}.txt").write_text(body, encoding="utf-8")
        total += len(body)
    return total


def _status() -> dict[str, float]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out


def measure(mode: str, folder: str, count: int, checkpoints: list[int], memory_index: bool = False) -> dict:
    """One ingest in this fresh process, memory recorded as files are requested."""
    from itertools import islice

    from greatgame.dedupe import Deduper
    from greatgame.pipeline import ingest
    from greatgame.stages import LinkStage
    from greatgame.store.sqlite import Store

    # only the subfolders (1000 pages each) this count needs, so ingest's own file list is the count's
    paths = [str(d) for d in sorted(Path(folder).iterdir())][:-(-count // 1000)]
    marks = set(checkpoints)
    seen = {"files": 0}
    samples = [{"articles_done": 0, "seconds": 0.0, "rss_mb": round(_status()["VmRSS"], 1),
                "peak_mb": round(_status()["VmHWM"], 1)}]
    t0 = time.perf_counter()

    def watched(items):
        for k, item in enumerate(islice(items, count)):
            seen["files"] = k + 1
            if k in marks:
                st = _status()
                samples.append({"articles_done": k, "seconds": round(time.perf_counter() - t0, 1),
                                "rss_mb": round(st["VmRSS"], 1), "peak_mb": round(st["VmHWM"], 1)})
            yield item

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "mem.db") as store:
        deduper = Deduper() if memory_index else Deduper(store.dedupe_index())
        s = ingest(paths, store, deduper, progress=watched, link=LinkStage() if mode == "link" else None)
        secs = time.perf_counter() - t0
        st = _status()
        samples.append({"articles_done": s.articles, "seconds": round(secs, 1),
                        "rss_mb": round(st["VmRSS"], 1), "peak_mb": round(st["VmHWM"], 1)})
        db_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
    return {"mode": mode, "dedupe_index": "memory" if memory_index else "store", "files": seen["files"],
            "articles": s.articles, "duplicates": s.duplicates,
            "skipped": len(s.skipped), "mentions": s.mentions, "seconds": round(secs, 1),
            "articles_per_second": round(s.articles / secs, 1), "db_mb": round(db_mb, 1), "samples": samples}


def slope_mb_per_10k(samples: list[dict]) -> float | None:
    """Peak growth per 10k articles between the first non-zero checkpoint and the end."""
    pts = [s for s in samples if s["articles_done"] > 0]
    if len(pts) < 2 or pts[-1]["articles_done"] == pts[0]["articles_done"]:
        return None
    return round((pts[-1]["peak_mb"] - pts[0]["peak_mb"]) * 10_000
                 / (pts[-1]["articles_done"] - pts[0]["articles_done"]), 1)


def _child(mode: str, folder: str, count: int, checkpoints, memory_index: bool = False) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", mode, folder, str(count),
                           ",".join(map(str, checkpoints))] + (["--memory-index"] if memory_index else []),
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise RuntimeError(f"{mode} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(nolink_count: int = 100_000, link_count: int = 2000, memory_index: bool = False) -> dict:
    res: dict = {"cpus": os.cpu_count(), "load_average_1_5_15": [tuple(round(x, 2) for x in os.getloadavg())]}
    with tempfile.TemporaryDirectory(prefix="gg_memory_") as tmp:
        t = time.perf_counter()
        res["generated_chars"] = generate(Path(tmp), max(nolink_count, link_count))
        res["generate_seconds"] = round(time.perf_counter() - t, 1)
        runs = []
        if nolink_count:
            runs.append(_child("nolink", tmp, nolink_count, [c for c in CHECKPOINTS_NOLINK if c < nolink_count],
                               memory_index))
            res["load_average_1_5_15"].append(tuple(round(x, 2) for x in os.getloadavg()))
        if link_count:
            runs.append(_child("link", tmp, link_count, [c for c in CHECKPOINTS_LINK if c < link_count],
                               memory_index))
            res["load_average_1_5_15"].append(tuple(round(x, 2) for x in os.getloadavg()))
    for r in runs:
        r["peak_mb"] = max(s["peak_mb"] for s in r["samples"])
        r["slope_peak_mb_per_10k_articles"] = slope_mb_per_10k(r["samples"])
        r["under_3gb"] = r["peak_mb"] < 3072
    res["runs"] = runs
    return res


def table(res: dict) -> str:
    lines = [f"cpus={res['cpus']} load avg (start, after each run)={res['load_average_1_5_15']}; "
             f"{res['generated_chars'] / 1e6:.1f} M chars generated in {res['generate_seconds']} s"]
    for r in res["runs"]:
        lines.append(f"\n{r['mode']} (dedupe index: {r['dedupe_index']}): {r['files']} files, "
                     f"{r['articles']} articles ({r['duplicates']} duplicates, "
                     f"{r['skipped']} skipped, {r['mentions']} mentions) in {r['seconds']} s = "
                     f"{r['articles_per_second']} art/s; db {r['db_mb']} MB")
        lines.append(f"{'articles done':>13} {'seconds':>8} {'RSS MB':>8} {'peak MB':>8}")
        for s in r["samples"]:
            lines.append(f"{s['articles_done']:>13} {s['seconds']:>8} {s['rss_mb']:>8} {s['peak_mb']:>8}")
        lines.append(f"peak {r['peak_mb']} MB ({'<' if r['under_3gb'] else '>='} 3 GB); growth "
                     f"{r['slope_peak_mb_per_10k_articles']} MB per 10k articles after the first checkpoint")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--child", nargs=4, metavar=("MODE", "DIR", "COUNT", "CHECKPOINTS"), help=argparse.SUPPRESS)
    ap.add_argument("--nolink-count", type=int, default=100_000)
    ap.add_argument("--link-count", type=int, default=2000)
    ap.add_argument("--memory-index", action="store_true", help="deduplicate with the in-memory index")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.child:
        mode, folder, count, cps = args.child
        print(json.dumps(measure(mode, folder, int(count), [int(c) for c in cps.split(",") if c],
                                 args.memory_index)))
        sys.exit(0)
    result = run(args.nolink_count, args.link_count, args.memory_index)
    print(json.dumps(result, indent=1) if args.json else table(result))
