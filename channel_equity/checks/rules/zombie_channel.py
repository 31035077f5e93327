"""zombie-channel: an app, mini-program or account the portal still lists, dead or long unmaintained."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import Rule, Scope, Severity, Threshold
from channel_equity.checks.rules._mobile_channels import ChannelRow, read_channel_rows
from channel_equity.checks.rules._probes import seen_by
from channel_equity.checks.verdict import Basis, MessageArg, Verdict
from channel_equity.crawler.probes.channels import download_works

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit

DEAD = "{channel}, listed on {url}: its download {link} does not work ({status})"
MISSING = "{channel}, listed on {url}: an app offered with no download and no code to scan"
STALE = "{channel}, listed on {url}: last updated {updated}, {days} days before the scan (more than {limit})"
NO_PAGE = "no page of apps, mini-programs or accounts was found among the home page's links: not judged"


class ZombieChannelRule(Rule):
    """Fires once per channel (app, mini-program, public account) that the portal's channels page
    — the page a home-page link named 移动端 / 掌上办 / APP下载 … leads to
    (``probes.channel_page_words``), or the one the config names (``cities[].channels_pages``) —
    still lists, when:

    * a download it offers does not answer (requested by the probe: HTTP error or no answer);
    * it is an app (…APP, …客户端) with neither a download nor a code to scan;
    * the date its row gives as its last update (a 更新时间 column, or 更新 / 发布 just before the
      date) lies more than ``thresholds.zombie_channel_days`` before the scan.

    The notice asks for little-used, costly apps and chats to be shut down, not left to rot.
    Evidence: the channels page as rendered (snapshot, screenshot, WARC with the download's
    request); the excerpt is the channel's row. The finding's dimension is the channel's name.

    Not findings: a mini-program or account listed with a code to scan; a date not labelled as
    an update (a launch date); a download not checked (an unusual link). False-positive risks:
    an app store refusing the monitor's requests (a 403 to a robot) while serving citizens; a
    row whose update date is that of the page, not of the app. Not judged (and shown as a gap):
    a city where no channels page was found. Resolved only when the channels page was read
    again and the channel is gone or well.
    """

    id: ClassVar[str] = "zombie-channel"
    title: ClassVar[str] = "Zombie apps and channels"
    clause: ClassVar[str] = "retire little-used, costly apps and chats"
    severity: ClassVar[Severity] = "low"
    scope: ClassVar[Scope] = "page"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    messages: ClassVar[tuple[str, ...]] = (DEAD, MISSING, STALE)
    not_judged_messages: ClassVar[tuple[str, ...]] = (NO_PAGE,)
    thresholds: ClassVar[tuple[Threshold, ...]] = (
        Threshold("zombie_channel_days", 365, "days since a channel's last update after which it is a zombie",
                  integer=True, minimum=30),
    )

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        for city_id in sorted(context.probes.cities()):
            pages = [v for v in context.probes.of_city(city_id)
                     if v.role == "channels" and v.page is not None and (v.http_status or 0) < 400]
            if not pages:
                if any(v.role == "home" and v.scan_id == context.scan_id for v in context.probes.of_city(city_id)):
                    context.note_not_judged(self.id, city_id, NO_PAGE, {})
                continue
            seen: set[str] = set()
            for visit in sorted(pages, key=lambda v: v.target_url):
                assert visit.page is not None
                for row in read_channel_rows(context.text_of(visit.page), visit.page.final_url):
                    verdict = None if row.name in seen else self._judge(context, city_id, visit, row)
                    seen.add(row.name)
                    if verdict is not None:
                        yield verdict

    def _judge(self, context: CheckContext, city_id: str, visit: ProbeVisit, row: ChannelRow) -> Verdict | None:
        checked = {check.get("url"): check for check in visit.facts.get("downloads") or []}
        args: dict[str, MessageArg] = {"channel": row.name, "url": visit.target_url}
        dead = [(url, checked[url]) for url, _ in row.downloads if url in checked and not download_works(checked[url])]
        limit = int(self.threshold_value(context.config, "zombie_channel_days"))
        if dead:
            url, check = dead[0]
            status = str(check.get("status") or check.get("error") or "no answer")
            return self._verdict(city_id, visit, row, DEAD, {**args, "link": url, "status": status})
        if row.is_app and not row.downloads and not row.has_qr:
            return self._verdict(city_id, visit, row, MISSING, args)
        if row.updated is not None and (context.scanned_at.date() - row.updated).days > limit:
            days = (context.scanned_at.date() - row.updated).days
            return self._verdict(city_id, visit, row, STALE,
                                 {**args, "updated": row.updated_text or row.updated.isoformat(), "days": days,
                                  "limit": limit})
        return None

    def _verdict(self, city_id: str, visit: ProbeVisit, row: ChannelRow, template: str,
                 args: dict[str, MessageArg]) -> Verdict:
        assert visit.page is not None
        evidence = seen_by(replace(visit.page.evidence(row.text[:300]), url=visit.target_url), visit)
        return self.make_verdict(city_id, "", template, args, evidence, dimension=row.name)

    def covers(self, context: CheckContext, city_id: str, subject: str) -> bool:
        """Silence means "fixed" only when this scan read the city's channels page."""
        return any(visit.scan_id == context.scan_id and visit.role == "channels" and visit.page is not None
                   for visit in context.probes.of_city(city_id))
