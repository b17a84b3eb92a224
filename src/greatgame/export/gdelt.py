"""Events in GDELT 2.0's 61-column event layout (tab-separated), our own columns appended after column 61.

What: `write_gdelt(store, out_dir)` writes `events.gdelt.csv`: GLOBALEVENTID, SQLDATE ... SOURCEURL as GDELT
defines them where our fields map (CAMEO codes, QuadClass, Goldstein from the public table, actor codes as
country + sector, ActionGeo from the event's place with FIPS 10-4 country codes, as GDELT uses), then
greatgame's own columns (event id, PLOVER type, date and its precision, modality, rule, sentence offsets).
Why: analysts join our events with GDELT, ICEWS and Phoenix; GDELT readers take the first 61 columns
positionally. A partial date is not a day: SQLDATE and FractionDate stay empty unless the day is known,
MonthYear is filled when the month is.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from .codes import fips, goldstein, quad_class
from .writers import atomic

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                                "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in ("Type", "FullName", "CountryCode",
                                                                     "ADM1Code", "ADM2Code", "Lat", "Long",
                                                                     "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
OUR_COLUMNS = ("gg_event_id", "gg_article_id", "gg_plover_type", "gg_mode", "gg_domain", "gg_date",
               "gg_date_precision", "gg_modality", "gg_source_actor_id", "gg_target_actor_id", "gg_place_id",
               "gg_confidence", "gg_start", "gg_end")

_SQL = ("SELECT e.*, sa.name AS sname, sa.country AS scountry, sa.sector AS ssector, ta.name AS tname,"
        " ta.country AS tcountry, ta.sector AS tsector, p.name AS pname, p.country AS pcountry, p.lat, p.lon,"
        " p.geonames_id, p.id AS pid, a.url, a.text AS atext"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN actors sa ON sa.id = e.source_actor_id LEFT JOIN actors ta ON ta.id = e.target_actor_id"
        " LEFT JOIN places p ON p.id = e.place_id ORDER BY e.article_id, e.start")


def _dates(date: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year, FractionDate for an ISO date of any precision (empty where unknown)."""
    if not date:
        return "", "", "", ""
    parts = date.split("-")
    year = parts[0]
    month = parts[1] if len(parts) > 1 else ""
    if len(parts) == 3:
        day = dt.date(int(year), int(month), int(parts[2]))
        frac = f"{int(year) + (day.timetuple().tm_yday - 1) / 365:.4f}"
        return day.strftime("%Y%m%d"), f"{year}{month}", year, frac
    return "", f"{year}{month}" if month else "", year, ""


def _actor(code_country, name, sector) -> list[str]:
    code = (code_country or "") + (sector or "")
    return [code, (name or "").upper(), code_country or "", "", "", "", "", sector or "", "", ""]


def _geo_type(row, state_names: set[str]) -> str:
    """GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
    if not row["pid"]:
        return ""
    if row["pname"] in state_names:
        return "1"
    us = row["pcountry"] == "USA"
    if row["pid"].startswith("a1:"):
        return "2" if us else "5"
    return "3" if us else "4"


def gdelt_rows(store):
    """(61 GDELT values + our columns) per event, in article order."""
    states = {r["name"] for r in store.query("SELECT name FROM actors WHERE kind = 'state'")}
    for n, r in enumerate(store.query(_SQL), start=1):
        sqldate, monthyear, year, frac = _dates(r["date"])
        cameo = r["cameo"] or ""
        text = r["atext"] or ""
        first_para = text.find("\n\n")
        root = "1" if r["start"] is not None and (first_para < 0 or r["start"] < first_para) else "0"
        g = goldstein(cameo)
        action_geo = [_geo_type(r, states), r["pname"] or "", fips(r["pcountry"]) or "", fips(r["pcountry"]) or "", "",
                      "" if r["lat"] is None else r["lat"], "" if r["lon"] is None else r["lon"],
                      r["geonames_id"] or ""]
        values = [n, sqldate, monthyear, year, frac,
                  *_actor(r["scountry"], r["sname"] or r["source_text"], r["ssector"]),
                  *_actor(r["tcountry"], r["tname"] or r["target_text"], r["tsector"]),
                  root, cameo, cameo[:3], cameo[:2], quad_class(cameo) or "", "" if g is None else g,
                  1, 1, 1, "", *([""] * 8), *([""] * 8), *action_geo, "", r["url"] or ""]
        ours = [r["id"], r["article_id"], r["type"], r["mode"] or "", r["domain"] or "", r["date"] or "",
                {4: "year", 7: "month", 10: "day"}.get(len(r["date"] or ""), ""), r["modality"] or "",
                r["source_actor_id"] or "", r["target_actor_id"] or "", r["place_id"] or "", r["confidence"],
                r["start"], r["end"]]
        yield values + ours


def write_gdelt(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with atomic(out / "events.gdelt.csv") as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(GDELT_COLUMNS + OUR_COLUMNS)
        for row in gdelt_rows(store):
            w.writerow(row)
            n += 1
    return {"events.gdelt.csv": n}
