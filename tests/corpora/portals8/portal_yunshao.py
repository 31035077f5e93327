"""云韶市一网通办 (yunshao): a provincial 一网通办 city channel, a single-page app.

Neither the catalogue nor a guide exists in the HTML: ``index.html`` and
``guide/detail.html`` are the same empty shell and one script. On the home page it fetches
``/api/v1/catalog/page?pageNo=N&pageSize=6`` and appends six guides per click of 加载更多 (the
first page is loaded at once; the other three need the button); on ``guide/detail.html?taskId=…``
it fetches ``/api/v1/task/detail?taskId=…`` and draws the guide. The detail JSON mixes a
label/value array (``baseInfo``, values as the vendor typed them: 三个工作日, 5(工作日), 即时办结,
visits as a bare number under a label that carries the unit) with the national platform's
field codes that the script maps to words (``HANDLE_TYPE`` 1^2^3^4, ``WBSD_LEVEL`` 1–4,
``MATERIAL_FORMAT`` 1–3, ``IS_FREE``), an optional step list and a lobby list. Every guide has a
预约办理 button (a booking, not the online channel) and a 热门事项 box of other guides with tags.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals8._common import impl_code, json_bytes, portal, truth, usci

PID = "yunshao"
REGION = "470100"
PAGE_SIZE = 6

DEPTS = {  # key: (name, short name in the catalogue, USCI)
    "GA": ("云韶市公安局", "市公安局", usci(REGION, "01520117")),
    "SJ": ("云韶市市场监督管理局", "市市场监管局", usci(REGION, "01520125")),
    "GJJ": ("云韶市住房公积金管理中心", "市公积金中心", usci(REGION, "01520133")),
    "RS": ("云韶市人力资源和社会保障局", "市人社局", usci(REGION, "01520141")),
    "JT": ("云韶市交通运输局", "市交通运输局", usci(REGION, "01520168")),
    "HB": ("云韶市生态环境局", "市生态环境局", usci(REGION, "01520176")),
    "ZR": ("云韶市自然资源和规划局", "市自然资源和规划局", usci(REGION, "01520184")),
    "WJ": ("云韶市卫生健康委员会", "市卫健委", usci(REGION, "01520192")),
    "CG": ("云韶市城市管理局", "市城管局", usci(REGION, "01520205")),
    "WL": ("云韶市文化广电旅游局", "市文广旅局", usci(REGION, "01520213")),
    "HTSJ": ("云韶市鹤汀区市场监督管理局", "鹤汀区市场监管局", usci("470102", "01520221")),
}

CENTER = ("云韶市政务服务中心", "云韶市凤鸣大道1号市民中心B座")
HT = ("云韶市鹤汀区政务服务中心", "鹤汀区汀兰路99号")
GJJ_HALL = ("云韶市住房公积金管理中心服务大厅", "云韶市解放路58号")
BDC = ("云韶市不动产登记中心", "云韶市凤鸣大道1号市民中心C座")
CGS = ("云韶市车辆管理所", "云韶市北环路300号")


def guides() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(tid: str, dept: str, name: str, code: str, base: list[tuple[str, str]], handle: str, wbsd: str,
            entry: str | None, mats: list[tuple[str, str, str, str, str]], lobbies: list[tuple[str, str]],
            row: dict[str, Any], steps: list[tuple[str, str, str]] | tuple[()] = ()) -> None:
        assert row["url"] == f"/guide/detail.html?taskId={tid}" and row["name"] == name
        out.append({"tid": tid, "dept": dept, "name": name, "code": code, "base": base, "handle": handle, "wbsd": wbsd,
                    "entry": entry, "mats": mats, "lobbies": lobbies, "steps": list(steps), "truth": row})

    def u(tid: str) -> str:
        return f"/guide/detail.html?taskId={tid}"

    def apply(tid: str) -> str:
        return f"/ywtb/apply.html?taskId={tid}"

    d = DEPTS["GJJ"][2]
    c = impl_code(d, "3", "001211001000")
    add("YS2024001", "GJJ", "住房公积金个人账户设立", c, [
        ("事项类型", "公共服务"), ("行使层级", "市级"), ("办件类型", "即办件"), ("承诺办结时限", "即时办结"),
        ("到办事现场次数（次）", "0")], "2^1", "4", apply("YS2024001"),
        [("居民身份证", "2", "", "1", "电子证照"), ("劳动合同", "3", "1份", "0", "")],
        [GJJ_HALL],
        truth(url=u("YS2024001"), name="住房公积金个人账户设立", code=c, dept="云韶市住房公积金管理中心", levels="city",
              channels="online counter", entry=apply("YS2024001"), depth=4, visits=0, promised=0, case="immediate",
              materials=[("居民身份证", "electronic", True), ("劳动合同", "both", False)],
              locations=[(GJJ_HALL[0], "city")]))

    c = impl_code(d, "3", "001211004000", "01")
    add("YS2024002", "GJJ", "住房公积金提取（购买自住住房）", c, [
        ("事项类型", "公共服务"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("承诺办结时限", "三个工作日"),
        ("到办事现场次数（次）", "1")], "1^2", "3", apply("YS2024002"),
        [("购房合同", "1", "原件1份", "0", ""), ("购房发票", "1", "原件1份", "0", ""), ("居民身份证", "1", "原件1份", "0", "")],
        [GJJ_HALL],
        truth(url=u("YS2024002"), name="住房公积金提取（购买自住住房）", code=c, dept="云韶市住房公积金管理中心",
              levels="city", channels="counter online", entry=apply("YS2024002"), depth=3, visits=1, promised=3,
              case="promised",
              materials=[("购房合同", "paper", False), ("购房发票", "paper", False), ("居民身份证", "paper", False)],
              locations=[(GJJ_HALL[0], "city")]))

    d = DEPTS["GA"][2]
    c = impl_code(d, "3", "000172040000")
    add("YS2024003", "GA", "机动车驾驶证期满换证", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "即办件"), ("法定办结时限", "1个工作日"),
        ("承诺办结时限", "即时办结"), ("到办事现场次数（次）", "1")], "1^2^4", "3", apply("YS2024003"),
        [("居民身份证", "1", "原件", "0", ""), ("机动车驾驶人身体条件证明", "2", "", "1", "医疗机构联网上传")],
        [CGS, HT],
        truth(url=u("YS2024003"), name="机动车驾驶证期满换证", code=c, dept="云韶市公安局", levels="city county",
              channels="counter online self_service", entry=apply("YS2024003"), depth=3, visits=1, statutory=1,
              promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("机动车驾驶人身体条件证明", "electronic", True)],
              locations=[(CGS[0], "city"), (HT[0], "county")]))

    c = impl_code(d, "3", "000172036000")
    add("YS2024004", "GA", "机动车注册登记", c, [
        ("事项类型", "行政确认"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "5(工作日)"),
        ("承诺办结时限", "1(工作日)"), ("到办事现场次数（次）", "1")], "1", "",
        None,
        [("机动车登记申请表", "1", "原件", "0", ""), ("购车发票", "1", "原件", "0", ""),
         ("机动车整车出厂合格证明", "1", "原件", "0", ""), ("机动车交通事故责任强制保险凭证", "2", "", "1", "系统联网核查")],
        [CGS],
        truth(url=u("YS2024004"), name="机动车注册登记", code=c, dept="云韶市公安局", levels="city", channels="counter",
              visits=1, statutory=5, promised=1, case="promised",
              materials=[("机动车登记申请表", "paper", False), ("购车发票", "paper", False),
                         ("机动车整车出厂合格证明", "paper", False),
                         ("机动车交通事故责任强制保险凭证", "electronic", True)],
              locations=[(CGS[0], "city")]))

    d = DEPTS["SJ"][2]
    c = impl_code(d, "3", "000118002000")
    add("YS2024005", "SJ", "企业设立登记", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "15个工作日"),
        ("承诺办结时限", "一个工作日"), ("到办事现场次数（次）", "0")], "1^2^3", "4", apply("YS2024005"),
        [("公司登记（备案）申请书", "3", "1份", "0", ""), ("公司章程", "3", "1份", "0", ""),
         ("股东主体资格证明", "1", "复印件1份", "0", ""), ("住所使用证明", "1", "复印件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024005"), name="企业设立登记", code=c, dept="云韶市市场监督管理局", levels="city",
              channels="counter online post", entry=apply("YS2024005"), depth=4, visits=0, statutory=15, promised=1,
              case="promised",
              materials=[("公司登记（备案）申请书", "both", False), ("公司章程", "both", False),
                         ("股东主体资格证明", "paper", False), ("住所使用证明", "paper", False)],
              locations=[(CENTER[0], "city")]))

    d = DEPTS["HTSJ"][2]
    c = impl_code(d, "4", "000118003000")
    add("YS2024006", "HTSJ", "企业名称变更登记", c, [
        ("事项类型", "行政许可"), ("行使层级", "县级"), ("办件类型", "即办件"), ("承诺办结时限", "即时办结"),
        ("到办事现场次数（次）", "0")], "1^2", "4", apply("YS2024006"),
        [("企业变更登记申请书", "3", "1份", "0", ""), ("股东会决议", "2", "", "0", ""),
         ("营业执照", "2", "", "1", "电子营业执照")],
        [HT],
        truth(url=u("YS2024006"), name="企业名称变更登记", code=c, dept="云韶市鹤汀区市场监督管理局", levels="county",
              channels="counter online", entry=apply("YS2024006"), depth=4, visits=0, promised=0, case="immediate",
              materials=[("企业变更登记申请书", "both", False), ("股东会决议", "electronic", False),
                         ("营业执照", "electronic", True)],
              locations=[(HT[0], "county")]))

    d = DEPTS["RS"][2]
    c = impl_code(d, "3", "000136041000")
    add("YS2024007", "RS", "失业保险金申领", c, [
        ("事项类型", "行政给付"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("到办事现场次数（次）", "0")],
        "1^2", "4", apply("YS2024007"),
        [("居民身份证或社会保障卡", "3", "", "0", ""), ("解除或终止劳动关系证明", "2", "", "1", "单位网上备案")],
        [CENTER],
        truth(url=u("YS2024007"), name="失业保险金申领", code=c, dept="云韶市人力资源和社会保障局", levels="city",
              channels="counter online", entry=apply("YS2024007"), depth=4, visits=0, promised=5, case="promised",
              materials=[("居民身份证或社会保障卡", "both", False), ("解除或终止劳动关系证明", "electronic", True)],
              locations=[(CENTER[0], "city")]),
        steps=[("受理", "即时", "材料齐全"), ("审核", "3个工作日", "核定待遇"), ("发放", "2个工作日", "发放至社会保障卡")])

    c = impl_code(d, "3", "000136075000")
    add("YS2024008", "RS", "就业见习补贴申领", c, [
        ("事项类型", "行政给付"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("承诺办结时限", "10个工作日"),
        ("到办事现场次数（次）", "1")], "1", "", None,
        [("就业见习补贴申请表", "1", "原件1份", "0", ""), ("见习人员花名册", "1", "原件1份", "0", ""),
         ("见习协议", "1", "复印件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024008"), name="就业见习补贴申领", code=c, dept="云韶市人力资源和社会保障局", levels="city",
              channels="counter", visits=1, promised=10, case="promised",
              materials=[("就业见习补贴申请表", "paper", False), ("见习人员花名册", "paper", False),
                         ("见习协议", "paper", False)],
              locations=[(CENTER[0], "city")]))

    d = DEPTS["JT"][2]
    c = impl_code(d, "3", "000120031000")
    add("YS2024009", "JT", "道路运输从业人员从业资格证补发", c, [
        ("事项类型", "公共服务"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "十个工作日"),
        ("承诺办结时限", "三个工作日"), ("到办事现场次数（次）", "1")], "1^2", "3", apply("YS2024009"),
        [("从业资格证补发申请表", "3", "1份", "0", ""), ("居民身份证", "1", "原件", "0", "")],
        [CENTER],
        truth(url=u("YS2024009"), name="道路运输从业人员从业资格证补发", code=c, dept="云韶市交通运输局", levels="city",
              channels="counter online", entry=apply("YS2024009"), depth=3, visits=1, statutory=10, promised=3,
              case="promised",
              materials=[("从业资格证补发申请表", "both", False), ("居民身份证", "paper", False)],
              locations=[(CENTER[0], "city")]))

    c = impl_code(d, "3", "000120044000")
    add("YS2024010", "JT", "巡游出租汽车驾驶员从业资格注册", c, [
        ("事项类型", "行政确认"), ("行使层级", "市级"), ("办件类型", "即办件"), ("承诺办结时限", "即时办结"),
        ("到办事现场次数（次）", "1")], "1", "", None,
        [("出租汽车驾驶员从业资格注册登记表", "1", "原件1份", "0", ""), ("从业资格证", "1", "原件", "0", ""),
         ("劳动合同或经营合同", "1", "复印件1份", "0", "")],
        [CENTER, HT],
        truth(url=u("YS2024010"), name="巡游出租汽车驾驶员从业资格注册", code=c, dept="云韶市交通运输局",
              levels="city county", channels="counter", visits=1, promised=0, case="immediate",
              materials=[("出租汽车驾驶员从业资格注册登记表", "paper", False), ("从业资格证", "paper", False),
                         ("劳动合同或经营合同", "paper", False)],
              locations=[(CENTER[0], "city"), (HT[0], "county")]))

    d = DEPTS["HB"][2]
    c = impl_code(d, "3", "000114011000")
    add("YS2024011", "HB", "排污许可证核发", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "15个工作日"), ("到办事现场次数（次）", "0")], "2", "4", apply("YS2024011"),
        [("排污许可证申请表", "2", "", "0", ""), ("自行监测方案", "2", "", "0", ""),
         ("守法承诺书", "2", "", "0", "")],
        [],
        truth(url=u("YS2024011"), name="排污许可证核发", code=c, dept="云韶市生态环境局", levels="city",
              channels="online", entry=apply("YS2024011"), depth=4, visits=0, statutory=20, promised=15,
              case="promised",
              materials=[("排污许可证申请表", "electronic", False), ("自行监测方案", "electronic", False),
                         ("守法承诺书", "electronic", False)],
              locations=[]))

    c = impl_code(d, "3", "000114004000")
    add("YS2024012", "HB", "建设项目环境影响报告表审批", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("到办事现场次数（次）", "1")], "1^2", "3", apply("YS2024012"),
        [("建设项目环境影响报告表", "3", "1份", "0", ""), ("环评文件公开说明", "1", "原件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024012"), name="建设项目环境影响报告表审批", code=c, dept="云韶市生态环境局", levels="city",
              channels="counter online", entry=apply("YS2024012"), depth=3, visits=1, statutory=20, promised=15,
              case="promised",
              materials=[("建设项目环境影响报告表", "both", False), ("环评文件公开说明", "paper", False)],
              locations=[(CENTER[0], "city")]),
        steps=[("受理", "1个工作日", "材料齐全"), ("技术评估", "10个工作日", "专家评审"), ("审批决定", "4个工作日", "")])

    d = DEPTS["ZR"][2]
    c = impl_code(d, "3", "000173018000")
    add("YS2024013", "ZR", "国有建设用地使用权首次登记", c, [
        ("事项类型", "行政确认"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "30个工作日"),
        ("承诺办结时限", "5个工作日"), ("到办事现场次数（次）", "1")], "1", "", None,
        [("不动产登记申请书", "1", "原件1份", "0", ""), ("土地出让价款缴纳凭证", "1", "复印件1份", "0", ""),
         ("不动产权籍调查表", "1", "原件1份", "0", "")],
        [BDC],
        truth(url=u("YS2024013"), name="国有建设用地使用权首次登记", code=c, dept="云韶市自然资源和规划局", levels="city",
              channels="counter", visits=1, statutory=30, promised=5, case="promised",
              materials=[("不动产登记申请书", "paper", False), ("土地出让价款缴纳凭证", "paper", False),
                         ("不动产权籍调查表", "paper", False)],
              locations=[(BDC[0], "city")]))

    c = impl_code(d, "3", "000173005000")
    add("YS2024014", "ZR", "建设用地规划许可证核发", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "7个工作日"), ("到办事现场次数（次）", "1")], "2^1", "3", apply("YS2024014"),
        [("建设用地规划许可申请表", "3", "1份", "0", ""), ("国有土地使用权出让合同", "1", "复印件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024014"), name="建设用地规划许可证核发", code=c, dept="云韶市自然资源和规划局", levels="city",
              channels="online counter", entry=apply("YS2024014"), depth=3, visits=1, statutory=20, promised=7,
              case="promised",
              materials=[("建设用地规划许可申请表", "both", False), ("国有土地使用权出让合同", "paper", False)],
              locations=[(CENTER[0], "city")]))

    d = DEPTS["WJ"][2]
    c = impl_code(d, "3", "000117008000")
    add("YS2024015", "WJ", "医师执业注册", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "即办件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "即时办结"), ("到办事现场次数（次）", "0")], "2^1", "4", apply("YS2024015"),
        [("医师执业注册申请审核表", "2", "", "0", ""), ("医师资格证书", "2", "", "1", "电子证照"),
         ("近6个月内的健康体检证明", "2", "扫描件", "0", "")],
        [CENTER],
        truth(url=u("YS2024015"), name="医师执业注册", code=c, dept="云韶市卫生健康委员会", levels="city",
              channels="online counter", entry=apply("YS2024015"), depth=4, visits=0, statutory=20, promised=0,
              case="immediate",
              materials=[("医师执业注册申请审核表", "electronic", False), ("医师资格证书", "electronic", True),
                         ("近6个月内的健康体检证明", "electronic", False)],
              locations=[(CENTER[0], "city")]))

    c = impl_code(d, "3", "000117011000")
    add("YS2024016", "WJ", "护士执业注册", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "5(工作日)"), ("到办事现场次数（次）", "0")], "2", "4", apply("YS2024016"),
        [("护士执业注册申请审核表", "2", "", "0", ""), ("护士执业资格考试成绩合格证明", "2", "", "1", "部门共享"),
         ("健康体检证明", "2", "", "0", "")],
        [],
        truth(url=u("YS2024016"), name="护士执业注册", code=c, dept="云韶市卫生健康委员会", levels="city",
              channels="online", entry=apply("YS2024016"), depth=4, visits=0, statutory=20, promised=5,
              case="promised",
              materials=[("护士执业注册申请审核表", "electronic", False),
                         ("护士执业资格考试成绩合格证明", "electronic", True), ("健康体检证明", "electronic", False)],
              locations=[]))

    d = DEPTS["CG"][2]
    c = impl_code(d, "3", "000131012000")
    add("YS2024017", "CG", "城市道路占用、挖掘许可", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "联办件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "3个工作日"), ("到办事现场次数（次）", "1")], "1", "", None,
        [("城市道路占用挖掘申请表", "1", "原件1份", "0", ""), ("施工方案及交通疏导方案", "1", "原件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024017"), name="城市道路占用、挖掘许可", code=c, dept="云韶市城市管理局", levels="city",
              channels="counter", visits=1, statutory=20, promised=3, case="other",
              materials=[("城市道路占用挖掘申请表", "paper", False), ("施工方案及交通疏导方案", "paper", False)],
              locations=[(CENTER[0], "city")]))

    c = impl_code(d, "3", "000131020000")
    add("YS2024018", "CG", "户外广告设施设置许可", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("到办事现场次数（次）", "1")], "1", "", None,
        [("户外广告设施设置申请表", "1", "原件1份", "0", ""), ("设计效果图", "3", "1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024018"), name="户外广告设施设置许可", code=c, dept="云韶市城市管理局", levels="city",
              channels="counter", visits=1, statutory=20, promised=3, case="promised",
              materials=[("户外广告设施设置申请表", "paper", False), ("设计效果图", "both", False)],
              locations=[(CENTER[0], "city")]),
        steps=[("受理", "即时", ""), ("审查", "2个工作日", "含现场踏勘"), ("决定", "1个工作日", "")])

    d = DEPTS["WL"][2]
    c = impl_code(d, "3", "000115006000")
    add("YS2024019", "WL", "营业性演出审批", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级"), ("办件类型", "承诺件"), ("法定办结时限", "3个工作日"),
        ("承诺办结时限", "2个工作日"), ("到办事现场次数（次）", "0")], "1^2^3", "4", apply("YS2024019"),
        [("营业性演出申请登记表", "3", "1份", "0", ""), ("演出节目内容材料", "2", "", "0", ""),
         ("演出场所合格证明", "1", "复印件1份", "0", "")],
        [CENTER],
        truth(url=u("YS2024019"), name="营业性演出审批", code=c, dept="云韶市文化广电旅游局", levels="city",
              channels="counter online post", entry=apply("YS2024019"), depth=4, visits=0, statutory=3, promised=2,
              case="promised",
              materials=[("营业性演出申请登记表", "both", False), ("演出节目内容材料", "electronic", False),
                         ("演出场所合格证明", "paper", False)],
              locations=[(CENTER[0], "city")]))

    c = impl_code(d, "3", "000115010000")
    add("YS2024020", "WL", "娱乐场所经营许可", c, [
        ("事项类型", "行政许可"), ("行使层级", "市级、县级"), ("办件类型", "承诺件"), ("法定办结时限", "20个工作日"),
        ("承诺办结时限", "十个工作日"), ("到办事现场次数（次）", "1")], "1", "", None,
        [("娱乐场所经营许可申请表", "1", "原件1份", "0", ""), ("营业执照", "2", "", "1", "电子证照"),
         ("消防安全检查合格证明", "1", "复印件1份", "0", "")],
        [CENTER, HT],
        truth(url=u("YS2024020"), name="娱乐场所经营许可", code=c, dept="云韶市文化广电旅游局", levels="city county",
              channels="counter", visits=1, statutory=20, promised=10, case="promised",
              materials=[("娱乐场所经营许可申请表", "paper", False), ("营业执照", "electronic", True),
                         ("消防安全检查合格证明", "paper", False)],
              locations=[(CENTER[0], "city"), (HT[0], "county")]))
    return out


def tag(g: dict[str, Any]) -> str:
    kind = dict(g["base"]).get("办件类型", "")
    return f"{kind}｜跑动{dict(g['base']).get('到办事现场次数（次）', '-')}次"


SHELL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>云韶市一网通办</title>
<link href="/static/css/app.6b1d0e2a.css" rel="stylesheet">
</head>
<body>
<noscript><strong>很抱歉，云韶市一网通办需要启用JavaScript才能正常使用。</strong></noscript>
<div id="app"><div class="loading">加载中…</div></div>
<script src="/static/js/app.6b1d0e2a.js"></script>
</body>
</html>
"""


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gs = guides()
    files: dict[str, bytes] = {
        "index.html": SHELL.encode("utf-8"),
        "guide/detail.html": SHELL.encode("utf-8"),
        "static/js/app.6b1d0e2a.js": asset_text(__file__, "yunshao/app.js").encode("utf-8"),
        "static/css/app.6b1d0e2a.css": asset_text(__file__, "yunshao/app.css").encode("utf-8"),
        "ywtb/apply.html": SHELL.replace("<title>云韶市一网通办</title>", "<title>统一身份认证 - 云韶市一网通办</title>")
        .replace('<div class="loading">加载中…</div>', "<p>请登录汀州省统一身份认证平台后办理。</p>").encode("utf-8"),
        "yuyue/index.html": SHELL.replace("<title>云韶市一网通办</title>", "<title>预约办理 - 云韶市一网通办</title>")
        .replace('<div class="loading">加载中…</div>', "<p>请选择预约网点与时段。</p>").encode("utf-8"),
        "headers.json": b'{"/": "text/html; charset=utf-8", "*/": "text/html; charset=utf-8", "*.html": "text/html; charset=utf-8", '
                        b'"/api/*": "application/json;charset=UTF-8"}\n',
    }
    total = len(gs)
    for start in range(0, total, PAGE_SIZE):
        page_no = start // PAGE_SIZE + 1
        records = [{"taskId": g["tid"], "taskName": g["name"], "deptShortName": DEPTS[g["dept"]][1],
                    "handleType": g["handle"], "isHot": "1" if g["wbsd"] == "4" else "0"}
                   for g in gs[start:start + PAGE_SIZE]]
        files[f"api/v1/catalog/page@pageNo={page_no}&pageSize={PAGE_SIZE}"] = json_bytes(
            {"code": "200", "msg": "操作成功", "data": {"total": total, "pageNo": page_no, "pageSize": PAGE_SIZE,
                                                    "pages": -(-total // PAGE_SIZE), "records": records}})
    for i, g in enumerate(gs):
        hot = [gs[(i + k) % total] for k in (3, 8, 13)]
        data = {
            "taskId": g["tid"], "TASK_NAME": g["name"], "TASK_CODE": g["code"], "DEPT_NAME": DEPTS[g["dept"]][0],
            "DEPT_CODE": DEPTS[g["dept"]][2],
            "baseInfo": [{"label": k, "value": v} for k, v in g["base"]],
            "HANDLE_TYPE": g["handle"], "WBSD_LEVEL": g["wbsd"], "TRANSACT_WEB_URL": g["entry"] or "",
            "AUDIT_MATERIAL": [{"MATERIAL_NAME": n, "MATERIAL_FORMAT": f, "PAGE_NUM": p, "IS_FREE": free,
                                "FREE_REASON": why} for n, f, p, free, why in g["mats"]],
            "STEPS": [{"STEP_NAME": n, "TIME_LIMIT": t, "STANDARD": s} for n, t, s in g["steps"]],
            "AUDIT_CATALOG_LOBBY": [{"NAME": n, "ADDRESS": a, "TIME": "周一至周五 9:00-12:00，13:30-17:00",
                                     "TEL": "0791-12345"} for n, a in g["lobbies"]],
            "hotTasks": [{"taskId": h["tid"], "taskName": h["name"], "tag": tag(h)} for h in hot],
        }
        files[f"api/v1/task/detail@taskId={g['tid']}"] = json_bytes({"code": "200", "msg": "操作成功", "data": data})
    return files, portal(PID, "云韶市一网通办", "/", "utf-8", "一网通办 single-page app, JSON API, 加载更多",
                         [g["truth"] for g in gs])
