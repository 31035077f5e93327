"""Style 2: definition-list guides (``<dl><dt><dd>``) reached through a department-grouped
catalog: home → 部门服务 → one page per department → guides."""

from __future__ import annotations

from dataclasses import dataclass

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import PortalApp, Request, Response


@dataclass(frozen=True)
class DepartmentGroup:
    number: int
    name: str
    items: tuple[GuideItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)


def department_groups(items: list[GuideItem]) -> list[DepartmentGroup]:
    """Departments in order of first appearance, numbered from 1."""
    names: dict[str, list[GuideItem]] = {}
    for item in items:
        names.setdefault(item.department, []).append(item)
    return [DepartmentGroup(n, name, tuple(group)) for n, (name, group) in enumerate(names.items(), start=1)]


class DefinitionListPortal(PortalApp):
    style = "deflist"
    apply_system = "sbpt"
    entry_label = "在线办理"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.departments = department_groups(self.items)

    def guide_path(self, item: GuideItem) -> str:
        return f"/bszn/{item.serial}.html"

    def listing_paths(self) -> list[str]:
        return ["/", "/bmfw/index.html"] + [f"/bmfw/dept_{d.number}.html" for d in self.departments]

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("deflist/home.html", title="首页")
        if path == "/bmfw/index.html":
            return self.render("deflist/departments.html", title="部门服务", departments=self.departments)
        if path.startswith("/bmfw/dept_") and path.endswith(".html"):
            number = path.removeprefix("/bmfw/dept_").removesuffix(".html")
            group = next((d for d in self.departments if str(d.number) == number), None)
            if group is not None:
                return self.render(
                    "deflist/department.html", title=group.name, dept=group, dept_items=group.items
                )
        if path.startswith("/bszn/") and path.endswith(".html"):
            item = self.by_serial.get(path.removeprefix("/bszn/").removesuffix(".html"))
            if item is not None:
                return self.guide_page(item, "deflist/guide.html")
        return None
