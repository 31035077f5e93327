"""online-only: a guide that turns away citizens who cannot or will not apply online."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, get_args

from channel_equity.checks.rule import ItemRule, Scope, Severity
from channel_equity.checks.rules._channels import (
    CHANNELS_NOT_STATED,
    NOT_JUDGED_MESSAGES,
    channels_stated,
    without_visit_reason,
)
from channel_equity.checks.rules._text import channel_field_excerpt, channel_wording
from channel_equity.checks.verdict import terms
from channel_equity.core.observation import Channel

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord
    from channel_equity.checks.verdict import Verdict

FACE_TO_FACE = "counter"
ONLY_ONLINE = "the guide accepts only online applications: {words}"
NO_COUNTER = "the guide offers no counter channel (only {offered})"
CHANNEL_SEPARATOR = "、"
COUNTER_CATEGORIES = ("forced_offline", "counter_redirect")
"""Wording that sends the citizen to a counter after all: not online-only (``sends_to_a_counter``)."""


class OnlineOnlyRule(ItemRule):
    """Fires when a guide offers no counter channel (``channels`` lists only online, post or
    self-service terminals), or its wording accepts only online / app / self-service
    applications or refuses the counter (``online_only`` phrases in its channel, place and
    note wording: ``channel_text`` and the place names) — unless the matched standard item
    permits online-only handling (``online: only``, or ``offline: optional``: the counter is
    not required). Unmatched guides are judged with the default policy: not permitted.

    Evidence: the guide page; the excerpt is the phrase in context, else the channel field as
    the portal wrote it ("办理形式：网上办理").

    False-positive risks: a guide whose 办理形式 omits the counter although its places list a
    hall (the field is what the portal publishes, so it stands); a post-only guide is judged
    online-only, since post is not face-to-face handling; wording outside the labelled
    channel / place / note fields is not read (a free-floating notice is app-only-entry's).
    A guide that does not state its channels at all is not judged on structure, nor is one
    whose notes send the citizen to a counter anyway (that guide is offline-only's case).
    No verdict on a guess (``_channels``): "no counter" is judged only when the channel label
    states the channels; channels read from sentences or inferred leave the guide not judged
    (counted per city). A guide read as both online-only and offline-only is judged by neither.
    """

    id: ClassVar[str] = "online-only"
    title: ClassVar[str] = "Counter or offline handling refused (online-only)"
    clause: ClassVar[str] = (
        "“refusal of face-to-face handling” and “refusal of offline handling” should be put an end to"
    )
    severity: ClassVar[Severity] = "high"
    scope: ClassVar[Scope] = "item"
    messages: ClassVar[tuple[str, ...]] = (ONLY_ONLINE, NO_COUNTER)
    not_judged_messages: ClassVar[tuple[str, ...]] = NOT_JUDGED_MESSAGES
    terms: ClassVar[tuple[str, ...]] = (*get_args(Channel), CHANNEL_SEPARATOR)
    phrase_categories: ClassVar[tuple[str, ...]] = ("online_only", *COUNTER_CATEGORIES, "channel_labels")
    highlight_categories: ClassVar[tuple[str, ...]] = ("online_only",)
    reads: ClassVar[tuple[str, ...]] = ("channels",)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        if standard is not None and (standard.online == "only" or standard.offline == "optional"):
            return
        observation = guide.observation
        wording = without_visit_reason(observation, channel_wording(observation))
        hit = context.phrases.find("online_only", wording)
        if hit is not None:
            yield self.verdict(guide, ONLY_ONLINE, {"words": hit.words}, hit.excerpt, basis="prose")
        elif observation.channels and FACE_TO_FACE not in observation.channels \
                and not sends_to_a_counter(wording, context):
            if channels_stated(observation):
                offered = terms(observation.channels, CHANNEL_SEPARATOR)
                excerpt = channel_field_excerpt(observation, context.phrases)
                yield self.verdict(guide, NO_COUNTER, {"offered": offered}, excerpt)
            else:  # online read from sentences or inferred: absence of a counter is no refusal
                context.note_guide_not_judged(self.id, guide.city_id, CHANNELS_NOT_STATED)
        elif not observation.channels:
            context.note_guide_not_judged(self.id, guide.city_id, CHANNELS_NOT_STATED)


def sends_to_a_counter(wording: str, context: CheckContext) -> bool:
    """Do the guide's notes send the citizen to a counter after all ("须携带原件到窗口核验")?

    Then a 办理形式 without 窗口办理 does not refuse the counter: the guide is forced offline
    (offline-only's finding), not online-only."""
    return any(context.phrases.find(category, wording) is not None for category in COUNTER_CATEGORIES)
