"""Guides that contradict themselves: the consistency checks auditors apply to 办事指南.

Each is a rule of its own (its own id, so that each contradiction opens, resolves and is
counted separately), sharing one shape: a predicate over the normalised fields and the
fields to quote side by side, so that the excerpt shows the contradiction itself.
They need no standard match and judge every guide. Severity low: the guide misinforms the
citizen and hides the real terms, but none of them refuses a service by itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import fields_excerpt
from channel_equity.checks.verdict import MessageArg, Verdict
from channel_equity.core.labels import default_lexicon
from channel_equity.core.observation import GuideObservation

FULLY_ONLINE_DEPTH = 4
"""网上办理深度 Ⅳ级 = 全程网办: applied, decided and delivered without a visit."""


@cache
def placeholder_reasons() -> frozenset[str]:
    """What portals write in 必须现场办理原因说明 when they give no reason: the empty words of the
    lexicon (``values.empty`` of ``channel_equity/data/vocabulary.yaml``, the extractor's own list)."""
    return frozenset(word.strip().lower() for word in default_lexicon().words("values.empty"))


Contradiction = tuple[str, dict[str, MessageArg]]
"""A message template (one of the rule's ``messages``) and its arguments."""


class ConsistencyRule(ItemRule):
    """A guide whose fields contradict each other (subclasses say which)."""

    severity: ClassVar[Severity] = "low"
    quoted: ClassVar[tuple[str, ...]]  # the fields whose wording shows the contradiction

    def contradiction(self, observation: GuideObservation) -> Contradiction | None:
        """The message (template and arguments) when the guide contradicts itself, else None."""
        raise NotImplementedError

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        found = self.contradiction(guide.observation)
        if found is not None:
            yield self.verdict(guide, *found, fields_excerpt(guide.observation, *self.quoted), reads=self.quoted)


class DepthVisitsContradiction(ConsistencyRule):
    """Online depth Ⅳ (全程网办) and yet one or more on-site visits.

    Ⅳ级 means the item is handled entirely online, which implies 到办事现场次数 = 0; a guide
    that claims both advertises a non-interview service that in practice still demands trips.

    Evidence: the guide page with its depth and visits fields as shown.

    False-positive risks: a portal whose depth scale is not Ⅰ–Ⅳ (five stars, or the national
    multi-select codes) read as depth 4 by the extractor; visits that count collecting the
    result by choice when courier delivery is offered.
    """

    id: ClassVar[str] = "depth-visits-contradiction"
    title: ClassVar[str] = "Fully online (depth Ⅳ) but on-site visits required"
    clause: ClassVar[str] = (
        "when non-interview examination and approval services are provided … refusal of offline "
        "handling should be put an end to"
    )
    quoted: ClassVar[tuple[str, ...]] = ("online_depth", "visits")
    messages: ClassVar[tuple[str, ...]] = (
        "the guide claims fully online handling (depth Ⅳ) yet requires {visits} on-site visit(s)",
    )

    def contradiction(self, observation: GuideObservation) -> Contradiction | None:
        visits = observation.visits
        if observation.online_depth == FULLY_ONLINE_DEPTH and visits is not None and visits > 0:
            return self.messages[0], {"visits": visits}
        return None


class ImmediateCaseTypeMismatch(ConsistencyRule):
    """Promised limit 即办 (0 days) but the case type is 承诺件 (a promised-time case).

    An item handled on the spot is an 即办件; filing it as 承诺件 hides it from the share of
    immediately handled items the notice asks to raise, or the 即办 promise is not meant.

    Evidence: the guide page with its promised limit and case type as shown.

    False-positive risks: a promised limit in hours ("2小时") normalised to 0 days, which some
    provinces still file as 承诺件.
    """

    id: ClassVar[str] = "immediate-case-type-mismatch"
    title: ClassVar[str] = "Handled on the spot (即办) but filed as a promised-time case"
    clause: ClassVar[str] = "increasing the proportion of immediately handled items"
    quoted: ClassVar[tuple[str, ...]] = ("promised_days", "case_type")
    messages: ClassVar[tuple[str, ...]] = (
        "the promised limit is 即办 (same day) but the case type is 承诺件 (promised-time case)",
    )

    def contradiction(self, observation: GuideObservation) -> Contradiction | None:
        if observation.promised_days == 0 and observation.case_type == "promised":
            return self.messages[0], {}
        return None


class VisitReasonMissing(ConsistencyRule):
    """One or more on-site visits and no reason given (必须现场办理原因说明 empty or 无).

    Every visit must be justified; an unexplained visit is the trip the notice asks to cut.
    A guide that does not show the reason field at all fires too: the reason is a required
    element of the guide, and its absence is what the citizen sees.

    Evidence: the guide page with its visits and reason fields as shown.

    False-positive risks: a reason written elsewhere (in 办理流程 or a 温馨提示) instead of the
    field; a portal layout whose reason field the extractor did not read.
    """

    id: ClassVar[str] = "visit-reason-missing"
    title: ClassVar[str] = "On-site visits required without a stated reason"
    clause: ClassVar[str] = "cutting down on the time, links, materials and travel"
    quoted: ClassVar[tuple[str, ...]] = ("visits", "visit_reason")
    messages: ClassVar[tuple[str, ...]] = (
        "the guide requires {visits} on-site visit(s) but gives no reason why a visit is needed",
    )

    def contradiction(self, observation: GuideObservation) -> Contradiction | None:
        visits = observation.visits
        if visits is None or visits <= 0 or has_reason(observation.visit_reason):
            return None
        return self.messages[0], {"visits": visits}


def has_reason(text: str | None) -> bool:
    """A real reason, not an empty field or a placeholder such as 无."""
    return bool(text and text.strip() and text.strip().lower() not in placeholder_reasons())
