"""Named-entity recognition and entity linking on GUM's Wikinews documents (news and interviews).

What: rebuilds each GUM document's running text from its CoNLL-U file (tokens, SpaceAfter, paragraph
breaks) with character offsets for every annotated mention. NER gold: the *named* mentions (syntactic
head a proper noun) of types person, organization and place; scored typed, exact-span, micro P/R/F1,
leniently (a leading "the" and a trailing "'s" stripped on both sides: GUM spans include them),
strictly, by one-to-one overlap (a diagnostic of boundary conventions such as GUM's "Professor X"),
and against the named mentions that carry a Wikipedia identity only. Entity linking: every named
mention whose Wikipedia title resolves through `kb.by_alias` to exactly one KB actor must get that
actor from the best-overlapping predicted mention. spaCy alone (doc.ents; alias lookup for links) and
the linker are scored, over all documents and over GUM's dev and test splits: the linker's flat mentions
("linker-flat"), flat plus nested names ("linker": GUM nests "Canada" in "Fan Expo Canada"; people's
mentions include their titles, the default `title_spans`), and the same with the state written before a
title swallowed too ("linker+titles", the `title_states` option: "U.S. President X", as GUM spans it). A head-match variant counts a prediction right when the gold mention's
syntactic head token lies inside it with the same type (one to one), forgiving GUM's long appositive
spans but not a wrong type or a missed head word.
Why: the linker must be measured on text nobody tuned it on; GUM is openly licensed, hand-annotated
news with gold Wikipedia identities. GUM gives identities only to entities with a Wikipedia page, so
the identity-only gold counts correct names of obscure people as false positives; the named gold does
not. Labels map PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place; NORP is skipped (GUM has
no nationality class for named mentions).

Run: `.venv/bin/python bench/ner_linking.py [--examples N] [--no-linker] [--json]`; `run()` returns it.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GUM = ROOT / ".." / "shared" / "data" / "gum-wikinews"
TYPES = ("person", "organization", "place")
LABEL_MAP = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_ENTITY_RE = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")
_DET_RE = re.compile(r"(?:the|The|THE)\s+")
_POSS_RE = re.compile(r"\s?['\u2019]s?$")


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    text: str
    etype: str
    identity: str | None      # Wikipedia title, percent-decoded, underscores kept
    named: bool               # the mention's syntactic head is a proper noun
    head: tuple[int, int] | None = None   # character span of the syntactic head token (the first, if several)


@dataclass(frozen=True, slots=True)
class GumDoc:
    name: str
    text: str
    published: str | None
    mentions: tuple[GoldMention, ...]


# ---------------------------------------------------------------- reading GUM

def parse_entity_field(value: str) -> list[tuple]:
    """The events of one token's `Entity=` value: ("open", id, fields, closes_here) and ("close", id)."""
    return [("open", m.group(1), m.group(2), m.group(3) is not None) if m.group(1) is not None
            else ("close", m.group(4)) for m in _ENTITY_RE.finditer(value)]


def _misc(field: str) -> dict[str, str]:
    return dict(part.partition("=")[::2] for part in field.split("|"))


def read_conllu(source: str, name: str = "") -> GumDoc:
    """A GumDoc from the text of one GUM CoNLL-U file (entities from MISC `Entity=` brackets)."""
    pieces: list[str] = []
    pos, published, newpar, mentions = 0, None, False, []
    open_: dict[str, tuple[int, str, int, int]] = {}     # id -> (start char, fields, sentence no, first token)
    sent: list[dict] = []                                # tokens of the current sentence
    sent_no, pending_space, mwt_end = 0, "", 0
    mwt_span: tuple[int, int, str] | None = None

    def emit(s: str) -> None:
        nonlocal pos
        pieces.append(s)
        pos += len(s)

    def close(eid: str, end: int, tok_index: int) -> None:
        start, fields, sno, first = open_.pop(eid)
        parts = fields.split("-", 6)                     # etype-infstat-salience-centering-minspan-link-identity
        ident = unquote(parts[6]) if len(parts) == 7 and parts[6] else None
        toks = [t for t in sent if first <= t["id"] <= tok_index] if sno == sent_no else []
        ids = {t["id"] for t in toks}
        heads = [t for t in toks if t["head"] not in ids]
        named = bool(heads) and all(t["upos"] == "PROPN" for t in heads)
        head = (heads[0]["start"], heads[0]["end"]) if heads else None
        mentions.append(GoldMention(start, end, "".join(pieces)[start:end], parts[0], ident, named, head))

    for line in source.splitlines():
        if line.startswith("#"):
            if line.startswith("# newpar") and not line.startswith("# newpar_"):
                newpar = True
            elif line.startswith("# meta::dateCreated"):
                published = line.split("=", 1)[1].strip()[:10] or None
            continue
        if not line.strip():
            if sent:
                sent_no += 1
                sent = []
            continue
        cols = line.split("\t")
        if len(cols) < 10:
            continue
        tid, form, misc = cols[0], cols[1], _misc(cols[9])
        if "." in tid:                                   # empty nodes carry no text
            continue
        if not sent and pos:                             # first token of a sentence
            pending_space = "\n\n" if newpar else (pending_space and " ")
        if not sent:
            newpar = False
        if "-" in tid:                                   # multiword token: the surface comes from here
            hi = int(tid.split("-")[1])
            emit(pending_space)
            start = pos
            emit(form)
            mwt_end, mwt_span = hi, (start, pos, form)
            pending_space = "" if misc.get("SpaceAfter") == "No" else " "
            continue
        idx = int(tid)
        if mwt_span and idx <= mwt_end:                  # a part of a multiword token
            s0, s1, surface = mwt_span
            rel = surface.lower().find(form.lower(), 0)
            start, end = (s0 + rel, s0 + rel + len(form)) if rel >= 0 else (s0, s1)
            if idx == mwt_end:
                mwt_span = None
        else:
            emit(pending_space)
            start = pos
            emit(form)
            end = pos
            pending_space = "" if misc.get("SpaceAfter") == "No" else " "
        sent.append({"id": idx, "head": int(cols[6]) if cols[6].isdigit() else 0, "upos": cols[3],
                     "start": start, "end": end})
        for ev in parse_entity_field(misc.get("Entity", "")):
            if ev[0] == "open":
                open_[ev[1]] = (start, ev[2], sent_no, idx)
                if ev[3]:
                    close(ev[1], end, idx)
            elif ev[1] in open_:
                close(ev[1], end, idx)
    return GumDoc(name, "".join(pieces), published, tuple(mentions))


def load_gum(root: Path = GUM) -> list[GumDoc]:
    return [read_conllu(p.read_text(encoding="utf-8"), p.stem) for p in sorted((root / "dep").glob("*.conllu"))]


def read_splits(root: Path = GUM) -> dict[str, set[str]]:
    """Document names per split heading (## dev, ## test, ...) of splits.md."""
    out: dict[str, set[str]] = {}
    current = None
    path = root / "splits.md"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif current and line.strip().startswith("* "):
            out.setdefault(current, set()).add(line.strip()[2:].strip())
    return out


def gold_named(doc: GumDoc, need_identity: bool = False) -> list[GoldMention]:
    """Named mentions (proper-noun head) of the scored types; only those with a Wikipedia identity
    when `need_identity`."""
    return [m for m in doc.mentions if m.etype in TYPES and m.named and (m.identity or not need_identity)]


# ---------------------------------------------------------------- metrics

def strip_det(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading "the"/"The" nor a trailing possessive "'s" (GUM spans include both,
    spaCy's mostly do not)."""
    m = _DET_RE.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    p = _POSS_RE.search(text, start, end)
    if p and p.start() > start:
        end = p.start()
    return start, end


def map_label(label: str) -> str | None:
    """A predicted NER label as a GUM type; None for labels not scored (NORP, DATE, ...)."""
    return LABEL_MAP.get(label)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred,
            "gold": n_gold}


def ner_score(gold: Iterable[tuple], pred: Iterable[tuple], texts: dict[str, str] | None = None) -> dict:
    """Typed exact-span micro P/R/F1 of (doc, start, end, type) tuples; with `texts`, spans pass
    through `strip_det` first."""
    def norm(items):
        return {(d, *(strip_det(texts[d], s, e) if texts is not None else (s, e)), t) for d, s, e, t in items}
    g, p = norm(gold), norm(pred)
    return prf(len(g & p), len(p), len(g))


def overlap_score(gold: Iterable[tuple], pred: Iterable[tuple]) -> dict:
    """Typed P/R/F1 where a prediction matches an unmatched gold mention of its type that it overlaps
    (one to one, largest overlap first): a diagnostic of boundary conventions, not the headline figure."""
    return _one_to_one(gold, pred, lambda p, g: True)


def head_score(gold: Iterable[tuple], pred: Iterable[tuple], heads: dict[tuple, tuple[int, int]]) -> dict:
    """Typed P/R/F1 where a prediction matches an unmatched gold mention of its type whose syntactic head
    token lies inside it (one to one, largest overlap first). The usual head-match diagnostic: it forgives
    GUM's long spans ("former Pennsylvania Senator Rick Santorum", "X of the Y party") but not a wrong type
    nor a prediction that misses the head word. `heads` maps a gold tuple to its head's character span."""
    def fits(p, g):
        h0, h1 = heads.get(g) or g[1:3]
        return p[1] <= h0 and h1 <= p[2]
    return _one_to_one(gold, pred, fits)


def _one_to_one(gold: Iterable[tuple], pred: Iterable[tuple], fits) -> dict:
    """P/R/F1 of a one-to-one matching of overlapping same-document, same-type (doc, start, end, type)
    tuples for which `fits(pred, gold)` holds, greedily by largest overlap."""
    g, p, pairs = sorted(set(gold)), sorted(set(pred)), []
    by_doc: dict[tuple, list[int]] = {}
    for j, (d, s, e, t) in enumerate(g):
        by_doc.setdefault((d, t), []).append(j)
    for i, (d, s, e, t) in enumerate(p):
        for j in by_doc.get((d, t), []):
            ov = _overlap(s, e, g[j][1], g[j][2])
            if ov and fits(p[i], g[j]):
                pairs.append((-ov, i, j))
    used_p, used_g = set(), set()
    for _, i, j in sorted(pairs):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return prf(len(used_p), len(p), len(g))


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def best_overlap(start: int, end: int, cands: Iterable[tuple]) -> tuple | None:
    """Of (start, end, ...) candidates, the one overlapping [start, end) most (then the shortest)."""
    best, key = None, None
    for c in cands:
        ov = _overlap(start, end, c[0], c[1])
        if ov and (key is None or (ov, -(c[1] - c[0])) > key):
            best, key = c, (ov, -(c[1] - c[0]))
    return best


def link_accuracy(gold: Iterable[tuple], pred: Iterable[tuple]) -> dict:
    """gold (doc, start, end, actor_id); pred (doc, start, end, actor_id or None).

    A gold mention is right when its best-overlapping predicted mention carrying an actor has that
    actor ("any": some overlapping prediction has it); no overlapping prediction counts wrong."""
    by_doc: dict[str, list[tuple]] = {}
    for d, s, e, a in pred:
        if a:
            by_doc.setdefault(d, []).append((s, e, a))
    right = any_right = missing = 0
    errors = []
    gold = list(gold)
    for d, s, e, want in gold:
        cands = by_doc.get(d, [])
        b = best_overlap(s, e, cands)
        if b is None:
            missing += 1
            errors.append((d, s, e, want, None))
            continue
        if b[2] == want:
            right += 1
        else:
            errors.append((d, s, e, want, b[2]))
        if any(c[2] == want and _overlap(s, e, c[0], c[1]) for c in cands):
            any_right += 1
    n = len(gold)
    return {"accuracy": round(right / n, 4) if n else 0.0, "right": right, "total": n, "no_mention": missing,
            "wrong_actor": n - right - missing, "accuracy_any_overlap": round(any_right / n, 4) if n else 0.0,
            "errors": errors}


def expected_actor(kb, identity: str) -> str | None:
    """The KB actor a Wikipedia title names, when `kb.by_alias` gives exactly one."""
    hits = kb.by_alias(identity.replace("_", " "))
    return hits[0].id if len(hits) == 1 else None


# ---------------------------------------------------------------- running

def _predict_spacy(docs: list[GumDoc], kb) -> tuple[list, list]:
    from greatgame.nlp import load
    nlp = load()
    ner, links = [], []
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs], batch_size=8)):
        for ent in parsed.ents:
            t = map_label(ent.label_)
            if t:
                ner.append((doc.name, ent.start_char, ent.end_char, t))
            hits = kb.by_alias(ent.text)
            links.append((doc.name, ent.start_char, ent.end_char, hits[0].id if len(hits) == 1 else None))
    return ner, links


def _predict_linker(docs: list[GumDoc]) -> dict[str, tuple[list, list]]:
    """(NER, links) per variant of the linker as the pipeline runs it: its flat mentions ("linker-flat"),
    flat plus nested ("linker"), and the same with a state before a person's title swallowed too, the
    `Linker(title_states=True)` option ("linker+titles": GUM's span convention, computed from the same run)."""
    from greatgame.actors.link import Linked, default_linker, link_text
    from greatgame.actors.nested import extend_titles, nested_mentions
    linker = default_linker()
    out: dict[str, tuple[list, list]] = {"linker-flat": ([], []), "linker": ([], []), "linker+titles": ([], [])}

    def put(variant: str, name: str, mentions) -> None:
        ner, links = out[variant]
        for m in mentions:
            if map_label(m.label):
                ner.append((name, m.start, m.end, map_label(m.label)))
            links.append((name, m.start, m.end, m.actor_id))

    for doc in docs:
        linked = link_text(doc.text, doc.published)
        put("linker-flat", doc.name, linked.mentions)
        put("linker", doc.name, linked.mentions + linked.nested)
        wide = Linked(extend_titles(doc.text, linked.mentions, linker.kb), linked.actors, linked.places)
        put("linker+titles", doc.name, wide.mentions + nested_mentions(linker, doc.text, wide))
    return out


def _score(gold_ner, gold_wiki, gold_links, ner, links, texts, heads, subset=None) -> dict:
    def keep(items):
        return [x for x in items if subset is None or x[0] in subset]
    el = link_accuracy(keep(gold_links), keep(links))
    el.pop("errors")
    return {"ner": ner_score(keep(gold_ner), keep(ner), texts),
            "ner_strict": ner_score(keep(gold_ner), keep(ner)),
            "ner_overlap": overlap_score(keep(gold_ner), keep(ner)),
            "ner_head": head_score(keep(gold_ner), keep(ner), heads),
            "ner_wikipedia_gold": ner_score(keep(gold_wiki), keep(ner), texts),
            "linking": el}


def _examples(texts, gold_ner, gold_links, ner, links, kb, n: int) -> dict:
    """Up to n missed and n false-positive mentions (spread over the documents), 3n linking errors."""
    g = {(d, *strip_det(texts[d], s, e), t) for d, s, e, t in gold_ner}
    p = {(d, *strip_det(texts[d], s, e), t) for d, s, e, t in ner}
    fn, fp = sorted(g - p), sorted(p - g)
    name = lambda a: f"{a} ({kb.get(a).name})" if a and kb.get(a) else a  # noqa: E731
    return {"missed": [f"{d}: {texts[d][s:e]!r} [{t}]" for d, s, e, t in fn[:: max(1, len(fn) // n)]][:n],
            "false_positive": [f"{d}: {texts[d][s:e]!r} [{t}]" for d, s, e, t in fp[:: max(1, len(fp) // n)]][:n],
            "link_errors": [f"{d}: {texts[d][s:e]!r} want {name(w)} got {name(a)}"
                            for d, s, e, w, a in link_accuracy(gold_links, links)["errors"]][:n * 3]}


def run(use_linker: bool = True, examples: int = 0, root: Path = GUM) -> dict:
    """Figures for spaCy alone and (when importable and `use_linker`) for the linker."""
    from greatgame.actors.kb import KnowledgeBase
    kb = KnowledgeBase.load()
    docs = load_gum(root)
    texts = {d.name: d.text for d in docs}
    gold_ner, gold_wiki, gold_links, heads = [], [], [], {}
    for d in docs:
        for m in gold_named(d):
            gold_ner.append((d.name, m.start, m.end, m.etype))
            if m.head:
                heads[gold_ner[-1]] = m.head
            if m.identity:
                gold_wiki.append((d.name, m.start, m.end, m.etype))
                a = expected_actor(kb, m.identity)
                if a:
                    gold_links.append((d.name, m.start, m.end, a))
    names = {d.name for d in docs}
    splits = {k: v & names for k, v in read_splits(root).items() if k in ("dev", "test") and v & names}
    res: dict = {"documents": len(docs), "gold_named_mentions": len(gold_ner),
                 "gold_named_with_wikipedia_identity": len(gold_wiki),
                 "gold_by_type": {t: sum(1 for g in gold_ner if g[3] == t) for t in TYPES},
                 "gold_linkable_mentions": len(gold_links),
                 "gold_linkable_distinct_actors": len({g[3] for g in gold_links}),
                 "norp": "skipped", "systems": {}}
    systems = {"spacy": _predict_spacy(docs, kb)}
    if use_linker:
        try:
            systems.update(_predict_linker(docs))
        except ImportError as e:
            res["linker_error"] = f"{type(e).__name__}: {e}"
    for name, (ner, links) in systems.items():
        out = _score(gold_ner, gold_wiki, gold_links, ner, links, texts, heads)
        for split, members in splits.items():
            out[split] = _score(gold_ner, gold_wiki, gold_links, ner, links, texts, heads, members)
        if examples:
            out["examples"] = _examples(texts, gold_ner, gold_links, ner, links, kb, examples)
        res["systems"][name] = out
    res["targets"] = {"ner_f1": 0.80, "linking_accuracy": 0.85}
    return res


def table(res: dict) -> str:
    """A small text table of the headline figures per system and split."""
    rows = ["system        split  NER-F1 lenient/strict/overlap/head/wiki-gold   P      R      EL-acc (right/total)"]
    for name, out in res["systems"].items():
        for split in ("all", "dev", "test"):
            o = out if split == "all" else out.get(split)
            if not o:
                continue
            el = o["linking"]
            rows.append(f"{name:13} {split:5}  {o['ner']['f1']:.3f} / {o['ner_strict']['f1']:.3f} / "
                        f"{o['ner_overlap']['f1']:.3f} / {o['ner_head']['f1']:.3f} / {o['ner_wikipedia_gold']['f1']:.3f}   "
                        f"{o['ner']['precision']:.3f}  {o['ner']['recall']:.3f}  "
                        f"{el['accuracy']:.3f} ({el['right']}/{el['total']})")
    return "\n".join(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=0, help="show N examples of each error kind")
    ap.add_argument("--no-linker", action="store_true", help="score spaCy alone")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args()
    if not GUM.exists():
        sys.exit(f"{GUM} not present")
    result = run(not args.no_linker, args.examples)
    if args.json or args.examples:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    print(table(result))
