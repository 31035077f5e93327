"""Extraction quality: how much of a ground truth a scan read, and how exactly.

Used by the tests (which assert thresholds) and by benchmarks (which print figures).
A truth item is the simulator's statement of what a perfect crawler would read on a guide;
items hidden behind a login wall are not expected to be read (they are findings, not misses).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from channel_equity.core.observation import COMPARED_FIELDS, GuideObservation


@dataclass
class PortalQuality:
    city_id: str
    expected: int = 0
    found: int = 0
    fields_compared: int = 0
    fields_equal: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_fields: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def field_accuracy(self) -> float:
        return self.fields_equal / self.fields_compared if self.fields_compared else 1.0


_TITLE_MARKS = re.compile(r"[《》〈〉]")


def _path_and_query(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def comparable(field_name: str, value: Any) -> Any:
    """The form in which a field's values are compared (order-free lists, path-only URLs)."""
    if field_name == "online_entry_url":
        return _path_and_query(value)
    if field_name in ("levels", "channels"):
        return frozenset(value or ())
    if field_name == "materials":  # title marks are typography: 《申请表》 is the paper 申请表
        return frozenset((_TITLE_MARKS.sub("", m["name"]), m.get("form"), bool(m.get("exempt"))) for m in (value or ()))
    if field_name == "locations":
        return frozenset((loc["name"], loc.get("level")) for loc in (value or ()))
    if isinstance(value, str):
        return value.strip()
    return value


def _index(observations: Iterable[GuideObservation]) -> dict[str, dict[str, Any]]:
    by_key: dict[str, dict[str, Any]] = {}
    for observation in observations:
        data = observation.model_dump()
        for key in (observation.item_code, observation.name):
            if key and key not in by_key:
                by_key[key] = data
    return by_key


def score_portal(city_id: str, truth_items: Iterable[Mapping[str, Any]],
                 observations: Iterable[GuideObservation]) -> PortalQuality:
    quality = PortalQuality(city_id)
    observed = _index(observations)
    for truth in truth_items:
        if truth.get("login_wall"):
            continue
        quality.expected += 1
        found = observed.get(truth.get("item_code") or "") or observed.get(truth["name"])
        if found is None:
            quality.misses.append(f"{truth.get('item_code')} {truth['name']}")
            continue
        quality.found += 1
        for name in COMPARED_FIELDS:
            quality.fields_compared += 1
            want, got = comparable(name, truth.get(name)), comparable(name, found.get(name))
            if want == got:
                quality.fields_equal += 1
            else:
                quality.wrong_fields[name] += 1
                if len(quality.examples) < 12:
                    quality.examples.append(f"{truth.get('item_code')} {name}: want {want!r} got {got!r}")
    return quality


def format_quality_table(rows: Iterable[PortalQuality]) -> str:
    lines = [f"{'portal':<14}{'items':>8}{'found':>8}{'recall':>9}{'fields':>9}{'accuracy':>10}  worst fields"]
    for row in rows:
        worst = ", ".join(f"{name}×{count}" for name, count in row.wrong_fields.most_common(3))
        lines.append(f"{row.city_id:<14}{row.expected:>8}{row.found:>8}{row.recall:>9.1%}"
                     f"{row.fields_compared:>9}{row.field_accuracy:>10.2%}  {worst}")
    return "\n".join(lines)
