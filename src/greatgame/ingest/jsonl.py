"""Reader for JSON Lines exports of scrapers (plain or gzipped).

What: ``read_jsonl(path, doc)`` yields one Page per line
``{"url", "html" | "text" | "content", "title", "author", "published" | "date",
"site", "language"}``: "html" gives an html Page, "text" a text Page, and
"content" is sniffed (markup -> html). The optional fields go to
``Page.meta``. A line that is not a JSON object with page content gives
Skip(GG107, with its line number) and reading goes on. A ``.json`` file that
holds one JSON array (or one object) instead of lines is read whole, within
the page size cap.
Why: most scraping tools export JSON Lines; one bad line must not cost the
other thousands, and the fields a scraper already found (title, date) are
better evidence than what an extractor guesses later.
"""
from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator

from greatgame.clean.metadata import parse_date
from greatgame.errors import GGError
from greatgame.ingest.files import MAX_PAGE_BYTES, open_bytes, read_page_bytes
from greatgame.records import Document, Page, Skip

_META_FIELDS = (("title", "title"), ("author", "author"), ("published", "published"),
                ("date", "published"), ("site", "site"), ("sitename", "site"),
                ("language", "language"), ("lang", "language"))
_MARKUP = re.compile(r"<(?:html|body|p|div|article|br|span|h[1-6]|!doctype)\b", re.I)


def looks_like_html(value: str) -> bool:
    """True when a string carries HTML markup rather than plain text."""
    head = value[:4096]
    return head.lstrip().startswith("<") or len(_MARKUP.findall(head)) >= 2


def page_from_object(obj, doc: Document, index: int) -> Page:
    """A Page built from one decoded JSON object; ValueError says what is wrong with it."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    kind = content = None
    for key in ("html", "text", "content"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            content = value
            kind = "html" if key == "html" or (key == "content" and looks_like_html(value)) else "text"
            break
    if content is None:
        raise ValueError('no "html", "text" or "content" string')
    url = obj.get("url")
    meta: dict = {}
    for key, name in _META_FIELDS:
        value = obj.get(key)
        if name in meta or value is None or isinstance(value, (dict, list, bool)):
            continue
        value = str(value).strip()
        if value and name == "published":     # "2022-01-28T16:40:00+06:00", "January 28, 2022" -> 2022-01-28
            value = parse_date(value[:40]) or value
        if value:
            meta[name] = value
    return Page(document_id=doc.id, index=index, kind=kind, content=content,
                url=url.strip() if isinstance(url, str) and url.strip() else None, meta=meta)


def _first_char(path: str) -> bytes:
    with open_bytes(path) as fh:
        head = fh.read(4096)
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]


def read_jsonl(path: str, doc: Document) -> Iterator[Page | Skip]:
    """Pages of the file's lines; never raises (problems come out as Skips)."""
    try:
        first = _first_char(path)
    except (OSError, EOFError, zlib.error) as exc:
        code = "GG101" if type(exc) in (OSError, PermissionError, FileNotFoundError) else "GG105"
        yield Skip(path, code, str(exc)[:120])
        return
    if first == b"[":
        yield from _read_whole(path, doc)
        return
    index = seen = 0
    pretty = False
    try:
        with open_bytes(path) as fh:
            number = 0
            while True:
                line = fh.readline(MAX_PAGE_BYTES + 1)
                if not line:
                    break
                number += 1
                if len(line) > MAX_PAGE_BYTES:
                    yield Skip(path, "GG110", f"line {number}: longer than {MAX_PAGE_BYTES >> 20} MB")
                    while line and not line.endswith(b"\n"):
                        line = fh.readline(MAX_PAGE_BYTES)
                    continue
                if not line.strip():
                    continue
                seen += 1
                if number == 1 and line.strip() == b"{":
                    pretty = True       # a pretty-printed single object, not JSON Lines
                    break
                try:
                    obj = json.loads(line)
                    page = page_from_object(obj, doc, index)
                except (ValueError, RecursionError) as exc:
                    reason = (f"{exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError)
                              else str(exc))
                    yield Skip(path, "GG107", f"line {number}: {reason[:120]}")
                    continue
                index += 1
                yield page
    except (EOFError, OSError, zlib.error) as exc:
        code = "GG101" if type(exc) in (OSError, PermissionError, FileNotFoundError) else "GG105"
        yield Skip(path, code, f"{str(exc)[:100]}; {index} page(s) read before it")
        return
    if pretty:
        yield from _read_whole(path, doc)
    elif not seen:
        yield Skip(path, "GG102", "no JSON lines (only blank lines)")


def _read_whole(path: str, doc: Document) -> Iterator[Page | Skip]:
    """A .json file holding one array of page objects (or one object)."""
    try:
        data = read_page_bytes(path)
        value = json.loads(data)
    except GGError as exc:
        yield Skip(path, exc.code, exc.detail)
        return
    except (ValueError, RecursionError) as exc:
        yield Skip(path, "GG107", f"not JSON Lines nor a JSON array: {str(exc)[:100]}")
        return
    items = value if isinstance(value, list) else [value]
    index = 0
    for number, obj in enumerate(items, 1):
        try:
            page = page_from_object(obj, doc, index)
        except ValueError as exc:
            yield Skip(path, "GG107", f"item {number}: {exc}")
            continue
        index += 1
        yield page
