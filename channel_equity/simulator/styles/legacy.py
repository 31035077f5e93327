"""Style 6: a legacy JSP portal in GBK. The charset is declared only in a
``<meta http-equiv>`` (gb2312, as such sites do; the bytes are GBK) while the HTTP header says
plain ``text/html``; every page demands IE (a notice, ``<!--[if lte IE 7]>``,
``new ActiveXObject``), the legacy-browser-required signal."""

from __future__ import annotations

from channel_equity.simulator.labels import CASE_NAMES
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import (
    PortalApp,
    Request,
    Response,
    page_number,
    page_slice,
    pages_of,
)

LEGACY_NOTICE = "该系统只支持IE浏览器"


class LegacyGbkPortal(PortalApp):
    style = "legacy"
    apply_system = "wssb"
    entry_label = "网上申报"
    per_page = 12

    def guide_path(self, item: GuideItem) -> str:
        return f"/jsp/guide.jsp?itemId={item.serial}"

    def listing_paths(self) -> list[str]:
        pages = pages_of(self.items, self.per_page)
        return ["/"] + [f"/jsp/itemList.jsp?pageNo={n}" for n in range(1, pages + 1)]

    def chrome_page_paths(self) -> list[str]:
        return ["/index.jsp", *super().chrome_page_paths()]

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.jsp"):
            return self.render("legacy/home.html", title="首页")
        if path == "/jsp/itemList.jsp":
            pages = pages_of(self.items, self.per_page)
            page = min(page_number(request, "pageNo"), pages)
            return self.render(
                "legacy/list.html",
                title="办事指南",
                page=page,
                pages=pages,
                total=len(self.items),
                per_page=self.per_page,
                page_items=page_slice(self.items, page, self.per_page),
                case_names=CASE_NAMES,
            )
        if path == "/jsp/guide.jsp":
            item = self.by_serial.get(request.query.get("itemId", ""))
            return self.guide_page(item, "legacy/guide.html") if item else None
        return None
