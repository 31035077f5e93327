"""瑶台市政务服务网 (贵州): a Vue-CLI-style single-page app with hash routes, written in plain JS.

``/`` is an empty shell (``<div id="app"></div>`` + two hashed bundles). The app fetches
``/api/catalog?page=N`` (a MyBatis-Plus page: ``records/total/size/current/pages``) and renders
``<a href="#/guide/<id>">`` links with snowflake ids as strings. ``#/guide/<id>`` fetches
``/api/guide?id=<id>``: camelCase keys carrying **codes only** (useLevel ``3^4``, handleType
``1^2^3``, wsfwsd ``1``–``4``, projectType ``1``–``3``, materialFormat ``1``–``3`` …), decoded by
dictionaries inside ``app.js``. The pager is buttons without ``href``.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals3.model import LEVEL_TEXT, Guide, Material
from tests.corpora.portals3.pool import YAOTAI, make_guide
from tests.corpora.portals3.render_util import favicon, json_bytes

PORTAL_ID = "yaotai"
PAGE_SIZE = 6
APP_JS = "static/js/app.9f3d6e10.js"
VENDOR_JS = "static/js/chunk-vendors.4c1e7a2b.js"
APP_CSS = "static/css/app.2b7c81d4.css"
FIRST_ID = 1_720_391_875_430_981_634  # snowflake ids (beyond 2**53: JSON carries them as strings)


def entry(code: str) -> str:
    return f"/uc/login?taskCode={code}"


def guides() -> list[Guide]:
    city = YAOTAI
    g = [
        make_guide(city, "spjy", "city", entry, levels="34", halls=("city", "county0")),
        make_guide(city, "ggcs", "city", entry),
        make_guide(city, "hszc", "city", entry),
        make_guide(city, "sybx", "city", entry, halls=("sb",)),
        make_guide(city, "sbk", "city", entry, halls=("sb", "city")),
        # 是否网办 = 是 while 办理形式 is 窗口办理 only: channels stay counter
        make_guide(city, "dibao", "county0", entry, online_check=True),
        make_guide(city, "jhdj", "city", entry, halls=("hy",), fee=False),
        make_guide(city, "jzz", "county0", entry),
        make_guide(city, "dlhy", "city", entry, levels="34", halls=("city", "county0", "county1")),
        # Ⅳ级 with 1 visit, kept as stated; name with a 权限 suffix
        make_guide(city, "sgxk", "city", entry, name="建筑工程施工许可证核发（设区的市级权限）", visits=1,
                   visit_reason="开工前需到现场核验施工许可证原件"),
        make_guide(city, "bdcsc", "city", entry, halls=("bdc",)),
        make_guide(city, "pwxk", "county1", entry),
        make_guide(city, "ylcs", "county1", entry),
        make_guide(city, "ybcb", "town", entry, halls=("town", "village")),
        make_guide(city, "glbt", "town", entry, halls=("town", "village")),
        make_guide(city, "gtzc", "county0", entry),
        make_guide(city, "lmcf", "county1", entry, case="3"),  # 上报件
        make_guide(city, "yljg", "city", entry),
    ]
    for guide in g:
        if guide.key in ("hszc", "pwxk-county1"):  # online only: lobbys []
            guide.halls = []
    return g


# --- the API -----------------------------------------------------------------------------------


def snowflake(index: int) -> str:
    return str(FIRST_ID + index * 4_194_304 + (index * 7919) % 4096)


def material_json(guide: Guide, index: int, mat: Material) -> dict[str, Any]:
    return {
        "materialGuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{guide.code}/{index}")),
        "materialName": mat.name,
        "materialType": mat.mtype,
        "materialFormat": {"paper": "1", "electronic": "2", "both": "3"}[mat.form],
        "pageNum": mat.originals,
        "pageCopynum": mat.copies,
        "paperFormat": "A4",
        "sourceType": mat.source,
        "isNeed": mat.need,
        "isFreeSubmit": "1" if mat.exempt_how in ("free", "share") else "0",
        "getWay": "由部门共享获取" if mat.exempt_how == "share" else "",
        "elecLicenseName": mat.name if mat.exempt_how == "elic" else "",
        "remark": mat.note,
    }


def split_law(law: str) -> dict[str, str]:
    found = re.match(r"(《[^》]+》)(.*)", law)
    name, number = (found.group(1), found.group(2)) if found else (law, "")
    return {"lawName": name, "termsNumber": number, "termsContent": f"{name}{number}规定的事项，依法办理。"}


def guide_json(guide: Guide, index: int, ids: dict[str, str], all_guides: list[Guide]) -> dict[str, Any]:
    def day(value: int | None) -> int | str | None:
        if value is None:
            return None
        return value if index % 2 == 0 else str(value)  # the API mixes numbers and numeric strings

    related = [other for other in all_guides if other is not guide and other.department == guide.department][:2]
    related += [all_guides[(index + 5) % len(all_guides)]] if len(related) < 2 else []
    return {
        "code": 200,
        "msg": "操作成功",
        "success": True,
        "data": {
            "id": ids[guide.key],
            "taskGuid": str(uuid.uuid5(uuid.NAMESPACE_URL, guide.code)),
            "taskName": guide.name,
            "taskCode": guide.code,
            "catalogCode": guide.basic_code,
            "taskType": guide.type_code,
            "deptName": guide.department,
            "deptCode": guide.dept_usci,
            "useLevel": "^".join(guide.levels),
            "serveType": "^".join(guide.serve),
            "handleType": "^".join(guide.handle),
            "onlineCheck": "1" if guide.is_online else "0",
            "wsfwsd": str(guide.depth) if guide.depth else "",
            "limitSceneNum": guide.visits,
            "sceneReason": guide.visit_reason,
            "anticipateDay": day(guide.statutory),
            "anticipateType": "1",
            "promiseDay": day(guide.promised),
            "promiseType": "1",
            "projectType": guide.case,
            "isFee": "1" if guide.fee else "0",
            "isSchedule": "1" if guide.appointment else "0",
            "isExpress": "1" if guide.express else "0",
            "onlineHandleUrl": guide.online_url or "",
            "acceptCondition": "\n".join(f"{n}. {text}" for n, text in enumerate(guide.conditions, 1)),
            "materials": [material_json(guide, n, mat) for n, mat in enumerate(guide.materials)],
            "lobbys": [{"name": hall.name, "address": hall.address, "tel": hall.phone, "time": hall.hours,
                        "timeDelayBus": "中午延时服务 12:00-13:30" if hall.level == "city" else ""}
                       for hall in guide.halls],
            "processes": [{"stepName": step.name, "transactor": step.actor, "timeLimit": step.limit,
                           "checkStandard": step.standard} for step in guide.steps],
            "accordings": [split_law(guide.law)],
            "relatedTasks": [{"id": ids[other.key], "taskName": other.name} for other in related],
            "linkTel": guide.halls[0].phone if guide.halls else "0855-8216001",
            "superviseTel": "12345",
            "updateTime": f"2024-0{index % 9 + 1}-{index % 27 + 1:02d} 10:{index * 3 % 60:02d}:00",
        },
    }


def catalog_json(page: int, records: list[dict[str, Any]], total: int) -> dict[str, Any]:
    pages = -(-total // PAGE_SIZE)
    return {"code": 200, "msg": "操作成功",
            "data": {"records": records, "total": total, "size": PAGE_SIZE, "current": page, "pages": pages}}


# --- static pages --------------------------------------------------------------------------------

INDEX_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="/favicon.ico">
<title>瑶台市政务服务网</title>
<link href="/{css}" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but 瑶台市政务服务网 doesn't work properly without JavaScript enabled. \
Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script src="/{vendor}"></script>
<script src="/{app}"></script>
</body>
</html>
"""

LOGIN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.ico">
<title>瑶台市统一身份认证平台</title>
<link href="/{css}" rel="stylesheet">
</head>
<body class="uc">
<div class="uc-box">
<h1>瑶台市统一身份认证平台</h1>
<p>请使用“贵人服务”APP扫码登录，或使用账号密码登录后继续办理。</p>
<form action="/uc/login" method="get">
<label>手机号/身份证号 <input name="username" autocomplete="username"></label>
<label>密码 <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">登录</button>
</form>
<p class="uc-links"><a href="/">返回首页</a></p>
</div>
</body>
</html>
"""

VENDOR_SRC = asset_text(__file__, "yaotai/chunk-vendors.js")

APP_SRC = asset_text(__file__, "yaotai/app.js")

CSS = asset_text(__file__, "yaotai/app.css")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    all_guides = guides()
    ids = {guide.key: snowflake(n) for n, guide in enumerate(all_guides)}
    files: dict[str, bytes] = {}
    files["index.html"] = INDEX_HTML.format(css=APP_CSS, vendor=VENDOR_JS, app=APP_JS).encode("utf-8")
    files["uc/login"] = LOGIN_HTML.format(css=APP_CSS).encode("utf-8")
    files[VENDOR_JS] = VENDOR_SRC.encode("utf-8")
    levels_js = "{ " + ", ".join(f"'{k}': '{v}'" for k, v in LEVEL_TEXT.items()) + " }"
    files[APP_JS] = APP_SRC.replace("__LEVELS__", levels_js).encode("utf-8")
    files[APP_CSS] = CSS.encode("utf-8")
    files["favicon.ico"] = favicon((200, 22, 29))
    # catalog: newest first (the API sorts by update time)
    order = list(reversed(all_guides))
    records = [{"id": ids[guide.key], "taskName": guide.name, "deptName": guide.department,
                "onlineFlag": "1" if guide.online_url else "0"} for guide in order]
    total = len(records)
    for page in range(1, -(-total // PAGE_SIZE) + 1):
        body = json_bytes(catalog_json(page, records[(page - 1) * PAGE_SIZE: page * PAGE_SIZE], total))
        files[f"api/catalog@page={page}"] = body
        if page == 1:
            files["api/catalog"] = body  # /api/catalog without a page is page 1
    files["api/guide"] = json_bytes({"code": "0", "msg": "未找到匹配的信息", "success": False, "data": None})
    for index, guide in enumerate(all_guides):
        files[f"api/guide@id={ids[guide.key]}"] = json_bytes(guide_json(guide, index, ids, all_guides))
    files["headers.json"] = json_bytes({
        "/api/*": "application/json;charset=UTF-8",
        "/uc/login": "text/html;charset=UTF-8",
        "/": "text/html;charset=UTF-8",
        "*.html": "text/html;charset=UTF-8",
        "*.js": "application/javascript;charset=UTF-8",
        "*.css": "text/css;charset=UTF-8",
    }, compact=False)
    items = []
    for guide in all_guides:
        item = guide.truth(f"/#/guide/{ids[guide.key]}")
        item["data_url"] = f"/api/guide?id={ids[guide.key]}"
        item["link_only_in_script"] = True
        items.append(item)
    portal = {
        "id": PORTAL_ID,
        "name": "瑶台市政务服务网",
        "style": "Vue-CLI-style hash-routed SPA; camelCase JSON API with codes only",
        "home": "",
        "charset": "utf-8",
        "served_content_type": "text/html;charset=UTF-8",
        "catalog_api": "/api/catalog?page=N",
        "items": items,
    }
    return files, portal
