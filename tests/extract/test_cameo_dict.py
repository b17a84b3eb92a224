"""Tests of the CAMEO/PETRARCH dictionary readers and of the extractor coding with a user's dictionaries.

The dictionaries below are written for these tests in the PETRARCH format; the sentences are hand-built
parses (no model needed), so each test shows one rule: a verb's own code, a pattern, a paired code, the `$`
and `+` markers, discards, agents, and the targets found by "between" and by mutual acts.
"""
from __future__ import annotations

from greatgame.extract.cameo_dict import kind_of, parse_code, read_agents, read_discards, read_paths, read_verbs
from greatgame.extract.events import extract_events
from greatgame.extract.events_rules import Lexicon
from greatgame.records import Actor
from test_events import build as build_doc  # noqa: E402  (hand-built parses, shared with test_events.py)

VERBS = """<!-- test verb dictionary, written for greatgame's tests -->
&LINKS
+TIES
+RELATIONS
+DIPLOMATIC_TIES   # a two-word member

&NEGATION
+DID N'T
+WILL NOT

--- PRAISE [052] ---
PRAISE   # our own lexicon codes praise as 051
LAUD

--- CUT [---] ---
CUT {CUTS CUTTING}
BREAK_OFF {BROKE_OFF BROKEN_OFF} [1612]
- * &LINKS [161]
- &NEGATION * &LINKS [---]

--- VISIT [042:043] ---
VISIT

--- SHOOT [---] ---
SHOOT {SHOT}
- + WAS * IN $ [180]

--- WARN [160] ---
WARN
- * AT ^ + [162]

--- FROB [903] ---
FROB

<!-- a multi-line
comment -->
--- HAIL [903] ---
HAIL
"""
AGENTS = """!PERSON! = MAN, WOMAN
CLERIC [~REL]   # a comment
CHURCH!PERSON! [~REL]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
NO_CODE_HERE
"""
DISCARDS = """# sentence-level and story-level discards
WEATHER REPORT
+FOOTBALL MATCH
"""

ACTORS = {"Russia": Actor("RUS", "Russia", "state", "RUS"), "Kazakhstan": Actor("KAZ", "Kazakhstan", "state", "KAZ"),
          "China": Actor("CHN", "China", "state", "CHN"), "Tokayev": Actor("tokayev", "Tokayev", "person", "KAZ"),
          "Dosov": Actor("x-p-dosov", "Dosov", "person", "KAZ")}


def build(rows, text_after: str = ""):
    """rows: (word, tag, dep, head index, lemma) of one sentence; mentions for the words in ACTORS."""
    return build_doc(rows, actors=ACTORS, text_after=text_after, glued=(".", ",", "n't"))


def run(rows):
    return extract_events(*build(rows))


def codes(evs):
    return [(e.type, e.cameo, e.source_actor_id, e.target_actor_id) for e in evs]


def with_dicts(monkeypatch, tmp_path, verbs=VERBS, agents=AGENTS, discards=DISCARDS):
    for name, text in (("my.verbs.txt", verbs), ("my.agents.txt", agents), ("my.discards.txt", discards)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("GREATGAME_EVENT_DICTS", str(tmp_path))


PRAISE = [("Russia", "NNP", "nsubj", 1, "Russia"), ("praised", "VBD", "ROOT", 1, "praise"),
          ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), (".", ".", "punct", 1, ".")]


# ---- readers -------------------------------------------------------------------------------------
def test_read_verbs_families_synsets_patterns_and_codes():
    vd = read_verbs(VERBS)
    fams = {f.name: f for f in vd.families}
    assert set(fams) == {"praise", "cut", "visit", "shoot", "warn", "frob", "hail"}
    assert [v.lemma for v in fams["praise"].verbs] == ["praise", "laud"] and fams["praise"].code == "052"
    assert vd.synsets["LINKS"] == [["ties"], ["relations"], ["diplomatic", "ties"]]
    brk = fams["cut"].verbs[1]
    assert (brk.lemma, brk.post, brk.code, brk.forms) == ("break", ["off"], "1612", ["broke", "broken"])
    first, negated = fams["cut"].patterns
    assert first.post == [("syn", "LINKS", False)] and first.code == "161"
    assert negated.code is None and negated.pre == [("syn", "NEGATION", False)]
    assert (fams["visit"].code, fams["visit"].pair) == ("042", "043")
    shoot = fams["shoot"].patterns[0]
    assert [k for k, _, _ in shoot.pre] == ["target", "word"] and [k for k, _, _ in shoot.post] == ["word", "source"]
    assert vd.errors == []


def test_read_verbs_reports_bad_lines_without_raising():
    vd = read_verbs("stray words before any family\n--- X [010] ---\nX\n- * Y\n- Y Z [020]\n- * * [030]\n")
    assert len(vd.errors) == 4
    assert any("outside any verb family" in e for e in vd.errors)
    assert any("without a [code]" in e for e in vd.errors)
    assert sum("exactly one '*'" in e for e in vd.errors) == 2


def test_parse_code():
    assert parse_code("032:033") == ("032", "033")
    assert parse_code("---") == (None, None)
    assert parse_code(":173") == (None, "173")


def test_read_agents_macros_plurals_and_codes():
    agents, errors = read_agents(AGENTS)
    assert agents["cleric"] == agents["clerics"] == "~REL"
    assert agents["churchman"] == agents["churchwoman"] == "~REL"
    assert agents["police"] == "~COP" and "polices" not in agents          # {}: no plural
    assert agents["attorneys general"] == "~JUD"
    assert len(errors) == 1 and "without a [code]" in errors[0]


def test_read_discards_and_kinds(tmp_path):
    assert read_discards(DISCARDS) == (["weather report"], ["football match"])
    assert kind_of(tmp_path / "x.txt", VERBS) == "verbs"
    assert kind_of(tmp_path / "x.txt", AGENTS) == "agents"
    assert kind_of(tmp_path / "Phoenix.agents.txt", "") == "agents"
    ds = read_paths([tmp_path / "missing.txt"])
    assert ds.verbs == [] and len(ds.errors) == 1 and "no such" in ds.errors[0]


# ---- the extractor with the dictionaries --------------------------------------------------------------
def test_default_lexicon_unchanged_without_dictionaries(monkeypatch):
    monkeypatch.delenv("GREATGAME_EVENT_DICTS", raising=False)
    assert Lexicon.load() is Lexicon.load(())
    assert Lexicon.load().dict is None
    assert codes(run(PRAISE)) == [("SUPPORT", "051", "RUS", "KAZ")]


def test_dictionary_code_overrides_our_reading(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    assert codes(run(PRAISE)) == [("SUPPORT", "052", "RUS", "KAZ")]
    lex = Lexicon.load()
    assert lex.dict is not None and "cleric" in lex.generic
    assert lex.dict.errors == ["my.agents.txt line 6: agent without a [code]: NO_CODE_HERE"]


def test_pattern_with_synset_and_the_null_pattern(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    cut = [("Russia", "NNP", "nsubj", 1, "Russia"), ("cut", "VBD", "ROOT", 1, "cut"),
           ("diplomatic", "JJ", "amod", 3, "diplomatic"), ("ties", "NNS", "dobj", 1, "tie"),
           ("with", "IN", "prep", 1, "with"), ("Kazakhstan", "NNP", "pobj", 4, "Kazakhstan"), (".", ".", "punct", 1, ".")]
    assert codes(run(cut)) == [("SANCTION", "161", "RUS", "KAZ")]
    negated = [("Russia", "NNP", "nsubj", 3, "Russia"), ("did", "VBD", "aux", 3, "do"), ("n't", "RB", "neg", 3, "not"),
               ("cut", "VB", "ROOT", 3, "cut"), ("ties", "NNS", "dobj", 3, "tie"), ("with", "IN", "prep", 3, "with"),
               ("Kazakhstan", "NNP", "pobj", 5, "Kazakhstan"), (".", ".", "punct", 3, ".")]
    assert all(e.cameo != "161" for e in run(negated))     # the more specific [---] pattern wins


def test_paired_code_gives_the_reverse_event(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    visit = [("Tokayev", "NNP", "nsubj", 1, "Tokayev"), ("visited", "VBD", "ROOT", 1, "visit"),
             ("Russia", "NNP", "dobj", 1, "Russia"), (".", ".", "punct", 1, ".")]
    got = codes(run(visit))
    assert ("CONSULT", "042", "tokayev", "RUS") in got and ("CONSULT", "043", "RUS", "tokayev") in got


def test_markers_name_source_and_target(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    shot = [("Dosov", "NNP", "nsubjpass", 2, "Dosov"), ("was", "VBD", "auxpass", 2, "be"),
            ("shot", "VBN", "ROOT", 2, "shoot"), ("in", "IN", "prep", 2, "in"), ("Russia", "NNP", "pobj", 3, "Russia"),
            (".", ".", "punct", 2, ".")]
    evs = run(shot)
    assert codes(evs) == [("ASSAULT", "180", "RUS", "x-p-dosov")]
    assert "+dict.source" in evs[0].rule


def test_skip_marker_passes_over_a_noun_phrase(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    warn = [("Russia", "NNP", "nsubj", 1, "Russia"), ("warned", "VBD", "ROOT", 1, "warn"), ("at", "IN", "prep", 1, "at"),
            ("the", "DT", "det", 4, "the"), ("border", "NN", "pobj", 2, "border"), ("of", "IN", "prep", 4, "of"),
            ("Kazakhstan", "NNP", "pobj", 5, "Kazakhstan"), (".", ".", "punct", 1, ".")]
    evs = run(warn)
    assert codes(evs) == [("SANCTION", "162", "RUS", "KAZ")] and "+dict.target" in evs[0].rule


def test_codes_outside_cameo_take_our_type_or_none(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    hail = [("Russia", "NNP", "nsubj", 1, "Russia"), ("hailed", "VBD", "ROOT", 1, "hail"),
            ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), (".", ".", "punct", 1, ".")]
    assert codes(run(hail)) == [("SUPPORT", "903", "RUS", "KAZ")]     # our type for hail, their code
    frob = [("Russia", "NNP", "nsubj", 1, "Russia"), ("frobbed", "VBD", "ROOT", 1, "frob"),
            ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), (".", ".", "punct", 1, ".")]
    assert run(frob) == []                                            # no PLOVER type is guessed


def test_discards_drop_sentences_and_stories(monkeypatch, tmp_path):
    with_dicts(monkeypatch, tmp_path)
    rows = [("Russia", "NNP", "nsubj", 1, "Russia"), ("praised", "VBD", "ROOT", 1, "praise"),
            ("Kazakhstan", "NNP", "dobj", 1, "Kazakhstan"), ("in", "IN", "prep", 1, "in"),
            ("a", "DT", "det", 6, "a"), ("weather", "NN", "compound", 6, "weather"), ("report", "NN", "pobj", 3, "report"),
            (".", ".", "punct", 1, ".")]
    assert run(rows) == []
    assert extract_events(*build(PRAISE, " A football match followed.")) == []
    assert len(extract_events(*build(PRAISE, " A long match followed."))) == 1


# ---- targets by "between" and mutual acts (our own lexicon) --------------------------------------------
def test_between_phrase_gives_both_parties(monkeypatch):
    monkeypatch.delenv("GREATGAME_EVENT_DICTS", raising=False)
    rows = [("China", "NNP", "nsubj", 1, "China"), ("welcomed", "VBD", "ROOT", 1, "welcome"),
            ("talks", "NNS", "dobj", 1, "talk"), ("between", "IN", "prep", 2, "between"),
            ("Russia", "NNP", "pobj", 3, "Russia"), ("and", "CC", "cc", 4, "and"), ("Kazakhstan", "NNP", "conj", 4, "Kazakhstan"),
            (".", ".", "punct", 1, ".")]
    e = next(e for e in run(rows) if e.source_actor_id == "CHN")
    assert set(e.target_actor_ids) == {"RUS", "KAZ"} and "+between" in e.rule


def test_coordinated_subject_meeting_is_mutual(monkeypatch):
    monkeypatch.delenv("GREATGAME_EVENT_DICTS", raising=False)
    rows = [("Russia", "NNP", "nsubj", 3, "Russia"), ("and", "CC", "cc", 0, "and"), ("Kazakhstan", "NNP", "conj", 0, "Kazakhstan"),
            ("met", "VBD", "ROOT", 3, "meet"), (".", ".", "punct", 3, ".")]
    e = run(rows)[0]
    assert (e.type, e.source_actor_id, e.target_actor_id) == ("CONSULT", "RUS", "KAZ")
    assert set(e.source_actor_ids) == set(e.target_actor_ids) == {"RUS", "KAZ"} and "+mutual" in e.rule
    praise = [("Russia", "NNP", "nsubj", 3, "Russia"), ("and", "CC", "cc", 0, "and"), ("Kazakhstan", "NNP", "conj", 0, "Kazakhstan"),
              ("praised", "VBD", "ROOT", 3, "praise"), ("the", "DT", "det", 5, "the"), ("plan", "NN", "dobj", 3, "plan"),
              (".", ".", "punct", 3, ".")]
    assert all("+mutual" not in e.rule for e in run(praise))          # praise is not an act among themselves


def test_statement_target_is_the_actor_its_clause_is_about(monkeypatch):
    monkeypatch.delenv("GREATGAME_EVENT_DICTS", raising=False)
    rows = [("Russia", "NNP", "nsubj", 1, "Russia"), ("alleged", "VBD", "ROOT", 1, "allege"), ("that", "IN", "mark", 4, "that"),
            ("Kazakhstan", "NNP", "nsubj", 4, "Kazakhstan"), ("cheated", "VBD", "ccomp", 1, "cheat"), (".", ".", "punct", 1, ".")]
    e = run(rows)[0]
    assert (e.type, e.source_actor_id, e.target_actor_id) == ("ACCUSE", "RUS", "KAZ") and "+clause.subject" in e.rule
    own = [("Russia", "NNP", "nsubj", 1, "Russia"), ("alleged", "VBD", "ROOT", 1, "allege"), ("that", "IN", "mark", 4, "that"),
           ("Russia", "NNP", "nsubj", 4, "Russia"), ("won", "VBD", "ccomp", 1, "win"), (".", ".", "punct", 1, ".")]
    assert all(e.target_actor_id != "RUS" for e in run(own))          # not the speaker itself
