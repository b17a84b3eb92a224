"""Source comparison: what each site reports, and where sources disagree about the same interaction.

What: `compare_sources(store)` gives per site the article count, events by PLOVER type and frames used; the
quantities of one counted thing and unit that sites give different values for; and the
interactions (actor, recipient, type) that two or more sites report, flagged where their dates or their
modality (asserted, alleged, negated...) differ; disagreements first, at most `limit` of them.
Why: analysts weigh sources; a claim asserted by one outlet and only alleged by another, or dated
differently, is exactly what they need to see before citing it.
"""
from __future__ import annotations

from collections import defaultdict


def compare_sources(store, limit: int = 300) -> dict:
    sites: dict[str, dict] = {}
    for r in store.query("SELECT coalesce(site, '(unknown)') AS site, count(*) AS n FROM articles"
                         " WHERE duplicate_of IS NULL GROUP BY site ORDER BY n DESC"):
        sites[r["site"]] = {"site": r["site"], "articles": r["n"], "types": {}}
    for r in store.query("SELECT coalesce(a.site, '(unknown)') AS site, e.type, count(*) AS n FROM events e"
                         " JOIN articles a ON a.id = e.article_id GROUP BY site, e.type ORDER BY site, e.type"):
        sites.setdefault(r["site"], {"site": r["site"], "articles": 0, "types": {}})["types"][r["type"]] = r["n"]
    # interactions reported by two or more sites, found in SQL; their details gathered per site
    reports: dict[tuple, dict[str, dict]] = defaultdict(dict)
    for r in store.query(
            "WITH x AS (SELECT coalesce(a.site, '(unknown)') AS site, e.type, e.source_actor_id AS s,"
            " e.target_actor_id AS t, e.date, e.modality, e.id FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL),"
            " shared AS (SELECT s, t, type FROM x GROUP BY s, t, type HAVING count(DISTINCT site) > 1)"
            " SELECT x.* FROM x JOIN shared USING (s, t, type) ORDER BY x.s, x.t, x.type, x.site, x.id"):
        rep = reports[(r["s"], r["t"], r["type"])].setdefault(r["site"], {"dates": set(), "modalities": set(),
                                                                          "events": []})
        rep["dates"].add(r["date"] or "")
        rep["modalities"].add(r["modality"] or "")
        rep["events"].append(r["id"])
    shared = []
    for (s, t, typ), by_site in sorted(reports.items()):
        if len(by_site) < 2:
            continue
        dates = {frozenset(v["dates"]) for v in by_site.values()}
        mods = {frozenset(v["modalities"]) for v in by_site.values()}
        shared.append({"actor": s, "recipient": t, "type": typ, "disagree_date": len(dates) > 1,
                       "disagree_modality": len(mods) > 1,
                       "sites": {k: {"dates": sorted(v["dates"]), "modalities": sorted(v["modalities"]),
                                     "events": v["events"]} for k, v in sorted(by_site.items())}})
    for r in store.query("SELECT coalesce(a.site, '(unknown)') AS site, f.frame, count(*) AS n FROM frames f"
                         " JOIN articles a ON a.id = f.article_id GROUP BY site, f.frame ORDER BY site, n DESC"):
        sites.setdefault(r["site"], {"site": r["site"], "articles": 0, "types": {}}).setdefault(
            "frames", {})[r["frame"]] = r["n"]
    # the same counted thing in the same unit, given different values by different sites
    numbers: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for r in store.query("SELECT coalesce(a.site, '(unknown)') AS site, lower(trim(q.subject)) AS subject, q.unit,"
                         " q.value FROM quantities q JOIN articles a ON a.id = q.article_id"
                         " WHERE q.subject IS NOT NULL AND trim(q.subject) != ''"):
        numbers[(r["subject"], r["unit"] or "")][r["site"]].add(r["value"])
    disputes = [{"subject": subj, "unit": unit, "sites": {k: sorted(v) for k, v in sorted(by_site.items())}}
                for (subj, unit), by_site in sorted(numbers.items())
                if len(by_site) > 1 and len({v for vals in by_site.values() for v in vals}) > 1]
    shared.sort(key=lambda x: (not (x["disagree_date"] or x["disagree_modality"]), -len(x["sites"])))
    return {"sites": list(sites.values()), "shared": shared[:limit], "shared_total": len(shared),
            "numbers": disputes[:limit]}
