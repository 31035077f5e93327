"""Style 5: a JSON-API single-page portal (Epoint/Guangdong-style keys). Every HTML page is
an empty shell; ``/static/app.js`` fetches ``/api/...`` and builds the DOM, so without
JavaScript the portal shows nothing useful. The rendered guide shows the same labels and
texts as any other portal: each displayed value is the row text of ``labels.guide_rows``,
carried in the JSON as ``KEY_TEXT`` beside the coded ``KEY`` (``HANDLE_TYPE: "1^2"``)."""

from __future__ import annotations

import json
from typing import Any

from channel_equity.simulator.codes import LEVEL_DIGITS
from channel_equity.simulator.labels import (
    CHANNEL_CODES,
    LABEL_VARIANTS,
    SPA_KEYS,
    guide_rows,
    material_cells,
    material_headers,
)
from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.styles.base import TEMPLATES, PortalApp, Request, Response, page_slice, pages_of

SOURCE_CODES = {"申请人自备": "10", "政府部门核发": "20", "中介机构出具": "30"}
TYPE_CODES = {"行政许可": "01", "行政给付": "05", "行政确认": "07", "其他行政权力": "10", "公共服务": "20"}
SHELLS = ("/", "/index.html", "/app/list.html", "/app/guide.html")


class JsonSpaPortal(PortalApp):
    style = "spa"
    apply_system = "declare"
    entry_label = "在线办理"
    per_page = 10

    def guide_path(self, item: GuideItem) -> str:
        return f"/app/guide.html?code={item.item_code}"

    def listing_paths(self) -> list[str]:
        return ["/"] + [f"/app/list.html?page={n}" for n in range(1, pages_of(self.items, self.per_page) + 1)]

    def portal_config(self) -> dict[str, Any]:
        labels = self.city.labels
        service = self.service_pages.chrome()
        extra: dict[str, Any] = {}
        if service["faq_path"]:  # a probed province: FAQ and mobile channels in the menu, a search box
            extra["searchPath"] = service["search_path"]
            extra["serviceLinks"] = [
                {"text": "常见问题", "href": service["faq_path"]},
                {"text": "移动端", "href": service["mobile_path"]},
            ]
        return {
            "siteTitle": self.city.site_title,
            "nav": [
                {"text": "首页", "href": "/"},
                {"text": "办事指南", "href": "/app/list.html?page=1"},
                {"text": "政务公开", "href": "/news/1.html"},
                {"text": "后台管理", "href": "/admin/"},
            ],
            **extra,
            "footer": f"主办单位：{self.city.name}人民政府办公室",
            "pageSize": self.per_page,
            "fields": [
                [SPA_KEYS[field], labels[field]]
                for field in LABEL_VARIANTS
                if field in SPA_KEYS and field in labels
            ],
            "materialsLabel": labels["materials"],
            "locationsLabel": labels["locations"],
            "materialHeaders": list(material_headers(self.city)),
            "entryLabel": self.entry_label,
        }

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in SHELLS:
            return self.render(
                "spa/shell.html", title=self.city.site_title, portal_config=self.portal_config()
            )
        if path == "/static/app.js":
            return Response(
                200, (TEMPLATES / "spa" / "app.js").read_bytes(), "application/javascript; charset=utf-8"
            )
        if path == "/api/portal/home":
            return self.json({"code": 200, "msg": "success", "data": {"news": self.chrome()["news"]}})
        if path == "/api/task/list":
            return self.task_list(request)
        if path == "/api/task/detail":
            item = self.by_code.get(request.query.get("code", ""))
            if item is None:
                return self.json({"code": 0, "msg": "未找到匹配的信息", "data": None})
            return self.json({"code": 200, "msg": "success", "data": self.task_detail(item)})
        return None

    def task_list(self, request: Request) -> Response:
        wanted = dict(request.query)
        if request.method == "POST" and request.body:
            try:
                wanted.update({k: str(v) for k, v in json.loads(request.body).items()})
            except (ValueError, AttributeError):
                return self.json({"code": 400, "msg": "参数错误", "data": None}, 400)
        page = int(wanted["pageNo"]) if str(wanted.get("pageNo", "1")).isdigit() else 1
        page = max(1, min(page, pages_of(self.items, self.per_page)))
        listed = [
            {"TASK_NAME": i.name, "TASK_CODE": i.item_code, "DEPT_NAME": i.department}
            for i in page_slice(self.items, page, self.per_page)
        ]
        info = {"pageNo": page, "pageSize": self.per_page, "total": len(self.items)}
        return self.json({"code": 200, "msg": "success", "data": {"PAGEINFO": info, "list": listed}})

    def task_detail(self, item: GuideItem) -> dict[str, Any]:
        """The detail JSON: coded values, and for every displayed row its text (``KEY_TEXT``,
        or ``KEY`` itself for plain-text fields)."""
        data: dict[str, Any] = {
            "TASK_TYPE": TYPE_CODES.get(item.item_type, "10"),
            "USE_LEVEL": ",".join(LEVEL_DIGITS[level] for level in item.levels),
            "SERVE_TYPE": "1" if item.serves == "person" else "2",
            "HANDLE_TYPE": "^".join(CHANNEL_CODES[c] for c in item.channels),
            "ONLINECHECK": "1" if item.online_available else "0",
            "LIMIT_SCENE_NUM": item.visits,
            "ANTICIPATE_DAY": item.statutory_days,
            "ANTICIPATE_TYPE_TEXT": "工作日",
            "PROMISE_DAY": item.promised_days,
            "PROMISE_TYPE_TEXT": "工作日",
            "PROJECT_TYPE": {"immediate": "1", "promised": "2", "other": "3"}[item.case_type],
            "IS_FEE": "1" if item.fee else "0",
            "IS_SCHEDULE": "1" if item.appointment else "0",
            "IS_EXPRESS": "1" if item.express else "0",
        }
        if item.online_depth:
            data["WBSD_LEVEL"] = str(item.online_depth)
        plain = {
            "TASK_NAME",
            "TASK_CODE",
            "CATALOG_CODE",
            "DEPT_NAME",
            "LIMIT_SCENE_EXPLAIN",
            "HANDLE_EXPLAIN",
            "BY_LAW",
            "ACCEPT_CONDITION",
            "LINK_TEL",
            "TSTEL",
        }
        for row in guide_rows(item, self.city):
            data[row.spa_key if row.spa_key in plain else f"{row.spa_key}_TEXT"] = row.text
        data["TRANSACT_WEB_URL"] = self.entry_path(item) or ""
        data["NOTICES"] = [{"TEXT": n.text, "QR": n.qr_code} for n in item.notices]
        data["AUDIT_MATERIAL"] = [
            {
                "MATERIAL_NAME": cells.name,
                "MATERIAL_TYPE_TEXT": cells.mtype,
                "ZZHDZB": cells.form,
                "PAGE_NUM": cells.copies,
                "SOURCE_TYPE": SOURCE_CODES.get(cells.source, "99"),
                "SOURCE_TYPE_TEXT": cells.source,
                "IS_NEED_TEXT": cells.necessity,
                "IS_FREE": "1" if material.exempt else "0",
                "FREE_EXPLAIN": cells.exemption,
            }
            for cells, material in zip(material_cells(item.materials, self.city), item.materials, strict=True)
        ]
        data["AUDIT_CATALOG_LOBBY"] = [
            {"NAME": loc.name, "ADDRESS": loc.address, "TIME": loc.hours, "TEL": loc.phone}
            for loc in item.locations
        ]
        return data
