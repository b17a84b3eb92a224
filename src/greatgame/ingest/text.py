"""Reader for plain-text files.

What: ``read_text(path, doc)`` yields one text Page holding the whole decoded
file (gzip looked through), or a Skip with a code; a gzip file cut off part-way
gives the text read before the cut, then a GG105 Skip.
Why: a scraped ``.txt`` is one article (or one page of boilerplate plus an
article) and the plain-text cleaner wants it whole; the size cap keeps one
huge file from exhausting memory.
"""
from __future__ import annotations

from collections.abc import Iterator

from greatgame.errors import GGError
from greatgame.ingest.decode import decode
from greatgame.ingest.files import read_page_upto_cut
from greatgame.records import Document, Page, Skip


def read_text(path: str, doc: Document) -> Iterator[Page | Skip]:
    """One Page of kind "text"; never raises (problems come out as a Skip)."""
    try:
        data, cut = read_page_upto_cut(path)
        if not data.strip():
            raise GGError("GG102", "empty file (only whitespace)")
        text = decode(data)
    except GGError as exc:
        yield Skip(path, exc.code, exc.detail)
        return
    yield Page(document_id=doc.id, index=0, kind="text", content=text)
    if cut is not None:             # cut-off gzip: the text before the cut is kept, the cut reported
        yield Skip(path, cut.code, cut.detail)
