"""The workbench over a database built from our own hostile and ordinary records: pages, JSON twins, safety."""
import json

import pytest

pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from greatgame.pipeline import ArticleLayers  # noqa: E402
from greatgame.records import Actor, Article, Document, Event, Mention  # noqa: E402
from greatgame.store.sqlite import Store  # noqa: E402
from greatgame.web.app import create_app  # noqa: E402
from greatgame.web.render import Span, highlight, safe_url  # noqa: E402

HOSTILE = ('Russia sent troops to Kazakhstan.<script>alert("x")</script>\n\n'
           'Click <a href="javascript:alert(1)">here</a> & "quote" \'single\'.')


@pytest.fixture
def client(tmp_path):
    path = tmp_path / "g.db"
    doc = Document(id="d1", path="/tmp/hostile.html", sha256="2" * 64, format="html", size=len(HOSTILE))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=HOSTILE, text_sha256="h",
                  title="<img src=x onerror=alert(1)>Troops", url="javascript:alert(2)", published="2022-01-07")
    actors = {"RUS": Actor("RUS", "Russia", "state", "RUS", "GOV"),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV"),
              "shoigu": Actor("shoigu", "Sergei Shoigu", "person", "RUS", "MIL")}
    mentions = [Mention("a1", 0, 6, "Russia", actor_id="RUS"), Mention("a1", 22, 32, "Kazakhstan", actor_id="KAZ")]
    events = [Event("a1-e0", "a1", "MOBILIZE", HOSTILE[:33], 0, 33, trigger="sent", trigger_start=7,
                    trigger_end=11, cameo="150", domain="security", date="2022-01-06", source_actor_id="RUS",
                    source_text="Russia", target_actor_id="KAZ", target_text="Kazakhstan", rule="verb:send+troops"),
              Event("a1-e1", "a1", "AID", HOSTILE[:33], 0, 33, domain="economic", date="2022-01",
                    source_actor_id="shoigu", source_text="Shoigu", target_actor_id="KAZ", target_text="Kazakhstan")]
    with Store(path) as s:
        s.write_document(doc, [art], layers=[ArticleLayers("a1", mentions, actors, {}, events)])
    return TestClient(create_app(path))


PAGES = ["/", "/search?q=troops", "/events", "/events?actor=Russia&nationals=true", "/actors", "/actor/RUS",
         "/article/a1", "/dyad?a=Russia&b=Kazakhstan", "/matrix", "/network", "/network?type=AID&since=2022",
         "/map", "/timeline", "/timeline?actor=Russia", "/sources", "/statements",
         "/statements?speaker=Russia&unit=USD"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_with_a_strict_policy_and_a_json_twin(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    twin = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert twin.status_code == 200 and isinstance(json.loads(twin.text), dict)


def test_hostile_article_stays_inert(client):
    html = client.get("/article/a1").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or "&lt;script&gt;alert(&quot;x&quot;)" in html
    assert 'href="javascript:' not in html          # neither the text's link nor the article's url
    assert "&lt;img src=x onerror=alert(1)&gt;Troops" in html
    assert 'title="MOBILIZE (150, security, asserted): Russia -&gt; Kazakhstan [verb:send+troops]"' in html


def test_matrix_cell_leads_to_its_evidence_sentences(client):
    m = client.get("/matrix?format=json").json()
    cells = {(c["power"], c["target"], c["domain"]): c for c in m["cells"]}
    # Shoigu's act counts for Russia; both cells are Russia -> Kazakhstan, in their own domains
    assert set(cells) == {("RUS", "KAZ", "security"), ("RUS", "KAZ", "economic")}
    assert cells[("RUS", "KAZ", "security")]["net"] == -5.5 and cells[("RUS", "KAZ", "economic")]["net"] == 10.0
    html = client.get("/matrix").text
    link = "/events?actor=RUS&amp;recipient=KAZ&amp;domain=economic&amp;nationals=true"
    assert link in html
    evidence = client.get(link.replace("&amp;", "&") + "&format=json").json()["events"]
    assert [e["id"] for e in evidence] == ["a1-e1"] and evidence[0]["sentence"].startswith("Russia sent troops")


def test_dyad_keeps_partial_dates_apart(client):
    d = client.get("/dyad?a=Russia&b=Kazakhstan&format=json").json()
    assert d["months"] == [{"month": "2022-01", "events": 2, "net": 2.25}]
    assert {e["direction"] for e in d["events"]} == {"a->b"}


def test_search_marks_hits_safely_and_bad_filters_explain(client):
    r = client.get("/search?q=troops")
    assert "<mark>troops</mark>" in r.text
    bad = client.get("/events?actor=Narnia")
    assert bad.status_code == 400 and "GG301" in bad.text
    assert client.get("/article/none").status_code == 404


def test_highlight_escapes_and_nests():
    html = str(highlight("a<b> Beijing & Moscow", [Span(5, 12, "actor", 'China "state"', "/actor/CHN"),
                                                   Span(5, 21, "event", "x"), Span(40, 50, "actor", "bad")]))
    assert html.startswith("<p>a&lt;b&gt; ") and 'title="China &#34;state&#34;"' in html
    assert html.count("<mark") == 2 and "&amp; Moscow</mark>" in html
    assert safe_url("javascript:alert(1)") is None and safe_url(" https://ispi.it/x ") == "https://ispi.it/x"


def test_network_timeline_and_map_data(client):
    net = client.get("/network?type=MOBILIZE&format=json").json()
    assert [(e["source"], e["target"], e["start"], e["end"]) for e in net["edges"]] == [
        ("RUS", "KAZ", "2022-01-06", "2022-01-06")]
    assert {n["id"] for n in net["nodes"]} == {"RUS", "KAZ"}
    assert client.get("/network?until=2021&format=json").json()["edges"] == []
    items = client.get("/timeline?format=json").json()["items"]
    # the month-precision event spans its month: a range, not its first day
    assert [(i["start"], i["end"], i["precision"]) for i in items] == [
        ("2022-01-01", "2022-01-31", "month"), ("2022-01-06", "2022-01-06", "day")]
    assert client.get("/map?format=json").json() == {"places": []}     # no place has coordinates here
    html = client.get("/timeline").text
    assert "<td>2022-01-01</td><td>2022-01-31</td><td>month</td>" in html


def test_cached_pages_follow_a_new_ingest(tmp_path):
    path = tmp_path / "g.db"
    actors = {"RUS": Actor("RUS", "Russia", "state", "RUS"), "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ")}

    def add(n, type_):
        doc = Document(id=f"d{n}", path=f"/p{n}", sha256=f"{n}" * 64, format="text", size=1)
        art = Article(id=f"a{n}", document_id=doc.id, page=0, index=0, text="Russia acted.", text_sha256=f"h{n}")
        ev = Event(f"a{n}-e0", art.id, type_, "Russia acted.", 0, 13, domain="security", source_actor_id="RUS",
                   target_actor_id="KAZ")
        with Store(path) as s:
            s.write_document(doc, [art], layers=[ArticleLayers(art.id, [], actors, {}, [ev])])

    add(1, "AID")
    client = TestClient(create_app(path))
    first = client.get("/matrix?format=json").json()["cells"]
    assert [(c["events"], c["net"]) for c in first] == [(1, 10.0)]
    add(2, "ASSAULT")                      # another process ingests while the workbench is open
    second = client.get("/matrix?format=json").json()["cells"]
    assert [(c["events"], c["net"]) for c in second] == [(2, 0.5)]


def test_search_filters_by_actor_event_type_date_and_site(client):
    assert [h["id"] for h in client.get("/search?q=troops&actor=Kazakhstan&format=json").json()["hits"]] == ["a1"]
    assert client.get("/search?q=troops&type=ASSAULT&format=json").json()["hits"] == []
    assert [h["id"] for h in client.get("/search?type=mobilize&since=2022-01&format=json").json()["hits"]] == ["a1"]
    assert client.get("/search?q=troops&until=2021&format=json").json()["hits"] == []
    assert client.get("/search?actor=Narnia").status_code == 400


def test_actor_page_shows_roles_over_time(tmp_path):
    path = tmp_path / "g.db"
    tok = Actor("tokayev", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV", ("Toqayev",),
                roles=(("President", "KAZ", "2019-03-20", None), ("Prime Minister", "KAZ", "1999-10", "2002-01")))
    doc = Document(id="d9", path="/p9", sha256="9" * 64, format="text", size=8)
    with Store(path) as s:
        s.write_document(doc, [Article(id="a9", document_id="d9", page=0, index=0, text="Tokayev.", text_sha256="z")],
                         layers=[ArticleLayers("a9", [Mention("a9", 0, 7, "Tokayev", actor_id="tokayev")],
                                               {"tokayev": tok}, {}, [])])
    c = TestClient(create_app(path))
    roles = c.get("/actor/tokayev?format=json").json()["actor"]["data"]["roles"]
    assert roles[0] == {"title": "President", "of": "KAZ", "from": "2019-03-20", "to": None}
    assert "<td>Prime Minister</td><td>KAZ</td><td>1999-10</td><td>2002-01</td>" in c.get("/actor/tokayev").text


def test_actor_events_over_time(client):
    d = client.get("/actor/KAZ?format=json").json()
    assert d["over_time"] == [{"period": "2022-01", "as_actor": 0, "as_recipient": 2}]


def test_article_title_element_holds_only_the_title(client):
    html = client.get("/article/a1").text
    title = html[html.index("<title>") + 7:html.index("</title>")]
    assert title.endswith("· greatgame") and "<h2>" not in title and "&lt;h2&gt;" not in title


def test_statements_page_filters_quotes_and_numbers(tmp_path):
    from greatgame.records import Quantity, Quote
    text = ('Sergei Shoigu said: "We will leave within days." Kazakhstan said it borrowed $3.5 billion. '
            'The ministry said 1,200 troops arrived.')
    path = tmp_path / "s.db"
    doc = Document(id="d1", path="/tmp/s.txt", sha256="3" * 64, format="text", size=len(text))
    art = Article(id="a1", document_id="d1", page=0, index=0, text=text, text_sha256="s", title="Withdrawal")
    actors = {"shoigu": Actor("shoigu", "Sergei Shoigu", "person", "RUS", "MIL"),
              "KAZ": Actor("KAZ", "Kazakhstan", "state", "KAZ", "GOV")}
    q0 = text.index("We will")
    quotes = [Quote("a1", "shoigu", "Sergei Shoigu", "We will leave within days.", "said", True, q0, q0 + 26),
              Quote("a1", "KAZ", "Kazakhstan", "it borrowed $3.5 billion", "said", False,
                    text.index("it borrowed"), text.index("it borrowed") + 24)]
    n0, t0 = text.index("$3.5"), text.index("1,200")
    numbers = [Quantity("a1", 3.5e9, "USD", "$3.5 billion", None, text, n0, n0 + 12),
               Quantity("a1", 1200.0, None, "1,200 troops", "troops", text, t0, t0 + 12)]
    with Store(path) as s:
        s.write_document(doc, [art], layers=[ArticleLayers("a1", [], actors, {}, [], quotes, numbers)])
    client = TestClient(create_app(path))
    page = client.get("/statements").text
    assert "We will leave within days." in page and "3,500,000,000" in page and "troops" in page
    data = client.get("/statements?speaker=Sergei%20Shoigu&direct=true&unit=USD&format=json").json()
    assert [q["speaker_actor_id"] for q in data["quotes"]] == ["shoigu"]
    assert [(n["value"], n["unit"]) for n in data["numbers"]] == [(3.5e9, "USD")]
    assert client.get("/statements?speaker=Kazakhstan&direct=true&format=json").json()["quotes"] == []
    assert 'href="/article/a1"' in page and 'href="/statements"' in page
