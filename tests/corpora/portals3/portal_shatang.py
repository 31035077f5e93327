"""沙棠市政务服务网 (甘肃): GBK server pages whose guide is a data blob rendered by script.

Catalogs are plain HTML (``/bsfw/list.do?type=1|2&page=N``). A guide page
``/portal/guide/<TASK_CODE>`` (no extension) holds only the crumbs, an ``<h1>`` with the name and
``<script>var guideInfo = {…};</script>`` with Guangdong-style UPPER_SNAKE keys (code + ``_TEXT``
pairs, ``AUDIT_MATERIAL``, ``AUDIT_CATALOG_LOBBY``, ``TRANSACT_WEB_URL``). Five newer pages
carry ``window.__INITIAL_STATE__ = JSON.parse("…")`` instead (the guide under ``guide.detail``,
beside ``hotItems`` naming other guides). ``/static/js/bszn-detail.js`` renders either into the DOM.
Everything is GBK; the script is GBK too and is served without a charset (browsers then use the
page's).
"""

from __future__ import annotations

import json
import re
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals3.model import (
    CASE_TEXT,
    HANDLE_TEXT,
    LEVEL_TEXT,
    MTYPE_TEXT,
    NEED_TEXT,
    SERVE_TEXT,
    SOURCE_TEXT,
    Guide,
    Material,
)
from tests.corpora.portals3.pool import SHATANG, make_guide
from tests.corpora.portals3.render_util import esc, favicon, script_json

PORTAL_ID = "shatang"
CHARSET = "gbk"
PAGE_SIZE = 6
DETAIL_JS = "static/js/bszn-detail.js"
CSS_FILE = "static/css/portal.css"
STATE_KEYS = ("ypls", "bdcsc", "ydjy", "cjrz-county0", "syfw-town")  # pages on the newer template
FORM_TEXT = {"paper": "纸质", "electronic": "电子", "both": "纸质,电子"}
TRAILING_PUNCT = {("spjy-county0", 3), ("qsxk", 2)}  # data-entry "；" after a material name


def entry(code: str) -> str:
    return f"/wsbs/apply.do?taskCode={code}"


def guides() -> list[Guide]:
    city = SHATANG
    g = [
        make_guide(city, "spjy", "county0", entry),
        make_guide(city, "ypls", "city", entry, levels="34", halls=("city", "county0")),
        make_guide(city, "yljg", "city", entry, levels="34"),
        make_guide(city, "jzz", "city", entry, halls=("city", "county0", "county1")),
        make_guide(city, "czsy", "city", entry),
        make_guide(city, "sttt", "city", entry),
        make_guide(city, "bdcsc", "city", entry, halls=("bdc",)),
        make_guide(city, "hpbg", "county1", entry),
        make_guide(city, "mbxx", "city", entry),
        make_guide(city, "ydjy", "city", entry),
        make_guide(city, "syjt", "city", entry, halls=("sb",)),
        make_guide(city, "syjy", "county1", entry),
        make_guide(city, "jzlj", "city", entry),
        make_guide(city, "qsxk", "city", entry, levels="34"),
        make_guide(city, "cjrz", "county0", entry),
        make_guide(city, "lsby", "county1", entry, case="3"),  # 上报件 (reported to the province)
        make_guide(city, "syfw", "town", entry, halls=("town", "village")),
    ]
    for guide in g:
        if guide.key == "ydjy":
            guide.halls = []  # online only: AUDIT_CATALOG_LOBBY []
    return g


def split_law(law: str) -> dict[str, str]:
    found = re.match(r"(《[^》]+》)(.*)", law)
    name, number = (found.group(1), found.group(2)) if found else (law, "")
    return {"LAWNAME": name, "TERMSNUMBER": number, "TERMSCONTENT": f"依照{name}{number}的规定办理。"}


def material_blob(guide: Guide, index: int, mat: Material) -> dict[str, Any]:
    name = mat.name + ("；" if (guide.key, index) in TRAILING_PUNCT else "")
    return {
        "MATERIAL_NAME": name,
        "MATERIAL_TYPE": mat.mtype,
        "MATERIAL_TYPE_TEXT": MTYPE_TEXT[mat.mtype],
        "MATERIAL_FORMAT": {"paper": "1", "electronic": "2", "both": "1,2"}[mat.form],
        "MATERIAL_FORMAT_TEXT": FORM_TEXT[mat.form],
        "SOURCE_TYPE": mat.source,
        "SOURCE_TYPE_TEXT": SOURCE_TEXT[mat.source],
        "IS_NEED": mat.need,
        "IS_NEED_TEXT": NEED_TEXT[mat.need],
        "PAGE_NUM": str(mat.originals),
        "PAGE_COPYNUM": str(mat.copies),
        "IS_FREE": "1" if mat.exempt else "0",
        "FREE_REASON": {"share": "由部门共享获取", "elic": "通过电子证照库调取", "free": "免提交"}.get(mat.exempt_how, ""),
        "REMARK": mat.note,
    }


def blob(guide: Guide) -> dict[str, Any]:
    depth_text = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级"}
    depth = depth_text.get(guide.depth or 0, "")
    if guide.key == "ydjy":
        depth = "全程网办"
    return {
        "TASK_ID": guide.code.lower()[:8] + guide.basic_code,
        "TASK_NAME": guide.name,
        "TASK_CODE": guide.code,
        "CATALOG_CODE": guide.basic_code,
        "TASK_TYPE": guide.type_code,
        "TASK_TYPE_TEXT": guide.type_text,
        "DEPT_NAME": guide.department,
        "DEPT_CODE": guide.dept_usci,
        "USE_LEVEL": ",".join(guide.levels),
        "USE_LEVEL_TEXT": ",".join(LEVEL_TEXT[d] for d in guide.levels),
        "SERVE_TYPE_TEXT": ",".join(SERVE_TEXT[s] for s in guide.serve),
        "HANDLE_TYPE": "^".join(guide.handle),
        "HANDLE_TYPE_TEXT": ",".join(HANDLE_TEXT[h] for h in guide.handle),
        "ONLINECHECK": "1" if guide.is_online else "0",
        "WBSD_LEVEL": str(guide.depth or ""),
        "WBSD_LEVEL_TEXT": depth,
        "LIMIT_SCENE_NUM": str(guide.visits),
        "LIMIT_SCENE_EXPLAIN": guide.visit_reason,
        "ANTICIPATE_DAY": "" if guide.statutory is None else str(guide.statutory),
        "ANTICIPATE_TYPE_TEXT": "" if guide.statutory is None else "工作日",
        "FDBLSXSM": "无" if guide.statutory is None else "",
        "PROMISE_DAY": str(guide.promised),
        "PROMISE_TYPE_TEXT": "工作日" if guide.promised else "",
        "CRBJSXSM": "（不含现场核查和专家评审时间）" if guide.key in ("yljg", "hpbg-county1") else "",
        "PROJECT_TYPE": guide.case,
        "PROJECT_TYPE_TEXT": CASE_TEXT[guide.case] if guide.case else "",
        "IS_FEE_TEXT": "是" if guide.fee else "否",
        "IS_RESERVE": "1" if guide.appointment else "0",
        "IS_EXPRESS": "1" if guide.express else "0",
        "TRANSACT_WEB_URL": guide.online_url or "",
        "LINK_TEL": guide.halls[0].phone if guide.halls else "0937-6012345",
        "TSTEL": "0937-12345",
        "ACCEPT_CONDITION": "；".join(guide.conditions) + "。",
        "AUDIT_MATERIAL": [material_blob(guide, n, mat) for n, mat in enumerate(guide.materials)],
        "AUDIT_CATALOG_LOBBY": [{"NAME": h.name, "ADDRESS": h.address, "TIME": h.hours, "TEL": h.phone}
                                for h in guide.halls],
        "AUDIT_PROCEDURE": [{"PROCEDURE_NAME": s.name, "TRANSACTOR": s.actor, "TRANSACT_TIME_LIMIT": s.limit,
                             "CHECK_STANDARD": s.standard} for s in guide.steps],
        "ACCORDING": [split_law(guide.law)],
        "SCOPES": [{"SCOPERANGE_TEXT": "全市通办" if guide.level_digit == "3" else "定点办理"}],
    }


# --- pages -----------------------------------------------------------------------------------

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/{css}" />
</head>
<body>
<div class="top"><div class="w1200"><a class="logo" href="/">沙棠市政务服务网</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/bsfw/list.do?type=1">个人办事</a></li>\
<li><a href="/bsfw/list.do?type=2">法人办事</a></li><li><a href="/wsbs/apply.do">我要办</a></li></ul></div></div>
<div class="w1200 main">
"""

FOOT = """</div>
<div class="footer"><p>主办单位：沙棠市人民政府办公室　承办单位：沙棠市政务服务中心</p>
<p>地址：沙棠市金滩区新华西路168号　邮编：629200　联系电话：0937-6012345</p>
<p>网站标识码：6292000003　陇ICP备05001234号　陇公网安备 62920202000123号</p></div>
</body>
</html>
"""


def page(title: str, body: str, scripts: str = "") -> bytes:
    text = HEAD.format(title=esc(title), css=CSS_FILE) + body + scripts + FOOT
    return text.encode(CHARSET)


def guide_page(guide: Guide, all_guides: list[Guide]) -> bytes:
    info = blob(guide)
    crumbs = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/bsfw/list.do?type=1">办事指南</a>'
              ' &gt; 事项详情</div>\n')
    body = crumbs + f'<h1 class="bszn-title">{esc(guide.name)}</h1>\n' \
        '<div id="guideApp"><p class="loading">正在加载办事指南……</p></div>\n'
    if guide.key in STATE_KEYS:
        others = [other for other in all_guides if other is not guide][:4]
        state = {"route": {"path": f"/portal/guide/{guide.code}"},
                 "guide": {"loading": False, "detail": info},
                 "hotItems": [{"TASK_NAME": o.name, "TASK_CODE": o.code, "DEPT_NAME": o.department} for o in others]}
        literal = json.dumps(json.dumps(state, ensure_ascii=True, separators=(",", ":")))
        data_script = f'<script>window.__INITIAL_STATE__ = JSON.parse({literal});</script>\n'
    else:
        data_script = f'<script type="text/javascript">\nvar guideInfo = {script_json(info)};\n</script>\n'
    scripts = data_script + f'<script type="text/javascript" src="/{DETAIL_JS}?v=20231108"></script>\n'
    return page("办事指南_沙棠市政务服务网", body, scripts)


def catalog_pages(kind: str, entries: list[Guide]) -> dict[str, bytes]:
    title = {"1": "个人办事", "2": "法人办事"}[kind]
    pages = -(-len(entries) // PAGE_SIZE)
    files: dict[str, bytes] = {}
    for number in range(1, pages + 1):
        chunk = entries[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
        rows = "".join(
            f'<tr><td class="name"><a href="/portal/guide/{g.code}" target="_blank" title="{esc(g.name)}">'
            f'{esc(g.name)}</a></td><td>{esc(g.department)}</td>'
            f'<td>{"可网办" if g.online_url else "窗口办理"}</td></tr>\n' for g in chunk)
        links = []
        if number > 1:
            links.append(f'<a href="list.do?type={kind}&amp;page={number - 1}">上一页</a>')
        for other in range(1, pages + 1):
            links.append(f'<span class="cur">{other}</span>' if other == number
                         else f'<a href="list.do?type={kind}&amp;page={other}">{other}</a>')
        if number < pages:
            links.append(f'<a href="list.do?type={kind}&amp;page={number + 1}">下一页</a>')
        body = (f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; {title}</div>\n'
                f'<div class="list-box"><h2>{title}</h2>\n<table class="list"><thead><tr><th>事项名称</th>'
                f'<th>实施主体</th><th>办理方式</th></tr></thead>\n<tbody>\n{rows}</tbody></table>\n'
                f'<div class="pager">共{len(entries)}条 第{number}/{pages}页 {" ".join(links)}</div></div>\n')
        data = page(f"{title}_沙棠市政务服务网", body)
        files[f"bsfw/list.do@page={number}&type={kind}"] = data
        if number == 1:
            files[f"bsfw/list.do@type={kind}"] = data
    return files


def home_page(all_guides: list[Guide]) -> bytes:
    hot = [all_guides[i] for i in (0, 6, 10, 16)]
    hot_links = "".join(f'<li><a href="/portal/guide/{g.code}" target="_blank">{esc(g.name)}</a></li>' for g in hot)
    body = ('<div class="banner"><h2>“一网通办” 沙棠市政务服务网</h2><p>让数据多跑路，让群众少跑腿</p></div>\n'
            '<div class="entry"><a class="gr" href="/bsfw/list.do?type=1">个人办事</a>'
            '<a class="fr" href="/bsfw/list.do?type=2">法人办事</a></div>\n'
            f'<div class="hot"><h3>热门事项</h3><ul>{hot_links}</ul></div>\n')
    return page("沙棠市政务服务网", body)


LOGIN_BODY = """<div class="login"><h2>沙棠市政务服务网 用户登录</h2>
<p>网上申报前请先登录。个人用户可使用“甘快办”APP扫码登录，法人用户请使用电子营业执照登录。</p>
<form action="/wsbs/apply.do" method="get"><p><label>账号：<input name="account" /></label></p>
<p><label>密码：<input name="pwd" type="password" /></label></p><p><input type="submit" value="登 录" /></p></form>
</div>
"""

DETAIL_SRC = asset_text(__file__, "shatang/bszn-detail.js")

CSS = asset_text(__file__, "shatang/portal.css")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    all_guides = guides()
    files: dict[str, bytes] = {"index.html": home_page(all_guides)}
    personal = [g for g in all_guides if "1" in g.serve]
    legal = [g for g in all_guides if set(g.serve) - {"1"}]
    files.update(catalog_pages("1", personal))
    files.update(catalog_pages("2", legal))
    for guide in all_guides:
        files[f"portal/guide/{guide.code}"] = guide_page(guide, all_guides)
    files["wsbs/apply.do"] = page("用户登录_沙棠市政务服务网", LOGIN_BODY)
    files[DETAIL_JS] = DETAIL_SRC.encode(CHARSET)
    files[CSS_FILE] = CSS.encode(CHARSET)
    files["favicon.ico"] = favicon((10, 93, 184))
    files["headers.json"] = json.dumps({
        "/": "text/html;charset=GBK",
        "*.do": "text/html;charset=GBK",
        "/portal/guide/*": "text/html;charset=GBK",
        "*.html": "text/html;charset=GBK",
        "*.js": "application/javascript",
        "*.css": "text/css",
    }, indent=1).encode("utf-8")
    items = []
    for guide in all_guides:
        item = guide.truth(f"/portal/guide/{guide.code}")
        item["data_url"] = item["url"]
        item["link_only_in_script"] = False
        items.append(item)
    portal = {
        "id": PORTAL_ID,
        "name": "沙棠市政务服务网",
        "style": "GBK server pages; guide = <h1> + UPPER_SNAKE data blob rendered by script",
        "home": "",
        "charset": CHARSET,
        "served_content_type": "text/html;charset=GBK",
        "items": items,
    }
    return files, portal
