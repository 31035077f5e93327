"""澄岭市 (chengling): an ASP.NET WebForms portal whose catalogue pages only by form posts.

``/bszn/list.aspx`` (linked from the home page) shows page 1 of a GridView ``gvList``: five guides,
"共 19 条记录 共 4 页", pager links ``javascript:__doPostBack('gvList','Page$2')`` and a
"跳转到 [ ] 页 [GO]" box. Pages 2..4 come only by POSTing the form back
(``__EVENTTARGET=gvList&__EVENTARGUMENT=Page$2`` plus the hidden ``__VIEWSTATE`` and friends, or
``txtPageIndex=3`` with the GO button); ``post.json`` tells the corpus server which fields select
the answer. Guide pages are ordinary GET pages ``/bszn/detail.aspx?ItemGuid=…``.
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
    fake_state,
    make_guides,
)
from tests.corpora.serve import canonical_query

ID, CITY, CHARSET = "chengling", "澄岭", "utf-8"
PICKS = [("wj", 0), ("wj", 1), ("wj", 2), ("wj", 3), ("sj", 0), ("sj", 1), ("sj", 3), ("jy", 0), ("jy", 1),
         ("jy", 2), ("zr", 0), ("zr", 1), ("zj", 0), ("zj", 2), ("jt", 1), ("jt", 2), ("ga", 1), ("ga", 2), ("mz", 2)]
PAGE_SIZE = 5
GRID = "gvList"
JUMP_FIELD = "txtPageIndex"
CHANNELS = {"counter": "窗口办理", "online": "网上申请", "post": "快递申请", "self_service": "自助终端"}
POST_RULES = {"/bszn/list.aspx": [["__EVENTTARGET", "__EVENTARGUMENT"], [JUMP_FIELD]],
              "/Default.aspx": [], "/User/Login.aspx": []}

POSTBACK_SCRIPT = """<script type="text/javascript">
// send the page back to the server, naming the control and its argument
var pageForm = document.getElementById('form1');
function __doPostBack(target, argument) {
    if (pageForm.onsubmit && pageForm.onsubmit() === false) { return; }
    pageForm.elements['__EVENTTARGET'].value = target;
    pageForm.elements['__EVENTARGUMENT'].value = argument;
    pageForm.submit();
}
</script>
"""


def guid(seq: int) -> str:
    h = hashlib.md5(f"chengling-item-{seq}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def page(title: str, action: str, state_seed: str, body: str, *, postback: bool = False) -> str:
    hidden = ""
    if postback:
        hidden += ('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
                   '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n')
    hidden += (f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{fake_state(state_seed, 420)}" />\n'
               f'<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
               f'value="{hashlib.md5(action.encode()).hexdigest()[:8].upper()}" />\n'
               f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
               f'value="{fake_state(state_seed + "/ev", 96)}" />\n')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8" /><title>\n\t' + e(title) + '\n</title>'
            '<link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>\n<body>\n'
            f'<form name="form1" method="post" action="{action}" id="form1">\n<div>\n{hidden}</div>\n'
            + (POSTBACK_SCRIPT if postback else "") +
            '<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>\n'
            '<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>\n'
            '<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a>'
            '<a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>\n'
            f'<div id="content">\n{body}</div>\n'
            '<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　'
            '地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>\n'
            '</form>\n</body>\n</html>\n')


def guide_page(guide: Guide) -> str:
    rows = [("事项名称", e(guide.name)), ("基本编码", guide.basic), ("实施编码", guide.code),
            ("事项类别", guide.item_type), ("办理部门", e(guide.department)),
            ("实施层级", "、".join(LEVEL_TEXT[x] for x in guide.levels)), ("办件类型", CASE_TEXT[guide.case_type]),
            ("法定时限", days_text(guide.statutory)), ("承诺时限", days_text(guide.promised)),
            ("申请方式", channel_text(guide.channels, CHANNELS)), ("网上办理深度", DEPTH_TEXT[guide.depth]),
            ("到现场次数", f"{guide.visits}次"), ("是否收费", "是" if guide.fee else "否")]
    info = "".join(f"<dt>{label}</dt><dd>{value}</dd>\n" for label, value in rows)
    mats = "".join(f"<tr><td>{n}</td><td>{e(m.name)}</td><td>{m.copies}</td>"
                   f"<td>{'免于提交（部门间共享获取）' if m.exempt else '—'}</td></tr>\n"
                   for n, m in enumerate(guide.materials, start=1))
    halls = "".join(f"<tr><td>{e(name)}</td><td>{e(addr)}</td><td>{guide.phone}</td></tr>\n"
                    for name, _level, addr in guide.locations)
    apply = (f'<p><a id="lnkApply" href="{guide.online_entry}" target="_blank">在线申办</a></p>\n'
             if guide.online_entry else "")
    body = (f'<h2>{e(guide.name)}</h2>\n{apply}<dl class="guide">\n{info}'
            '<dt>申请材料</dt><dd><table class="gv"><tr><th>序号</th><th>材料名称</th><th>份数</th><th>备注</th></tr>\n'
            f'{mats}</table></dd>\n'
            '<dt>办理地点</dt><dd><table class="gv"><tr><th>窗口名称</th><th>地址</th><th>咨询电话</th></tr>\n'
            f'{halls}</table></dd>\n</dl>\n')
    return page(guide.name + "-办事指南-澄岭市政务服务网", f"./detail.aspx?ItemGuid={guid(guide.seq)}",
                f"detail{guide.seq}", body)


def list_page(guides: list[Guide], number: int, pages_total: int, seed: str) -> str:
    chunk = guides[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    rows = "".join(
        f'<tr><td>{(number - 1) * PAGE_SIZE + n}</td><td><a href="/bszn/detail.aspx?ItemGuid={guid(g.seq)}" target="_blank">'
        f'{e(g.name)}</a></td><td>{e(g.department)}</td><td>{CASE_TEXT[g.case_type]}</td></tr>\n'
        for n, g in enumerate(chunk, start=1))

    def link(text: str, target: int) -> str:
        return f"<a href=\"javascript:__doPostBack('{GRID}','Page${target}')\">{text}</a>"

    parts = []
    if number > 1:
        parts += [link("首页", 1), link("上一页", number - 1)]
    parts += [f'<span class="cur">{n}</span>' if n == number else link(str(n), n) for n in range(1, pages_total + 1)]
    if number < pages_total:
        parts += [link("下一页", number + 1), link("尾页", pages_total)]
    body = (f'<h2>办事指南</h2>\n<table class="gv" cellspacing="0" rules="all" border="1" id="{GRID}">\n'
            '<tr><th scope="col">序号</th><th scope="col">事项名称</th><th scope="col">实施主体</th>'
            f'<th scope="col">办件类型</th></tr>\n{rows}'
            f'<tr class="pager"><td colspan="4">{" ".join(parts)}</td></tr>\n</table>\n'
            f'<div class="pagebar">共 {len(guides)} 条记录 共 {pages_total} 页 当前第 {number} 页　跳转到 '
            f'<input name="{JUMP_FIELD}" type="text" id="{JUMP_FIELD}" size="3" value="" /> 页 '
            '<input type="submit" name="btnGo" value="GO" id="btnGo" /></div>\n')
    return page("办事指南-澄岭市政务服务网", "list.aspx", seed, body, postback=True)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    guides = make_guides(CITY, "940700", PICKS, seed=5703, districts=("北塘区", "云溪县"), streets=("东门街道", "桥头镇"))
    for g in guides:
        if "online" in g.channels:
            g.online_entry = f"/wsbs/Apply.aspx?ItemGuid={guid(g.seq)}"
    pages_total = -(-len(guides) // PAGE_SIZE)
    pages: dict[str, str] = {}
    pages["Default.aspx"] = page("澄岭市政务服务网", "./Default.aspx", "home", (
        '<div style="float:right">事项搜索：<input name="txtKeyword" type="text" id="txtKeyword" /> '
        '<input type="submit" name="btnSearch" value="搜索" id="btnSearch" /></div>\n'
        '<h2>欢迎访问澄岭市政务服务网</h2>\n'
        '<p>澄岭市政务服务网提供全市各部门政务服务事项的办事指南查询、网上申报和办件进度查询。</p>\n'
        '<p><a href="bszn/list.aspx">进入办事指南</a>　<a href="wsbs/Index.aspx">进入网上办事大厅</a></p>\n'
        '<h3><a name="notice"></a>通知公告</h3>\n<ul><li>关于调整市民中心窗口服务时间的通知</li>'
        '<li>澄岭市政务服务网完成适老化改造</li></ul>\n'))
    pages["bszn/list.aspx"] = list_page(guides, 1, pages_total, "list-get")
    for number in range(1, pages_total + 1):
        by_pager = canonical_query(f"__EVENTTARGET={GRID}&__EVENTARGUMENT=Page%24{number}")
        pages[f"bszn/list.aspx@{by_pager}"] = list_page(guides, number, pages_total, f"list-p{number}")
        pages[f"bszn/list.aspx@{JUMP_FIELD}={number}"] = list_page(guides, number, pages_total, f"list-j{number}")
    for g in guides:
        pages[f"bszn/detail.aspx@ItemGuid={guid(g.seq)}"] = guide_page(g)
    pages["wsbs/Index.aspx"] = page("网上办事大厅-澄岭市", "./Index.aspx", "hall", (
        '<h2>网上办事大厅</h2>\n<p>请先<a href="/User/Login.aspx">登录</a>。法人用户请使用数字证书登录。</p>\n'))
    pages["wsbs/Apply.aspx"] = page("在线申办-澄岭市", "./Apply.aspx", "apply", (
        '<h2>在线申办</h2>\n<p>会话已过期，请<a href="/User/Login.aspx">重新登录</a>后继续申办。</p>\n'))
    pages["User/Login.aspx"] = page("用户登录-澄岭市政务服务网", "./Login.aspx", "login", (
        '<h2>用户登录</h2>\n<p>用户名：<input name="txtUser" type="text" id="txtUser" /></p>\n'
        '<p>密　码：<input name="txtPwd" type="password" id="txtPwd" /></p>\n'
        '<p><input type="submit" name="btnLogin" value="登录" id="btnLogin" />　<a href="Register.aspx">注册</a></p>\n'))
    pages["User/Register.aspx"] = page("用户注册-澄岭市政务服务网", "./Register.aspx", "register", (
        '<h2>用户注册</h2>\n<p>请携带居民身份证到市民中心一楼服务台办理实名注册，或使用手机APP注册。</p>\n'))
    files = {name: text.encode(CHARSET) for name, text in pages.items()}
    files["App_Themes/Default/site.css"] = asset_text(__file__, "chengling/site.css").encode(CHARSET)
    files["headers.json"] = b'{"*.aspx": "text/html; charset=utf-8"}\n'
    files["post.json"] = (json.dumps(POST_RULES, indent=1) + "\n").encode("utf-8")
    items = [g.truth(f"/bszn/detail.aspx?ItemGuid={guid(g.seq)}", show_basic=True, forms_shown=False,
                     link_only_in_script=g.seq > PAGE_SIZE) for g in guides]
    portal = {"id": ID, "name": "澄岭市", "style": "ASP.NET WebForms list paged only by __doPostBack form posts",
              "home": "/Default.aspx", "charset": CHARSET, "served_content_type": "text/html; charset=utf-8",
              "stated_total": len(guides), "items": items}
    return files, portal
