"""Tests of HTML article extraction (greatgame.clean.html.extract)."""
from __future__ import annotations

from greatgame.clean.html import body_text, extract

MENU = ["Home", "Politics", "Economy", "Sport", "Weather", "Subscribe"]

PARAGRAPHS = [
    "Officials in Astana and Tashkent signed a framework agreement on Tuesday to share water from "
    "the Syr Darya during the summer irrigation season, ending months of quiet negotiation.",
    "Under the deal, the upstream reservoirs will release an agreed volume each week, and a joint "
    "commission will publish the figures so that farmers downstream can plan their planting.",
    "Analysts in Bishkek said the agreement could become a model for the wider basin, although "
    "Kyrgyz officials, who were not party to the talks, asked for a seat on the new commission.",
    "The energy ministry said a separate protocol on electricity swaps would follow in the autumn, "
    "once engineers have surveyed the transmission lines that cross the border near Shymkent.",
]
FOOTNOTE = "Figures for reservoir volumes are taken from the commission's draft annex of March 2024."


def news_page() -> str:
    nav = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    related = "".join(f'<li><a href="/r{i}">Related story number {i} about caravans</a></li>' for i in range(6))
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kazakhstan and Uzbekistan agree water-sharing deal | Steppe Herald</title>
<meta property="og:title" content="Kazakhstan and Uzbekistan agree water-sharing deal">
<meta property="og:site_name" content="Steppe Herald">
<meta name="author" content="Aigerim Sadykova">
<meta property="article:published_time" content="2024-05-14T09:30:00+05:00">
<link rel="canonical" href="https://steppeherald.example/2024/05/14/water-deal">
</head><body>
<header><div class="logo">Steppe Herald</div><nav class="main-menu"><ul>{nav}</ul></nav></header>
<main><article>
<h1>Kazakhstan and Uzbekistan agree water-sharing deal</h1>
<p class="byline">By <span class="author">Aigerim Sadykova</span>,
<time datetime="2024-05-14">14 May 2024</time></p>
{body}
<div class="footnotes"><ol><li id="fn1">{FOOTNOTE}</li></ol></div>
</article>
<aside class="sidebar"><h3>Read more</h3><ul>{related}</ul></aside>
</main>
<footer><p>Copyright Steppe Herald Media Group. All rights reserved. Privacy policy. Contact us.</p></footer>
</body></html>"""


def test_news_page_article_and_metadata():
    found = extract(news_page(), "https://steppeherald.example/2024/05/14/water-deal")
    assert len(found) == 1
    art = found[0]
    assert art.extractor == "trafilatura"
    assert art.title == "Kazakhstan and Uzbekistan agree water-sharing deal"
    assert art.author == "Aigerim Sadykova"
    assert art.published == "2024-05-14"
    assert art.site == "Steppe Herald"
    for p in PARAGRAPHS:
        assert p in art.text
    # paragraphs are separated by blank lines
    assert art.text.index(PARAGRAPHS[0]) + len(PARAGRAPHS[0]) == art.text.index("\n\n" + PARAGRAPHS[1])
    for noise in ("Subscribe", "Weather", "Related story number", "All rights reserved"):
        assert noise not in art.text


def test_footnotes_kept():
    art = extract(news_page())[0]
    assert FOOTNOTE in art.text


def test_hostile_page_does_not_raise():
    hostile = ("<html><head><script>while(true){document.write('<p>x')}</script><style>p{}</style>"
               "<body><div><p>Unclosed <b>bold <i>italic <table><tr><td>cell"
               + "<div>" * 200 + "\x00\x01 stray controls \ud800 lone surrogate"
               + "<p>The border crossing at Dostyk reopened after a week of repairs, customs officers said, "
                 "and lorries carrying grain began moving again towards the Chinese side by evening.</p>"
               + "<p>Traders in Almaty welcomed the news but warned that queues would take days to clear, "
                 "because hundreds of vehicles had been waiting on the steppe since the closure.</p>"
               + "</span></td></tr>" * 50 + "<script>alert(1)</script><!-- unterminated comment")
    found = extract(hostile)
    assert len(found) == 1
    assert "border crossing at Dostyk reopened" in found[0].text
    assert "alert(1)" not in found[0].text and "document.write" not in found[0].text


def test_no_text_gives_empty_list():
    assert extract("") == []
    assert extract("<html><body><nav><a href='/'>Home</a></nav></body></html>") == []
    assert extract("\x00\x00\x00") == []
    assert extract(None) == []  # type: ignore[arg-type]


def test_body_text_blocks():
    from lxml import etree
    body = etree.fromstring("<body><head>Title</head><p>One  two</p><list><item>a</item>"
                            "<item>b</item></list><p>Three</p></body>")
    assert body_text(body) == "Title\n\nOne two\n\n- a\n- b\n\nThree"
    assert body_text(None) == ""



def test_a_bare_paragraph_fragment_gives_its_text():
    # JSON Lines records often carry only the article's markup, without <html> or <body>
    para = ("Border guards said on Tuesday that they had detained four men crossing the river near the town, "
            "the second such arrest this month. Officials said the men carried no weapons and would be "
            "questioned before a court decides whether to charge them.")
    found = extract(f"<p>{para}</p>")
    assert len(found) == 1 and found[0].text == para


def test_the_h1_title_is_not_repeated_as_the_first_paragraph():
    art = extract(news_page())[0]
    assert art.title == "Kazakhstan and Uzbekistan agree water-sharing deal"
    assert art.text.startswith(PARAGRAPHS[0])
    assert "agree water-sharing deal" not in art.text


def test_drop_title_block_keeps_a_lead_that_only_starts_like_the_title():
    from greatgame.clean.html import drop_title_block
    assert drop_title_block("Water deal signed\n\nOfficials met.", "Water Deal Signed | Steppe Herald") == \
        "Officials met."
    assert drop_title_block("Water deal signed on Tuesday by both.\n\nMore.", "Water deal signed") == \
        "Water deal signed on Tuesday by both.\n\nMore."
    assert drop_title_block("Only one block", "Only one block") == "Only one block"
