"""Shared fixture: the default lexicon, loaded once."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import LabelLexicon, load_label_lexicon


@pytest.fixture(scope="session")
def lexicon() -> LabelLexicon:
    return load_label_lexicon()
