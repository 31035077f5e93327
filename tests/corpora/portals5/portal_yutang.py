"""榆塘市 (yutang): a UTF-8 portal whose catalogues link their guides only through script.

* 个人办事 ``/grbs/``: ``<a href="javascript:goDetail(12,'个人')">``; ``goDetail`` (``/js/common.js``)
  builds ``/bszn/detail_12.html?type=%E4%B8%AA%E4%BA%BA``. Four rows are in the HTML; the 下一页
  button rewrites the list from a JS array in the page, so pages 2 and 3 exist only in that array.
* 法人办事 ``/frbs/``: ``<tr onclick="openDetail('YT000123')">`` rows, no href; ``openDetail``
  opens ``/bszn/guide.html?itemId=…``.
* 部门服务 ``/bmbs/``: ``<li data-id data-url>`` rows behind department tabs (two of them repeat
  法人 guides).
* 便民服务 ``/bmfw/``: ``<a href="javascript:void(0)" onclick="window.open('detail.html?id=…')">``,
  relative to the page (``/bmfw/detail.html?id=…``).
Only the two 热门服务 links of the home page are plain ``<a href>``.
"""

from __future__ import annotations

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

ID, CITY, CHARSET = "yutang", "榆塘", "utf-8"
PERSONAL = [("mz", 0), ("mz", 1), ("mz", 3), ("rs", 1), ("rs", 2), ("ga", 0), ("ga", 1), ("yb", 0), ("jy", 2)]
LEGAL = [("sj", 0), ("sj", 1), ("sj", 2), ("wj", 0), ("wj", 2), ("rs", 3)]
DEPT_ONLY = [("jt", 0), ("jt", 1), ("zj", 0), ("zj", 1)]
CONVENIENCE = [("zj", 2), ("yb", 1), ("ga", 2)]
PAGE_SIZE = 4
HOT = (0, 5)  # indexes into the 个人 list with a plain link on the home page
CHANNELS = {"counter": "窗口办理", "online": "网上办理", "post": "邮寄办理", "self_service": "自助终端办理"}
PERSON_TYPE = "个人"
PERSON_QUERY = "type=%E4%B8%AA%E4%BA%BA"


def page(title: str, on: str, body: str) -> str:
    nav = [("首页", "/", "home"), ("个人办事", "/grbs/", "grbs"), ("法人办事", "/frbs/", "frbs"),
           ("部门服务", "/bmbs/", "bmbs"), ("便民服务", "/bmfw/", "bmfw"), ("网上办事大厅", "/hall/", "hall")]
    current = ' class="on"'
    items = "".join(f'<li{current if key == on else ""}><a href="{href}">{text}</a></li>'
                    for text, href, key in nav)
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{e(title)}</title>\n<link rel="stylesheet" href="/css/style.css">\n'
            '<script src="/js/common.js"></script>\n</head>\n<body>\n'
            '<div class="header"><div class="wrap"><h1>榆塘市政务服务网</h1>\n'
            '<div class="user"><a href="/login.html">登录</a><a href="/register.html">注册</a></div></div></div>\n'
            f'<div class="nav"><ul>{items}</ul></div>\n<div class="wrap">\n{body}</div>\n'
            '<div class="footer">榆塘市人民政府办公室主办　榆塘市政务服务数据管理局承办　政务服务热线：12345<br>'
            '网站标识码 9405000012　本网站支持IPv6</div>\n</body>\n</html>\n')


def guide_page(guide: Guide) -> str:
    pairs = [("事项名称", e(guide.name)), ("实施编码", guide.code), ("权力类型", guide.item_type),
             ("实施机构", e(guide.department)), ("行使层级", "，".join(LEVEL_TEXT[x] for x in guide.levels)),
             ("办件类型", CASE_TEXT[guide.case_type]), ("法定办结时限", days_text(guide.statutory)),
             ("承诺办结时限", days_text(guide.promised, "当场办结")),
             ("办理方式", channel_text(guide.channels, CHANNELS, "，")), ("网办深度", DEPTH_TEXT[guide.depth]),
             ("到办事现场次数", f"{guide.visits}次"), ("收费情况", "收费" if guide.fee else "不收费")]
    rows = "".join(f"<tr><th>{a[0]}</th><td>{a[1]}</td><th>{b[0]}</th><td>{b[1]}</td></tr>\n"
                   for a, b in zip(pairs[::2], pairs[1::2], strict=True))
    mats = "".join(f"<tr><td>{n}</td><td>{e(m.name)}</td><td>{m.source}</td><td>{form_text(m.form, ('纸质', '电子化', '纸质/电子化'))}</td>"
                   f"<td>{m.copies}</td><td>{'是' if m.exempt else '否'}</td></tr>\n"
                   for n, m in enumerate(guide.materials, start=1))
    halls = "".join(f'<div class="hall"><h4>{e(name)}</h4><p>地址：{e(addr)}</p>'
                    f'<p>办理时间：工作日上午8:30-12:00，下午14:00-17:30</p><p>咨询电话：{guide.phone}</p></div>\n'
                    for name, _level, addr in guide.locations)
    apply = (f'<p><a class="btn-apply" href="javascript:void(0)" onclick="window.open(\'{guide.online_entry}\')">在线办理</a></p>\n'
             if guide.online_entry else "")
    body = (f'<div class="box"><h2>{e(guide.name)}</h2>\n{apply}'
            f'<h3>基本信息</h3>\n<table class="info-table">\n{rows}</table>\n'
            '<h3>申请材料</h3>\n<table class="grid">\n<tr><th>序号</th><th>材料名称</th><th>来源渠道</th><th>材料形式</th>'
            f'<th>份数</th><th>是否免提交</th></tr>\n{mats}</table>\n'
            f'<h3>办理地点</h3>\n{halls}</div>\n')
    return page(guide.name + " - 办事指南 - 榆塘市政务服务网", "", body)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    picks = PERSONAL + LEGAL + DEPT_ONLY + CONVENIENCE
    guides = make_guides(CITY, "940500", picks, seed=5502, districts=("南浦区", "青禾县"), streets=("柳岸街道", "石门镇"))
    personal = guides[:len(PERSONAL)]
    legal = guides[len(PERSONAL):len(PERSONAL) + len(LEGAL)]
    dept_only = guides[len(PERSONAL) + len(LEGAL):len(PERSONAL) + len(LEGAL) + len(DEPT_ONLY)]
    convenience = guides[-len(CONVENIENCE):]
    urls: dict[str, str] = {}
    stored: dict[str, str] = {}  # guide key -> file name under portals/yutang/
    for g in personal:
        g.extra["id"] = 3 + g.seq * 4
        urls[g.key] = f"/bszn/detail_{g.extra['id']}.html?{PERSON_QUERY}"
        stored[g.key] = f"bszn/detail_{g.extra['id']}.html"  # a static file: the type parameter is ignored
    for g in legal + dept_only:
        g.extra["id"] = f"YT{200300 + g.seq * 13:06d}"
        urls[g.key] = f"/bszn/guide.html?itemId={g.extra['id']}"
        stored[g.key] = f"bszn/guide.html@itemId={g.extra['id']}"
    for g in convenience:
        g.extra["id"] = 40 + g.seq
        urls[g.key] = f"/bmfw/detail.html?id={g.extra['id']}"
        stored[g.key] = f"bmfw/detail.html@id={g.extra['id']}"
    for g in guides:
        if "online" in g.channels:
            g.online_entry = f"/hall/apply.html?itemCode={g.code}"
    pages: dict[str, str] = {stored[g.key]: guide_page(g) for g in guides}

    hot = "".join(f'<li><a href="{urls[personal[i].key]}">{e(personal[i].name)}</a></li>\n' for i in HOT)
    pages["index.html"] = page("榆塘市政务服务网", "home", (
        '<div class="box"><form action="/search.html" method="get" onsubmit="return doSearch()">'
        '<input id="keyword" name="q" placeholder="请输入事项名称"> <button type="submit">搜索</button></form></div>\n'
        f'<div class="box"><h3>热门服务</h3><ul class="matter-ul">\n{hot}</ul></div>\n'
        f'<div class="box"><h3>服务导航</h3><p>榆塘市已发布办事指南 {len(guides)} 项，其中个人办事 {len(personal)} 项，'
        f'法人办事 {len(legal)} 项。</p>\n<p><a href="/grbs/">个人办事</a>　<a href="/frbs/">法人办事</a>　'
        '<a href="/bmbs/">部门服务</a>　<a href="/bmfw/">便民服务</a></p></div>\n'
        '<div class="box"><h3>通知公告</h3><ul><li>榆塘市政务服务中心延时服务公告</li>'
        '<li>关于启用新版网上办事大厅的通知</li></ul></div>\n'))

    def row_js(g: Guide) -> dict[str, Any]:
        return {"id": g.extra["id"], "name": g.name, "dept": g.department, "type": PERSON_TYPE}

    first = "".join(f'<li><a href="javascript:goDetail({g.extra["id"]},\'{PERSON_TYPE}\')">{e(g.name)}</a>'
                    f'<span>{e(g.department)}</span></li>\n' for g in personal[:PAGE_SIZE])
    pages_total = -(-len(personal) // PAGE_SIZE)
    data = json.dumps([row_js(g) for g in personal], ensure_ascii=False).replace("},", "},\n    ")
    script = (
        "<script>\n"
        f"var matterData = {data};\n"
        f"var pageSize = {PAGE_SIZE}, curPage = 1;\n"
        "function renderPage(p) {\n"
        "    var html = '';\n"
        "    var start = (p - 1) * pageSize;\n"
        "    for (var i = start; i < start + pageSize && i < matterData.length; i++) {\n"
        "        var m = matterData[i];\n"
        "        html += '<li><a href=\"javascript:goDetail(' + m.id + ',\\'' + m.type + '\\')\">' + m.name + '</a>'\n"
        "              + '<span>' + m.dept + '</span></li>';\n"
        "    }\n"
        "    document.getElementById('matterUl').innerHTML = html;\n"
        "    document.getElementById('pageNo').innerHTML = p;\n"
        "}\n"
        "function turnPage(step) {\n"
        "    var total = Math.ceil(matterData.length / pageSize);\n"
        "    var p = curPage + step;\n"
        "    if (p < 1 || p > total) { return; }\n"
        "    curPage = p;\n"
        "    renderPage(curPage);\n"
        "}\n"
        "</script>\n")
    pages["grbs/index.html"] = page("个人办事 - 榆塘市政务服务网", "grbs", (
        f'<div class="box"><h3>个人办事</h3>\n<ul class="matter-ul" id="matterUl">\n{first}</ul>\n'
        f'<div class="pager">共 {len(personal)} 项　第 <span id="pageNo">1</span>/{pages_total} 页　'
        '<button type="button" onclick="turnPage(-1)">上一页</button> '
        '<button type="button" id="nextPage" onclick="turnPage(1)">下一页</button></div>\n</div>\n' + script))

    rows = "".join(f'<tr class="row" onclick="openDetail(\'{g.extra["id"]}\')"><td>{n}</td><td>{e(g.name)}</td>'
                   f'<td>{e(g.department)}</td><td>{g.item_type}</td><td>查看</td></tr>\n'
                   for n, g in enumerate(legal, start=1))
    pages["frbs/index.html"] = page("法人办事 - 榆塘市政务服务网", "frbs", (
        f'<div class="box"><h3>法人办事</h3>\n<p>共 {len(legal)} 项</p>\n<table class="grid">\n'
        '<tr><th>序号</th><th>事项名称</th><th>实施机构</th><th>事项类型</th><th>操作</th></tr>\n'
        f'{rows}</table>\n</div>\n'))

    groups = [("jt", [dept_only[0], dept_only[1]]), ("zj", [dept_only[2], dept_only[3]]),
              ("sj", [legal[0]]), ("wj", [legal[3]])]
    tabs = "".join(f'<span data-dept="{key}">{e(members[0].department)}</span>' for key, members in groups)
    hidden = ' style="display:none"'
    blocks = "".join(
        f'<ul class="matter-list" id="dept-{key}"{"" if n == 0 else hidden}>\n' +
        "".join(f'<li data-id="{g.extra["id"]}" data-url="{urls[g.key]}"><span class="title">{e(g.name)}</span>'
                f'<span class="dept">{g.item_type}</span></li>\n' for g in members) + "</ul>\n"
        for n, (key, members) in enumerate(groups))
    pages["bmbs/index.html"] = page("部门服务 - 榆塘市政务服务网", "bmbs", (
        f'<div class="box"><h3>部门服务</h3>\n<div class="dept-tabs">{tabs}</div>\n{blocks}</div>\n'))

    links = "".join(f'<li><a href="javascript:void(0)" onclick="window.open(\'detail.html?id={g.extra["id"]}\')">'
                    f'{e(g.name)}</a><span>{e(g.department)}</span></li>\n' for g in convenience)
    pages["bmfw/index.html"] = page("便民服务 - 榆塘市政务服务网", "bmfw", (
        f'<div class="box"><h3>便民服务</h3>\n<ul class="matter-ul">\n{links}</ul>\n</div>\n'))

    pages["search.html"] = page("搜索结果 - 榆塘市政务服务网", "", (
        '<div class="box"><h3>搜索结果</h3><p>搜索服务正在升级，暂时无法使用，请通过栏目导航查找事项。</p></div>\n'))
    pages["hall/index.html"] = page("网上办事大厅 - 榆塘市政务服务网", "hall", (
        '<div class="box"><h3>网上办事大厅</h3><p>请先<a href="/login.html">登录</a>或<a href="/register.html">注册</a>'
        '后办理业务。</p></div>\n'))
    pages["hall/apply.html"] = page("在线办理 - 榆塘市政务服务网", "hall", (
        '<div class="box"><h3>在线办理</h3><p>您尚未登录或登录已超时，请<a href="/login.html">重新登录</a>。</p></div>\n'))
    pages["login.html"] = page("用户登录 - 榆塘市政务服务网", "", (
        '<div class="box"><h3>用户登录</h3><form action="/login.html" method="get">'
        '<p>账号：<input name="account"></p><p>密码：<input type="password" name="password"></p>'
        '<p><button type="submit">登录</button>　<a href="/register.html">注册账号</a></p></form></div>\n'))
    pages["register.html"] = page("用户注册 - 榆塘市政务服务网", "", (
        '<div class="box"><h3>用户注册</h3><p>请使用“榆塘通”APP扫码完成实名注册。</p></div>\n'))

    files = {name: text.encode(CHARSET) for name, text in pages.items()}
    files["js/common.js"] = asset_text(__file__, "yutang/common.js").encode(CHARSET)
    files["css/style.css"] = asset_text(__file__, "yutang/style.css").encode(CHARSET)
    files["headers.json"] = b'{"*/": "text/html; charset=utf-8", "*.html": "text/html; charset=utf-8"}\n'
    hot_keys = {personal[i].key for i in HOT}
    items = [g.truth(urls[g.key], link_only_in_script=g.key not in hot_keys) for g in guides]
    portal = {"id": ID, "name": "榆塘市", "style": "script-built catalogue links (goDetail, onclick rows, data-url, "
              "window.open) and a JS-array pager", "home": "/", "charset": CHARSET,
              "served_content_type": "text/html; charset=utf-8", "stated_total": len(guides), "items": items}
    return files, portal
