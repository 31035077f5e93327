"""One portal under construction: its files, its declared behaviour, its planted cases and its truth."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any, Protocol

from tests.corpora.serve import canonical_query, file_for
from tests.probe_corpus.probes2.model import City, Item

VIOLATIONS, TRAPS = "violations", "traps"


def key_of(url: str) -> str:
    """A request path (+ query) as ``serve.py`` keys it and the truth names pages: parameters sorted."""
    path, _, query = url.partition("?")
    return path + (f"?{canonical_query(query)}" if query else "")


def bare_page(title: str, body: str, head: str = "", lang: str = "zh-CN") -> str:
    """A page outside any portal chrome (another system's page, an error page)."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
            f"{head}</head>\n<body>\n{body}\n</body>\n</html>\n")


class Shell(Protocol):
    """A portal's chrome: wraps a page's main content in its header, navigation and footer (``url``: the
    page's own path, for chrome that posts back to it), and writes its application forms."""

    def page(self, title: str, main: str, *, head: str = "", tail: str = "", url: str = "") -> str: ...

    def form(self, item: Item, action: str, *, ident: str, style: str = "stack", labelled: bool = True,
             extra: str = "") -> str: ...


class PlainForms:
    """Application forms as ``<form method="post">`` elements of their own."""

    def form(self, item: Item, action: str, *, ident: str, style: str = "stack", labelled: bool = True,
             extra: str = "") -> str:
        from tests.probe_corpus.probes2.forms import application_form

        return application_form(item, action, ident=ident, style=style, labelled=labelled, extra=extra)


@dataclass
class PortalBuild:
    city: City
    files: dict[str, bytes] = field(default_factory=dict)
    behaviour: dict[str, Any] = field(default_factory=lambda: {
        "error_pages": {}, "delays": {}, "redirects": {}, "status": {}, "types": {}, "post": []})
    cases: list[dict[str, Any]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)

    def page(self, url: str, html: str) -> None:
        path, _, query = url.partition("?")
        self.files[file_for(path, query)] = html.encode("utf-8")

    def asset(self, url: str, data: bytes | str) -> None:
        self.files[file_for(url)] = data.encode("utf-8") if isinstance(data, str) else data

    def template(self, name: str, html: str) -> None:
        self.files[name] = html.encode("utf-8")

    def error_page(self, status: int, name: str, html: str) -> None:
        self.template(name, html)
        self.behaviour["error_pages"][str(status)] = name

    def delay(self, url: str, seconds: float) -> None:
        self.behaviour["delays"][key_of(url)] = seconds

    def redirect(self, url: str, **target: Any) -> None:
        self.behaviour["redirects"][key_of(url)] = target

    def status(self, url: str, code: int) -> None:
        self.behaviour["status"][key_of(url)] = code

    def accept_post(self, glob: str) -> None:
        if glob not in self.behaviour["post"]:
            self.behaviour["post"].append(glob)

    def case(self, bucket: str, rule: str, kind: str, *, item: Item | None = None, path: str | None = None,
             dimension: str | None = None) -> None:
        self.cases.append({"bucket": bucket, "rule": rule, "city": self.city.id,
                           "item_code": item.code if item else None, "path": key_of(path) if path else None,
                           "dimension": dimension, "kind": kind})

    def item(self, item: Item) -> Item:
        self.items.append(item)
        return item

    def channel(self, name: str, form: str, *, downloads: tuple[str, ...] = (), dead: bool = False,
                qr: str | None = None, updated: int | None = None, launched: int | None = None) -> None:
        self.channels.append({"name": name, "form": form, "downloads": list(downloads), "downloads_dead": dead,
                              "qr": qr, "updated_days_ago": updated, "launched_days_ago": launched})

    def finished(self) -> dict[str, bytes]:
        """The portal's files with its ``behaviour.json`` (empty declarations left out)."""
        behaviour = {key: value for key, value in self.behaviour.items() if value}
        files = dict(self.files)
        files["behaviour.json"] = (json.dumps(behaviour, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        return files
