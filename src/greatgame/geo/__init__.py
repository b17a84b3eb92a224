"""Places: an offline gazetteer and toponym resolution.

What: `Gazetteer` (place records from a packaged GeoNames-derived table, with
a normalised name index), `Place`, and `resolve` / `resolve_all`, which turn
a place name (with its article as context) into one Place or None; with
`approximate=True` a name the gazetteer lacks (a street, a venue) gets a Place of kind
"approximate" at the known place it is tied to (`focus.approximate`).
Why: actors and events need a point on the map and an ISO3 country for every
place mention, offline and fast, with "Nur-Sultan" and "Astana" as one city.
"""
from greatgame.geo.gazetteer import Gazetteer, Place, loose, normalise
from greatgame.geo.resolve import ResolveContext, haversine_km, resolve, resolve_all

__all__ = ["Gazetteer", "Place", "ResolveContext", "haversine_km", "loose", "normalise", "resolve",
           "resolve_all"]
