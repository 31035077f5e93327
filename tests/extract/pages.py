"""Helpers to load the hand-written portal pages in fixtures/ (see conftest for the lexicon)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.extract import LabelLexicon, extract_guide

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_URL = "https://zwfw.jinghai.example.gov.cn/bszn/guide/detail.html?id=1"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture_json(name: str) -> Any:
    return json.loads(fixture_text(name))


def extract_fixture(name: str, lexicon: LabelLexicon, url: str = PAGE_URL) -> GuideObservation:
    """Extract a fixture page that must be a guide."""
    observation = extract_guide(fixture_text(name), url, lexicon)
    assert observation is not None, f"{name} was not read as a guide"
    return observation
