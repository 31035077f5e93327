"""Realistic item codes: USCI of implementing bodies, 12-char basic codes, 31/33-char implementation codes.

The crawler and the checks match guides to standard items by code containment (GB/T 39554.1:
implementation code = USCI + level digit + basic code), so the simulated codes follow the
real structure, including valid check characters, rather than being random strings that
would only exercise the happy path.
"""

from __future__ import annotations

import random

from channel_equity.core.observation import Level

USCI_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCI_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

LEVEL_DIGITS: dict[Level, str] = {
    "national": "1",
    "province": "2",
    "city": "3",
    "county": "4",
    "town": "5",
    "village": "6",
}


def org_code_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(int(ch, 36) * weight for ch, weight in zip(body, ORG_CODE_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def usci_check(body17: str) -> str:
    """GB 32100 check character of the first 17 characters of a unified social credit identifier."""
    total = sum(USCI_CHARSET.index(ch) * weight for ch, weight in zip(body17, USCI_WEIGHTS, strict=True))
    return USCI_CHARSET[(31 - total % 31) % 31]


def make_usci(region_code: str, rng: random.Random) -> str:
    """An 18-character USCI of a government organ (登记管理部门 1 = 机构编制, 类别 1 = 机关)."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + org_code_check(body)
    first17 = "11" + region_code + org
    return first17 + usci_check(first17)


def basic_code(region_prefix: str, type_code: str, dept_code: str, main: int, sub: int = 0) -> str:
    """12-char basic code: region (00 = national catalogue) + type + department + main + sub item."""
    code = f"{region_prefix}{type_code}{dept_code}{main:03d}{sub:03d}"
    if len(code) != 12:
        raise ValueError(f"basic code {code!r} is not 12 characters")
    return code


def implementation_code(usci: str, level: Level, basic: str) -> str:
    """31-char implementation code: USCI + exercise-level digit + basic code."""
    return usci + LEVEL_DIGITS[level] + basic


def handling_item_code(implementation: str, sequence: int) -> str:
    """33-char business-handling-item code: implementation code + 2-digit sequence."""
    return f"{implementation}{sequence:02d}"
