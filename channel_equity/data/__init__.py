"""Lexicons and value vocabularies shipped as package data (read with ``importlib.resources``).

A province adds to them from its config; these files are the defaults every province starts from.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def data_file(name: str) -> Traversable:
    """The packaged file ``name`` (e.g. ``labels.yaml``), wherever the package is installed."""
    return files(__name__).joinpath(name)
