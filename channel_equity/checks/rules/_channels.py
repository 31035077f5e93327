"""What the channel rules (online-only, offline-only) need before they may accuse a city.

Both are high-severity: a finding is shown to the city, and a guide that plainly offers what
the finding says it refuses costs the office its credibility. So a rule judges a guide's
channels by structure only when the guide *states* them under its channel label (provenance
absent: not read from sentences, not inferred from a hall listing), or when an inference is
corroborated by a second, independent statement (是否网办：否 beside a counter-only guess).
Absence alone is never a violation: such a guide is counted as not judged, per rule and city,
and shown on the coverage page.
"""

from __future__ import annotations

import re
from functools import cache

from channel_equity.core.labels import default_lexicon
from channel_equity.core.observation import GuideObservation

CHANNELS_NOT_STATED = "{count} guides state no channel under a channel label (inferred or absent): not judged"
ONLINE_ELSEWHERE = ("{count} guides list no online channel but link an online entry or state an online "
                    "depth: not judged")
CONTRADICTORY = "{count} guides read as both online-only and offline-only: contradictory evidence, not judged"
NOT_JUDGED_MESSAGES = (CHANNELS_NOT_STATED, ONLINE_ELSEWHERE, CONTRADICTORY)
"""The reasons either channel rule may give for leaving a guide unjudged."""

CHANNEL_RULES = ("online-only", "offline-only")
"""Rules whose verdicts on one guide exclude each other: both firing means the evidence is contradictory."""

MIN_ONLINE_DEPTH = 2
"""网上办理深度 Ⅱ (预审) and above is an online application; Ⅰ publishes information only."""


def channels_stated(observation: GuideObservation) -> bool:
    """Are the guide's channels what its channel label states (not read from sentences or inferred)?"""
    return bool(observation.channels) and "channels" not in observation.provenance


def offers_online(observation: GuideObservation) -> bool:
    """Does the guide point to an online application anyway: its own online entry, or an
    online depth of Ⅱ or more?"""
    return observation.online_entry_url is not None or (observation.online_depth or 0) >= MIN_ONLINE_DEPTH


@cache
def online_route_words() -> tuple[str, ...]:
    """Words that name an online route in a sentence (the extractor's ``prose.online_words`` of
    ``channel_equity/data/vocabulary.yaml``: 网上申请, 政务服务网, 小程序, 登录 …), lower-cased."""
    return tuple(word.lower() for word in default_lexicon().words("prose.online_words"))


def names_an_online_route(text: str) -> bool:
    """Does ``text`` name an online route anywhere, negated or not ("不支持网上办理" counts: only
    a text that never speaks of one is silent about it)?"""
    folded = text.lower()
    return any(word in folded for word in online_route_words())


OFFLINE_PLACE = re.compile(r"[^。；;\n]*(?:窗口|大厅|服务中心|服务站|现场|当面|书面申请)[^。；;\n]*")
"""A clause of a guide's sentences that sends the applicant to a place."""


def offline_clause(observation: GuideObservation) -> str | None:
    """The guide's own clause that sends the applicant to a place ("申请人向…便民服务中心提出书面
    申请"), from its fields as read: the excerpt of a prose guide's offline-only verdict."""
    for text in [observation.channel_text or "", *observation.raw_fields.values()]:
        found = OFFLINE_PLACE.search(text)
        if found is not None and found.group().strip():
            return found.group().strip()
    return None


def without_visit_reason(observation: GuideObservation, wording: str) -> str:
    """The channel wording less the reason given for a visit ("需现场核验原件"): a visit the
    standard allows is not forced-offline wording; its count is judged against the allowed visits."""
    reason = (observation.visit_reason or "").strip()
    return wording.replace(reason, "") if reason else wording
