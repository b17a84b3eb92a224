"""The workbench in a real browser: Playwright driving Debian's chromium over a database of our own records.

Every page renders without console errors or CSP violations, search finds, a matrix cell leads to its
evidence sentences, and a hostile article's script never runs. Screenshots go to out/screenshots/ to be
looked at. Skipped when Playwright or /usr/bin/chromium is absent (`.ci/run` installs chromium).
"""
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)

from greatgame.pipeline import ArticleLayers  # noqa: E402
from greatgame.records import Actor, Article, Document, Event, Mention  # noqa: E402
from greatgame.store.sqlite import Store  # noqa: E402

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
TEXT = ("Russian troops arrived in Kazakhstan on January 6 at the request of President Tokayev.\n\n"
        "Beijing offered loans to Kazakhstan.<script>window.__pwned = 1; alert('x')</script>\n\n"
        "<img src=x onerror=\"window.__pwned = 2\"> Read <a href=\"javascript:window.__pwned=3\">more</a>.")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _build(path: Path) -> None:
    doc = Document(id="d1", path="/tmp/hostile.html", sha256="4" * 64, format="html", size=len(TEXT))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=TEXT, text_sha256="h", published="2022-01-07",
                  title="Troops <b>arrive</b>", url="javascript:window.__pwned=4", site="Steppe Wire")
    actors = {"RUS": Actor("RUS", "Russia", "state", "RUS", "GOV", ("Russian",)),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV"),
              "CHN": Actor("CHN", "China", "state", "CHN", "GOV", ("Beijing",)),
              "tokayev": Actor("tokayev", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV")}
    mentions = [Mention("a1", 0, 7, "Russian", actor_id="RUS"), Mention("a1", 26, 36, "Kazakhstan", actor_id="KAZ"),
                Mention("a1", 88, 95, "Beijing", actor_id="CHN")]
    events = [Event("a1-e0", "a1", "MOBILIZE", TEXT[:86], 0, 86, trigger="arrived", trigger_start=15,
                    trigger_end=22, cameo="150", domain="security", date="2022-01-06", source_actor_id="RUS",
                    source_text="Russian troops", target_actor_id="KAZ", target_text="Kazakhstan", rule="t"),
              Event("a1-e1", "a1", "AID", TEXT[88:124], 88, 124, cameo="071", domain="economic", date="2022-01",
                    source_actor_id="CHN", source_text="Beijing", target_actor_id="KAZ", target_text="Kazakhstan")]
    with Store(path) as s:
        s.write_document(doc, [art], layers=[ArticleLayers("a1", mentions, actors, {}, events)])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from greatgame.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "g.db"
    _build(db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


PAGES = ["/", "/search?q=troops", "/events", "/actors", "/actor/RUS", "/article/a1", "/dyad?a=Russia&b=Kazakhstan",
         "/matrix", "/network", "/map", "/timeline", "/sources"]


@pytest.mark.parametrize("url", PAGES)
def test_page_renders_without_console_errors(server, page, url):
    SHOTS.mkdir(parents=True, exist_ok=True)
    response = page.goto(server + url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    name = url.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-") or "home"
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert page.problems == []
    assert page.evaluate("window.__pwned") is None


def test_drawn_views_draw_from_their_json_twins(server, page):
    vendor = Path(__file__).resolve().parents[2] / "src" / "greatgame" / "web" / "static" / "vendor"
    page.goto(server + "/timeline")
    page.wait_for_selector("#timeline[data-ready='2']")
    assert page.locator("#timeline rect.span").count() == 2
    if (vendor / "cytoscape.min.js").exists():
        page.goto(server + "/network")
        page.wait_for_selector("#cy[data-ready='3']")
    if (vendor / "d3-geo.min.js").exists():
        page.goto(server + "/map")
        page.wait_for_selector("#map[data-ready='0']")
        assert page.locator("#map path.country").count() > 150
    assert page.problems == []


def test_search_finds_and_opens_the_article(server, page):
    page.goto(server + "/")
    page.fill("#q", "loans")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=loans")
    assert page.locator("ol.hits li mark").first.inner_text().lower() == "loans"
    page.locator("ol.hits li a").first.click()
    assert page.locator("h1").inner_text() == "Troops <b>arrive</b>"       # the tag is text, not markup


def test_matrix_cell_leads_to_its_evidence_sentence(server, page):
    page.goto(server + "/matrix")
    page.get_by_role("link", name="economic 1").click()
    page.wait_for_url("**/events?**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1
    assert "Beijing offered loans to Kazakhstan." in rows.first.inner_text()


def test_hostile_article_is_inert(server, page):
    page.goto(server + "/article/a1")
    page.wait_for_load_state("networkidle")
    body = page.locator("div.body").inner_text()
    assert "<script>window.__pwned = 1; alert('x')</script>" in body      # shown, as text
    assert page.locator("div.body script, div.body img, div.body a[href^='javascript']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.get_by_text("more").first.click()                                   # the text's link is not a link
    assert page.evaluate("window.__pwned") is None and page.problems == []


def test_keyboard_and_narrow_window(server, browser):
    context = browser.new_context(viewport={"width": 380, "height": 800})
    pg = context.new_page()
    pg.goto(server + "/matrix")
    # no horizontal scrolling of the page itself: wide tables scroll inside their own box
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    pg.screenshot(path=str(SHOTS / "narrow_matrix.png"), full_page=True)
    pg.keyboard.press("Tab")                                  # the first stop is the skip link
    assert pg.evaluate("document.activeElement.className") == "skip"
    pg.keyboard.press("Enter")
    # following the skip link changes the URL's fragment asynchronously: wait for it (fails after 5 s)
    pg.wait_for_function("location.hash === '#main'", timeout=5000)
    assert pg.url.endswith("#main")
    pg.focus("#q")
    pg.keyboard.type("loans")
    pg.keyboard.press("Enter")
    pg.wait_for_url("**/search?q=loans")
    assert pg.locator("ol.hits li").count() == 1
    context.close()
