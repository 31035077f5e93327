"""Style 4: tabbed guides (基本信息 label/value table; 申请材料 as a table with a header row
序号/材料名称/材料类型/材料形式/份数/来源渠道/是否免提交 or 备注; 办理地点 as a table of
halls), catalog by item type with ``pageNo`` pagination."""

from __future__ import annotations

from dataclasses import dataclass

from channel_equity.simulator.catalog import ITEM_TYPES
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import (
    PortalApp,
    Request,
    Response,
    page_number,
    page_slice,
    pages_of,
)


@dataclass(frozen=True)
class TypeListing:
    code: str
    name: str
    items: tuple[GuideItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)


class TabbedPortal(PortalApp):
    style = "tabbed"
    apply_system = "ythpt"
    entry_label = "立即办理"
    per_page = 8

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.types = [
            TypeListing(code, name, tuple(i for i in self.items if i.item_type == name))
            for code, name in ITEM_TYPES.items()
        ]
        self.types = [t for t in self.types if t.items]

    def guide_path(self, item: GuideItem) -> str:
        return f"/zwfw/guide/{item.item_code}.html"

    def listing_paths(self) -> list[str]:
        paths = ["/", "/zwfw/index.html"]
        for listing in self.types:
            pages = pages_of(listing.items, self.per_page)
            paths += [f"/zwfw/list?type={listing.code}&pageNo={n}" for n in range(1, pages + 1)]
        return paths

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("tabbed/home.html", title="首页")
        if path == "/zwfw/index.html":
            return self.render("tabbed/types.html", title="办事服务", types=self.types)
        if path == "/zwfw/list":
            listing = next((t for t in self.types if t.code == request.query.get("type")), None)
            if listing is None:
                return None
            pages = pages_of(listing.items, self.per_page)
            page = min(page_number(request, "pageNo"), pages)
            return self.render(
                "tabbed/list.html",
                title=listing.name,
                type_code=listing.code,
                type_name=listing.name,
                page=page,
                pages=pages,
                page_items=page_slice(listing.items, page, self.per_page),
            )
        if path.startswith("/zwfw/guide/") and path.endswith(".html"):
            item = self.by_code.get(path.removeprefix("/zwfw/guide/").removesuffix(".html"))
            return self.guide_page(item, "tabbed/guide.html") if item else None
        return None
