"""End to end on a fifth set of pages we wrote (tests/fixtures/pages5), dense in statements: a news site's text
scrape holding two articles (quotes introduced by role then name, quotes over two sentences, «…» in Russian,
pronoun speakers, "according to", datelines, casualty counts, money in three currencies, ranges), a saved
HTML news page on Chinese loans (debt trap, soft power, Great Game, $/€ sums, percentages, areas, distances),
and a think-tank brief with bracketed notes (URLs, a DOI, "Ibid."), author-date citations and a reference
list. Ingest and export through the command line, then check what a reader checks in quotes, quantities,
frames and citations."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, ingest_and_export, one_quote

PAGES = FIXTURES / "pages5"
NEWS = 'Tokayev Blames "Foreign-Trained Terrorists" as Death Toll Rises to 225'
TRADE = "Ankara and Astana Agree to Triple Trade as Turkic Summit Opens"
DEBT = "Debt, Roads and Confucius Institutes: How Beijing Courts Dushanbe"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pages5")
    tables = ingest_and_export(PAGES, tmp)
    titles = {a["id"]: a["title"] for a in tables["articles"]}
    tables["frames"] = [json.loads(x) for x in
                        (tmp / "out" / "frames.jsonl").read_text(encoding="utf-8").splitlines()]
    for f in tables["frames"]:
        f["title"] = titles.get(f["article_id"])
    return tables


def test_quotes_speakers_cues_and_spans(out):
    q = one_quote(out, "well-prepared act of aggression")
    assert q["direct"] and q["speaker_actor_id"] == "tokayev-kassym-jomart" and q["cue"] == "said"
    q = one_quote(out, "destroy our statehood")          # the second sentence of the same quote
    assert q["speaker_actor_id"] == "tokayev-kassym-jomart" and q["how"] == "continuation"
    q = one_quote(out, "recovered 1,300 firearms")       # "He added" after "The interior minister, Erlan T.,"
    assert q["speaker_text"] == "Erlan Turgumbayev" and q["how"] == "pronoun"
    q = one_quote(out, "some Great Game here")           # "he said" after "A Russian official ... told"
    assert q["speaker_text"] == "A Russian official" and q["speaker_actor_id"] == "RUS"
    q = one_quote(out, "Мы не допустим")
    assert q["direct"] and q["speaker_actor_id"] == "putin-vladimir"
    q = one_quote(out, "Chinese are patient")
    assert q["cue"] == "put it" and q["speaker_text"] == "one Kazakh official"
    q = one_quote(out, "division of labour is fraying")
    assert q["text"] == "that the division of labour is fraying"
    q = one_quote(out, "raise their annual trade")
    assert q["text"].startswith("Turkey and Kazakhstan")     # no "ISTANBUL —"
    q = one_quote(out, "attempted coup organised from abroad")
    assert q["speaker_actor_id"] == "tokayev-kassym-jomart"
    q = one_quote(out, "Nearly 10,000 people were detained")
    assert q["how"] == "according" and q["speaker_text"] == "Interior Ministry"
    assert not [q for q in out["quotes"] if "privileged interests" in q["text"] and q["cue"] == "warned"]
    q = one_quote(out, "not directed against anyone")  # British single quotes
    assert q["direct"] and q["text"].startswith("'") and q["speaker_actor_id"] == "erdogan-recep-tayyip"


def test_quantities_values_units_and_subjects(out):
    got = {(q["article_title"], q["text"]): q for q in out["quantities"]}
    q = got[NEWS, "at least 225"]
    assert (q["value"], q["unit"], q["subject"], q["qualifier"]) == (225.0, None, "people", "at least")
    q = got[NEWS, "Nearly 10,000"]
    assert (q["value"], q["subject"], q["approximate"]) == (10000.0, "people", True)
    assert (got[NEWS, "87 billion tenge"]["value"], got[NEWS, "87 billion tenge"]["unit"]) == (87e9, "KZT")
    assert (got[DEBT, "€300m"]["value"], got[DEBT, "€300m"]["unit"]) == (3e8, "EUR")
    assert (got[DEBT, "12"]["value"], got[DEBT, "12"]["unit"]) == (12.0, "%")      # "from 12 to 27 percent"
    assert got[DEBT, "some 1,100 square kilometres"]["unit"] == "square kilometers"
    assert got[TRADE, "750 km"]["subject"] == "road"
    assert got[DEBT, "400-kilometre"]["subject"] == "Dushanbe–Chanak road"
    assert {(got[NEWS, t]["value"], got[NEWS, t]["subject"]) for t in ("some 2,000", "3,000")} == \
        {(2000.0, "armed men"), (3000.0, "armed men")}
    for q in out["quantities"]:    # no years, no note numbers, no "Article 4", no "201st"
        assert q["value"] not in {1991.0, 2015.0, 2019.0, 2021.0, 2022.0, 4.0, 201.0} or q["unit"], q


def test_frames_and_who_applies_them(out):
    got = {(f["frame"], f["cue"], f["actor_id"]) for f in out["frames"]}
    assert ("colour_revolution", "цветных революций", "putin-vladimir") in got
    assert ("colour_revolution", "colour revolution", "wang-yi") in got
    assert ("economic_dependence", "debt trap", "x-p-jamshed-karimzoda") in got
    assert ("great_power_competition", "Great Game", "RUS") in got
    assert ("soft_power", "Soft power", None) in got
    cues = [f["cue"] for f in out["frames"]]
    assert "Human Rights" not in cues      # "Kazakhstan International Bureau for Human Rights" is an employer
    assert "Silk Road" not in cues         # a title in the reference list


def test_citations_fields_ibid_and_author_date(out):
    cites = out["citations"]
    by = {c["marker"]: c for c in cites if c["marker"]}
    assert len(by) == 10
    assert (by["3"]["author"], by["3"]["publisher"], by["3"]["year"], by["3"]["url"]) == \
        ("Alexander Gabuev", "Carnegie Moscow Center", "2022", "https://carnegie.ru/commentary/86571")
    assert by["2"]["title"] == by["1"]["title"]                       # Ibid.
    assert by["9"]["doi"] == "10.1353/jod.2022.0038" and by["9"]["publisher"] == "Journal of Democracy"
    assert by["4"]["author"] == "General Administration of Customs of the People's Republic of China"
    assert by["6"]["author"] is None                                  # "Interview with a Kazakh official"
    assert all(len(c["marker_offsets"]) == 1 for c in by.values())
    refs = {c["author"]: c for c in cites if not c["marker"]}
    assert set(refs) == {"Alexander Cooley", "Marlene Laruelle and Sebastien Peyrouse", "Nargis Kassenova"}
    assert refs["Marlene Laruelle and Sebastien Peyrouse"]["publisher"] == "M.E. Sharpe"
    assert len(refs["Alexander Cooley"]["marker_offsets"]) == 1        # "(Cooley 2012, 45)"
