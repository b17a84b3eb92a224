"""Shared test helpers: where ../shared lives, small builders, and one linker for the tests that link text."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the folder is absent (a user's clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (evaluation data lives beside the checkout)")
    return p


@pytest.fixture(scope="session")
def linker():
    """One linker (knowledge base and gazetteer loaded once) for every test that links text."""
    from greatgame.actors.link import Linker
    return Linker()


@pytest.fixture
def link(linker, request):
    """link(text) -> the linker's output for `text` as one article, published on the test module's
    PUBLISHED date (2022-01-20 when it sets none)."""
    from greatgame.nlp import load
    from greatgame.records import Article
    published = getattr(request.module, "PUBLISHED", "2022-01-20")

    def run(text: str):
        return linker.link(Article(id="t", document_id="", page=0, index=0, text=text, published=published),
                           load()(text))
    return run
