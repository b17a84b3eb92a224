"""greatgame: evidence-linked models of who does what to whom, from geopolitical reporting."""

__version__ = "0.1.0"

from .api import Corpus, Rows, open  # noqa: E402,F401,A004 - `gg.open(path)` is the notebook entry point
