"""offline-only: a service the province requires online that still cannot be had without a trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import ItemRule, Scope, Severity
from channel_equity.checks.rules._channels import (
    CHANNELS_NOT_STATED,
    NOT_JUDGED_MESSAGES,
    ONLINE_ELSEWHERE,
    channels_stated,
    names_an_online_route,
    offers_online,
    offline_clause,
    without_visit_reason,
)
from channel_equity.checks.rules._text import channel_field_excerpt, channel_wording, page_words
from channel_equity.checks.verdict import Basis

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord
    from channel_equity.checks.verdict import Verdict

NO_ONLINE = "the standard requires online handling ({standard_code}) but the guide offers no online channel"
LINKS = re.compile(r"<a\b[^>]*>.*?</a\s*>", re.S | re.I)
"""Links: the site's menus ("网上办事大厅") are not the guide speaking; its own online entry is
``offers_online``'s."""
SILENT_ON_ONLINE = ("the standard requires online handling ({standard_code}) but the guide sends the applicant "
                    "to a place and names no online route anywhere on its page")
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

    No verdict on a guess (``_channels``): "no online channel" is judged only when the guide
    states its channels under a channel label, or states 是否网办：否 beside channels inferred
    from its halls; a guide that lists no online channel but links an online entry or states an
    online depth of Ⅱ+ is not judged, nor is one whose channels are inferred or absent (each
    counted per city as not judged) — except a guide whose channels were read from its sentences
    when two signals agree: its sentences send the applicant to a place (the clause quoted), and
    nothing on its page outside links (the site's menus) names any online route, not even
    negated; and it does not say the trip is unneeded (0 visits: 上门服务). That verdict says so
    (``SILENT_ON_ONLINE``, basis "corroborated"). The reason given for a visit (到现场原因) is not read as
    wording: a visit the standard allows is no demand, and the count is exceeds-standard's.
    A guide read as both online-only and offline-only is judged by neither (contradictory).

    False-positive risks: obligation words in the notes about an optional visit read as a
    demand; a stated 办理形式 that simply forgot the online route reads as none.
    """

    id: ClassVar[str] = "offline-only"
    title: ClassVar[str] = "Online handling promised but not offered (forced offline)"
    clause: ClassVar[str] = (
        "“non-interview examination and approval” services … cutting down on the time, links, "
        "materials and travel"
    )
    severity: ClassVar[Severity] = "high"
    scope: ClassVar[Scope] = "item"
    messages: ClassVar[tuple[str, ...]] = (NO_ONLINE, SILENT_ON_ONLINE, DEMANDS_VISIT)
    not_judged_messages: ClassVar[tuple[str, ...]] = NOT_JUDGED_MESSAGES
    phrase_categories: ClassVar[tuple[str, ...]] = ("forced_offline", "channel_labels")
    highlight_categories: ClassVar[tuple[str, ...]] = ("forced_offline",)
    reads: ClassVar[tuple[str, ...]] = ("channels",)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        standard = guide.standard
        if standard is None or standard.online not in ("required", "only"):
            return
        observation = guide.observation
        if observation.channels and "online" not in observation.channels:
            if offers_online(observation):
                context.note_guide_not_judged(self.id, guide.city_id, ONLINE_ELSEWHERE)
            elif (stated := channels_stated(observation)) or observation.online_available is False:
                excerpt = channel_field_excerpt(observation, context.phrases)
                # channels guessed from the halls, and 是否网办：否 stated beside them: two signals agree
                basis: Basis | None = None if stated else "corroborated"
                yield self.verdict(guide, NO_ONLINE, {"standard_code": standard.code}, excerpt, basis=basis)
            elif (clause := silent_on_online(guide, context)) is not None:
                yield self.verdict(guide, SILENT_ON_ONLINE, {"standard_code": standard.code}, clause,
                                   basis="corroborated")
            else:  # counter-only guessed from a hall listing: absence is no refusal
                context.note_guide_not_judged(self.id, guide.city_id, CHANNELS_NOT_STATED)
            return
        hit = context.phrases.find("forced_offline", without_visit_reason(observation, channel_wording(observation)))
        if hit is not None:
            yield self.verdict(guide, DEMANDS_VISIT, {"standard_code": standard.code, "words": hit.words},
                               hit.excerpt, basis="prose")
        elif not observation.channels:
            context.note_guide_not_judged(self.id, guide.city_id, CHANNELS_NOT_STATED)


def silent_on_online(guide: GuideRecord, context: CheckContext) -> str | None:
    """A prose guide's clause sending the applicant to a place, when nothing on its page outside
    links (the site's menus) names an online route: two signals — the guide's sentences name
    only offline places, and the page is silent on any online route — agree that it offers none.
    None when the channels were not read from sentences, the page speaks of an online route, or
    the guide says no trip is needed (上门服务: a third signal against the other two)."""
    observation = guide.observation
    if observation.provenance.get("channels") != "prose" or observation.online_available is True \
            or observation.visits == 0 or guide.page is None:  # 0 trips: the service comes to the applicant
        return None
    clause = offline_clause(observation)
    if clause is None or names_an_online_route(page_words(LINKS.sub(" ", context.text_of(guide.page))).visible):
        return None
    return clause
