"""Style 3: 【label】value paragraphs, and a catalog whose links exist only in ``onclick``
(``href="javascript:void(0)" onclick="openGuide('…')"``): a crawler that follows ``href``
alone finds no guide. The online entry is a ``window.open`` in ``onclick`` too."""

from __future__ import annotations

from dataclasses import dataclass

from channel_equity.simulator.catalog import ITEM_TYPES
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import PortalApp, Request, Response


@dataclass(frozen=True)
class TypeGroup:
    anchor: str
    name: str
    items: tuple[GuideItem, ...]


class BracketPortal(PortalApp):
    style = "bracket"
    apply_system = "online"
    entry_label = "网上申报"

    def guide_path(self, item: GuideItem) -> str:
        return f"/service/guide?id={item.serial}"

    def listing_paths(self) -> list[str]:
        return ["/", "/service/catalog"]

    def groups(self) -> list[TypeGroup]:
        found = []
        for code, name in ITEM_TYPES.items():
            members = tuple(item for item in self.items if item.item_type == name)
            if members:
                found.append(TypeGroup(f"type{code}", name, members))
        return found

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("bracket/home.html", title="首页")
        if path == "/service/catalog":
            return self.render("bracket/catalog.html", title="事项目录", groups=self.groups())
        if path == "/service/guide":
            item = self.by_serial.get(request.query.get("id", ""))
            return self.guide_page(item, "bracket/guide.html") if item else None
        return None
