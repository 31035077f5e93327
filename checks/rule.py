"""The shape of a rule: a small declared unit (id, title, clause, severity, scope) with one
method that turns a scan's context into verdicts. Each rule's docstring states the evidence
it attaches and its known false-positive risks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar, Literal

from checks.verdict import Verdict

if TYPE_CHECKING:
    from checks.context import CheckContext, GuideRecord

Scope = Literal["item", "page", "city"]
Severity = Literal["critical", "high", "medium", "low", "info"]


class Rule:
    """Base of every rule. Subclasses set the class attributes and implement ``evaluate``."""

    id: ClassVar[str]
    title: ClassVar[str]
    clause: ClassVar[str]  # the clause of the provincial notice the rule enforces
    severity: ClassVar[Severity] = "medium"
    scope: ClassVar[Scope] = "item"
    dimensions: ClassVar[tuple[str, ...]] = ()

    def evaluate(self, context: CheckContext) -> Iterable[Verdict]:
        raise NotImplementedError

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Whether this scan looked at ``subject`` again, so that silence means "fixed".

        A finding is resolved only when its subject was fetched successfully again and the
        rule no longer fires; anything not re-observed is a coverage gap and stays open.
        """
        if self.scope == "item":
            return (city_id, subject) in context.observed_items
        if self.scope == "page":
            return (city_id, subject) in context.observed_pages
        return context.city_reachable(city_id)


class ItemRule(Rule):
    """A rule judged guide by guide."""

    scope: ClassVar[Scope] = "item"

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        for guide in context.guides:
            yield from self.judge(guide, context)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterable[Verdict]:
        raise NotImplementedError

    def verdict(self, guide: GuideRecord, message: str, excerpt: str, dimension: str | None = None) -> Verdict:
        """A verdict on ``guide`` with its page as evidence."""
        return Verdict(
            rule=self.id, city_id=guide.city_id, subject=guide.subject, message=message,
            evidence=guide.evidence(excerpt), item_code=guide.observation.item_code,
            item_name=guide.observation.name, standard_code=guide.standard_code, dimension=dimension,
        )
