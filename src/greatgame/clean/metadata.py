"""Metadata of an article found in plain text: date, author, site, title lines.

What: recognisers for the short lines around an article title (dates in
many languages, "Published"/"on"/"By ..." bylines, a name alone under the
title, image credits, reading times), an end-of-article author bio ("X is a
researcher at ..."), and the site name from the page title line
("Title | Site") or the URL.
Why: the segmenter uses these lines both as evidence that a title starts an
article and as the article's metadata; dates go through `dateparser` only
after a cheap regex found a date-shaped piece, which keeps it fast and
multilingual.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sep(?:t|tember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|"
    r"ноябр[ья]|декабр[ья]|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
)
_DATE_PIECE = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!\w)",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d/.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d/.])")
_META_WORDS = re.compile(
    r"^(?:published|posted|updated|last updated|on|by|date|written by|author|authors|"
    r"pubblicato(?: il)?|aggiornato(?: il)?|di|опубликовано|обновлено|автор|publié(?: le)?|par|"
    r"veröffentlicht(?: am)?|von|publicado(?: el)?|por|yayınlanma|yazar)\s*:?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:(?:written|posted|reported|story|text|words)\s+)?(?:by|di|par|von|por|автор:?|yazar:?|"
    r"текст:?)\s+(.{3,80})$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:image|photo|picture|pic|foto|photograph|credit|source|caption|фото|изображение|kaynak|"
    r"image source|photo credit|cover image)s?\b.{0,200}$",
    re.IGNORECASE,
)
_READING = re.compile(
    r"^(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"tempo de leitura|время чтения|okuma süresi)\s*:?\s*)?"
    r"\d+\s*(?:min(?:ute)?s?|minuti|minuten|minutos|мин(?:ут[ыа]?)?|dk|dakika)\.?\s*"
    r"(?:read|di lettura|de lecture|de lectura|de leitura|lesezeit|чтения|okuma)?$",
    re.IGNORECASE)
# header chrome of think-tank pages: the author's affiliation under the name ("Senior Fellow at the Security
# Programme") and the file links ("Download PDF", "Download the full report (PDF, 2 MB)")
_AFFILIATION = re.compile(
    r"^(?:(?:senior|junior|associate|assistant|deputy|visiting|non-?resident|research|chief|executive|managing|"
    r"principal|distinguished)\s+)*(?:fellow|researcher|analyst|editor|professor|lecturer|"
    r"correspondent|consultant|scholar)"
    r"(?:\s*,\s*|\s+(?:at|of|in|with|for)\s+(?:the\s+)?)[A-ZÀ-ÖØ-ÞА-ЯЁ][^.!?]{2,80}$", re.IGNORECASE)
_FILE_LINK = re.compile(
    r"^(?:download|print|view|get|read)\s+(?:the\s+|this\s+)?(?:full\s+)?(?:pdf|report|brief|paper|"
    r"publication|text|version|document)(?:\s+(?:as\s+)?(?:pdf|version))?\s*(?:\((?:pdf|\d)[^)]{0,30}\))?$"
    r"|^pdf(?:\s*\([^)]{0,30}\))?$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*|de|da|di|del|van|von|der|al|el|bin|ibn|le|la)$")
_BIO = re.compile(
    r"^((?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+){1,3})"
    r",?\s+(?:is|was|serves as|works as|has been)\s+(?:a|an|the|currently|senior|former|an?\s+\w+)\b"
    r".{0,160}?\b(?:researcher|analyst|journalist|professor|fellow|writer|editor|correspondent|director|"
    r"student|scholar|expert|lecturer|consultant|author|contributor|reporter|columnist|associate|"
    r"candidate|economist|historian|diplomat|ambassador|founder|head|member|graduate|specialist)",
)
# the same bio in the languages of our sources' sites ("Anna Schmidt ist Redakteurin beim ...", "X est
# chercheuse à ...", "X es periodista de ...", "X — журналист ...")
_BIO_OTHER = re.compile(
    r"^((?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+){1,3})"
    r",?\s+(?:ist|war|arbeitet als|est|était|travaille comme|es|fue|trabaja como|è|era|lavora come|é|foi|"
    r"trabalha como|[—–-]|является|работает|bir|olarak)\s+.{0,60}?"
    r"(?:redakteur|journalist|korrespondent|analyst|forscher|wissenschaftler|professor|mitarbeiter|autor|"
    r"chercheu|rédact|correspondant|analyste|professeu|directeu|directri|journaliste|spécialiste|"
    r"periodista|investigador|analista|corresponsal|profesor|redactor|editor|director|"
    r"giornalista|ricercat|corrispondente|redattore|redattrice|docente|jornalista|pesquisador|"
    r"журналист|аналитик|исследовател|корреспондент|редактор|эксперт|профессор|научн|"
    r"gazeteci|muhabir|araştırmacı|editör|akademisyen)",
    re.IGNORECASE)
_ARTICLES = {"the", "this", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las",
             "il", "lo", "gli", "o", "os", "uma", "um"}
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|·|•|«|»)\s+")


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """ISO date of the first full date (day, month, year) in a short piece of text."""
    m = _ISO.search(text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE_PIECE.search(text)
    if m:
        return _dateparser(m.group(0))
    m = _DMY.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _iso(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _dateparser(piece: str) -> str | None:
    import dateparser   # imported lazily: it takes a moment to load

    try:
        dt = dateparser.parse(piece, settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                               "PREFER_DATES_FROM": "past"})
    except Exception:   # dateparser raises assorted errors on odd input
        return None
    return _iso(dt.year, dt.month, dt.day) if dt else None


_NOTE = re.compile(r"^\d{1,3}\s+\S")


def date_line(text: str) -> str | None:
    """ISO date when a short line is essentially a dateline. A numbered note that cites a dated source
    ("2 Daily Sabah, "Erdogan calls for unity," 11 November 2022.": a number, eight or more words, a full
    stop) is no dateline, though it holds a date."""
    if len(text) > 120 or len(text.split()) > 16:
        return None
    t = text.strip()
    if _NOTE.match(t) and t.endswith(".") and len(t.split()) >= 8 and not (
            _DATE_PIECE.match(t) or _DMY.match(t) or _ISO.match(t)):
        return None
    return parse_date(text)


def is_name(text: str) -> bool:
    """A person's name alone on a line ("Giulia Sciorati")."""
    parts = text.replace(",", " ").split()
    if not 2 <= len(parts) <= 4 or any(ch.isdigit() for ch in text):
        return False
    if not all(_NAME_TOKEN.match(p) for p in parts):
        return False
    return sum(p[0].isupper() for p in parts) >= 2 and not text.endswith((".", ":", "?", "!"))


def byline_author(text: str) -> str | None:
    """Author named by a byline ("By Jane Doe", "By Jane Doe and John Roe | May 2")."""
    m = _BYLINE.match(text.strip())
    if not m:
        return None
    name = re.split(r"\s*(?:\||,\s*(?:\d|[a-z])|\s[-–—]\s|\bon\b|\bpublished\b|\bupdated\b|\d)", m.group(1))[0]
    name = name.strip(" ,;:|-")
    words = name.replace(" and ", " ").replace(" & ", " ").split()
    if not 1 <= len(words) <= 8 or not all(w[0].isupper() or w in ("de", "van", "von", "al") for w in words):
        return None
    return name


def bio_author(text: str) -> str | None:
    """Name at the head of an end-of-article bio ("Jane Doe is a researcher at ...")."""
    m = _BIO.match(text.strip()) or _BIO_OTHER.match(text.strip())
    words = m.group(1).split() if m else []
    if m and (not all(w[0].isupper() for w in words) or words[0].lower() in _ARTICLES):
        return None     # a lower-case word (IGNORECASE lets one in) or "Die Regierung ist ...": no name
    return m.group(1) if m else None


@lru_cache(maxsize=8192)
def is_meta(text: str) -> bool:
    """A short line that belongs to an article header: date, byline, credit, reading time."""
    t = text.strip()
    if not t or len(t) > 160:
        return False
    return bool(_META_WORDS.match(t) or byline_author(t) or date_line(t) or _CREDIT.match(t)
                or _READING.match(t) or is_name(t) or header_chrome(t))


def header_chrome(text: str) -> bool:
    """An author's affiliation line or a file link ("Download PDF") of an article header: neither title,
    author nor body."""
    t = text.strip()
    return len(t.split()) <= 14 and bool(_AFFILIATION.match(t) or _FILE_LINK.match(t))


def is_dateline_or_byline(text: str) -> bool:
    """is_meta without the bare-name case: safe to drop anywhere inside a body."""
    t = text.strip()
    if not t or len(t) > 160:
        return False
    return bool(_META_WORDS.match(t) or byline_author(t) or date_line(t) or _CREDIT.match(t)
                or _READING.match(t))


def header_meta(lines: list[str]) -> tuple[str | None, str | None]:
    """(author, published) read from the meta lines under a title."""
    author = published = None
    for t in lines:
        if published is None:
            published = date_line(t)
        if author is None:
            author = byline_author(t)
            if author is None and is_name(t) and not _CREDIT.match(t) and not header_chrome(t):
                author = t.strip()
    return author, published


def split_page_title(line: str) -> tuple[str, str | None]:
    """("Title", "Site") from a page title line such as "Title | Site"; site None if no separator."""
    parts = _TITLE_SEP.split(line.strip())
    if len(parts) < 2:
        return line.strip(), None
    first, last = parts[0], parts[-1]
    if len(last.split()) <= 5 and len(last) <= 40:
        return " - ".join(parts[:-1]) if len(parts) > 2 else first, last
    if len(first.split()) <= 4 and len(first) <= 30:
        return " - ".join(parts[1:]), first
    return line.strip(), None


def site_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host or None


_RIGHTS = (r"(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
           r"tutti i diritti riservati|todos os direitos reservados|все права защищены|tüm hakları saklıdır)")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?"
                        rf"([A-ZÀ-ÖØ-ÞА-ЯЁ][\w&'’ .-]{{2,60}}?)[.,]?\s*(?:{_RIGHTS}\.?)?\s*$", re.I)


# the name before the sign: "Silk Road Monitor © 2022. All rights reserved."
_COPYRIGHT_AFTER = re.compile(r"^\s*([A-ZÀ-ÖØ-ÞА-ЯЁ][\w&'’ .-]{2,60}?)\s*(?:©|\(c\)|Copyright)\s*"
                              r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[.,]?\s*"
                              rf"(?:{_RIGHTS}\.?)?\s*$", re.I)


def site_from_copyright(lines: list[str]) -> str | None:
    """The site named in a footer's copyright line ("© 2023 Pamir Policy Review. All rights reserved."),
    searched from the bottom, in the languages of our sources ("© 2022 Евразийский обзор. Все права
    защищены."); None when there is none. A text scrape often keeps no page title but the footer."""
    for text in reversed(lines):
        m = _COPYRIGHT.match(text) or _COPYRIGHT_AFTER.match(text)
        if m and len(m.group(1).split()) <= 6 and not re.search(rf"\d|^{_RIGHTS}", m.group(1), re.I):
            return m.group(1).strip()
    return None

