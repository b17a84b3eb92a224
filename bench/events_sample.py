"""Draw a fixed random sample of extracted events from the corpus articles for a person to judge.

What: runs spaCy + linker + `extract_events` on the articles of the sample corpus pages (as
bench/events_gold.py extracts them), draws `n` events with a fixed seed, and writes two Markdown
tables with a "judgement" column: the full one (sentence, type, source, target, date, place, modality)
to `out/events_sample.md` (git-ignored, because the sentences are corpus text, which must not enter the
repository), and a text-free one to `docs/events_sample.md` (article, character span, trigger, the
linked names and codes). Judgements already written in the docs table (`ok` or `wrong: reason`) are
kept for rows of the same event, and their precision is reported.
Why: recall on gold tells what is found; only reading a random sample tells how much of what is found
is right.
Run: `.venv/bin/python bench/events_sample.py [--n 50] [--seed 7]`; `run()` returns the result.
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
sys.path.insert(0, str(ROOT / "bench"))

CORPUS = ROOT / ".." / "shared" / "corpus"
FULL_OUT = ROOT / "out" / "events_sample.md"
DOCS_OUT = ROOT / "docs" / "events_sample.md"
SEED = 7


def cell(text) -> str:
    """A value made safe for one Markdown table cell."""
    return re.sub(r"\s+", " ", str(text if text is not None else "")).replace("|", "\\|").strip()


def key(article_id: str, ev) -> str:
    """A stable key of one event: article, sentence span, trigger span, type."""
    return f"{article_id}:{ev.start}-{ev.end}:{ev.trigger_start}:{ev.type}"


def who(ev, actors: dict, side: str) -> str:
    """'Name (id, country)' of one side's main actor, else the side's text."""
    i = getattr(ev, f"{side}_actor_id")
    a = actors.get(i) if i else None
    if a is not None:
        extra = ", ".join(x for x in (a.id, a.country) if x)
        return f"{a.name} ({extra})"
    return getattr(ev, f"{side}_text") or ""


def sample(items: list, n: int, seed: int = SEED) -> list:
    """`n` items drawn without replacement by a seeded generator, in their original order."""
    if len(items) <= n:
        return list(items)
    idx = sorted(random.Random(seed).sample(range(len(items)), n))
    return [items[i] for i in idx]


def read_judgements(path: Path) -> dict[str, str]:
    """{row key: judgement} from an earlier docs table (key in the second column, judgement last)."""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) >= 3 and cells[1].startswith("`") and cells[-1]:
            out[cells[1].strip("`")] = cells[-1]
    return out


def precision(judgements: list[str]) -> tuple[int, int, float | None]:
    """(correct, judged, share) where a judgement starting with 'ok' is correct and 'wrong' is not."""
    judged = [j for j in judgements if re.match(r"(?i)\s*(ok|wrong)", j or "")]
    good = sum(bool(re.match(r"(?i)\s*ok", j)) for j in judged)
    return good, len(judged), round(good / len(judged), 3) if judged else None


def run(n: int = 50, seed: int = SEED, corpus: Path = CORPUS, runner=None,
        full_out: Path = FULL_OUT, docs_out: Path = DOCS_OUT) -> dict:
    from events_gold import load_articles
    from events_plover import Runner

    _, arts = load_articles(corpus)
    runner = runner or Runner()
    items = []
    for a in arts:
        _, linked, events = runner.run(a.text, a.published, a.id, a.title)
        items += [(a, linked, ev) for ev in events]
    picked = sample(items, n, seed)
    import greatgame.extract.events as mod
    version = hashlib.sha1(Path(mod.__file__).read_bytes()).hexdigest()[:12]
    old = read_judgements(docs_out)
    head = "| # | sentence | type / mode | source | target | date | place | modality | judgement |"
    full = [f"# Events sample (seed {seed}, {len(picked)} of {len(items)} events)", "",
            "Corpus text: keep out of the repository.", "", head, "|" + "---|" * 9]
    doc = [f"# Events sample for judging (seed {seed}, {len(picked)} of {len(items)} events)", "",
           "Drawn by `bench/events_sample.py` from the events of the sample corpus pages. The sentences are",
           "not copied here (corpus licence): run the script to get them in `out/events_sample.md`.",
           "Judgement: `ok`, or `wrong: reason` (type, actors, date, place or modality wrong, or no event).",
           "An event is `ok` when its type, source, target and modality are all acceptable; an empty side is",
           "unknown, not wrong (the extractor leaves a side empty rather than guess), a wrong actor is wrong.",
           f"Extractor: events.py sha1 {version}; a row keeps its judgement while its key is unchanged.", "",
           "| # | key (article:sentence span:trigger start:type) | trigger | type / mode | source | target "
           "| date | place | modality | judgement |", "|" + "---|" * 10]
    judgements = []
    for i, (a, linked, ev) in enumerate(picked, 1):
        k = key(a.id, ev)
        j = old.get(k, "")
        judgements.append(j)
        place = (linked.places.get(ev.place_id).name if ev.place_id and linked.places.get(ev.place_id)
                 else ev.place_text) or ""
        common = [f"{ev.type} / {ev.mode or ''}", who(ev, linked.actors, "source"),
                  who(ev, linked.actors, "target"), f"{ev.date} ({ev.date_text or ''})" if ev.date else "", place,
                  ev.modality + (f" ({ev.attributed_to})" if ev.attributed_to else "")]
        sent = ev.sentence.replace(ev.trigger, f"**{ev.trigger}**", 1) if ev.trigger else ev.sentence
        full.append("| " + " | ".join(cell(x) for x in [i, sent, *common, j]) + " |")
        doc.append("| " + " | ".join(cell(x) for x in [i, f"`{k}`", ev.trigger, *common, j]) + " |")
    good, judged, share = precision(judgements)
    if judged:
        doc += ["", f"Precision: {good}/{judged} = {share}"]
    for path, lines in ((full_out, full), (docs_out, doc)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"events": len(items), "sampled": len(picked), "full_table": str(full_out),
            "docs_table": str(docs_out), "judged": judged, "correct": good, "precision": share}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    print(json.dumps(run(args.n, args.seed), indent=1))
