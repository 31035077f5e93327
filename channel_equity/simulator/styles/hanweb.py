"""Style 7: Hanweb-like markup — ``<li><span>label：</span><span>value</span></li>`` and
``<label>label：</label><div>value</div>`` lines with full-width colons, column pages
/col/col1001 (个人办事) and /col/col1002 (法人办事), articles at /art/yyyy/m/d/art_col_id.html."""

from __future__ import annotations

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import PortalApp, Request, Response

COLUMNS = {"person": ("col1001", "个人办事"), "legal": ("col1002", "法人办事")}


class HanwebPortal(PortalApp):
    style = "hanweb"
    apply_system = "zwfw"
    entry_label = "在线办理"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.by_article = {self.guide_path(item): item for item in self.items}

    def guide_path(self, item: GuideItem) -> str:
        column = COLUMNS[item.serves][0].removeprefix("col")
        return f"/art/2025/{item.serial % 12 + 1}/{item.serial % 28 + 1}/art_{column}_{item.serial}.html"

    def listing_paths(self) -> list[str]:
        return ["/"] + [f"/col/{column}/index.html" for column, _ in COLUMNS.values()]

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("hanweb/home.html", title="首页", column_name="首页")
        for serves, (column, name) in COLUMNS.items():
            if path == f"/col/{column}/index.html":
                members = [item for item in self.items if item.serves == serves]
                return self.render(
                    "hanweb/column.html", title=name, column_name=name, column_id=column, column_items=members
                )
        item = self.by_article.get(path)
        if item is not None:
            column, name = COLUMNS[item.serves]
            return self.guide_page(
                item, "hanweb/guide.html", column_name=name, column_path=f"/col/{column}/index.html"
            )
        return None
