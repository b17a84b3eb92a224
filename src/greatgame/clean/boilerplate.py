"""Line features and boilerplate classification for plain-text pages.

What: cuts a scraped page's visible text into lines, describes each line by
language-light features (length, sentence punctuation, stop-word density in
several languages, digit share, bullet marks, repetition elsewhere on the
page, "2 hours ago" stamps, teaser endings, known boilerplate phrases) and
labels it good / near / short / bad / ref, then smooths the labels over
neighbours so that short lines inside prose survive and short lines inside
menus die.
Why: a plain-text dump has no markup left, so the only evidence of what is
article and what is chrome is the shape of each line and of its
neighbourhood (the idea behind jusText's context-sensitive classification,
re-done here for lines of text instead of HTML blocks).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
_BULLET = re.compile(r"^\s*(?:[•·▪►●◦*\-–—»>]|\d{1,2}[.)](?=\s))\s*")

# Small hand-written stop-word lists: enough to tell running prose from
# menus and headings in the languages of the project's sources.
_STOP = set("""
the a an of to in and or but is are was were be been being it its this that these those for on with as by at
from has have had not no he she they we you i his her their our your them him who which what when where
will would can could should may might also than then there here about into over after before more most
such if so do does did just only all any some other new said says one two
il lo la i gli le un una di da del della dei delle che e è non per con su al alla nel nella sono come anche
ma più o se ha hanno essere stato questo questa tra fra dal dalla sul sulla degli ai agli
le la les un une des de du et est sont pour dans que qui ne pas sur au aux avec ce cette par plus ou il elle
ils été être mais se son sa ses leur
der die das den dem des ein eine einer und ist sind nicht mit von zu im in auf für sich auch es als an
wie aus bei nach oder wird werden hat haben wurde
el los las unos unas y en es son por con para se su sus al lo como más pero del o fue ha han que
o os as um uma e em no na nos nas do da dos das para com não por se foi
и в во не на с со что как по к но из у за от до же о об это он она они мы вы его её их был была были
бы для то так уже или если также при после между только более чем ещё
ve bir bu da de ile için olarak gibi daha çok ama en şu o ki ne ya
yang dan di ke dari ini itu dengan untuk tidak ada karena pada juga akan atau sudah saat jadi oleh dalam
het een van op te niet zijn voor met ook maar bij naar dan om
się nie że do jest jak ale od po tak za już tylko przez był
""".split())

_SENT_END = re.compile(r"[.!?。！？…:;»”\"’')\]]\s*$")
_SENT_INNER = re.compile(r"[.!?](?:\s|$)|[。！？]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_TEASER = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")
_TIMESTAMP = re.compile(
    r"\b\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d+\s*(?:minuti|ore|giorni|settimane|mesi)\s+fa\b"
    r"|\b\d+\s*(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи])\s+назад\b"
    r"|\bil y a \d+\s*(?:min|minutes?|heures?|jours?)\b"
    r"|\bvor \d+\s*(?:Minuten?|Stunden?|Tagen?)\b"
    r"|\bhace \d+\s*(?:minutos?|horas?|días?)\b"
    r"|\b\d+\s*(?:dakika|saat|gün)\s+önce\b",
    re.IGNORECASE,
)
# Phrases that, on a short line, mark page chrome in several languages.
_CHROME = re.compile(
    r"^(?:share|tweet|email|e-mail|print|comments?|reply|leave a (?:comment|reply)|advertisement|advertising|"
    r"sponsored|related|related (?:articles?|stories|posts|news)|read more|read next|continue reading|"
    r"more from|more stories|recommended|popular|most (?:read|popular|viewed)|trending|latest|latest news|"
    r"you (?:may|might) also like|also read|see also|next (?:post|article)|previous (?:post|article)|"
    r"follow us|connect with us|subscribe|sign up|sign in|log ?in|log out|register|newsletter|search|menu|"
    r"home|skip to (?:main )?content|back to top|tags?|topics|filed under|categories|publications|"
    r"salta al contenuto(?: principale)?|leggi anche|ti potrebbero interessare anche|iscriviti|"
    r"versione stampabile|condividi|seguici|lascia un commento|annulla risposta|devi essere connesso|"
    r"you must be logged in|"
    r"читайте также|поделиться|подписаться|подписывайтесь|комментарии|главная|"
    r"lire aussi|partager|à lire aussi|weiterlesen|teilen|mehr zum thema|leer más|compartir|"
    r"ilgili haberler|paylaş)\b",
    re.IGNORECASE,
)
_CHROME_ANY = re.compile(
    r"all rights reserved|©|\(c\) \d{4}|copyright|cookies?\b|privacy policy|terms of (?:use|service)|"
    r"javascript|newsletter|subscribe|iscriviti|newsletters?|unsubscribe|tutti i diritti|"
    r"все права защищены|tous droits réservés|alle rechte vorbehalten|click here|sign up for|"
    r"follow (?:us|@)|share (?:this|on)|image credit|photo credit|getty images|shutterstock",
    re.IGNORECASE,
)
_CONSENT = re.compile(
    r"\bcookies?\b.{0,200}\b(?:website|browser|consent|opt[- ]out|accept|experience|third[- ]party|"
    r"necessary|sito|esperienza|navigazione|consenso|utilizziamo|site|navigation|utilisons|verwenden|"
    r"используем|сайт)|\b(?:website|site|we) uses? cookies\b",
    re.IGNORECASE,
)
# "Read more: <another article's title>" between paragraphs: a link to drop, not the end of the prose
_INLINE_LINK = re.compile(
    r"^(?:read more|read also|also read|see also|related(?: articles?| stor(?:y|ies)| posts?| news| coverage)?|"
    r"more on this(?: story)?|recommended|leggi anche|vedi anche|à lire aussi|lire aussi|voir aussi|"
    r"читайте также|см\. также|mehr zum thema|lesen sie auch|siehe auch|lea también|ver también|"
    r"leia também|veja também|ayrıca okuyun|ilgili haber)\s*[:：»>|–—-]\s*\w.{2,200}$",
    re.IGNORECASE,
)
_REF = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.\s|\^|\(\d{1,3}\)\s)")
# a bibliography entry: "Surname, Given I. Title. Place: Publisher, 2013." (name first, a year inside)
_BIB = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][a-z]+(?: [A-Z]\.| [A-Z][a-z]+){0,2}\.? "
                  r"(?=.*\b(?:1[89]|20)\d\d\b).{20,}[.)]$")
_LATIN_OR_CYR = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_CYRILLIC = re.compile(r"[Ѐ-ӿ]")


@dataclass(slots=True)
class Line:
    """One non-empty line of a page and what we know about it."""

    index: int          # position in the page's list of lines (blank lines included)
    text: str           # stripped, bullet mark removed
    raw: str
    words: int
    chars: int
    stop_ratio: float
    sentences: int
    ends_sentence: bool
    bullet: bool
    repeated: bool
    label: str = "short"     # good | near | short | bad | ref | link (an inline "Read more: ..." line)
    blank_before: bool = True


def _stop_ratio(tokens: list[str], text: str) -> float:
    if not tokens:
        return 0.0
    letters = _LATIN_OR_CYR.findall(text)
    if len(letters) < 0.3 * max(1, sum(ch.isalpha() for ch in text)):
        return -1.0                     # script without our stop lists: unknown
    ratio = sum(t.lower() in _STOP for t in tokens) / len(tokens)
    if len(_CYRILLIC.findall(text)) > len(letters) / 2:
        ratio *= 1.5            # Russian has no articles: fewer stop words in the same prose
    return ratio


def norm_key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def make_lines(text: str) -> list[Line]:
    """Non-empty lines with features; `index` counts all physical lines."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    keys = Counter(norm_key(r) for r in raw_lines if r.strip())
    out: list[Line] = []
    prev_blank = True
    for i, raw in enumerate(raw_lines):
        s = " ".join(raw.replace("\u00a0", " ").split())
        if not s:
            prev_blank = True
            continue
        m = _BULLET.match(s)
        bullet = bool(m) and not _REF.match(s) and m.end() < len(s)
        body = s[m.end():] if bullet else s
        tokens = _WORD.findall(body)
        key = norm_key(body)
        cjk = len(_CJK.findall(body))    # no spaces between words: count two signs as a word
        out.append(Line(
            index=i, text=body, raw=raw, words=len(tokens) + cjk // 2, chars=len(body),
            stop_ratio=_stop_ratio(tokens, body), sentences=len(_SENT_INNER.findall(body + " ")),
            ends_sentence=bool(_SENT_END.search(body)), bullet=bullet,
            repeated=keys[norm_key(raw)] > 1 and len(key) > 0, blank_before=prev_blank,
        ))
        prev_blank = False
    return out


def is_timestamp(text: str) -> bool:
    return bool(_TIMESTAMP.search(text))


def is_teaser(line: Line) -> bool:
    """A one-sentence cut-off preview of another article ("... the government said...")."""
    return bool(_TEASER.search(line.text)) and line.words >= 5 and line.chars < 400


def is_chrome(line: Line) -> bool:
    if line.words <= 8 and _CHROME.match(line.text):
        return True
    if line.words <= 25 and _CHROME_ANY.search(line.text):
        return True
    return False


def _prose_ok(line: Line, min_ratio: float) -> bool:
    return line.stop_ratio < 0 or line.stop_ratio >= min_ratio


def classify(line: Line) -> str:
    """Context-free label of one line."""
    t = line.text
    alpha = sum(ch.isalpha() for ch in t)
    if line.words == 0 or alpha < 0.5 * len(t.replace(" ", "")) and not _REF.match(t):
        return "bad"
    if is_timestamp(t) and line.words <= 12:
        return "bad"
    if line.words <= 30 and _INLINE_LINK.match(t):
        return "link"
    if is_chrome(line):
        return "bad"
    if is_teaser(line):
        return "bad"
    if _CONSENT.search(t):
        return "bad"
    if (_REF.match(t) or _BIB.match(t)) and line.chars >= 30 and not line.bullet:
        return "ref"
    long_enough = line.words >= 20 or (line.stop_ratio < 0 and line.chars >= 70)
    if long_enough and (line.sentences >= 1 or line.chars >= 200) and _prose_ok(line, 0.18):
        return "good"
    if line.repeated:
        return "bad"
    if line.words >= 40 and _prose_ok(line, 0.1):
        return "good"
    if line.chars >= 150 and line.sentences >= 2 and line.stop_ratio < 0.06:
        return "good"          # prose in a language our stop lists do not cover
    if line.words >= 7 and line.ends_sentence and _prose_ok(line, 0.15) and line.sentences >= 1:
        return "near"
    if line.words >= 12 and _prose_ok(line, 0.22):
        return "near"
    return "short"


def label_lines(lines: list[Line]) -> list[Line]:
    """Classify each line, then smooth the labels over neighbours."""
    for ln in lines:
        ln.label = classify(ln)
    # a cut-off last paragraph right after prose (paywalls) is not a teaser of another article
    for n in range(1, len(lines)):
        if lines[n].label == "bad" and lines[n - 1].label == "good" and is_teaser(lines[n]) \
                and classify_text_only(lines[n]) == "good":
            lines[n].label = "near"
    _smooth(lines)
    return lines


def classify_text_only(line: Line) -> str:
    """Label of a line judged on its prose alone, ignoring the teaser ending."""
    long_enough = line.words >= 20 or (line.stop_ratio < 0 and line.chars >= 70)
    return "good" if long_enough and _prose_ok(line, 0.18) else "short"


def _neighbour(lines: list[Line], i: int, step: int, skip: tuple[str, ...]) -> str | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].label not in skip:
            return lines[j].label
        j += step
    return None


def _smooth(lines: list[Line]) -> None:
    # near lines next to good prose become good; near lines among junk become short
    labels = [ln.label for ln in lines]
    for i, ln in enumerate(lines):
        if labels[i] != "near":
            continue
        prev = _neighbour(lines, i, -1, ("near", "short", "link"))
        nxt = _neighbour(lines, i, 1, ("near", "short", "link"))
        if "good" in (prev, nxt) or "ref" in (prev, nxt):
            ln.label = "good"
        elif prev in ("bad", None) and nxt in ("bad", None):
            ln.label = "short"
    # runs of short lines: kept between prose (lists, subheadings), dropped next to junk
    i = 0
    while i < len(lines):
        if lines[i].label != "short":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].label == "short":
            j += 1
        prev = _neighbour(lines, i, -1, ("link",))
        nxt = _neighbour(lines, j - 1, 1, ("link",))
        run = j - i
        if prev in ("good", "ref") and nxt in ("good", "ref") and run <= 12:
            keep = "keep"
        elif nxt in ("good", "ref") and run <= 3:
            keep = "head"          # heading(s) before prose: decided by the segmenter
        else:
            keep = "bad"
        for k in range(i, j):
            lines[k].label = "list" if keep == "keep" else keep
        i = j
