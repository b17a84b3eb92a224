from greatgame.analysis.scores import score, scores

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


def test_every_plover_type_has_a_score_on_the_scale():
    assert set(scores()) == PLOVER_TYPES
    assert all(-10 <= v <= 10 for v in scores().values())


def test_conflict_types_score_below_cooperation_types():
    conflict = ["ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
    cooperation = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]
    assert max(score(t) for t in conflict) < 0 < min(score(t) for t in cooperation)
    assert score("assault") == score("ASSAULT") and score("FIGHT") is None and score(None) is None
