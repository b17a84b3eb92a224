"""Shared test helpers: where ../shared lives, small builders, and one linker for the tests that link text."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def ingest_and_export(pages: Path, tmp: Path) -> dict[str, list[dict]]:
    """Ingest a folder of pages and export it through the command line; the exported rows per layer
    (articles, events, quotes, quantities, citations, actors, mentions, places), each statement row with its
    article's title as `article_title` (a citation's own `title` is the cited work's and stays)."""
    import json

    from greatgame.cli import main
    db, out = str(tmp / "g.db"), tmp / "out"
    assert main(["ingest", str(pages), "--db", db, "-q"]) == 0
    assert main(["export", "--db", db, "--out", str(out)]) == 0
    tables = {}
    for name in ("articles", "events", "quotes", "quantities", "citations", "actors", "mentions", "places"):
        tables[name] = [json.loads(x) for x in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    titles = {a["id"]: a["title"] for a in tables["articles"]}
    for name in ("events", "quotes", "quantities", "citations"):
        for row in tables[name]:
            row["article_title"] = titles.get(row.get("article_id"))
    return tables


def one_quote(out: dict, fragment: str) -> dict:
    """The one exported quote whose text holds `fragment` (fails when there are none or several)."""
    found = [q for q in out["quotes"] if fragment in q["text"]]
    assert len(found) == 1, (fragment, found)
    return found[0]


def span_of(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the nth occurrence (from 0) of `sub` in `text`."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the folder is absent (a user's clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (evaluation data lives beside the checkout)")
    return p


@pytest.fixture(scope="session")
def linker():
    """One linker (knowledge base and gazetteer loaded once) for every test that links text."""
    from greatgame.actors.link import Linker
    return Linker()


@pytest.fixture
def link(linker, request):
    """link(text) -> the linker's output for `text` as one article, published on the test module's
    PUBLISHED date (2022-01-20 when it sets none)."""
    from greatgame.nlp import load
    from greatgame.records import Article
    published = getattr(request.module, "PUBLISHED", "2022-01-20")

    def run(text: str):
        return linker.link(Article(id="t", document_id="", page=0, index=0, text=text, published=published),
                           load()(text))
    run.published = published
    return run


@pytest.fixture
def events(link):
    """events(text) -> the events coded in `text` as one article published on the module's PUBLISHED date."""
    from greatgame.extract.events import extract_events
    from greatgame.nlp import load
    from greatgame.records import Article
    published = getattr(link, "published", None)

    def run(text: str):
        art = Article(id="a", document_id="d", page=0, index=0, text=text, published=published)
        return extract_events(art, load()(text), link(text))
    return run


def indexed_export(pages: Path, tmp: Path) -> dict:
    """`ingest_and_export` plus the lookups the actor tests read: mentions per article title (`by_title`),
    actors (`actor`) and places (`place`) by id."""
    from collections import defaultdict
    data = ingest_and_export(pages, tmp)
    titles = {a["id"]: a["title"] for a in data["articles"]}
    data["by_title"] = defaultdict(list)
    for m in data["mentions"]:
        data["by_title"][titles[m["article_id"]]].append(m)
    data["actor"] = {a["id"]: a for a in data["actors"]}
    data["place"] = {p["id"]: p for p in data["places"]}
    return data


def surface_ids(out: dict, title: str, surface: str) -> list:
    """The actor or place ids of the mentions written `surface` in the article titled `title`."""
    return [m["actor_id"] or m["place_id"] for m in out["by_title"][title] if m["text"] == surface]


def km(p: dict, lat: float, lon: float) -> float:
    """Great-circle distance in km from place row `p` to (lat, lon)."""
    import math
    la1, lo1, la2, lo2 = map(math.radians, (p["lat"], p["lon"], lat, lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def one_event(evs, trigger: str):
    """The one event whose trigger word is `trigger` (fails when there are none or several)."""
    found = [e for e in evs if e.trigger == trigger]
    assert len(found) == 1, (trigger, [(e.trigger, e.type) for e in evs])
    return found[0]


# three paragraphs of article prose for the plain-text cleaner's tests (a page needs body text around the
# header lines a test is about)
PROSE = (
    "The regional governor resigned on Monday after three days of protests in the provincial capital, "
    "and the president appointed his deputy to run the region until an election can be held in the spring.",
    "Protest leaders said they would keep meeting in the main square until the new governor agreed to "
    "publish the budget of the region and to answer questions about the sale of the old bus depot.",
    "Officials in the capital said the appointment was temporary and that a permanent governor would be "
    "chosen after consultations with the regional assembly and the main business associations.",
)
