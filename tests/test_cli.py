"""End to end through the command line, on the sample pages and on bad input we make here."""
from __future__ import annotations

import gzip
import json
import shutil

import pytest

from conftest import REPO
from greatgame.cli import main

EXAMPLES = REPO / "examples" / "pages"


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "pages"
    shutil.copytree(EXAMPLES, root)
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    varied = " ".join(f"Paragraph {i} reports event number {i * 7919 % 10007} in region {i % 13}." for i in range(400))
    blob = gzip.compress(varied.encode())
    (bad / "cut.txt.gz").write_bytes(blob[: len(blob) // 2])
    return root


def _jsonl(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_ingest_export_search_stats(corpus, tmp_path, capsys):
    db = str(tmp_path / "g.db")
    assert main(["ingest", str(corpus), "--db", db, "-q"]) == 0
    summary = capsys.readouterr().out
    assert "skipped" in summary and "GG102" in summary and "GG103" in summary and "GG105" in summary

    out = tmp_path / "out"
    assert main(["export", "--db", db, "--out", str(out)]) == 0
    arts = _jsonl(out / "articles.jsonl")
    titles = [a["title"] for a in arts]
    assert "Caspian Pipeline Talks Stall as Astana Weighs Its Partners" in titles
    assert "Dushanbe Court Jails Opposition Lawyer for Ten Years" in titles
    assert "Border Trade Rebounds at Khorgos Despite Tensions" in titles
    assert "Bishkek to host regional security meeting" in titles
    for a in arts:
        assert "Continue Reading" not in a["text"] and "Subscribe" not in a["text"]
        assert "All rights reserved" not in a["text"]
    # the syndicated copy in the JSON Lines file is marked as a duplicate of the text page's article
    pipeline = [a for a in arts if a["title"] and "pipeline" in a["title"].lower()]
    assert len(pipeline) == 2
    original = next(a for a in pipeline if a["duplicate_of"] is None)
    copy = next(a for a in pipeline if a["duplicate_of"] is not None)
    assert copy["duplicate_of"] == original["id"]
    html = next(a for a in arts if a["title"] == "Border Trade Rebounds at Khorgos Despite Tensions")
    assert html["author"] == "Leyla Rahimova" and html["published"] == "2021-11-08"
    assert "Most read" not in html["text"] and "1,200 trucks" in html["text"]
    docs = _jsonl(out / "documents.jsonl")
    assert {d["format"] for d in docs} == {"text", "html", "jsonl"}

    assert main(["search", "Khorgos", "--db", db]) == 0
    assert "Border Trade Rebounds" in capsys.readouterr().out
    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == len(arts) and stats["duplicates"] == 1


def test_rerun_changes_nothing(corpus, tmp_path, capsys):
    db = str(tmp_path / "g.db")
    main(["ingest", str(corpus), "--db", db, "-q"])
    capsys.readouterr()
    main(["stats", "--db", db, "--json"])
    first = json.loads(capsys.readouterr().out)
    main(["ingest", str(corpus), "--db", db, "-q"])
    assert "0 new" in capsys.readouterr().out
    capsys.readouterr()
    main(["stats", "--db", db, "--json"])
    second = json.loads(capsys.readouterr().out)
    assert second == first
    main(["export", "--db", db, "--out", str(tmp_path / "o")])
    assert second["articles"] == len(_jsonl(tmp_path / "o" / "articles.jsonl"))


def test_missing_database_is_one_coded_line(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "nope.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("GG201") and "\n" not in err


def test_actors_and_corrections_through_the_cli(tmp_path, capsys):
    db, corr = str(tmp_path / "g.db"), str(tmp_path / "fix.yaml")
    assert main(["ingest", str(EXAMPLES), "--db", db, "-q", "--corrections", corr]) == 0
    assert "mentions" in capsys.readouterr().out
    main(["actors", "Tokayev", "--db", db, "--json"])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and rows[0]["id"] == "tokayev-kassym-jomart" and rows[0]["mentions"] >= 1
    out = tmp_path / "out"
    main(["export", "--db", db, "--out", str(out)])
    mentions = _jsonl(out / "mentions.jsonl")
    arts = {a["id"]: a["text"] for a in _jsonl(out / "articles.jsonl")}
    assert all(arts[m["article_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    assert {a["id"] for a in _jsonl(out / "actors.jsonl")} >= {m["actor_id"] for m in mentions if m["actor_id"]}
    assert {p["id"] for p in _jsonl(out / "places.jsonl")} >= {m["place_id"] for m in mentions if m["place_id"]}

    named = [m for m in mentions if m["text"].endswith("Kassym-Jomart Tokayev")]     # "President ..." too
    assert named
    assert main(["actors", "ignore", "Kassym-Jomart Tokayev", "--corrections", corr]) == 0
    assert "recorded" in capsys.readouterr().out
    assert main(["link", "--db", db, "-q", "--corrections", corr]) == 0
    capsys.readouterr()
    main(["actors", "Tokayev", "--db", db, "--json"])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["mentions"] == 0          # the false positive is gone after re-linking
    main(["export", "--db", db, "--out", str(out)])
    after = _jsonl(out / "mentions.jsonl")
    assert not [m for m in after if m["text"].endswith("Kassym-Jomart Tokayev")]
    assert len(after) == len(mentions) - len(named)


def test_event_dictionaries_from_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GREATGAME_EVENT_DICTS", raising=False)     # restored (unset) after the test
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "praise.txt").write_text(
        "Border talks end with praise\n\n"
        "Kazakhstan praised Kyrgyzstan on Tuesday for reopening the border crossings near the river. "
        "Officials of both countries said trade between the two neighbours had doubled since the spring, "
        "and traders welcomed the news at the markets of the border towns.\n", encoding="utf-8")
    verbs = tmp_path / "my.verbs.txt"
    verbs.write_text("--- PRAISE [052] ---\nPRAISE\n", encoding="utf-8")

    def events(db, *extra):
        assert main(["ingest", str(pages), "--db", str(db), "-q", *extra]) == 0
        assert main(["export", "--db", str(db), "--out", str(tmp_path / db.stem)]) == 0
        return [e for e in _jsonl(tmp_path / db.stem / "events.jsonl") if e["source_actor_id"] == "KAZ"]

    plain = events(tmp_path / "plain.db")
    coded = events(tmp_path / "coded.db", "--event-dicts", str(verbs))
    assert plain and coded
    assert {e["cameo"] for e in coded} == {"052"} and "052" not in {e["cameo"] for e in plain}
    capsys.readouterr()
    assert main(["ingest", str(pages), "--db", str(tmp_path / "x.db"), "--event-dicts", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("GG301") and "nope" in err and "\n" not in err
