"""The ingest pipeline: stages in data-flow order, and nothing but wiring.

What: files -> Document -> Pages (a reader per format) -> Extracted articles
(a cleaner per page kind) -> Articles (ids, language) -> duplicate marks ->
a sink (the store, or a Spark writer).
Why: each stage is a generator over typed records, so it is tested alone and
runs unchanged inside a Spark partition; the sink is passed in, so no stage
imports the store. One bad file or page becomes a Skip and the run goes on.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Protocol

from .clean import html as html_cleaner
from .clean import plaintext as text_cleaner
from .clean.language import detect as detect_language
from .dedupe import Deduper, mark_duplicates, text_hash
from .errors import GGError
from .ingest import READERS
from .ingest.files import open_document, walk
from .records import Article, Document, Extracted, Page, Skip

# Page kind -> cleaner turning one page into zero or more articles.
CLEANERS: dict[str, Callable[[str, str | None], list[Extracted]]] = {
    "html": html_cleaner.extract,
    "text": text_cleaner.extract,
}


class Sink(Protocol):
    def find_document(self, sha256: str) -> str | None: ...
    def write_document(self, doc: Document, articles: Iterable[Article],
                       signatures: dict[str, bytes] | None = None, skips: Iterable[Skip] = (),
                       layers: Iterable = ()) -> int: ...
    def add_skip(self, skip: Skip) -> None: ...


def article_id(doc: Document, page: int, index: int) -> str:
    return hashlib.sha256(f"{doc.sha256}:{page}:{index}".encode()).hexdigest()[:16]


def page_label(doc: Document, page: Page) -> str:
    return doc.path if page.index == 0 and not page.url else f"{doc.path}#{page.url or page.index}"


def extract_pages(doc: Document, pages: Iterable[Page | Skip]) -> Iterator[Article | Skip]:
    """Stage: each page through its cleaner; container metadata (JSONL fields) wins over guesses."""
    for page in pages:
        if isinstance(page, Skip):
            yield page
            continue
        label = page_label(doc, page)
        try:
            found = CLEANERS[page.kind](page.content, page.url)
        except GGError as exc:
            yield Skip(label, exc.code, exc.detail)
            continue
        except Exception as exc:  # a cleaner bug must not abort the run
            yield Skip(label, "GG104", f"extraction failed ({type(exc).__name__}: {exc})")
            continue
        found = [e for e in found if e.text.strip()]
        if not found:
            yield Skip(label, "GG104", "no article text found")
            continue
        meta = page.meta or {}
        for i, e in enumerate(found):
            yield Article(
                id=article_id(doc, page.index, i),
                document_id=doc.id,
                page=page.index,
                index=i,
                text=e.text,
                title=(meta.get("title") if len(found) == 1 else None) or e.title,
                author=meta.get("author") or e.author,
                published=meta.get("published") or e.published,
                site=meta.get("site") or e.site,
                url=page.url or e.url,
                language=meta.get("language"),
                extractor=e.extractor,
            )


def annotate(items: Iterable[Article | Skip]) -> Iterator[Article | Skip]:
    """Stage: text hash and language of each article."""
    for item in items:
        if isinstance(item, Article):
            item = replace(item, text_sha256=text_hash(item.text),
                           language=item.language or detect_language(item.text))
        yield item


@dataclass
class ArticleLayers:
    """Everything extracted from one article beyond its text: linked mentions, events and statements."""

    article_id: str
    mentions: list = field(default_factory=list)
    actors: dict = field(default_factory=dict)
    places: dict = field(default_factory=dict)
    events: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    frames: list = field(default_factory=list)
    citations: list = field(default_factory=list)


LINKABLE_LANGUAGES = {None, "en"}
MAX_CHARS = 1_000_000     # spaCy's default max_length; longer texts are analysed on their first million characters


def analyse_articles(articles: Iterable[Article], linker, parse,
                     extractors: Iterable[tuple[str, Callable]] = ()) -> Iterator[ArticleLayers]:
    """Stage: parse each original English article once, link it, then run each extractor on
    (article, doc, linked, layers so far).

    Duplicates are skipped (their original carries the layers); other languages are kept without layers.
    """
    extractors = list(extractors)
    todo = [a for a in articles if a.duplicate_of is None and a.language in LINKABLE_LANGUAGES]
    for article, doc in zip(todo, parse([a.text[:MAX_CHARS] for a in todo])):
        linked = linker.link(article, doc)
        layers = ArticleLayers(article.id, linked.mentions, linked.actors, linked.places)
        for name, extract in extractors:
            setattr(layers, name, extract(article, doc, linked, layers))
        yield layers


def document_articles(doc: Document) -> Iterator[Article | Skip]:
    """All stages before deduplication, for one document."""
    return annotate(extract_pages(doc, READERS[doc.format](doc.path, doc)))


@dataclass
class Summary:
    files: int = 0
    new_documents: int = 0
    unchanged: int = 0
    articles: int = 0
    duplicates: int = 0
    mentions: int = 0
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0

    def codes(self) -> Counter:
        return Counter(s.code for s in self.skipped)


def read_document(doc: Document) -> tuple[list[Article], list[Skip]]:
    """Every article of one document before deduplication, and the reasons for what was skipped."""
    skips: list[Skip] = []
    articles: list[Article] = []
    try:
        for article in _split(document_articles(doc), skips):
            articles.append(article)
    except GGError as exc:
        skips.append(Skip(doc.path, exc.code, exc.detail))
    except Exception as exc:  # a reader bug: keep what was read, report, go on
        skips.append(Skip(doc.path, "GG101", f"reading failed ({type(exc).__name__}: {exc})"))
    return articles, skips


def link_document(doc: Document, articles: list[Article], link, skips: list[Skip]) -> list:
    """The layers of a document's articles; a linker failure loses the layers, never the articles."""
    if link is None or not articles:
        return []
    try:
        return list(link(articles))
    except GGError as exc:
        skips.append(Skip(doc.path, exc.code, exc.detail))
    except Exception as exc:
        skips.append(Skip(doc.path, "GG402", f"linking failed ({type(exc).__name__}: {exc})"))
    return []


def ingest(paths: Iterable[str], sink: Sink, deduper: Deduper | None = None,
           progress: Callable[[Iterable], Iterable] | None = None,
           on_skip: Callable[[Skip], None] | None = None,
           link: Callable[[list[Article]], Iterable] | None = None, workers: int = 1) -> Summary:
    """Run every file under `paths` through the stages into `sink`, one transaction per document.

    `link`, when given, turns a document's articles into their linked layers (actors, places, mentions,
    events); without it only articles are stored. With `workers` > 1, reading, cleaning and linking run in
    that many processes (each with its own models; `link` must pickle, as `stages.LinkStage` does) while
    this process deduplicates and writes in input order, so the records equal a single-process run's.
    Without a `deduper`, the sink's own dedupe index is used when it offers one (`dedupe_index()`, kept on
    disk), else an in-memory one.
    """
    start = time.perf_counter()
    summary = Summary()
    if deduper is None:
        make_index = getattr(sink, "dedupe_index", None)
        deduper = Deduper(make_index() if make_index else None)
    files = list(walk(paths))
    docs = _new_documents(progress(files) if progress else files, sink, summary, on_skip)
    if workers > 1:
        from .parallel import prepare_in_pool

        prepared = prepare_in_pool(docs, link, workers)
    else:
        prepared = _read_ahead(docs, link)
    for doc, articles, skips, layers in prepared:
        marked: list[Article] = []
        signatures: dict[str, bytes] = {}
        for article, sig in mark_duplicates(articles, deduper):
            marked.append(article)
            if sig is not None:
                signatures[article.id] = sig
        originals = [a for a in marked if a.duplicate_of is None]
        if layers is None:                       # single process: link only what is not a duplicate
            layer_list = link_document(doc, originals, link, skips)
        else:                                    # workers linked everything; keep the originals' layers
            keep = {a.id for a in originals}
            layer_list = [x for x in layers if x.article_id in keep]
        try:
            _write(sink, deduper, doc, marked, signatures, skips, layer_list)
        except GGError as exc:
            if not layer_list:
                _record(summary, None, skips + [Skip(doc.path, exc.code, exc.detail)], on_skip)
                continue
            # the layers could not be stored (a bug upstream): keep the articles, say why, go on
            skips.append(Skip(doc.path, "GG402", f"storing the layers failed ({exc.detail})"))
            layer_list = []
            try:
                _write(sink, deduper, doc, marked, signatures, skips, layer_list)
            except GGError as exc2:
                _record(summary, None, skips + [Skip(doc.path, exc2.code, exc2.detail)], on_skip)
                continue
        summary.new_documents += 1
        summary.mentions += sum(len(x.mentions) for x in layer_list)
        summary.articles += len(marked)
        summary.duplicates += len(marked) - len(originals)
        _record(summary, None, skips, on_skip)
    summary.seconds = time.perf_counter() - start
    return summary


AHEAD_ARTICLES = 16       # a single process reads documents ahead until this many texts can be parsed together
AHEAD_DOCUMENTS = 16


def _read_ahead(docs: Iterable[Document], link) -> Iterator[tuple[Document, list[Article], list[Skip], None]]:
    """(doc, articles, skips, None) in input order, read a few documents ahead so that the link stage can
    parse their texts in one batch (`link.prefetch`, when it has one); at most AHEAD_ARTICLES texts are
    parsed ahead, so memory stays bounded whatever a document holds."""
    if getattr(link, "prefetch", None) is None:
        yield from ((doc, *read_document(doc), None) for doc in docs)
        return
    buffer: list[tuple[Document, list[Article], list[Skip], None]] = []
    for doc in docs:
        buffer.append((doc, *read_document(doc), None))
        linkable = sum(a.language in LINKABLE_LANGUAGES for b in buffer for a in b[1])
        if linkable >= AHEAD_ARTICLES or len(buffer) >= AHEAD_DOCUMENTS:
            prefetch(link, [b[1] for b in buffer])
            yield from buffer
            buffer.clear()
    if buffer:
        prefetch(link, [b[1] for b in buffer])
        yield from buffer


def prefetch(link, article_lists: Iterable[list[Article]]) -> None:
    """Let `link` parse, in one batch, the first AHEAD_ARTICLES texts it will be asked to analyse among
    these documents' articles (when it can: `link.prefetch`). A parse failure is not reported here: it shows
    again, and is reported, when the document is linked."""
    ahead = getattr(link, "prefetch", None)
    if ahead is None:
        return
    texts = [a.text[:MAX_CHARS] for articles in article_lists for a in articles
             if a.language in LINKABLE_LANGUAGES]
    try:
        ahead(texts[:AHEAD_ARTICLES])
    except Exception:
        pass


def _write(sink: Sink, deduper: Deduper, doc: Document, *rest) -> None:
    """One document into the sink; then the deduper stops holding its articles (the sink has them, or not)."""
    try:
        sink.write_document(doc, *rest)
    finally:
        deduper.document_done()


RECENT_DOCUMENTS = 4096    # content hashes remembered in memory: far more than are ever in flight


def _new_documents(files, sink: Sink, summary: Summary, on_skip) -> Iterator[Document]:
    """Documents not stored before (by content hash, also within this run); skips recorded as they come.

    The sink answers for documents already written; only the most recent hashes are kept in memory, for
    copies met while their first copy is still in flight (read ahead by workers), so memory stays flat.
    """
    seen: OrderedDict[str, None] = OrderedDict()
    for item in files:
        summary.files += 1
        if isinstance(item, Skip):
            _record(summary, sink, [item], on_skip)
            continue
        try:
            doc = open_document(item)
        except GGError as exc:
            _record(summary, sink, [Skip(item, exc.code, exc.detail)], on_skip)
            continue
        if doc.sha256 in seen or sink.find_document(doc.sha256) is not None:
            summary.unchanged += 1
            continue
        seen[doc.sha256] = None
        if len(seen) > RECENT_DOCUMENTS:
            seen.popitem(last=False)
        yield doc


def _split(items: Iterable[Article | Skip], skips: list[Skip]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skip):
            skips.append(item)
        else:
            yield item


def _record(summary: Summary, sink: Sink | None, skips: list[Skip], on_skip) -> None:
    for s in skips:
        summary.skipped.append(s)
        if sink is not None:
            sink.add_skip(s)
        if on_skip:
            on_skip(s)
