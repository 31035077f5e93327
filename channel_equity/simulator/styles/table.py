"""Style 1: the classic table guide (label cells ``th``, some rows with two label/value
pairs), a catalog paginated with ``?page=N`` (首页/上一页/1 2 3/下一页/尾页), and an
infinite 办事日历 (``?date=`` next-day links) that a polite crawler must not follow forever."""

from __future__ import annotations

import datetime

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import (
    PortalApp,
    Request,
    Response,
    page_number,
    page_slice,
    pages_of,
)

CALENDAR_START = datetime.date(2025, 11, 1)


class TablePortal(PortalApp):
    style = "table"
    apply_system = "wsbs"
    entry_label = "在线办理"
    per_page = 10
    crawler_traps = ({"path": "/bszn/calendar", "kind": "infinite-calendar"},)

    def guide_path(self, item: GuideItem) -> str:
        return f"/bszn/detail?id={item.uid}"

    def listing_paths(self) -> list[str]:
        return ["/"] + [f"/bszn/list?page={n}" for n in range(1, pages_of(self.items, self.per_page) + 1)]

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.render("table/home.html", title="首页", hot=self.items[:8])
        if path == "/bszn/list":
            page = min(page_number(request), pages_of(self.items, self.per_page))
            return self.render(
                "table/catalog.html",
                title="办事指南",
                page=page,
                per_page=self.per_page,
                pages=pages_of(self.items, self.per_page),
                total=len(self.items),
                page_items=page_slice(self.items, page, self.per_page),
            )
        if path == "/bszn/detail":
            item = self.by_uid.get(request.query.get("id", ""))
            return self.guide_page(item, "table/guide.html") if item else None
        if path == "/bszn/calendar":
            return self.calendar(request.query.get("date", ""))
        return None

    def calendar(self, value: str) -> Response:
        try:
            date = datetime.date.fromisoformat(value)
        except ValueError:
            date = CALENDAR_START
        return self.render(
            "table/calendar.html",
            title="办事日历",
            date=date.isoformat(),
            previous=(date - datetime.timedelta(days=1)).isoformat(),
            following=(date + datetime.timedelta(days=1)).isoformat(),
            next_month=(date + datetime.timedelta(days=31)).isoformat(),
        )
