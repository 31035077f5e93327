"""枫渚市 (fengzhu): a list page whose body is empty; a script fills it from a JSON API.

``/zwfw/matter/list.html`` holds an empty ``<div id="deptList">``, an empty ``<ul id="list">`` and
a pager. ``/static/js/matter-list.js`` fetches ``/api/dept/list`` (departments with counts),
then ``/api/matter/list?pageNo=1&pageSize=4&deptId=…`` and builds each guide link from the
record's ``matterId`` (``/zwfw/matter/guide.html?matterId=…``); 下一页 fetches the next page
while ``pageNo * pageSize < total``. No guide is linked from any HTML page.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals5.guides import (
    CASE_TEXT,
    DEPTH_TEXT,
    LEVEL_TEXT,
    Guide,
    channel_text,
    days_text,
    e,
    form_text,
    make_guides,
)
from tests.corpora.serve import canonical_query

ID, CITY, CHARSET = "fengzhu", "枫渚", "utf-8"
DEPT_ORDER = ("mz", "rs", "sj", "wj", "jt")
DEPT_IDS = {"mz": "D0303", "rs": "D0305", "sj": "D0313", "wj": "D0311", "jt": "D0308"}
PICKS = [("mz", 0), ("mz", 1), ("mz", 2), ("mz", 3), ("mz", 4), ("rs", 0), ("rs", 1), ("rs", 2), ("rs", 3),
         ("sj", 0), ("sj", 1), ("sj", 2), ("sj", 3), ("wj", 0), ("wj", 1), ("wj", 2), ("wj", 3),
         ("jt", 0), ("jt", 1), ("jt", 2)]
PAGE_SIZE = 4
CHANNELS = {"counter": "线下窗口", "online": "网上办理", "post": "邮寄申请", "self_service": "自助终端"}
GUIDE = "/zwfw/matter/guide.html?matterId="


def matter_id(guide: Guide) -> str:
    return "8a" + hashlib.sha1(f"fengzhu-{guide.seq}".encode()).hexdigest()[:18]


def page(title: str, body: str, scripts: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n'
            f'<title>{e(title)}</title>\n<link rel="stylesheet" href="/static/css/app.css">\n</head>\n<body>\n'
            '<div class="topbar"><div class="w"><a href="/uc/login.html">登录</a><a href="/uc/register.html">注册</a>'
            '<a href="/uc/hall.html">网上办事大厅</a></div></div>\n'
            '<div class="head"><div class="w"><h1>枫渚市政务服务网</h1>\n<nav><a href="/">首页</a>'
            '<a href="/zwfw/matter/list.html">办事指南</a><a href="/uc/hall.html">网上办事大厅</a>'
            '<a href="/hdjl/index.html">互动交流</a></nav></div></div>\n'
            f'{body}'
            '<div class="foot"><div class="w">主办单位：枫渚市人民政府办公室　技术支持：枫渚市大数据中心　'
            '服务热线：12345</div></div>\n' + scripts + '</body>\n</html>\n')


def guide_page(guide: Guide) -> str:
    rows = [("事项名称", e(guide.name)), ("办理项编码", guide.code), ("事项类型", guide.item_type),
            ("实施主体", e(guide.department)), ("行使层级", ",".join(LEVEL_TEXT[x] for x in guide.levels)),
            ("办件类型", CASE_TEXT[guide.case_type]), ("法定办结时限", days_text(guide.statutory)),
            ("承诺办结时限", days_text(guide.promised, "当场办结")),
            ("办理渠道", channel_text(guide.channels, CHANNELS, "、")), ("网上办理深度", DEPTH_TEXT[guide.depth]),
            ("跑动次数", f"{guide.visits}次"), ("是否收费", "是" if guide.fee else "否")]
    info = "".join(f'<tr><td class="tit">{label}</td><td>{value}</td></tr>\n' for label, value in rows)
    mats = "".join(f"<tr><td>{e(m.name)}</td><td>{form_text(m.form, ('纸质', '电子', '纸质+电子'))}</td>"
                   f"<td>{m.source}</td><td>{m.copies}</td>"
                   f"<td>{'已关联电子证照，无需提交' if m.exempt else ''}</td></tr>\n" for m in guide.materials)
    halls = "".join(f'<tr><td class="tit">办理地点</td><td>{e(name)}</td></tr>\n'
                    f'<tr><td class="tit">详细地址</td><td>{e(addr)}</td></tr>\n'
                    for name, _level, addr in guide.locations)
    if not guide.online_entry:
        apply = ""
    elif guide.seq % 2:
        apply = f'<p><a class="btn" href="{guide.online_entry}" target="_blank">在线办理</a></p>\n'
    else:
        apply = f'<p><button class="btn" type="button" onclick="window.open(\'{guide.online_entry}\')">在线办理</button></p>\n'
    body = (f'<div class="main"><div class="content">\n<h2>{e(guide.name)}</h2>\n{apply}'
            f'<h3>基本信息</h3>\n<table class="detail">\n{info}</table>\n'
            '<h3>申请材料</h3>\n<table class="detail">\n<tr><td>材料名称</td><td>材料形式</td><td>来源</td>'
            f'<td>份数</td><td>说明</td></tr>\n{mats}</table>\n'
            f'<h3>办理地点</h3>\n<table class="detail">\n{halls}'
            f'<tr><td class="tit">咨询电话</td><td>{guide.phone}</td></tr>\n</table>\n</div></div>\n')
    return page(guide.name + "_办事指南_枫渚市政务服务网", body)


def api(data: Any) -> bytes:
    return (json.dumps({"code": "0000", "msg": "操作成功", "data": data}, ensure_ascii=False,
                       separators=(",", ":"))).encode("utf-8")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    guides = make_guides(CITY, "940900", PICKS, seed=5904, districts=("江心区", "梅岭县"), streets=("荷塘街道", "沙洲镇"),
                         with_seq=True)
    for g in guides:
        if "online" in g.channels:
            g.online_entry = f"/uc/apply.html?matterId={matter_id(g)}"
    by_dept = {key: [g for g in guides if g.dept_key == key] for key in DEPT_ORDER}
    files: dict[str, bytes] = {}
    pages: dict[str, str] = {}
    quick = "".join(f'<a href="zwfw/matter/list.html?deptId={DEPT_IDS[key]}">{e(by_dept[key][0].department)}</a>　'
                    for key in DEPT_ORDER[:2])
    pages["index.html"] = page("枫渚市政务服务网", (
        '<div class="main"><div class="content">\n<h2>办事服务</h2>\n'
        f'<p>全市共发布政务服务事项 {len(guides)} 项，覆盖 {len(DEPT_ORDER)} 个部门。</p>\n'
        f'<p><a href="/zwfw/matter/list.html">按部门查找办事指南</a>　{quick}</p>\n'
        '<h3>通知公告</h3>\n<ul><li>枫渚市政务服务网新版上线试运行公告</li><li>关于“高效办成一件事”集成服务的说明</li></ul>\n'
        '</div></div>\n'))
    pages["zwfw/matter/list.html"] = page("办事指南_枫渚市政务服务网", (
        '<div class="main">\n<div class="side"><div id="deptList"></div></div>\n'
        '<div class="content">\n<h2>办事指南</h2>\n<ul id="list"></ul>\n'
        '<div class="pager"><button type="button" id="btnPrev">上一页</button> <span id="pageInfo"></span> '
        '<button type="button" id="btnNext">下一页</button></div>\n</div>\n</div>\n'),
        '<script src="/static/js/matter-list.js"></script>\n')
    for g in guides:
        pages[f"zwfw/matter/guide.html@matterId={matter_id(g)}"] = guide_page(g)
    for name, title, text in (
            ("uc/login.html", "用户登录", '<p>请使用“枫渚通”APP扫码登录，或<a href="/uc/register.html">注册</a>新账号。</p>'),
            ("uc/register.html", "用户注册", '<p>个人用户实名注册需完成人脸识别。</p>'),
            ("uc/hall.html", "网上办事大厅", '<p>请<a href="/uc/login.html">登录</a>后进入个人空间办理业务。</p>'),
            ("uc/apply.html", "在线办理", '<p>登录状态已失效，请<a href="/uc/login.html">重新登录</a>。</p>'),
            ("hdjl/index.html", "互动交流", '<p>咨询、投诉请拨打12345政务服务便民热线。</p>')):
        pages[name] = page(title + "_枫渚市政务服务网", f'<div class="main"><div class="content">\n<h2>{title}</h2>\n{text}\n'
                                                    '</div></div>\n')
    files["api/dept/list"] = api([{"deptId": DEPT_IDS[key], "deptName": by_dept[key][0].department,
                                   "matterCount": len(by_dept[key])} for key in DEPT_ORDER])
    for key in DEPT_ORDER:
        members = by_dept[key]
        pages_total = -(-len(members) // PAGE_SIZE)
        for number in range(1, pages_total + 1):
            chunk = members[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
            records = [{"matterId": matter_id(g), "matterName": g.name, "deptName": g.department,
                        "handleType": CASE_TEXT[g.case_type], "onlineFlag": "1" if g.online_entry else "0"}
                       for g in chunk]
            query = canonical_query(f"pageNo={number}&pageSize={PAGE_SIZE}&deptId={DEPT_IDS[key]}")
            files[f"api/matter/list@{query}"] = api({"total": len(members), "pageNo": number, "pageSize": PAGE_SIZE,
                                                     "pages": pages_total, "records": records})
    files.update({name: text.encode(CHARSET) for name, text in pages.items()})
    files["static/js/matter-list.js"] = asset_text(__file__, "fengzhu/matter-list.js").encode(CHARSET)
    files["static/css/app.css"] = asset_text(__file__, "fengzhu/app.css").encode(CHARSET)
    files["headers.json"] = (b'{"/api/*": "application/json;charset=UTF-8", "*/": "text/html; charset=UTF-8", '
                             b'"*.html": "text/html; charset=UTF-8", "*.js": "application/javascript"}\n')
    items = [g.truth(GUIDE + matter_id(g), link_only_in_script=True) for g in guides]
    portal = {"id": ID, "name": "枫渚市", "style": "empty list shell filled by fetch() from a paged JSON API",
              "home": "/", "charset": CHARSET, "served_content_type": "text/html; charset=UTF-8",
              "stated_total": len(guides), "items": items}
    return files, portal
