"""The actor network as GEXF 1.3 (Gephi) and GraphML: actors as nodes, events as dated edges.

What: `graph(store)` collects nodes (actors in at least one event) and edges (one per event with a source
and a target actor: type, CAMEO, domain, PLOVER score, event id, and the spell the date covers: "2022-01"
spans 2022-01-01..2022-01-31); `write_gexf` and `write_graphml` serialise it, `read_gexf`/`read_graphml`
read our files back (the round-trip the tests check, since many writers drop edge spells).
Why: Gephi's timeline needs explicit start and end on each edge; a month-precision event drawn on its
first day would be a false precision.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..analysis.events import date_bounds
from ..analysis.scores import score
from .writers import atomic

GEXF_NS = "http://gexf.net/1.3"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
NODE_ATTRS = (("kind", "string"), ("country", "string"), ("sector", "string"))
EDGE_ATTRS = (("event_id", "string"), ("type", "string"), ("cameo", "string"), ("domain", "string"),
              ("score", "double"), ("date", "string"), ("modality", "string"), ("article_id", "string"))


def graph(store, types: list[str] | None = None, since: str | None = None,
          until: str | None = None) -> tuple[list[dict], list[dict]]:
    """Nodes and edges; `types`, `since` and `until` narrow the edges coarsely in SQL (callers refine)."""
    where, params = ["source_actor_id IS NOT NULL", "target_actor_id IS NOT NULL"], []
    if types:
        where.append(f"type IN ({','.join('?' * len(types))})")
        params += types
    if since or until:
        where.append("date IS NOT NULL")
        if since:
            where.append("date >= ?")
            params.append(since[:4])
        if until:
            where.append("date <= ?")
            params.append(date_bounds(until)[1] + "~")
    edges = []
    for r in store.query("SELECT id, article_id, type, cameo, domain, date, modality, source_actor_id AS s,"
                         " target_actor_id AS t FROM events WHERE " + " AND ".join(where)
                         + " ORDER BY article_id, start", tuple(params)):
        start, end = date_bounds(r["date"]) if r["date"] else (None, None)
        edges.append({"id": r["id"], "source": r["s"], "target": r["t"], "start": start, "end": end,
                      "attrs": {"event_id": r["id"], "type": r["type"], "cameo": r["cameo"] or "",
                                "domain": r["domain"] or "", "score": score(r["type"]), "date": r["date"] or "",
                                "modality": r["modality"] or "", "article_id": r["article_id"]}})
    used = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = []
    for i in range(0, len(used), 500):      # SQLite's limit on bound parameters
        chunk = used[i:i + 500]
        nodes += [{"id": r["id"], "label": r["name"], "attrs": {"kind": r["kind"], "country": r["country"] or "",
                                                                 "sector": r["sector"] or ""}}
                  for r in store.query("SELECT id, name, kind, country, sector FROM actors WHERE id IN"
                                       f" ({','.join('?' * len(chunk))})", tuple(chunk))]
    nodes.sort(key=lambda n: n["id"])
    return nodes, edges


def _write(tree: ET.Element, path: Path) -> None:
    with atomic(path) as tmp:
        ET.ElementTree(tree).write(tmp, encoding="utf-8", xml_declaration=True)


def _fmt(value) -> str:
    return "" if value is None else str(value)


def write_gexf(store, out_dir: str | Path) -> dict[str, int]:
    nodes, edges = graph(store)
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "greatgame"
    g = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"})
    for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        el = ET.SubElement(g, "attributes", {"class": cls, "mode": "static"})
        for i, (name, kind) in enumerate(attrs):
            ET.SubElement(el, "attribute", {"id": name, "title": name, "type": kind})
    xn = ET.SubElement(g, "nodes")
    for n in nodes:
        node = ET.SubElement(xn, "node", {"id": n["id"], "label": n["label"]})
        av = ET.SubElement(node, "attvalues")
        for k, v in n["attrs"].items():
            ET.SubElement(av, "attvalue", {"for": k, "value": _fmt(v)})
    xe = ET.SubElement(g, "edges")
    for e in edges:
        spell = {"start": e["start"], "end": e["end"]} if e["start"] else {}
        edge = ET.SubElement(xe, "edge", {"id": e["id"], "source": e["source"], "target": e["target"],
                                          "label": e["attrs"]["type"], **spell})
        av = ET.SubElement(edge, "attvalues")
        for k, v in e["attrs"].items():
            if v not in (None, ""):
                ET.SubElement(av, "attvalue", {"for": k, "value": _fmt(v)})
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _write(root, out / "network.gexf")
    return {"network.gexf": len(edges)}


def write_graphml(store, out_dir: str | Path) -> dict[str, int]:
    nodes, edges = graph(store)
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    keys = [("node", "label", "string")] + [("node", k, t) for k, t in NODE_ATTRS] + \
        [("edge", k, t) for k, t in EDGE_ATTRS] + [("edge", "start", "string"), ("edge", "end", "string")]
    for scope, name, kind in keys:
        ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name,
                                    "attr.type": kind})
    g = ET.SubElement(root, "graph", {"id": "greatgame", "edgedefault": "directed"})
    for n in nodes:
        node = ET.SubElement(g, "node", {"id": n["id"]})
        for k, v in (("label", n["label"]), *n["attrs"].items()):
            ET.SubElement(node, "data", {"key": f"n_{k}"}).text = _fmt(v)
    for e in edges:
        edge = ET.SubElement(g, "edge", {"id": e["id"], "source": e["source"], "target": e["target"]})
        for k, v in (*e["attrs"].items(), ("start", e["start"]), ("end", e["end"])):
            if v not in (None, ""):
                ET.SubElement(edge, "data", {"key": f"e_{k}"}).text = _fmt(v)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _write(root, out / "network.graphml")
    return {"network.graphml": len(edges)}


def read_gexf(path: str | Path) -> tuple[dict[str, str], list[dict]]:
    """Nodes (id -> label) and edges (source, target, start, end and attributes) of a GEXF file."""
    ns = {"g": GEXF_NS}
    root = ET.parse(path).getroot()
    nodes = {n.get("id"): n.get("label") for n in root.iterfind(".//g:nodes/g:node", ns)}
    edges = []
    for e in root.iterfind(".//g:edges/g:edge", ns):
        attrs = {a.get("for"): a.get("value") for a in e.iterfind("g:attvalues/g:attvalue", ns)}
        edges.append({"source": e.get("source"), "target": e.get("target"), "start": e.get("start"),
                      "end": e.get("end"), **attrs})
    return nodes, edges


def read_graphml(path: str | Path) -> tuple[dict[str, str], list[dict]]:
    ns = {"g": GRAPHML_NS}
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.iterfind("g:key", ns)}
    nodes = {n.get("id"): next((d.text for d in n.iterfind("g:data", ns) if names[d.get("key")] == "label"), None)
             for n in root.iterfind(".//g:node", ns)}
    edges = [{"source": e.get("source"), "target": e.get("target"),
              **{names[d.get("key")]: d.text for d in e.iterfind("g:data", ns)}}
             for e in root.iterfind(".//g:edge", ns)]
    return nodes, edges
