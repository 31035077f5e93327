"""offline-only: a service the province requires online that still cannot be had without a trip."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import ItemRule, Scope, Severity
from channel_equity.checks.rules._text import channel_field_excerpt, channel_wording

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord
    from channel_equity.checks.verdict import Verdict

NO_ONLINE = "the standard requires online handling ({standard_code}) but the guide offers no online channel"
DEMANDS_VISIT = "the standard requires online handling ({standard_code}) but the guide demands a visit: {words}"


class OfflineOnlyRule(ItemRule):
    """Fires when the matched standard item says ``online: required`` (or ``only``) and the
    guide offers no online channel (``channels`` has no "online" — online booking is not one,
    the extractor already left it out), or its wording demands an in-person visit or paper at
    the counter after all (``forced_offline`` phrases in ``channel_text`` — the channel, place,
    note and visit-reason fields — and the place names). Unmatched guides and ``online: optional``
    items never fire: the province did not promise them online.

    Evidence: the guide page; the excerpt is the phrase in context, else the channel field as
    the portal wrote it ("办理形式：窗口办理、快递申请").

    False-positive risks: a visit reason that explains an *optional* visit in obligation words
    ("需现场核验原件" where the online route needs none) reads as a demand; a guide that does
    not state its channels is not judged on structure (no observation is not compliance).
    """

    id: ClassVar[str] = "offline-only"
    title: ClassVar[str] = "Online handling promised but not offered (forced offline)"
    clause: ClassVar[str] = (
        "“non-interview examination and approval” services … cutting down on the time, links, "
        "materials and travel"
    )
    severity: ClassVar[Severity] = "high"
    scope: ClassVar[Scope] = "item"
    messages: ClassVar[tuple[str, ...]] = (NO_ONLINE, DEMANDS_VISIT)
    phrase_categories: ClassVar[tuple[str, ...]] = ("forced_offline", "channel_labels")
    highlight_categories: ClassVar[tuple[str, ...]] = ("forced_offline",)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        if standard is None or standard.online not in ("required", "only"):
            return
        observation = guide.observation
        if observation.channels and "online" not in observation.channels:
            excerpt = channel_field_excerpt(observation, context.phrases)
            yield self.verdict(guide, NO_ONLINE, {"standard_code": standard.code}, excerpt)
            return
        hit = context.phrases.find("forced_offline", channel_wording(observation))
        if hit is not None:
            yield self.verdict(guide, DEMANDS_VISIT, {"standard_code": standard.code, "words": hit.words},
                               hit.excerpt)
