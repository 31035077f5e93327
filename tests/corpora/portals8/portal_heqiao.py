"""禾桥区政务服务网 (heqiao): a district hall portal whose guide pages hide their fields in tab panes
or accordion panels.

Home → department pages (``dept.html?deptCode=…``) → guides (``guide.html?itemId=…&deptCode=…``);
the home page's 热门事项 repeats three of them. Every guide page carries everything in its HTML,
but only the first tab (or no panel at all) is visible: the others are ``display:none`` and
``aria-hidden="true"`` until a script shows them. The basic-information table is a four-column
label/value grid; materials are a table with rowspan headers, 纸质 / 电子 tick columns, a
是否免提交 column and, on some guides, a rowspan 情形 column; the process is a step table with
per-step limits; windows are a 窗口名称 / 地址 / 办公时间 table. The online entry is a
``<button onclick="window.open(…)">``, an image link, or a disabled button; 预约办理 and
在线咨询 buttons sit beside it. A 相关事项 box shows other guides with their tags, and the
footer names the district hall.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals8._common import GIF, esc, impl_code, portal, truth, usci

PID = "heqiao"
REGION = "470503"
HALL = "禾桥区政务服务中心"
CL = "禾桥区长乐街道便民服务中心"
WJ_ST = "禾桥区望江街道便民服务中心"

DEPTS = {  # deptCode: (name, USCI)
    "HQSJ": ("禾桥区市场监督管理局", usci(REGION, "00518231")),
    "HQMZ": ("禾桥区民政局", usci(REGION, "00518258")),
    "HQRS": ("禾桥区人力资源和社会保障局", usci(REGION, "00518266")),
    "HQWJ": ("禾桥区卫生健康局", usci(REGION, "00518274")),
    "HQJY": ("禾桥区教育局", usci(REGION, "00518282")),
    "HQNY": ("禾桥区农业农村局", usci(REGION, "00518290")),
}
SHIWAN = usci(REGION, "00518301")  # 禾桥区石湾镇人民政府

W_HALL = (f"{HALL}综合受理窗口", "禾桥区迎春路66号政务服务中心一楼", "周一至周五 9:00-17:00", "0795-8801234")


def win(name: str, addr: str = "禾桥区迎春路66号政务服务中心二楼") -> tuple[str, str, str, str]:
    return (name, addr, "周一至周五 9:00-17:00（法定节假日除外）", "0795-8801234")


def guides() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def url(item: str, dept: str) -> str:
        return f"/bsfw/guide.html?itemId={item}&deptCode={dept}"

    def add(item: str, dept: str, layout: str, info: list[tuple[str, str]], mats: list[tuple[Any, ...]],
            steps: list[tuple[str, str, str, str]], windows: list[tuple[str, str, str, str]], row: dict[str, Any],
            online: tuple[str, str] | None = None, tags: tuple[str, ...] = (), grouped: bool = False) -> None:
        assert row["url"] == url(item, dept)
        out.append({"item": item, "dept": dept, "layout": layout, "info": info, "mats": mats, "steps": steps,
                    "windows": windows, "online": online, "tags": tags, "grouped": grouped, "truth": row})

    # ---- 市场监督管理局 ----------------------------------------------------------------------------
    sj = DEPTS["HQSJ"][1]
    c = impl_code(sj, "4", "000118021000", "00")
    add("HQ0101", "HQSJ", "tabs", [
        ("事项名称", "食品小作坊登记证核发"), ("事项类型", "行政许可"), ("实施主体", "禾桥区市场监督管理局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理、网上办理"),
        ("承诺办结时限", "5个工作日"), ("到办事现场次数", "1次"), ("网上办理深度", "Ⅲ级（在线预审）"),
        ("是否支持预约办理", "是"), ("是否支持物流快递", "是（证照免费寄递）"), ("是否收费", "否")],
        [("个人申请", "《食品小作坊登记申请表》", "√", "√", "1份", "否", ""),
         ("个人申请", "营业执照", "", "√", "", "是（电子证照）", ""),
         ("个人申请", "从业人员健康证明", "√", "", "复印件1份", "否", ""),
         ("委托办理", "授权委托书", "√", "", "原件1份", "否", "委托他人办理时提供")],
        [("受理", "窗口工作人员", "即时", "材料齐全、符合法定形式"), ("审查", "审核人员", "3个工作日", "必要时现场核查"),
         ("决定", "分管负责人", "2个工作日", "作出准予或不予登记决定")],
        [win("禾桥区政务服务中心B区市场监管综合窗口")],
        truth(url=url("HQ0101", "HQSJ"), name="食品小作坊登记证核发", code=c, dept="禾桥区市场监督管理局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0101", depth=3, visits=1,
              promised=5, case="promised",
              materials=[("食品小作坊登记申请表", "both", False), ("营业执照", "electronic", True),
                         ("从业人员健康证明", "paper", False), ("授权委托书", "paper", False)],
              locations=[(HALL, "county")]),
        online=("button", "/wssb/apply.do?itemId=HQ0101"), tags=("承诺件", "最多跑一次"), grouped=True)

    c = impl_code(sj, "4", "000118033000", "00")
    add("HQ0102", "HQSJ", "tabs", [
        ("事项名称", "特种设备使用登记"), ("事项类型", "行政许可"), ("实施主体", "禾桥区市场监督管理局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "即办件"), ("办理形式", "窗口办理、网上办理"),
        ("法定办结时限", "15个工作日"), ("承诺办结时限", "即办"), ("到办事现场次数", "1次"),
        ("网上办理深度", "Ⅲ级"), ("是否收费", "否")],
        [(None, "特种设备使用登记表", "√", "", "一式两份", "否", ""),
         (None, "使用单位统一社会信用代码证明", "", "√", "", "是（电子证照）", ""),
         (None, "特种设备产品合格证", "√", "", "复印件1份", "否", "加盖单位公章")],
        [("受理", "窗口工作人员", "即时", "材料齐全"), ("审核发证", "审核人员", "即时", "当场办结")],
        [win("禾桥区政务服务中心B区市场监管综合窗口")],
        truth(url=url("HQ0102", "HQSJ"), name="特种设备使用登记", code=c, dept="禾桥区市场监督管理局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0102", depth=3, visits=1,
              statutory=15, promised=0, case="immediate",
              materials=[("特种设备使用登记表", "paper", False), ("使用单位统一社会信用代码证明", "electronic", True),
                         ("特种设备产品合格证", "paper", False)],
              locations=[(HALL, "county")]),
        online=("image", "/wssb/apply.do?itemId=HQ0102"), tags=("即办件",))

    c = impl_code(sj, "4", "000118004000", "00")
    add("HQ0103", "HQSJ", "tabs", [
        ("事项名称", "营业执照遗失补领"), ("事项类型", "公共服务"), ("实施主体", "禾桥区市场监督管理局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "即办件"), ("办理形式", "窗口办理、网上办理、邮寄申请"),
        ("承诺办结时限", "即办"), ("到办事现场次数", "0次"), ("网上办理深度", "Ⅳ级（全程网办）"), ("是否收费", "否")],
        [(None, "营业执照补领申请书", "√", "√", "1份", "否", ""),
         (None, "经营者身份证件", "√", "", "复印件1份", "否", "")],
        [("申请", "申请人", "即时", ""), ("核准补发", "登记人员", "即时", "")],
        [win("禾桥区政务服务中心B区市场监管综合窗口")],
        truth(url=url("HQ0103", "HQSJ"), name="营业执照遗失补领", code=c, dept="禾桥区市场监督管理局",
              levels="county", channels="counter online post", entry="/wssb/apply.do?itemId=HQ0103", depth=4,
              visits=0, promised=0, case="immediate",
              materials=[("营业执照补领申请书", "both", False), ("经营者身份证件", "paper", False)],
              locations=[(HALL, "county")]),
        online=("image", "/wssb/apply.do?itemId=HQ0103"), tags=("即办件", "零跑腿"))

    c = impl_code(sj, "4", "000118040000", "00")
    add("HQ0104", "HQSJ", "tabs", [
        ("事项名称", "广告发布登记"), ("事项类型", "行政许可"), ("实施主体", "禾桥区市场监督管理局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理、网上办理"),
        ("法定办结时限", "10个工作日"), ("承诺办结时限", "3个工作日"), ("到办事现场次数", "0次"),
        ("网上办理深度", "Ⅳ级"), ("是否收费", "否")],
        [(None, "广告发布登记申请表", "", "√", "", "否", ""),
         (None, "广告审查员证明", "", "√", "扫描件", "否", ""),
         (None, "广告业务管理制度", "", "√", "", "否", "")],
        [("受理", "窗口工作人员", "1个工作日", ""), ("审查决定", "审核人员", "2个工作日", "")],
        [win("禾桥区政务服务中心B区市场监管综合窗口")],
        truth(url=url("HQ0104", "HQSJ"), name="广告发布登记", code=c, dept="禾桥区市场监督管理局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0104", depth=4, visits=0,
              statutory=10, promised=3, case="promised",
              materials=[("广告发布登记申请表", "electronic", False), ("广告审查员证明", "electronic", False),
                         ("广告业务管理制度", "electronic", False)],
              locations=[(HALL, "county")]),
        online=("button", "/wssb/apply.do?itemId=HQ0104"), tags=("承诺件", "零跑腿"))

    # ---- 民政局 (accordion) ------------------------------------------------------------------------
    mz = DEPTS["HQMZ"][1]
    c = impl_code(mz, "4", "000153011000", "00")
    add("HQ0201", "HQMZ", "accordion", [
        ("事项名称", "困难残疾人生活补贴申请"), ("事项类型", "行政给付"), ("实施主体", "禾桥区民政局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "10个工作日"), ("到办事现场次数", "1次"), ("是否收费", "否")],
        [(None, "困难残疾人生活补贴申请审批表", "√", "", "原件1份", "否", ""),
         (None, "残疾人证", "", "√", "", "是（数据共享）", ""),
         (None, "户口簿", "√", "", "复印件1份", "否", "")],
        [("受理", "街道便民服务中心", "即时", "材料齐全"), ("审核", "街道社会事务办", "5个工作日", "入户核查"),
         ("审批", "区民政局", "5个工作日", "")],
        [win(f"{CL}民政窗口", "禾桥区长乐路15号"), win(f"{WJ_ST}民政窗口", "禾桥区望江大道201号")],
        truth(url=url("HQ0201", "HQMZ"), name="困难残疾人生活补贴申请", code=c, dept="禾桥区民政局",
              levels="county town", channels="counter", visits=1, statutory=10, promised=10, case="promised",
              materials=[("困难残疾人生活补贴申请审批表", "paper", False), ("残疾人证", "electronic", True),
                         ("户口簿", "paper", False)],
              locations=[(CL, "town"), (WJ_ST, "town")]),
        tags=("承诺件",))

    c = impl_code(mz, "4", "000153014000", "00")
    add("HQ0202", "HQMZ", "accordion", [
        ("事项名称", "孤儿基本生活保障金给付"), ("事项类型", "行政给付"), ("实施主体", "禾桥区民政局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "30个工作日"), ("承诺办结时限", "20个工作日"), ("到办事现场次数", "1次")],
        [(None, "孤儿基本生活保障金申请表", "√", "", "原件1份", "否", ""),
         (None, "父母死亡证明或宣告死亡的判决书", "√", "", "复印件1份", "否", ""),
         (None, "儿童户口簿", "√", "", "复印件1份", "否", "")],
        [("受理", "街道便民服务中心", "即时", ""), ("审核", "街道", "10个工作日", ""),
         ("审批", "区民政局", "10个工作日", "")],
        [win(f"{CL}民政窗口", "禾桥区长乐路15号"), win(f"{HALL}C区社会事务窗口")],
        truth(url=url("HQ0202", "HQMZ"), name="孤儿基本生活保障金给付", code=c, dept="禾桥区民政局",
              levels="county town", channels="counter", visits=1, statutory=30, promised=20, case="promised",
              materials=[("孤儿基本生活保障金申请表", "paper", False),
                         ("父母死亡证明或宣告死亡的判决书", "paper", False), ("儿童户口簿", "paper", False)],
              locations=[(CL, "town"), (HALL, "county")]),
        tags=("承诺件",))

    c = impl_code(mz, "4", "000153024000", "00")
    add("HQ0203", "HQMZ", "accordion", [
        ("事项名称", "惠民殡葬补贴申领"), ("事项类型", "公共服务"), ("实施主体", "禾桥区民政局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "即办件"), ("办理形式", "窗口办理、网上办理"),
        ("承诺办结时限", "即办"), ("到办事现场次数", "0次"), ("网上办理深度", "Ⅳ级"), ("是否收费", "否")],
        [(None, "惠民殡葬补贴申请表", "√", "√", "1份", "否", ""),
         (None, "火化证明", "", "√", "", "是（部门共享）", ""),
         (None, "居民身份证", "√", "", "复印件", "否", "经办人")],
        [("受理审核", "窗口工作人员", "即时", "")],
        [win(f"{HALL}C区社会事务窗口")],
        truth(url=url("HQ0203", "HQMZ"), name="惠民殡葬补贴申领", code=c, dept="禾桥区民政局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0203", depth=4, visits=0,
              promised=0, case="immediate",
              materials=[("惠民殡葬补贴申请表", "both", False), ("火化证明", "electronic", True),
                         ("居民身份证", "paper", False)],
              locations=[(HALL, "county")]),
        online=("button", "/wssb/apply.do?itemId=HQ0203"), tags=("即办件", "零跑腿"))

    c = impl_code(mz, "4", "000153009000", "00")
    add("HQ0204", "HQMZ", "accordion", [
        ("事项名称", "临时救助（急难型）"), ("事项类型", "行政给付"), ("实施主体", "禾桥区民政局"),
        ("实施编码", c), ("行使层级", "县级、乡级"), ("办件类型", "即办件"), ("办理形式", "窗口办理"),
        ("承诺办结时限", "即时办结"), ("到办事现场次数", "1次")],
        [(None, "临时救助申请书", "√", "", "原件1份", "否", "可由社区代写"),
         (None, "急难情况证明材料", "√", "", "复印件1份", "否", "如医疗费用票据")],
        [("受理审批", "街道便民服务中心", "即时", "先行救助，事后补充说明")],
        [win(f"{CL}民政窗口", "禾桥区长乐路15号"), win(f"{WJ_ST}民政窗口", "禾桥区望江大道201号"),
         win("长乐街道新桥社区便民服务站", "禾桥区新桥路8号")],
        truth(url=url("HQ0204", "HQMZ"), name="临时救助（急难型）", code=c, dept="禾桥区民政局",
              levels="county town village", channels="counter", visits=1, promised=0, case="immediate",
              materials=[("临时救助申请书", "paper", False), ("急难情况证明材料", "paper", False)],
              locations=[(CL, "town"), (WJ_ST, "town"), ("长乐街道新桥社区便民服务站", "village")]),
        tags=("即办件",))

    # ---- 人力资源和社会保障局 ---------------------------------------------------------------------
    rs = DEPTS["HQRS"][1]
    c = impl_code(rs, "4", "000136054000", "00")
    add("HQ0301", "HQRS", "tabs", [
        ("事项名称", "就业困难人员认定"), ("事项类型", "行政确认"), ("实施主体", "禾桥区人力资源和社会保障局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理、网上办理"),
        ("承诺办结时限", "5个工作日"), ("到办事现场次数", "1次"), ("网上办理深度", "Ⅲ级")],
        [(None, "就业困难人员认定申请表", "√", "√", "1份", "否", ""),
         (None, "居民身份证", "√", "", "复印件1份", "否", ""),
         (None, "就业创业证", "", "√", "", "是（系统核验）", "")],
        [("受理", "街道人社窗口", "即时", ""), ("认定", "区就业服务中心", "5个工作日", "")],
        [win(f"{HALL}A区人社综合窗口"), win(f"{CL}人社窗口", "禾桥区长乐路15号"),
         win(f"{WJ_ST}人社窗口", "禾桥区望江大道201号")],
        truth(url=url("HQ0301", "HQRS"), name="就业困难人员认定", code=c, dept="禾桥区人力资源和社会保障局",
              levels="county town", channels="counter online", entry="/wssb/apply.do?itemId=HQ0301", depth=3,
              visits=1, promised=5, case="promised",
              materials=[("就业困难人员认定申请表", "both", False), ("居民身份证", "paper", False),
                         ("就业创业证", "electronic", True)],
              locations=[(HALL, "county"), (CL, "town"), (WJ_ST, "town")]),
        online=("button", "/wssb/apply.do?itemId=HQ0301"), tags=("承诺件",))

    c = impl_code(rs, "4", "000136060000", "00")
    add("HQ0302", "HQRS", "tabs", [
        ("事项名称", "灵活就业人员参保登记"), ("事项类型", "公共服务"), ("实施主体", "禾桥区人力资源和社会保障局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "即办件"), ("办理形式", "网上办理、窗口办理、自助终端"),
        ("承诺办结时限", "即办"), ("到办事现场次数", "0次"), ("网上办理深度", "Ⅳ级")],
        [(None, "居民身份证", "√", "√", "原件或电子证照", "否", "")],
        [("登记", "窗口工作人员", "即时", "")],
        [win(f"{HALL}A区人社综合窗口")],
        truth(url=url("HQ0302", "HQRS"), name="灵活就业人员参保登记", code=c, dept="禾桥区人力资源和社会保障局",
              levels="county", channels="online counter self_service", entry="/wssb/apply.do?itemId=HQ0302",
              depth=4, visits=0, promised=0, case="immediate",
              materials=[("居民身份证", "both", False)],
              locations=[(HALL, "county")]),
        online=("image", "/wssb/apply.do?itemId=HQ0302"), tags=("即办件", "零跑腿"))

    c = impl_code(rs, "4", "000136071000", "00")
    add("HQ0303", "HQRS", "tabs", [
        ("事项名称", "一次性创业补贴申领"), ("事项类型", "行政给付"), ("实施主体", "禾桥区人力资源和社会保障局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("到办事现场次数", "1次")],
        [(None, "一次性创业补贴申请表", "√", "", "原件1份", "否", ""),
         (None, "营业执照", "", "√", "", "是（电子证照）", ""),
         (None, "银行账户信息", "√", "", "复印件1份", "否", "")],
        [("受理", "窗口工作人员", "即时", ""), ("审核", "区就业服务中心", "15个工作日", "含公示"),
         ("拨付", "区财政", "即时", "审核通过后拨付")],
        [win(f"{HALL}A区人社综合窗口")],
        truth(url=url("HQ0303", "HQRS"), name="一次性创业补贴申领", code=c, dept="禾桥区人力资源和社会保障局",
              levels="county", channels="counter", visits=1, promised=15, case="promised",
              materials=[("一次性创业补贴申请表", "paper", False), ("营业执照", "electronic", True),
                         ("银行账户信息", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("承诺件",))

    # ---- 卫生健康局 (accordion) --------------------------------------------------------------------
    wj = DEPTS["HQWJ"][1]
    c = impl_code(wj, "4", "000117003000", "00")
    add("HQ0401", "HQWJ", "accordion", [
        ("事项名称", "诊所备案"), ("事项类型", "其他行政权力"), ("实施主体", "禾桥区卫生健康局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "即办件"), ("办理形式", "窗口办理"),
        ("承诺办结时限", "即办"), ("到办事现场次数", "1次")],
        [(None, "诊所备案信息表", "√", "", "原件1份", "否", ""),
         (None, "医师执业证书", "√", "", "复印件1份", "否", "诊所主要负责人"),
         (None, "诊所房屋平面布局图", "√", "", "1份", "否", "")],
        [("受理备案", "窗口工作人员", "即时", "")],
        [win(f"{HALL}D区卫生健康窗口")],
        truth(url=url("HQ0401", "HQWJ"), name="诊所备案", code=c, dept="禾桥区卫生健康局",
              levels="county", channels="counter", visits=1, promised=0, case="immediate",
              materials=[("诊所备案信息表", "paper", False), ("医师执业证书", "paper", False),
                         ("诊所房屋平面布局图", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("即办件",))

    c = impl_code(wj, "4", "000117019000", "00")
    add("HQ0402", "HQWJ", "accordion", [
        ("事项名称", "母婴保健技术服务执业许可"), ("事项类型", "行政许可"), ("实施主体", "禾桥区卫生健康局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "10 个工作日"), ("到办事现场次数", "1次")],
        [(None, "母婴保健技术服务执业许可申请登记书", "√", "", "原件1份", "否", ""),
         (None, "医疗机构执业许可证", "", "√", "", "是（电子证照）", ""),
         (None, "卫生技术人员名单及资质证明", "√", "", "复印件1份", "否", "")],
        [("受理", "窗口", "1个工作日", ""), ("审查", "区卫健局", "7个工作日", ""), ("决定", "区卫健局", "2个工作日", "")],
        [win(f"{HALL}D区卫生健康窗口")],
        truth(url=url("HQ0402", "HQWJ"), name="母婴保健技术服务执业许可", code=c, dept="禾桥区卫生健康局",
              levels="county", channels="counter", visits=1, statutory=20, promised=10, case="promised",
              materials=[("母婴保健技术服务执业许可申请登记书", "paper", False),
                         ("医疗机构执业许可证", "electronic", True), ("卫生技术人员名单及资质证明", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("承诺件",))

    c = impl_code(wj, "4", "000117027000", "00")
    add("HQ0403", "HQWJ", "accordion", [
        ("事项名称", "放射诊疗许可"), ("事项类型", "行政许可"), ("实施主体", "禾桥区卫生健康局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理、网上办理"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "12个工作日"), ("到办事现场次数", "1次"),
        ("网上办理深度", "Ⅱ级")],
        [(None, "放射诊疗许可申请表", "√", "√", "1份", "否", ""),
         (None, "放射诊疗建设项目竣工验收合格证明", "√", "", "复印件1份", "否", ""),
         (None, "放射防护管理制度", "√", "", "1份", "否", "")],
        [("受理", "窗口", "1个工作日", ""), ("审查", "区卫健局", "9个工作日", ""), ("决定", "区卫健局", "2个工作日", "")],
        [win(f"{HALL}D区卫生健康窗口")],
        truth(url=url("HQ0403", "HQWJ"), name="放射诊疗许可", code=c, dept="禾桥区卫生健康局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0403", depth=2, visits=1,
              statutory=20, promised=12, case="promised",
              materials=[("放射诊疗许可申请表", "both", False),
                         ("放射诊疗建设项目竣工验收合格证明", "paper", False), ("放射防护管理制度", "paper", False)],
              locations=[(HALL, "county")]),
        online=("button", "/wssb/apply.do?itemId=HQ0403"), tags=("承诺件",))

    # ---- 教育局 ------------------------------------------------------------------------------------
    jy = DEPTS["HQJY"][1]
    c = impl_code(jy, "4", "000116002000", "00")
    add("HQ0501", "HQJY", "tabs", [
        ("事项名称", "教师资格认定"), ("事项类型", "行政许可"), ("实施主体", "禾桥区教育局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "网上办理、窗口办理"),
        ("法定办结时限", "30个工作日"), ("承诺办结时限", "20个工作日"), ("到办事现场次数", "1次"),
        ("网上办理深度", "Ⅲ级"), ("是否支持物流快递", "是（证书邮寄）")],
        [("网上申报", "教师资格认定申请表", "", "√", "", "否", "网上填报后打印"),
         ("网上申报", "居民身份证", "", "√", "", "是（电子证照）", ""),
         ("现场确认", "体检合格证明", "√", "", "原件1份", "否", "指定医院出具"),
         ("现场确认", "学历证书", "√", "", "原件及复印件", "否", "")],
        [("网上申报", "申请人", "即时", ""), ("现场确认", "区教育局", "1个工作日", ""), ("审核认定", "区教育局", "19个工作日", "")],
        [win(f"{HALL}E区教育窗口")],
        truth(url=url("HQ0501", "HQJY"), name="教师资格认定", code=c, dept="禾桥区教育局",
              levels="county", channels="online counter", entry="/wssb/apply.do?itemId=HQ0501", depth=3, visits=1,
              statutory=30, promised=20, case="promised",
              materials=[("教师资格认定申请表", "electronic", False), ("居民身份证", "electronic", True),
                         ("体检合格证明", "paper", False), ("学历证书", "paper", False)],
              locations=[(HALL, "county")]),
        online=("button", "/wssb/apply.do?itemId=HQ0501"), tags=("承诺件", "最多跑一次"), grouped=True)

    c = impl_code(jy, "4", "000116011000", "00")
    add("HQ0502", "HQJY", "tabs", [
        ("事项名称", "适龄儿童入学延缓审批"), ("事项类型", "行政许可"), ("实施主体", "禾桥区教育局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("承诺办结时限", "5个工作日"), ("到办事现场次数", "1次")],
        [(None, "延缓入学申请表", "√", "", "原件1份", "否", ""),
         (None, "县级以上医疗机构诊断证明", "√", "", "原件1份", "否", ""),
         (None, "户口簿", "√", "", "复印件1份", "否", "")],
        [("受理", "窗口", "即时", ""), ("审批", "区教育局", "5个工作日", "")],
        [win(f"{HALL}E区教育窗口")],
        truth(url=url("HQ0502", "HQJY"), name="适龄儿童入学延缓审批", code=c, dept="禾桥区教育局",
              levels="county", channels="counter", visits=1, promised=5, case="promised",
              materials=[("延缓入学申请表", "paper", False), ("县级以上医疗机构诊断证明", "paper", False),
                         ("户口簿", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("承诺件",))

    c = impl_code(jy, "4", "000116025000", "00")
    add("HQ0503", "HQJY", "tabs", [
        ("事项名称", "校外培训机构（文化类）设立审批"), ("事项类型", "行政许可"), ("实施主体", "禾桥区教育局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "10个工作日"), ("到办事现场次数", "2次")],
        [(None, "设立申请书", "√", "", "原件1份", "否", ""), (None, "举办者资格证明", "√", "", "复印件1份", "否", ""),
         (None, "培训场所使用证明", "√", "", "复印件1份", "否", ""), (None, "章程和管理制度", "√", "", "1份", "否", "")],
        [("受理", "窗口", "即时", ""), ("现场核查", "区教育局", "5个工作日", ""), ("决定", "区教育局", "5个工作日", "")],
        [win(f"{HALL}E区教育窗口")],
        truth(url=url("HQ0503", "HQJY"), name="校外培训机构（文化类）设立审批", code=c, dept="禾桥区教育局",
              levels="county", channels="counter", visits=2, statutory=20, promised=10, case="promised",
              materials=[("设立申请书", "paper", False), ("举办者资格证明", "paper", False),
                         ("培训场所使用证明", "paper", False), ("章程和管理制度", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("承诺件",))

    # ---- 农业农村局 (accordion) --------------------------------------------------------------------
    ny = DEPTS["HQNY"][1]
    c = impl_code(SHIWAN, "5", "000125005000", "00")
    add("HQ0601", "HQNY", "accordion", [
        ("事项名称", "农村村民宅基地审批"), ("事项类型", "行政许可"), ("实施主体", "禾桥区石湾镇人民政府"),
        ("实施编码", c), ("行使层级", "乡级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "15个工作日"), ("到办事现场次数", "2次")],
        [(None, "农村宅基地和建房（规划许可）申请表", "√", "", "原件1份", "否", ""),
         (None, "宅基地使用承诺书", "√", "", "原件1份", "否", ""),
         (None, "户口簿", "√", "", "复印件1份", "否", "")],
        [("申请", "村民", "即时", ""), ("村级审查", "村民委员会", "5个工作日", ""),
         ("镇级审批", "石湾镇人民政府", "10个工作日", "")],
        [win("禾桥区石湾镇便民服务中心综合窗口", "禾桥区石湾镇石湾街1号"),
         win("石湾镇东岭村便民服务站", "禾桥区石湾镇东岭村村委会")],
        truth(url=url("HQ0601", "HQNY"), name="农村村民宅基地审批", code=c, dept="禾桥区石湾镇人民政府",
              levels="town village", channels="counter", visits=2, statutory=20, promised=15, case="promised",
              materials=[("农村宅基地和建房（规划许可）申请表", "paper", False), ("宅基地使用承诺书", "paper", False),
                         ("户口簿", "paper", False)],
              locations=[("禾桥区石湾镇便民服务中心", "town"), ("石湾镇东岭村便民服务站", "village")]),
        tags=("承诺件",))

    c = impl_code(ny, "4", "000125017000", "00")
    add("HQ0602", "HQNY", "accordion", [
        ("事项名称", "农药经营许可"), ("事项类型", "行政许可"), ("实施主体", "禾桥区农业农村局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理、网上办理"),
        ("法定办结时限", "20个工作日"), ("承诺办结时限", "8个工作日"), ("到办事现场次数", "1次"),
        ("网上办理深度", "Ⅲ级")],
        [(None, "农药经营许可证申请表", "√", "√", "1份", "否", ""),
         (None, "营业执照", "", "√", "", "是（电子证照）", ""),
         (None, "经营场所和仓储场所地址、面积、平面图等说明材料", "√", "", "1份", "否", "")],
        [("受理", "窗口", "1个工作日", ""), ("审查", "区农业农村局", "5个工作日", "含现场核查"),
         ("决定", "区农业农村局", "2个工作日", "")],
        [win(f"{HALL}F区农业农村窗口")],
        truth(url=url("HQ0602", "HQNY"), name="农药经营许可", code=c, dept="禾桥区农业农村局",
              levels="county", channels="counter online", entry="/wssb/apply.do?itemId=HQ0602", depth=3, visits=1,
              statutory=20, promised=8, case="promised",
              materials=[("农药经营许可证申请表", "both", False), ("营业执照", "electronic", True),
                         ("经营场所和仓储场所地址、面积、平面图等说明材料", "paper", False)],
              locations=[(HALL, "county")]),
        online=("image", "/wssb/apply.do?itemId=HQ0602"), tags=("承诺件",))

    c = impl_code(ny, "4", "000125023000", "00")
    add("HQ0603", "HQNY", "accordion", [
        ("事项名称", "动物防疫条件合格证核发"), ("事项类型", "行政许可"), ("实施主体", "禾桥区农业农村局"),
        ("实施编码", c), ("行使层级", "县级"), ("办件类型", "承诺件"), ("办理形式", "窗口办理"),
        ("法定办结时限", "20个工作日"), ("到办事现场次数", "2次")],
        [(None, "动物防疫条件审查申请表", "√", "", "原件1份", "否", ""),
         (None, "场所地理位置图、各功能区布局平面图", "√", "", "1份", "否", ""),
         (None, "动物防疫管理制度", "√", "", "1份", "否", "")],
        [("受理", "窗口", "即时", ""), ("现场审查", "区动物卫生监督所", "10个工作日", ""),
         ("发证", "区农业农村局", "即时", "")],
        [win(f"{HALL}F区农业农村窗口")],
        truth(url=url("HQ0603", "HQNY"), name="动物防疫条件合格证核发", code=c, dept="禾桥区农业农村局",
              levels="county", channels="counter", visits=2, statutory=20, promised=10, case="promised",
              materials=[("动物防疫条件审查申请表", "paper", False),
                         ("场所地理位置图、各功能区布局平面图", "paper", False), ("动物防疫管理制度", "paper", False)],
              locations=[(HALL, "county")]),
        tags=("承诺件",))
    return out


# --- markup ------------------------------------------------------------------------------------------

def page(title: str, body: str, script: bool = False) -> bytes:
    js = '<script src="/static/js/guide.js"></script>\n' if script else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}-禾桥区政务服务网</title>
<link rel="stylesheet" href="/static/css/hall.css">
</head>
<body>
<div class="header"><h1>禾桥区政务服务网</h1><a href="/" style="color:#fff">首页</a></div>
<div class="main">
{body}
</div>
<div class="footer">
<p>主办单位：禾桥区行政审批服务局　承办：禾桥区政务服务中心（禾桥区迎春路66号）</p>
<p>服务热线：0795-8801234　办公时间：周一至周五 9:00-17:00</p>
</div>
{js}</body>
</html>
""".encode()


def info_table(info: list[tuple[str, str]]) -> str:
    rows = []
    for i in range(0, len(info), 2):
        pair = info[i:i + 2]
        cells = "".join(f'<td class="label">{esc(k)}</td><td>{esc(v)}</td>' for k, v in pair)
        if len(pair) == 1:
            cells = f'<td class="label">{esc(pair[0][0])}</td><td colspan="3">{esc(pair[0][1])}</td>'
        rows.append(f"<tr>{cells}</tr>")
    return '<table class="info">' + "".join(rows) + "</table>"


def mats_table(g: dict[str, Any]) -> str:
    grouped = g["grouped"]
    head1 = ('<th rowspan="2">情形</th>' if grouped else "") + ('<th rowspan="2">序号</th><th rowspan="2">材料名称</th>'
             '<th colspan="2">材料形式</th><th rowspan="2">份数</th><th rowspan="2">是否免提交</th><th rowspan="2">备注</th>')
    rows = [f"<tr>{head1}</tr>", "<tr><th>纸质</th><th>电子</th></tr>"]
    counts: dict[Any, int] = {}
    for m in g["mats"]:
        counts[m[0]] = counts.get(m[0], 0) + 1
    seen: set[Any] = set()
    for i, (group, name, paper, elec, copies, exempt, note) in enumerate(g["mats"], 1):
        first = ""
        if grouped and group not in seen:
            first = f'<td rowspan="{counts[group]}">{esc(group)}</td>'
            seen.add(group)
        rows.append(f"<tr>{first}<td>{i}</td><td>{esc(name)}</td><td>{paper}</td><td>{elec}</td><td>{esc(copies)}</td>"
                    f"<td>{esc(exempt)}</td><td>{esc(note)}</td></tr>")
    return '<table class="grid">' + "".join(rows) + "</table>"


def steps_table(steps: list[tuple[str, str, str, str]]) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>"
                   for i, (a, b, c, d) in enumerate(steps, 1))
    return ('<table class="grid"><tr><th>序号</th><th>环节名称</th><th>办理人员</th><th>办理时限</th><th>审查标准</th></tr>'
            + rows + "</table>")


def windows_table(windows: list[tuple[str, str, str, str]]) -> str:
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in windows)
    return '<table class="grid"><tr><th>窗口名称</th><th>地址</th><th>办公时间</th><th>咨询电话</th></tr>' + rows + "</table>"


def buttons(g: dict[str, Any]) -> str:
    item = g["item"]
    parts = []
    if g["online"] is None:
        parts.append('<button type="button" class="btn-disabled" disabled title="本事项暂不支持网上办理">在线办理</button>')
    elif g["online"][0] == "button":
        parts.append(f'<button type="button" class="btn-online" onclick="window.open(\'{g["online"][1]}\')">在线办理</button>')
    else:
        parts.append(f'<a href="{g["online"][1]}" target="_blank" class="img-btn">'
                     '<img src="/static/images/btn_zxbl.gif" alt="在线办理" width="110" height="34"></a>')
    parts.append(f'<button type="button" class="btn-yuyue" onclick="window.open(\'/yyfw/booking.html?itemId={item}\')">'
                 '预约办理</button>')
    parts.append('<button type="button" class="btn-zixun" onclick="location.href=\'/hdjl/zxzx.html\'">在线咨询</button>')
    return '<div class="btns">' + "".join(parts) + "</div>"


HIDDEN = ' style="display:none"'


def guide_page(g: dict[str, Any], related: list[dict[str, Any]]) -> bytes:
    name = g["truth"]["name"]
    dname = DEPTS[g["dept"]][0]
    sections = [("基本信息", info_table(g["info"])), ("申请材料", mats_table(g)), ("办理流程", steps_table(g["steps"])),
                ("办理地点", windows_table(g["windows"])), ("收费标准", "<p>不收费。</p>"),
                ("设定依据", "<p>依据相关法律、法规、规章设定，详见附件。</p>")]
    if g["layout"] == "tabs":
        nav = "".join(f'<li class="{"active" if i == 0 else ""}"><a href="#pane{i}" data-toggle="tab" role="tab">{t}</a></li>'
                      for i, (t, _) in enumerate(sections))
        panes = "".join(
            f'<div class="tab-pane{" active" if i == 0 else ""}" id="pane{i}" role="tabpanel" '
            f'aria-hidden="{"false" if i == 0 else "true"}"{"" if i == 0 else HIDDEN}>{html}</div>'
            for i, (_, html) in enumerate(sections))
        content = f'<ul class="nav-tabs" role="tablist">{nav}</ul><div class="tab-content">{panes}</div>'
    else:
        panels = "".join(
            f'<div class="panel"><div class="panel-heading"><h4 class="panel-title"><a data-toggle="collapse" '
            f'href="#collapse{i}" aria-expanded="false">{t}</a></h4></div><div id="collapse{i}" class="panel-collapse '
            f'collapse" aria-hidden="true" style="display:none"><div class="panel-body">{html}</div></div></div>'
            for i, (t, html) in enumerate(sections))
        content = f'<div class="panel-group" id="accordion">{panels}</div>'
    tags = "".join(f'<span class="tag">{t}</span>' for t in g["tags"])
    side = "".join(f'<li><a href="{r["truth"]["url"]}">{esc(r["truth"]["name"])}</a><br>'
                   + "".join(f'<span class="tag">{t}</span>' for t in r["tags"]) + "</li>" for r in related)
    body = (f'<div class="crumb"><a href="/">首页</a> &gt; <a href="/bsfw/dept.html?deptCode={g["dept"]}">{dname}</a> &gt; '
            f'办事指南</div>\n<div class="content"><div class="guide-head"><h2 class="item-title">{esc(name)}</h2>'
            f'<div class="item-tags">{tags}</div>{buttons(g)}</div>\n{content}\n</div>\n'
            f'<div class="side"><h4>相关事项</h4><ul>{side}</ul></div>')
    return page(name, body, script=True)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gs = guides()
    files: dict[str, bytes] = {
        "static/js/guide.js": asset_text(__file__, "heqiao/guide.js").encode("utf-8"),
        "static/css/hall.css": asset_text(__file__, "heqiao/style.css").encode("utf-8"),
        "static/images/btn_zxbl.gif": GIF,
        "headers.json": b'{"/": "text/html; charset=utf-8", "*/": "text/html; charset=utf-8", "*.html": "text/html; charset=utf-8", '
                        b'"/wssb/*": "text/html; charset=utf-8"}\n',
    }
    grid = "".join(f'<li><a href="/bsfw/dept.html?deptCode={code}">{name}</a></li>' for code, (name, _) in DEPTS.items())
    hot = [gs[0], gs[7], gs[13]]
    hot_links = "".join(f'<li><a href="{g["truth"]["url"]}">{esc(g["truth"]["name"])}</a></li>' for g in hot)
    files["index.html"] = page("首页", f"""<div class="notice">禾桥区政务服务中心地址：禾桥区迎春路66号。本网站办事指南与中心窗口同源发布。</div>
<h3>按部门办事</h3><ul class="dept-grid">{grid}</ul>
<h3>热门事项</h3><ul>{hot_links}</ul>""")
    for code, (name, _) in DEPTS.items():
        mine = [g for g in gs if g["dept"] == code]
        lis = "".join(f'<li><a href="{g["truth"]["url"]}">{esc(g["truth"]["name"])}</a> '
                      + "".join(f'<span class="tag">{t}</span>' for t in g["tags"]) + "</li>" for g in mine)
        files[f"bsfw/dept.html@deptCode={code}"] = page(name, f'<div class="crumb"><a href="/">首页</a> &gt; {name}</div>'
                                                        f'<h2>{name}</h2><ul class="item-list">{lis}</ul>')
    for i, g in enumerate(gs):
        related = [gs[(i + 5) % len(gs)], gs[(i + 11) % len(gs)]]
        item, dept = g["item"], g["dept"]
        files[f"bsfw/guide.html@deptCode={dept}&itemId={item}"] = guide_page(g, related)
    files["wssb/apply.do"] = page("网上申报", '<p>请先使用汀州省政务服务网账号登录后在线申报。</p>')
    files["yyfw/booking.html"] = page("预约办理", '<p>请选择预约日期与时段。预约成功后请按时到窗口办理。</p>')
    files["hdjl/zxzx.html"] = page("在线咨询", '<p>请留下您的问题，工作人员将在3个工作日内答复。</p>')
    return files, portal(PID, "禾桥区政务服务网", "/", "utf-8", "district hall, tab panes and accordion panels", [g["truth"] for g in gs])
