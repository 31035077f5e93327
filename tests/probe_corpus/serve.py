"""Serve a probe corpus: one port per city portal and one for the province identity service (stdlib only).

Usage::

    from tests.probe_corpus.serve import serve_probe_province
    with serve_probe_province("probes1") as served:
        served.base_urls["songling"]   # "http://127.0.0.1:41234/"
        served.identity_host           # "127.0.0.1:41230" (for policy.unified_login_hosts)

or by hand: ``python -m tests.probe_corpus.serve [corpus]``.

Files map to URLs as in ``tests/corpora/serve.py`` (``path@sorted-query`` files, fallback to the
bare path). What static files cannot do is declared per portal in ``behaviour.json`` and done
here, keyed by the requested path with its query sorted (a key without a query covers every
query of that path):

* ``delays``: seconds to wait before answering;
* ``redirects``: ``{"to": "identity"}`` (302 to the identity service's login with the requested URL
  as its back parameter, ``service=`` unless the identity's ``login`` names another ``back``; optional
  ``params`` are put before it, as an OAuth ``authorize?client_id=…&redirect_uri=…`` request has
  them), ``{"to": path, "back": param}`` (302 to a path with the requested path as ``param``),
  ``{"to": path}``;
* ``status``: answer this code with ``error_pages[code]`` (or a plain page);
* ``search``: a site search answering GET ``param`` by matching its words against the index's
  names (``mode: match``), by also listing the names that share two characters in a row with the
  query after those (``mode: related``, at most ``limit``), or finding nothing whatever is asked
  (``mode: none``); ``choices``: the "choose your area / town / department" pages some portals put
  between a result and the guide;
* ``login``: the identity service's login page at ``path``, echoing its back parameter (``back``,
  default ``service``);
* ``types``: Content-Type by glob; ``post``: globs that accept a POST (answered with a receipt).

HTML is written at serve time where a page carries ``{{IDENTITY}}`` (the identity host),
``{{SELF_Q}}`` (the page's own URL, percent-encoded) or ``{{date:N:style}}`` (the date N days
before the day served: iso 2025-01-31, cn 2025年1月31日, slash 2025/01/31, dot 2025.01.31).
Files named ``_*`` and ``behaviour.json`` are templates and declarations, never served.
"""

from __future__ import annotations

import fnmatch
import json
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from tests.corpora.serve import canonical_query, resolve

CORPORA = Path(__file__).resolve().parent
TYPES = {".html": "text/html; charset=utf-8", ".jsp": "text/html; charset=utf-8", ".do": "text/html; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".js": "application/javascript; charset=utf-8", ".png": "image/png",
         ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".cab": "application/vnd.ms-cab-compressed", ".apk": "application/vnd.android.package-archive"}
DATE = re.compile(r"\{\{date:(\d+):(iso|cn|slash|dot)\}\}")
PLAIN = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
         "<body><main><h1>{title}</h1><p>{text}</p></main></body></html>")


@dataclass(frozen=True)
class ServedProvince:
    corpus: str
    base_urls: dict[str, str]
    identity_host: str
    served_on: date
    identity_login: str = "/sso/login"
    identity_back: str = "service"

    @property
    def identity_url(self) -> str:
        return f"http://{self.identity_host}/"

    def identity_login_url(self, back: str) -> str:
        """The identity service's login page with ``back`` as the URL to return to."""
        return f"http://{self.identity_host}{self.identity_login}?" + urlencode({self.identity_back: back})


def format_date(day: date, style: str) -> str:
    if style == "cn":
        return f"{day.year}年{day.month}月{day.day}日"
    separator = {"iso": "-", "slash": "/", "dot": "."}[style]
    return f"{day.year}{separator}{day.month:02d}{separator}{day.day:02d}"


def search_matches(index: list[dict[str, str]], query: str) -> list[dict[str, str]]:
    """Index entries whose name holds every word of the query (or whose code is the query)."""
    words = query.split()
    if not words:
        return []
    return [entry for entry in index
            if all(word in entry["name"] for word in words) or query.strip() == entry.get("code")]


def related_matches(index: list[dict[str, str]], query: str, limit: int) -> list[dict[str, str]]:
    """The entries :func:`search_matches` finds, then those sharing two characters in a row with the query."""
    exact = search_matches(index, query)
    pairs = {query[i:i + 2] for i in range(len(query) - 1)} - {"  "}
    near = [entry for entry in index if entry not in exact and any(pair in entry["name"] for pair in pairs)]
    return (exact + near)[:limit]


def _lookup(mapping: dict[str, Any], key: str, path: str) -> Any:
    return mapping.get(key, mapping.get(path))


class Site:
    """One served folder (a portal, or the identity service) and its declared behaviour."""

    def __init__(self, root: Path, served_on: date) -> None:
        self.root = root.resolve()
        self.served_on = served_on
        behaviour_path = self.root / "behaviour.json"
        self.behaviour: dict[str, Any] = (json.loads(behaviour_path.read_text(encoding="utf-8"))
                                          if behaviour_path.exists() else {})
        self.identity_host = ""
        self.identity_login, self.identity_back = "/sso/login", "service"

    def template(self, name: str) -> str:
        return (self.root / name).read_text(encoding="utf-8")

    def content_type(self, path: str, found: Path) -> str:
        """By ``types`` (globs of the request path), else by the served file's extension."""
        for glob, value in self.behaviour.get("types", {}).items():
            if fnmatch.fnmatchcase(path, glob):
                return str(value)
        return TYPES.get(Path(found.name.split("@")[0]).suffix.lower(), "application/octet-stream")

    def fill(self, html: str, origin: str, raw_path: str) -> str:
        html = html.replace("{{IDENTITY}}", self.identity_host)
        html = html.replace("{{SELF_Q}}", quote(origin + raw_path, safe=""))
        return DATE.sub(lambda m: format_date(self.served_on - timedelta(days=int(m.group(1))), m.group(2)), html)

    def error_page(self, status: int) -> str:
        name = self.behaviour.get("error_pages", {}).get(str(status))
        if name:
            return self.template(name)
        titles = {404: "404 页面不存在", 500: "500 服务器内部错误", 405: "405 不支持的请求方法"}
        return PLAIN.format(title=titles.get(status, str(status)), text="请稍后再试或返回首页。")

    def search_page(self, query: str) -> str:
        search = self.behaviour["search"]
        value = dict(parse_qsl(query, keep_blank_values=True)).get(search["param"], "").strip()
        if search["mode"] == "related":
            found = related_matches(search["index"], value, int(search.get("limit", 20)))
        else:
            found = [] if search["mode"] == "none" else search_matches(search["index"], value)
        rows = "".join(search["row"].format(url=escape(e["url"]), name=escape(e["name"]), dept=escape(e["dept"]))
                       for e in found) or search["empty"]
        return (self.template(search["page"]).replace("{{RESULTS}}", rows).replace("{{COUNT}}", str(len(found)))
                .replace("{{QUERY}}", escape(value)))

    def choice_page(self, path: str, query: str) -> tuple[int, str]:
        """(status, page or redirect target) of one choice step between a search result and its guide."""
        choices = self.behaviour["search"]["choices"]
        params = dict(parse_qsl(query))
        item_id = params.get(choices["item_param"], "")
        item = choices["items"].get(item_id)
        if item is None:
            return 404, self.error_page(404)
        pairs = [(choices["item_param"], item_id)]
        chosen: list[str] = []
        for step in choices["steps"]:
            if step["param"] not in params:
                break
            chosen.append(params[step["param"]])
            pairs.append((step["param"], params[step["param"]]))
        if len(chosen) == len(choices["steps"]):
            return 302, item["guide"]
        step = choices["steps"][len(chosen)]
        options = step["options"].get(chosen[-1] if chosen else "*") or step["options"].get("*", [])
        last = len(chosen) == len(choices["steps"]) - 1
        links = []
        for value, label in options:
            url = item["guide"] if last else path + "?" + urlencode([*pairs, (step["param"], value)])
            links.append(choices["option"].format(url=escape(url), label=escape(label.format(dept=item["dept"]))))
        page = (self.template(choices["page"]).replace("{{TITLE}}", escape(step["title"]))
                .replace("{{ITEM}}", escape(item["name"])).replace("{{OPTIONS}}", "".join(links)))
        return 200, page

    def login_page(self, query: str, body: str, failed: bool) -> str:
        login = self.behaviour["login"]
        back = login.get("back", "service")
        service = dict(parse_qsl(query)).get(back) or dict(parse_qsl(body)).get(back, "")
        return (self.template(login["page"]).replace("{{ERROR}}", login["error"] if failed else "")
                .replace("{{SERVICE}}", escape(service)))


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class ProbeHandler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def _send(self, status: int, body: bytes, ctype: str, location: str | None = None, head: bool = False) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if location:
                self.send_header("Location", location)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _origin(self) -> str:
            port = cast(tuple[str, int], self.server.server_address)[1]
            return "http://" + (self.headers.get("Host") or f"127.0.0.1:{port}")

        def _html(self, status: int, html: str, head: bool = False) -> None:
            self._send(status, site.fill(html, self._origin(), self.path).encode("utf-8"), TYPES[".html"], head=head)

        def _redirect(self, target: dict[str, Any]) -> None:
            if target["to"] == "identity":
                pairs = [*dict(target.get("params", {})).items(), (site.identity_back, self._origin() + self.path)]
                location = f"http://{site.identity_host}{site.identity_login}?" + urlencode(pairs, quote_via=quote)
            elif target.get("back"):
                location = target["to"] + "?" + urlencode({target["back"]: self.path})
            else:
                location = target["to"]
            self._send(302, b"", TYPES[".html"], location=location)

        def _answer(self, head: bool = False, body: str = "") -> None:
            parts = urlsplit(self.path)
            path, query = unquote(parts.path) or "/", parts.query
            key = path + (f"?{canonical_query(query)}" if query else "")
            behaviour = site.behaviour
            delay = _lookup(behaviour.get("delays", {}), key, path)
            if delay:
                time.sleep(float(delay))
            if path == "/behaviour.json" or any(part.startswith("_") for part in path.split("/")):
                return self._html(404, site.error_page(404), head)
            redirect = _lookup(behaviour.get("redirects", {}), key, path)
            if redirect:
                return self._redirect(redirect)
            status = _lookup(behaviour.get("status", {}), key, path)
            if status:
                return self._html(int(status), site.error_page(int(status)), head)
            if "search" in behaviour and path == behaviour["search"]["path"]:
                return self._html(200, site.search_page(query), head)
            choices = behaviour.get("search", {}).get("choices")
            if choices and path == choices["path"]:
                code, page = site.choice_page(path, query)
                if code == 302:
                    return self._send(302, b"", TYPES[".html"], location=page)
                return self._html(code, page, head)
            if "login" in behaviour and path == behaviour["login"]["path"]:
                return self._html(200, site.login_page(query, body, failed=self.command == "POST"), head)
            if self.command == "POST":
                return self._html(200, PLAIN.format(title="提交成功", text="您的申请已提交，请留意短信通知。"), head)
            found = resolve(site.root, path, query)
            if found is None:
                return self._html(404, site.error_page(404), head)
            ctype = site.content_type(path, found)
            if ctype.startswith("text/html"):
                return self._html(200, found.read_text(encoding="utf-8"), head)
            return self._send(200, found.read_bytes(), ctype, head=head)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._answer()

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(head=True)

        def do_POST(self) -> None:  # noqa: N802
            path = unquote(urlsplit(self.path).path) or "/"
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length > 0 else ""
            if not any(fnmatch.fnmatchcase(path, glob) for glob in site.behaviour.get("post", [])):
                return self._html(405, site.error_page(405))
            self._answer(body=body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    return ProbeHandler


@contextmanager
def _serving(site: Site, name: str) -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"probe-{name}", daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def city_ids(corpus: str) -> list[str]:
    truth = json.loads((CORPORA / corpus / "truth.json").read_text(encoding="utf-8"))
    return [city["id"] for city in truth["cities"]]


@contextmanager
def serve_probe_province(corpus: str = "probes1") -> Iterator[ServedProvince]:
    """Serve every portal of ``tests/probe_corpus/<corpus>`` and its identity service on 127.0.0.1."""
    root = CORPORA / corpus
    served_on = date.today()
    with ExitStack() as stack:
        identity = Site(root / "identity", served_on)
        identity_host = f"127.0.0.1:{stack.enter_context(_serving(identity, 'identity'))}"
        login = identity.behaviour.get("login", {})
        login_path, back = login.get("path", "/sso/login"), login.get("back", "service")
        base_urls: dict[str, str] = {}
        for city_id, site in [("identity", identity)] + [(c, Site(root / "portals" / c, served_on))
                                                         for c in city_ids(corpus)]:
            site.identity_host, site.identity_login, site.identity_back = identity_host, login_path, back
            if site is not identity:
                base_urls[city_id] = f"http://127.0.0.1:{stack.enter_context(_serving(site, city_id))}/"
        yield ServedProvince(corpus, base_urls, identity_host, served_on, login_path, back)


def main(argv: list[str]) -> None:
    corpus = argv[1] if len(argv) > 1 else "probes1"
    with serve_probe_province(corpus) as served:
        print(f"{corpus}, dates written as of {served.served_on}:")
        for city, url in served.base_urls.items():
            print(f"  {city:<10} {url}")
        print(f"  identity   {served.identity_url}{served.identity_login.lstrip('/')}   "
              f"(policy.unified_login_hosts: [{served.identity_host}])")
        print("Ctrl-C to stop")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main(sys.argv)
