"""Matching a guide to the province's standardised implementation list (and the abolished list).

By code first: a 12-character basic code equal to the standard's, or an implementation
code (31/33 characters) that contains it. Else by name or alias, tolerant of bracketed
suffixes such as "（设区的市级权限）" and small variations in punctuation and spacing.
Every observation gets a method (code / name / alias / unmatched), so nothing is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from channel_equity.core.config import AbolishedItem, Policy, StandardItem
from channel_equity.core.observation import GuideObservation
from channel_equity.store.models import MatchMethod

BRACKETED = re.compile(r"[（(【\[〔][^）)】\]〕]*[）)】\]〕]")
NOISE = re.compile(r"[\s\-—_·•.,，。、:：;；'\"“”‘’《》<>]+")
MIN_CODE_LENGTH = 6


ItemT = TypeVar("ItemT", StandardItem, AbolishedItem)


def normalise_name(name: str) -> str:
    """"食品经营许可证核发（设区的市级权限）" and "食品经营许可证 核发" compare equal."""
    text = unicodedata.normalize("NFKC", name)
    text = BRACKETED.sub("", text)
    return NOISE.sub("", text).lower()


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-_]", "", unicodedata.normalize("NFKC", code)).upper()


@dataclass(frozen=True)
class Match(Generic[ItemT]):
    item: ItemT | None
    method: MatchMethod


class CodeNameIndex(Generic[ItemT]):
    """Looks items up by code (equal or contained) and by normalised name or alias."""

    def __init__(self, items: Iterable[ItemT]) -> None:
        self.items: list[ItemT] = list(items)
        self.by_code: dict[str, ItemT] = {normalise_code(item.code): item for item in self.items if item.code}
        self.by_name: dict[str, ItemT] = {}
        self.by_alias: dict[str, ItemT] = {}
        for item in self.items:
            self.by_name.setdefault(normalise_name(item.name), item)
            for alias in getattr(item, "aliases", ()):
                self.by_alias.setdefault(normalise_name(alias), item)
        # longest codes first, so a sub-item code wins over its main item's prefix
        self.codes_longest_first: list[str] = sorted(self.by_code, key=len, reverse=True)

    def match_code(self, *codes: str | None) -> ItemT | None:
        for raw in codes:
            if not raw:
                continue
            code = normalise_code(raw)
            if code in self.by_code:
                return self.by_code[code]
            for basic in self.codes_longest_first:
                if len(basic) >= MIN_CODE_LENGTH and basic in code:
                    return self.by_code[basic]
        return None

    def match(self, observation: GuideObservation) -> Match[ItemT]:
        item = self.match_code(observation.basic_code, observation.item_code)
        if item is not None:
            return Match(item, "code")
        name = normalise_name(observation.name)
        if name in self.by_name:
            return Match(self.by_name[name], "name")
        if name in self.by_alias:
            return Match(self.by_alias[name], "alias")
        return Match(None, "unmatched")


def standard_index(policy: Policy) -> CodeNameIndex[StandardItem]:
    return CodeNameIndex(policy.standard_items)


def abolished_index(policy: Policy) -> CodeNameIndex[AbolishedItem]:
    return CodeNameIndex(policy.abolished_items)
