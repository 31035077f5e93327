"""Collects one portal's files, server behaviour and truth while its module writes it.

Paths are URL paths as a browser requests them (``/wsbs/apply.jsp?sxbm=…``); the file that
serves one is named as ``tests/corpora/serve.file_for`` names it (``wsbs/apply.jsp@sxbm=…``).
Files whose name starts with ``_`` (templates the server fills) and ``behaviour.json`` are
never served as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import urlsplit

from tests.corpora.serve import canonical_query, file_for
from tests.probe_corpus.probes1 import entries
from tests.probe_corpus.probes1.model import Channel, City, Guide

APK_STUB = b"PK\x03\x04" + b"probes1 placeholder package; not an application\n"
APK_TYPE = "application/vnd.android.package-archive"

Shell = Callable[[str, str], str]
"""A portal's page shell: (title, body) -> a whole HTML page."""


def canonical(path: str) -> str:
    """A path with its query parameters sorted, as behaviour.json and truth.json key it."""
    parts = urlsplit(path)
    return parts.path + (f"?{canonical_query(parts.query)}" if parts.query else "")


def date_token(days_ago: int, style: str) -> str:
    """A date the server writes at serve time, ``days_ago`` days before the day it serves (styles: iso, cn,
    slash, dot)."""
    return "{{date:" + f"{days_ago}:{style}" + "}}"


@dataclass
class PortalBuild:
    city: City
    files: dict[str, bytes] = field(default_factory=dict)
    behaviour: dict[str, Any] = field(default_factory=dict)
    violations: list[dict[str, Any]] = field(default_factory=list)
    traps: list[dict[str, Any]] = field(default_factory=list)

    def put(self, path: str, data: bytes | str) -> None:
        parts = urlsplit(canonical(path))
        name = file_for(parts.path, parts.query)
        if name in self.files:
            raise ValueError(f"{self.city.id}: {path} written twice")
        self.files[name] = data.encode("utf-8") if isinstance(data, str) else data

    def template(self, name: str, html: str) -> None:
        """A page the server fills in (search results, choice pages, error pages): ``_name``."""
        self.files["_" + name] = html.encode("utf-8")

    def violation(self, rule: str, kind: str, **where: Any) -> None:
        self.violations.append(entries.case(rule, self.city.id, kind, **where))

    def trap(self, rule: str, kind: str, **where: Any) -> None:
        self.traps.append(entries.case(rule, self.city.id, kind, **where))

    def delay(self, path: str, seconds: float) -> None:
        self.behaviour.setdefault("delays", {})[canonical(path)] = seconds
        if seconds >= entries.SLOW:
            self.violation("slow-page", f"page answers in {seconds} s", path=canonical(path))
        else:
            self.trap("slow-page", f"page answers in {seconds} s (under the threshold)", path=canonical(path))

    def dead(self, path: str, status: int = 404) -> None:
        self.behaviour.setdefault("status", {})[canonical(path)] = status

    def content_type(self, glob: str, value: str) -> None:
        self.behaviour.setdefault("types", {})[glob] = value

    def accept_post(self, glob: str) -> None:
        self.behaviour.setdefault("post", []).append(glob)

    def add_entries(self, guides: list[Guide], site: entries.EntrySite, shell: Shell,
                    title: Callable[[Guide], str]) -> None:
        """Every guide's entry page (or behaviour), and the cases it plants."""
        for guide in guides:
            if guide.entry_path is None:
                continue
            entries.entry_behaviour(guide, site, self.behaviour)
            if guide.entry_kind == "blank_spa":
                self.put(guide.entry_path, entries.blank_shell(title(guide), site))
            else:
                body = entries.entry_body(guide, site)
                if body is not None:
                    self.put(guide.entry_path, shell(title(guide), body))
            violations, traps = entries.entry_cases(guide)
            self.violations += violations
            self.traps += traps
        if site.status_json:
            self.put(site.status_json, json.dumps(entries.STATUS_JSON, ensure_ascii=False))

    def add_channels(self, channels: list[Channel], page_path: str, shell: Shell) -> None:
        """Downloads that answer (or are declared dead) and a zombie-channel case per channel."""
        for channel in channels:
            for text, path in channel.downloads:
                if channel.dead_downloads:
                    self.dead(path)
                elif path.endswith(".apk"):
                    self.put(path, APK_STUB)
                else:
                    self.put(path, shell(f"{channel.name}（iPhone版）下载",
                                         f"<h1>{escape(channel.name)} iPhone版</h1><p>请在iPhone上打开App Store，搜索"
                                         f"“{escape(channel.name)}”下载安装。当前版本{escape(channel.version or '')}。</p>"
                                         f'<p><a href="{page_path}">返回{escape(text)}所在页面</a></p>'))
            reason = channel.zombie
            if reason:
                self.violation("zombie-channel", reason, path=page_path, dimension=channel.name)
            else:
                self.trap("zombie-channel", channel.trap, path=page_path, dimension=channel.name)
        self.content_type("*.apk", APK_TYPE)

    def finish(self) -> None:
        self.files["behaviour.json"] = (json.dumps(self.behaviour, ensure_ascii=False, indent=1, sort_keys=True)
                                        + "\n").encode("utf-8")


def item_truth(guides: list[Guide]) -> list[dict[str, Any]]:
    return [{"item_code": guide.code, "name": guide.name, "guide_path": guide.guide_path,
             "entry_path": guide.entry_path} for guide in guides]


def channel_truth(channels: list[Channel]) -> list[dict[str, Any]]:
    return [{"name": channel.name, "kind": channel.kind, "downloads": [path for _, path in channel.downloads],
             "downloads_dead": channel.dead_downloads, "qr": channel.qr,
             "updated_days_ago": channel.updated_days_ago, "launched_days_ago": channel.launched_days_ago}
            for channel in channels]


def search_index(guides: list[Guide], url: Callable[[Guide], str],
                 articles: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    """What a site search matches: every guide (name, link, department) and the portal's articles."""
    index = [{"name": guide.name, "url": url(guide), "dept": guide.department, "code": guide.code}
             for guide in guides]
    index += [{"name": title, "url": path, "dept": dept, "code": ""} for title, path, dept in articles]
    return index
