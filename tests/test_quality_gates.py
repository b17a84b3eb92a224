"""Quality floors: benchmark figures may not drop below bench/baseline.json, and floors only go up."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))
from gates import GATES, measure  # noqa: E402

BASELINE = REPO / "bench" / "baseline.json"
FLOORS = json.loads(BASELINE.read_text())["floors"]

# The issue targets: a floor below its target would hide a regression past the goal.
TARGETS = {"html_f1": 0.95, "plaintext_f1": 0.85, "plaintext_f1_heldout": 0.85, "entity_linking_accuracy": 0.85,
           "geo_acc161_geowebnews": 0.90, "geo_acc161_lgl": 0.80, "geo_country_geowebnews": 0.95,
           "geo_country_lgl": 0.95, "geo_country_geovirus": 0.95,
           "events_plover_type": 0.75, "events_plover_source_country": 0.70, "events_plover_target_country": 0.70,
           "events_gold_recall": 0.8, "events_petrarch_root": 0.60, "quotes_direct_f1": 0.85,
           "quotes_speaker_accuracy": 0.75,
           "statements_gold_quotes": 1.0, "statements_gold_quantities": 1.0, "statements_gold_frames": 1.0,
           "statements_gold_citations": 1.0}


@pytest.mark.parametrize("name", sorted(GATES))
def test_figure_holds_its_floor(name):
    if not SHARED.exists():
        pytest.skip("../shared absent")
    if name not in FLOORS:
        pytest.fail(f"{name} has no floor in bench/baseline.json; run bench/update_baseline.py")
    value = measure(name)
    if value is None:
        pytest.skip(f"data for {name} absent")
    assert value >= FLOORS[name], f"{name} dropped to {value:.4f} below its floor {FLOORS[name]}"


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_floor_meets_issue_target(name):
    assert FLOORS.get(name, 0) >= TARGETS[name], f"{name} floor {FLOORS.get(name)} is below target {TARGETS[name]}"


def test_floors_never_lowered_in_history():
    try:
        revs = subprocess.run(["git", "log", "--format=%H", "--", "bench/baseline.json"], cwd=REPO,
                              capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no git history available")
    if not revs:
        pytest.skip("baseline not committed yet")
    for rev in revs:
        old = json.loads(subprocess.run(["git", "show", f"{rev}:bench/baseline.json"], cwd=REPO,
                                        capture_output=True, text=True, check=True).stdout)["floors"]
        for name, floor in old.items():
            assert FLOORS.get(name, -1) >= floor, f"{name} floor lowered below {floor} (set in {rev[:8]})"
