"""Tests of walking input paths and sniffing document formats."""
from __future__ import annotations

import gzip
import hashlib

import pytest

from greatgame.errors import GGError
from greatgame.ingest.files import open_document, walk
from greatgame.records import Skip

HTML = b"<!DOCTYPE html><html><head><title>Astana talks</title></head><body><p>Hello</p></body></html>"


def test_walk_recursive_sorted_skips_hidden_and_db(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for rel in ("b/2.txt", "a/deep/1.html", "a/0.jsonl", "z.txt", ".hidden.txt", ".git/config",
                "greatgame.db", "greatgame.db-wal", "greatgame.db-shm"):
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = list(walk([str(tmp_path)]))
    rel = [p[len(str(tmp_path)) + 1:] for p in found]
    assert rel == ["a/0.jsonl", "a/deep/1.html", "b/2.txt", "z.txt"]
    assert list(walk([str(tmp_path)])) == found          # deterministic


def test_walk_missing_path_gives_skip(tmp_path):
    out = list(walk([str(tmp_path / "nope"), str(tmp_path)]))
    assert isinstance(out[0], Skip) and out[0].code == "GG101"
    assert out[1:] == []


def test_walk_single_file(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("x")
    assert list(walk([str(f)])) == [str(f)]


@pytest.mark.parametrize("name, data, fmt", [
    ("a.txt", "Plain words about Bishkek.".encode(), "text"),
    ("a.md", b"# Heading\n\nText", "text"),
    ("a.html", b"<div>fragment only</div>", "html"),
    ("page", HTML, "html"),
    ("page.txt", HTML, "html"),                     # strong content signature wins over .txt
    ("a.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "warc"),
    ("noext", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n", "warc"),
    ("rows", b'{"url": "http://x", "text": "y"}\n', "jsonl"),
    ("rows.ndjson", b'{"a": 1}\n', "jsonl"),
    ("notes", b"Just some notes\nabout Tashkent.", "text"),
])
def test_sniff_formats(tmp_path, name, data, fmt):
    p = tmp_path / name
    p.write_bytes(data)
    doc = open_document(str(p))
    assert doc.format == fmt
    assert doc.size == len(data)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.id == doc.sha256[:16]


def test_gzip_text_sniffed_through(tmp_path):
    p = tmp_path / "report.txt.gz"
    raw = gzip.compress("Grain exports from Kazakhstan rose.".encode())
    p.write_bytes(raw)
    doc = open_document(str(p))
    assert doc.format == "text" and doc.size == len(raw)
    q = tmp_path / "blob.gz"          # no telling extension: content decides after gunzip
    q.write_bytes(gzip.compress(HTML))
    assert open_document(str(q)).format == "html"


@pytest.mark.parametrize("data, code", [
    (b"", "GG102"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 50, "GG103"),
    (b"\x1f\x8b\x08\x00garbage-not-deflate" * 3, "GG105"),
    (b"PK\x03\x04" + b"zipdata" * 20, "GG106"),
    (b"%PDF-1.7\n%comment\n1 0 obj << /Type /Catalog >> endobj\n", "GG106"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "GG103"),
    (gzip.compress(bytes(range(256)) * 8), "GG103"),
])
def test_bad_files_raise_coded_errors(tmp_path, data, code):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(GGError) as info:
        open_document(str(p))
    assert info.value.code == code


def test_unreadable_path(tmp_path):
    with pytest.raises(GGError) as info:
        open_document(str(tmp_path / "missing.txt"))
    assert info.value.code == "GG101"
    with pytest.raises(GGError) as info:
        open_document(str(tmp_path))
    assert info.value.code == "GG101"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Сессия парламента в Бишкеке.".encode("utf-16"))
    assert open_document(str(p)).format == "text"
