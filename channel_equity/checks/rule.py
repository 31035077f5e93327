"""The shape of a rule: a small declared unit (id, title, clause, severity, scope) with one
method that turns a scan's context into verdicts. Each rule's docstring states the evidence
it attaches and its known false-positive risks.

A rule also declares its ``messages`` (every message template its verdicts use) and its
``terms`` (the level or channel names and the separators of its term-list arguments). They
are the message ids the report's catalogs must translate, so a verdict built from an
undeclared one is refused here, where a rule test sees it, rather than shown in English in
a Chinese report.

A rule declares what else it reads, so that nothing outside it has to know its internals:

* ``thresholds``: the numbers a province may set under ``thresholds:`` (``Threshold``: name,
  default, meaning, kind and range). The rule reads them through ``threshold_value``, never
  with a default of its own; the registry refuses a config key no rule declares, and the
  report reads the same declarations to show the same figures.
* ``phrase_categories``: the phrase-lexicon categories it asks (``context.phrases``), and
  ``highlight_categories``, those whose words made it fire, which the report marks again in
  the excerpt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar, Literal

from channel_equity.checks.verdict import Basis, Evidence, MessageArg, Verdict, is_term_list
from channel_equity.core.config import Policy

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord
    from channel_equity.core.config import MonitorConfig
    from channel_equity.core.observation import GuideObservation

Scope = Literal["item", "page", "city"]
Severity = Literal["critical", "high", "medium", "low", "info"]


class UndeclaredMessageError(ValueError):
    """A verdict uses a template or term its rule does not declare: a bug in the rule."""


class UndeclaredThresholdError(LookupError):
    """A rule reads a threshold it does not declare: a bug in the rule."""


@dataclass(frozen=True)
class Threshold:
    """A number a province may set under ``thresholds:`` to tune a rule.

    ``default`` applies when the config does not set it, unless ``policy_default`` names the
    policy field that holds the default (``policy.immediate_share_min``). ``integer`` asks
    for a whole number; ``minimum`` / ``maximum`` bound the value (inclusive). ``tolerance``
    is how far below the threshold a measured value still reaches it (float arithmetic).
    """

    name: str
    default: float
    meaning: str
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None
    policy_default: str | None = None
    tolerance: float = 0.0

    def __post_init__(self) -> None:
        if self.policy_default is not None:
            field = Policy.model_fields.get(self.policy_default)
            if field is None:
                raise ValueError(f"threshold {self.name}: no policy field {self.policy_default!r}")
            if field.default != self.default:
                raise ValueError(f"threshold {self.name}: default {self.default!r} is not the policy's {field.default!r}")
        if self.problem(self.default) is not None:
            raise ValueError(f"threshold {self.name}: default {self.default!r} {self.problem(self.default)}")

    def default_for(self, config: MonitorConfig) -> float:
        if self.policy_default is not None:
            return float(getattr(config.policy, self.policy_default))
        return float(self.default)

    def value(self, config: MonitorConfig) -> float:
        """The province's value (``thresholds.<name>``), else the default."""
        if self.name in config.thresholds:
            return float(config.thresholds[self.name])
        return self.default_for(config)

    def reached(self, measured: float, threshold: float) -> bool:
        """Whether ``measured`` is at least ``threshold`` (within the tolerance)."""
        return measured >= threshold - self.tolerance

    def expected(self) -> str:
        """What a value must be, in words: "a whole number ≥ 0", "a number from 0 to 1"."""
        kind = "a whole number" if self.integer else "a number"
        if self.minimum is not None and self.maximum is not None:
            return f"{kind} from {self.minimum:g} to {self.maximum:g}"
        if self.minimum is not None:
            return f"{kind} ≥ {self.minimum:g}"
        if self.maximum is not None:
            return f"{kind} ≤ {self.maximum:g}"
        return kind

    def problem(self, value: object) -> str | None:
        """Why ``value`` cannot be this threshold, or None when it can."""
        wrong = f"expected {self.expected()}, got {value!r}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return wrong  # YAML's yes / no, a quoted "0.3", a list …
        number = float(value)
        if not math.isfinite(number) or (self.integer and not number.is_integer()):
            return wrong
        if (self.minimum is not None and number < self.minimum) or (self.maximum is not None and number > self.maximum):
            return wrong
        return None

    def describe_default(self) -> str:
        """The default as the README states it: "10", "policy.immediate_share_min"."""
        return f"policy.{self.policy_default}" if self.policy_default else f"{self.default:g}"


class Rule:
    """Base of every rule. Subclasses set the class attributes and implement ``evaluate``."""

    id: ClassVar[str]
    title: ClassVar[str]
    clause: ClassVar[str]  # the clause of the provincial notice the rule enforces
    severity: ClassVar[Severity] = "medium"
    scope: ClassVar[Scope] = "item"
    dimensions: ClassVar[tuple[str, ...]] = ()
    messages: ClassVar[tuple[str, ...]] = ()  # the message templates its verdicts use
    not_judged_messages: ClassVar[tuple[str, ...]] = ()  # the templates of its "not judged" reasons
    terms: ClassVar[tuple[str, ...]] = ()  # words and separators of its term-list arguments
    thresholds: ClassVar[tuple[Threshold, ...]] = ()  # the ``thresholds:`` keys it reads
    phrase_categories: ClassVar[tuple[str, ...]] = ()  # the phrase-lexicon categories it asks
    highlight_categories: ClassVar[tuple[str, ...]] = ()  # of those, the ones whose words made it fire
    reads: ClassVar[tuple[str, ...]] = ()  # the observation fields its structural verdicts rest on
    basis: ClassVar[Basis] = "stated"  # how its verdicts are established when they say nothing else
    judges_probes: ClassVar[bool] = False  # reads only what the browser probes saw (checks/context.ProbeVisit)

    def declared_threshold(self, name: str) -> Threshold:
        """The rule's declaration of threshold ``name``."""
        for threshold in self.thresholds:
            if threshold.name == name:
                return threshold
        raise UndeclaredThresholdError(f"{self.id}: add a Threshold {name!r} to the rule's thresholds")

    def threshold_value(self, config: MonitorConfig, name: str) -> float:
        """The value of threshold ``name`` for this province (its setting, else the default)."""
        return self.declared_threshold(name).value(config)

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
                     standard_code: str | None = None, dimension: str | None = None,
                     basis: Basis | None = None) -> Verdict:
        """A verdict of this rule, its message built from one of the declared ``messages``, its
        evidence saying how it was established (``basis``, else the rule's)."""
        if template not in self.messages:
            raise UndeclaredMessageError(f"{self.id}: add {template!r} to the rule's messages (and the catalogs)")
        for value in args.values():
            words = [*value["terms"], value["sep"]] if is_term_list(value) else []
            if any(word not in self.terms for word in words):
                raise UndeclaredMessageError(f"{self.id}: add {words!r} to the rule's terms (and the catalogs)")
        return Verdict(rule=self.id, city_id=city_id, subject=subject, message_template=template,
                       message_args=args, evidence=replace(evidence, basis=basis or self.basis),
                       item_code=item_code, item_name=item_name,
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
                dimension: str | None = None, basis: Basis | None = None, reads: tuple[str, ...] = ()) -> Verdict:
        """A verdict on ``guide`` with its page as evidence, established as ``basis`` says, else by
        how the guide gave the fields it rests on (``reads``, else the rule's ``reads``)."""
        fields = reads or self.reads
        return self.make_verdict(
            guide.city_id, guide.subject, template, args, guide.evidence(excerpt),
            item_code=guide.observation.item_code, item_name=guide.observation.name,
            standard_code=guide.standard_code, dimension=dimension,
            basis=basis or (basis_of(guide.observation, fields) if fields else None),
        )


def basis_of(observation: GuideObservation, fields: Iterable[str]) -> Basis:
    """How a guide gave the fields a verdict rests on: all under their labels ("stated"), some
    from its sentences ("prose"), some derived or under a label nobody declared ("inferred")."""
    given = {observation.provenance.get(name) for name in fields}
    if given & {"inferred", "unlabelled"}:
        return "inferred"
    return "prose" if "prose" in given else "stated"
