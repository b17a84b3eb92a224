"""The `greatgame` command line: a thin layer over the library.

What: ingest, export, search and stats subcommands.
Why: every command calls one library function and formats its result, so
what the CLI does a notebook can do too; errors print as one coded line.
"""
from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .config import default_db
from .errors import GGError


def _store(path: str, readonly: bool = False):
    from .store.sqlite import Store

    return Store(path, readonly=readonly)


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    from .dedupe import Deduper
    from .pipeline import ingest

    with _store(args.db) as store:
        deduper = Deduper().load(store.text_hashes(), store.signatures())
        show = not args.quiet

        def progress(files):
            return tqdm(files, desc="ingest", unit="file", disable=not show, file=sys.stderr)

        def on_skip(skip):
            if not args.quiet:
                tqdm.write(skip.line(), file=sys.stderr)

        s = ingest(args.paths, store, deduper, progress=progress, on_skip=on_skip)
    reasons = ", ".join(f"{code} x{n}" for code, n in sorted(s.codes().items())) or "none"
    print(f"{s.files} files: {s.new_documents} new, {s.unchanged} unchanged; "
          f"{s.articles} articles ({s.duplicates} duplicates); {len(s.skipped)} skipped ({reasons}); "
          f"{s.seconds:.1f}s -> {args.db}")
    return 0


def cmd_export(args) -> int:
    from .export import EXPORTERS

    with _store(args.db, readonly=True) as store:
        counts = EXPORTERS[args.format](store, args.out)
    print(" ".join(f"{name}:{n}" for name, n in counts.items()) + f" -> {args.out}")
    return 0


def cmd_search(args) -> int:
    with _store(args.db, readonly=True) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        for h in hits:
            print(json.dumps(h, ensure_ascii=False))
        return 0
    if not hits:
        print(f"no match for {args.query!r}")
    for h in hits:
        dup = f" (duplicate of {h['duplicate_of']})" if h["duplicate_of"] else ""
        meta = " | ".join(x for x in (h["site"], h["published"]) if x)
        print(f"{h['id']}  {h['title'] or '(untitled)'}{dup}" + (f"  [{meta}]" if meta else ""))
        print(f"    {' '.join(h['snippet'].split())}")
    return 0


def cmd_stats(args) -> int:
    with _store(args.db, readonly=True) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        print(f"{key:>15}: {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="greatgame", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"greatgame {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(sp):
        sp.add_argument("--db", default=default_db(), help="SQLite database (default: %(default)s)")
        return sp

    sp = with_db(sub.add_parser("ingest", help="read pages, archives and JSON Lines into clean articles"))
    sp.add_argument("paths", nargs="+", help="files or directories (walked recursively)")
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar or per-file reasons")
    sp.set_defaults(func=cmd_ingest)

    sp = with_db(sub.add_parser("export", help="write the export contract (one file per layer)"))
    sp.add_argument("--out", required=True, help="output directory")
    sp.add_argument("--format", default="jsonl", choices=["jsonl", "csv"])
    sp.set_defaults(func=cmd_export)

    sp = with_db(sub.add_parser("search", help="full-text search over articles"))
    sp.add_argument("query")
    sp.add_argument("--limit", type=int, default=10)
    sp.add_argument("--json", action="store_true", help="one JSON object per hit")
    sp.set_defaults(func=cmd_search)

    sp = with_db(sub.add_parser("stats", help="what the database holds"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_stats)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GGError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; everything stored so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
