"""FollowTheMoney entities (JSON Lines) so Aleph and the `ftm` tools open our data.

What: `write_ftm(store, out_dir)` writes `entities.ftm.json`: one Article per article, a Person,
Organization or PublicBody per actor (states and government, military, police, judicial and legislative
bodies are PublicBody), a Mention per actor mention (document -> article, resolved -> actor), an Event per
event (organizer, involved, date, location, summary = the evidence sentence) and an UnknownLink per event
with both sides (subject, object, role = PLOVER type, proof = the article).
Why: investigative teams already run Aleph; FollowTheMoney's entity graph carries our evidence chain
(article -> mention -> actor -> event) without a custom importer. Ids are prefixed and stable.
"""
from __future__ import annotations

import json
from pathlib import Path

from .codes import iso2
from .writers import atomic

PUBLIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"}


def _schema(kind: str, sector: str | None) -> str:
    if kind == "person":
        return "Person"
    if kind == "state" or (sector or "").upper() in PUBLIC_SECTORS:
        return "PublicBody"
    return "Organization"


def _entity(eid: str, schema: str, **props) -> dict:
    clean = {}
    for k, v in props.items():
        values = v if isinstance(v, (list, tuple)) else [v]
        values = [str(x) for x in values if x not in (None, "")]
        if values:
            clean[k] = values
    return {"id": eid, "schema": schema, "properties": clean}


def ftm_entities(store):
    for a in store.query("SELECT id, title, author, published, site, language, url, text FROM articles"
                         " WHERE duplicate_of IS NULL ORDER BY rowid"):
        yield _entity(f"gg-article-{a['id']}", "Article", title=a["title"], author=a["author"],
                      publishedAt=a["published"], publisher=a["site"], language=None, sourceUrl=a["url"],
                      bodyText=a["text"])
    for r in store.query("SELECT id, name, kind, country, sector, aliases, wikidata FROM actors ORDER BY rowid"):
        props = {"name": r["name"], "alias": json.loads(r["aliases"] or "[]"), "wikidataId": r["wikidata"]}
        country = iso2(r["country"])
        schema = _schema(r["kind"], r["sector"])
        if country:
            props["nationality" if schema == "Person" else "jurisdiction"] = country.lower()
        yield _entity(f"gg-actor-{r['id']}", schema, **props)
    for n, m in enumerate(store.query("SELECT article_id, actor_id, text, start FROM mentions WHERE actor_id IS NOT"
                                      " NULL ORDER BY article_id, start")):
        yield _entity(f"gg-mention-{m['article_id']}-{m['start']}-{n}", "Mention", name=m["text"],
                      document=f"gg-article-{m['article_id']}", resolved=f"gg-actor-{m['actor_id']}")
    for e in store.query("SELECT e.*, p.name AS place, p.country AS pcountry FROM events e LEFT JOIN places p"
                         " ON p.id = e.place_id ORDER BY e.article_id, e.start"):
        src = f"gg-actor-{e['source_actor_id']}" if e["source_actor_id"] else None
        tgt = f"gg-actor-{e['target_actor_id']}" if e["target_actor_id"] else None
        name = f"{e['type']}: {e['source_text'] or '?'} -> {e['target_text'] or '-'}"
        country = iso2(e["pcountry"])
        yield _entity(f"gg-event-{e['id']}", "Event", name=name, date=e["date"], summary=e["sentence"],
                      organizer=src, involved=[x for x in (src, tgt) if x], location=e["place"],
                      country=country.lower() if country else None, proof=f"gg-article-{e['article_id']}",
                      keywords=[e["type"], e["cameo"], e["domain"], e["modality"]])
        if src and tgt:
            yield _entity(f"gg-link-{e['id']}", "UnknownLink", subject=src, object=tgt, role=e["type"],
                          date=e["date"], summary=e["sentence"], proof=f"gg-article-{e['article_id']}")


def write_ftm(store, out_dir: str | Path) -> dict[str, int]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with atomic(out / "entities.ftm.json") as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for ent in ftm_entities(store):
            fh.write(json.dumps(ent, ensure_ascii=False) + "\n")
            n += 1
    return {"entities.ftm.json": n}
