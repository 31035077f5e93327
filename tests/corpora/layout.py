"""What a portal corpus declares, and where its files live.

Every portal corpus is a folder ``tests/corpora/<name>/`` holding its generators, its generated
``portals/<portal id>/`` files, its ``truth.json``, a README and a ``corpus.py`` whose ``CORPUS``
is a :class:`Corpus`: the data that differs between corpora (builders, floors, which portals
need JavaScript, checks of routes only that corpus has). The harness beside this module
(:mod:`tests.corpora.serve`, :mod:`tests.corpora.build`, :mod:`tests.corpora.check`,
``test_portals.py``) is the same for all of them and reads nothing else of a corpus.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

CORPORA_DIR = Path(__file__).resolve().parent
PORTALS = "portals"
TRUTH = "truth.json"

Portal = dict[str, Any]
Builder = Callable[[], tuple[dict[str, bytes], Portal]]
"""One portal's generator: its files (keyed by the name under ``portals/<id>/``) and its truth entry."""
ExtraCheck = Callable[[Portal, str, dict[str, str], list[str]], None]
"""A corpus's own check of one served portal: (truth portal, base URL, decoded HTML pages by file name,
problems to append to)."""


@dataclass(frozen=True)
class Corpus:
    name: str
    """The folder under ``tests/corpora/``; also the first half of the test ids (``portals2-heting``)."""
    title: str
    """Printed above the corpus's quality table."""
    about: str
    """The ``about`` of ``truth.json``."""
    builders: tuple[Builder, ...]
    """One per portal, in ``truth.json`` order."""
    default_portal: str
    """What ``python -m tests.corpora.serve <name>`` serves."""
    script_rendered: frozenset[str] = frozenset()
    """Portals whose guides only a script (or a reader of the data behind it) shows: their guide
    pages are not checked for shown values, nor their guides for plain-link reachability; the
    corpus's ``extra_check`` checks their data instead."""
    meta_charset: bool = True
    """Every HTML page declares its portal's charset in a ``<meta>`` (false where a wrong meta is a trap)."""
    size_limit: int | None = None
    """Bytes the corpus folder may hold (generators, portals and truth)."""
    min_guides: int = 15
    """Each portal states at least this many guides."""
    min_recall: float = 0.99
    min_field_accuracy: float = 0.98
    held_out: bool = False
    """Written blind after the fixes and not yet scored: built and checked by the harness, but
    not scanned by the tests, so that its first scan is an honest figure. Scored once, the
    flag goes and its figures enter the README."""
    interim_floors: dict[str, tuple[float, float]] | None = None
    """Per portal (recall, field accuracy) floors below the corpus's, while the fixes a new
    corpus showed are still to come: its first-contact figures, as regression guards. Each
    is raised as the fixes land, and removed when the portal reaches the corpus floors."""
    province: tuple[str, str] = ("blind", "盲测省")
    """The province (id, name) of the scan config; each portal is one city of it."""
    extra_check: ExtraCheck | None = None

    @property
    def root(self) -> Path:
        return CORPORA_DIR / self.name

    @property
    def portals_dir(self) -> Path:
        return self.root / PORTALS

    @property
    def truth_path(self) -> Path:
        return self.root / TRUTH

    def truth(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.truth_path.read_text(encoding="utf-8"))
        return data

    def floors(self, portal_id: str) -> tuple[float, float]:
        """The (recall, field accuracy) a portal is held at."""
        interim = (self.interim_floors or {}).get(portal_id)
        return interim if interim is not None else (self.min_recall, self.min_field_accuracy)

    def portals(self) -> dict[str, Portal]:
        """Truth portals by id, in ``truth.json`` order."""
        return {portal["id"]: portal for portal in self.truth()["portals"]}


def corpus_names() -> list[str]:
    """Every folder under ``tests/corpora/`` that declares a portal corpus."""
    return sorted(path.parent.name for path in CORPORA_DIR.glob("*/corpus.py"))


@cache
def load(name: str) -> Corpus:
    if name not in corpus_names():
        raise KeyError(f"no portal corpus {name!r}; there are {', '.join(corpus_names())}")
    corpus: Corpus = importlib.import_module(f"tests.corpora.{name}.corpus").CORPUS
    if corpus.name != name:
        raise ValueError(f"tests/corpora/{name}/corpus.py declares {corpus.name!r}")
    return corpus


def load_all() -> list[Corpus]:
    return [load(name) for name in corpus_names()]


def asset_text(generator_file: str, name: str) -> str:
    """A script or style sheet a generator serves, kept as a real file in ``assets/`` beside the generator."""
    return (Path(generator_file).resolve().parent / "assets" / name).read_bytes().decode("utf-8")
