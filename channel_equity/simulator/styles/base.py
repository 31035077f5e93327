"""What every simulated portal shares: routing of the pages every portal has (robots.txt,
login, admin, news, online entries, the service pages), the page chrome context, and the
guide context built from ``labels.guide_rows``.

A style subclass only decides URLs and markup (its templates); values never come from
anywhere but the ``GuideItem`` and ``labels``, which is what keeps pages and truth equal.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, ClassVar
from urllib.parse import quote

from channel_equity.simulator.labels import FieldRow, guide_rows, material_cells, material_headers, vocabulary
from channel_equity.simulator.model import City, GuideItem, Province
from channel_equity.simulator.styles.assets import QR_PNG, TEMPLATES, template_environment
from channel_equity.simulator.styles.entries import EntryPages
from channel_equity.simulator.styles.exchange import Request, Response, redirect
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_ORIGIN
from channel_equity.simulator.styles.service_pages import ServicePages

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

    def __init__(self, city: City, province: Province, identity_origin: str = DEMO_IDENTITY_ORIGIN) -> None:
        self.city = city
        self.province = province
        self.identity_origin = identity_origin
        self.service_pages = ServicePages(self)
        self.entry_pages = EntryPages(self)
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
        """Other pages in the portal's chrome that a crawler reaches by links (news, the FAQ and
        the mobile channels page of a probed province, and any alias of the home page the
        navigation links to); robots-disallowed ones excluded."""
        news = [f"/news/{number}.html" for number in range(1, len(NEWS_TITLES) + 1)]
        return news + self.service_pages.chrome_paths()

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
        if path.startswith("/news/"):
            return self.news_page(path)
        if path.startswith("/apply/"):
            return self.apply_page(request)
        return self.service_pages.handle(request) or self.route(request) or self.not_found()

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
            **self.service_pages.chrome(),
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
        """The online application system behind 在线办理 (``entries.EntryPages``)."""
        return self.entry_pages.handle(request)


__all__ = ["TEMPLATES", "PortalApp", "Request", "Response", "redirect", "template_environment"]
