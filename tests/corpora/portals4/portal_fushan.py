"""“凫山办” — a WeChat / H5 mobile government-service hall of 凫山市.

Mobile viewport, a nav bar, a home grid of service themes → theme lists (``list.html?cat=…``, some
paged with ``&page=2``) → guides ``guide.html?id=FSnnnn``. A guide is a stack of ``<section
class="card">`` blocks, each headed by ``<div class="title">``: a head card with tags (即办件 /
跑动0次 / 全程网办 …), a 基本信息 card of short ``label：value`` lines, then prose cards (申请条件,
申请材料, 办理流程, 办理地点, 温馨提示). A fixed bottom bar carries 咨询 (tel:), sometimes 预约取号
(an appointment page, not an application) and, for guides with an online entry, 在线办理 (text
or image only). The tab bar links 网上办事大厅 on every page.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.portals4.common import esc, headers_json, impl_code, loc, mat, png, truth_item, usci

PID = "fushan"
CHARSET = "utf-8"
BASE = "/m/"
APPLY = "/m/apply.html?id="

CITY_HALL = "凫山市政务服务中心"
BINJIANG = "凫山市滨江区政务服务中心"
LONGQUAN = "凫山市龙泉县政务服务中心"
SHAWAN = "滨江区沙湾街道便民服务中心"
QINGSHI = "龙泉县青石镇便民服务中心"
DONGCUN = "沙湾街道东村社区便民服务站"

ADDR = {
    CITY_HALL: ("凫山市金台路1号", "0635-8201234"),
    BINJIANG: ("滨江区江滨大道206号", "0635-6112345"),
    LONGQUAN: ("龙泉县城关镇府前街9号", "0635-7223456"),
    SHAWAN: ("滨江区沙湾街道南村路12号", "0635-6118801"),
    QINGSHI: ("龙泉县青石镇青石大街56号", "0635-7230012"),
    DONGCUN: ("滨江区沙湾街道东村社区服务中心一楼", "0635-6118866"),
}

U_GJJ = usci("371500", "49310017")
U_YB = usci("371500", "MB1YB017")
U_MZ = usci("371500", "00431592")
U_BJMZ = usci("371502", "00431778")
U_RS = usci("371500", "00431601")


def hall(name: str, note: str = "") -> str:
    address, tel = ADDR[name]
    extra = f"<p>{esc(note)}</p>" if note else ""
    return (f'<div class="hall"><p class="hall-name">{esc(name)}</p><p>地址：{esc(address)}</p>'
            f"<p>办公时间：周一至周五 9:00-12:00，13:30-17:00</p><p>电话：{tel}</p>{extra}</div>")


def ps(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def steps(*rows: tuple[str, str]) -> str:
    return "".join(f'<div class="step"><span class="num">{i + 1}</span><div class="step-title">{esc(t)}</div>'
                   f'<div class="step-desc">{d}</div></div>' for i, (t, d) in enumerate(rows))


GUIDES: list[dict[str, Any]] = [
    dict(
        id="FS2001", cat="zf", name="住房公积金租房提取", tags=["即办件", "跑动0次", "全程网办"],
        info=[("办理部门", "凫山市住房公积金管理中心"), ("办件类型", "即办件"), ("承诺时限", "即办"), ("到现场次数", "0次"),
              ("事项编码", impl_code(U_GJJ, "city", "000123007000"))],
        sections=[
            ("申请条件", ps("职工本人及配偶在本市无自有住房且租赁住房的，可申请提取住房公积金支付房租。")),
            ("申请材料", ps("1. 本人居民身份证（系统自动核验，无需提交）", "2. 本人名下一类银行卡")),
            ("办理流程", ps("在“凫山办”点击下方“在线办理”，完成人脸识别后填写提取金额，系统自动审核，资金实时划转至本人银行卡。")
             + ps(f"不方便使用手机的，也可到{CITY_HALL}三楼公积金窗口办理。")),
            ("办理地点", hall(CITY_HALL)),
        ],
        entry="text",
        truth=dict(name="住房公积金租房提取", department="凫山市住房公积金管理中心",
                   channels=["online", "counter"], online_entry_url=APPLY + "FS2001", online_depth=4, visits=0,
                   promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证", None, True), mat("一类银行卡")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="FS2002", cat="sbyb", name="城乡居民养老保险待遇领取资格认证", tags=["不见面", "跑动0次"],
        info=[("办理部门", "凫山市人力资源和社会保障局"), ("办理时限", "即办"), ("跑动次数", "0次")],
        sections=[
            ("办理对象", ps("正在领取城乡居民基本养老保险待遇的人员，每年认证一次。")),
            ("所需材料", ps("无需提交材料，刷脸即可。")),
            ("办理方式", ps("方式一：在“凫山办”进入“社保认证”，按提示完成人脸识别，认证结果即时反馈；",
                           f"方式二：到{DONGCUN}的社保自助终端刷身份证认证；",
                           "行动不便的，可由社区工作人员上门认证。")),
            ("认证地点", hall(DONGCUN)),
        ],
        truth=dict(name="城乡居民养老保险待遇领取资格认证", department="凫山市人力资源和社会保障局",
                   channels=["online", "self_service"], visits=0, promised_days=0, case_type="immediate",
                   locations=[loc(DONGCUN, "village")]),
    ),
    dict(
        id="FS2003", cat="mzjz", name="特困人员救助供养认定", tags=["承诺件"],
        info=[("实施主体", "凫山市滨江区民政局"), ("行使层级", "县级"), ("办件类型", "承诺件"),
              ("法定时限", "20个工作日"), ("承诺时限", "15个工作日"),
              ("事项编码", impl_code(U_BJMZ, "county", "371502005000"))],
        sections=[
            ("申请条件", ps("无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未满16周岁的未成年人。")),
            ("申请材料", ps("1. 特困人员救助供养申请书", "2. 居民身份证、户口簿复印件", "3. 残疾人证复印件（残疾人提供）",
                            "4. 家庭经济状况核对授权书")),
            ("办理流程", steps(("申请", f"向户籍所在地{SHAWAN}提出书面申请。"),
                               ("审核", "街道办事处在十个工作日内完成调查核实并提出初审意见。"),
                               ("确认", "区民政局在五个工作日内作出确认决定，并在社区公示。"))),
            ("办理地点", hall(SHAWAN)),
        ],
        appoint=True,
        truth=dict(name="特困人员救助供养认定", department="凫山市滨江区民政局", channels=["counter"],
                   levels=["county", "town"], statutory_days=20, promised_days=15, case_type="promised",
                   materials=[mat("特困人员救助供养申请书"), mat("居民身份证", "paper"), mat("户口簿", "paper"),
                              mat("残疾人证", "paper"), mat("家庭经济状况核对授权书")],
                   locations=[loc(SHAWAN, "town")]),
    ),
    dict(
        id="FS2004", cat="sbyb", name="医疗费用手工报销", tags=["承诺件"],
        info=[("办理部门", "凫山市医疗保障局"), ("承诺时限", "20工作日"), ("到现场次数", "1次")],
        sections=[
            ("适用情形", ps("参保人员在异地就医未直接结算、或因特殊原因未能刷卡结算的医疗费用。")),
            ("申请材料", ps("1. 医疗费用发票原件", "2. 费用明细清单", "3. 出院记录（住院的提供）", "4. 社会保障卡")),
            ("办理流程", ps(f"参保人携带材料到{CITY_HALL}一楼医保窗口或{BINJIANG}医保窗口提交，窗口受理后二十个工作日内完成审核，报销款项直接打入本人社会保障卡金融账户，无需再到现场。也可通过邮寄方式将材料寄至市医保服务大厅。")),
            ("办理地点", hall(CITY_HALL) + hall(BINJIANG)),
        ],
        appoint=True,
        truth=dict(name="医疗费用手工报销", department="凫山市医疗保障局", channels=["counter", "post"], visits=1,
                   promised_days=20, case_type="promised",
                   materials=[mat("医疗费用发票", "paper"), mat("费用明细清单"), mat("出院记录"), mat("社会保障卡")],
                   locations=[loc(CITY_HALL, "city"), loc(BINJIANG, "county")]),
    ),
    dict(
        id="FS2005", cat="hjzj", name="新生儿出生登记", tags=["最多跑一次", "出生一件事"],
        info=[("办理部门", "凫山市公安局"), ("承诺时限", "当场办结"), ("到现场次数", "1次")],
        sections=[
            ("办理对象", ps("父母一方为本市常住户口的新生儿。")),
            ("需要申请材料", ps("父母双方居民身份证、户口簿、结婚证原件，新生儿出生医学证明原件。")),
            ("办理方式", ps(f"可通过“凫山办”“出生一件事”联办专区在线申请，审核通过后到{BINJIANG}公安户籍窗口领取户口簿（跑一次）；也可直接到窗口办理，材料齐全的当场办结。")),
            ("办理地点", hall(BINJIANG)),
        ],
        entry="image",
        truth=dict(name="新生儿出生登记", department="凫山市公安局", channels=["online", "counter"],
                   online_entry_url=APPLY + "FS2005", visits=1, promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("结婚证", "paper"),
                              mat("出生医学证明", "paper")],
                   locations=[loc(BINJIANG, "county")]),
    ),
    dict(
        id="FS2006", cat="mzjz", name="困难残疾人生活补贴申请", tags=["承诺件"],
        info=[("办理部门", "凫山市滨江区民政局"), ("受理层级", "镇（街道）级"), ("承诺时限", "10个工作日")],
        sections=[
            ("申请条件", ps("具有本区户籍、持第二代残疾人证的低保对象。")),
            ("申请材料", ps("残疾人证、居民身份证复印件各1份；困难残疾人生活补贴申请表1份（可在窗口领取）。")),
            ("办理流程", ps(f"申请人向{SHAWAN}民政窗口提交申请，也可在“凫山办”网上申请。街道审核后报区民政局审批，10个工作日内办结。")),
            ("办理地点", hall(SHAWAN)),
        ],
        truth=dict(name="困难残疾人生活补贴申请", department="凫山市滨江区民政局", channels=["counter", "online"],
                   promised_days=10, case_type="promised",
                   materials=[mat("残疾人证", "paper"), mat("居民身份证", "paper"), mat("困难残疾人生活补贴申请表")],
                   locations=[loc(SHAWAN, "town")]),
    ),
    dict(
        id="FS2007", cat="jycy", name="创业担保贷款申请", tags=["承诺件", "最多跑一次"],
        info=[("办理部门", "凫山市人力资源和社会保障局"), ("办件类型", "承诺件"), ("承诺时限", "15个工作日"),
              ("到现场次数", "1次"), ("事项编码", impl_code(U_RS, "city", "000107033000"))],
        sections=[
            ("申请条件", ps("符合条件的城镇登记失业人员、就业困难人员、返乡创业农民工、高校毕业生等创办个体工商户或小微企业的。")),
            ("申请材料", ps("1. 创业担保贷款申请表", "2. 居民身份证", "3. 营业执照", "4. 创业项目计划书")),
            ("办理流程", steps(("网上申请", "点击本页“在线办理”提交申请和电子材料。"),
                               ("资格审核", "人社部门5个工作日内完成资格审核。"),
                               ("担保审核", "担保机构5个工作日内完成担保审核。"),
                               ("银行放款", "经办银行5个工作日内完成放款审批，申请人到银行签约1次。"))),
        ],
        entry="text",
        truth=dict(name="创业担保贷款申请", department="凫山市人力资源和社会保障局", channels=["online"],
                   online_entry_url=APPLY + "FS2007", visits=1, promised_days=15, case_type="promised",
                   levels=["city"],
                   materials=[mat("创业担保贷款申请表"), mat("居民身份证"), mat("营业执照"), mat("创业项目计划书")]),
    ),
    dict(
        id="FS2008", cat="hjzj", name="居民身份证换领", tags=["最多跑一次"],
        info=[("办理部门", "凫山市公安局"), ("法定时限", "60个工作日"), ("承诺时限", "20个工作日"), ("到现场次数", "1次")],
        sections=[
            ("办理对象", ps("居民身份证有效期满或证件损坏的本市户籍居民。")),
            ("申请材料", ps("原居民身份证；户口簿。照片现场免费采集，无需自带。")),
            ("办理流程", ps(f"本人到{BINJIANG}或{LONGQUAN}户籍窗口申请，现场拍照、采集指纹。制证完成后可选择邮寄送达，实现只跑一次；选择窗口领取的需再到现场1次。")),
            ("办理地点", hall(BINJIANG) + hall(LONGQUAN)),
        ],
        appoint=True,
        truth=dict(name="居民身份证换领", department="凫山市公安局", channels=["counter"], visits=1, statutory_days=60,
                   promised_days=20,
                   materials=[mat("原居民身份证"), mat("户口簿"), mat("照片", None, True)],
                   locations=[loc(BINJIANG, "county"), loc(LONGQUAN, "county")]),
    ),
    dict(
        id="FS2009", cat="nyny", name="耕地地力保护补贴申报", tags=["村级代办"],
        info=[("实施主体", "龙泉县农业农村局"), ("办理时限", "20个工作日")],
        sections=[
            ("补贴对象", ps("拥有耕地承包权的种地农民。")),
            ("申报材料", ps("承包土地经营权证复印件、户主居民身份证复印件、“一卡通”存折复印件。")),
            ("办理流程", ps(f"农户向所在村申报，由{QINGSHI}汇总审核后报县农业农村局，20个工作日内完成审核并通过“一卡通”发放。")),
            ("受理地点", hall(QINGSHI)),
        ],
        truth=dict(name="耕地地力保护补贴申报", department="龙泉县农业农村局", channels=["counter"], promised_days=20,
                   materials=[mat("承包土地经营权证", "paper"), mat("居民身份证", "paper"), mat("“一卡通”存折", "paper")],
                   locations=[loc(QINGSHI, "town")]),
    ),
    dict(
        id="FS2010", cat="sbyb", name="生育津贴申领", tags=["全程网办", "跑动0次"],
        info=[("办理部门", "凫山市医疗保障局"), ("网办深度", "Ⅳ级"), ("承诺时限", "5个工作日"), ("到现场次数", "0次"),
              ("事项编码", impl_code(U_YB, "city", "000109017000", "01"))],
        sections=[
            ("申领条件", ps("参加职工基本医疗保险（生育保险）的女职工生育或施行计划生育手术后，由单位或本人申领。")),
            ("申请材料", ps("1. 出生医学证明（电子证照自动调取，免于提交）", "2. 生育津贴申领表（线上填写）")),
            ("办理流程", ps("通过本页“在线办理”提交申请，医保部门五个工作日内审核，津贴发放至单位或本人账户。")),
        ],
        entry="image",
        truth=dict(name="生育津贴申领", department="凫山市医疗保障局", channels=["online"],
                   online_entry_url=APPLY + "FS2010", online_depth=4, visits=0, promised_days=5, levels=["city"],
                   materials=[mat("出生医学证明", None, True), mat("生育津贴申领表", "electronic")]),
    ),
    dict(
        id="FS2011", cat="zf", name="住房公积金贷款申请", tags=["承诺件"],
        info=[("办理部门", "凫山市住房公积金管理中心"), ("承诺时限", "7个工作日"), ("到现场次数", "2次")],
        sections=[
            ("申请条件", ps("连续足额缴存住房公积金满6个月，购买本市自住住房的缴存职工。")),
            ("申请材料", ps("借款人及配偶居民身份证、户口簿、婚姻状况证明、购房合同原件及复印件，首付款发票复印件。")),
            ("办理流程", ps(f"借款人到{CITY_HALL}三楼公积金窗口提交申请（第1次），七个工作日内完成审批后，到窗口签订借款合同（第2次）。")),
            ("办理地点", hall(CITY_HALL)),
        ],
        appoint=True,
        truth=dict(name="住房公积金贷款申请", department="凫山市住房公积金管理中心", channels=["counter"], visits=2,
                   promised_days=7, case_type="promised",
                   materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("婚姻状况证明", "paper"),
                              mat("购房合同", "paper"), mat("首付款发票", "paper")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="FS2012", cat="mzjz", name="结婚登记", tags=["预约办理", "即办件"],
        info=[("办理部门", "凫山市滨江区民政局"), ("办件类型", "即办件"), ("办理时限", "当场办结"), ("到现场次数", "1次")],
        sections=[
            ("办理条件", ps("男女双方自愿，男年满22周岁、女年满20周岁，双方均无配偶。")),
            ("申请材料", ps("双方本人居民身份证；双方近期半身免冠合影照片2张（可现场拍摄）。无需提交户口簿，户籍信息由系统联网核验。")),
            ("办理方式", ps(f"双方共同到{BINJIANG}婚姻登记处办理，建议提前在“凫山办”预约，现场当场颁发结婚证。")),
            ("办理地点", hall(BINJIANG)),
        ],
        appoint=True,
        truth=dict(name="结婚登记", department="凫山市滨江区民政局", channels=["counter"], visits=1, promised_days=0,
                   case_type="immediate",
                   materials=[mat("居民身份证"), mat("近期半身免冠合影照片"), mat("户口簿", None, True)],
                   locations=[loc(BINJIANG, "county")]),
    ),
    dict(
        id="FS2013", cat="jycy", name="高校毕业生就业见习补贴申领", tags=["承诺件"],
        info=[("办理部门", "凫山市人力资源和社会保障局"), ("承诺时限", "10个工作日")],
        sections=[
            ("申请对象", ps("吸纳离校2年内未就业高校毕业生参加就业见习的见习单位。")),
            ("申请材料", ps("见习补贴申请表、见习协议、见习人员花名册扫描件，上传至系统即可，无需提交纸质材料。")),
            ("办理流程", ps("见习期满后，见习单位登录凫山市人社网上服务大厅提交申请，人社部门10个工作日内审核，补贴拨付至单位账户。")),
        ],
        truth=dict(name="高校毕业生就业见习补贴申领", department="凫山市人力资源和社会保障局", channels=["online"],
                   promised_days=10, case_type="promised",
                   materials=[mat("见习补贴申请表", "electronic"), mat("见习协议", "electronic"),
                              mat("见习人员花名册", "electronic")]),
    ),
    dict(
        id="FS2014", cat="hjzj", name="无犯罪记录证明开具", tags=["即办件"],
        info=[("办理部门", "凫山市公安局"), ("办件类型", "即办件"), ("承诺时限", "即办")],
        sections=[
            ("办理对象", ps("本市户籍人员或在本市居住的人员。")),
            ("申请材料", ps("居民身份证；委托他人代办的，另需提交授权委托书。")),
            ("办理方式", ps("在“凫山办”在线申请，审核通过后下载电子证明；或到户籍地派出所户籍窗口申请开具；"
                           f"也可在{DONGCUN}的自助终端自助打印。")),
            ("办理地点", hall(DONGCUN)),
        ],
        entry="text",
        truth=dict(name="无犯罪记录证明开具", department="凫山市公安局", channels=["online", "self_service", "counter"],
                   online_entry_url=APPLY + "FS2014", promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证"), mat("授权委托书")],
                   locations=[loc(DONGCUN, "village")]),
    ),
    dict(
        id="FS2015", cat="mzjz", name="计划生育家庭特别扶助金申请", tags=["上报件"],
        info=[("办理部门", "凫山市龙泉县卫生健康局"), ("办件类型", "上报件"), ("办理时限", "30个工作日")],
        sections=[
            ("扶助对象", ps("独生子女死亡或伤残、未再生育或收养子女，女方年满49周岁的夫妻。")),
            ("申请材料", ps("1. 特别扶助对象申请表", "2. 夫妻双方居民身份证复印件", "3. 独生子女死亡证明或残疾人证复印件")),
            ("办理流程", ps(f"本人向{QINGSHI}提出申请，镇卫生健康办初审后报县卫生健康局审核，30个工作日内办结。")),
            ("办理地点", hall(QINGSHI)),
        ],
        truth=dict(name="计划生育家庭特别扶助金申请", department="凫山市龙泉县卫生健康局", channels=["counter"],
                   promised_days=30, case_type="other",
                   materials=[mat("特别扶助对象申请表"), mat("居民身份证", "paper"),
                              mat("独生子女死亡证明或残疾人证", "paper")],
                   locations=[loc(QINGSHI, "town")]),
    ),
    dict(
        id="FS2016", cat="sbyb", name="职工基本养老保险关系转移接续", tags=["跑动0次"],
        info=[("办理部门", "凫山市人力资源和社会保障局"), ("法定时限", "45个工作日"), ("承诺时限", "15个工作日"),
              ("到现场次数", "0次")],
        sections=[
            ("办理对象", ps("跨统筹地区流动就业的参保人员。")),
            ("申请材料", ps("居民身份证；基本养老保险参保缴费凭证（由转出地经办机构出具，经办机构通过系统调取，免于提交）。")),
            ("办理方式", ps("通过国家社会保险公共服务平台或“凫山办”在线申请，全程网上流转；也可将申请材料邮寄至凫山市社会保险事业服务中心。")),
        ],
        entry="text",
        truth=dict(name="职工基本养老保险关系转移接续", department="凫山市人力资源和社会保障局",
                   channels=["online", "post"], online_entry_url=APPLY + "FS2016", visits=0, statutory_days=45,
                   promised_days=15,
                   materials=[mat("居民身份证"), mat("基本养老保险参保缴费凭证", None, True)]),
    ),
    dict(
        id="FS2017", cat="zf", name="不动产登记资料查询", tags=["即办件", "自助办理"],
        info=[("办理部门", "凫山市自然资源和规划局"), ("办件类型", "即办件"), ("承诺时限", "即办")],
        sections=[
            ("查询对象", ps("不动产权利人、利害关系人及有关国家机关。")),
            ("所需材料", ps("查询申请书；查询人居民身份证；代理查询的，另需授权委托书。")),
            ("办理方式", ps(f"权利人可在{CITY_HALL}一楼不动产自助查询机刷身份证自助打印查询结果，或到不动产登记窗口申请查询，当场出具。")),
            ("办理地点", hall(CITY_HALL)),
        ],
        truth=dict(name="不动产登记资料查询", department="凫山市自然资源和规划局", channels=["self_service", "counter"],
                   promised_days=0, case_type="immediate",
                   materials=[mat("查询申请书"), mat("居民身份证"), mat("授权委托书")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="FS2018", cat="nyny", name="农村宅基地和建房（规划许可）审批", tags=["联办件"],
        info=[("实施主体", "龙泉县青石镇人民政府"), ("行使层级", "乡镇级"), ("办件类型", "联办件"),
              ("承诺时限", "20个工作日")],
        sections=[
            ("申请条件", ps("本集体经济组织成员，以户为单位申请，一户只能拥有一处宅基地。")),
            ("申请材料", ps("农村宅基地和建房（规划许可）申请表、农村宅基地使用承诺书、户口簿复印件、建房设计图或通用图。")),
            ("办理流程", ps(f"农户向村民小组提出申请，经村级审查后报{QINGSHI}，镇政府组织自然资源、农业农村等部门联审，20个工作日内作出审批决定，核发乡村建设规划许可证。")),
            ("办理地点", hall(QINGSHI)),
        ],
        truth=dict(name="农村宅基地和建房（规划许可）审批", department="龙泉县青石镇人民政府", channels=["counter"],
                   promised_days=20, case_type="other",
                   materials=[mat("农村宅基地和建房（规划许可）申请表"), mat("农村宅基地使用承诺书"), mat("户口簿", "paper"),
                              mat("建房设计图或通用图")],
                   locations=[loc(QINGSHI, "town")]),
    ),
    dict(
        id="FS2019", cat="jycy", name="失业保险金申领", tags=["全程网办", "跑动0次"],
        info=[("办理部门", "凫山市人力资源和社会保障局"), ("办理深度", "全程网办"), ("承诺时限", "即办"), ("到现场次数", "0次")],
        sections=[
            ("申领条件", ps("失业前用人单位和本人已缴纳失业保险费满1年，非因本人意愿中断就业，已办理失业登记并有求职要求。")),
            ("申请材料", ps("居民身份证或社会保障卡（无需其他证明材料）。")),
            ("办理方式", ps("登录“凫山办”点击下方“在线办理”，在线申领后即时审核发放。")),
        ],
        entry="text",
        truth=dict(name="失业保险金申领", department="凫山市人力资源和社会保障局", channels=["online"],
                   online_entry_url=APPLY + "FS2019", online_depth=4, visits=0, promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证或社会保障卡")]),
    ),
    dict(
        id="FS2020", cat="hjzj", name="户口迁移（市内）", tags=["最多跑一次"],
        info=[("办理部门", "凫山市公安局"), ("承诺时限", "3个工作日"), ("到现场次数", "1次")],
        sections=[
            ("办理对象", ps("在本市范围内变更常住户口登记地址的居民。")),
            ("申请材料", ps("户口簿、居民身份证；房屋产权证明或房屋租赁合同原件。")),
            ("办理流程", ps(f"申请人到迁入地{LONGQUAN}户籍窗口提交申请，窗口受理后三个工作日内完成审批，办结后通知申请人领取。")),
            ("办理地点", hall(LONGQUAN)),
        ],
        appoint=True,
        truth=dict(name="户口迁移（市内）", department="凫山市公安局", channels=["counter"], visits=1, promised_days=3,
                   materials=[mat("户口簿"), mat("居民身份证"), mat("房屋产权证明或房屋租赁合同", "paper")],
                   locations=[loc(LONGQUAN, "county")]),
    ),
]

CATS = [("sbyb", "社保医保"), ("mzjz", "民政救助"), ("hjzj", "户籍证件"), ("jycy", "就业创业"), ("zf", "住房"),
        ("nyny", "农业农村")]
PER_PAGE = 3

STYLE = """<style>
*{box-sizing:border-box}body{margin:0;background:#f4f5f7;font:15px/1.6 -apple-system,"PingFang SC","Microsoft YaHei";color:#222}
.nav-bar{position:sticky;top:0;height:44px;background:#1769ff;color:#fff;display:flex;align-items:center;padding:0 12px}
.nav-bar a{color:#fff;text-decoration:none}.nav-title{flex:1;text-align:center;font-size:17px}
.card{background:#fff;margin:10px;border-radius:8px;padding:12px 14px}.card .title{font-weight:600;border-left:3px solid #1769ff;padding-left:8px;margin-bottom:6px}
.tags span{display:inline-block;font-size:12px;color:#1769ff;border:1px solid #1769ff;border-radius:10px;padding:0 6px;margin-right:4px}
.step{display:flex;flex-wrap:wrap;margin:6px 0}.step .num{width:22px;height:22px;border-radius:11px;background:#1769ff;color:#fff;text-align:center;font-size:12px}
.step-title{margin-left:8px;font-weight:600}.step-desc{width:100%;padding-left:30px;color:#555}
.hall{border-top:1px dashed #ddd;padding-top:6px}.hall-name{font-weight:600}
.fixed-bar{position:fixed;bottom:50px;left:0;right:0;display:flex;background:#fff;border-top:1px solid #eee}
.fixed-bar a{flex:1;text-align:center;line-height:46px;text-decoration:none}.btn-apply{background:#1769ff;color:#fff}
.tabbar{position:fixed;bottom:0;left:0;right:0;height:50px;display:flex;background:#fff;border-top:1px solid #eee}
.tabbar a{flex:1;text-align:center;font-size:12px;padding-top:26px;color:#666;text-decoration:none}
.grid a{display:inline-block;width:33%;text-align:center;padding:14px 0}.footer{text-align:center;color:#999;font-size:12px;padding:10px 10px 120px}
</style>
"""

TABBAR = ('<nav class="tabbar"><a href="/m/">首页</a><a href="/m/list.html?cat=sbyb">办事</a>'
          '<a href="/wsdt/">网上办事大厅</a><a href="/m/my.html">我的</a></nav>\n')
FOOTER = ('<div class="footer"><p>主办单位：凫山市人民政府办公室　技术支持：凫山市大数据局</p>'
          '<p>联系电话：0635-12345　鲁ICP备12034567号-2</p></div>\n')


def page(title: str, nav: str, body: str, back: str = "/m/") -> str:
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n'
            f'<meta name="format-detection" content="telephone=no">\n<title>{esc(title)}</title>\n{STYLE}</head>\n<body>\n'
            f'<header class="nav-bar"><a href="{back}">&lt; 返回</a><div class="nav-title">{esc(nav)}</div>'
            '<a href="/m/search.html">搜索</a></header>\n'
            f"{body}\n{FOOTER}{TABBAR}</body>\n</html>\n")


def guide_page(guide: dict[str, Any]) -> str:
    tags = "".join(f"<span>{esc(tag)}</span>" for tag in guide["tags"])
    info = "".join(f"<p>{esc(label)}：{esc(value)}</p>" for label, value in guide["info"])
    cards = [f'<section class="card guide-head"><h1 class="name">{esc(guide["name"])}</h1><div class="tags">{tags}</div></section>',
             f'<section class="card"><div class="title">基本信息</div><div class="content">{info}</div></section>']
    for title, body in guide["sections"]:
        cards.append(f'<section class="card"><div class="title">{esc(title)}</div><div class="content">{body}</div></section>')
    cards.append('<section class="card"><div class="title">温馨提示</div><div class="content"><p>办事前可拨打12345政务服务便民热线咨询。'
                 '本指南内容如有调整，以窗口最新告知为准。</p></div></section>')
    bar = ['<a href="tel:0635-12345">咨询</a>', '<a href="javascript:void(0)" onclick="fav()">收藏</a>']
    if guide.get("appoint"):
        bar.append(f'<a href="/m/yuyue.html?id={guide["id"]}">预约取号</a>')
    href = esc(APPLY + guide["id"])
    if guide.get("entry") == "text":
        bar.append(f'<a class="btn-apply" href="{href}">在线办理</a>')
    elif guide.get("entry") == "image":
        bar.append(f'<a class="btn-apply" href="{href}"><img src="/m/img/apply.png" width="96" height="30"></a>')
    body = "\n".join(cards) + f'\n<div class="fixed-bar">{"".join(bar)}</div>'
    return page(f"{guide['name']}-凫山办", "办事指南", body, back=f"/m/list.html?cat={guide['cat']}")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str | bytes] = {}
    items = []
    for guide in GUIDES:
        url = f"{BASE}guide.html?id={guide['id']}"
        files[f"m/guide.html@id={guide['id']}"] = guide_page(guide)
        item = truth_item(url=url, item_code=dict(guide["info"]).get("事项编码"), **guide["truth"])
        items.append(item)
        assert bool(guide.get("entry")) == bool(item["online_entry_url"]), guide["id"]
        if item["online_entry_url"]:
            files[f"m/apply.html@id={guide['id']}"] = page(
                "在线办理-凫山办", "在线办理",
                f'<section class="card"><div class="title">统一身份认证</div><p>请使用微信授权或凫山办账号登录后继续办理“{esc(guide["name"])}”。</p></section>')
        if guide.get("appoint"):
            files[f"m/yuyue.html@id={guide['id']}"] = page(
                "预约取号-凫山办", "预约取号",
                f'<section class="card"><div class="title">预约取号</div><p>“{esc(guide["name"])}”可预约近7日窗口号源，请选择办理大厅和时段。</p></section>')
    for cat, label in CATS:
        rows = [g for g in GUIDES if g["cat"] == cat]
        chunks = [rows[i:i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)]
        for number, chunk in enumerate(chunks):
            lis = "".join(f'<a class="item" href="guide.html?id={g["id"]}"><div class="item-name">{esc(g["name"])}</div>'
                          f'<div class="item-tags">{"".join(f"<span>{esc(t)}</span>" for t in g["tags"])}</div></a>\n'
                          for g in chunk)
            more = (f'<a class="more" href="list.html?cat={cat}&amp;page={number + 2}">加载更多</a>'
                    if number + 1 < len(chunks) else '<p class="end">没有更多了</p>')
            name = f"m/list.html@cat={cat}" + (f"&page={number + 1}" if number else "")
            files[name] = page(f"{label}-凫山办", label,
                               f'<section class="card list">{lis}</section>{more}', back="/m/")
    grid = "".join(f'<a href="list.html?cat={cat}"><img src="/m/img/icon.png" width="32" height="32"><br>{label}</a>'
                   for cat, label in CATS)
    hot = "".join(f'<a class="item" href="guide.html?id={g["id"]}">{esc(g["name"])}</a><br>' for g in GUIDES[:4])
    files["m/index.html"] = page("凫山办", "凫山办", f"""<section class="card"><div class="banner"><img src="/m/img/banner.png" width="100%"></div></section>
<section class="card"><div class="title">服务专题</div><div class="grid">{grid}</div></section>
<section class="card"><div class="title">热门服务</div>{hot}</section>""", back="/m/")
    files["m/my.html"] = page("我的-凫山办", "我的", '<section class="card"><p>请先登录。</p><a href="/wsdt/">去登录</a></section>')
    files["m/search.html"] = page("搜索-凫山办", "搜索", '<section class="card"><form action="/m/search.html"><input name="kw" placeholder="搜索事项"></form></section>')
    files["wsdt/index.html"] = page("凫山市网上办事大厅", "网上办事大厅",
                                    '<section class="card"><div class="title">凫山市网上办事大厅</div><p>个人办事、法人办事、部门服务。请登录后办理。</p></section>')
    out: dict[str, bytes] = {name: (data.encode(CHARSET) if isinstance(data, str) else data)
                             for name, data in files.items()}
    out["m/img/apply.png"] = png(96, 30, (23, 105, 255))
    out["m/img/icon.png"] = png(32, 32, (23, 105, 255))
    out["m/img/banner.png"] = png(160, 48, (80, 140, 255))
    out["headers.json"] = headers_json(CHARSET)
    portal = {"id": PID, "name": "凫山办（凫山市微信政务服务大厅）", "style": "wechat-h5-cards",
              "home": "/m/", "charset": CHARSET, "served_content_type": f"text/html; charset={CHARSET}",
              "items": items}
    return out, portal
