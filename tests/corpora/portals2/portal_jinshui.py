"""锦水市网上行政审批服务大厅 (jinshui): a legacy ASP.NET WebForms portal, GB2312.

* ``/`` and ``/Default.aspx`` are the same page (IIS default document). 办事指南 →
  ``/ZWFW/ItemList.aspx``, a GridView of 8 items a page. Its pager is
  ``javascript:__doPostBack('GridView1','Page$N')`` (a POST of ``__VIEWSTATE``, which this static
  server cannot answer); below it a plain fallback ``首页 / 上一页 / 下一页 / 尾页`` line with
  ``ItemList.aspx?page=N`` links, which is what a crawler can follow.
* Guides ``/ZWFW/ItemDetail.aspx?ItemID=N``: uppercase tags and unquoted attributes, label cells
  ``<TD><FONT color=…><B>事项名称：</B></FONT></TD>``, values in ``<SPAN id=ctl00_…>``. The only code
  is the 33-character 业务办理项编码 under 办理项编码. Numbers are full-width (２０个工作日, ３级,
  原件１份). Some guides omit 行使层级. Names carry suffixes such as （设区的市级权限）.
* The online entry is an image link ``../WSSB/Apply.aspx?ItemID=N`` (alt 网上申报).
* ``charset=gb2312`` in the header and in ``<META http-equiv>``; every page is strictly GB2312.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace

from tests.corpora.layout import asset_text
from tests.corpora.portals2.model import Guide, Hall, truth_item
from tests.corpora.portals2.pool import TEMPLATES, City, dept_name, dept_usci, make_guide
from tests.corpora.portals2.render_util import PortalBuild, Site, channel_text, esc, full_width, paged

CITY = City(
    id="jinshui", name="锦水市", region="139300",
    counties={"fy": ("锦水市滏阳区", "139302"), "pc": ("平川县", "139321")},
    halls={
        "city": Hall("锦水市政务服务中心", "city", "锦水市滏阳区人民路１１８号二楼Ｂ区",
                     "周一至周五 上午８:３０-１２:００，下午１:３０-５:３０", "0317-2156000"),
        "fy": Hall("锦水市滏阳区政务服务中心", "county", "锦水市滏阳区建设大街２０６号",
                   "周一至周五 上午８:３０-１２:００，下午１:３０-５:３０", "0317-2281234"),
        "pc": Hall("平川县政务服务中心", "county", "平川县城关镇迎宾路８号",
                   "周一至周五 上午８:００-１２:００，下午２:３０-６:００", "0317-7521000"),
        "xf": Hall("锦水市消防救援支队政务服务窗口", "city", "锦水市滏阳区人民路１１８号一楼Ａ区",
                   "周一至周五 上午８:３０-１２:００，下午１:３０-５:３０", "0317-2156119"),
        "yb": Hall("锦水市医疗保障服务大厅", "city", "锦水市滏阳区和平路５５号",
                   "周一至周五 上午８:３０-１２:００，下午１:３０-５:３０", "0317-2163300"),
    },
    phone="0317",
)

HOME = ""
PAGE_SIZE = 8
FIRST_ID = 1001


def approval(key: str, county: str | None = None, **overrides: object) -> Guide:
    """A permit handled by the 行政审批局 (Hebei's relatively centralised approval model)."""
    digit = "4" if county else "3"
    return make_guide(key, CITY, digit=digit, county=county, department=dept_name(CITY, "xzsp", county),
                      usci=dept_usci(CITY, "xzsp", county), **overrides)  # type: ignore[arg-type]


def on_paper(guide: Guide) -> Guide:
    """A legacy hall: materials it does not take from a shared database are paper, not 纸质/电子."""
    guide.materials = [mat if mat.exempt or mat.form != "both" else replace(mat, form="paper")
                       for mat in guide.materials]
    return guide


def guides() -> list[Guide]:
    return [on_paper(g) for g in raw_guides()]


def raw_guides() -> list[Guide]:
    c = CITY
    t = TEMPLATES
    return [
        approval("ysxz", name=t["ysxz"].name + "（设区的市级权限）"),
        approval("kfsm", name=t["kfsm"].name + "（设区的市级权限）", flags={"no_level": True}),
        make_guide("ggjc", c, hall_keys=("xf",), channels=["counter", "online"], depth=3, visits=1),
        approval("rfdx", flags={"stale_promised": 15}),
        approval("hdjs"),
        approval("lxs"),
        make_guide("fsry", c, channels=["counter"], depth=None, visits=1, flags={"no_level": True}),
        approval("mbpx", visits=2, depth=2),
        approval("bdsgs", depth=4, visits=0, channels=["counter", "online", "post"], express=True),
        make_guide("sttb", c, name=t["sttb"].name + "（设区的市级权限）"),
        make_guide("csmj", c, flags={"no_level": True}),
        approval("cyjy", flags={"stale_promised": 20}),
        make_guide("tljs", c, channels=["counter"], depth=None, visits=1, promised=0, case_type="immediate"),
        approval("sccs", county="pc", levels=["county"], hall_keys=("pc",), flags={"no_level": True}),
        approval("zzsc", county="pc", name=t["zzsc"].name + "（县级权限）", levels=["county"], hall_keys=("pc",)),
        make_guide("qzjx", c, levels=["city", "county"], hall_keys=("city", "fy")),
        approval("fdzz"),
        make_guide("xycz", c),
        approval("whhy", depth=4, visits=1),
        make_guide("lxbx", c, hall_keys=("yb",), channels=["counter", "post"], depth=None, visits=1, express=True),
    ]


def item_id(index: int) -> int:
    return FIRST_ID + index


def guide_url(index: int) -> str:
    return f"/ZWFW/ItemDetail.aspx?ItemID={item_id(index)}"


def entry_url(index: int, g: Guide) -> str | None:
    return f"/WSSB/Apply.aspx?ItemID={item_id(index)}" if g.online else None


LEVEL_WORDS = {"city": "市级", "county": "县级", "town": "乡镇级"}
CHANNEL_WORDS = {"counter": "窗口办理", "online": "网上办理", "post": "邮寄办理", "self_service": "自助终端办理"}
FORM_WORDS = {"paper": "纸质", "electronic": "电子", "both": "纸质、电子"}


def viewstate(seed: str, length: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}:{i}".encode()).digest() for i in range(length // 32 + 1))
    return "/wEPDwUK" + base64.b64encode(raw[:length]).decode("ascii")


def days(value: int | None, zero: str) -> str:
    if value is None:
        return "无"
    return zero if value == 0 else full_width(f"{value}个工作日")


def page(title: str, action: str, body: str, depth: str) -> str:
    up = "../" if depth else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>{esc(title)} - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="{up}Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="{action}" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="{viewstate(action, 720)}" name=__VIEWSTATE>
</DIV>
<SCRIPT type=text/javascript>
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</SCRIPT>
<SCRIPT src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633802945995006876" type=text/javascript></SCRIPT>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD><IMG height=110 src="/Images/top_banner.gif" width=980 alt=锦水市网上行政审批服务大厅></TD></TR>
<TR><TD class=menu background=/Images/menu_bg.gif height=34>
<A href="/Default.aspx">首　页</A> | <A href="/ZWFW/ItemList.aspx">办事指南</A> | <A href="/ZWFW/Notice.aspx">通知公告</A> | <A href="/WSSB/Apply.aspx">网上申报</A> | <A href="/ZWFW/Query.aspx">办件查询</A>
</TD></TR>
</TABLE>
{body}
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="{viewstate('ev' + action, 96)}" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
"""


def label_row(label: str, value: str, span_id: str) -> str:
    return (f"<TR><TD width=\"22%\" bgColor=#eaf2fb align=right><FONT color=#1f4e79><B>{label}：</B></FONT></TD>"
            f"<TD bgColor=#ffffff><SPAN id=ctl00_ContentPlaceHolder1_{span_id}>{value}</SPAN></TD></TR>")


def title_row(text: str) -> str:
    return (f"<TR><TD bgColor=#3a78b8 colSpan=2 height=28>&nbsp;<FONT color=#ffffff size=3><B>{text}</B>"
            "</FONT></TD></TR>")


def render_guide(index: int, g: Guide) -> str:
    rows = [title_row("基本信息"),
            label_row("事项名称", esc(g.name), "lblSXMC"),
            label_row("事项类别", esc(g.item_type), "lblSXLB"),
            label_row("办理项编码", g.biz_code, "lblBLXBM"),
            label_row("实施机构", esc(g.department), "lblSSJG")]
    if not g.flags.get("no_level"):
        rows.append(label_row("行使层级", "、".join(LEVEL_WORDS[level] for level in g.levels), "lblXSCJ"))
    depth = full_width(f"{g.depth}级") if g.depth else "无"
    rows += [
        label_row("服务对象", esc(g.objects.replace(",", "，")), "lblFWDX"),
        label_row("办理方式", channel_text(g.channels, CHANNEL_WORDS, "，"), "lblBLFS"),
        label_row("网上办理深度", depth, "lblWSBLSD"),
        label_row("到现场次数", full_width(f"{g.visits}次"), "lblDXCCS"),
        label_row("法定办结时限", days(g.statutory, "当场办结"), "lblFDSX"),
        label_row("承诺办结时限", days(g.promised, "当场办结"), "lblCNSX"),
    ]
    if "stale_promised" in g.flags:
        rows.append(f"<!--{label_row('承诺办结时限', full_width(str(g.flags['stale_promised']) + '个工作日'), 'lblCNSX_old')}-->")
    rows += [
        label_row("办件类型", "即办件" if g.case_type == "immediate" else "承诺件", "lblBJLX"),
        label_row("收费情况", "收费" if g.fee else "不收费", "lblSFQK"),
        title_row("办理地点及时间"),
        label_row("办理地点", "<BR>".join(f"{esc(h.name)}：{esc(h.address)}" for h in g.halls), "lblBLDD"),
        label_row("办公时间", esc(g.halls[0].hours), "lblBGSJ"),
        label_row("咨询电话", "，".join(h.phone for h in g.halls), "lblZXDH"),
        label_row("监督电话", "0317-12345", "lblJDDH"),
        title_row("受理条件"),
        f"<TR><TD bgColor=#ffffff colSpan=2>{'<BR>'.join(full_width(f'{i}.') + esc(x) for i, x in enumerate(g.conditions, 1))}</TD></TR>",
        title_row("设定依据"),
        f"<TR><TD bgColor=#ffffff colSpan=2>{'<BR>'.join(esc(x) for x in g.basis)}</TD></TR>",
    ]
    mats = []
    for number, mat in enumerate(g.materials, 1):
        count = "，".join(x for x in (f"原件{mat.originals}份" if mat.originals else "",
                                      f"复印件{mat.copies}份" if mat.copies else "") if x)
        note = "由部门共享获取" if mat.exempt else ("可容缺后补" if mat.necessity == "容缺后补" else "&nbsp;")
        mats.append(f"<TR class=GridRow><TD align=center>{full_width(str(number))}</TD><TD>{esc(mat.name)}</TD>"
                    f"<TD align=center>{FORM_WORDS[mat.form]}</TD><TD>{full_width(count) or '&nbsp;'}</TD>"
                    f"<TD>{note}</TD></TR>")
    steps = "".join(f"<TR class=GridRow><TD align=center>{full_width(str(i))}</TD><TD>{esc(name)}</TD>"
                    f"<TD>{full_width(limit)}</TD></TR>" for i, (name, limit, _rule) in enumerate(g.steps, 1))
    entry = entry_url(index, g)
    button = (f'<A href="../WSSB/Apply.aspx?ItemID={item_id(index)}" target=_blank><IMG src="../Images/btn_wssb.gif" '
              "border=0 alt=网上申报></A>" if entry else
              '<IMG src="../Images/btn_wssb_gray.gif" border=0 alt=暂不支持网上申报>')
    hint = ("<TR><TD colSpan=2 bgColor=#fffbe6><FONT color=#cc0000>温馨提示：网上预审通过后，请携带全部材料原件及复印件到窗口办理。"
            "</FONT></TD></TR>") if g.online and g.visits else ""
    body = f"""<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD height=30>&nbsp;当前位置：<A href="/Default.aspx">首页</A> &gt;&gt; <A href="ItemList.aspx">办事指南</A> &gt;&gt; 事项详情</TD></TR>
<TR><TD align=center height=50><FONT size=5 color=#1f4e79><B>{esc(g.name)}</B></FONT><BR>
<FONT color=#999999>发布日期：{full_width("2023")}年{full_width("09")}月{full_width(f"{12 + index % 15:02d}")}日　浏览次数：{full_width(str(300 + 37 * index))}</FONT></TD></TR>
<TR><TD align=right>{button}&nbsp;<INPUT class=btn onclick="window.print();" type=button value=打印本页>&nbsp;</TD></TR>
</TABLE>
<INPUT id=ctl00_ContentPlaceHolder1_hidItemID type=hidden value={item_id(index)} name=ctl00$ContentPlaceHolder1$hidItemID>
<TABLE class=tbGuide cellSpacing=1 cellPadding=4 width=980 align=center bgColor=#b5cde6 border=0>
{hint}
{chr(10).join(rows)}
</TABLE>
<BR>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0><TR><TD><FONT color=#1f4e79 size=3><B>申请材料</B></FONT></TD></TR></TABLE>
<TABLE id=ctl00_ContentPlaceHolder1_gvMaterial style="WIDTH: 980px; BORDER-COLLAPSE: collapse" cellSpacing=0 rules=all align=center border=1>
<TR class=GridHeader><TH scope=col>序号</TH><TH scope=col>材料名称</TH><TH scope=col>材料形式</TH><TH scope=col>份数</TH><TH scope=col>备注</TH></TR>
{chr(10).join(mats)}
</TABLE>
<BR>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0><TR><TD><FONT color=#1f4e79 size=3><B>办理流程</B></FONT></TD></TR></TABLE>
<TABLE id=ctl00_ContentPlaceHolder1_gvStep style="WIDTH: 980px; BORDER-COLLAPSE: collapse" cellSpacing=0 rules=all align=center border=1>
<TR class=GridHeader><TH scope=col>步骤</TH><TH scope=col>环节名称</TH><TH scope=col>时限</TH></TR>
{steps}
</TABLE>"""
    return page(g.name, f"ItemDetail.aspx?ItemID={item_id(index)}", body, "ZWFW")


def list_page(chunk: list[tuple[int, Guide]], number: int, pages: int, total: int) -> str:
    rows = []
    for index, g in chunk:
        css = "GridRow" if index % 2 == 0 else "GridAltRow"
        rows.append(f"<TR class={css}><TD align=center>{full_width(str(index + 1))}</TD>"
                    f"<TD><A href=\"ItemDetail.aspx?ItemID={item_id(index)}\" target=_blank>{esc(g.name)}</A></TD>"
                    f"<TD>{esc(g.department)}</TD><TD align=center>{'即办件' if g.case_type == 'immediate' else '承诺件'}</TD>"
                    f"<TD align=center><A href=\"ItemDetail.aspx?ItemID={item_id(index)}\">查看</A></TD></TR>")
    cells = []
    for n in range(1, pages + 1):
        cells.append(f"<TD><SPAN>{n}</SPAN></TD>" if n == number else
                     f"<TD><A href=\"javascript:__doPostBack('GridView1','Page${n}')\">{n}</A></TD>")
    fallback = [f"共{full_width(str(total))}条　第{full_width(str(number))}/{full_width(str(pages))}页"]
    if number > 1:
        fallback += ['<A href="ItemList.aspx?page=1">首页</A>', f'<A href="ItemList.aspx?page={number - 1}">上一页</A>']
    if number < pages:
        fallback += [f'<A href="ItemList.aspx?page={number + 1}">下一页</A>', f'<A href="ItemList.aspx?page={pages}">尾页</A>']
    body = f"""<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD height=30>&nbsp;当前位置：<A href="/Default.aspx">首页</A> &gt;&gt; 办事指南</TD></TR>
<TR><TD>事项名称：<INPUT id=ctl00_ContentPlaceHolder1_txtName name=ctl00$ContentPlaceHolder1$txtName>
<INPUT id=ctl00_ContentPlaceHolder1_btnSearch type=submit value=查询 name=ctl00$ContentPlaceHolder1$btnSearch></TD></TR>
</TABLE>
<TABLE class=GridView id=GridView1 style="WIDTH: 980px; BORDER-COLLAPSE: collapse" cellSpacing=0 rules=all align=center border=1>
<TR class=GridHeader><TH scope=col>序号</TH><TH scope=col>事项名称</TH><TH scope=col>实施机构</TH><TH scope=col>办件类型</TH><TH scope=col>操作</TH></TR>
{chr(10).join(rows)}
<TR class=GridPager><TD colSpan=5><TABLE border=0><TR>{"".join(cells)}</TR></TABLE></TD></TR>
</TABLE>
<DIV class=pager-fallback align=center>{"　".join(fallback)}</DIV>"""
    return page("办事指南", "ItemList.aspx" + (f"?page={number}" if number > 1 else ""), body, "ZWFW")


def build() -> PortalBuild:
    site = Site("gb2312")
    all_guides = guides()
    items = []
    for index, g in enumerate(all_guides):
        site.put(guide_url(index), render_guide(index, g))
        item = truth_item(g, guide_url(index), entry_url(index, g), item_code=g.biz_code)
        del item["basic_code"]  # the page shows no 12-character code
        items.append(item)
    indexed = list(enumerate(all_guides))
    chunks = paged([g for _i, g in indexed], PAGE_SIZE)
    for number in range(1, len(chunks) + 1):
        chunk = indexed[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
        html_page = list_page(chunk, number, len(chunks), len(all_guides))
        site.put(f"/ZWFW/ItemList.aspx?page={number}", html_page)
        if number == 1:
            site.put("/ZWFW/ItemList.aspx", html_page)
    latest = "".join(f'<TR><TD>・<A href="ZWFW/ItemDetail.aspx?ItemID={item_id(i)}" target=_blank>{esc(g.name)}</A></TD></TR>'
                     for i, g in indexed[-5:])
    home_body = f"""<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD><MARQUEE scrollAmount=2 direction=left>关于启用新版网上申报系统的通知：自２０２４年１月１日起，网上申报统一通过本大厅办理。</MARQUEE></TD></TR>
<TR><TD vAlign=top width=490>
<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0><TR><TD class=boxTitle><B>最新事项</B>　<A href="ZWFW/ItemList.aspx">更多&gt;&gt;</A></TD></TR>
{latest}
</TABLE></TD></TR>
<TR><TD><A href="ZWFW/ItemList.aspx"><IMG src="/Images/bszn.gif" border=0 alt=办事指南></A>　<A href="WSSB/Apply.aspx"><IMG src="/Images/wssb.gif" border=0 alt=网上申报></A></TD></TR>
</TABLE>"""
    home = page("首页", "Default.aspx", home_body, "")
    site.put("/", home)
    site.put("/Default.aspx", home)
    for url, title, inner in (
        ("/WSSB/Apply.aspx", "网上申报", "请先登录：用户名 <INPUT name=txtUser> 密码 <INPUT type=password name=txtPwd> "
                                          "<INPUT type=submit value=登录 name=btnLogin>"),
        ("/ZWFW/Notice.aspx", "通知公告", "关于启用新版网上申报系统的通知"),
        ("/ZWFW/Query.aspx", "办件查询", "受理编号：<INPUT name=txtSlbh> <INPUT type=submit value=查询>"),
    ):
        depth = "ZWFW" if url.startswith("/ZWFW/") or url.startswith("/WSSB/") else ""
        body = (f"<TABLE cellSpacing=0 cellPadding=8 width=980 align=center border=0><TR><TD>{inner}</TD></TR></TABLE>")
        site.put(url, page(title, url.rsplit("/", 1)[1], body, depth))
    site.put("/WebResource.axd", "function WebForm_PostBackOptions(){}\nfunction WebForm_DoPostBackWithOptions(o){}\n")
    site.put("/Css/Style.css", asset_text(__file__, "jinshui/Style.css"))
    for path in ("/Images/top_banner.gif", "/Images/menu_bg.gif", "/Images/btn_wssb.gif", "/Images/btn_wssb_gray.gif",
                 "/Images/bszn.gif", "/Images/wssb.gif"):
        site.put_bytes(path, GIF_1PX)
    truth = {
        "id": "jinshui", "name": "锦水市网上行政审批服务大厅",
        "style": "legacy ASP.NET WebForms: __VIEWSTATE, uppercase tags, <FONT> label cells, GridView lists with "
                 "__doPostBack pager plus a plain ?page=N fallback, 33-character 办理项编码 only, full-width digits",
        "home": HOME, "charset": "gb2312", "served_content_type": "text/html; charset=gb2312 (also in <META>)",
        "items": items,
    }
    headers = {"*.css": "text/css", "*.gif": "image/gif", "*.axd": "application/x-javascript",
               "*": "text/html; charset=gb2312"}
    return PortalBuild(site, headers, truth)


GIF_1PX = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
