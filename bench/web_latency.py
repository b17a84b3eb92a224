"""Workbench page times on a generated database of 100k events (issue 6: p95 < 300 ms).

What: builds (once, cached under out/) a store with N events over N/20 articles, 400 actors (states with
their people and bodies), dates of all three precisions and a few places, then requests each workbench page
R times through FastAPI's in-process client (routing, queries, templates; no network) and reports p50/p95
per page and overall, and each page's first request on a fresh app (nothing memoised yet).
Why: analysts browse corpora of millions of words; each page must stay fast as the store grows.
Run: `.venv/bin/python bench/web_latency.py [--events 100000] [--repeat 20] [--rebuild]`.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STATES = ["RUS", "CHN", "USA", "TUR", "KAZ", "KGZ", "TJK", "UZB", "TKM", "IRN", "AFG", "IND", "PAK", "DEU", "FRA",
          "GBR", "JPN", "KOR", "MNG", "AZE"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
DOMAINS = ["security", "economic", "diplomatic", "cultural", "legal", "domestic"]
WORDS = ("talks pipeline troops border loan summit protest police minister grain railway visit sanctions "
         "agreement peacekeepers deployment treaty investment oil gas election court arrest").split()


def build(path: Path, n_events: int, seed: int = 7) -> None:
    from greatgame.geo.gazetteer import Place
    from greatgame.pipeline import ArticleLayers
    from greatgame.records import Actor, Article, Document, Event, Mention
    from greatgame.store.sqlite import Store

    rnd = random.Random(seed)
    actors = {s: Actor(s, f"State {s}", "state", s, "GOV") for s in STATES}
    for i in range(380):
        c = rnd.choice(STATES)
        actors[f"p{i}"] = Actor(f"p{i}", f"Person {i}", "person" if i % 3 else "organization", c,
                                rnd.choice(["GOV", "MIL", "BUS", "MED"]))
    ids = list(actors)
    places = {f"gn:{i}": Place(f"gn:{i}", f"Town {i}", rnd.choice(STATES), rnd.uniform(30, 55),
                               rnd.uniform(40, 120), i, "city") for i in range(200)}
    per_article = 20
    with Store(path) as s:
        for a in range(n_events // per_article):
            text = " ".join(rnd.choice(WORDS) for _ in range(400))
            doc = Document(id=f"d{a}", path=f"/gen/{a}.txt", sha256=f"{a:064x}", format="text", size=len(text))
            art = Article(id=f"a{a}", document_id=doc.id, page=0, index=0, text=text, text_sha256=f"t{a}",
                          title=f"Article {a}", site=f"site{a % 12}.example", published=f"20{10 + a % 14}-01-01")
            mentions = [Mention(art.id, k * 10, k * 10 + 5, text[k * 10:k * 10 + 5], actor_id=rnd.choice(ids))
                        for k in range(30)]
            events = []
            for k in range(per_article):
                y, m, d = rnd.randint(2005, 2023), rnd.randint(1, 12), rnd.randint(1, 28)
                date = rnd.choice([f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}", None])
                events.append(Event(f"a{a}-e{k}", art.id, rnd.choice(TYPES), text[k * 20:k * 20 + 120], k * 20,
                                    k * 20 + 120, cameo=f"{rnd.randint(1, 20):02d}0", domain=rnd.choice(DOMAINS),
                                    date=date, source_actor_id=rnd.choice(ids), target_actor_id=rnd.choice(ids),
                                    place_id=rnd.choice(list(places)) if k % 4 == 0 else None,
                                    trigger_start=k * 20, trigger_end=k * 20 + 4, rule="gen"))
            used = {m.actor_id for m in mentions} | {e.source_actor_id for e in events} | {
                e.target_actor_id for e in events}
            s.write_document(doc, [art], layers=[ArticleLayers(art.id, mentions, {i: actors[i] for i in used},
                                                               places, events)])


PAGES = ["/", "/search?q=pipeline", "/events?actor=RUS&nationals=true&limit=200", "/events?type=ASSAULT&since=2020",
         "/actors", "/actor/RUS", "/actor/p7", "/article/a10", "/dyad?a=RUS&b=KAZ", "/matrix",
         "/network?type=AID&since=2022-01&until=2022-03", "/map", "/timeline?actor=p7", "/sources"]


def run(n_events: int = 100_000, repeat: int = 20, rebuild: bool = False) -> dict:
    from fastapi.testclient import TestClient

    from greatgame.web.app import create_app

    db = ROOT / "out" / f"web_bench_{n_events}.db"
    db.parent.mkdir(exist_ok=True)
    if rebuild or not db.exists():
        for p in db.parent.glob(db.name + "*"):
            p.unlink()
        t = time.perf_counter()
        build(db, n_events)
        print(f"built {db} in {time.perf_counter() - t:.0f}s", file=sys.stderr)
    client = TestClient(create_app(db))
    results, every = {}, []
    for url in PAGES:
        cold_client = TestClient(create_app(db))            # a fresh app: nothing memoised yet
        t = time.perf_counter()
        assert cold_client.get(url).status_code == 200, url
        cold = (time.perf_counter() - t) * 1000
        assert client.get(url).status_code == 200, url      # warm caches once
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200
        times.sort()
        every += times
        results[url] = {"cold_ms": round(cold, 1), "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}
    every.sort()
    return {"events": n_events, "repeat": repeat, "pages": results,
            "p95_ms_all": round(every[int(0.95 * (len(every) - 1))], 1),
            "slowest_page_p95_ms": max(v["p95_ms"] for v in results.values()),
            "slowest_cold_ms": max(v["cold_ms"] for v in results.values())}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rebuild", action="store_true")
    a = ap.parse_args()
    out = run(a.events, a.repeat, a.rebuild)
    for url, v in out["pages"].items():
        print(f"{v['cold_ms']:>8.1f} {v['p50_ms']:>8.1f} {v['p95_ms']:>8.1f}  {url}")
    print(f"(columns: first request on a fresh app, p50, p95; ms)\np95 over all pages: {out['p95_ms_all']} ms; "
          f"slowest page p95 {out['slowest_page_p95_ms']} ms; slowest first request {out['slowest_cold_ms']} ms "
          f"({out['events']} events)")
