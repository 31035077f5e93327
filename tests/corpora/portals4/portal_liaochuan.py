"""蓼川市政务服务网 — a mix: prose guides, some with a small materials table, some with several
process steps each with its own days, some with materials enumerated in one sentence.

Home → 部门办事 (``/bszn/dept.do``) → one list per department (``list.do?deptId=NN``) → guides
``detail.do?itemId=LCnnnn&deptId=NN`` (two parameters, linked in that order). A guide is a title
(``<h2>``), a one-line meta bar, then ``<div class="bt">`` headings over ``<div class="txt">``
prose; where a guide has a materials table it is the only table. The online entry, where a
guide has one, is ``/wssb/apply.do?itemId=…&type=1`` (text, or an image-only link); the header's
网上办事大厅 and the sidebar's 在线办理平台 are navigation.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.portals4.common import esc, headers_json, impl_code, loc, mat, png, truth_item, usci

PID = "liaochuan"
CHARSET = "utf-8"

CIVIC = "蓼川市市民服务中心"
DONGCHENG = "蓼川市东城区政务服务中心"
HUAYUAN = "东城区花园街道便民服务中心"

DEPTS = {
    "02": "蓼川市自然资源和规划局",
    "05": "蓼川市市场监督管理局",
    "07": "蓼川市住房和城乡建设局",
    "09": "蓼川市卫生健康委员会",
    "11": "蓼川市人力资源和社会保障局",
    "13": "蓼川市城市管理局",
    "15": "蓼川市交通运输局",
    "17": "蓼川市生态环境局",
}

U = {key: usci("420800", body) for key, body in
     (("02", "MB0TR022"), ("05", "00793221"), ("07", "00793247"), ("09", "00793263"), ("11", "00793280"),
      ("13", "MB0CG131"), ("15", "00793312"), ("17", "MB0HB178"))}


def T(text: str) -> str:  # noqa: N802 (a prose block)
    return f'<div class="txt"><p>{text}</p></div>'


def TP(*paras: str) -> str:  # noqa: N802
    return '<div class="txt">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


def TABLE(*rows: tuple[str, str, str, str]) -> str:  # noqa: N802
    body = "".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{esc(f)}</td><td>{esc(c)}</td><td>{esc(r)}</td></tr>"
                   for i, (n, f, c, r) in enumerate(rows))
    return ('<table class="mtable" border="1" cellspacing="0" cellpadding="4"><tr><th>序号</th><th>材料名称</th>'
            f"<th>材料形式</th><th>份数</th><th>备注</th></tr>{body}</table>")


GUIDES: list[dict[str, Any]] = [
    dict(
        id="LC0201", dept="02", name="不动产抵押权首次登记", meta="服务对象：自然人、企业法人　办件类型：承诺件",
        sections=[
            ("办理依据", T("《不动产登记暂行条例》及其实施细则。")),
            ("申请材料", TABLE(("不动产登记申请书", "纸质", "1份", "窗口领取或网上填报"),
                               ("身份证明", "纸质、电子", "1份", ""),
                               ("不动产权属证书", "纸质", "原件1份", ""),
                               ("主债权合同和抵押合同", "纸质", "原件1份", ""),
                               ("营业执照", "电子", "", "通过电子证照库调取，申请人免于提交"))),
            ("办理流程及时限", TP("第一步，申请受理：申请人到" + CIVIC + "二楼不动产登记窗口或通过网上申请提交材料，窗口当场受理；",
                                  "第二步，审核登簿：登记机构3个工作日内完成审核并记载于不动产登记簿；",
                                  "第三步，缮证发证：2个工作日内制作不动产登记证明，可选择邮寄送达。",
                                  "承诺时限5个工作日（法定时限30个工作日），最多跑一次，到现场1次。")),
            ("办理地点", T(CIVIC + "二楼不动产登记专区（蓼川市长江路100号）。")),
        ],
        code=impl_code(U["02"], "city", "000173008000"), entry="text",
        truth=dict(department="蓼川市自然资源和规划局", channels=["counter", "online"], visits=1, statutory_days=30,
                   promised_days=5, case_type="promised",
                   materials=[mat("不动产登记申请书", "paper"), mat("身份证明", "both"), mat("不动产权属证书", "paper"),
                              mat("主债权合同和抵押合同", "paper"), mat("营业执照", "electronic", True)],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0501", dept="05", name="食品经营许可证核发", meta="服务对象：企业法人、个体工商户",
        sections=[
            ("申请条件", T("具有与经营的食品品种、数量相适应的经营场所、设备设施、食品安全管理人员和规章制度。")),
            ("申请材料", T("食品经营许可申请书、营业执照复印件、食品安全管理制度文本、经营场所平面布局图，各一份。")),
            ("办理程序", TP("1. 受理：申请人向" + DONGCHENG + "市场监管窗口提交材料，材料齐全的当场受理；",
                            "2. 审查：市场监管部门对申请材料进行审查，需要现场核查的组织现场核查，10个工作日内作出决定；",
                            "3. 发证：准予许可的，当场颁发食品经营许可证。",
                            "法定时限20个工作日。")),
            ("网上办理", T('申请人可通过“蓼川市场监管网上办事”提交申请：<a href="/wssb/apply.do?itemId=LC0501&amp;type=1"><img src="/images/wssb.png"></a>')),
        ],
        entry="image",
        truth=dict(department="蓼川市市场监督管理局", channels=["counter", "online"], statutory_days=20, promised_days=10,
                   materials=[mat("食品经营许可申请书"), mat("营业执照", "paper"), mat("食品安全管理制度文本"),
                              mat("经营场所平面布局图")],
                   locations=[loc(DONGCHENG, "county")]),
    ),
    dict(
        id="LC0701", dept="07", name="建筑工程施工许可证核发", meta="服务对象：企业法人　全程网办",
        sections=[
            ("申请材料", TABLE(("建筑工程施工许可证申请表", "电子", "", "在线填报"),
                               ("建设工程规划许可证", "电子", "", "通过部门共享获取，免于提交"),
                               ("施工合同", "电子", "", "扫描上传"),
                               ("建设资金已经落实承诺书", "电子", "", ""))),
            ("办理流程", TP("本事项实行全程网办。建设单位通过蓼川市工程建设项目审批管理系统在线申报（"
                            '<a href="/wssb/apply.do?itemId=LC0701&amp;type=1">在线申报</a>），系统即时受理；',
                            "审查决定环节3个工作日；准予许可的，当场核发电子证照，不用跑，到现场次数0次。",
                            "法定期限15个工作日。")),
            ("办理部门", T("蓼川市住房和城乡建设局（市行政审批服务窗口）")),
        ],
        code=impl_code(U["07"], "city", "000114002000"), entry="inline",
        truth=dict(department="蓼川市住房和城乡建设局", channels=["online"], levels=["city"], online_depth=4, visits=0,
                   statutory_days=15,
                   promised_days=3,
                   materials=[mat("建筑工程施工许可证申请表", "electronic"), mat("建设工程规划许可证", "electronic", True),
                              mat("施工合同", "electronic"), mat("建设资金已经落实承诺书", "electronic")]),
    ),
    dict(
        id="LC1501", dept="15", name="道路运输从业人员从业资格证补发", meta="服务对象：自然人　办件类型：即办件",
        sections=[
            ("适用情形", T("从业资格证件遗失、损毁的。")),
            ("所需材料", T("居民身份证原件；从业资格证件补发申请表。")),
            ("办理方式", TP("窗口办理：" + CIVIC + "三楼交通运输窗口，即时办结；",
                            "自助办理：市民服务中心一楼交通政务自助终端刷身份证补打证件；",
                            "网上办理：登录交通运输部“运政一网通办”申请，证件邮寄到家。")),
            ("办理部门", T("蓼川市交通运输局")),
        ],
        truth=dict(department="蓼川市交通运输局", channels=["counter", "self_service", "online"], promised_days=0,
                   case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("从业资格证件补发申请表")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0901", dept="09", name="医师执业注册", meta="服务对象：自然人　网办深度：Ⅳ级",
        sections=[
            ("申请材料", TABLE(("医师执业注册申请审核表", "电子", "", ""), ("医师资格证书", "电子", "", "扫描上传"),
                               ("近6个月内的健康体检证明", "电子", "", "扫描上传"), ("拟执业机构聘用证明", "电子", "", ""))),
            ("办理方式", T("登录国家医师电子化注册系统或本页下方“网上申请”提交，全程网上办理，零跑腿（到现场0次），电子证照即时生成。")),
            ("办理时限", T("法定时限20个工作日，承诺时限5个工作日。")),
            ("办理部门", T("蓼川市卫生健康委员会")),
        ],
        entry="text",
        truth=dict(department="蓼川市卫生健康委员会", channels=["online"], online_depth=4, visits=0, statutory_days=20,
                   promised_days=5,
                   materials=[mat("医师执业注册申请审核表", "electronic"), mat("医师资格证书", "electronic"),
                              mat("近6个月内的健康体检证明", "electronic"), mat("拟执业机构聘用证明", "electronic")]),
    ),
    dict(
        id="LC1301", dept="13", name="户外广告设施设置审批", meta="服务对象：企业法人、个体工商户　办件类型：承诺件",
        sections=[
            ("申请材料", T("1.户外广告设施设置申请表；2.营业执照、场地使用权证明复印件；3.设置效果图和设计施工图。")),
            ("办理流程", T("申请人到" + DONGCHENG + "城管窗口提交申请，窗口受理后组织现场踏勘，5个工作日内作出审批决定。申请人需到现场1次。")),
            ("收费标准", T("不收费。")),
            ("实施机构", T("蓼川市城市管理局")),
        ],
        code=impl_code(U["13"], "county", "000140020000"),
        truth=dict(department="蓼川市城市管理局", channels=["counter"], visits=1, promised_days=5, case_type="promised",
                   materials=[mat("户外广告设施设置申请表"), mat("营业执照", "paper"), mat("场地使用权证明", "paper"),
                              mat("设置效果图和设计施工图")],
                   locations=[loc(DONGCHENG, "county")]),
    ),
    dict(
        id="LC1101", dept="11", name="人力资源服务许可", meta="服务对象：企业法人",
        sections=[
            ("申请材料", T("人力资源服务许可申请书、营业执照、公司章程、经营场所使用证明原件及复印件各一份，人力资源服务管理制度文本一份。")),
            ("办理程序及时限", TP("（1）受理：当场受理；", "（2）审查：人社部门对材料进行审查并实地核查，需7个工作日；",
                                  "（3）决定：审查通过后3个工作日内作出许可决定并颁发许可证；",
                                  "以上合计承诺10个工作日办结，法定时限20个工作日。")),
            ("办理地点", T(CIVIC + "三楼人社窗口。也可通过邮寄方式提交申请材料。")),
            ("办理部门", T("蓼川市人力资源和社会保障局")),
        ],
        truth=dict(department="蓼川市人力资源和社会保障局", channels=["counter", "post"], statutory_days=20,
                   promised_days=10,
                   materials=[mat("人力资源服务许可申请书", "paper"), mat("营业执照", "paper"), mat("公司章程", "paper"),
                              mat("经营场所使用证明", "paper"),
                              mat("人力资源服务管理制度文本")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0702", dept="07", name="城镇污水排入排水管网许可", meta="服务对象：企业法人、个体工商户",
        sections=[
            ("申请材料", TABLE(("排水许可申请表", "纸质", "1份", ""), ("排水户内部排水管网平面图", "纸质", "1份", ""),
                               ("排水水质检测报告", "纸质、电子", "1份", "具有资质的检测机构出具"))),
            ("办事流程", TP("步骤一 受理：1个工作日；", "步骤二 现场勘查：3个工作日；", "步骤三 审批决定：1个工作日。",
                            "办结时限合计5个工作日。")),
            ("受理地点", T(CIVIC + "二楼住建窗口。")),
            ("实施主体", T("蓼川市住房和城乡建设局")),
        ],
        truth=dict(department="蓼川市住房和城乡建设局", channels=["counter"], promised_days=5,
                   materials=[mat("排水许可申请表", "paper"), mat("排水户内部排水管网平面图", "paper"),
                              mat("排水水质检测报告", "both")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0502", dept="05", name="特种设备使用登记", meta="服务对象：企业法人　办件类型：即办件",
        sections=[
            ("申请材料", TABLE(("特种设备使用登记表", "纸质", "2份", ""), ("产品合格证", "纸质", "复印件1份", ""),
                               ("监督检验证明", "纸质", "复印件1份", ""))),
            ("办理流程", T("使用单位携带材料到" + CIVIC + "市场监管窗口办理，材料齐全的当场办结，当场发放使用登记证。需到现场1次。")),
            ("办理部门", T("蓼川市市场监督管理局")),
        ],
        code=impl_code(U["05"], "city", "000117031000", "02"),
        truth=dict(department="蓼川市市场监督管理局", channels=["counter"], visits=1, promised_days=0, case_type="immediate",
                   materials=[mat("特种设备使用登记表", "paper"), mat("产品合格证", "paper"), mat("监督检验证明", "paper")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0703", dept="07", name="房屋租赁登记备案", meta="服务对象：自然人、法人",
        sections=[
            ("申请材料", T("房屋租赁合同、房屋所有权证、身份证明原件及复印件各一份。")),
            ("办理方式", T("当事人可到" + HUAYUAN + "或" + DONGCHENG + "住房窗口办理，当场办结；也可登录蓼川市住房租赁服务平台网上备案。")),
            ("办理部门", T("蓼川市住房和城乡建设局")),
        ],
        truth=dict(department="蓼川市住房和城乡建设局", channels=["counter", "online"], promised_days=0, case_type="immediate",
                   materials=[mat("房屋租赁合同", "paper"), mat("房屋所有权证", "paper"), mat("身份证明", "paper")],
                   locations=[loc(HUAYUAN, "town"), loc(DONGCHENG, "county")]),
    ),
    dict(
        id="LC0202", dept="02", name="建设项目用地预审与选址意见书核发", meta="服务对象：企业法人、事业单位法人",
        sections=[
            ("申请材料", T("建设项目用地预审与选址申请表、建设项目批准或核准文件、标注项目用地范围的土地利用总体规划图。")),
            ("办理程序", TP("（一）受理，1个工作日；", "（二）审查，含必要的现场踏勘，10个工作日；", "（三）审批决定，2个工作日。",
                            "上述环节合计13个工作日，法定时限20个工作日。")),
            ("办理窗口", T(CIVIC + "二楼自然资源和规划窗口；可网上申请。")),
            ("办理部门", T("蓼川市自然资源和规划局")),
        ],
        code=impl_code(U["02"], "city", "000173101000"),
        truth=dict(department="蓼川市自然资源和规划局", channels=["counter", "online"], statutory_days=20, promised_days=13,
                   materials=[mat("建设项目用地预审与选址申请表"), mat("建设项目批准或核准文件"),
                              mat("标注项目用地范围的土地利用总体规划图")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC1102", dept="11", name="职业培训补贴申领", meta="服务对象：自然人",
        sections=[
            ("申领条件", T("参加职业技能培训并取得职业资格证书或职业技能等级证书的劳动者。")),
            ("申请材料", TABLE(("职业培训补贴申请表", "电子", "", "线上填写"), ("职业技能等级证书", "电子", "", "上传证书照片"),
                               ("银行账户信息", "电子", "", ""))),
            ("办理方式", T('通过“蓼川人社”APP或<a href="/wssb/apply.do?itemId=LC1102&amp;type=1">网上申请</a>，'
                           "人社部门十五个工作日内审核并拨付补贴，不用跑（到现场0次）。")),
            ("承诺时限", T("15个工作日")),
            ("办理部门", T("蓼川市人力资源和社会保障局")),
        ],
        entry="inline",
        truth=dict(department="蓼川市人力资源和社会保障局", channels=["online"], visits=0, promised_days=15,
                   materials=[mat("职业培训补贴申请表", "electronic"), mat("职业技能等级证书", "electronic"),
                              mat("银行账户信息", "electronic")]),
    ),
    dict(
        id="LC0902", dept="09", name="公共场所卫生许可证核发", meta="服务对象：企业法人、个体工商户　告知承诺制",
        sections=[
            ("申请材料", T("卫生许可申请表、营业执照、卫生管理制度、告知承诺书。")),
            ("办理流程", T("实行告知承诺制：申请人签署告知承诺书并提交材料的，" + DONGCHENG + "卫健窗口当场作出许可决定；"
                           "监督部门在许可后3个月内开展现场核查。")),
            ("办理时限", T("法定时限20个工作日；承诺时限：当场办结。")),
            ("办理部门", T("蓼川市东城区卫生健康局")),
        ],
        truth=dict(department="蓼川市东城区卫生健康局", channels=["counter"], statutory_days=20, promised_days=0,
                   case_type="immediate",
                   materials=[mat("卫生许可申请表"), mat("营业执照"), mat("卫生管理制度"), mat("告知承诺书")],
                   locations=[loc(DONGCHENG, "county")]),
    ),
    dict(
        id="LC1701", dept="17", name="建设项目环境影响报告表审批", meta="服务对象：企业法人",
        sections=[
            ("申请材料", TABLE(("建设项目环境影响报告表", "纸质、电子", "纸质2份", ""), ("环评审批申请书", "纸质", "1份", ""))),
            ("办理流程及时限", TP("1. 受理：窗口当场受理；", "2. 技术评估：10个工作日；", "3. 审批：5个工作日；", "4. 公示：5个工作日。",
                                  "承诺时限20个工作日，法定时限30个工作日（技术评估时间不计入）。")),
            ("办理地点", T(CIVIC + "二楼生态环境窗口，或邮寄申请材料至市生态环境局行政审批科。")),
            ("办理部门", T("蓼川市生态环境局")),
        ],
        code=impl_code(U["17"], "city", "000126005000"),
        truth=dict(department="蓼川市生态环境局", channels=["counter", "post"], statutory_days=30, promised_days=20,
                   materials=[mat("建设项目环境影响报告表", "both"), mat("环评审批申请书", "paper")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC1302", dept="13", name="城市建筑垃圾处置核准", meta="服务对象：企业法人",
        sections=[
            ("申请材料", T("建筑垃圾处置核准申请表；运输车辆行驶证、消纳场地证明复印件。")),
            ("办理流程", TP("第一步 申请：申请人到" + DONGCHENG + "城管窗口提交材料，当场受理；",
                            "第二步 审查：城市管理部门4个工作日内完成审查和现场核实；",
                            "第三步 决定：审查通过后当场核发建筑垃圾处置核准文件。")),
            ("办理部门", T("蓼川市城市管理局")),
        ],
        truth=dict(department="蓼川市城市管理局", channels=["counter"], promised_days=4,
                   materials=[mat("建筑垃圾处置核准申请表"), mat("运输车辆行驶证", "paper"), mat("消纳场地证明", "paper")],
                   locations=[loc(DONGCHENG, "county")]),
    ),
    dict(
        id="LC1103", dept="11", name="高校毕业生档案托管", meta="服务对象：自然人",
        sections=[
            ("办理对象", T("离校未就业或在非公有制单位就业的高校毕业生。")),
            ("所需材料", T("毕业证书、报到证、居民身份证原件。")),
            ("办理地点", T(HUAYUAN + "人力社保窗口，或" + CIVIC + "三楼人事档案窗口。")),
            ("办理时限", T("即办件，当场办结。")),
        ],
        truth=dict(department=None, channels=["counter"], promised_days=0, case_type="immediate",
                   materials=[mat("毕业证书", "paper"), mat("报到证", "paper"), mat("居民身份证", "paper")],
                   locations=[loc(HUAYUAN, "town"), loc(CIVIC, "city")]),
    ),
    dict(
        id="LC1502", dept="15", name="出租汽车车辆运营证核发", meta="服务对象：企业法人",
        sections=[
            ("申请材料", T("车辆运营证申请表；机动车行驶证原件及复印件；车辆技术等级评定证明。")),
            ("办理流程", TP("第一步：企业向" + CIVIC + "交通运输窗口提交申请，当场受理；",
                            "第二步：交通运输部门对车辆进行核查，2个工作日；",
                            "第三步：审核通过后3个工作日内核发车辆运营证。",
                            "全程承诺时限5个工作日，企业经办人只需跑一次（到现场1次），证件可邮寄。")),
            ("办理部门", T("蓼川市交通运输局")),
        ],
        code=impl_code(U["15"], "city", "000135011000"),
        truth=dict(department="蓼川市交通运输局", channels=["counter"], visits=1, promised_days=5,
                   materials=[mat("车辆运营证申请表"), mat("机动车行驶证", "paper"), mat("车辆技术等级评定证明")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="LC0503", dept="05", name="个体工商户注销登记", meta="服务对象：个体工商户　办件类型：即办件",
        sections=[
            ("申请材料", T("个体工商户注销登记申请书；营业执照正、副本原件。")),
            ("办理方式", T("可通过蓼川市市场主体登记全程电子化平台网上申请，也可到" + HUAYUAN + "市场监管窗口办理，即办件，当场办结。")),
            ("办理部门", T("蓼川市东城区市场监督管理局")),
        ],
        truth=dict(department="蓼川市东城区市场监督管理局", channels=["online", "counter"], promised_days=0,
                   case_type="immediate",
                   materials=[mat("个体工商户注销登记申请书"), mat("营业执照正、副本", "paper")],
                   locations=[loc(HUAYUAN, "town")]),
    ),
    dict(
        id="LC1702", dept="17", name="排污许可证核发（简化管理）", meta="服务对象：企业法人　全程网办",
        sections=[
            ("申请材料", T("排污许可证申请表、守法承诺书，均通过全国排污许可证管理信息平台在线填报。")),
            ("办理流程", T("企业在线申报后，生态环境部门20个工作日内完成审核并核发电子排污许可证，全程网上办理，零跑腿（到现场0次）。")),
            ("办理部门", T("蓼川市生态环境局")),
        ],
        truth=dict(department="蓼川市生态环境局", channels=["online"], online_depth=4, visits=0, promised_days=20,
                   materials=[mat("排污许可证申请表", "electronic"), mat("守法承诺书", "electronic")]),
    ),
    dict(
        id="LC0903", dept="09", name="母婴保健技术服务执业许可", meta="服务对象：事业单位法人、企业法人",
        sections=[
            ("申请材料", TABLE(("母婴保健技术服务执业许可申请登记书", "纸质", "1份", ""),
                               ("医疗机构执业许可证", "纸质", "副本复印件1份", ""),
                               ("卫生技术人员资格证明", "纸质", "复印件1份", ""))),
            ("办理程序", TP("受理后，卫生健康部门组织专家现场评审，评审时间不计入办理时限。",
                            "承诺时限：十五个工作日（15个工作日）；法定时限：30个工作日。")),
            ("办理地点", T(CIVIC + "三楼卫健窗口，需到现场2次（提交材料、领取许可证）。")),
            ("办理部门", T("蓼川市卫生健康委员会")),
        ],
        code=impl_code(U["09"], "city", "000119013000"),
        truth=dict(department="蓼川市卫生健康委员会", channels=["counter"], visits=2, statutory_days=30, promised_days=15,
                   materials=[mat("母婴保健技术服务执业许可申请登记书", "paper"), mat("医疗机构执业许可证", "paper"),
                              mat("卫生技术人员资格证明", "paper")],
                   locations=[loc(CIVIC, "city")]),
    ),
]

STYLE = """<style>
body{margin:0;font:14px/1.75 "Microsoft YaHei";background:#eef3f8;color:#333}
.header{background:#0b4f8a;color:#fff;padding:16px 30px;font-size:24px}.menu{background:#083b68}.menu a{color:#fff;display:inline-block;padding:8px 18px}
.container{width:1120px;margin:10px auto;background:#fff;padding:14px;overflow:hidden}.crumb{font-size:12px;color:#777}
.main{float:left;width:820px}.aside{float:right;width:260px}.guide-title h2{text-align:center;color:#0b4f8a}
.meta{background:#f5f8fb;padding:6px;text-align:center;color:#666}.bt{font-weight:bold;color:#0b4f8a;border-bottom:1px solid #cfe0ef;margin-top:12px}
.mtable{border-collapse:collapse;width:100%}.footer{text-align:center;font-size:12px;color:#666;padding:16px}
</style>
"""


def page(title: str, crumbs: list[tuple[str, str]], main: str, aside_extra: str = "") -> str:
    crumb = " &gt; ".join(f'<a href="{href}">{esc(label)}</a>' for label, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
{STYLE}</head>
<body>
<div class="header">蓼川市政务服务网<span class="login"><a href="/wsdt/">登录</a> | <a href="/wsdt/">注册</a></span></div>
<div class="menu"><a href="/">首页</a><a href="/bszn/dept.do">部门办事</a><a href="/bszn/dept.do">个人办事</a><a href="/bszn/dept.do">法人办事</a><a href="/wsdt/">网上办事大厅</a><a href="/hdjl/">咨询投诉</a></div>
<div class="container"><div class="crumb">当前位置：{crumb}</div>
<div class="main">{main}</div>
<div class="aside"><h4>服务导航</h4><ul><li><a href="/wsdt/">在线办理平台</a></li><li><a href="/bszn/dept.do">按部门查找</a></li><li><a href="/hdjl/">我要咨询</a></li><li><a href="/hdjl/">我要评价</a></li></ul>{aside_extra}</div>
</div>
<div class="footer">主办单位：蓼川市人民政府办公室　承办单位：蓼川市行政审批局　联系电话：0724-2345678<br>鄂ICP备13006789号　网站标识码：4208000012</div>
</body>
</html>
"""


def entry_url(guide: dict[str, Any]) -> str:
    return f"/wssb/apply.do?itemId={guide['id']}&type=1"


def guide_page(guide: dict[str, Any]) -> str:
    parts = [f'<div class="guide-title"><h2>{esc(guide["name"])}</h2></div><div class="meta">{esc(guide["meta"])}</div>']
    for index, (title, body) in enumerate(guide["sections"]):
        parts.append(f'<div class="bt">{"一二三四五六七八"[index]}、{esc(title)}</div>{body}')
    if guide.get("code"):
        parts.append(f'<div class="txt"><p>实施编码：{guide["code"]}</p></div>')
    if guide.get("entry") == "text":
        parts.append(f'<p class="apply"><a href="{esc(entry_url(guide))}" target="_blank">网上申请</a></p>')
    related = [g for g in GUIDES if g["dept"] == guide["dept"] and g is not guide]
    aside = "<h4>相关事项</h4><ul>" + "".join(
        f'<li><a href="detail.do?itemId={g["id"]}&amp;deptId={g["dept"]}">{esc(g["name"])}</a></li>' for g in related) + "</ul>"
    return page(f"{guide['name']}_办事指南_蓼川市政务服务网",
                [("首页", "/"), ("部门办事", "/bszn/dept.do"), (DEPTS[guide["dept"]], f"/bszn/list.do?deptId={guide['dept']}"),
                 ("办事指南", "#")], "".join(parts), aside)


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str | bytes] = {}
    items = []
    for guide in GUIDES:
        url = f"/bszn/detail.do?itemId={guide['id']}&deptId={guide['dept']}"
        files[f"bszn/detail.do@deptId={guide['dept']}&itemId={guide['id']}"] = guide_page(guide)
        entry = entry_url(guide) if guide.get("entry") else None
        item = truth_item(url=url, item_code=guide.get("code"), name=guide["name"], online_entry_url=entry,
                          **guide["truth"])
        items.append(item)
        if entry:
            files[f"wssb/apply.do@itemId={guide['id']}&type=1"] = page(
                "网上申报_蓼川市政务服务网", [("首页", "/"), ("网上办事大厅", "/wsdt/")],
                f"<h3>网上申报</h3><p>{esc(guide['name'])}：请先登录统一身份认证平台。</p>")
    for dept, dname in DEPTS.items():
        rows = [g for g in GUIDES if g["dept"] == dept]
        lis = "".join(f'<li><a href="detail.do?itemId={g["id"]}&amp;deptId={dept}">{esc(g["name"])}</a>'
                      f'<span class="op"><a href="detail.do?itemId={g["id"]}&amp;deptId={dept}">办事指南</a></span></li>'
                      for g in rows)
        files[f"bszn/list.do@deptId={dept}"] = page(f"{dname}_部门办事_蓼川市政务服务网",
                                                    [("首页", "/"), ("部门办事", "/bszn/dept.do"), (dname, "#")],
                                                    f"<h3>{esc(dname)}</h3><ul>{lis}</ul>")
    dept_links = "".join(f'<li><a href="list.do?deptId={d}">{esc(n)}</a></li>' for d, n in DEPTS.items())
    files["bszn/dept.do"] = page("部门办事_蓼川市政务服务网", [("首页", "/"), ("部门办事", "/bszn/dept.do")],
                                 f"<h3>按部门办事</h3><ul>{dept_links}</ul>")
    hot = "".join(f'<li><a href="/bszn/detail.do?itemId={g["id"]}&amp;deptId={g["dept"]}">{esc(g["name"])}</a></li>'
                  for g in GUIDES[:5])
    files["index.html"] = page("蓼川市政务服务网", [("首页", "/")],
                               '<p><img src="/images/banner.png" alt="蓼川市政务服务网"></p><h3>热门事项</h3>'
                               f'<ul>{hot}</ul><p><a href="/bszn/dept.do">更多部门事项&gt;&gt;</a></p>')
    files["wsdt/index.html"] = page("网上办事大厅_蓼川市政务服务网", [("首页", "/"), ("网上办事大厅", "/wsdt/")],
                                    "<p>请登录后在线办理。</p>")
    files["hdjl/index.html"] = page("咨询投诉_蓼川市政务服务网", [("首页", "/"), ("咨询投诉", "/hdjl/")],
                                    "<p>咨询投诉电话：12345。</p>")
    out: dict[str, bytes] = {name: (data.encode(CHARSET) if isinstance(data, str) else data)
                             for name, data in files.items()}
    out["images/wssb.png"] = png(100, 30, (11, 79, 138))
    out["images/banner.png"] = png(200, 40, (11, 79, 138))
    out["headers.json"] = headers_json(CHARSET)
    portal = {"id": PID, "name": "蓼川市政务服务网（办事指南）", "style": "mixed-prose-tables-steps",
              "home": "/", "charset": CHARSET, "served_content_type": f"text/html; charset={CHARSET}",
              "items": items}
    return out, portal
