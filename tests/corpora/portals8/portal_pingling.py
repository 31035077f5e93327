"""萍陵县人民政府 (pingling): a county government site published by a TRS-WCM-style CMS, in GBK.

The 办事指南 column has two sub-columns (个人办事, 法人办事). Their list pages are static files
(index.html, index_1.html, index_2.html …) but the pager between them exists only as a
``createPageHTML(n, i, "index", "html")`` call that document.writes its links; the home page's
热点办事 box links two guides of the second page. A guide is an article: title, 信息来源 (not
always the implementing body), then the editor body pasted from Word (MsoNormal paragraphs,
spans split inside words and numbers, ``<o:p>``), either as numbered section headings with
prose values or as a labelled MsoNormalTable followed by prose and a material table; a
相关链接 box and a footer that names the county's halls close every page.
"""

from __future__ import annotations

import re
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals8._common import GIF, esc, impl_code, portal, truth, usci

PID = "pingling"
CHARSET = "gbk"
REGION = "470325"
COUNTY = "萍陵县"

GA = usci(REGION, "00624311")  # 萍陵县公安局
MZ = usci(REGION, "00624328")  # 萍陵县民政局
RS = usci(REGION, "00624336")  # 萍陵县人力资源和社会保障局
ZR = usci(REGION, "00624344")  # 萍陵县自然资源局
SJ = usci(REGION, "00624360")  # 萍陵县市场监督管理局
WJ = usci(REGION, "00624379")  # 萍陵县卫生健康委员会
YB = usci(REGION, "00624387")  # 萍陵县医疗保障局
JT = usci(REGION, "00624395")  # 萍陵县交通运输局
TY = usci(REGION, "00624400")  # 萍陵县退役军人事务局
CL = usci(REGION, "00624418")  # 萍陵县残疾人联合会
ZJ = usci(REGION, "00624426")  # 萍陵县住房和城乡建设局

HALL = "萍陵县政务服务中心"
ONLINE = "/zwfw/wsbl/index.html?code="

NUM = "一二三四五六七八九十"


def cn(n: int) -> str:
    """0 -> 一, 9 -> 十, 10 -> 十一 …"""
    n += 1
    return NUM[n - 1] if n <= 10 else "十" + NUM[n - 11]


def guides() -> list[dict[str, Any]]:
    """Each guide: where it is listed, what its article prints, and beside it the truth typed by hand."""
    out: list[dict[str, Any]] = []

    def add(col: str, page: int, stamp: str, aid: str, title: str, source: str, fmt: str, rows: list[tuple[str, str]],
            mats: list[Any], flow: str, place: str, row: dict[str, Any], online: str | None = None,
            hot: bool = False) -> None:
        out.append({"col": col, "page": page, "stamp": stamp, "aid": aid, "title": title, "source": source, "fmt": fmt,
                    "rows": rows, "mats": mats, "flow": flow, "place": place, "online": online, "hot": hot,
                    "truth": row})

    def url(col: str, stamp: str, aid: str) -> str:
        return f"/zwfw/bszn/{col}/{stamp[:6]}/t{stamp}_{aid}.html"

    # ---- 个人办事 (grbs), page 1 ------------------------------------------------------------------
    c = impl_code(GA, "4", "000172009001", "00")
    add("grbs", 0, "20240312", "4410201", "居民身份证首次申领办事指南", "萍陵县公安局", "sections", [
        ("事项名称", "居民身份证首次申领"), ("事项编码", c), ("实施主体", "萍陵县公|安局"), ("行使层级", "县级"),
        ("办件类型", "承诺件"), ("法定办结时限", "60个工作日"), ("承诺办结时限", "20个工作日"),
        ("到办事现场次数", "2次"), ("办理形式", "窗口办理")],
        ["居民户口簿原件；", "申请人近期免冠彩色照片（可现场采集）；", "居民身份证申领登记表（现场填写）。"],
        "申请人到窗口提交材料并采集人像、指纹信息——民警审核——制证——申请人凭领证回执到窗口领取证件。",
        f"{HALL}一楼公安户政窗口（城关镇迎宾大道88号），户籍所在地派出所户籍室亦可受理。",
        truth(url=url("grbs", "20240312", "4410201"), name="居民身份证首次申领", code=c, dept="萍陵县公安局",
              levels="county", channels="counter", visits=2, statutory=60, promised=20, case="promised",
              materials=[("居民户口簿", "paper", False), ("近期免冠彩色照片", None, False),
                         ("居民身份证申领登记表", None, False)],
              locations=[(HALL, "county")]))

    c = impl_code(GA, "4", "000172009004", "00")
    add("grbs", 0, "20240312", "4410202", "临时居民身份证办理", "萍陵县公安局", "table", [
        ("事项名称", "临时居民身份证办理"), ("实施编码", c), ("实施主体", "萍陵县公安局"), ("行使层级", "县级"),
        ("办件类型", "即办件"), ("法定办结时限", "3个工作日"), ("承诺办结时限", "即办"), ("到现场次数", "1次"),
        ("办理形式", "窗口办理")],
        [("居民户口簿", "纸质", "原件1份", ""), ("临时居民身份证申领登记表", "纸质", "1份", "窗口领取")],
        "窗口受理后当场审核、制证并发证。",
        f"{HALL}一楼公安户政窗口。",
        truth(url=url("grbs", "20240312", "4410202"), name="临时居民身份证办理", code=c, dept="萍陵县公安局",
              levels="county", channels="counter", visits=1, statutory=3, promised=0, case="immediate",
              materials=[("居民户口簿", "paper", False), ("临时居民身份证申领登记表", "paper", False)],
              locations=[(HALL, "county")]))

    c = impl_code(MZ, "4", "000153002000", "00")
    add("grbs", 0, "20240408", "4417715", "最低生活保障申请办事指南", "萍陵县政务服务中心", "sections", [
        ("事项名称", "最低生活保障申请"), ("基本编码", "000153002000"), ("实施编码", c),
        ("实施机构", "萍陵县民政局"), ("行使层级", "县级"), ("办件类型", "承诺件"),
        ("承诺办结时限", "25个工作日（不含入户调查公示时间）"), ("到办事现场次数", "1次"), ("办理形式", "窗口办理")],
        ["户口簿复印件；", "家庭成员居民身份证复印件；", "最低生活保障申请书；", "家庭收入情况声明；",
         "残疾人证（家庭成员中有残疾人的提供）。"],
        "申请人向户籍所在地镇便民服务中心提出申请，镇人民政府入户调查并张榜公示后报县民政局审批。",
        "萍陵县城关镇便民服务中心、萍陵县桐坞镇便民服务中心（按户籍所在地受理）。",
        truth(url=url("grbs", "20240408", "4417715"), name="最低生活保障申请", code=c, basic="000153002000",
              dept="萍陵县民政局", levels="county town", channels="counter", visits=1, promised=25,
              case="promised",
              materials=[("户口簿", "paper", False), ("家庭成员居民身份证", "paper", False),
                         ("最低生活保障申请书", None, False), ("家庭收入情况声明", None, False),
                         ("残疾人证", None, False)],
              locations=[("萍陵县城关镇便民服务中心", "town"), ("萍陵县桐坞镇便民服务中心", "town")]))

    c = impl_code(RS, "4", "000136011000", "00")
    add("grbs", 0, "20240415", "4419032", "城乡居民基本养老保险参保登记", "萍陵县人力资源和社会保障局", "table", [
        ("事项名称", "城乡居民基本养老保险参保登记"), ("事项编码", c), ("实施主体", "萍陵县人力资源和社会保障局"),
        ("行使层级", "县级"), ("办件类型", "即办件"), ("承诺时限", "即办"), ("到现场次数", "1次"),
        ("网上办理深度", "Ⅲ级"), ("办理形式", "窗口办理、网上办理")],
        [("居民身份证", "纸质", "原件", "核验后退还"), ("户口簿", "纸质", "原件", ""),
         ("社会保障卡", "电子", "", "通过电子社保卡核验，免于提交")],
        "受理——审核——登记，当场办结。",
        f"{HALL}二楼社保窗口。",
        truth(url=url("grbs", "20240415", "4419032"), name="城乡居民基本养老保险参保登记", code=c,
              dept="萍陵县人力资源和社会保障局", levels="county", channels="counter online",
              entry=ONLINE + "RS0319", depth=3, visits=1, promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("户口簿", "paper", False),
                         ("社会保障卡", "electronic", True)],
              locations=[(HALL, "county")]), online=ONLINE + "RS0319")

    c = impl_code(YB, "4", "001215012000", "00")
    add("grbs", 0, "20240520", "4423861", "基本医疗保险参保人员异地就医备案", "萍陵县医疗保障局", "sections", [
        ("事项名称", "基本医疗保险参保人员异地就医备案"), ("事项编码", c), ("实施主体", "萍陵县医疗保障局"),
        ("行使层级", "县级"), ("办件类型", "即办件"), ("承诺办结时限", "即办"), ("到办事现场次数", "0次"),
        ("网上办理深度", "全程网办"), ("办理形式", "网上办理、窗口办理")],
        ["参保人员异地就医备案表；", "居民身份证或社会保障卡（二选一）。"],
        "网上申请——医保经办机构审核——备案成功（即时）。",
        "萍陵县医疗保障服务大厅（县城关镇健康路12号）。",
        truth(url=url("grbs", "20240520", "4423861"), name="基本医疗保险参保人员异地就医备案", code=c,
              dept="萍陵县医疗保障局", levels="county", channels="online counter", entry=ONLINE + "YB1202",
              depth=4, visits=0, promised=0, case="immediate",
              materials=[("参保人员异地就医备案表", None, False), ("居民身份证或社会保障卡", None, False)],
              locations=[("萍陵县医疗保障服务大厅", "county")]), online=ONLINE + "YB1202")

    # ---- 个人办事, page 2 ----------------------------------------------------------------------
    c = impl_code(MZ, "4", "000153018000", "00")
    add("grbs", 1, "20240603", "4428140", "内地居民结婚登记", "萍陵县民政局", "table", [
        ("事项名称", "内地居民结婚登记"), ("事项编码", c), ("实施主体", "萍陵县民政局"), ("办件类型", "即办件"),
        ("承诺办结时限", "即办"), ("到现场次数", "1次"), ("办理形式", "窗口办理")],
        [("男女双方居民身份证", "纸质", "原件", ""), ("男女双方户口簿", "纸质", "原件", ""),
         ("近期半身免冠合影照片", "纸质", "3张", "2寸"), ("申请结婚登记声明书", "纸质", "1份", "现场签署")],
        "男女双方共同到场——审查——登记——颁发结婚证，当场办结。",
        "萍陵县婚姻登记处（萍陵县民政局一楼，工作日上午8:30-12:00，下午14:30-17:30）。",
        truth(url=url("grbs", "20240603", "4428140"), name="内地居民结婚登记", code=c, dept="萍陵县民政局",
              levels="county", channels="counter", visits=1, promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("户口簿", "paper", False),
                         ("近期半身免冠合影照片", "paper", False), ("申请结婚登记声明书", "paper", False)],
              locations=[("萍陵县婚姻登记处", "county")]))

    c = impl_code(CL, "4", "000181001000", "00")
    add("grbs", 1, "20240611", "4429377", "残疾人证新办", "萍陵县残疾人联合会", "sections", [
        ("事项名称", "残疾人证新办"), ("事项编码", c), ("实施主体", "萍陵县残疾人联合会"), ("行使层级", "县级"),
        ("办件类型", "承诺件"), ("承诺办结时限", "１５个工作日"), ("到办事现场次数", "2次"), ("办理形式", "窗口办理")],
        ["居民户口簿原件及复印件；", "近期二寸免冠白底彩色照片；", "残疾评定表（由指定医疗机构出具）。"],
        "申请——指定医疗机构评定——县残联审核——制证发证。",
        f"{HALL}三楼残联窗口。",
        truth(url=url("grbs", "20240611", "4429377"), name="残疾人证新办", code=c, dept="萍陵县残疾人联合会",
              levels="county", channels="counter", visits=2, promised=15, case="promised",
              materials=[("居民户口簿", "paper", False), ("近期二寸免冠白底彩色照片", None, False),
                         ("残疾评定表", None, False)],
              locations=[(HALL, "county")]))

    c = impl_code(YB, "4", "001215003000", "00")
    add("grbs", 1, "20240612", "4429405", "城乡居民基本医疗保险参保登记", "萍陵县医疗保障局", "table", [
        ("事项名称", "城乡居民基本医疗保险参保登记"), ("事项编码", c), ("实施主体", "萍陵县医疗保障局"),
        ("行使层级", "县级"), ("办件类型", "即办件"), ("承诺办结时限", "即办"), ("到现场次数", "0次"),
        ("网上办理深度", "Ⅳ级（全程网办）"), ("办理形式", "网上办理、窗口办理")],
        [("居民身份证", "纸质、电子", "原件或扫描件", "")],
        "网上或窗口提交——审核——登记，即时办结。",
        "萍陵县医疗保障服务大厅，或萍陵县城关镇便民服务中心、萍陵县桐坞镇便民服务中心医保窗口。",
        truth(url=url("grbs", "20240612", "4429405"), name="城乡居民基本医疗保险参保登记", code=c,
              dept="萍陵县医疗保障局", levels="county town", channels="online counter", entry=ONLINE + "YB1203",
              depth=4, visits=0, promised=0, case="immediate",
              materials=[("居民身份证", "both", False)],
              locations=[("萍陵县医疗保障服务大厅", "county"), ("萍陵县城关镇便民服务中心", "town"),
                         ("萍陵县桐坞镇便民服务中心", "town")]), online=ONLINE + "YB1203", hot=True)

    c = impl_code(ZR, "4", "000173021000", "00")
    add("grbs", 1, "20240617", "4430118", "不动产登记资料查询", "萍陵县自然资源局", "sections", [
        ("事项名称", "不动产登记资料查询"), ("事项编码", c), ("实施主体", "萍陵县自然资源局"), ("行使层级", "县级"),
        ("办件类型", "即办件"), ("承诺办结时限", "即办"), ("到办事现场次数", "1次"), ("办理形式", "窗口办理、自助终端办理")],
        ["查询人居民身份证原件；", "不动产登记资料查询申请书。"],
        "申请——审核——出具查询结果，即时办结。",
        "萍陵县不动产登记中心（萍陵县城关镇文昌路9号）一楼查询窗口或大厅自助查询机。",
        truth(url=url("grbs", "20240617", "4430118"), name="不动产登记资料查询", code=c, dept="萍陵县自然资源局",
              levels="county", channels="counter self_service", visits=1, promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("不动产登记资料查询申请书", None, False)],
              locations=[("萍陵县不动产登记中心", "county")]), hot=True)

    c = impl_code(MZ, "4", "000153007000", "00")
    add("grbs", 1, "20240701", "4431266", "高龄津贴发放", "萍陵县民政局", "table", [
        ("事项名称", "高龄津贴发放"), ("事项编码", c), ("实施主体", "萍陵县民政局"), ("行使层级", "县级"),
        ("办件类型", "承诺件"), ("法定办结时限", "无"), ("承诺办结时限", "20个工作日"), ("办理形式", "窗口办理")],
        [("居民身份证", "纸质", "复印件1份", "老年人本人"), ("户口簿", "纸质", "复印件1份", ""),
         ("银行账户信息", "纸质", "复印件1份", "本人名下")],
        "村（社区）初审——镇便民服务中心审核——县民政局审批——按月发放。",
        "萍陵县城关镇便民服务中心、萍陵县桐坞镇便民服务中心；各村（社区）代办员可帮办。",
        truth(url=url("grbs", "20240701", "4431266"), name="高龄津贴发放", code=c, dept="萍陵县民政局",
              levels="county town", channels="counter", promised=20, case="promised",
              materials=[("居民身份证", "paper", False), ("户口簿", "paper", False),
                         ("银行账户信息", "paper", False)],
              locations=[("萍陵县城关镇便民服务中心", "town"), ("萍陵县桐坞镇便民服务中心", "town")]))

    # ---- 个人办事, page 3 ----------------------------------------------------------------------
    c = impl_code(RS, "4", "000136032000", "00")
    add("grbs", 2, "20240715", "4433502", "失业登记", "萍陵县人力资源和社会保障局", "sections", [
        ("事项名称", "失业登记"), ("事项编码", c), ("实施主体", "萍陵县人力资源和社会保障局"), ("行使层级", "县级"),
        ("办件类型", "即办件"), ("承诺办结时限", "即办"), ("到办事现场次数", "1次"), ("网上办理深度", "Ⅲ级"),
        ("办理形式", "窗口办理、网上办理")],
        ["居民身份证或社会保障卡原件；", "就业失业登记表。"],
        "申请——审核——登记，当场办结。",
        f"{HALL}二楼就业服务窗口。",
        truth(url=url("grbs", "20240715", "4433502"), name="失业登记", code=c,
              dept="萍陵县人力资源和社会保障局", levels="county", channels="counter online",
              entry=ONLINE + "RS0332", depth=3, visits=1, promised=0, case="immediate",
              materials=[("居民身份证或社会保障卡", "paper", False), ("就业失业登记表", None, False)],
              locations=[(HALL, "county")], link_only_in_script=True), online=ONLINE + "RS0332")

    c = impl_code(TY, "4", "000182004000", "00")
    add("grbs", 2, "20240722", "4434019", "退役士兵自主就业一次性经济补助金发放", "萍陵县退役军人事务局", "table", [
        ("事项名称", "退役士兵自主就业一次性经济补助金发放"), ("事项编码", c), ("实施主体", "萍陵县退役军人事务局"),
        ("行使层级", "县级"), ("办件类型", "承诺件"), ("承诺办结时限", "10个工作日"), ("到现场次数", "1次"),
        ("办理形式", "窗口办理")],
        [("退出现役证", "纸质", "原件及复印件", ""), ("居民身份证", "纸质", "复印件", ""),
         ("银行卡", "纸质", "复印件", "本人一类账户")],
        "受理——审核——发放。",
        f"{HALL}三楼退役军人服务窗口。",
        truth(url=url("grbs", "20240722", "4434019"), name="退役士兵自主就业一次性经济补助金发放", code=c,
              dept="萍陵县退役军人事务局", levels="county", channels="counter", visits=1, promised=10,
              case="promised",
              materials=[("退出现役证", "paper", False), ("居民身份证", "paper", False), ("银行卡", "paper", False)],
              locations=[(HALL, "county")], link_only_in_script=True))

    # ---- 法人办事 (frbs), page 1 ----------------------------------------------------------------
    c = impl_code(SJ, "4", "000118006000", "00")
    add("frbs", 0, "20240305", "4408810", "食品经营许可（新办）", "萍陵县行政审批局", "table", [
        ("事项名称", "食品经营许可（新办）"), ("事项编码", c), ("实施主体", "萍陵县市场监督管理局"),
        ("行使层级", "县级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"), ("承诺办结时限", "5个工作日"),
        ("到现场次数", "0次"), ("网上办理深度", "Ⅳ级"), ("办理形式", "窗口办理、网上办理、快递申请")],
        [("食品经营许可申请书", "纸质、电子", "1份", ""), ("营业执照", "电子", "", "通过电子证照库调取，免提交"),
         ("与食品经营相适应的主要设备设施布局、操作流程等文件", "纸质", "1份", ""),
         ("食品安全自查、从业人员健康管理等食品安全管理制度", "纸质", "1份", "")],
        "申请——受理——审查（必要时现场核查）——决定——送达。",
        f"{HALL}一楼市场准入综合窗口（萍陵县城关镇迎宾大道88号）。",
        truth(url=url("frbs", "20240305", "4408810"), name="食品经营许可（新办）", code=c, dept="萍陵县市场监督管理局",
              levels="county", channels="counter online post", entry=ONLINE + "SJ0106", depth=4, visits=0,
              statutory=20, promised=5, case="promised",
              materials=[("食品经营许可申请书", "both", False), ("营业执照", "electronic", True),
                         ("与食品经营相适应的主要设备设施布局、操作流程等文件", "paper", False),
                         ("食品安全自查、从业人员健康管理等食品安全管理制度", "paper", False)],
              locations=[(HALL, "county")]), online=ONLINE + "SJ0106")

    c = impl_code(WJ, "4", "000117014000", "00")
    add("frbs", 0, "20240318", "4411203", "公共场所卫生许可（新办）", "萍陵县卫生健康委员会", "sections", [
        ("事项名称", "公共场所卫生许可（新办）"), ("事项编码", c), ("实施主体", "萍陵县卫生健康委员会"),
        ("行使层级", "县级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"), ("承诺办结时限", "3个工作日"),
        ("到办事现场次数", "1次"), ("办理形式", "窗口办理")],
        ["公共场所卫生许可申请表原件；", "法定代表人或者负责人身份证明复印件；", "公共场所卫生管理制度；",
         "公共场所平面布局图。"],
        "受理——现场审查——审批——发证。",
        f"{HALL}一楼卫健窗口。",
        truth(url=url("frbs", "20240318", "4411203"), name="公共场所卫生许可（新办）", code=c,
              dept="萍陵县卫生健康委员会", levels="county", channels="counter", visits=1, statutory=20, promised=3,
              case="promised",
              materials=[("公共场所卫生许可申请表", "paper", False),
                         ("法定代表人或者负责人身份证明", "paper", False), ("公共场所卫生管理制度", None, False),
                         ("公共场所平面布局图", None, False)],
              locations=[(HALL, "county")]))

    c = impl_code(ZR, "4", "000173007000", "00")
    add("frbs", 0, "20240326", "4412970", "建设工程规划许可证核发", "萍陵县自然资源局", "table", [
        ("事项名称", "建设工程规划许可证核发"), ("事项编码", c), ("实施主体", "萍陵县自然资源局"), ("行使层级", "县级"),
        ("办件类型", "联办件"), ("法定办结时限", "20个工作日"), ("承诺办结时限", "10个工作日"), ("到现场次数", "1次"),
        ("办理形式", "窗口办理")],
        [("建设工程规划许可申请表", "纸质", "原件1份", ""), ("建设项目用地批准文件", "纸质", "复印件1份", ""),
         ("建设工程设计方案", "纸质、电子", "1套", "")],
        "受理——审查——批前公示——决定——发证。",
        f"{HALL}二楼工程建设项目审批综合窗口。",
        truth(url=url("frbs", "20240326", "4412970"), name="建设工程规划许可证核发", code=c, dept="萍陵县自然资源局",
              levels="county", channels="counter", visits=1, statutory=20, promised=10, case="other",
              materials=[("建设工程规划许可申请表", "paper", False), ("建设项目用地批准文件", "paper", False),
                         ("建设工程设计方案", "both", False)],
              locations=[(HALL, "county")]))

    c = impl_code(JT, "4", "000120019000", "00")
    add("frbs", 0, "20240402", "4413388", "道路货物运输经营许可", "萍陵县交通运输局", "sections", [
        ("事项名称", "道路货物运输经营许可"), ("事项编码", c), ("实施主体", "萍陵县交通运输局"), ("行使层级", "县级"),
        ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"), ("承诺办结时限", "5个工作日"),
        ("到办事现场次数", "1次"), ("办理形式", "窗口办理、网上办理")],
        ["道路货物运输经营申请表；", "负责人身份证明复印件；", "安全生产管理制度文本；", "拟投入车辆承诺书。"],
        "申请——受理——审查——决定——发证。",
        f"{HALL}一楼交通运输窗口。",
        truth(url=url("frbs", "20240402", "4413388"), name="道路货物运输经营许可", code=c, dept="萍陵县交通运输局",
              levels="county", channels="counter online", entry=ONLINE + "JT2019", visits=1, statutory=20,
              promised=5, case="promised",
              materials=[("道路货物运输经营申请表", None, False), ("负责人身份证明", "paper", False),
                         ("安全生产管理制度文本", None, False), ("拟投入车辆承诺书", None, False)],
              locations=[(HALL, "county")]), online=ONLINE + "JT2019")

    c = impl_code(SJ, "4", "000118001000", "00")
    add("frbs", 0, "20240410", "4414502", "个体工商户设立登记", "萍陵县行政审批局", "table", [
        ("事项名称", "个体工商户设立登记"), ("事项编码", c), ("实施主体", "萍陵县市场监督管理局"),
        ("行使层级", "县级、镇级"), ("办件类型", "即办件"), ("法定办结时限", "15个工作日"), ("承诺办结时限", "即办"),
        ("到现场次数", "0次"), ("网上办理深度", "Ⅳ级"), ("办理形式", "网上办理、窗口办理")],
        [("个体工商户登记（备案）申请书", "纸质、电子", "1份", ""), ("经营者身份证明", "纸质", "复印件1份", ""),
         ("经营场所使用证明", "纸质", "复印件1份", "")],
        "申请——受理——核准——发照，当场办结。",
        f"{HALL}一楼市场准入综合窗口，或萍陵县城关镇便民服务中心、萍陵县桐坞镇便民服务中心。",
        truth(url=url("frbs", "20240410", "4414502"), name="个体工商户设立登记", code=c, dept="萍陵县市场监督管理局",
              levels="county town", channels="online counter", entry=ONLINE + "SJ0101", depth=4, visits=0,
              statutory=15, promised=0, case="immediate",
              materials=[("个体工商户登记（备案）申请书", "both", False), ("经营者身份证明", "paper", False),
                         ("经营场所使用证明", "paper", False)],
              locations=[(HALL, "county"), ("萍陵县城关镇便民服务中心", "town"),
                         ("萍陵县桐坞镇便民服务中心", "town")]), online=ONLINE + "SJ0101")

    # ---- 法人办事, page 2 ----------------------------------------------------------------------
    c = impl_code(SJ, "4", "000118011000", "00")
    add("frbs", 1, "20240508", "4421730", "药品零售企业经营许可", "萍陵县市场监督管理局", "sections", [
        ("事项名称", "药品零售企业经营许可"), ("事项编码", c), ("实施主体", "萍陵县市场监督管理局"),
        ("行使层级", "县级"), ("办件类型", "承诺件"), ("法定办结时限", "30个工作日"), ("承诺办结时限", "15个工作日"),
        ("到办事现场次数", "1次"), ("办理形式", "窗口办理")],
        ["药品经营许可证申请表；", "企业负责人、质量负责人学历证明复印件；", "执业药师注册证复印件；",
         "经营场所、仓库平面布置图。"],
        "受理——资料审查——现场检查——决定——发证。",
        f"{HALL}一楼市场准入综合窗口。",
        truth(url=url("frbs", "20240508", "4421730"), name="药品零售企业经营许可", code=c, dept="萍陵县市场监督管理局",
              levels="county", channels="counter", visits=1, statutory=30, promised=15, case="promised",
              materials=[("药品经营许可证申请表", None, False), ("企业负责人、质量负责人学历证明", "paper", False),
                         ("执业药师注册证", "paper", False), ("经营场所、仓库平面布置图", None, False)],
              locations=[(HALL, "county")], link_only_in_script=True))

    c = impl_code(ZJ, "4", "000174003000", "00")
    add("frbs", 1, "20240514", "4422068", "建筑工程施工许可证核发", "萍陵县住房和城乡建设局", "table", [
        ("事项名称", "建筑工程施工许可证核发"), ("事项编码", c), ("实施主体", "萍陵县住房和城乡建设局"),
        ("行使层级", "县级"), ("办件类型", "承诺件"), ("法定办结时限", "15个工作日"), ("承诺办结时限", "3个工作日"),
        ("到现场次数", "0次"), ("网上办理深度", "Ⅳ级"), ("办理形式", "网上办理")],
        [("建筑工程施工许可申请表", "电子", "", ""), ("建设工程规划许可证", "电子", "", "系统共享，免提交"),
         ("施工合同", "电子", "扫描件", "")],
        "网上申请——受理——审查——决定，证照电子送达。",
        "本事项全程网上办理，无需到窗口。咨询地点：萍陵县政务服务中心二楼工程建设项目审批综合窗口。",
        truth(url=url("frbs", "20240514", "4422068"), name="建筑工程施工许可证核发", code=c,
              dept="萍陵县住房和城乡建设局", levels="county", channels="online", entry=ONLINE + "ZJ0403", depth=4,
              visits=0, statutory=15, promised=3, case="promised",
              materials=[("建筑工程施工许可申请表", "electronic", False), ("建设工程规划许可证", "electronic", True),
                         ("施工合同", "electronic", False)],
              locations=[], link_only_in_script=True), online=ONLINE + "ZJ0403")

    c = impl_code(RS, "4", "000136045000", "00")
    add("frbs", 1, "20240520", "4423001", "经营性人力资源服务机构从事职业中介活动许可", "萍陵县人力资源和社会保障局", "sections", [
        ("事项名称", "经营性人力资源服务机构从事职业中介活动许可"), ("事项编码", c),
        ("实施主体", "萍陵县人力资源和社会保障局"), ("行使层级", "县级"), ("办件类型", "承诺件"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "8个工作日"), ("到办事现场次数", "1次"), ("办理形式", "窗口办理")],
        ["人力资源服务许可申请书；", "营业执照复印件；", "专职工作人员学历证明复印件；", "经营场所使用证明。"],
        "受理——审查——决定——送达。",
        f"{HALL}二楼人社综合窗口。",
        truth(url=url("frbs", "20240520", "4423001"), name="经营性人力资源服务机构从事职业中介活动许可", code=c,
              dept="萍陵县人力资源和社会保障局", levels="county", channels="counter", visits=1, statutory=20,
              promised=8, case="promised",
              materials=[("人力资源服务许可申请书", None, False), ("营业执照", "paper", False),
                         ("专职工作人员学历证明", "paper", False), ("经营场所使用证明", None, False)],
              locations=[(HALL, "county")], link_only_in_script=True))

    # page-3 / page-2 guides not reached by plain links are the ones marked above; the page-2 guides of
    # 个人办事 that the home page's 热点办事 box does not link are also script-only:
    for g in out:
        if g["col"] == "grbs" and g["page"] == 1 and not g["hot"]:
            g["truth"]["link_only_in_script"] = True
    return out


# --- markup ------------------------------------------------------------------------------------------

def spans(text: str, font: str = "仿宋_GB2312") -> str:
    """Word's runs: ASCII runs in lang=EN-US spans, '|' marks a run break inside a word."""
    out = []
    for part in text.split("|"):
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", part):
            if run.isascii():
                out.append(f'<span lang="EN-US" style="font-size:16.0pt;font-family:{font}">{esc(run)}</span>')
            else:
                out.append(f'<span style="font-size:16.0pt;font-family:{font};mso-ascii-font-family:\'Times New Roman\'">'
                           f'{esc(run).replace(chr(0xa0), "&nbsp;")}</span>')
    return "".join(out)


def para(text: str, indent: bool = True, bold: bool = False, font: str = "仿宋_GB2312") -> str:
    style = "text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly" if indent else "line-height:28.0pt"
    inner = spans(text, font)
    if bold:
        inner = f"<b>{inner}</b>"
    return (f'<p class="MsoNormal" style="{style}">{inner}<span lang="EN-US" style="font-size:16.0pt">'
            f'<o:p></o:p></span></p>')


def cell(text: str, width: int) -> str:
    return (f'<td width="{width}" valign="top" style="width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;'
            f'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center">'
            f'{spans(text)}<span lang="EN-US"><o:p></o:p></span></p></td>')


def plain(text: str) -> str:
    return text.replace("|", "")


def article_body(g: dict[str, Any]) -> str:
    parts = []
    if g["fmt"] == "sections":
        n = 0
        for label, value in g["rows"]:
            parts.append(para(f"{cn(n)}、{label}", indent=True, bold=True, font="黑体"))
            parts.append(para(value))
            n += 1
        parts.append(para(f"{cn(n)}、申请材料", bold=True, font="黑体"))
        for i, mat in enumerate(g["mats"], 1):
            parts.append(para(f"{i}．&nbsp;{mat}".replace("&nbsp;", "\u00a0")))
        n += 1
        parts.append(para(f"{cn(n)}、办理流程", bold=True, font="黑体"))
        parts.append(para(g["flow"]))
        n += 1
        parts.append(para(f"{cn(n)}、办理地点", bold=True, font="黑体"))
        parts.append(para(g["place"]))
        if g["online"]:
            n += 1
            parts.append(para(f"{cn(n)}、网上办理", bold=True, font="黑体"))
            parts.append(f'<p class="MsoNormal" style="text-indent:32.0pt"><a href="{g["online"]}" target="_blank">'
                         f'{spans("萍陵县网上办事大厅（点击进入在线办理）")}</a></p>')
    else:
        rows = g["rows"]
        trs = []
        for i in range(0, len(rows), 2):
            pair = rows[i:i + 2]
            tds = "".join(cell(label, 110) + cell(value, 220) for label, value in pair)
            if len(pair) == 1:
                tds = cell(pair[0][0], 110) + cell(pair[0][1], 220).replace("<td ", '<td colspan="3" ', 1)
            trs.append(f"<tr>{tds}</tr>")
        parts.append(para("基本信息", indent=False, bold=True, font="黑体"))
        parts.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
                     'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">'
                     + "".join(trs) + "</table>")
        parts.append(para("申请材料", indent=False, bold=True, font="黑体"))
        head = "".join(cell(h, w) for h, w in (("序号", 40), ("材料名称", 260), ("材料形式", 90), ("份数", 90), ("备注", 160)))
        body = "".join("<tr>" + cell(str(i), 40) + cell(name, 260) + cell(form, 90) + cell(copies, 90) + cell(note, 160)
                       + "</tr>" for i, (name, form, copies, note) in enumerate(g["mats"], 1))
        parts.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
                     f'style="border-collapse:collapse"><tr>{head}</tr>{body}</table>')
        parts.append(para("办理流程：" + g["flow"]))
        parts.append(para("办理地点：" + g["place"]))
        if g["online"]:
            parts.append(f'<p class="MsoNormal" style="text-indent:32.0pt">{spans("网上办理：")}'
                         f'<a href="{g["online"]}" target="_blank">{spans("在线办理")}</a></p>')
    parts.append(para("咨询电话：0797-6123456；监督电话：0797-6123000。"))
    return "\n".join(parts)


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta name="SiteName" content="萍陵县人民政府" />
<meta name="ColumnName" content="{column}" />
<title>{title}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/page.js"></script>
</head>
<body>
<div class="top"><h1>萍陵县人民政府</h1></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="w1000">
"""

FOOT = """</div>
<div class="footer">
<p>主办：萍陵县人民政府办公室　承办：萍陵县政务服务中心　技术支持：萍陵县大数据中心</p>
<p>萍陵县政务服务中心地址：萍陵县城关镇迎宾大道88号　工作时间：周一至周五 8:30-12:00　14:30-17:30</p>
<p>网站标识码：4703250001　备案号：汀ICP备05001234号</p>
</div>
</body>
</html>
"""


def page(column: str, title: str, body: str) -> bytes:
    return (HEAD.format(column=column, title=esc(title)) + body + FOOT).encode(CHARSET)


COLS = {"grbs": "个人办事", "frbs": "法人办事"}
PAGE_SIZE = 5


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gs = guides()
    files: dict[str, bytes] = {
        "images/page.js": asset_text(__file__, "pingling/page.js").encode(CHARSET),
        "images/style.css": asset_text(__file__, "pingling/style.css").encode(CHARSET),
        "images/banner.gif": GIF,
        "headers.json": b'{"*.html": "text/html", "/": "text/html", "*/": "text/html"}\n',
    }
    hot = [g for g in gs if g["hot"]]
    news = "".join(f"<li><a href=\"/zwgk/tzgg/\">{t}</a></li>" for t in (
        "萍陵县政务服务中心五一假期窗口值班安排", "关于开展“办事不找关系”专项行动的通知"))
    hot_links = "".join(f'<li><a href="{g["truth"]["url"]}" target="_blank">{esc(g["title"])}</a></li>' for g in hot)
    files["index.html"] = page("首页", "萍陵县人民政府", f"""<img src="/images/banner.gif" alt="萍陵县人民政府" width="1000" height="1" />
<div class="box"><h3>通知公告</h3><ul class="list">{news}</ul></div>
<div class="box"><h3>热点办事</h3><ul class="list">{hot_links}</ul>
<a href="/zwfw/">更多服务&gt;&gt;</a></div>
""")
    files["zwgk/index.html"] = page("政务公开", "政务公开", '<div class="position">当前位置：<a href="/">首页</a> &gt; 政务公开</div>'
                                    '<ul class="list"><li><a href="/zwgk/tzgg/">通知公告</a></li></ul>')
    files["zwgk/tzgg/index.html"] = page("通知公告", "通知公告", '<div class="position">当前位置：<a href="/">首页</a> &gt; '
                                         '<a href="/zwgk/">政务公开</a> &gt; 通知公告</div><p>五一假期期间，萍陵县政务服务中心'
                                         '安排值班窗口，急办事项请拨打0797-6123456预约。</p>')
    files["hdjl/index.html"] = page("互动交流", "互动交流", '<div class="position">当前位置：<a href="/">首页</a> &gt; 互动交流'
                                    '</div><p>县长信箱、在线咨询请通过汀州省政务服务网提交。</p>')
    files["zwfw/index.html"] = page("政务服务", "政务服务", """<div class="position">当前位置：<a href="/">首页</a> &gt; 政务服务</div>
<ul class="list"><li><a href="/zwfw/bszn/grbs/">办事指南·个人办事</a></li><li><a href="/zwfw/bszn/frbs/">办事指南·法人办事</a></li></ul>
""")
    files["zwfw/wsbl/index.html"] = page("网上办事大厅", "萍陵县网上办事大厅", """<div class="position">当前位置：<a href="/">首页</a> &gt; 网上办事大厅</div>
<p>请使用汀州省政务服务网统一身份认证账号登录后办理。</p><form action="/zwfw/wsbl/index.html" method="get"><input name="code" type="hidden" />
<input type="submit" value="登录" /></form>
""")
    for col, cname in COLS.items():
        in_col = [g for g in gs if g["col"] == col]
        pages = max(g["page"] for g in in_col) + 1
        for p in range(pages):
            rows = []
            for g in in_col:
                if g["page"] != p:
                    continue
                stamp = g["stamp"]
                rows.append(f'<li><a href="{g["truth"]["url"]}" target="_blank" title="{esc(g["title"])}">'
                            f'{esc(g["title"])}</a><span>{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}</span></li>')
            body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; {cname}</div>\n'
                    f'<ul class="list">\n' + "\n".join(rows) + "\n</ul>\n"
                    f'<div class="page"><script type="text/javascript">\nvar countPage = {pages}//共多少页\n'
                    f'createPageHTML(countPage, {p}, "index", "html");\n</script></div>\n')
            name = "index.html" if p == 0 else f"index_{p}.html"
            files[f"zwfw/bszn/{col}/{name}"] = page(cname, cname, body)
        first_page = [g for g in in_col if g["page"] == 0]
        for g in in_col:
            related = [o for o in first_page if o is not g][:3]
            rel = "".join(f'<li><a href="{o["truth"]["url"]}">{esc(o["title"])}</a></li>' for o in related)
            stamp = g["stamp"]
            body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; '
                    f'<a href="/zwfw/bszn/{col}/">{cname}</a></div>\n<div class="article">\n<h1>{esc(g["title"])}</h1>\n'
                    f'<div class="info">发布时间：{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}　信息来源：{g["source"]}　'
                    f'【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> '
                    f'<a href="javascript:void(0)">小</a>】</div>\n<div class="TRS_Editor"><div class="Section0">\n'
                    + article_body(g) + '\n</div></div>\n'
                    f'<div class="xglj"><h4>相关链接</h4><ul>{rel}</ul></div>\n</div>\n')
            files[g["truth"]["url"].lstrip("/")] = page(cname, g["title"], body)
    items = [g["truth"] for g in gs]
    for g in gs:  # the page prints what the truth states: names, not the run breaks
        assert plain(g["rows"][0][1]) == g["truth"]["name"], g["title"]
    return files, portal(PID, "萍陵县人民政府", "/", CHARSET, "TRS-WCM county site, GBK, document.write pager", items)
