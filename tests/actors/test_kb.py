"""Tests for the actor knowledge base: packaged-data validity, lookups, dated titles, user overrides."""
from __future__ import annotations

import re
import time
from collections import defaultdict

import pytest

from greatgame.actors import KnowledgeBase, Role, loose, normalize
from greatgame.actors import kb as kbmod


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _raw_records():
    recs, _ = kbmod._packaged()
    return recs


def test_packaged_ids_unique_and_required_fields():
    recs = _raw_records()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for r in recs:
        for f in ("id", "name", "kind", "source"):
            assert r.get(f), (r.get("id"), f)
        assert r["kind"] in kbmod.KINDS, r["id"]
        assert r.get("sector") in kbmod.SECTORS, r["id"]
        assert "country" in r, r["id"]


def test_packaged_records_load_without_errors(kb):
    assert kb.errors == ()
    assert len(kb) == len(_raw_records())


def test_country_and_role_targets_exist(kb):
    states = {a.id for a in kb if a.kind == "state"}
    assert all(re.fullmatch(r"[A-Z]{3}", s) for s in states)
    for a in kb:
        assert a.country is None or a.country in states, (a.id, a.country)
        assert a.parent is None or a.parent in kb, (a.id, a.parent)
        for r in a.roles:
            assert r.of in kb, (a.id, r.of)


def test_state_codes_match_pycountry(kb):
    pycountry = pytest.importorskip("pycountry")
    for a in kb:
        if a.kind == "state" and a.id not in ("SUN", "XKX"):
            c = pycountry.countries.get(alpha_3=a.id)
            assert c is not None and c.alpha_2 == a.iso2, a.id


def test_role_dates_parse_and_are_ordered(kb):
    n = 0
    for a in kb:
        for r in a.roles:
            lo, hi = r.span()
            assert lo < hi, (a.id, r)
            for d in (r.start, r.end):
                assert d is None or kbmod._bounds(d) is not None, (a.id, d)
            n += 1
    assert n > 300


def test_wikidata_ids_are_well_formed(kb):
    assert all(a.wikidata is None or re.fullmatch(r"Q\d+", a.wikidata) for a in kb)
    assert kb.get("KAZ").wikidata == "Q232"


def test_no_surface_form_shared_across_kinds_unless_listed(kb):
    idx = defaultdict(set)
    for text, aid, _ in kb.surface_forms():
        idx[normalize(text)].add(aid)
    clashes = {k for k, ids in idx.items() if len({kb.get(i).kind for i in ids}) > 1}
    assert clashes <= kb.ambiguous, sorted(clashes - kb.ambiguous)
    assert "kazakh" in clashes          # the list is used, not vacuous


def test_holders_president_of_kazakhstan_by_date(kb):
    assert [a.id for a in kb.holders("president", "KAZ", "2022-01-15")] == ["tokayev-kassym-jomart"]
    assert [a.id for a in kb.holders("president", "KAZ", "2015")] == ["nazarbayev-nursultan"]
    # handover day belongs to the successor; a month spanning the handover gives both
    assert [a.id for a in kb.holders("President", "Kazakhstan", "2019-03-20")] == ["tokayev-kassym-jomart"]
    assert {a.id for a in kb.holders("president", "KAZ", "2019-03")} == {"nazarbayev-nursultan", "tokayev-kassym-jomart"}


def test_holders_title_synonyms_and_demonym_of(kb):
    assert [a.id for a in kb.holders("Secretary of State", "USA", "2019-06")] == ["pompeo-mike"]
    assert [a.id for a in kb.holders("premier", "Chinese", "2020")] == ["li-keqiang"]
    assert [a.id for a in kb.holders("foreign minister", "CHN", "2023-03")] == ["qin-gang"]
    assert kb.holders("president", "KAZ", "not a date") == []
    assert len(kb.holders("president", "KAZ", None)) >= 2


def test_spokespeople_of_china(kb):
    got = {a.id for a in kb.holders("MFA spokesperson", "CHN", "2021-06")}
    assert {"zhao-lijian", "wang-wenbin", "hua-chunying"} <= got
    assert "mao-ning" not in got


@pytest.mark.parametrize("text", ["Toqayev", "Kasym-Jomart Tokaev", "Tokaev", "TOKAYEV",
                                  "Qasym-Johart Toqayev", "Kassym Jomart Tokayev", "Qasym-Zhomart Toqaev"])
def test_by_alias_tokayev_spellings(kb, text):
    assert [a.id for a in kb.by_alias(text)] == ["tokayev-kassym-jomart"]


@pytest.mark.parametrize("text,expected", [
    ("Nazarbaev", "nazarbayev-nursultan"), ("Mirziyaev", "mirziyoyev-shavkat"), ("Rakhmonov", "rahmon-emomali"),
    ("Zhaparov", "japarov-sadyr"), ("Nazerbayeva", "nazarbayeva-dariga"), ("Erdoğan", "erdogan-recep-tayyip"),
    ("Erdogan", "erdogan-recep-tayyip"), ("the Taliban", "taliban"), ("ISIS-K", "ISKP"), ("Daesh", "ISIS"),
    ("Uighurs", "uyghurs"), ("Turkic Council", "OTS"), ("One Belt, One Road", "BRI"), ("Hanban", "confucius-institute"),
    ("U.S.", "USA"), ("Nur Otan", "amanat"), ("KNB", "kaz-knb"), ("Eurasian Economic Union", "EAEU"),
])
def test_by_alias_variants(kb, text, expected):
    assert expected in [a.id for a in kb.by_alias(text)]


def test_by_alias_returns_all_candidates_and_rejects_junk(kb):
    assert {a.id for a in kb.by_alias("Berdimuhamedov")} == {"berdimuhamedov-gurbanguly", "berdimuhamedov-serdar"}
    assert kb.by_alias("") == [] and kb.by_alias(None) == [] and kb.by_alias("zzqx nonexistent") == []


@pytest.mark.parametrize("text,expected", [
    ("Beijing", "CHN"), ("Nur-Sultan", "KAZ"), ("Astana", "KAZ"), ("the Kremlin", "RUS"), ("Chinese", "CHN"),
    ("Kazakhstan", "KAZ"), ("Kazakhstani", "KAZ"), ("Ankara", "TUR"), ("Türkiye", "TUR"), ("White House", "USA"),
    ("Tashkent", "UZB"), ("Bishkek", "KGZ"), ("Dushanbe", "TJK"), ("Ashgabat", "TKM"), ("Tehran", "IRN"),
    ("Kabul", "AFG"), ("Islamabad", "PAK"), ("New Delhi", "IND"), ("Brussels", "EU"), ("American", "USA"),
    ("Britain", "GBR"), ("South Korea", "KOR"), ("Russia's", "RUS"),
])
def test_state_for(kb, text, expected):
    a = kb.state_for(text)
    assert a is not None and a.id == expected


def test_state_for_ambiguous_or_unknown_is_none(kb):
    assert kb.state_for("Congolese") is None      # two Congos
    assert kb.state_for("Xi Jinping") is None
    assert kb.state_for(42) is None


def test_normalize_and_loose_keys():
    assert normalize("The Kremlin's") == "kremlin"
    assert normalize("U.S.") == "us"
    assert normalize("Kassym-Jomart") == "kassym jomart"
    assert loose("Toqayev") == loose("Tokaev") == loose("Tokayev")
    assert loose("Zhaparov") == loose("Japarov")
    assert loose("Berdymukhamedov") == loose("Berdimuhamedow")


def test_role_valid_at_precision():
    r = Role("president", "KAZ", "2019-03-20", None)
    assert r.valid_at("2019-03-20") and r.valid_at("2019") and r.valid_at(None)
    assert not r.valid_at("2019-03-19") and not r.valid_at("2018")
    r2 = Role("foreign minister", "KGZ", "2002", "2005-03")
    assert r2.valid_at("2005-03-31") and not r2.valid_at("2005-04-01")


def test_user_override_adds_actor_and_corrects_alias(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "actors:\n"
        "- {id: tokayev-kassym-jomart, aliases: [Toqaiev], drop_aliases: [Toqaev]}\n"
        "- id: smith-jane\n  name: Jane Smith\n  kind: person\n  country: GBR\n  sector: EDU\n"
        "  aliases: [J. Smith]\n  source: test\n"
        "  roles: [{title: ambassador, of: KAZ, from: 2020-02, to: 2023}]\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path])
    assert kb.errors == ()
    assert kb.get("smith-jane").name == "Jane Smith"
    assert [a.id for a in kb.by_alias("J Smith")] == ["smith-jane"]
    assert [a.id for a in kb.holders("ambassador", "KAZ", "2021")] == ["smith-jane"]
    tok = kb.get("tokayev-kassym-jomart")
    assert "Toqaiev" in tok.aliases and "Toqaev" not in tok.aliases
    assert tok.roles == KnowledgeBase.load().get("tokayev-kassym-jomart").roles   # extended, not replaced
    assert [a.id for a in kb.by_alias("Toqaiev")] == ["tokayev-kassym-jomart"]


def test_malformed_user_files_reported_rest_loads(tmp_path):
    (tmp_path / "a_broken.yaml").write_text("actors: [ {id: x, name: [unclosed\n", encoding="utf-8")
    (tmp_path / "b_badrec.yaml").write_text(
        "actors:\n- {id: bad-kind, name: Bad, kind: persn}\n- {name: No Id, kind: person}\n"
        "- {id: ok-one, name: Okay One, kind: organization, sector: NGO, source: test}\n"
        "- {id: bad-date, name: Bad Date, kind: person, roles: [{title: x, of: KAZ, from: 2020-13}]}\n"
        "- {id: backwards, name: Back, kind: person, roles: [{title: x, of: KAZ, from: 2021, to: 2019}]}\n",
        encoding="utf-8")
    (tmp_path / "c_scalar.yaml").write_text("just a string\n", encoding="utf-8")
    kb = KnowledgeBase.load([tmp_path])
    assert kb.get("ok-one") is not None
    assert all(kb.get(i) is None for i in ("bad-kind", "bad-date", "backwards"))
    assert len(kb.errors) == 6
    assert all(line.startswith(kbmod.BAD_KB_CODE + " ") for line in kb.errors)
    assert any("a_broken.yaml" in line and "line" in line for line in kb.errors)
    assert kb.get("KAZ") is not None and len(kb) == len(KnowledgeBase.load()) + 1


def test_load_is_fast():
    KnowledgeBase.load()
    t = time.perf_counter()
    KnowledgeBase.load()
    assert time.perf_counter() - t < 1.0
