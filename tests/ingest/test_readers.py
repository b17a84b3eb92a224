"""Tests of the readers behind READERS: text, html, warc, jsonl."""
from __future__ import annotations

import gzip
import json
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from greatgame.ingest import READERS
from greatgame.ingest.files import open_document
from greatgame.records import Document, Page, Skip

RU_PAGE = ("<html><head><title>Переговоры в Астане</title></head><body><article>"
           "<p>Министры Казахстана и Китая обсудили транзит грузов через Хоргос.</p>"
           "</article></body></html>")


def read(path):
    doc = open_document(str(path))
    return doc, list(READERS[doc.format](str(path), doc))


def write_warc(path, gz: bool, records):
    """records: (uri, http content type, body bytes, status) tuples, plus a warcinfo and a request."""
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record(str(path.name), {"software": "test"}))
    for uri, ctype, body, status in records:
        req = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.kz")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", payload=BytesIO(b""),
                                                      http_headers=req))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                      http_headers=headers))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


STANDARD = [
    ("http://news.example.kz/a", "text/html; charset=windows-1251", RU_PAGE.encode("cp1251"), "200 OK"),
    ("http://news.example.kz/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "200 OK"),
    ("http://news.example.kz/gone", "text/html", b"<html>Not found</html>", "404 Not Found"),
    ("http://news.example.kz/b.txt", "text/plain; charset=utf-8", "Короткая заметка.".encode(), "200 OK"),
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_reader_pages(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz, STANDARD)
    doc, items = read(path)
    assert doc.format == "warc"
    assert all(isinstance(i, Page) for i in items)
    assert [(p.index, p.kind, p.url) for p in items] == [
        (0, "html", "http://news.example.kz/a"), (1, "text", "http://news.example.kz/b.txt")]
    assert "Министры Казахстана" in items[0].content          # cp1251 from the HTTP header
    assert items[0].document_id == doc.id


def test_warc_meta_charset_when_header_has_none(tmp_path):
    body = RU_PAGE.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251")
    path = tmp_path / "meta.warc"
    write_warc(path, False, [("http://x.kz/", "text/html", body, "200 OK")])
    _, items = read(path)
    assert "Хоргос" in items[0].content


def test_truncated_warc_gz_gives_pages_then_gg105(tmp_path):
    records = [(f"http://x.kz/{i}", "text/html; charset=utf-8",
                (f"<html><body><p>Статья номер {i}. " + "Текст о Центральной Азии. " * 200 + "</p></body></html>")
                .encode(), "200 OK") for i in range(6)]
    full = tmp_path / "full.warc.gz"
    data = write_warc(full, True, records)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    _, items = read(cut)
    pages = [i for i in items if isinstance(i, Page)]
    assert 1 <= len(pages) < 6
    assert isinstance(items[-1], Skip) and items[-1].code == "GG105"
    assert all(isinstance(i, Page) for i in items[:-1])
    assert [p.url for p in pages] == [f"http://x.kz/{i}" for i in range(len(pages))]


def test_corrupt_record_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "bad.warc"
    data = write_warc(path, False, [(f"http://x.kz/{i}", "text/html", f"<p>page {i}</p>".encode(), "200 OK")
                                    for i in range(3)])
    # break the header line of the response of page 1 (records: info, req0, resp0, req1, resp1, ...)
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    k = starts[4]
    path.write_bytes(data[:k] + b"JUNK/9.9" + data[k + 8:])
    _, items = read(path)
    codes = [i.code for i in items if isinstance(i, Skip)]
    urls = [i.url for i in items if isinstance(i, Page)]
    assert codes == ["GG108"]
    assert urls == ["http://x.kz/0", "http://x.kz/2"]


def test_jsonl_good_broken_and_html_lines(tmp_path):
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"url": "http://a.kz/1", "text": "Парламент принял закон.", "title": "Закон",
                    "author": "А. Ахметов", "date": "2024-03-01", "site": "a.kz", "language": "ru"}),
        '{"url": "http://a.kz/2", "text": "unterminated',
        "",
        json.dumps({"url": "http://a.kz/3", "html": "<html><body><p>Trade talks</p></body></html>",
                    "published": "2024-03-02"}),
        json.dumps({"url": "http://a.kz/4"}),
        json.dumps({"url": "http://a.kz/5", "content": "<div><p>Markup</p><p>inside</p></div>"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, items = read(path)
    assert doc.format == "jsonl"
    pages = [i for i in items if isinstance(i, Page)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [(p.index, p.kind, p.url) for p in pages] == [
        (0, "text", "http://a.kz/1"), (1, "html", "http://a.kz/3"), (2, "html", "http://a.kz/5")]
    assert pages[0].meta == {"title": "Закон", "author": "А. Ахметов", "published": "2024-03-01",
                             "site": "a.kz", "language": "ru"}
    assert pages[1].meta == {"published": "2024-03-02"}
    assert [s.code for s in skips] == ["GG107", "GG107"]
    assert "line 2" in skips[0].reason and "line 5" in skips[1].reason


def test_json_array_and_gzipped_jsonl(tmp_path):
    arr = tmp_path / "dump.json"
    arr.write_text(json.dumps([{"url": "u1", "text": "one"}, {"text": "two"}, 5]), encoding="utf-8")
    _, items = read(arr)
    assert [getattr(i, "content", None) for i in items[:2]] == ["one", "two"]
    assert isinstance(items[2], Skip) and items[2].code == "GG107"
    gz = tmp_path / "rows.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"text": "alpha"}\n{"text": "beta"}\n'))
    _, items = read(gz)
    assert [p.content for p in items] == ["alpha", "beta"]


def test_text_reader_latin1(tmp_path):
    text = ("Le ministre a déclaré à Bichkek que l'accord gazier était déjà signé. "
            "Die Verhandlungen über größere Lieferungen dauern an.")
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode("latin-1"))
    doc, items = read(path)
    assert doc.format == "text"
    assert len(items) == 1 and items[0].kind == "text" and items[0].index == 0
    assert items[0].content == text


def test_text_reader_gzip(tmp_path):
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress("Сводка новостей из Душанбе.".encode()))
    _, items = read(path)
    assert items[0].content == "Сводка новостей из Душанбе."


def test_html_reader_meta_charset_and_canonical(tmp_path):
    page = RU_PAGE.replace("<head>", '<head><meta charset="windows-1251">'
                           '<link rel="canonical" href="https://news.example.kz/talks">')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    doc, items = read(path)
    assert doc.format == "html"
    assert items[0].kind == "html" and "Хоргос" in items[0].content
    assert items[0].url == "https://news.example.kz/talks"


def test_oversized_page_refused(tmp_path, monkeypatch):
    import greatgame.ingest.files as files
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 400)
    doc = open_document(str(path))
    monkeypatch.setattr(files.read_page_upto_cut, "__defaults__", (1000,))
    items = list(READERS["text"](str(path), doc))
    assert [(i.code) for i in items] == ["GG110"]


def test_truncated_txt_gz_keeps_the_text_before_the_cut_then_gives_gg105(tmp_path):
    path = tmp_path / "t.txt.gz"
    text = " ".join(f"Новость {i}" for i in range(20000))
    data = gzip.compress(text.encode())
    path.write_bytes(data[: len(data) // 2])
    doc = open_document(str(path))
    items = list(READERS["text"](str(path), doc))
    assert [type(i).__name__ for i in items] == ["Page", "Skip"] and items[1].code == "GG105"
    kept = items[0].content
    assert 1000 < len(kept) < len(text) and text.startswith(kept)     # whole characters, the text's own


def test_truncated_html_gz_keeps_the_page_before_the_cut(tmp_path):
    path = tmp_path / "p.html.gz"
    page = "<html><body>" + "".join(f"<p>Абзац номер {i} о переговорах.</p>" for i in range(3000))
    data = gzip.compress(page.encode())
    path.write_bytes(data[: len(data) // 2])
    items = list(READERS["html"](str(path), open_document(str(path))))
    assert [type(i).__name__ for i in items] == ["Page", "Skip"] and items[1].code == "GG105"
    assert page.startswith(items[0].content) and "Абзац номер 10 " in items[0].content


def test_gzip_corrupt_from_the_start_still_gives_only_gg105(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"garbage-not-deflate" * 50)
    items = list(READERS["text"](str(path), Document(id="x", path=str(path), sha256="x", format="text", size=1)))
    assert [i.code for i in items] == ["GG105"]


def test_jsonl_published_timestamps_and_spelled_dates_become_iso_dates(tmp_path):
    path = tmp_path / "dated.jsonl"
    rows = [{"text": "Border talks resumed in Batken.", "published": "2022-01-28T16:40:00+06:00"},
            {"text": "Border talks resumed in Batken.", "date": "January 28, 2022"},
            {"text": "Border talks resumed in Batken.", "date": "sometime in winter"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    _, items = read(path)
    assert [p.meta.get("published") for p in items] == ["2022-01-28", "2022-01-28", "sometime in winter"]


def test_wrong_content_length_is_one_coded_reason_not_warcio_lines_on_stderr(tmp_path, capsys):
    path = tmp_path / "len.warc"
    data = write_warc(path, False, [(f"http://x.kz/{i}", "text/html", f"<p>page {i}</p>".encode(), "200 OK")
                                    for i in range(3)])
    # shorten the declared length of the response of page 1: its last bytes become stray bytes
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    head_end = data.index(b"\r\n\r\n", starts[4])
    head = data[starts[4]:head_end]
    length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    fixed = head.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length - 5))
    path.write_bytes(data[:starts[4]] + fixed + data[head_end:])
    _, items = read(path)
    skips = [i for i in items if isinstance(i, Skip)]
    assert [s.code for s in skips] == ["GG108"] and "Content-Length" in skips[0].reason
    assert [i.url for i in items if isinstance(i, Page)][0] == "http://x.kz/0"
    assert "http://x.kz/2" in [i.url for i in items if isinstance(i, Page)]
    assert "Remainder" not in capsys.readouterr().err


def test_jsonl_of_blank_lines_is_reported_and_a_bad_line_says_where(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    _, items = read(blank)
    assert [(i.code, i.reason) for i in items] == [("GG102", "no JSON lines (only blank lines)")]
    cut = tmp_path / "cut.jsonl"
    cut.write_text('{"url": "u1", "text": "a line cut off\tafter a tab\n', encoding="utf-8")
    _, items = read(cut)
    assert [i.code for i in items] == ["GG107"] and items[0].reason.startswith("line 1: Invalid control character")
    assert "(column " in items[0].reason
