"""The quote extractor: who said what, directly or indirectly, with the cue and the speaker linked to an actor.

What: `extract_quotes(article, doc, linked)` works in three passes. (1) From the quote marks: a quoted
passage with a speech verb right after it ("“...,” Flynn, an adviser, said", "“...,” said X"), right before it
("She claimed, “...”", "added that “...”") or a signature ("“...” ― Name") is a direct quote; one that opens
mid-sentence is mixed and takes its clause ("Oz is “smart as hell,” X wrote"); short titles are skipped.
(2) From the parse: a speech verb with a clausal complement ("said that ...", "X has hurt Y, Graham said"),
a speech noun made by someone ("made a statement that ..."), or "according to X"; the content is the clause,
widened to the quotation marks it overlaps so a quote over several sentences stays whole. (3) Quoted
sentences no cue claimed continue the quote before them ("“A,” X said. “B.”"), and "Name: “...”" is Name's.
The speaker is the cue's subject (or "by"/"according to" object); its actor comes from the linker's mention
on the subject's head or its appositive ("Wang Wenbin, a spokesman for China's Foreign Ministry"); "he"/"she"
and "her data" take the last person named before. Weak cues ("suggests", "shows") need a speaker who can
speak. The speaker rules live in `quote_speakers.py`. `direct` is true when the content is all inside quote
marks.
Why: analysts weigh a claim by who made it; cues plus quote marks cover news style (direct, indirect, mixed)
on the parse the linker already paid for, with no extra model, and every field keeps its offsets.
"""
from __future__ import annotations

import bisect
import re
from types import SimpleNamespace

from ..records import Article
from ..records import Quote
from .events_rules import is_verb
from .quote_marks import DATELINE, OPEN, naming_gap, only_quoted, quote_spans
from .quote_speakers import PRONOUNS, claim_unattributed, name_of, plausible, region_speaker, speaker_of

_VERBS = ("say tell add claim declare state note argue suggest warn insist stress emphasize emphasise explain "
          "announce report write assert maintain contend acknowledge admit deny reply respond answer ask urge "
          "thunder remark observe comment predict conclude recall confirm reiterate complain allege agree "
          "believe think caution concede tweet post testify vow pledge promise proclaim mention point "
          "underline underscore highlight indicate reveal disclose estimate charge accuse boast lament "
          "acknowledge counter retort quip muse continue describe call echo cite recount inform assure "
          "signal hint speculate forecast fear")
IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
             "spoke": "speak", "spoken": "speak", "says": "say", "saying": "say"}
# heads of "according to ..." that name a measure or a rule, not someone who said something
NOT_SOURCES = {"length", "size", "share", "number", "amount", "proportion", "ratio", "scale", "weight", "volume",
               "distance", "population", "term", "rule", "law", "plan", "schedule", "principle", "formula",
               "agreement", "treaty", "constitution", "tradition", "custom", "need", "merit", "order", "rank",
               "standard", "criterion", "procedure", "protocol", "design", "instruction", "type", "age", "level"}
SPEECH_NOUNS = {"statement", "remark", "remarks", "claim", "announcement", "warning", "assertion", "declaration",
                "comment", "comments", "message", "speech", "communique", "communiqué", "allegation", "assurance",
                "pledge", "promise", "insistence", "argument", "view", "position", "accusation"}
LIGHT_FORMS = {f for v in ("make", "issue", "release", "publish", "deliver", "give", "repeat", "post") for f in
               (v, v + "s", v + "d", v + "ed", v[:-1] + "ing" if v.endswith("e") else v + "ing")} | {"made", "gave"}
_WORD = re.compile(r"\w+")
ORG_WORDS = re.compile(r"\b(?:University|Institute|Ministry|Council|Center|Centre|Foundation|Agency|Party)\b")


def _inflect(lemma: str) -> set[str]:
    base = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", base + "ed", base + "ing", lemma + "d"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):     # "admitted", "committed"
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith(("sh", "ch", "ss", "x")):
        forms.add(lemma + "es")
    return forms


CUE_FORMS: dict[str, str] = {f: v for v in _VERBS.split() for f in _inflect(v)} | IRREGULAR


def cue_lemma(tok) -> str | None:
    """The speech-verb lemma of a token, or None when it is not a speech verb."""
    low = tok.text.lower()
    form = CUE_FORMS.get(low) or ("put" if low in {"put", "puts"} and tok.i + 1 < len(tok.doc)
                                  and tok.doc[tok.i + 1].lower_ == "it" else None)   # "as X put it, “…”"
    return form if form is not None and is_verb(tok) else None   # pos_ VERB/AUX or a VB* tag


class _Ctx:
    """Per-article lookups: quote spans, mentions by position, tokens by offset."""

    def __init__(self, article: Article, doc, linked):
        self.text, self.doc, self.linked = article.text, doc, linked
        self.article_id = article.id
        self.quotes = quote_spans(self.text)
        self.q_starts = [q[0] for q in self.quotes]
        self.mentions = sorted((m for m in linked.mentions if m.actor_id or m.place_id), key=lambda m: m.start)
        self.m_starts = [m.start for m in self.mentions]
        self.persons = [m for m in self.mentions if m.label == "PERSON" and m.actor_id
                        and not ORG_WORDS.search(m.text)]      # a misread "... University" is no antecedent

    def actor_of(self, m) -> str | None:
        """The mention's actor, or for a place its country when that country is a linked actor (the store
        keeps a foreign key to actors)."""
        if m.actor_id:
            return m.actor_id
        place = self.linked.places.get(m.place_id) if m.place_id else None
        country = getattr(place, "country", None)
        return country if country in self.linked.actors else None

    def mentions_in(self, s: int, e: int) -> list:
        i = bisect.bisect_left(self.m_starts, s - 200)
        return [m for m in self.mentions[i:] if m.start < e and m.end > s][:20] if s < e else []

    def quotes_over(self, s: int, e: int) -> list[tuple[int, int]]:
        return [q for q in self.quotes if q[0] < e and q[1] > s]

    def paragraph(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, (len(self.text) if e < 0 else e)


def extract_quotes(article: Article, doc, linked) -> list[Quote]:
    """Direct and indirect quotes of the article, in text order; offsets into article.text."""
    if doc is None or not article.text:
        return []
    ctx = _Ctx(article, doc, linked if linked is not None else SimpleNamespace(mentions=[], actors={}, places={}))
    found: list[dict] = _direct(ctx)
    used = {q["cue_start"] for q in found}
    for tok in doc:
        if tok.idx in used or _quoted(ctx, tok):
            continue
        q = _from_cue(ctx, tok)
        if q and not any(f["start"] < q["end"] and q["start"] < f["end"]
                         and (f["cue_start"] == q["cue_start"] or f["start"] <= q["start"] and q["end"] <= f["end"]
                              or q["start"] <= f["cue_start"] < q["end"])    # "“…,” X said, according to Y"
                         for f in found):
            found.append(q)
    claim_unattributed(ctx, found)
    found.sort(key=lambda q: q["start"])
    return [_record(ctx, q) for q in found]


# ---- quoted passages with a cue beside them -------------------------------------------------------------
_BEFORE_GAP = re.compile(r"(?:\s+(?:\w+|\d+)){0,4}\s*[,:]\s*|\s+that\s+|\s*:?\s*")
_STOP = re.compile(r"[.;!?(]|,\s")


def _direct(ctx: _Ctx) -> list[dict]:
    """Quotes whose cue stands right after them ("“...,” Flynn, an adviser, said") or right before them
    ("She claimed, “...”"), found from the quote marks so a misparsed quote still gets its cue."""
    out = []
    for qs, qe in ctx.quotes:
        words = _WORD.findall(ctx.text[qs:qe])
        if len(words) < 2 or len(words) <= 6 and all(w[0].isupper() or len(w) < 4 for w in words):
            continue                           # a title: “Face the Nation,”
        q = _cue_after(ctx, qs, qe) or _cue_before(ctx, qs, qe) or _dash_after(ctx, qs, qe)
        if q is not None:
            out.append(q)
    return out


def _cue_after(ctx: _Ctx, qs: int, qe: int) -> dict | None:
    ps, pe = ctx.paragraph(qe - 1)
    nxt = min([s for s, _ in ctx.quotes if s >= qe] + [pe])
    span = ctx.doc.char_span(qe, nxt, alignment_mode="contract") if nxt > qe else None
    if span is None or ctx.text[qs:qe].rstrip("”’\"'»")[-1:] not in ",?!\u2014\u2013\u2026-" \
            and ctx.text[qe:qe + 1] != ",":   # "“…,” X said" ends its quote with a comma, not a full stop;
        return None                            # «…», X said (European style) puts the comma after the mark
    for k, tok in enumerate(span[:12]):
        if tok.is_sent_start and k > 0 or tok.text in {".", ";", "!", "?"}:
            return None
        if cue_lemma(tok) is None or (k > 0 and span[k - 1].text.lower() in {"to", "will", "would"}):
            continue
        before = ctx.text[qe:tok.idx].strip(" ,\u2014\u2013")
        if before and any(t.pos_ in {"VERB"} for t in span[:k]) or _LINKED.match(before):
            return None                        # "“zone of interests”, and Lavrov warned": a new clause
        if before:                             # "“…,” Flynn, a surrogate, said"
            sp = region_speaker(ctx, qe, tok.idx)
        else:                                  # "“…,” said Rep. Butterfield (D-N.C.), head of …"
            end = tok.idx + len(tok.text)
            stop = _STOP.search(ctx.text, end, nxt)
            sp = region_speaker(ctx, end, stop.start() if stop else nxt)
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.idx >= qe), None)
            if subj is not None and subj.text.lower() in PRONOUNS | {"i", "we", "they"}:
                sp = name_of(ctx, subj, tok)
        if sp is None or not plausible(cue_lemma(tok), sp):
            return None
        return {"start": _clause_start(ctx, qs), "end": qe, "cue_start": tok.idx, "cue_end": _cue_end(tok), **sp}
    return None


_LINKED = re.compile(r"(?:and|but|or|while|whereas|as|because|which|who|when)\b", re.I)
_OPENER = re.compile(r"(?:[.!?…][”\"’]?(?:\s*\[\d{1,3}\])?|[:;\u2014\u2013]|\n)\s*$")


def _clause_start(ctx: _Ctx, qs: int) -> int:
    """Where the content of "…“smart as hell,” X wrote" starts: at the quote when it opens its sentence, else
    at the sentence start (a mixed quote: "Oz is “smart as hell,”")."""
    ps = ctx.paragraph(qs)[0]
    head = ctx.text[ps:qs]
    if not head.strip() or _OPENER.search(head):
        return qs
    cut = max((m.end() for m in re.finditer(r"[.!?…][”\"’]?(?:\s*\[\d{1,3}\])?\s+|[:;]\s+", head)), default=0)
    return ps + cut


_DASH = re.compile(r"[\s\u00a0]*([\u2015\u2014\u2013-])[\s\u00a0]*([A-Z][^\n,;:]{1,60}?)[\s\u00a0]*(?:\n|$|,)")


def _dash_after(ctx: _Ctx, qs: int, qe: int) -> dict | None:
    """“...” ― Name: a quote signed with a dash and a name closing its line."""
    m = _DASH.match(ctx.text, qe)
    if m is None:
        return None
    sp = region_speaker(ctx, m.start(2), m.end(2))
    if sp is None:
        return None
    return {"start": qs, "end": qe, "cue_start": m.start(1), "cue_end": m.end(1), **sp}


def _cue_before(ctx: _Ctx, qs: int, qe: int) -> dict | None:
    ps, _ = ctx.paragraph(qs)
    span = ctx.doc.char_span(max(ps, qs - 200), qs, alignment_mode="contract")
    if span is None:
        return None
    for tok in reversed(span):
        if cue_lemma(tok) is None or _quoted(ctx, tok):
            continue
        gap = _cue_end(tok)                # "She claimed, “...”"; "called the project “...”" is mixed: the
        named = not _BEFORE_GAP.fullmatch(ctx.text, gap, qs)   # thing named is the reporter's words
        if named and not naming_gap(ctx.text, cue_lemma(tok), gap, qs):
            return None
        sp = speaker_of(ctx, tok)
        if sp is None or not plausible(cue_lemma(tok), sp):
            return None
        s = len(ctx.text) - len(ctx.text[gap:].lstrip()) if named else qs
        return {"start": s, "end": qe, "cue_start": tok.idx, "cue_end": _cue_end(tok), **sp}
    return None


# ---- cues ----------------------------------------------------------------------------------------------
def _from_cue(ctx: _Ctx, tok) -> dict | None:
    low = tok.text.lower()
    if low == "according" and any(c.text.lower() == "to" for c in tok.children):
        return _according(ctx, tok)
    lem = cue_lemma(tok)
    comp, speaker_from = None, tok
    if lem is not None:
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        # "Y condemned X, and Z said W": the parser may hang the first clause on the cue too; the content
        # is the complement after the cue when there is one
        comp = next((c for c in comps if c.i > tok.i), None) if len(comps) > 1 else (comps[0] if comps else None)
        if comp is None and tok.head.i < tok.i and (tok.dep_ == "parataxis" or tok.dep_ in {"ccomp", "advcl"}
                                                    and _quoted(ctx, tok.head)):
            comp = tok.head            # "X has hurt Y, Graham said, ...": the cue hangs under its content
    elif tok.pos_ == "NOUN" and low in SPEECH_NOUNS:
        comp = next((c for c in tok.children if c.dep_ in {"acl", "ccomp"} and _has_that(c)), None)
        if comp is None and tok.dep_ in {"dobj", "obj"} and tok.head.text.lower() in LIGHT_FORMS:
            comp = next((c for c in tok.head.children if c.dep_ == "ccomp" and _has_that(c)), None)
        speaker_from = tok.head if tok.dep_ in {"dobj", "obj"} else tok
    if comp is None:
        return None
    s, e = _clause_span(ctx, comp, tok)
    if e - s < 8:
        return None
    s, e = _widen(ctx, s, e, tok)
    speaker = speaker_of(ctx, speaker_from, tok if speaker_from is not tok else None)
    if speaker is not None and s < speaker["sp_start"] < e <= tok.idx:
        s, e = _trim(ctx, s, speaker["sp_start"])     # the content stops before ", a diplomat said"
    ps, pe = ctx.paragraph(tok.idx)
    if speaker is None or not (ps <= speaker["sp_start"] < pe or speaker["how"] == "pronoun") \
            or not plausible(lem, speaker):
        return None
    return {"start": s, "end": e, "cue_start": tok.idx, "cue_end": _cue_end(tok), **speaker}


def _has_that(tok) -> bool:
    return any(c.dep_ == "mark" and c.text.lower() in {"that", "whether"} for c in tok.children) \
        or any(t.text in "“\"" for t in tok.subtree)


def _quoted(ctx: _Ctx, tok) -> bool:
    return _in_quote(ctx, tok.idx)


def _cue_end(tok) -> int:
    """End of the cue phrase: the verb with its particle ("pointed out", "according to", "put it")."""
    end = tok.idx + len(tok.text)
    for c in tok.children:
        if c.dep_ == "prt" or (tok.text.lower() == "according" and c.text.lower() == "to"):
            end = max(end, c.idx + len(c.text))
    if tok.text.lower() in {"put", "puts"}:                # "put it"
        end = tok.doc[tok.i + 1].idx + 2
    return end


def _clause_span(ctx: _Ctx, comp, cue) -> tuple[int, int]:
    """The complement's span, its "that" included, cut at the cue, at another cue conjoined inside it ("believed
    that X and stated that Y"), at the end of the sentence and at the paragraph's edges."""
    drop = {cue.i}
    for t in comp.subtree:
        if t.i != comp.i and t.dep_ == "conj" and cue_lemma(t) and any(c.dep_ == "ccomp" for c in t.children):
            drop |= {x.i for x in t.subtree}
    toks = [t for t in comp.subtree if t.i not in drop and (t.i == comp.i or not _under(t, cue, comp))]
    if not toks:
        return 0, 0
    s = min(t.idx for t in toks)
    e = max(t.idx + len(t.text) for t in toks)
    if s < cue.idx < e:            # a complement parsed around its cue: keep the side the complement's head is on,
        # and on the left stop before the cue's own subject ("..., the defence ministry said, closing ...")
        s, e = (cue.idx + len(cue.text), e) if comp.i > cue.i else (s, min(cue.idx, max(s, cue.left_edge.idx)))
    ps, pe = ctx.paragraph(cue.idx)
    s, e = max(s, ps), min(e, pe)
    if s > cue.idx:                # content after its cue ends with the sentence (outside quotation marks)
        for m in SENT_END.finditer(ctx.text, s, e):
            if not _in_quote(ctx, m.start()):
                e = m.start() + 1
                break
    return _trim(ctx, s, e)


def _under(t, cue, top) -> bool:
    """True when the path from t up to `top` passes through `cue`."""
    for a in t.ancestors:
        if a.i == top.i:
            return False
        if a.i == cue.i:
            return True
    return False


SENT_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?](?:\[\d+\])?\s+(?=[A-Z“\"])")
_TAIL = re.compile(r"(?:\s*\[\d*\]?|\s+(?:and|but|or)|[\s,;:—–\-.])+$")


def _trim(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """Drop footnote markers, dangling conjunctions and punctuation at the edges (a full stop inside a quote
    stays)."""
    while True:
        m = _TAIL.search(ctx.text, s, e)
        if not m or m.start() == e:
            break
        cut = m.start()
        if ctx.text[cut:e].lstrip().startswith(".") and _in_quote(ctx, cut):
            break
        e = cut
    while s < e and ctx.text[s] in " ,;:—–\n":
        s += 1
    line = DATELINE.match(ctx.text, s, e) if s == 0 or ctx.text[s - 1] == "\n" else None
    return (line.end() if line else s), e        # "ISTANBUL — Turkey and ...": the place is the reporter's


def _in_quote(ctx: _Ctx, pos: int) -> bool:
    i = bisect.bisect_right(ctx.q_starts, pos) - 1       # quote spans are sorted and do not overlap
    return i >= 0 and pos < ctx.quotes[i][1]


def _widen(ctx: _Ctx, s: int, e: int, cue) -> tuple[int, int]:
    """Stretch a content span to the whole quotations it overlaps (never over the cue itself)."""
    for qs, qe in ctx.quotes_over(s, e):
        if qs < cue.idx < qe:
            continue
        s, e = min(s, qs), max(e, qe)
    return s, e


def _according(ctx: _Ctx, tok) -> dict | None:
    to = next(c for c in tok.children if c.text.lower() == "to")
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None or obj.text.lower() in NOT_SOURCES or obj.text.lower().removesuffix("s") in NOT_SOURCES:
        return None                   # "share the cost according to the length of track" names no source
    clause = tok.head
    while clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "conj" and clause.i < tok.i and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head      # "X blocked the road and opened fire, according to Y": Y vouches for both
    skip = {t.i for t in tok.subtree}
    for ap in (c for c in obj.children if c.dep_ == "appos" and c.right_edge.i + 1 < len(tok.doc)):
        if not tok.doc[ap.right_edge.i + 1].is_punct and ap.right_edge.i + 1 not in skip:
            skip -= {t.i for t in ap.subtree}   # an "appositive" no comma closes is the clause's subject
    toks = [t for t in clause.subtree if t.i not in skip and not t.is_punct]
    if not toks:
        return None
    s, e = min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)
    ps, pe = ctx.paragraph(tok.idx)
    s, e = _trim(ctx, max(s, ps), min(e, pe))         # "history.[21" glued by the tokenizer
    if e - s < 8:
        return None
    speaker = name_of(ctx, obj, tok)
    return {"start": s, "end": e, "cue_start": tok.idx, "cue_end": _cue_end(tok), **speaker, "how": "according"}


def _record(ctx: _Ctx, q: dict) -> Quote:
    s, e = q["start"], q["end"]
    body = ctx.text[s:e]
    inner = re.sub(r"^(that|whether)\s+", "", body.strip(), flags=re.I).rstrip(".,;: ")
    i0, i1 = (s + body.find(inner[0]), s + body.rfind(inner[-1]) + 1) if inner else (s, s)
    direct = bool(inner) and (inner[0] in OPEN + '"\'') \
        and all(qs >= s and qe <= e for qs, qe in ctx.quotes_over(s, e)) \
        and only_quoted(ctx.text, ctx.quotes_over(i0, i1), i0, i1)
    cue = q.get("cue")
    if cue is None:
        cue = ctx.text[q["cue_start"]:q["cue_end"]]
    return Quote(article_id=ctx.article_id, speaker_actor_id=q.get("actor"), speaker_text=q.get("speaker"),
                 text=body, cue=cue, direct=direct, start=s, end=e, speaker_start=q.get("sp_start", -1),
                 speaker_end=q.get("sp_end", -1), cue_start=q["cue_start"] if cue else -1,
                 cue_end=q["cue_end"] if cue else -1, how=q.get("how", ""))

