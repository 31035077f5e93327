"""What a city portal offers a citizen beyond its guides, as the headless-browser probes meet
it: the mobile channels page (apps, mini-programs, public accounts), site search and the way
from it to a guide, pages that answer slowly, and accessibility defects.

A province built without a probe plan has none of these (``City.features`` is None) and its
pages are those it always had. A channel's age, not its date, is planned: dates are printed
relative to ``REFERENCE_DATE`` (the day of the build), so its verdict does not change with the day
the tests run.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

REFERENCE_DATE = datetime.date.today()
"""The simulator's "today", the day the province is built: channels' update dates are so many days
before it (truth["probe"]["today"]), so that a monitor judging dates against the day of its scan
— as it must — reaches the verdicts the truth states, whatever the day the tests run."""
PROBE_THRESHOLDS: dict[str, float | int] = {
    "slow_page_seconds": 1.5,
    "max_journey_steps": 6,
    "zombie_channel_days": 365,
}
"""The probe rules' thresholds as a probed province's config states them (``thresholds:``)."""

ChannelKind = Literal["app", "mini-program", "public-account"]
Download = Literal["working", "dead", "missing", "qr"]
"""How a channel is obtained: an APK link that works, one that answers 404, no way at all, or a
QR code to scan (mini-programs and public accounts are not downloaded)."""
SearchKind = Literal["working", "finds-nothing", "deep"]
"""Site search that lists matching guides, one that finds nothing for anything, or one whose
results lead to the guide only through 选择区县 → 选择乡镇（街道） → 选择部门 pages."""
SlowTarget = Literal["home", "guide", "entry"]
AxePage = Literal["home", "entry-form"]


@dataclass(frozen=True)
class MobileChannel:
    """One entry of the 移动端 page: what it is called, when it was last updated, how to get it."""

    name: str
    kind: ChannelKind
    slug: str  # file name of its download (``/download/<slug>.apk``)
    version: str | None
    updated: datetime.date
    download: Download

    def age_days(self, today: datetime.date = REFERENCE_DATE) -> int:
        return (today - self.updated).days

    def state(self, zombie_days: int, today: datetime.date = REFERENCE_DATE) -> str:
        """The truth's kind: a zombie's cause, or ``recently-updated`` for a channel in use.
        A dead or missing download is a zombie whatever its date says."""
        if self.download == "dead":
            return "dead-download"
        if self.download == "missing":
            return "missing-download"
        if self.age_days(today) > zombie_days:
            return "stale-update"
        return "recently-updated"

    @property
    def download_path(self) -> str | None:
        return f"/download/{self.slug}.apk" if self.download in ("working", "dead") else None


@dataclass(frozen=True)
class SlowPage:
    """A page the server answers late: the home page, the city's first readable guide, or the
    online entry of its first readable guide with a plain web form."""

    target: SlowTarget
    seconds: float


@dataclass(frozen=True)
class AxeDefect:
    """A serious or critical accessibility defect injected on one page (an axe-core rule id)."""

    rule: str
    page: AxePage


@dataclass(frozen=True)
class PortalFeatures:
    """One city's probe-facing features; ``journey_code`` names the guide a citizen looks for
    with the site search (it has a working web form)."""

    channels: tuple[MobileChannel, ...]
    search: SearchKind
    journey_code: str
    slow_pages: tuple[SlowPage, ...] = ()
    axe_defects: tuple[AxeDefect, ...] = ()

    def has_defect(self, rule: str, page: AxePage) -> bool:
        return AxeDefect(rule, page) in self.axe_defects
