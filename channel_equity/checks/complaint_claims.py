"""Which rules bear out which claim: what a complaint's re-check runs, and what counts as the
portal showing what the citizen said.

A claim is substantiated only by a rule that judges the same wrong — a refused counter by
``online-only``, "they made me come three times" by the visits the guide demands — never by
some other finding on the item. ``other`` names no wrong, so every rule judged item by item
runs and any finding on the item is shown (the inspector reads what it is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from channel_equity.checks.rule import Rule
from channel_equity.checks.verdict import Verdict


@dataclass(frozen=True)
class ClaimRule:
    """A rule that bears out a claim; with ``dimension``, only its verdicts on that dimension
    (``exceeds-standard`` on ``visits``, not on promised days)."""

    rule: str
    dimension: str | None = None

    def describe(self) -> str:
        return f"{self.rule} ({self.dimension})" if self.dimension else self.rule


VISITS_OVER_STANDARD = ClaimRule("exceeds-standard", "visits")

CLAIM_RULES: dict[str, tuple[ClaimRule, ...]] = {
    # "the counter refused me and told me to apply online"
    "online-only": (ClaimRule("online-only"),),
    # "online handling is promised, yet they demanded a visit and paper"
    "offline-only": (ClaimRule("offline-only"), ClaimRule("depth-visits-contradiction"), VISITS_OVER_STANDARD),
    # "the online application always fails": the entry as the browser meets it
    "entry-broken": (ClaimRule("online-entry-broken"), ClaimRule("separate-login"), ClaimRule("app-only-entry"),
                     ClaimRule("legacy-browser-required"), ClaimRule("login-wall")),
    # "they made me come three times"
    "excess-visits": (VISITS_OVER_STANDARD, ClaimRule("depth-visits-contradiction")),
    # "they asked for papers the government already holds"
    "shared-data": (ClaimRule("shared-data-demanded"),),
}
"""Claim -> the rules that bear it out. ``other`` is absent: every item rule runs."""

ENTRY_CLAIMS = frozenset({"entry-broken"})
"""Claims about the online entry: a guide that offers none cannot be checked for them."""


def claim_rules(claim: str, enabled: Iterable[Rule]) -> tuple[list[Rule], list[ClaimRule]]:
    """The enabled rules a re-check of ``claim`` runs, and the claim rules they stand for."""
    rules = list(enabled)
    wanted = CLAIM_RULES.get(claim)
    if wanted is None:
        chosen = [rule for rule in rules if rule.scope == "item"]
        return chosen, [ClaimRule(rule.id) for rule in chosen]
    by_id = {rule.id: rule for rule in rules}
    kept = [claimed for claimed in wanted if claimed.rule in by_id]
    return list({claimed.rule: by_id[claimed.rule] for claimed in kept}.values()), kept


def bears_out(verdict: Verdict, claimed: Iterable[ClaimRule]) -> bool:
    """Whether ``verdict`` is one the claim rules count (its rule, and its dimension if named)."""
    return any(verdict.rule == c.rule and (c.dimension is None or verdict.dimension == c.dimension) for c in claimed)
