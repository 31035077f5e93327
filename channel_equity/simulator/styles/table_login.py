"""Style 8: another table vendor (``td.tb-label``/``td.tb-value``, 33-char handling-item
codes), a department-grouped catalog paginated per department, and some guides behind a
login wall (a login page in place of the guide, or a redirect to /login)."""

from __future__ import annotations

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import (
    PortalApp,
    Request,
    Response,
    page_number,
    page_slice,
    pages_of,
)
from channel_equity.simulator.styles.deflist import department_groups


class DepartmentTablePortal(PortalApp):
    style = "table_login"
    apply_system = "sqpt"
    entry_label = "立即办理"
    per_page = 5

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.departments = department_groups(self.items)

    def guide_path(self, item: GuideItem) -> str:
        return f"/portal/item/{item.item_code}"

    def listing_paths(self) -> list[str]:
        paths = ["/", "/portal/dept"]
        for dept in self.departments:
            pages = pages_of(dept.items, self.per_page)
            paths += [f"/portal/dept/{dept.number}?page={n}" for n in range(1, pages + 1)]
        return paths

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("table_login/home.html", title="首页")
        if path == "/portal/dept":
            return self.render("table_login/departments.html", title="部门服务", departments=self.departments)
        if path.startswith("/portal/dept/"):
            dept = next(
                (d for d in self.departments if str(d.number) == path.removeprefix("/portal/dept/")), None
            )
            if dept is None:
                return None
            pages = pages_of(dept.items, self.per_page)
            page = min(page_number(request), pages)
            return self.render(
                "table_login/department.html",
                title=dept.name,
                dept=dept,
                page=page,
                pages=pages,
                page_items=page_slice(dept.items, page, self.per_page),
            )
        if path.startswith("/portal/item/"):
            item = self.by_code.get(path.removeprefix("/portal/item/"))
            return self.guide_page(item, "table_login/guide.html") if item else None
        return None
