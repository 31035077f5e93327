"""The shape of a rule: a small declared unit (id, title, clause, severity, scope) with one
method that turns a scan's context into verdicts. Each rule's docstring states the evidence
it attaches and its known false-positive risks.

A rule also declares its ``messages`` (every message template its verdicts use) and its
``terms`` (the level or channel names and the separators of its term-list arguments). They
are the message ids the report's catalogs must translate, so a verdict built from an
undeclared one is refused here, where a rule test sees it, rather than shown in English in
a Chinese report.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar, Literal

from channel_equity.checks.verdict import Evidence, MessageArg, Verdict, is_term_list

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord

Scope = Literal["item", "page", "city"]
Severity = Literal["critical", "high", "medium", "low", "info"]


class UndeclaredMessageError(ValueError):
    """A verdict uses a template or term its rule does not declare: a bug in the rule."""


class Rule:
    """Base of every rule. Subclasses set the class attributes and implement ``evaluate``."""

    id: ClassVar[str]
    title: ClassVar[str]
    clause: ClassVar[str]  # the clause of the provincial notice the rule enforces
    severity: ClassVar[Severity] = "medium"
    scope: ClassVar[Scope] = "item"
    dimensions: ClassVar[tuple[str, ...]] = ()
    messages: ClassVar[tuple[str, ...]] = ()  # the message templates its verdicts use
    terms: ClassVar[tuple[str, ...]] = ()  # words and separators of its term-list arguments

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

    def make_verdict(self, city_id: str, subject: str, template: str, args: Mapping[str, MessageArg],
                     evidence: Evidence, *, item_code: str | None = None, item_name: str | None = None,
                     standard_code: str | None = None, dimension: str | None = None) -> Verdict:
        """A verdict of this rule, its message built from one of the declared ``messages``."""
        if template not in self.messages:
            raise UndeclaredMessageError(f"{self.id}: add {template!r} to the rule's messages (and the catalogs)")
        for value in args.values():
            words = [*value["terms"], value["sep"]] if is_term_list(value) else []
            if any(word not in self.terms for word in words):
                raise UndeclaredMessageError(f"{self.id}: add {words!r} to the rule's terms (and the catalogs)")
        return Verdict(rule=self.id, city_id=city_id, subject=subject, message_template=template,
                       message_args=args, evidence=evidence, item_code=item_code, item_name=item_name,
                       standard_code=standard_code, dimension=dimension)


class ItemRule(Rule):
    """A rule judged guide by guide."""

    scope: ClassVar[Scope] = "item"

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        for guide in context.guides:
            yield from self.judge(guide, context)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterable[Verdict]:
        raise NotImplementedError

    def verdict(self, guide: GuideRecord, template: str, args: Mapping[str, MessageArg], excerpt: str,
                dimension: str | None = None) -> Verdict:
        """A verdict on ``guide`` with its page as evidence."""
        return self.make_verdict(
            guide.city_id, guide.subject, template, args, guide.evidence(excerpt),
            item_code=guide.observation.item_code, item_name=guide.observation.name,
            standard_code=guide.standard_code, dimension=dimension,
        )
