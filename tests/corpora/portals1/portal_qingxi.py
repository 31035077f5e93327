"""清溪市政务服务网: a Hanweb (大汉)-style legacy portal in GBK.

Every page is GBK, declared only in ``<meta http-equiv="Content-Type" content="text/html; charset=gbk">``
and served as plain ``text/html`` (no charset). Table layout, IE-only notices and ActiveX script.
Guides at ``/bszn/bsznInfo.jsp?itemId=N`` use 权力名称 / 职权编码 / 实施机关 / 行使层级 labels and
composite cells (办理时限 holds 法定时限 and 承诺时限; 办理方式 holds channels, depth and visits).
Catalogs: 部门办事 (plain links, per department) and 主题办事 (a Hanweb ``<script type="text/xml">``
datastore rendered by script); three items are listed only in the datastore.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals1.corpus_data import Geo, Town
from tests.corpora.portals1.corpus_model import Generator, GuideSpec, Pick
from tests.corpora.portals1.render_common import CASE_TEXT, GIF, Site, cn_number, esc, steps_for, visit_reason

PORTAL_ID = "qingxi"
GEO = Geo(city="清溪市", region="339100",
          districts=(("溪南区", "339102"), ("长亭区", "339103"), ("云门县", "339121")),
          towns=(Town("溪南区", "柳溪街道", ("柳溪社区", "西塘社区")), Town("云门县", "白沙镇", ("桃源村", "石门村"))),
          roads=("清溪大道", "长亭路", "溪南路", "解放路", "云门路"), area_code="0572")
LEVEL_TEXT = {"city": "市级", "county": "县（市、区）级", "town": "乡镇（街道）级", "village": "村（社区）级"}
CHANNEL_TEXT = {"counter": "窗口办理", "online": "网上办理", "post": "邮寄办理", "self_service": "自助终端办理"}
FORM_TEXT = {"paper": "纸质", "electronic": "电子", "both": "纸质、电子", None: ""}
SCRIPT_ONLY = frozenset({"script_only"})

PICKS = [
    Pick("spjy"),
    Pick("gtdj", show="basic"),
    Pick("tzsb"),
    Pick("sybx", show="basic"),
    Pick("lwpq"),
    Pick("jhdj", show="basic"),
    Pick("tkry", body="t0"),
    Pick("canbu", body="t1"),
    Pick("yljg"),
    Pick("ggcs", show="basic"),
    Pick("jgba", force=(("case_type", "other"), ("promised", 5), ("statutory", 15))),  # 上报件
    Pick("ghxk", show="basic"),
    Pick("hyjy"),
    Pick("jszg", show="basic"),
    Pick("whpjy", force=(("visits", None),)),  # states no 到现场次数
    Pick("qsxk", flags=SCRIPT_ONLY),
    Pick("jzlj", show="basic", flags=SCRIPT_ONLY),
    Pick("lnyd", body="t0", flags=SCRIPT_ONLY),
]


def item_id(spec: GuideSpec) -> int:
    return 1000 + spec.seq * 7


def guide_url(spec: GuideSpec) -> str:
    return f"/bszn/bsznInfo.jsp?itemId={item_id(spec)}"


def apply_url(spec: GuideSpec) -> str:
    return f"/wsbs/sbindex.jsp?itemId={item_id(spec)}"


def _head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/script/common.js"></script>
<!--[if lte IE 6]>
<script type="text/javascript">alert("您的浏览器版本过低，建议使用IE8及以上版本浏览器浏览本站！");</script>
<![endif]-->
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top_bar">今天是：<script language="javascript">document.write(new Date().getFullYear()+"年"+(new Date().getMonth()+1)+"月"+new Date().getDate()+"日");</script>
&nbsp;&nbsp;<a href="javascript:addfavorite()">加入收藏</a> | <a href="javascript:sethome(this)">设为首页</a> | <a href="javascript:void(0)" onclick="openWza()">无障碍浏览</a></td></tr>
<tr><td class="banner" height="120"><div class="banner_txt">清溪市人民政府&nbsp;&nbsp;政务服务网</div></td></tr>
<tr><td class="nav" height="36"><a href="/index.html">首页</a>&nbsp;|&nbsp;<a href="/col/col1001/index.html">部门办事</a>&nbsp;|&nbsp;<a href="/col/col1002/index.html">主题办事</a>&nbsp;|&nbsp;<a href="/col/col1003/index.html">政务公开</a>&nbsp;|&nbsp;<a href="/col/col1004/index.html">互动交流</a></td></tr>
</table>
"""


_FOOT = """<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
<tr><td align="center" height="90">主办：清溪市人民政府办公室&nbsp;&nbsp;承办：清溪市行政服务中心&nbsp;&nbsp;<a href="/col/col1004/index.html">联系我们</a><br />
网站标识码：3391000021&nbsp;&nbsp;浙ICP备05012345号&nbsp;&nbsp;浙公网安备 33910202000789号<br />
联系电话：0572-2086543&nbsp;&nbsp;建议使用IE8.0以上浏览器，1024*768分辨率浏览本站<br />
版权所有&nbsp;&copy;&nbsp;清溪市人民政府</td></tr>
</table>
<script language="javascript">var _hwjs_siteid = 3391000021; document.write('<span style="display:none">' + _hwjs_siteid + '</span>');</script>
</body>
</html>
"""


def _td(label: str, value: str) -> str:
    return f'<tr><td width="150" class="td_l" align="center">{label}</td><td class="td_r">{value}</td></tr>'


def _materials(spec: GuideSpec) -> str:
    rows = ['<tr bgcolor="#eef3f9"><td width="40" align="center">序号</td><td>材料名称</td><td width="80">材料形式</td>'
            '<td width="130">份数</td><td width="150">备注</td></tr>']
    for i, m in enumerate(spec.materials, start=1):
        remark = "免提交（通过数据共享获取）" if m.exempt else ("容缺后补" if m.necessity == "容缺后补" else "&nbsp;")
        rows.append(f'<tr bgcolor="#ffffff"><td align="center">{i}</td><td>{esc(m.name)}</td>'
                    f"<td>{FORM_TEXT[m.form]}</td><td>{m.copies}</td><td>{remark}</td></tr>")
    return ('<table width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#cccccc">'
            + "".join(rows) + "</table>")


def _detail(spec: GuideSpec) -> str:
    limits = ("法定时限：" + (f"{spec.statutory}工作日" if spec.statutory else "无") + "<br />承诺时限："
              + ("即办" if spec.promised == 0 else f"{spec.promised}个工作日"))
    way = "、".join(CHANNEL_TEXT[c] for c in spec.channels)
    if spec.depth:
        way += f"<br />网上办理深度：{cn_number(spec.depth)}级"
    if spec.visits is not None:
        way += f"<br />到现场次数：{spec.visits}次<br />必须现场办理原因：{visit_reason(spec)}"
    rows = [_td("权力名称", esc(spec.name)), _td("职权编码", spec.basic_code)]
    if spec.show == "impl":
        rows.append(_td("实施编码", spec.impl_code))
    rows += [
        _td("权力类型", spec.kind),
        _td("实施机关", esc(spec.department)),
        _td("行使层级", "、".join(LEVEL_TEXT[lv] for lv in spec.levels)),
        _td("服务对象", spec.objects),
        _td("办理时限", limits),
        _td("办理方式", way),
        _td("办件类型", CASE_TEXT[spec.case_type] if spec.case_type else "&nbsp;"),
        _td("受理条件", esc(spec.pool.condition)),
        _td("申请材料", _materials(spec)),
        _td("办理流程", "<br />".join(f"（{i}）{name}：{desc}（时限：{time}）"
                                      for i, (name, desc, time) in enumerate(steps_for(spec), start=1))),
        _td("办理地点", "<br /><br />".join(
            f"<b>{esc(loc.name)}</b><br />地址：{esc(loc.address)}<br />办公时间：{loc.hours}<br />联系电话：{loc.phone}"
            for loc in spec.locations)),
        _td("收费标准", "不收费"),
        _td("咨询电话", spec.phone),
        _td("监督电话", spec.complaint_phone),
        _td("设定依据", esc(spec.pool.basis)),
    ]
    if spec.has_entry:
        rows.append(_td("在线办理", f'<a href="{esc(apply_url(spec))}" target="_blank">'
                                    '<img src="/images/zxsb.gif" alt="在线申报" width="96" height="28" border="0" /></a>'))
    elif not spec.online:
        rows.append(_td("在线办理", "本事项暂未开通网上办理"))
    return _head(f"{spec.name}--清溪市政务服务网") + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="position">
<tr><td height="30">您现在的位置：<a href="/index.html">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/col/col1001/index.html">部门办事</a>&nbsp;&gt;&gt;&nbsp;办事指南</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="6" cellspacing="1" bgcolor="#c9d7e8" class="bszn_table">
<tr><td colspan="2" class="bszn_title" align="center" height="40"><b>{esc(spec.name)}</b></td></tr>
{chr(10).join(rows)}
</table>
<table width="1000" border="0" align="center"><tr><td align="center" height="50">
<a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>
<input type="hidden" name="itemId" value="{item_id(spec)}" /><input type="hidden" name="webid" value="1" />
""" + _FOOT


def _dept_column(specs: list[GuideSpec]) -> str:
    groups: dict[str, list[GuideSpec]] = {}
    for spec in specs:
        if "script_only" not in spec.flags:
            groups.setdefault(spec.department, []).append(spec)
    blocks = []
    for dept, items in groups.items():
        links = "".join(f'<tr><td class="list_td" height="26">&middot;&nbsp;<a href="{esc(guide_url(s))}" target="_blank" '
                        f'title="{esc(s.name)}">{esc(s.name)}</a></td><td width="90" class="list_date">办事指南</td></tr>'
                        for s in items)
        blocks.append(f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="bm_table">'
                      f'<tr><td colspan="2" class="bm_title">{esc(dept)}</td></tr>{links}</table>')
    return _head("部门办事--清溪市政务服务网") + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220" valign="top" class="left_col"><div class="left_title">网上办事</div>
<a href="/col/col1001/index.html">部门办事</a><br /><a href="/col/col1002/index.html">主题办事</a></td>
<td valign="top" class="right_col"><div class="position">您现在的位置：<a href="/index.html">首页</a>&nbsp;&gt;&gt;&nbsp;部门办事</div>
{"".join(blocks)}
</td></tr></table>
""" + _FOOT


def _theme_column(specs: list[GuideSpec]) -> str:
    records = "".join(
        f'<record><![CDATA[<li><a href="{esc(guide_url(s))}" target="_blank" title="{esc(s.name)}">{esc(s.name)}</a>'
        f"<span>{esc(s.department)}</span></li>]]></record>\n" for s in specs)
    return _head("主题办事--清溪市政务服务网") + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220" valign="top" class="left_col"><div class="left_title">主题办事</div>
<a href="javascript:void(0)">生育收养</a><br /><a href="javascript:void(0)">婚姻登记</a><br /><a href="javascript:void(0)">社会救助</a><br /><a href="javascript:void(0)">准营准办</a></td>
<td valign="top" class="right_col"><div class="position">您现在的位置：<a href="/index.html">首页</a>&nbsp;&gt;&gt;&nbsp;主题办事</div>
<div id="1002"><script type="text/xml" id="ds1002">
<datastore>
<column>1002</column>
<totalrecord>{len(specs)}</totalrecord>
<recordset>
{records}</recordset>
</datastore>
</script><ul id="list1002" class="list_ul"></ul></div>
<script language="javascript">
(function () {{
  var src = document.getElementById("ds1002");
  var text = src.text || src.innerHTML;
  var parts = text.match(/<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>/g) || [];
  var html = "";
  for (var i = 0; i < parts.length; i++) {{
    html += parts[i].replace("<![CDATA[", "").replace("]]>", "");
  }}
  document.getElementById("list1002").innerHTML = html;
}})();
</script>
</td></tr></table>
""" + _FOOT


def _home(specs: list[GuideSpec]) -> str:
    hot = "".join(f'<tr><td height="24">&middot;&nbsp;<a href="{esc(guide_url(s))}" target="_blank">{esc(s.name)}</a></td></tr>'
                  for s in specs[:9:3] if "script_only" not in s.flags)
    return _head("清溪市政务服务网") + f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="490" valign="top"><div class="box_title">热门事项</div><table width="100%">{hot}</table>
<div class="more"><a href="/col/col1001/index.html">更多&gt;&gt;</a></div></td>
<td width="20">&nbsp;</td>
<td width="490" valign="top"><div class="box_title">网上办事</div>
<a href="/col/col1001/index.html"><b>部门办事</b></a>&nbsp;&nbsp;<a href="/col/col1002/index.html"><b>主题办事</b></a>
<div class="box_title">通知公告</div><table width="100%"><tr><td>关于行政服务中心节假日值班安排的通知</td><td>2024-01-30</td></tr></table></td></tr>
</table>
""" + _FOOT


def _stub(title: str, text: str) -> str:
    return _head(f"{title}--清溪市政务服务网") + (
        f'<table width="1000" border="0" align="center"><tr><td height="300" valign="top"><b>{title}</b><br />{text}</td></tr></table>'
    ) + _FOOT


JS = asset_text(__file__, "qingxi/common.js")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gen = Generator(GEO, seed=3303, main_hall="清溪市行政服务中心")
    specs = gen.guides(PICKS)
    site = Site(PORTAL_ID, "gbk")
    for spec in specs:
        spec.url = guide_url(spec)
        spec.entry_url = apply_url(spec)
    site.put("/", _home(specs))
    site.put("/col/col1001/", _dept_column(specs))
    site.put("/col/col1002/", _theme_column(specs))
    site.put("/col/col1003/", _stub("政务公开", "政府信息公开目录、政府信息公开指南。"))
    site.put("/col/col1004/", _stub("互动交流", "市长信箱、咨询投诉：12345。"))
    for spec in specs:
        site.put(spec.url, _detail(spec))
        if spec.has_entry:
            site.put(apply_url(spec), _stub("网上申报", f"{esc(spec.name)}<br />请先登录浙江政务服务网统一用户后申报。"))
    site.put("/css/style.css", asset_text(__file__, "qingxi/style.css"))
    site.put("/script/common.js", JS)
    site.put_bytes("images/zxsb.gif", GIF)
    site.put_bytes("headers.json", (
        b'{\n  "*.css": "text/css",\n  "*.js": "application/x-javascript",\n  "*.gif": "image/gif",\n'
        b'  "*": "text/html"\n}\n'))
    return site.files, {
        "id": PORTAL_ID,
        "name": "清溪市政务服务网",
        "style": "Hanweb (大汉) legacy: GBK, table layout with composite cells, Hanweb XML datastore catalog, "
                 "IE/ActiveX notices, image button for online application",
        "home": "",
        "charset": "gbk",
        "served_content_type": "text/html (no charset); charset only in <meta http-equiv>",
        "items": [s.truth() for s in specs],
    }
