"""Turn raw page bytes into text without mojibake.

What: ``decode(data, declared)`` tries, in order, a byte-order mark, the
declared charset (HTTP header or ``<meta>``), strict UTF-8, and finally
detection: charset-normalizer's guesses plus the common legacy web encodings,
each decoded and scored by how implausible its words look (mixed scripts in
one word, Latin words made mostly of accented letters, case flipping inside a
word, stray symbols); the least implausible wins. Helpers read a charset from
a Content-Type value and from an HTML head.
Why: scraped Central Asian and Russian pages still arrive in cp1251/KOI8-R and
European ones in latin-1; charset-normalizer alone misreads short pages (it
took a German latin-1 paragraph for Shift-JIS), so its guesses are checked
against a word-level plausibility score before one is accepted.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from greatgame.errors import GGError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers treat as a superset (WHATWG Encoding Standard).
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
    "tis-620": "cp874", "iso-8859-11": "cp874", "ks_c_5601-1987": "euc-kr", "x-sjis": "shift_jis",
    "x-cp1251": "cp1251", "x-cp1250": "cp1250", "win-1251": "cp1251", "utf8": "utf-8",
}
_SINGLE_BYTE = {"cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
                "koi8-r", "koi8-u", "iso8859-2", "iso8859-5", "iso8859-15", "mac-cyrillic", "cp866"}
# Tie-break order for detection: the web's commonest legacy encodings first.
_FALLBACKS = ("cp1252", "cp1251", "koi8-r", "cp1250", "cp1254", "cp1253", "cp1256", "cp1255",
              "cp1257", "iso8859-15", "cp866", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr")
_SAMPLE = 64 * 1024
_WORD = re.compile(r"[^\s\d_.,;:!?()\[\]{}\"'«»„“”‘’\-–—/\\|*#+=<>&%@$^~`]+")
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XMLDECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown or useless."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    if codec in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None   # a BOM or nothing decides; an 8-bit page labelled UTF-16 is a known lie
    return codec


def charset_from_content_type(value: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type value (``text/html; charset=...``)."""
    if not value:
        return None
    m = _CT_CHARSET.search(value)
    return normalize_charset(m.group(1)) if m else None


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (<meta> or XML declaration)."""
    head = data[:4096]
    m = _XMLDECL.match(head) or _META.search(head)
    return normalize_charset(m.group(1).decode("ascii", "replace")) if m else None


def _strict(data: bytes, codec: str, final: bool = True) -> str | None:
    try:
        if final:
            return data.decode(codec)
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def _script(ch: str) -> str:
    """A coarse script name of a letter: LATIN, CYRILLIC, GREEK, CJK, ..."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"):
        return "CJK"
    if first == "HALFWIDTH":
        return "HALFWIDTH"
    return first


def implausibility(text: str) -> float:
    """Share of words that look like a wrong decoding (0 = all words plausible)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    bad = 0
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if len(letters) != len(word):        # symbols, controls or marks glued into a word
            if any(unicodedata.category(c)[0] in "SCN" or unicodedata.category(c) == "Co" for c in word):
                bad += 1
                continue
        if not letters:
            continue
        scripts = {_script(c) for c in letters}
        if len(scripts) > 1 or "HALFWIDTH" in scripts:
            bad += 1
            continue
        if scripts == {"LATIN"} and len(letters) >= 3:
            accented = sum(1 for c in letters if ord(c) > 127)
            if accented / len(letters) > 0.4:
                bad += 1
                continue
        if len(letters) >= 3 and not word.isupper():
            if word[0].islower() and any(c.isupper() for c in word[1:]):
                bad += 1
            elif any(a.islower() and b.isupper() for a, b in zip(word[1:], word[2:])):
                bad += 1
    return bad / len(words)


def _detect(data: bytes) -> str | None:
    """The most plausible encoding for bytes that are not UTF-8."""
    sample = data[:_SAMPLE]
    final = len(data) <= _SAMPLE
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes
        for match in from_bytes(sample):
            codec = normalize_charset(match.encoding)
            if codec and codec not in candidates:
                candidates.append(codec)
    except Exception:       # detection is a best effort; the fallbacks below still run
        pass
    order = [c for c in _FALLBACKS[:2]] + candidates + list(_FALLBACKS[2:])
    seen: list[str] = []
    for c in order:
        c = normalize_charset(c)
        if c and c not in seen:
            seen.append(c)
    scored = []
    for rank, codec in enumerate(seen):
        text = _strict(sample, codec, final)
        if text is not None:
            scored.append((round(implausibility(text), 3), codec, rank, text))
    if not scored:
        return None
    low = min(s[0] for s in scored)
    tied = [s for s in scored if s[0] == low]
    if len(tied) > 1:
        # Equally plausible words: prefer the decoding whose letters fit some language best.
        tied.sort(key=lambda s: (-round(_coherence(s[3]), 2), s[2]))
    return tied[0][1]


def _coherence(text: str) -> float:
    try:
        from charset_normalizer.cd import coherence_ratio
        ratios = coherence_ratio(text[:8192])
    except Exception:       # an optional refinement only
        return 0.0
    return ratios[0][1] if ratios else 0.0


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: BOM, declared charset, strict UTF-8, then detection.

    Raises GGError(GG109) only when no encoding gives usable text.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is not None:
                return text
            return data[len(bom):].decode(codec, "replace")
    is_ascii = data.isascii()
    if is_ascii:
        return data.decode("ascii")
    utf8 = _strict(data, "utf-8")
    codec = normalize_charset(declared)
    if codec:
        # A page labelled with a one-byte charset but whose bytes are valid multi-byte UTF-8
        # was mislabelled: by chance legacy text is almost never valid UTF-8.
        if not (utf8 is not None and codec in _SINGLE_BYTE):
            text = _strict(data, codec)
            if text is not None:
                return text
    if utf8 is not None:
        return utf8
    guess = _detect(data)
    if guess:
        text = _strict(data, guess)
        return text if text is not None else data.decode(guess, "replace")
    lossy = data.decode("utf-8", "replace")
    if lossy.count("\ufffd") <= max(1, len(lossy) // 20):
        return lossy
    raise GGError("GG109", "text encoding could not be decoded")
