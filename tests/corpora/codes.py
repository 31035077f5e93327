"""GB 11714 organisation-code and GB 32100 unified-social-credit-code check characters.

A standard public algorithm, shared by every corpus generator and by the checks (the
simulator keeps its own copy in ``channel_equity/simulator/codes.py``; the corpora stay
independent of the package they test, and of its simulator). Stdlib only.
"""

from __future__ import annotations

USCI_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: 31 characters, no I O S V Z
USCI_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714


def org_code_check(body8: str) -> str:
    """The GB 11714 check character of an 8-character organisation code body."""
    total = sum(int(char, 36) * weight for char, weight in zip(body8, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def usci_check(body17: str) -> str:
    """The GB 32100 check character of the first 17 characters of a USCI."""
    total = sum(USCI_CHARS.index(char) * weight for char, weight in zip(body17, USCI_WEIGHTS, strict=True))
    return USCI_CHARS[(31 - total % 31) % 31]


def valid_usci(usci: str) -> bool:
    """An 18-character USCI whose own check character and whose organisation code's are both right."""
    if len(usci) != 18 or any(char not in USCI_CHARS for char in usci):
        return False
    return usci_check(usci[:17]) == usci[17] and org_code_check(usci[8:16]) == usci[16]
