"""The frame extractor: which framings (colour revolution, terrorism, soft power, ...) an article applies, and
which actor applies each, with the evidence span.

What: `extract_frames(article, doc, linked)` matches the cues of every frame in data/frames/*.yaml (plus any
*.yaml in the folder named by $GREATGAME_FRAMES) against the text — Latin-script cues at word boundaries,
Chinese or Cyrillic cues anywhere, so "颜色革命 yanse geming" counts — and gives one Frame per frame and
sentence: the cue's span, the sentence as evidence, and the actor applying it. That actor is the speaker
when the cue is inside a quote; else the first subject, possessor or "by" agent linked to an actor up the
parse from the cue ("Beijing has accepted the Kazakh leadership's framing of protesters as terrorists");
None means the article's own voice. Cues inside the article's notes and references (titles of cited works)
are skipped, and so, for frames marked `skip_in_names`, are cues inside a longer organisation name.
`frames_of(frames)` counts them per article or per actor.
Why: the same events read as "colour revolution" in Beijing and Moscow and as "popular revolt" elsewhere;
which side uses which frame is the analyst's question, and cue lists in data files let users add frames for
their own topics without code.
"""
from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..records import Article
from .citations import extract_citations
from .quotes import extract_quotes
from ..records import Frame

DATA = Path(__file__).resolve().parents[1] / "data" / "frames"
ENV = "GREATGAME_FRAMES"
CLIMB = 7


@dataclass(frozen=True)
class FrameDef:
    id: str
    label: str
    cues: re.Pattern
    exclude: re.Pattern | None
    anchors: tuple[str, ...] | None = None    # lower-case literal starts of every cue, for a fast pre-check
    skip_in_names: bool = False               # a cue inside a longer organisation name is no framing


def _compile(patterns: list[str]) -> re.Pattern | None:
    """One pattern for a cue list: Latin-script cues between word boundaries, other scripts anywhere."""
    latin = [p for p in patterns or () if re.match(r"[\\A-Za-z(]", p)]
    other = [p for p in patterns or () if p not in latin]
    parts = ([rf"\b(?:{'|'.join(latin)})(?![\w-])"] if latin else []) + ([f"(?:{'|'.join(other)})"] if other else [])
    return re.compile("|".join(parts), re.I) if parts else None


def _anchor(pattern: str) -> str | None:
    """The literal text every match of `pattern` starts with (lower case), or None when it has none."""
    if re.search(r"(?<!\\)\|", re.sub(r"\([^()]*\)", "", pattern)):
        return None                                   # a top-level alternation
    m = re.match(r"[^\\()\[\]?*+{}.|^$]*", pattern)
    lit = m.group() if m else ""
    if lit and pattern[len(lit):len(lit) + 1] in {"?", "*", "{"}:
        lit = lit[:-1]                                # "colou?r": the "u" is optional
    return lit.lower() if len(lit) >= 2 else None


@lru_cache(maxsize=4)
def load_frames(extra: str | None = None) -> tuple[FrameDef, ...]:
    """The frame definitions of data/frames and of the folder `extra` (or $GREATGAME_FRAMES); a later file
    with the same id replaces the earlier one."""
    folders = [DATA] + [Path(p) for p in (extra or os.environ.get(ENV) or "").split(os.pathsep) if p]
    defs: dict[str, FrameDef] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for f in data.get("frames") or ():
                cues = _compile(f.get("cues") or [])
                if cues is None or not f.get("id"):
                    continue
                anchors = [_anchor(p) for p in f.get("cues") or []]
                defs[f["id"]] = FrameDef(f["id"], f.get("label") or f["id"].replace("_", " "), cues,
                                         _compile(f.get("exclude") or []),
                                         None if None in anchors else tuple(anchors), bool(f.get("skip_in_names")))
    return tuple(defs.values())


def extract_frames(article: Article, doc, linked, frames: tuple[FrameDef, ...] | None = None,
                   quotes: list | None = None) -> list[Frame]:
    """Frames applied in the article: one per frame and sentence, in text order. A cue inside a quote is
    applied by the quote's speaker; pass the article's quotes when they exist, else they are extracted here."""
    text = article.text
    if doc is None or not text:
        return []
    frames = frames if frames is not None else load_frames()
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    mentions = sorted((m for m in linked.mentions if m.actor_id or m.place_id), key=lambda m: m.start) \
        if linked is not None else []
    out: list[Frame] = []
    seen: set[tuple[str, int]] = set()
    low = text.lower()
    notes = None
    for fd in frames:
        for m in _matches(fd, text, low):
            k = max(bisect.bisect_right(starts, m.start()) - 1, 0)
            sent = sents[k]
            if (fd.id, k) in seen or _reference_line(text, m.start()):
                continue
            notes = [(c.start, c.end) for c in extract_citations(article)] if notes is None else notes
            if any(s <= m.start() < e for s, e in notes) or fd.skip_in_names and _in_name(m, mentions):
                continue          # a cited title ("China's Silk Road ..."), "Bureau for Human Rights"
            if fd.exclude is not None and fd.exclude.search(sent.text):
                continue
            seen.add((fd.id, k))
            if quotes is None:
                quotes = extract_quotes(article, doc, linked) if linked is not None else []
            said = next((q for q in quotes if q.start <= m.start() < q.end and q.speaker_actor_id), None)
            actor, actor_text = (said.speaker_actor_id, said.speaker_text) if said is not None \
                else _applier(doc, m.start(), mentions, linked)
            out.append(Frame(article_id=article.id, frame=fd.id, actor_id=actor, evidence=sent.text.strip(),
                             start=m.start(), end=m.end(), cue=m.group(), actor_text=actor_text))
    out.sort(key=lambda f: (f.start, f.frame))
    return out


def _matches(fd: FrameDef, text: str, low: str):
    """The cue matches of one frame, trying the expression only where a cue's literal start occurs (str.find is
    far faster than a regular expression scanning every position); a full scan when a cue has no anchor."""
    if fd.anchors is None or len(low) != len(text):
        yield from fd.cues.finditer(text)
        return
    positions = set()
    for a in fd.anchors:
        i = low.find(a)
        while i >= 0:
            positions.add(i)
            i = low.find(a, i + 1)
    end = -1
    for pos in sorted(positions):
        m = fd.cues.match(text, pos) if pos >= end else None
        if m is not None and m.end() > m.start():
            end = m.end()
            yield m


def _reference_line(text: str, pos: int) -> bool:
    """Cues inside a footnote or reference entry (a title like "China's Soft Power") are not framing."""
    line = text[text.rfind("\n", 0, pos) + 1:pos + 1]
    return re.match(r"\s*(?:\[\d+\]|\d{1,3}\.\s|\^\d)", line) is not None


def _in_name(m, mentions) -> bool:
    """Is the cue match inside a longer organisation name the linker found ("Human Rights Watch")?"""
    return any(x.label == "ORG" and x.start <= m.start() and m.end() <= x.end and x.end - x.start > m.end() - m.start()
               for x in mentions)


def _actor_on(tok, mentions, linked):
    """(actor id, text) of the linked mention covering `tok` or its compound/possessive modifiers."""
    starts = [m.start for m in mentions]
    for t in [tok] + [c for c in tok.children if c.dep_ in {"compound", "poss", "amod"}]:
        i = bisect.bisect_right(starts, t.idx) - 1
        for m in mentions[max(i - 2, 0):i + 1]:
            if m.start <= t.idx < m.end:
                aid = m.actor_id
                if aid is None and m.place_id and linked is not None:
                    aid = getattr(linked.places.get(m.place_id), "country", None)
                    aid = aid if aid in linked.actors else None     # the store keeps a foreign key to actors
                if aid:
                    return aid, m.text
    return None, None


def _applier(doc, pos: int, mentions, linked):
    """The actor applying a frame whose cue starts at `pos`: the nearest subject, possessor or agent up the
    tree that is a linked actor."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    tok = span[0]
    for _ in range(CLIMB):
        for c in tok.children:
            if c.dep_ in {"nsubj", "poss", "agent", "nsubjpass"} or (c.dep_ == "prep" and c.text.lower() == "by"):
                head = next((o for o in c.children if o.dep_ == "pobj"), c) if c.dep_ in {"agent", "prep"} else c
                aid, text = _actor_on(head, mentions, linked)
                if aid:
                    return aid, text
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None, None


def frames_of(frames: list[Frame]) -> Counter:
    """How often each frame occurs in a list of Frame records (per article, or per actor after filtering)."""
    return Counter(f.frame for f in frames)
