"""What every simulated portal shares: request/response types, routing of the pages every
portal has (robots.txt, login, admin, search, news, online entries), the page chrome
context, and the guide context built from ``labels.guide_rows``.

A style subclass only decides URLs and markup (its templates); values never come from
anywhere but the ``GuideItem`` and ``labels``, which is what keeps pages and truth equal.
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from channel_equity.simulator.labels import FieldRow, guide_rows, material_cells, material_headers, vocabulary
from channel_equity.simulator.model import City, GuideItem, Province

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
QR_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="
)
NEWS_TITLES = (
    ("关于开展政务服务“好差评”工作的通知", "2025-11-18"),
    ("我市推进“一网通办”改革取得新成效", "2025-11-12"),
    ("政务服务中心元旦假期办公时间安排", "2025-11-06"),
    ("关于进一步优化营商环境的若干措施", "2025-10-29"),
    ("政务服务事项标准化工作推进会召开", "2025-10-21"),
    ("“跨省通办”服务专区上线运行", "2025-10-15"),
)
PROCESS_STEPS = (
    ("受理", "窗口或网上受理申请材料，材料齐全的当场受理"),
    ("审查", "对申请材料进行审查，必要时进行现场核查"),
    ("决定", "作出准予或不予许可（确认）的决定"),
    ("送达", "窗口领取、邮寄送达或电子证照推送"),
)
ROBOTS_DISALLOWED = ("/admin/", "/search")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: bytes = b""


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop_connection: bool = False  # close the socket without answering (a dead system)


@cache
def template_environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "js"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def redirect(location: str, status: int = 302) -> Response:
    return Response(status, b"", "text/html; charset=utf-8", [("Location", location)])


def pages_of(items: Sequence[Any], per_page: int) -> int:
    return max(1, math.ceil(len(items) / per_page))


def page_slice(items: Sequence[Any], page: int, per_page: int) -> Sequence[Any]:
    return items[(page - 1) * per_page : page * per_page]


def page_number(request: Request, key: str = "page") -> int:
    value = request.query.get(key, "1")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def paired(rows: Sequence[FieldRow], width: int = 12) -> list[list[FieldRow]]:
    """Rows laid out two per table line where both values are short (4-column tables)."""
    lines: list[list[FieldRow]] = []
    for row in rows:
        if lines and len(lines[-1]) == 1 and len(row.text) <= width and len(lines[-1][0].text) <= width:
            lines[-1].append(row)
        else:
            lines.append([row])
    return lines


class PortalApp:
    """One city's portal. Subclasses set the class attributes and implement ``route``,
    ``guide_path`` and ``listing_paths``."""

    style: ClassVar[str] = ""
    apply_system: ClassVar[str] = "wsbs"
    entry_label: ClassVar[str] = "在线办理"
    crawler_traps: ClassVar[tuple[dict[str, str], ...]] = ()

    def __init__(self, city: City, province: Province) -> None:
        self.city = city
        self.province = province
        self.items = list(city.items)
        self.by_serial = {str(item.serial): item for item in self.items}
        self.by_uid = {item.uid: item for item in self.items}
        self.by_code = {item.item_code: item for item in self.items}

    # -- what subclasses provide -------------------------------------------------
    def route(self, request: Request) -> Response | None:
        raise NotImplementedError

    def guide_path(self, item: GuideItem) -> str:
        raise NotImplementedError

    def listing_paths(self) -> list[str]:
        """Home and catalog pages (every page that lists guides)."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------
    def entry_path(self, item: GuideItem) -> str | None:
        return f"/apply/{self.apply_system}/{item.serial}" if item.entry else None

    def page_paths(self) -> list[str]:
        return self.listing_paths() + [self.guide_path(item) for item in self.items]

    def chrome_page_paths(self) -> list[str]:
        """Other pages in the portal's chrome that a crawler reaches by links (news, and any
        alias of the home page the navigation links to); robots-disallowed ones excluded."""
        return [f"/news/{number}.html" for number in range(1, len(NEWS_TITLES) + 1)]

    def handle(self, request: Request) -> Response:
        path = request.path
        if path == "/robots.txt":
            body = "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in ROBOTS_DISALLOWED)
            return Response(200, body.encode("ascii"), "text/plain")
        if path == "/static/qr.png":
            return Response(200, QR_PNG, "image/png")
        if path == "/login":
            target = request.query.get("redirect", "")
            return self.render("common/login.html", title="用户登录", guide=not target.startswith("/apply/"))
        if path.startswith("/admin"):
            return self.render("common/admin.html", title="内部办公系统")
        if path == "/search":
            return self.render("common/search.html", title="搜索", keyword=request.query.get("q", ""))
        if path.startswith("/news/"):
            return self.news_page(path)
        if path.startswith("/apply/"):
            return self.apply_page(request)
        return self.route(request) or self.not_found()

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        page = template_environment().get_template(template).render(**self.chrome(), **context)
        charset = self.city.charset
        content_type = "text/html" if charset != "utf-8" else "text/html; charset=utf-8"
        return Response(status, page.encode(charset), content_type)

    def json(self, data: object, status: int = 200) -> Response:
        return Response(
            status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json;charset=UTF-8"
        )

    def not_found(self) -> Response:
        return self.render(
            "common/error.html", 404, title="404", code=404, message="您访问的页面不存在或已被删除"
        )

    def chrome(self) -> dict[str, Any]:
        city = self.city
        number = int(city.region_code) % 100000 + 10000
        return {
            "layout": f"{self.style}/layout.html",
            "city": city,
            "site_title": city.site_title,
            "province_name": self.province.name,
            "host_org": f"{city.name}人民政府办公室",
            "operator": f"{city.name}政务服务和大数据管理局",
            "icp": f"示ICP备{number:05d}号-{city.seed_index + 1}",
            "police_record": f"示公网安备 {city.region_code}{number:08d}号",
            "news": [
                {"title": t, "date": d, "path": f"/news/{i + 1}.html"} for i, (t, d) in enumerate(NEWS_TITLES)
            ],
            "traps": city.chrome_traps,
            "app_name": city.app_name,
            "hotline": "12345",
            "apply_system": self.apply_system,
            "guide_path": self.guide_path,
        }

    def guide_context(self, item: GuideItem) -> dict[str, Any]:
        rows = guide_rows(item, self.city)
        return {
            "title": item.name,
            "item": item,
            "rows": rows,
            "basic": [r for r in rows if r.section == "basic"],
            "handling": [r for r in rows if r.section == "handling"],
            "basis": [r for r in rows if r.section == "basis"],
            "basic_lines": paired([r for r in rows if r.section == "basic"]),
            "handling_lines": paired([r for r in rows if r.section == "handling"]),
            "labels": self.city.labels,
            "materials": material_cells(item.materials, self.city),
            "material_headers": material_headers(self.city),
            "exempt_column": vocabulary(self.city).materials_exempt_column,
            "locations": item.locations,
            "entry_path": self.entry_path(item),
            "entry_label": self.entry_label,
            "notices": item.notices,
            "steps": PROCESS_STEPS,
        }

    def guide_page(self, item: GuideItem, template: str, **extra: Any) -> Response:
        """The guide, or the login wall in front of it."""
        if item.login_wall == "redirect":
            return redirect(f"/login?redirect={quote(self.guide_path(item))}")
        if item.login_wall == "page":
            return self.render("common/login.html", title="用户登录", guide=True)
        return self.render(template, **self.guide_context(item), **extra)

    def news_page(self, path: str) -> Response:
        number = path.removeprefix("/news/").removesuffix(".html")
        if not number.isdigit() or not 1 <= int(number) <= len(NEWS_TITLES):
            return self.not_found()
        title, date = NEWS_TITLES[int(number) - 1]
        return self.render("common/news.html", title=title, date=date)

    def apply_page(self, request: Request) -> Response:
        """The online application system behind 在线办理: working, or broken in one of the
        ways real ones are."""
        parts = request.path.strip("/").split("/")
        item = self.by_serial.get(parts[-1]) if len(parts) >= 3 else None
        if item is None or item.entry is None:
            return self.not_found()
        base = f"/apply/{self.apply_system}"
        if len(parts) == 4 and parts[2] == "form":
            return self.render(
                "common/apply_form.html",
                title=f"{item.name} - 网上申报",
                item=item,
                submitted=request.method == "POST",
                maintainer=False,
            )
        if len(parts) == 4 and parts[2] == "notice":
            return self.render("common/apply_notice.html", title="温馨提示", item=item)
        kind = item.entry
        if kind in ("form", "form-maintainer-footer"):
            return self.render(
                "common/apply_form.html",
                title=f"{item.name} - 网上申报",
                item=item,
                submitted=False,
                maintainer=kind == "form-maintainer-footer",
            )
        if kind == "redirect-form":
            return redirect(f"{base}/form/{item.serial}")
        if kind == "redirect-counter":
            return redirect(f"{base}/notice/{item.serial}")
        if kind == "login-form":
            return self.render("common/apply_login.html", title="统一身份认证", item=item)
        if kind == "not-found":
            return self.not_found()
        if kind == "server-error":
            return self.render(
                "common/server_error.html", 500, title="HTTP Status 500 – Internal Server Error"
            )
        if kind == "maintenance":
            return self.render("common/maintenance.html", title="系统升级维护中")
        if kind == "maintenance-503":
            return self.json({"error": "系统升级维护中，请稍后再试", "code": "MAINTENANCE"}, 503)
        return Response(drop_connection=True)
