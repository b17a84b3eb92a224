"""Find input files and say what each one is.

What: ``walk`` lists the files under the given paths (recursively, sorted,
skipping hidden files and our own database files) and ``open_document``
hashes one file in chunks and sniffs its format (text, html, warc, jsonl),
looking through gzip; ``open_bytes`` opens a file for reading with gzip made
transparent; ``read_limited`` reads a whole stream with a size cap.
Why: every later stage trusts the Document it is given, so unreadable, empty,
binary or corrupt files are refused here with one coded error each, without
ever holding a large file in memory.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from greatgame.errors import GGError
from greatgame.records import Document, Skip

MAX_PAGE_BYTES = 200 * 1024 * 1024      # one text/HTML page; archives stream and are not capped
_CHUNK = 1024 * 1024
_HEAD = 8192
_OWN_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}
# Magic numbers of containers we do not read, named in the GG106 message.
_FOREIGN = (
    (b"PK\x03\x04", "zip archive"), (b"%PDF", "PDF document"), (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"\xd0\xcf\x11\xe0", "OLE document"), (b"SQLite format 3", "SQLite database"),
)


def walk(paths: Iterable[str]) -> Iterator[str | Skip]:
    """Files under the given files/directories, recursively, sorted, deterministic.

    Hidden files and directories and our own *.db/*.db-wal/*.db-shm are skipped
    silently; a path that does not exist gives Skip(GG101).
    """
    for path in paths:
        if not os.path.lexists(path):
            yield Skip(str(path), "GG101", "no such file or directory")
            continue
        if not os.path.isdir(path):
            if not _ignored(os.path.basename(path)):
                yield str(path)
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(path, onerror=None, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if not _ignored(name):
                    found.append(os.path.join(root, name))
        yield from sorted(found)


def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith(_OWN_SUFFIXES)


def format_from_name(path: str) -> str | None:
    """The format an extension names (``.gz`` looked through), or None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    ext = os.path.splitext(name)[1]
    return _EXTENSIONS.get(ext)


def _gunzip_head(raw: bytes) -> bytes:
    """The first bytes of gzip data, tolerant of truncation (several members allowed)."""
    out = b""
    data = raw
    while data and len(out) < _HEAD:
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(data, _HEAD)
        except zlib.error as exc:
            if out:
                break
            raise GGError("GG105", f"corrupt gzip data ({exc})") from None
        data = d.unused_data if d.eof else b""
    return out


def format_from_content(head: bytes) -> str:
    """Sniff text | html | warc | jsonl from the first (decompressed) bytes."""
    h = head.lstrip(b"\xef\xbb\xbf").lstrip()
    low = h[:512].lower()
    if h.startswith(b"WARC/1.") or h.startswith(b"WARC/0."):
        return "warc"
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if low.startswith((b"<!--", b"<?xml")) and b"<html" in h[:4096].lower():
        return "html"
    if h.startswith(b"{"):
        return "jsonl"
    return "text"


def _is_binary(head: bytes) -> bool:
    """NUL bytes or mostly control bytes in the first KB (UTF-16/32 with a BOM is text)."""
    kb = head[:1024]
    if kb.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in kb:
        return True
    controls = sum(1 for b in kb if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(kb) and controls / len(kb) > 0.1


def open_document(path: str) -> Document:
    """Hash, size and sniffed format of one file.

    Raises GGError: GG101 unreadable, GG102 empty, GG103 binary, GG105 corrupt
    gzip header, GG106 unsupported type.
    """
    digest = hashlib.sha256()
    size = 0
    first = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                if size == 0:
                    first = chunk[:64 * 1024]
                digest.update(chunk)
                size += len(chunk)
    except IsADirectoryError:
        raise GGError("GG101", "is a directory") from None
    except OSError as exc:
        raise GGError("GG101", exc.strerror or type(exc).__name__) from None
    if size == 0:
        raise GGError("GG102")
    gz = first.startswith(b"\x1f\x8b")
    head = _gunzip_head(first) if gz else first[:_HEAD]
    if gz and not head:
        raise GGError("GG102", "empty file (after gunzip)")
    if _is_binary(head):
        raise GGError("GG103")
    for magic, what in _FOREIGN:      # containers whose first KB happens to look like text
        if head.startswith(magic):
            raise GGError("GG106", f"unsupported file type ({what})")
    by_name = format_from_name(path)
    by_content = format_from_content(head)
    if by_name in ("html", "warc", "jsonl"):
        fmt = by_name
    elif by_name == "text":
        fmt = by_content if by_content in ("html", "warc") else "text"
    else:
        fmt = by_content
    sha = digest.hexdigest()
    return Document(id=sha[:16], path=str(path), sha256=sha, format=fmt, size=size)


def open_bytes(path: str) -> BinaryIO:
    """The file opened for binary reading, gunzipped on the fly when it is gzip."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_page_upto_cut(path: str, limit: int = MAX_PAGE_BYTES) -> tuple[bytes, GGError | None]:
    """All bytes of one text/HTML file, or, when its gzip data is cut off or corrupt part-way, the bytes
    decompressed before the cut with the GG105 error to report beside them (a half-split UTF-8 character
    at the cut is dropped). A page cut short still holds an article's opening, which is worth keeping.

    Raises GGError: GG101 unreadable, GG105 when nothing could be read, GG110 too large.
    """
    try:
        return read_page_bytes(path, limit), None
    except GGError as exc:
        if exc.code != "GG105":
            raise
        error = exc
    out = bytearray()
    try:
        with open(path, "rb") as raw:
            data = raw.read(limit + 1)
    except OSError as exc:
        raise GGError("GG101", exc.strerror or type(exc).__name__) from None
    while data and len(out) <= limit:
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(data, limit + 1 - len(out))
        except zlib.error:
            break
        data = d.unused_data if d.eof else b""
    if not bytes(out).strip():
        raise error
    if len(out) > limit:
        raise GGError("GG110", f"file too large (over {limit // (1024 * 1024)} MB)")
    return _whole_chars(bytes(out)), GGError("GG105", f"{error.detail}; the {len(out)} bytes before the cut are kept")


def _whole_chars(data: bytes) -> bytes:
    """Data without a UTF-8 character split by the cut (up to 3 trailing bytes of an unfinished sequence)."""
    for cut in range(0, min(4, len(data))):
        try:
            (data[:len(data) - cut] if cut else data).decode("utf-8")
            return data[:len(data) - cut] if cut else data
        except UnicodeDecodeError as exc:
            if exc.reason != "unexpected end of data":
                return data      # not UTF-8 (another encoding): leave it to the decoder
    return data


def read_page_bytes(path: str, limit: int = MAX_PAGE_BYTES) -> bytes:
    """All bytes of one text/HTML file (gunzipped), refusing more than ``limit``.

    Raises GGError: GG101 unreadable, GG105 corrupt/truncated gzip, GG110 too large.
    """
    try:
        with open(path, "rb") as raw:
            gz = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if not gz and os.fstat(raw.fileno()).st_size > limit:
                raise GGError("GG110", f"file too large (over {limit // (1024 * 1024)} MB)")
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
            data = stream.read(limit + 1)
    except GGError:
        raise
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise GGError("GG105", f"corrupt or truncated gzip data ({exc})") from None
    except OSError as exc:
        raise GGError("GG101", exc.strerror or type(exc).__name__) from None
    if len(data) > limit:
        raise GGError("GG110", f"file too large (over {limit // (1024 * 1024)} MB)")
    return data
