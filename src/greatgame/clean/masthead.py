"""The site's name from a plain-text page's masthead.

What: `site_from_masthead(lines, bodies)` returns one of the page's first lines when it is a short name
("Silk Road Monitor") that the page repeats in a copyright line among its last lines, and is neither a
menu item, a date nor part of an article body; else None.
Why: a text scrape often keeps neither a "Title | Site" line nor a URL; the site's name then survives only
as the logo text at the top and again in the footer. Requiring both places keeps a headline or a section
name at the top of the page from passing as the site.
"""
from __future__ import annotations

import re

from .boilerplate import Line, is_chrome, norm_key
from .metadata import date_line

_RIGHTS = re.compile(r"©|\(c\)|copyright|rights reserved|droits réservés|rechte vorbehalten|derechos reservados|"
                     r"diritti riservati|direitos reservados|права защищены|hakları saklıdır", re.I)

FOOTER_LINES = 12        # how far up from the bottom a footer's lines are looked for
_HEAD_LINES = 3          # the masthead is among the page's first non-empty lines


def _name_shaped(ln: Line) -> bool:
    t = ln.text
    if not 1 <= ln.words <= 6 or ln.chars > 60 or any(ch.isdigit() for ch in t):
        return False
    if t.endswith((".", ",", ";", ":", "?", "!")) or is_chrome(ln) or date_line(t):
        return False
    caps = [w for w in t.split() if w[:1].isalpha()]
    return bool(caps) and all(w[0].isupper() or len(w) <= 3 for w in caps) and caps[0][0].isupper()


def site_from_masthead(lines: list[Line], bodies: set[int]) -> str | None:
    """The first lines' short name that a footer's copyright line repeats; None when there is none.
    `bodies` holds the positions (in `lines`) of the articles' body lines."""
    start = max(len(lines) - FOOTER_LINES, _HEAD_LINES)
    for p, ln in enumerate(lines[:_HEAD_LINES]):
        if p in bodies or not _name_shaped(ln) or len(norm_key(ln.text)) < 4:
            continue
        pattern = re.compile(rf"(?:^| ){re.escape(norm_key(ln.text))}(?: |$)")
        for q in range(start, len(lines)):
            foot = lines[q]
            if q not in bodies and foot.words <= 25 and _RIGHTS.search(foot.text) \
                    and pattern.search(norm_key(foot.text)):
                return ln.text.strip()
    return None
