"""Pages that hold several full articles: digests, newsletters, "latest analysis" pages printed whole.

What: `split(html, url)` finds two or more article containers of the same kind (same tag and class) that
each carry their own heading and several real paragraphs, and returns one ``Extracted`` per container:
its heading as title, author and date from its byline/date elements (or a <time> tag), its text cut by
trafilatura with share bars, related-links lists and comment blocks removed. It returns None when the page
is not such a page, so the caller runs the single-article extractor.
Why: a single-article extractor keeps one article of a digest and drops the rest (or glues them together
under the page title); think-tank and news-digest pages print several articles in a row, and each needs its
own title, byline and date for the reader and for event dating. Requiring same-kind siblings with headings
and body paragraphs keeps teaser lists, comment threads and sidebars from passing as articles.
"""
from __future__ import annotations

import copy
import re
from collections import defaultdict

from greatgame.records import Extracted

from .metadata import byline_author, is_name, parse_date, split_page_title

MIN_PARA = 40          # characters of a body paragraph (a teaser line or caption is shorter)
MIN_BODY = 350         # characters of body paragraphs an article container must hold
_CONTAINER = re.compile(r"(?:^|[\s_-])(?:post|entry|story|article|hentry|item)(?:$|[\s_-])", re.I)
_JUNK = re.compile(r"(?:^|[-_])(?:share|sharing|social|related|comments?|respond|reply|newsletter|subscribe|"
                   r"tags|tag|categories|category|breadcrumbs?|pagination|pager|nav|navbar|navigation|menu|"
                   r"widget|sidebar|promo|advert|ads|cookies?|consent)(?:$|[-_])", re.I)
# WordPress marks an article with its terms ("category-central-asia tag-kazakhstan"): labels, not blocks.
_TERM = re.compile(r"^(?:category|tag|post_tag|format|status|type)-[\w-]+$", re.I)
_META = re.compile(r"meta|byline|author|date|posted|dateline|time", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4")
_BY = re.compile(r"\b(?:by|di|par|von|por)\s+([A-ZÀ-ÖØ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]+){1,3})")
_PIECES = re.compile(r"\s*(?:[|·•,;]|\s[-–—]\s)\s*")


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _junk(el) -> bool:
    """A block that is page furniture: share bars, related links, comments, menus, tag lists, banners."""
    if el.tag in ("nav", "aside", "footer", "form"):
        return True
    return any(_JUNK.search(tok) and not _TERM.match(tok) for tok in _classes(el).split())


def _paragraphs(el) -> list[str]:
    """Body paragraphs of a container (not inside junk blocks)."""
    out = []
    for p in el.iter("p"):
        if any(_junk(a) for a in p.iterancestors() if a is not el and el in a.iterancestors()) or _junk(p):
            continue
        text = " ".join(p.text_content().split())
        if len(text) >= MIN_PARA:
            out.append(text)
    return out


def _heading(el):
    for h in el.iter(*_HEADINGS):
        text = " ".join(h.text_content().split())
        if 2 <= len(text.split()) <= 30 and not any(_junk(a) for a in h.iterancestors()):
            return h, text
    return None, None


def _qualifies(el) -> bool:
    """An article container: one title heading (later headings only of a lower rank), its own byline, date
    or title link, and body paragraphs; a listing block of teasers has one heading per teaser."""
    if el.tag != "article" and not _CONTAINER.search(_classes(el)):
        return False
    title_el = _heading(el)[0]
    if _junk(el) or title_el is None or any(_junk(a) for a in el.iterancestors()):
        return False                      # a teaser in a "related" block or a sidebar is no article
    rank = _HEADINGS.index(title_el.tag)
    if any(h is not title_el and _HEADINGS.index(h.tag) <= rank and not any(_junk(a) for a in h.iterancestors())
           for h in el.iter(*_HEADINGS)):
        return False
    linked = title_el.find(".//a[@href]") is not None or title_el.getparent().tag == "a"
    author, date, _ = _byline(el, title_el)
    if not linked and not (author or date):
        return False                      # a section of one long article or a live-blog entry (a time of day)
    paras = _paragraphs(el)
    return len(paras) >= 2 and sum(map(len, paras)) >= MIN_BODY


def _containers(root) -> list:
    """The same-kind article containers of the page (innermost qualifying ones), in page order."""
    found = [el for el in root.iter("article", "div", "section", "li") if _qualifies(el)]
    ids = {id(el) for el in found}
    leaves = [el for el in found if not any(id(d) in ids for d in el.iterdescendants())]
    groups: dict[tuple, list] = defaultdict(list)
    for el in leaves:
        kind = frozenset(t for t in (el.get("class") or "").split() if not _TERM.match(t)
                         and not any(ch.isdigit() for ch in t))     # "post-123", "category-asia": per-post labels
        groups[(el.tag, kind)].append(el)
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= 2 else []


def _byline(el, title_el) -> tuple[str | None, str | None, list]:
    """(author, date, meta elements) from the container's byline/date elements and <time> tags."""
    author = date = None
    metas = []
    for sub in el.iter():
        if sub is el or sub is title_el or not isinstance(sub.tag, str):
            continue
        is_time = sub.tag == "time"
        if not (is_time or _META.search(_classes(sub)) or sub.get("rel") == "author"):
            continue
        text = " ".join(sub.text_content().split())
        if len(text) > 160 or sub.tag == "p" and len(text) >= MIN_PARA * 3:
            continue
        metas.append(sub)
        if date is None:
            date = parse_date(sub.get("datetime") or "") or parse_date(text)
        if author is None:
            author = _author(text)
    return author, date, metas


def _author(text: str) -> str | None:
    found = byline_author(text)
    if found:
        return found
    m = _BY.search(text)
    if m:
        return m.group(1)
    return next((p for p in _PIECES.split(text) if is_name(p) and not parse_date(p)), None)


def _site(root) -> str | None:
    for name in ("og:site_name", "application-name"):
        for meta in root.iter("meta"):
            if name in ((meta.get("property") or ""), (meta.get("name") or "")) and meta.get("content"):
                return " ".join(meta.get("content").split())
    title = root.find(".//title")
    return split_page_title(" ".join(title.text_content().split()))[1] if title is not None else None


def _body(el, title_el, metas) -> str:
    """The container's text by trafilatura, without its title, byline and junk blocks."""
    from lxml import html as lxml_html
    from trafilatura import bare_extraction

    from .html import SETTINGS, body_text

    drop_ids = {id(title_el)} | {id(m) for m in metas}
    order = list(el.iter())
    drop = {k for k, x in enumerate(order) if k and (id(x) in drop_ids or isinstance(x.tag, str) and _junk(x))}
    clone = copy.deepcopy(el)
    for k, x in reversed(list(enumerate(clone.iter()))):     # deepest first, so a dropped parent goes whole
        if k in drop and x.getparent() is not None:
            x.drop_tree()
    page = "<html><body>" + lxml_html.tostring(clone, encoding="unicode") + "</body></html>"
    doc = bare_extraction(page, output_format="python", with_metadata=False, **SETTINGS)
    text = body_text(getattr(doc, "body", None)) if doc is not None else ""
    return text or "\n\n".join(_paragraphs(clone))


def split(html: str, url: str | None = None) -> list[Extracted] | None:
    """One Extracted per article container of a multi-article page; None when the page is not one."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:       # lxml refuses some markup: let the single-article extractor decide
        return None
    boxes = _containers(root)
    if not boxes:
        return None
    site = _site(root)
    out = []
    for box in boxes:
        title_el, title = _heading(box)
        author, date, metas = _byline(box, title_el)
        text = _body(box, title_el, metas)
        if len("".join(text.split())) >= MIN_BODY // 2:
            out.append(Extracted(text=text, title=title, author=author, published=date, site=site, url=url,
                                 extractor="trafilatura-multi"))
    return out if len(out) >= 2 else None
