"""岚川市 (lanchuan): a GBK frameset portal of the ASP years.

The home page is a ``<frameset>``: ``top.html`` (banner and menu), ``left.html`` (departments,
``target="main"``) and ``main.html`` (a welcome page whose 热点办事 box is an ``<iframe>``).
Department pages open in the main frame; one of them (市场监督管理局) embeds its list in an
``<iframe>`` with its own two pages. No guide is reachable from ``/`` without reading frame and
iframe sources. Guides are ``/bszn/show.asp?id=…`` pages (server-rendered tables).
"""

from __future__ import annotations

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

ID, CITY, CHARSET = "lanchuan", "岚川", "gbk"
DEPT_ORDER = ("mz", "rs", "wj", "sj", "jt")
PICKS = [("mz", 0), ("mz", 1), ("mz", 3), ("mz", 4), ("rs", 0), ("rs", 1), ("rs", 2), ("wj", 0), ("wj", 1),
         ("wj", 2), ("sj", 0), ("sj", 1), ("sj", 2), ("sj", 3), ("jt", 0), ("jt", 1), ("jt", 2), ("rs", 3)]
IFRAME_DEPT = "sj"
IFRAME_PAGE = 3
CHANNELS = {"counter": "窗口办理", "online": "网上办理", "post": "快递申请", "self_service": "自助终端"}


def head(title: str, base_target: str | None = None) -> str:
    target = f'<base target="{base_target}">' if base_target else ""
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">\n'
            f'<title>{e(title)}</title>\n<link href="/css/style.css" rel="stylesheet" type="text/css">\n'
            f'{target}</head>\n')


def footer() -> str:
    return ('<div class="footer">主办：岚川市人民政府办公室　承办：岚川市行政审批服务局<br>'
            '地址：岚川市人民路1号　邮编：940300　建议使用1024×768分辨率、IE6.0以上版本浏览器浏览本站</div>\n')


def guide_id(guide: Guide) -> str:
    return f"{1000 + guide.seq * 7}"


def guide_url(guide: Guide) -> str:
    return f"/bszn/show.asp?id={guide_id(guide)}"


def guide_page(guide: Guide) -> str:
    rows = [
        ("事项名称", e(guide.name)), ("实施编码", guide.code), ("事项类型", guide.item_type),
        ("实施主体", e(guide.department)), ("行使层级", "、".join(LEVEL_TEXT[x] for x in guide.levels)),
        ("办件类型", CASE_TEXT[guide.case_type]), ("法定期限", days_text(guide.statutory)),
        ("承诺期限", days_text(guide.promised)), ("办理形式", channel_text(guide.channels, CHANNELS)),
        ("网上办理深度", DEPTH_TEXT[guide.depth]), ("到现场次数", f"{guide.visits}次"),
        ("是否收费", "是" if guide.fee else "否"), ("咨询电话", guide.phone),
    ]
    info = "".join(f'<tr><td class="lbl">{label}：</td><td>{value}</td></tr>\n' for label, value in rows)
    mats = "".join(
        f"<tr><td>{n}</td><td>{e(m.name)}</td><td>{form_text(m.form)}</td><td>{m.copies}</td>"
        f"<td>{'可通过电子证照库调取，免提交' if m.exempt else m.source}</td></tr>\n"
        for n, m in enumerate(guide.materials, start=1))
    places = "".join(f"<tr><td>{e(name)}</td><td>{e(addr)}</td><td>周一至周五 9:00-17:00</td></tr>\n"
                     for name, _level, addr in guide.locations)
    online = (f'<p align="center"><a href="{guide.online_entry}" target="_blank">【在线申报】</a></p>\n'
              if guide.online_entry else "")
    return (head(guide.name + "_办事指南_岚川市政务服务网") +
            '<body>\n<div class="main">\n<div class="position">当前位置：办事指南 &gt; '
            f'{e(guide.department)} &gt; {e(guide.name)}</div>\n'
            f'<h2 align="center">{e(guide.name)}办事指南</h2>\n'
            f'<table class="bszn">\n{info}</table>\n'
            '<table class="bszn"><tr><td class="lbl" colspan="5" style="text-align:left">申请材料</td></tr>\n'
            '<tr><td>序号</td><td>材料名称</td><td>材料形式</td><td>份数</td><td>备注</td></tr>\n'
            f'{mats}</table>\n'
            '<table class="bszn"><tr><td class="lbl" colspan="3" style="text-align:left">办理地点</td></tr>\n'
            '<tr><td>受理场所</td><td>地址</td><td>办公时间</td></tr>\n'
            f'{places}</table>\n{online}'
            '<p align="center"><a href="javascript:window.print()">【打印本页】</a>　'
            '<a href="javascript:window.close()">【关闭窗口】</a></p>\n'
            f'</div>\n{footer()}</body>\n</html>\n')


def list_rows(guides: list[Guide], prefix: str, target: str) -> str:
    return "".join(
        f'<tr><td align="center">{n}</td><td><a href="{prefix}show.asp?id={guide_id(g)}" target="{target}">'
        f'{e(g.name)}</a></td><td>{CASE_TEXT[g.case_type]}</td></tr>\n'
        for n, g in enumerate(guides, start=1))


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    guides = make_guides(CITY, "940300", PICKS, seed=5301, districts=("东湖区", "西岭县"),
                         streets=("临江街道", "白石镇"))
    for g in guides:
        if "online" in g.channels:
            g.online_entry = f"/wsbsdt/apply.asp?sxbm={g.code}"
    by_dept = {key: [g for g in guides if g.dept_key == key] for key in DEPT_ORDER}
    pages: dict[str, str] = {}
    pages["index.html"] = (
        head("岚川市政务服务网") +
        '<frameset rows="118,*" frameborder="0" border="0" framespacing="0">\n'
        '  <frame name="top" src="top.html" scrolling="no" noresize>\n'
        '  <frameset cols="190,*" frameborder="0" border="0">\n'
        '    <frame name="left" src="left.html" scrolling="auto">\n'
        '    <frame name="main" src="main.html" scrolling="auto">\n'
        '  </frameset>\n'
        '  <noframes><body>您的浏览器不支持框架（Frame），请升级浏览器后访问本站。</body></noframes>\n'
        '</frameset>\n</html>\n')
    pages["top.html"] = (
        head("岚川市政务服务网") +
        '<body>\n<div class="top">\n<h1>岚川市政务服务网</h1>\n'
        '<div class="user"><a href="login.html" target="_top">登录</a> | <a href="register.html" target="_top">注册</a></div>\n'
        '<div class="nav"><a href="index.html" target="_top">网站首页</a><a href="main.html" target="main">办事指南</a>'
        '<a href="wsbsdt/index.html" target="_blank">网上办事大厅</a><a href="zwgk.html" target="main">政务公开</a>'
        '<a href="hdjl.html" target="main">互动交流</a></div>\n</div>\n</body>\n</html>\n')
    menu = "".join(f'<li>· <a href="bm/{key}/index.html" target="main">{e(by_dept[key][0].department)}</a></li>\n'
                   for key in DEPT_ORDER)
    pages["left.html"] = (
        head("部门导航") +
        f'<body class="left">\n<div class="left">\n<h3>按部门办事</h3>\n<ul>\n{menu}</ul>\n'
        '<h3>便民服务</h3>\n<ul>\n<li>· <a href="wsbsdt/index.html" target="_blank">网上办事大厅</a></li>\n'
        '<li>· <a href="hdjl.html" target="main">咨询投诉</a></li>\n</ul>\n</div>\n</body>\n</html>\n')
    pages["main.html"] = (
        head("首页_岚川市政务服务网") +
        '<body>\n<div class="main">\n<div class="position">当前位置：首页</div>\n'
        '<p>欢迎访问岚川市政务服务网。请从左侧“按部门办事”栏目选择部门，查阅办事指南。</p>\n'
        '<table width="100%"><tr><td valign="top" width="50%">\n<h3>通知公告</h3>\n<ul>\n'
        '<li>关于市政务服务中心节假日窗口安排的通知</li>\n<li>岚川市推行“一窗受理、集成服务”改革的公告</li>\n'
        '<li>政务服务网系统升级期间暂停网上申报的通知</li>\n</ul>\n</td><td valign="top">\n<h3>热点办事</h3>\n'
        '<iframe src="hot.html" name="hot" width="100%" height="160" frameborder="0" scrolling="no"></iframe>\n'
        '</td></tr></table>\n</div>\n' + footer() + '</body>\n</html>\n')
    hot = [guides[0], guides[5], guides[10]]
    pages["hot.html"] = (
        head("热点办事") + '<body>\n<ul>\n' +
        "".join(f'<li><a href="bszn/show.asp?id={guide_id(g)}" target="main">{e(g.name)}</a></li>\n' for g in hot) +
        '</ul>\n</body>\n</html>\n')
    for key in DEPT_ORDER:
        dept = by_dept[key][0].department
        if key == IFRAME_DEPT:
            body = (f'<p>{e(dept)}共有办事事项如下，点击事项名称查看办事指南。</p>\n'
                    f'<iframe id="sxlist" src="../../bszn/list.asp?bmid={key}" width="100%" height="400" '
                    'frameborder="0" scrolling="auto"></iframe>\n')
        else:
            body = ('<table class="list">\n<tr><th width="50">序号</th><th>事项名称</th><th width="90">办件类型</th></tr>\n'
                    + list_rows(by_dept[key], "../../bszn/", "_self") + '</table>\n')
        pages[f"bm/{key}/index.html"] = (
            head(dept + "_部门办事") +
            f'<body>\n<div class="main">\n<div class="position">当前位置：按部门办事 &gt; {e(dept)}</div>\n'
            f'{body}</div>\n{footer()}</body>\n</html>\n')
    listed = by_dept[IFRAME_DEPT]
    chunks = [listed[:IFRAME_PAGE], listed[IFRAME_PAGE:]]
    for number, chunk in enumerate(chunks, start=1):
        nav = []
        if number > 1:
            back = f"&amp;page={number - 1}" if number > 2 else ""
            nav.append(f'<a href="list.asp?bmid={IFRAME_DEPT}{back}">上一页</a>')
        if number < len(chunks):
            nav.append(f'<a href="list.asp?bmid={IFRAME_DEPT}&amp;page={number + 1}">下一页</a>')
        name = f"bszn/list.asp@bmid={IFRAME_DEPT}" + (f"&page={number}" if number > 1 else "")
        pages[name] = (
            head("事项列表") + '<body>\n<table class="list">\n'
            '<tr><th width="50">序号</th><th>事项名称</th><th width="90">办件类型</th></tr>\n'
            + list_rows(chunk, "", "main") + '</table>\n'
            f'<div class="pages">共{len(listed)}条　第{number}/{len(chunks)}页　{"　".join(nav)}</div>\n'
            '</body>\n</html>\n')
    for g in guides:
        pages[f"bszn/show.asp@id={guide_id(g)}"] = guide_page(g)
    login_form = ('<form action="login.html" method="get"><table class="bszn">'
                  '<tr><td class="lbl">用户名：</td><td><input name="username"></td></tr>'
                  '<tr><td class="lbl">密　码：</td><td><input type="password" name="pwd"></td></tr>'
                  '<tr><td colspan="2" align="center"><input type="submit" value="登 录"></td></tr></table></form>\n')
    pages["login.html"] = (head("用户登录_岚川市政务服务网") + '<body>\n<div class="main">\n<h2>用户登录</h2>\n'
                           + login_form + '<p>还没有账号？<a href="register.html">立即注册</a></p>\n</div>\n'
                           + footer() + '</body>\n</html>\n')
    pages["register.html"] = (head("用户注册_岚川市政务服务网") + '<body>\n<div class="main">\n<h2>用户注册</h2>\n'
                              '<p>个人用户请使用居民身份证号码注册，法人用户请使用统一社会信用代码注册。</p>\n'
                              '<p><a href="login.html">返回登录</a></p>\n</div>\n' + footer() + '</body>\n</html>\n')
    pages["wsbsdt/index.html"] = (head("网上办事大厅_岚川市") + '<body>\n<div class="main">\n<h2>岚川市网上办事大厅</h2>\n'
                                  '<p>您尚未登录，请先<a href="../login.html">登录</a>后办理业务。</p>\n</div>\n'
                                  + footer() + '</body>\n</html>\n')
    pages["wsbsdt/apply.asp"] = (head("网上申报_岚川市网上办事大厅") + '<body>\n<div class="main">\n<h2>网上申报</h2>\n'
                                 '<p>请先<a href="../login.html">登录</a>，登录后系统将自动带出申报事项。</p>\n</div>\n'
                                 + footer() + '</body>\n</html>\n')
    pages["zwgk.html"] = (head("政务公开") + '<body>\n<div class="main">\n<div class="position">当前位置：政务公开</div>\n'
                          '<p>本栏目正在建设中，敬请期待。</p>\n</div>\n' + footer() + '</body>\n</html>\n')
    pages["hdjl.html"] = (head("互动交流") + '<body>\n<div class="main">\n<div class="position">当前位置：互动交流</div>\n'
                          '<p>咨询投诉电话：0943-12345（工作日 8:30-17:30）</p>\n</div>\n' + footer() + '</body>\n</html>\n')
    files = {name: text.encode(CHARSET) for name, text in pages.items()}
    files["css/style.css"] = asset_text(__file__, "lanchuan/style.css").encode("ascii")
    files["headers.json"] = b'{"*/": "text/html", "*.asp": "text/html", "*.html": "text/html"}\n'
    portal = {"id": ID, "name": "岚川市", "style": "frameset (top/left/main) + iframe list, GBK ASP",
              "home": "/", "charset": CHARSET, "served_content_type": "text/html", "stated_total": None,
              "items": [g.truth(guide_url(g)) for g in guides]}
    return files, portal
