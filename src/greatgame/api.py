"""The Python API for notebooks: `gg.open("greatgame.db")` and questions that return rows or DataFrames.

What: `Corpus` wraps a read-only store; each method returns `Rows`, a list of dicts with `.to_pandas()`.
`events()` takes the same filters as `greatgame events` (it calls the same function); `quotes()`,
`quantities()`, `frames()`, `citations()` as the statement commands; `influence()` the matrix cells;
`actors()`, `articles()`, `mentions()` and `places()` read the export contract's tables, `search()` is the
full-text search with the workbench's filters, `table(name)` any contract table and `sql()` anything else.
Why: analysts work in pandas; the API must give them exactly what the CLI and the exports show, so every
method here is a thin call into `analysis/` or `export/`, never a second implementation.

    >>> import greatgame as gg
    >>> c = gg.open("greatgame.db")
    >>> c.events(actor="China", recipient="Kazakhstan", nationals=True).to_pandas()
"""
from __future__ import annotations

from pathlib import Path

from .errors import GGError


class Rows(list):
    """Query results: a list of dicts that also converts itself to a pandas DataFrame."""

    def __init__(self, rows=(), columns: list[str] | None = None):
        super().__init__(rows)
        self.columns = columns or (list(self[0]) if self else [])

    def to_pandas(self):
        try:
            import pandas as pd
        except ImportError:
            raise GGError("GG301", "pandas is not installed; pip install pandas") from None
        return pd.DataFrame(list(self), columns=self.columns or None)


class Corpus:
    """A greatgame database opened read-only for analysis."""

    def __init__(self, path: str | Path):
        from .store.sqlite import Store

        self.path = str(path)
        self.store = Store(self.path, readonly=True)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        s = self.store.stats()
        return f"<greatgame.Corpus {self.path}: {s['articles']} articles, {s['actors']} actors, {s['events']} events>"

    def stats(self) -> dict:
        return self.store.stats()

    def table(self, name: str) -> Rows:
        """One file of the export contract (documents, articles, actors, mentions, places, events, ...)."""
        from .export.tables import TABLES, rows

        if name not in TABLES:
            raise GGError("GG301", f"no table {name!r}; one of {', '.join(TABLES)}")
        return Rows(rows(self.store, name))

    def articles(self) -> Rows:
        return self.table("articles")

    def mentions(self) -> Rows:
        return self.table("mentions")

    def places(self) -> Rows:
        return self.table("places")

    def actors(self, query: str = "", limit: int | None = None) -> Rows:
        """Actors by mention count; `query` searches ids, names and aliases (as `greatgame actors`)."""
        return Rows(self.store.actors(query, limit=limit if limit is not None else -1))

    def events(self, actor: str | None = None, recipient: str | None = None, **filters) -> Rows:
        """Events with their evidence; filters as `analysis.events.EventQuery` (and `greatgame events`)."""
        from .analysis.events import EVENT_COLUMNS, EventQuery, find_events

        rows = find_events(self.store, EventQuery(actor=actor, recipient=recipient, **filters))
        extra = [c for c in (rows[0] if rows else {}) if c not in EVENT_COLUMNS]
        return Rows(rows, list(EVENT_COLUMNS) + extra)

    def search(self, query: str = "", limit: int = 20, **filters) -> Rows:
        """Full-text search; filters actor, type, domain, since, until, site as in the workbench."""
        from .analysis.search import search_articles

        return Rows(search_articles(self.store, query, limit=limit, **filters))

    def quotes(self, speaker: str | None = None, **filters) -> Rows:
        from .analysis.statements import find_quotes

        return Rows(find_quotes(self.store, speaker=speaker, **filters))

    def quantities(self, **filters) -> Rows:
        from .analysis.statements import find_quantities

        return Rows(find_quantities(self.store, **filters))

    def frames(self, frame: str | None = None, actor: str | None = None, **filters) -> Rows:
        from .analysis.statements import find_frames

        return Rows(find_frames(self.store, frame=frame, actor=actor, **filters))

    def citations(self, article: str | None = None) -> Rows:
        from .analysis.statements import find_citations

        return Rows(find_citations(self.store, article=article))

    def influence(self, **kwargs) -> Rows:
        """The influence matrix's cells (power, target, domain, events, net cooperation)."""
        from .analysis.influence import influence

        return Rows(influence(self.store, **kwargs)["cells"])

    def sql(self, query: str, params: tuple = ()) -> Rows:
        """Any read-only SQL over the store (the schema is in store/schema.sql)."""
        return Rows(self.store.query(query, params))


def open(path: str | Path = "greatgame.db") -> Corpus:  # noqa: A001 - `gg.open` reads like the stdlib's
    """Open a greatgame database for analysis (read-only)."""
    return Corpus(path)
