"""澄屿市网上办事大厅 (福建): a Vite-style shell fed by label/value JSON with Chinese labels.

``/`` holds a ``<noscript>`` message and ``<div id="root">``; the module script fetches
``/api/list.json`` (``{"code":0,"data":"<the list as a JSON-encoded string>"}``) and renders links
``/bszn/detail.html?code=<实施编码>``. That page is one shell file for every code; its script
fetches ``/api/detail/<code>.json``: ``{"data":{"title", "sections":[{"title","fields":[{"label",
"value"}]} | {"title","rows":[{<Chinese column>: value}]} | {"title","steps":[…]} | {"title","html"}]}}``,
``\\uXXXX``-escaped ASCII, served as ``application/json`` without a charset.
"""

from __future__ import annotations

import json
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals3.model import (
    DEPTH_CHINESE,
    HANDLE_TEXT,
    MTYPE_TEXT,
    SERVE_TEXT,
    SOURCE_TEXT,
    Guide,
)
from tests.corpora.portals3.pool import CHENGYU, make_guide
from tests.corpora.portals3.render_util import favicon, json_bytes

PORTAL_ID = "chengyu"
INDEX_JS = "assets/index-4f8a2c1d.js"
DETAIL_JS = "assets/detail-9b1e77f0.js"
CSS_FILE = "assets/index-7d3e5a90.css"
FORM_TEXT = {"paper": "纸质", "electronic": "电子化", "both": "纸质、电子化"}
LEVEL_WORDS = {"3": "市级", "4": "县级", "5": "乡镇（街道）级"}
NO_LEVEL = ("jszg", "hwgg-county1")  # guides without a 实施层级 row
SPOT_WORD = ("csdj-county1", "gtzc-county0")  # 承诺时限 written 当场办结 (others: 即办)
WITH_33 = ("tzsb", "ylzy", "ybcb")  # also show a 33-character 业务办理项编码
IDEOGRAPHIC_SPACE = ("cbwl", "lsjz-county0")  # 实施机构 value ends in U+3000


def entry(code: str) -> str:
    return f"/wsbs/apply.html?code={code}"


def guides() -> list[Guide]:
    city = CHENGYU
    g = [
        make_guide(city, "gtzc", "county0", entry),
        make_guide(city, "tzsb", "city", entry, levels="34", halls=("city", "county0", "county1")),
        make_guide(city, "ggcs", "county1", entry),
        make_guide(city, "sbk", "city", entry, halls=("sb",)),
        make_guide(city, "ylzy", "city", entry, halls=("sb",)),
        make_guide(city, "gsrd", "city", entry, halls=("sb",)),
        make_guide(city, "lsjz", "county0", entry, levels="45", halls=("county0", "town")),
        make_guide(city, "csdj", "county1", entry),
        make_guide(city, "spfys", "city", entry),
        make_guide(city, "sgxk", "county0", entry),
        make_guide(city, "jszg", "city", entry),
        make_guide(city, "cbwl", "city", entry),
        make_guide(city, "ybcb", "city", entry, halls=("yb", "county0", "county1")),
        make_guide(city, "hwgg", "county1", entry),
        make_guide(city, "cxyl", "town", entry, halls=("town", "village")),
        make_guide(city, "jycy", "county1", entry),
    ]
    return g


def depth_words(depth: int | None) -> str:
    if depth is None:
        return "无"
    return DEPTH_CHINESE[depth] + ("（全程网办）" if depth == 4 else "")


def fields(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"label": label, "value": value} for label, value in pairs]


def detail(guide: Guide) -> dict[str, Any]:
    dept = guide.department + ("\u3000" if guide.key in IDEOGRAPHIC_SPACE else "")
    basic: list[tuple[str, str]] = [("事项名称", guide.name), ("实施编码", guide.code)]
    if guide.key in WITH_33:
        basic.append(("业务办理项编码", guide.code + "01"))
    basic += [("目录编码", guide.basic_code), ("事项类型", guide.type_text), ("实施机构", dept)]
    if guide.key not in NO_LEVEL:
        basic.append(("实施层级", "、".join(LEVEL_WORDS[d] for d in guide.levels)))
    basic += [("服务对象", "、".join(SERVE_TEXT[s] for s in guide.serve)),
              ("办理方式", "、".join(HANDLE_TEXT[h] for h in guide.handle)),
              ("是否支持网上办理", "是" if guide.is_online else "否")]
    if guide.statutory is None:
        statutory = "无"
    else:
        statutory = f"{guide.statutory}个工作日" + ("（不含听证、专家评审时间）" if guide.statutory >= 30 else "")
    if guide.promised == 0:
        promised = "当场办结" if guide.key in SPOT_WORD else "即办"
    else:
        promised = f"{guide.promised}个工作日"
    handling = [("网办深度", depth_words(guide.depth)), ("到现场次数", f"{guide.visits}次"),
                ("必须现场办理原因", guide.visit_reason), ("法定时限", statutory), ("承诺时限", promised),
                ("办件类型", {"1": "即办件", "2": "承诺件", "3": "上报件"}[guide.case or "2"]),
                ("收费情况", "收费" if guide.fee else "不收费"),
                ("是否支持预约", "是" if guide.appointment else "否"),
                ("物流快递", "支持" if guide.express else "不支持"),
                ("网上办理地址", guide.online_url or "无")]
    materials = []
    for mat in guide.materials:
        note = {"share": "由部门共享获取", "elic": "通过电子证照库调取", "free": ""}.get(mat.exempt_how, "")
        if mat.need == "2":
            note = "；".join(filter(None, [note, "非必要，按需提供"]))
        if mat.need == "3":
            note = "；".join(filter(None, [note, "容缺后补"]))
        materials.append({"材料名称": mat.name, "材料类型": MTYPE_TEXT[mat.mtype], "来源渠道": SOURCE_TEXT[mat.source],
                          "份数": mat.copies_text, "材料形式": FORM_TEXT[mat.form],
                          "是否免提交": "是" if mat.exempt else "否", "备注": note})
    halls = [{"大厅名称": h.name, "办理地址": h.address, "办公时间": h.hours, "咨询电话": h.phone} for h in guide.halls]
    steps = [{"环节": s.name, "办理人": s.actor, "时限": s.limit, "内容": s.standard} for s in guide.steps]
    sections: list[dict[str, Any]] = [
        {"title": "基本信息", "fields": fields(basic)},
        {"title": "办理信息", "fields": fields(handling)},
        {"title": "受理条件", "html": "".join(f"<p>{n}.{c}</p>" for n, c in enumerate(guide.conditions, 1))},
        {"title": "申请材料", "rows": materials},
        {"title": "办理地点", "rows": halls},
        {"title": "办理流程", "steps": steps},
        {"title": "设定依据", "html": f"<p>{guide.law}</p>"},
        {"title": "咨询监督", "fields": fields([("咨询电话", guide.halls[0].phone if guide.halls else "0592-12345"),
                                            ("监督投诉电话", "0592-12345")])},
    ]
    return {"code": 0, "msg": "success", "data": {"title": guide.name, "updateTime": "2024-06-18",
                                                   "sections": sections}}


HTML_HEAD = """<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/favicon.ico" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{title}</title>
    <script type="module" crossorigin src="/{script}"></script>
    <link rel="stylesheet" crossorigin href="/{css}">
  </head>
  <body>
    <noscript>您的浏览器未启用JavaScript，本站需要启用JavaScript才能正常访问。</noscript>
    <div id="root"></div>
  </body>
</html>
"""

LOGIN_HTML = """<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/favicon.ico" />
    <title>统一身份认证 - 澄屿市网上办事大厅</title>
    <link rel="stylesheet" href="/{css}">
  </head>
  <body>
    <div class="cy-login">
      <h1>澄屿市网上办事大厅 统一身份认证</h1>
      <p>请使用“闽政通”APP扫码登录后办理。</p>
      <form action="/wsbs/apply.html" method="get">
        <label>手机号 <input name="mobile"></label>
        <label>验证码 <input name="sms"></label>
        <button type="submit">登录</button>
      </form>
      <p><a href="/">返回首页</a></p>
    </div>
  </body>
</html>
"""

SHARED_JS = asset_text(__file__, "chengyu/shared.js")

INDEX_SRC = SHARED_JS + asset_text(__file__, "chengyu/index.js")

DETAIL_SRC = SHARED_JS + asset_text(__file__, "chengyu/detail.js")

CSS = asset_text(__file__, "chengyu/index.css")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    all_guides = guides()
    files: dict[str, bytes] = {
        "index.html": HTML_HEAD.format(title="澄屿市网上办事大厅", script=INDEX_JS, css=CSS_FILE).encode("utf-8"),
        "bszn/detail.html": HTML_HEAD.format(title="办事指南 - 澄屿市网上办事大厅", script=DETAIL_JS,
                                             css=CSS_FILE).encode("utf-8"),
        "wsbs/apply.html": LOGIN_HTML.format(css=CSS_FILE).encode("utf-8"),
        INDEX_JS: INDEX_SRC.lstrip().encode("utf-8"),
        DETAIL_JS: DETAIL_SRC.lstrip().encode("utf-8"),
        CSS_FILE: CSS.encode("utf-8"),
        "favicon.ico": favicon((14, 98, 199)),
    }
    rows = [{"itemCode": g.code, "itemName": g.name, "orgName": g.department,
             "canOnline": g.online_url is not None, "sort": n + 1} for n, g in enumerate(all_guides)]
    rows.sort(key=lambda row: (row["orgName"], row["sort"]))
    listing = json.dumps({"total": len(rows), "rows": rows}, ensure_ascii=False, separators=(",", ":"))
    files["api/list.json"] = json_bytes({"code": 0, "msg": "success", "data": listing})
    for guide in all_guides:
        files[f"api/detail/{guide.code}.json"] = json_bytes(detail(guide), ascii_only=True)
    files["headers.json"] = json.dumps({
        "/api/*": "application/json",
        "/": "text/html; charset=utf-8",
        "*.html": "text/html; charset=utf-8",
        "*.js": "application/javascript; charset=utf-8",
        "*.css": "text/css; charset=utf-8",
    }, indent=1).encode("utf-8")
    items = []
    for guide in all_guides:
        item = guide.truth(f"/bszn/detail.html?code={guide.code}", levels_stated=guide.key not in NO_LEVEL)
        item["data_url"] = f"/api/detail/{guide.code}.json"
        item["link_only_in_script"] = True
        items.append(item)
    portal = {
        "id": PORTAL_ID,
        "name": "澄屿市网上办事大厅",
        "style": "Vite-style shell; label/value JSON with Chinese labels; list JSON whose data is a JSON string",
        "home": "",
        "charset": "utf-8",
        "served_content_type": "text/html; charset=utf-8",
        "catalog_api": "/api/list.json",
        "items": items,
    }
    return files, portal
