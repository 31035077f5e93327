"""鹤汀市政务服务网 (heting): a script-fed catalog, label/value grid guides, GB18030.

* The home page's catalog is filled by ``/static/js/sxlist.js``, which fetches
  ``/api/items?page=N`` (UTF-8 JSON, 8 items a page, each with a ``guideUrl``).
* Without JavaScript a crawler has: a ``<noscript>`` link and the footer's 网站地图 page, both to
  ``/bszn/qbsx.html`` (全部事项), a server-rendered list that is **stale** and lacks the 3 newest
  guides; the home page's 热门事项 links; and ``robots.txt`` → ``/sitemap.xml``, which lists every
  guide (root-relative ``<loc>`` values). The 3 newest guides are ``link_only_in_script``.
* Guide pages ``/bszn/detail.do?taskId=<hex>`` are server-rendered HTML in GB18030 (correct
  ``charset=GB18030`` header and ``<meta charset="gb18030">``); a 镇 name uses U+365F (㙟), which
  GBK cannot encode. Fields are ``<div class="row"><label>…</label><div class="val">…</div></div>``
  with uncommon labels: 办理项名称, 权力类别, 目录编码, 地方实施编码, 审批部门, 受理层级, 申请途径,
  网办星级 (1–5星), 办事者到办事现场次数, 法定期限, 承诺期限, 事项审查类型.
"""

from __future__ import annotations

import json
from dataclasses import replace

from tests.corpora.layout import asset_text
from tests.corpora.portals2.model import Guide, Hall, Mat, digest, truth_item
from tests.corpora.portals2.pool import TEMPLATES, City, make_guide
from tests.corpora.portals2.render_util import PortalBuild, Site, channel_text, esc, paged, yes_no

CITY = City(
    id="heting", name="鹤汀市", region="369300",
    counties={"hc": ("鹤汀市鹤城区", "369302"), "lx": ("鹤汀市柳溪区", "369303"), "ys": ("宜水县", "369321")},
    halls={
        "city": Hall("鹤汀市政务服务中心", "city", "鹤汀市鹤城区汀江大道1号市民中心3楼C区",
                     "工作日 上午8:30-12:00 下午14:30-17:30（夏季）/14:00-17:00（冬季）", "0795-3810110"),
        "hc": Hall("鹤汀市鹤城区政务服务中心", "county", "鹤汀市鹤城区学府路56号",
                   "工作日 上午8:30-12:00 下午14:30-17:30", "0795-3216600"),
        "lx": Hall("柳溪区政务服务中心", "county", "鹤汀市柳溪区柳湖东路2号",
                   "工作日 上午8:30-12:00 下午14:30-17:30", "0795-3627001"),
        "ys": Hall("宜水县政务服务中心", "county", "宜水县宜春路188号",
                   "工作日 上午8:00-12:00 下午14:30-17:30", "0795-5123456"),
        "tk": Hall("宜水县㙟口镇便民服务中心", "town", "宜水县㙟口镇正街18号",
                   "工作日 上午8:00-12:00 下午14:30-17:00", "0795-5561020"),
        "np": Hall("南浦街道便民服务中心", "town", "鹤汀市鹤城区南浦路31号",
                   "工作日 上午8:30-12:00 下午14:30-17:00", "0795-3219870"),
        "sb": Hall("鹤汀市社会保险服务中心服务大厅", "city", "鹤汀市鹤城区汀江大道1号市民中心1楼",
                   "工作日 上午8:30-12:00 下午14:30-17:30", "0795-3810333"),
        "yb": Hall("鹤汀市医疗保障服务大厅", "city", "鹤汀市鹤城区汀江大道1号市民中心1楼",
                   "工作日 上午8:30-12:00 下午14:30-17:30", "0795-3810345"),
    },
    phone="0795",
)

HOME = ""
STALE_COUNT = 3  # the newest guides, missing from the stale 全部事项 list
PAGE_SIZE = 8


def guides() -> list[Guide]:
    c = CITY
    syjy = list(TEMPLATES["syjy"].materials)
    syjy[3] = replace(syjy[3], necessity="容缺后补")
    return [
        make_guide("ylqx2", c, depth=4, visits=0, flags={"stars": 5}),
        make_guide("hzs", c, flags={"stars": 3}),
        make_guide("spsc", c, depth=None, flags={"stars": 4, "biz": True}),
        make_guide("jykn", c, levels=["city", "county"], hall_keys=("city", "hc"), depth=None, flags={"stars": 3}),
        make_guide("ycxcy", c, depth=4, visits=0, flags={"stars": 5}),
        make_guide("ylgx", c, hall_keys=("sb",), depth=None, flags={"stars": 4}),
        make_guide("sydj2", c, digit="4", county="hc", department="鹤汀市鹤城区卫生健康委员会",
                   levels=["county", "town"], hall_keys=("hc", "np"), depth=4, visits=0, flags={"stars": 5}),
        make_guide("mbbj", c, channels=["counter"], depth=None, visits=2, flags={"stars": 2}),
        make_guide("sydjm", c, channels=["counter"], depth=None, visits=2, flags={"stars": 1, "biz": True}),
        make_guide("blhy", c, digit="4", county="hc", levels=["county"], hall_keys=("hc",),
                   channels=["counter"], depth=None, visits=1, flags={"stars": 1}),
        make_guide("xcgh", c, digit="4", county="ys", levels=["county"], hall_keys=("ys", "tk"), depth=None,
                   flags={"stars": 3}),
        make_guide("fwzl", c, depth=None, flags={"stars": 4, "biz": True}),
        make_guide("psxk", c, depth=None, flags={"stars": 3}),
        make_guide("hwgg", c, depth=None, flags={"stars": 3, "hidden_stale": 15}),
        make_guide("dlky", c, channels=["counter", "online", "post"], depth=None, express=True, flags={"stars": 4}),
        make_guide("hpbg", c, depth=None, flags={"stars": 3, "biz": True, "hidden_stale": 45}),
        make_guide("syjy", c, depth=None, materials=syjy, flags={"stars": 3}),
        make_guide("stbc", c, depth=4, visits=0, flags={"stars": 5}),
        make_guide("yclq", c, depth=None, flags={"stars": 4}),
        make_guide("flyz", c, depth=None, flags={"stars": 3}),
        make_guide("cxyb", c, hall_keys=("yb",), depth=4, visits=0, channels=["online", "counter"],
                   flags={"stars": 5}),
    ]


def task_id(g: Guide) -> str:
    return digest("heting:" + g.impl_code)


def guide_url(g: Guide) -> str:
    return f"/bszn/detail.do?taskId={task_id(g)}"


def entry_url(g: Guide) -> str | None:
    return f"/zxsb/apply.do?taskId={task_id(g)}" if g.online else None


STAR_DEPTH = {5: 4, 4: 3, 3: 3, 2: 2, 1: 1}
"""The star scheme of service-guides.md §1.3 on the Ⅰ–Ⅳ scale, as each value's own words say it:
5星 全程网办 = Ⅳ, 4星 and 3星 网上预审 = Ⅲ, 2星 下载/预约 = Ⅱ, 1星 咨询 = Ⅰ."""
STAR_WORDS = {5: "5星（全程网办）", 4: "4星（网上申报、预审，现场核验）", 3: "3星（网上预审、窗口报批、办结取件）",
              2: "2星（表格下载、网上预约）", 1: "1星（网上咨询）"}
LEVEL_WORDS = {"city": "市级", "county": "县级", "town": "乡镇（街道）级"}
CHANNEL_WORDS = {"counter": "窗口申请", "online": "网上申请", "post": "邮寄申请", "self_service": "自助终端申请"}
FORM_WORDS = {"paper": "纸质", "electronic": "电子", "both": "纸质,电子"}


def days(value: int | None) -> str:
    if value is None:
        return "无"
    return "即办" if value == 0 else f"{value}个工作日"


def copies(mat: Mat) -> str:
    parts = []
    if mat.originals:
        parts.append(f"原件{mat.originals}份")
    if mat.copies:
        parts.append(f"复印件{mat.copies}份")
    return "、".join(parts) or "—"


def page(title: str, body: str, crumb: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gb18030">
<meta name="renderer" content="webkit">
<title>{esc(title)} - 鹤汀市政务服务网</title>
<link rel="stylesheet" href="/static/css/ht.css">
{extra_head}</head>
<body>
<div class="ht-top"><div class="wrap"><span class="welcome">您好，欢迎来到鹤汀市政务服务网</span>
<span class="links"><a href="/user/login.html">登录</a> • <a href="/user/login.html">注册</a> • <a href="/m/">移动端</a></span></div></div>
<div class="ht-head"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="鹤汀市政务服务网"></a></div></div>
<div class="ht-nav"><div class="wrap"><a href="/">首页</a><a href="/bszn/qbsx.html">全部事项</a><a href="/bmfw.html">部门服务</a><a href="/hdjl.html">互动交流</a></div></div>
<div class="wrap crumb">您所在的位置：<a href="/">首页</a> &gt; {crumb}</div>
{body}
<div class="ht-foot"><div class="wrap">
<p><a href="/wzdt.html">网站地图</a> | <a href="/lxwm.html">联系我们</a> | <a href="/hdjl.html">意见建议</a></p>
<p>主办：鹤汀市人民政府办公室　承办：鹤汀市行政审批局　技术支持：鹤汀市大数据中心</p>
<p>地址：鹤汀市鹤城区汀江大道1号　电话：0795-3810000　赣ICP备19004321号</p>
<p>Copyright © 2018-2024 鹤汀市政务服务网 版权所有</p>
</div></div>
</body>
</html>
"""


def row(label: str, value: str, extra: str = "") -> str:
    return f'<div class="row"{extra}><label>{label}</label><div class="val">{value}</div></div>'


def render_guide(g: Guide) -> str:
    stars = g.flags["stars"]
    rows = [
        row("办理项名称", esc(g.name)),
        row("权力类别", esc(g.item_type)),
        row("目录编码", g.basic_code),
        row("地方实施编码", g.impl_code),
    ]
    if g.flags.get("biz"):
        rows.append(row("办理项编码", g.biz_code))
    rows += [
        row("审批部门", esc(g.department)),
        row("受理层级", ",".join(LEVEL_WORDS[level] for level in g.levels)),
        row("申报对象", esc(g.objects)),
        row("申请途径", channel_text(g.channels, CHANNEL_WORDS, "；")),
        row("可网上办理", yes_no(g.online)),
        row("网办星级", f'<span class="star s{stars}">{"★" * stars}{"☆" * (5 - stars)}</span> {STAR_WORDS[stars]}'),
        row("办事者到办事现场次数", f"{g.visits}次"),
        row("必须现场办理原因说明", esc(g.visit_reason)),
        row("法定期限", days(g.statutory)),
    ]
    if "hidden_stale" in g.flags:
        rows.append(row("承诺办结时限", f"{g.flags['hidden_stale']}个工作日", ' style="display:none"'))
    rows += [
        row("承诺期限", days(g.promised)),
        row("事项审查类型", "即审即办" if g.case_type == "immediate" else "前审后批"),
        row("收费情况", "收费" if g.fee else "不收费"),
        row("支持预约办理", yes_no(g.appointment)),
        row("物流快递", "支持" if g.express else "不支持"),
    ]
    places = "".join(f"<p>{esc(h.name)}：{esc(h.address)}</p>" for h in g.halls)
    hours = "".join(f"<p>{esc(h.hours)}</p>" for h in g.halls[:1])
    phones = "；".join(f"{esc(h.phone)}" for h in g.halls)
    place_rows = [row("办理地点", places), row("办理时间", hours), row("咨询电话", phones),
                  row("投诉电话", "0795-12345")]
    mats = []
    for number, mat in enumerate(g.materials, 1):
        note = "通过电子证照库调取，申请人无需提交" if mat.exempt else ("原件核验后退还" if mat.originals else "")
        mats.append(f"<tr><td>{number}</td><td class=\"mc\">{esc(mat.name)}</td><td>{esc(mat.kind)}</td>"
                    f"<td>{FORM_WORDS[mat.form]}</td><td>{copies(mat)}</td><td>{esc(mat.necessity)}</td>"
                    f"<td>{note}</td></tr>")
    entry = entry_url(g)
    button = (f'<a class="btn-sb" href="{entry}" target="_blank">网上申报</a>' if entry else "")
    steps = "".join(f"<li><b>{esc(name)}</b>：{esc(rule)}（时限：{esc(limit)}）</li>" for name, limit, rule in g.steps)
    conditions = "".join(f"<p>{esc(text)}</p>" for text in g.conditions)
    basis = "".join(f"<p>{esc(text)}</p>" for text in g.basis)
    body = f"""<div class="wrap guide">
<div class="g-head"><h1>{esc(g.name)}</h1><div class="g-op">{button}<a class="btn-zx" href="/hdjl.html">我要咨询</a><img class="qr" src="/static/img/qr.png" alt="扫码手机办理"></div></div>
<!-- 事项ID：{task_id(g)}  同步时间：2023-11-20 -->
<div class="section" id="jbxx"><div class="sec-title">基本信息</div>
<div class="grid">
{chr(10).join(rows)}
</div></div>
<div class="section" id="sltj"><div class="sec-title">受理条件</div>{conditions}</div>
<div class="section" id="sqcl"><div class="sec-title">申请材料</div>
<table class="cl-table"><thead><tr><th>序号</th><th>材料名称</th><th>材料类型</th><th>材料形式</th><th>份数</th><th>材料必要性</th><th>备注</th></tr></thead>
<tbody>
{chr(10).join(mats)}
</tbody></table></div>
<div class="section" id="bllc"><div class="sec-title">办理流程</div><ol class="lc">{steps}</ol></div>
<div class="section" id="bldd"><div class="sec-title">办理地点及时间</div>
<div class="grid">
{chr(10).join(place_rows)}
</div></div>
<div class="section" id="sdyj"><div class="sec-title">设定依据</div>{basis}</div>
</div>
<script>var _taskId = "{task_id(g)}";</script>"""
    return page(g.name, body, '<a href="/bszn/qbsx.html">全部事项</a> &gt; 办事指南')


def build() -> PortalBuild:
    site = Site("gb18030")
    all_guides = guides()
    items = []
    stale = set(g.key for g in all_guides[-STALE_COUNT:])
    for g in all_guides:
        site.put(guide_url(g), render_guide(g))
        stars = g.flags["stars"]
        item = truth_item(g, guide_url(g), entry_url(g), online_depth=STAR_DEPTH[stars])
        if g.key in stale:
            item["link_only_in_script"] = True
        items.append(item)
    # JSON catalog, newest first
    newest_first = list(reversed(all_guides))
    pages = paged(newest_first, PAGE_SIZE)
    for number, chunk in enumerate(pages, 1):
        payload = {"code": 200, "msg": "success", "data": {
            "total": len(all_guides), "pageNo": number, "pageSize": PAGE_SIZE, "pages": len(pages),
            "list": [{"taskId": task_id(g), "taskName": g.name, "deptName": g.department,
                      "taskCode": g.impl_code, "guideUrl": guide_url(g),
                      "onlineUrl": entry_url(g) or ""} for g in chunk]}}
        site.put_json(f"/api/items?page={number}", payload)
        if number == 1:
            site.put_json("/api/items", payload)
    # the stale server-rendered list (generated before the newest guides were published)
    listed = [g for g in all_guides if g.key not in stale]
    depts: dict[str, list[Guide]] = {}
    for g in listed:
        depts.setdefault(g.department, []).append(g)
    groups = "\n".join(
        f'<div class="dept-group"><h3>{esc(name)}</h3><ul>'
        + "".join(f'<li><a href="detail.do?taskId={task_id(g)}">{esc(g.name)}</a></li>' for g in gs)
        + "</ul></div>" for name, gs in depts.items())
    site.put("/bszn/qbsx.html", page("全部事项", f'<div class="wrap"><p class="upd">更新时间：2023-11-20</p>\n{groups}\n</div>',
                                     "全部事项"))
    hot = "".join(f'<li><a href="{guide_url(g)}">{esc(g.name)}</a></li>' for g in all_guides[:4])
    home_body = f"""<div class="wrap home">
<div class="search-box"><input id="kw" placeholder="搜索事项"><button onclick="searchItems()">搜索</button></div>
<div class="hot"><h3>热门事项</h3><ul>{hot}</ul></div>
<div class="catalog"><h3>办事事项</h3>
<div id="sxList"><p class="loading">正在加载…</p></div>
<div id="sxPager" class="pager"></div>
<noscript><p>您的浏览器未启用JavaScript，请查看<a href="/bszn/qbsx.html">全部事项列表</a>。</p></noscript>
</div>
</div>
<script src="/static/js/sxlist.js"></script>
<script>loadItems(1);</script>"""
    site.put("/", page("首页", home_body, "首页"))
    site.put("/wzdt.html", page("网站地图", '<div class="wrap"><ul class="map"><li><a href="/">首页</a></li>'
                                '<li><a href="/bszn/qbsx.html">全部事项</a></li><li><a href="/bmfw.html">部门服务</a></li>'
                                '<li><a href="/hdjl.html">互动交流</a></li></ul></div>', "网站地图"))
    simple = {
        "/bmfw.html": ("部门服务", "<p>部门服务栏目建设中，敬请期待。</p>"),
        "/hdjl.html": ("互动交流", "<p>咨询电话：0795-12345</p>"),
        "/lxwm.html": ("联系我们", "<p>地址：鹤汀市鹤城区汀江大道1号　邮编：338000　电话：0795-3810000</p>"),
        "/user/login.html": ("用户登录", "<form><input name=\"account\"><input type=\"password\" name=\"pwd\"><button>登录</button></form>"),
        "/zxsb/apply.do": ("网上申报", "<p>请先登录鹤汀市政务服务网统一身份认证平台。</p><a href=\"/user/login.html\">登录</a>"),
        "/m/index.html": ("移动端", "<p>请使用“赣服通”小程序扫码办理。</p>"),
    }
    for url, (title, inner) in simple.items():
        site.put(url, page(title, f'<div class="wrap">{inner}</div>', esc(title)))
    sitemap = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
               "<url><loc>/</loc><changefreq>daily</changefreq></url>",
               "<url><loc>/bszn/qbsx.html</loc><changefreq>weekly</changefreq></url>"]
    sitemap += [f"<url><loc>{guide_url(g)}</loc><lastmod>2024-03-01</lastmod></url>" for g in newest_first]
    sitemap.append("</urlset>")
    site.put("/sitemap.xml", "\n".join(sitemap) + "\n", "utf-8")
    site.put("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /zxsb/\nSitemap: /sitemap.xml\n", "utf-8")
    site.put("/static/js/sxlist.js", SXLIST_JS, "utf-8")
    site.put("/static/css/ht.css", CSS, "utf-8")
    for path in ("/static/img/logo.png", "/static/img/qr.png"):
        site.put_bytes(path, PNG_1PX)
    truth = {
        "id": "heting", "name": "鹤汀市政务服务网",
        "style": "catalog fetched by script from /api/items?page=N (JSON), stale plain 全部事项 list, sitemap.xml; "
                 "guides as div.row > label + div.val grid with uncommon labels; GB18030",
        "home": HOME, "charset": "gb18030", "served_content_type": "text/html; charset=GB18030 (correct); "
        "JSON and sitemap UTF-8",
        "catalog_api": "api/items?page=1", "sitemap": "sitemap.xml",
        "items": items,
    }
    headers = {"/api/*": "application/json;charset=UTF-8", "*.xml": "application/xml", "*.txt": "text/plain",
               "*.js": "application/javascript;charset=UTF-8", "*.css": "text/css", "*.png": "image/png",
               "*": "text/html; charset=GB18030"}
    json.dumps(truth)  # fail early on anything not serialisable
    return PortalBuild(site, headers, truth)


PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

SXLIST_JS = asset_text(__file__, "heting/sxlist.js")

CSS = asset_text(__file__, "heting/ht.css")
