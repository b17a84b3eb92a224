"""greatgame: evidence-linked models of who does what to whom, from geopolitical reporting."""

__version__ = "0.1.0"
