"""Tests of multi-article HTML pages (greatgame.clean.html_multi via clean.html.extract): a digest page we
wrote is cut into its articles with their own titles, bylines and dates; single-article pages, teaser
listings, live blogs and long articles split into sections stay whole."""
from __future__ import annotations

from pathlib import Path

from greatgame.clean.html import extract
from greatgame.clean.html_multi import split

DIGEST = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "steppe-policy-digest.html"
PARA = ("Officials in both capitals said the talks on water sharing would continue next month, after engineers "
        "finish a survey of the reservoirs and the canals that cross the border. ")


def _page(blocks: str) -> str:
    return (f"<html><head><title>Page | Steppe Herald</title></head><body><nav><ul><li>Home</li></ul></nav>"
            f"<main>{blocks}</main><footer>Contact | Privacy</footer></body></html>")


def test_digest_page_gives_each_article_with_its_metadata():
    found = extract(DIGEST.read_text(encoding="utf-8"), "https://steppe.example/digest/5")
    assert [a.title for a in found] == ["Astana Courts Beijing as CSTO Troops Go Home",
                                        "Dushanbe Tightens Its Grip on Gorno-Badakhshan",
                                        "SCO Members Split Over Afghan Border Security"]
    assert [a.author for a in found] == ["Daniyar Seitkali", "Farangis Azimova", "Timur Kasymov"]
    assert [a.published for a in found] == ["2022-01-24", "2022-02-03", "2022-02-09"]
    assert {a.site for a in found} == {"Steppe Policy Forum"}
    first, second, third = (a.text for a in found)
    assert first.startswith("The last of the roughly 2,000 troops") and "[3] Oleg Morozov" in first
    assert second.startswith("Tajik security forces") and third.endswith("sent deputy ministers to the meeting.")
    for text in (first, second, third):
        for chrome in ("Related Articles", "Share this", "cookies", "Most Popular", "Why the CSTO Went",
                       "By Daniyar", "Weekly Digest"):
            assert chrome not in text


def test_single_article_page_is_not_split():
    body = f"<article><h1>Water deal signed</h1><p class='byline'>By Aigerim Sadykova, 14 May 2024</p>" \
           f"<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></article>"
    assert split(_page(body)) is None
    (art,) = extract(_page(body))
    assert art.extractor == "trafilatura"


def test_teaser_listing_is_not_split():
    item = "<h3><a href='/s{0}'>Story number {0} about the border</a></h3><p>{1}</p>"
    blocks = "".join(f"<div class='item'>{item.format(i, PARA[:90])}{item.format(i + 9, PARA[:90])}</div>"
                     for i in range(4))
    assert split(_page(blocks)) is None


def test_live_blog_entries_and_article_sections_are_not_articles():
    live = "".join(f"<div class='post-entry'><h3>Update on the border crossing {i}</h3><time>1{i}:05</time>"
                   f"<p>{PARA}</p><p>{PARA}</p></div>" for i in range(3))
    assert split(_page(live)) is None
    sections = "".join(f"<div class='post-section'><h2>Part {i} of the story</h2><p>{PARA}</p><p>{PARA}</p></div>"
                       for i in range(3))
    assert split(_page(f"<h1>One long article</h1>{sections}")) is None


def test_bad_markup_is_no_multi_page():
    assert split("<<<>>>") is None
    assert split("") is None


def test_wordpress_term_classes_on_the_article_do_not_make_it_furniture():
    arts = "".join(
        f"<article id='post-{i}' class='post-{i} post type-post hentry category-central-asia tag-kazakhstan'>"
        f"<h2 class='entry-title'><a href='/p{i}'>Report number {i} on the water talks</a></h2>"
        f"<div class='entry-meta'>By Aigerim Sadykova | May {i + 1}, 2024</div>"
        f"<div class='entry-content'>" + "".join(f"<p>{k}. {PARA}</p>" for k in range(3)) + "</div>"
        f"<div class='post-tags'><a href='/t'>Kazakhstan</a> <a href='/t2'>Water and energy policy</a></div>"
        f"</article>" for i in range(2))
    found = split(_page(arts))
    assert [a.title for a in found] == ["Report number 0 on the water talks", "Report number 1 on the water talks"]
    assert [a.published for a in found] == ["2024-05-01", "2024-05-02"]
    assert all("Water and energy policy" not in a.text for a in found)


def test_long_teasers_in_a_related_block_do_not_split_the_article():
    def post(i):
        return (f"<article class='post'><h2><a href='/p{i}'>Report number {i} on the water talks</a></h2>"
                f"<time datetime='2024-05-0{i + 1}'>May {i + 1}</time>"
                + "".join(f"<p>{k}. {PARA}</p>" for k in range(3)) + "</article>")
    page = _page(post(0) + "<section class='related-posts'><h3>Read next</h3>" + post(1) + post(2) + "</section>")
    assert split(page) is None
