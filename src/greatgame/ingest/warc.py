"""Reader for WARC archives (plain or gzipped), record by record.

What: ``read_warc(path, doc)`` streams the archive with warcio and yields a
Page for every HTTP ``response`` record with a 2xx status and an HTML or text
content type (url = WARC-Target-URI; charset from the HTTP header, then the
page's <meta>, then detection). Other records are passed over. A corrupt
record gives Skip(GG108) and reading resumes at the next ``WARC/1.x`` header;
a truncated or corrupt gzip stream gives the pages read so far, then
Skip(GG105); a truncated record gives Skip(GG108).
Why: crawls arrive as multi-gigabyte WARCs, so nothing is ever held whole;
we gunzip ourselves (multi-member aware) so that truncation, which warcio
treats as a normal end, is noticed and reported.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from greatgame.errors import GGError
from greatgame.ingest.decode import charset_from_content_type, decode, html_declared_charset
from greatgame.ingest.files import MAX_PAGE_BYTES
from greatgame.records import Document, Page, Skip

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")
_TEXT_TYPES = ("text/plain",)
_WARC_STARTS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/1.0\n", b"WARC/1.1\n")


class _Source:
    """A byte stream with push-back that turns gzip truncation/corruption into a flag and EOF."""

    def __init__(self, path: str):
        self._raw = open(path, "rb")
        gz = self._raw.read(2) == b"\x1f\x8b"
        self._raw.seek(0)
        self._stream = gzip.GzipFile(fileobj=self._raw, mode="rb") if gz else self._raw
        self.pending = b""
        self.broken: str | None = None

    def read(self, size: int = -1) -> bytes:
        if self.pending:
            n = len(self.pending) if size is None or size < 0 else size
            out, self.pending = self.pending[:n], self.pending[n:]
            return out
        if self.broken:
            return b""
        try:
            return self._stream.read(size)
        except EOFError:
            self.broken = "archive is truncated (gzip stream ends early)"
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            self.broken = f"corrupt gzip data ({exc})"
        return b""

    def readline(self, size: int = -1) -> bytes:   # warcio only calls read(); here for completeness
        return self.read(size)

    def close(self) -> None:
        self._raw.close()


class _Iterator(ArchiveIterator):
    """warcio's iterator with its stray-bytes warning (a record whose Content-Length is wrong) caught
    instead of written over our progress bar as three lines; `stray` holds the offsets for GG108."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stray: list[str] = []

    def _consume_blanklines(self):
        with contextlib.redirect_stderr(io.StringIO()):
            before = self.err_count
            result = super()._consume_blanklines()
        if self.err_count > before:
            self.stray.append("stray bytes after the record (wrong Content-Length?)")
        return result


def _resync(source: _Source, leftover: bytes) -> bool:
    """Drop bytes up to the next line that starts a WARC record; False at end of stream."""
    window = leftover
    while True:
        for start in _WARC_STARTS:
            i = window.find(b"\n" + start)
            if i >= 0:
                source.pending = window[i + 1:] + source.pending
                return True
        chunk = source.read(1024 * 1024)
        if not chunk:
            return False
        window = window[-16:] + chunk


def _kind(content_type: str) -> str | None:
    ct = content_type.split(";", 1)[0].strip().lower()
    if ct in _HTML_TYPES:
        return "html"
    if ct in _TEXT_TYPES:
        return "text"
    return None


def _status_ok(record) -> bool:
    try:
        return 200 <= int(record.http_headers.get_statuscode()) < 300
    except (TypeError, ValueError, AttributeError):
        return False


def read_warc(path: str, doc: Document) -> Iterator[Page | Skip]:
    """Pages of the archive's HTML/text responses; never raises (problems come out as Skips)."""
    try:
        source = _Source(path)
    except OSError as exc:
        yield Skip(path, "GG101", exc.strerror or type(exc).__name__)
        return
    index = 0
    number = 0          # ordinal of the WARC record, for messages
    try:
        while True:
            iterator = _Iterator(source, arc2warc=False)
            try:
                for record in iterator:
                    number += 1
                    while iterator.stray:
                        yield Skip(path, "GG108", f"record {number - 1}: {iterator.stray.pop(0)}")
                    item = _page(path, doc, record, index, number)
                    if isinstance(item, Skip) and item.code == "GG108" and source.broken:
                        break       # the record was cut by the broken stream: GG105 below says so
                    if item is not None:
                        if isinstance(item, Page):
                            index += 1
                        yield item
                for note in iterator.stray:
                    yield Skip(path, "GG108", f"record {number}: {note}")
                break
            except Exception as exc:    # warcio raises many types on corrupt headers; all mean GG108
                number += 1
                if source.broken:
                    break
                yield Skip(path, "GG108", f"record {number}: {str(exc).strip()[:120]}")
                buff = getattr(iterator.reader, "buff", None) if iterator.reader else None
                leftover = buff.read() if buff is not None else b""
                if not _resync(source, leftover):
                    break
        if source.broken:
            yield Skip(path, "GG105", f"{source.broken}; {index} page(s) read before it")
    finally:
        source.close()


def _page(path: str, doc: Document, record, index: int, number: int) -> Page | Skip | None:
    """The Page of one record, a Skip, or None for records we do not read."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    kind = _kind(content_type)
    if kind is None or not _status_ok(record):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as exc:   # warcio raises assorted errors on broken chunked/compressed bodies
        return Skip(path, "GG108", f"record {number} ({url}): unreadable body ({type(exc).__name__})")
    if len(data) > MAX_PAGE_BYTES:
        return Skip(path, "GG110", f"record {number} ({url}): page over {MAX_PAGE_BYTES >> 20} MB")
    remaining = getattr(record.raw_stream, "limit", 0)
    if remaining and remaining > 0:
        return Skip(path, "GG108", f"record {number} ({url}): record is truncated")
    if not data.strip():
        return None
    declared = charset_from_content_type(content_type)
    if declared is None and kind == "html":
        declared = html_declared_charset(data)
    try:
        content = decode(data, declared)
    except GGError as exc:
        return Skip(path, exc.code, f"record {number} ({url}): {exc.detail}")
    return Page(document_id=doc.id, index=index, kind=kind, content=content, url=url or None)
