"""A run's digest as a message: a title with the counts, and the same body twice, as plain text
(chat bots, webhooks) and as Markdown (mail, where Apprise turns it into HTML), in Chinese or
English.

Item names and error texts come from the portals, so they are untrusted: the text body gets
them on one line and shortened, the Markdown body escaped, so that a name such as
``<img src=x onerror=...>`` reaches an inspector's mail as words, never as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from channel_equity.cli.notify.digest import CityDigest, FindingLine, RunDigest
from channel_equity.core.config import NotifySettings
from channel_equity.reports.clock import ReportClock
from channel_equity.reports.i18n import load_translations
from channel_equity.reports.labels import DIMENSION_LABELS, STATUS_LABELS

MAX_WORDS: Final = 80  # characters of a scraped name or error kept in a message line

PHRASES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "prefix": "channel-equity {province}",
        "counts": "scan {scan}: {opened} new, {reopened} reopened, {resolved} resolved, {gaps} coverage gaps",
        "scanned": "Scan {scan} of {province}, started {at}.",
        "summary": "Findings: {opened} new, {reopened} reopened, {resolved} resolved; {open_now} open in all.",
        "no_gaps": "Every portal was read in full.",
        "gaps": "Coverage gaps ({n}): not fully read, so their silence is no compliance",
        "opened": "New", "reopened": "Reopened", "resolved": "Resolved",
        "open_now": "{n} open now",
        "more": "… and {n} more",
        "unchanged": "No change: {cities}",
        "complaints": "Open complaints ({n})",
        "read": "{read} of {stated} guides read",
        "read_no_total": "{read} guides read, {pages} pages fetched",
        "report": "Report: {where}",
        "portal": "the portal",
        "test": "A test message from `channel-equity notify-test`: this target receives the monitor's notifications.",
        "test_mark": "[test]",
    },
    "zh": {
        "prefix": "渠道公平监测 {province}",
        "counts": "第{scan}次扫描 新增{opened} 重新出现{reopened} 已整改{resolved} 覆盖缺口{gaps}",
        "scanned": "{province}第{scan}次扫描，开始于 {at}。",
        "summary": "问题：新增 {opened} 项，重新出现 {reopened} 项，已整改 {resolved} 项；目前共 {open_now} 项未整改。",
        "no_gaps": "所有门户均已完整读取。",
        "gaps": "覆盖缺口（{n}）：未完整读取，不能视为合规",
        "opened": "新增", "reopened": "重新出现", "resolved": "已整改",
        "open_now": "目前未整改 {n} 项",
        "more": "……另有 {n} 项",
        "unchanged": "无变化：{cities}",
        "complaints": "未办结投诉（{n}）",
        "read": "读取指南 {read}/{stated}",
        "read_no_total": "读取指南 {read} 份，抓取页面 {pages} 个",
        "report": "报告：{where}",
        "portal": "门户",
        "test": "这是 `channel-equity notify-test` 发送的测试消息：此目标能收到监测通知。",
        "test_mark": "[测试]",
    },
}
KINDS: Final = ("opened", "reopened", "resolved")


@dataclass(frozen=True)
class Message:
    title: str
    text: str
    markdown: str


def one_line(words: str) -> str:
    """Scraped words on one line without control characters, at most :data:`MAX_WORDS` long."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in words).split())
    return flat if len(flat) <= MAX_WORDS else flat[: MAX_WORDS - 1] + "…"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_escaped(words: str) -> str:
    """``one_line(words)`` as Markdown that renders as those words (raw HTML made text)."""
    return markdown_text(one_line(words))


def markdown_text(line: str) -> str:
    """One line as Markdown that renders as exactly that line (raw HTML made text)."""
    flat = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


class Writer:
    """The body's lines in one of the two forms: plain text or Markdown."""

    def __init__(self, markdown: bool, phrase: Callable[..., str], clock: ReportClock) -> None:
        self.markdown, self.phrase, self.clock = markdown, phrase, clock
        self.lines: list[str] = []

    def words(self, scraped: str) -> str:
        return markdown_escaped(scraped) if self.markdown else one_line(scraped)

    def whole(self, line: str) -> str:
        """The monitor's own words (a path, a URL it was given), escaped but never shortened."""
        return markdown_text(line) if self.markdown else line

    def heading(self, text: str) -> None:
        self.lines += ["", f"### {text}", ""] if self.markdown else ["", f"== {text} =="]

    def para(self, text: str) -> None:
        self.lines += ["", text]

    def item(self, text: str, depth: int = 0) -> None:
        self.lines.append(("    " if self.markdown else "  ") * depth + "- " + text)

    def strong(self, text: str) -> str:
        return f"**{text}**" if self.markdown else text


def render_message(digest: RunDigest, settings: NotifySettings, *, test: bool = False) -> Message:
    lang = settings.lang
    translate = load_translations(lang).gettext

    def phrase(key: str, **values: object) -> str:
        return PHRASES[lang][key].format(**values)

    counts = {kind: digest.total(kind) for kind in KINDS}
    prefix = settings.title or phrase("prefix", province=digest.province_name)
    title = f"{prefix}: {phrase('counts', scan=digest.scan_id, gaps=len(digest.gaps), **counts)}"
    if test:
        title = f"{phrase('test_mark')} {title}"
    clock = ReportClock(digest.timezone, translate)  # times as the report shows them
    bodies = []
    for markdown in (False, True):
        writer = Writer(markdown, phrase, clock)
        write_body(writer, digest, settings, translate, counts, test)
        bodies.append("\n".join(writer.lines).strip("\n") + "\n")
    return Message(title, bodies[0], bodies[1])


def check_message(province_name: str, settings: NotifySettings) -> Message:
    """The short message ``notify-test`` sends when no scan is to be told (``--latest`` not given)."""
    line = PHRASES[settings.lang]["test"]
    prefix = settings.title or PHRASES[settings.lang]["prefix"].format(province=province_name)
    return Message(f"{PHRASES[settings.lang]['test_mark']} {prefix}", line.replace("`", "") + "\n", line + "\n")


def write_body(writer: Writer, digest: RunDigest, settings: NotifySettings, translate: Callable[[str], str],
               counts: dict[str, int], test: bool) -> None:
    phrase = writer.phrase
    if test:
        writer.para(phrase("test") if writer.markdown else phrase("test").replace("`", ""))
    at = writer.clock.time(digest.scanned_at) or "?"
    writer.para(phrase("scanned", scan=digest.scan_id, province=writer.words(digest.province_name), at=at))
    open_now = sum(city.open_now for city in digest.cities)
    writer.lines.append(writer.strong(phrase("summary", open_now=open_now, **counts)))
    write_gaps(writer, digest, translate)
    for city in digest.cities:
        if city.changed or city.complaints:
            write_city(writer, city, settings.top, translate)
    unchanged = [f"{writer.words(c.name)} ({c.city_id})" for c in digest.cities
                 if not (c.changed or c.complaints or c.is_gap)]
    if unchanged:
        writer.para(phrase("unchanged", cities=", ".join(unchanged)))
    if digest.report:
        where = digest.report
        shown = f"<{where}>" if writer.markdown and re.match(r"^https?://", where) else writer.whole(where)
        writer.para(phrase("report", where=shown))


def write_gaps(writer: Writer, digest: RunDigest, translate: Callable[[str], str]) -> None:
    gaps = digest.gaps
    if not gaps:
        writer.lines.append(writer.phrase("no_gaps"))
        return
    writer.heading(writer.phrase("gaps", n=len(gaps)))
    for city in gaps:
        status = translate(STATUS_LABELS.get(city.status, city.status))
        detail = [gap_detail(city, writer.phrase)] if city.status in ("partial", "empty") else []
        if city.error:
            detail.append(writer.words(city.error))
        writer.item(f"{writer.strong(writer.words(city.name))} ({city.city_id}): "
                    + " — ".join([status, *[d for d in detail if d]]))


def gap_detail(city: CityDigest, phrase: Callable[..., str]) -> str:
    if city.stated_total:
        return phrase("read", read=city.items_extracted, stated=city.stated_total)
    return phrase("read_no_total", read=city.items_extracted, pages=city.pages_fetched)


def write_city(writer: Writer, city: CityDigest, top: int, translate: Callable[[str], str]) -> None:
    phrase = writer.phrase
    writer.heading(f"{writer.words(city.name)} ({city.city_id})")
    for kind in KINDS:
        lines: list[FindingLine] = getattr(city, kind)
        if not lines:
            continue
        writer.item(writer.strong(f"{phrase(kind)}: {len(lines)}"))
        for line in lines[:top]:
            writer.item(finding_words(writer, line, translate), depth=1)
        if len(lines) > top:
            writer.item(phrase("more", n=len(lines) - top), depth=1)
    writer.item(phrase("open_now", n=city.open_now))
    if city.complaints:
        writer.item(writer.strong(phrase("complaints", n=len(city.complaints))))
        for complaint in city.complaints[:top]:
            since = f" ({writer.clock.time(complaint.opened)})" if complaint.opened else ""
            writer.item(f"{writer.words(complaint.reference)}: {writer.words(complaint.summary)}{since}", depth=1)
        if len(city.complaints) > top:
            writer.item(phrase("more", n=len(city.complaints) - top), depth=1)


def finding_words(writer: Writer, line: FindingLine, translate: Callable[[str], str]) -> str:
    """``rule: item name (item code) · dimension``, or the page / portal a portal-level finding is about."""
    if line.item_name or line.item_code:
        about = writer.words(line.item_name or line.item_code or "")
        if line.item_name and line.item_code:
            about += f" ({writer.words(line.item_code)})"
    else:
        about = writer.words(line.subject) if line.subject else writer.phrase("portal")
    if line.dimension:
        about += f" · {translate(DIMENSION_LABELS.get(line.dimension, line.dimension))}"
    return f"{writer.words(line.rule)}: {about}"
