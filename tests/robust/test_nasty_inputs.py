"""Bad input never crashes a run: a generated corpus of nasty files, and property-based tests of the readers.

Each bad file gets a coded one-line reason, the good files beside it are stored, and memory stays bounded
(a 200 MB text file is refused by size, not read whole).
"""
import gzip
import io
import resource
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greatgame.clean.plaintext import extract as clean_text
from greatgame.ingest.files import open_document
from greatgame.pipeline import ingest, read_document
from greatgame.store.sqlite import Store

GOOD = ("Astana hosts regional transport talks\n\n" + "\n\n".join(
    f"Delegations from five states met in Astana on Tuesday to discuss rail corridor number {i}, officials said, "
    "adding that a draft agreement on tariffs and border crossings would be ready before the summer." for i in
    range(5)) + "\n")


def _nasty(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zero.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 64)
    (folder / "invalid-utf8.txt").write_bytes(GOOD.encode() + b"\xff\xfe\xfa broken \xc3\x28 bytes\n" * 3)
    (folder / "mixed.txt").write_bytes("Алматы и Астана\n\n".encode("cp1251") + GOOD.encode("utf-8"))
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(GOOD.encode())[:60])
    (folder / "truncated.warc.gz").write_bytes(gzip.compress(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>")[:80])
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 20000 + "deep" + "</div>" * 20000
                                        + "</body></html>", encoding="utf-8")
    (folder / "numbers.txt").write_text("Figures of 1e309 and 10^10^10 and 99999999999999999999999999 percent\n\n"
                                        + "On 31 February 2022, 32/13/2021 and the year 99999 the talks ended.\n\n"
                                        + GOOD, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"url": "x", "text": 5}\n{not json\n[1, 2]\n', encoding="utf-8")
    chunk = (GOOD * (1024 * 1024 // len(GOOD) + 1)).encode()[:1024 * 1024]
    with open(folder / "huge.txt", "wb") as fh:            # 201 MB of real text, refused by size
        for _ in range(201):
            fh.write(chunk)


def test_nasty_corpus_is_skipped_with_reasons_and_good_pages_kept(tmp_path):
    _nasty(tmp_path / "nasty")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Store(tmp_path / "g.db") as s:
        summary = ingest([str(tmp_path / "nasty")], s)
        titles = [r["title"] for r in s.query("SELECT title FROM articles")]
        skips = {r["path"].rsplit("/", 1)[-1].split("#")[0]: r["code"] for r in s.query("SELECT * FROM skips")}
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert summary.files == 11
    assert "Astana hosts regional transport talks" in titles
    assert skips["zero.txt"] == "GG102" and skips["binary.html"] == "GG103" and skips["huge.txt"] == "GG110"
    assert skips["truncated.txt.gz"] == "GG105" and skips["broken.jsonl"] == "GG107"
    assert skips.get("truncated.warc.gz") in ("GG105", "GG108", "GG104")
    for line in (s.line() for s in summary.skipped):
        assert "\n" not in line and line.startswith("GG")
    assert grown_mb < 300, f"memory grew by {grown_mb:.0f} MB"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), name=st.sampled_from(["p.txt", "p.html", "p.jsonl", "p.warc", "p.txt.gz"]))
def test_any_bytes_give_articles_or_coded_skips(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        doc = open_document(str(path))
    except Exception as exc:            # only our coded errors may escape
        assert type(exc).__name__ == "GGError", repr(exc)
        return
    articles, skips = read_document(doc)
    assert all(s.code.startswith("GG") and "\n" not in s.reason for s in skips)
    assert all(a.text.strip() for a in articles)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=3000))
def test_plain_text_cleaner_never_fails_and_keeps_offsets_honest(text):
    for extracted in clean_text(text, None):
        assert extracted.text.strip()
        assert len(extracted.text) <= len(text) + 10


def test_text_reader_streams_gzip_not_whole(tmp_path):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        gz.write(GOOD.encode() * 10)
    (tmp_path / "ok.txt.gz").write_bytes(buf.getvalue())
    articles, skips = read_document(open_document(str(tmp_path / "ok.txt.gz")))
    assert articles and not skips and sys.getsizeof(articles[0].text) < 10 * len(GOOD) * 2
