"""云岚市人民政府门户网站 — 办理说明 articles in a CMS (TRS-style) article template.

Home → 办事服务 → 办理说明 column (paginated index.html, index_1.html, index_2.html, TRS style) →
articles ``/bsfw/blsm/YYYYMM/tYYYYMMDD_NNNNNNN.html``. Each article: h1 title, 发布时间/来源/字号
line, then a TRS_Editor body of headings (``<p><strong>一、…</strong></p>``, ``<h3>``, ``<h4>``
or ``【…】``) each followed by paragraphs or numbered lines. The 来源 line names the publisher (the
city's 政务服务管理局), never the implementing department. The column also carries two notices
that are not guides.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.portals4.common import esc, headers_json, impl_code, loc, mat, png, truth_item, usci

PID = "yunlan"
CITY = "云岚市"
CHARSET = "utf-8"
COLUMN = "/bsfw/blsm/"
PER_PAGE = 9

CITY_HALL = "云岚市政务服务中心"
CIVIC = "云岚市民之家"
DISTRICT_HALL = "云岚市栖凤区政务服务中心"
NANHU = "栖凤区南湖街道便民服务中心"
BEILING = "栖凤区北岭街道便民服务中心"

ENTRY = "/zwfw/online/apply.html?sxbm="

NUM = "一二三四五六七八九十"

# --- the guides -------------------------------------------------------------------------------
# Each guide: url id, date, title, heading style, sections [(heading, html)], truth fields.

USCI_RSJ = usci("451100", "MA0RJ201")
USCI_YBJ = usci("451100", "MA0YB305")
USCI_GAJ = usci("451100", "00763512")


def P(text: str) -> str:  # noqa: N802 (a paragraph, as the CMS writes it)
    return f'<p style="text-indent:2em;">{text}</p>'


def LINES(*lines: str) -> str:  # noqa: N802
    return "".join(f'<p style="text-indent:2em;">{line}</p>' for line in lines)


GUIDES: list[dict[str, Any]] = [
    dict(
        id="202403/t20240312_1048821", date="2024-03-12 09:30",
        title="城乡居民基本养老保险参保登记办理说明", hstyle="strong",
        sections=[
            ("办理对象", P("年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本市户籍城乡居民。")),
            ("办理机构", P("本事项由云岚市人力资源和社会保障局负责办理，具体经办工作由市社会保险事业服务中心承担。")),
            ("需要申请材料", LINES("1．本人居民身份证原件；", "2．户口簿原件。")),
            ("办理流程及时限", P(f"申请人携带上述材料到{CITY_HALL}二楼社保综合窗口提出申请，窗口工作人员现场核验信息并录入系统，资料齐全、符合条件的当场办结。")
             + P("参保人也可登录云岚市人社网上服务大厅自行办理参保登记。")),
            ("收费标准", P("不收费。")),
            ("咨询电话", P("0771-12333")),
        ],
        truth=dict(name="城乡居民基本养老保险参保登记", department="云岚市人力资源和社会保障局",
                   channels=["counter", "online"], promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("户口簿", "paper")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="202403/t20240315_1049107", date="2024-03-15 10:12",
        title="城乡居民基本医疗保险参保登记办理说明", hstyle="h3",
        sections=[
            ("办理依据", P("《中华人民共和国社会保险法》第二十五条；《云岚市城乡居民基本医疗保险实施办法》。")),
            ("实施机关", P("云岚市医疗保障局")),
            ("所需材料", LINES("（一）参保人居民身份证或社会保障卡；",
                              "（二）新生儿参保的，提供出生医学证明复印件。")),
            ("办理方式", P(f"1．窗口办理：到{CIVIC}一楼医保服务区办理。")
             + P("2．自助办理：在市民之家一楼自助服务区的医保自助终端刷身份证办理。")
             + P("3．网上办理：点击本页下方“在线办理”按钮，登录后填写参保信息。")),
            ("办结时限", P("即时办结（即办件）。本事项为“最多跑一次”事项，到现场1次即可办结。")),
            ("咨询电话", P("0771-5582166")),
        ],
        entry="YLYB0031", entry_style="text",
        truth=dict(name="城乡居民基本医疗保险参保登记", department="云岚市医疗保障局",
                   channels=["counter", "self_service", "online"], online_entry_url=ENTRY + "YLYB0031",
                   visits=1, promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证或社会保障卡"), mat("出生医学证明", "paper")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="202403/t20240320_1049630", date="2024-03-20 16:05",
        title="最低生活保障审核确认办理说明", hstyle="strong",
        sections=[
            ("申请条件", P("共同生活的家庭成员人均收入低于本市城乡最低生活保障标准，且家庭财产状况符合规定的栖凤区户籍居民家庭。")),
            ("申请材料", LINES("1．最低生活保障申请书；",
                              "2．申请人及共同生活家庭成员的居民身份证、户口簿复印件；",
                              "3．家庭经济状况核对授权书。")),
            ("办理程序", P(f"（一）申请受理。申请人向户籍所在地的{NANHU}或{BEILING}提出书面申请，也可直接到{DISTRICT_HALL}一楼社会救助窗口申请，窗口当场受理。")
             + P("（二）调查核实。街道办事处自受理之日起15个工作日内完成入户调查和家庭经济状况核对。")
             + P("（三）民主评议和公示。调查结果在申请人所在社区公示7天。")
             + P("（四）审核确认。栖凤区民政局在收到街道报送材料后5个工作日内作出审核确认决定。")
             + P("全程办结时限为30个工作日（含公示期）。")),
            ("实施主体", P("栖凤区民政局")),
            ("咨询电话", P("0771-3316021")),
        ],
        truth=dict(name="最低生活保障审核确认", department="栖凤区民政局",
                   channels=["counter"], promised_days=30,
                   materials=[mat("最低生活保障申请书"), mat("居民身份证", "paper"), mat("户口簿", "paper"),
                              mat("家庭经济状况核对授权书")],
                   locations=[loc(NANHU, "town"), loc(BEILING, "town"), loc(DISTRICT_HALL, "county")]),
    ),
    dict(
        id="202403/t20240326_1050012", date="2024-03-26 08:48",
        title="居住证申领办理说明", hstyle="h4",
        sections=[
            ("办理对象", P("离开常住户口所在地，到本市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的公民。")),
            ("办理部门", P("云岚市公安局")),
            ("提交材料清单", LINES("1．居民身份证原件；", "2．近期一寸白底免冠彩色照片2张；",
                                "3．居住证明（房屋租赁合同或房产证明）；", "4．居住证申领登记表。")),
            ("受理地点", P(f"{CITY_HALL}一楼公安综合窗口（云岚市迎宾大道88号）。")),
            ("办理时限", P("承诺时限：自受理之日起10个工作日内发证（法定时限15个工作日）。申请人需本人到场拍照、采集指纹，到现场次数为2次（申请、领证各1次）。")),
            ("收费标准", P("首次申领不收费。")),
        ],
        code=impl_code(USCI_GAJ, "city", "000122014000"),
        truth=dict(name="居住证申领", department="云岚市公安局", channels=["counter"],
                   visits=2, statutory_days=15, promised_days=10,
                   materials=[mat("居民身份证", "paper"), mat("近期一寸白底免冠彩色照片"), mat("居住证明"),
                              mat("居住证申领登记表")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="202404/t20240402_1051377", date="2024-04-02 11:20",
        title="残疾人两项补贴申请办理说明", hstyle="bracket",
        sections=[
            ("办理对象", P("具有本区户籍、持有第二代残疾人证的低保家庭残疾人（生活补贴）及残疾等级为一级、二级的残疾人（护理补贴）。")),
            ("办理材料", P("申请人需提交：残疾人两项补贴申请审批表；第二代残疾人证原件及复印件；居民身份证原件及复印件。其中户口簿信息由民政部门通过数据共享获取，申请人无需提交。")),
            ("办理流程", P(f"申请人向{NANHU}提交申请，街道初审后报栖凤区民政局审核。符合条件的，自次月起发放补贴。本事项承诺办结时限20个工作日。")),
            ("办理部门", P("栖凤区民政局（受理：南湖街道办事处）")),
            ("联系方式", P("0771-3316025")),
        ],
        truth=dict(name="残疾人两项补贴申请", department="栖凤区民政局", channels=["counter"], promised_days=20,
                   materials=[mat("残疾人两项补贴申请审批表"), mat("第二代残疾人证", "paper"),
                              mat("居民身份证", "paper"), mat("户口簿", None, True)],
                   locations=[loc(NANHU, "town")]),
    ),
    dict(
        id="202404/t20240408_1051902", date="2024-04-08 15:36",
        title="高龄津贴申领办理说明", hstyle="strong",
        sections=[
            ("申领对象", P("具有本市户籍、年满80周岁的老年人。")),
            ("所需材料", P("由老年人本人或代理人提交：居民身份证、户口簿、银行卡复印件各一份。")),
            ("办理方式及时限", P("符合条件的老年人可通过“云岚政务”手机端自动推送确认领取，实现“零跑腿”，到现场次数0次；"
                                 f"也可由本人或代理人到{DISTRICT_HALL}民政窗口申请，5个工作日内完成审核，次月发放。")),
            ("实施部门", P("栖凤区民政局")),
        ],
        truth=dict(name="高龄津贴申领", department="栖凤区民政局", channels=["counter", "online"], visits=0,
                   promised_days=5,
                   materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("银行卡", "paper")],
                   locations=[loc(DISTRICT_HALL, "county")]),
    ),
    dict(
        id="202404/t20240411_1052230", date="2024-04-11 09:02",
        title="失业登记办理说明", hstyle="h3",
        sections=[
            ("服务对象", P("法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城乡劳动者。")),
            ("所需材料", LINES("1. 居民身份证或社会保障卡；", "2. 与原单位解除或终止劳动关系的证明（电子版或原件均可）。")),
            ("办理渠道", P("劳动者可登录云岚市公共就业服务网上平台办理失业登记，在线办理入口见本页底部；也可到户籍所在地或常住地公共就业服务机构办理。")),
            ("办理时限", P("即办。")),
            ("主管部门", P("云岚市人力资源和社会保障局")),
        ],
        entry="YLRS0107", entry_style="image",
        truth=dict(name="失业登记", department="云岚市人力资源和社会保障局", channels=["counter", "online"],
                   online_entry_url=ENTRY + "YLRS0107", promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证或社会保障卡"), mat("与原单位解除或终止劳动关系的证明", "both")]),
    ),
    dict(
        id="202404/t20240417_1052814", date="2024-04-17 14:41",
        title="就业创业证申领办理说明", hstyle="strong",
        sections=[
            ("申领条件", P("在法定劳动年龄内、有劳动能力的城乡劳动者。")),
            ("需要申请材料", LINES("1．居民身份证原件；", "2．近期免冠照片1张；", "3．毕业证书复印件（高校毕业生提供）。")),
            ("办理流程及时限", P(f"申请人可到{CITY_HALL}二楼就业服务窗口或{NANHU}提交材料，窗口审核通过后当场办结、当场领证。全程“只跑一次”，到现场1次。")),
            ("办理部门", P("云岚市人力资源和社会保障局")),
            ("咨询电话", P("0771-5582310")),
        ],
        code=impl_code(USCI_RSJ, "city", "000107024000"),
        truth=dict(name="就业创业证申领", department="云岚市人力资源和社会保障局", channels=["counter"], visits=1,
                   promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("近期免冠照片"), mat("毕业证书", "paper")],
                   locations=[loc(CITY_HALL, "city"), loc(NANHU, "town")]),
    ),
    dict(
        id="202405/t20240507_1054409", date="2024-05-07 10:55",
        title="基本医疗保险异地就医备案办理说明", hstyle="h4",
        sections=[
            ("适用对象", P("参加本市基本医疗保险、需在省外长期居住或临时外出就医的参保人员。")),
            ("办理材料", P("参保人社会保障卡；异地长期居住人员另需提供《异地就医备案个人承诺书》。无需提供居住证明。")),
            ("办理方式", P("本事项可全程网办：参保人可通过国家医保服务平台APP或点击下方“立即办理”在线备案，无需到现场，到现场次数0次；"
                          "也可拨打医保服务热线0771-5582166电话备案，或到" + CIVIC + "医保窗口办理。")),
            ("承诺时限", P("即时办结。办件类型：即办件。")),
            ("实施机关", P("云岚市医疗保障局")),
        ],
        entry="YLYB0058", entry_style="text",
        code=impl_code(USCI_YBJ, "city", "000109008000", "01"),
        truth=dict(name="基本医疗保险异地就医备案", department="云岚市医疗保障局",
                   channels=["counter", "online"], online_entry_url=ENTRY + "YLYB0058", online_depth=4,
                   visits=0, promised_days=0, case_type="immediate",
                   materials=[mat("社会保障卡"), mat("异地就医备案个人承诺书"), mat("居住证明", None, True)],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="202405/t20240513_1054988", date="2024-05-13 16:20",
        title="门诊慢特病待遇认定办理说明", hstyle="strong",
        sections=[
            ("办理对象", P("患有本市门诊慢特病病种目录内疾病的参保人员。")),
            ("申请材料", LINES("1．门诊慢特病待遇认定申请表；", "2．二级及以上定点医疗机构出具的诊断证明及近一年相关检查报告复印件；",
                              "3．社会保障卡。")),
            ("办理程序", P("第一步，申请人向定点医疗机构或医保经办窗口提交申请，窗口当场受理；")
             + P("第二步，医保经办机构组织专家评审，评审时间为10个工作日；")
             + P("第三步，评审通过的，5个工作日内完成待遇登记并告知申请人。")
             + P("以上环节办结时限合计15个工作日。")),
            ("办理地点", P(f"{CIVIC}一楼医保服务区。")),
            ("实施机关", P("云岚市医疗保障局")),
        ],
        truth=dict(name="门诊慢特病待遇认定", department="云岚市医疗保障局", channels=["counter"], promised_days=15,
                   materials=[mat("门诊慢特病待遇认定申请表"), mat("诊断证明", "paper"), mat("近一年相关检查报告", "paper"),
                              mat("社会保障卡")],
                   locations=[loc(CIVIC, "city")]),
    ),
    dict(
        id="202405/t20240520_1055617", date="2024-05-20 09:14",
        title="退役军人优待证申领办理说明", hstyle="h3",
        sections=[
            ("申领对象", P("户籍在本市的退役军人和其他优抚对象。")),
            ("所需材料", P("本人居民身份证、退役证件原件及复印件，近期免冠彩色电子照片（可现场采集）。")),
            ("办理流程", P(f"申请人到户籍所在地的{NANHU}退役军人服务站提出申请，也可登录“云岚政务”在线申请。"
                          "服务站初审后逐级报送，市退役军人事务局审核制证，自受理之日起40个工作日内办结，制证完成后可选择邮寄送达或到服务站领取。")),
            ("办理机构", P("云岚市退役军人事务局")),
        ],
        truth=dict(name="退役军人优待证申领", department="云岚市退役军人事务局", channels=["counter", "online"],
                   promised_days=40,
                   materials=[mat("居民身份证", "paper"), mat("退役证件", "paper"), mat("近期免冠彩色电子照片", "electronic")],
                   locations=[loc(NANHU, "town")]),
    ),
    dict(
        id="202406/t20240603_1057221", date="2024-06-03 11:08",
        title="个体工商户设立登记办理说明", hstyle="bracket",
        sections=[
            ("设定依据", P("《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》。")),
            ("办理材料", LINES("1．个体工商户登记（备案）申请书；", "2．经营者居民身份证；", "3．经营场所使用证明。")
             + P("材料可在网上提交电子版，也可到窗口提交纸质材料。")),
            ("办理方式", P(f"网上办理：登录云岚市政务服务网“开办企业一网通”专区申请，点击“<a href=\"/zwfw/online/apply.html?sxbm=YLSJ0201\">网上申请</a>”进入。"
                          f"窗口办理：{DISTRICT_HALL}二楼市场监管窗口。申请材料齐全、符合法定形式的，当场办结，可选择营业执照免费邮寄。")),
            ("办理机关", P("栖凤区市场监督管理局")),
            ("收费", P("不收费")),
        ],
        truth=dict(name="个体工商户设立登记", department="栖凤区市场监督管理局", channels=["counter", "online"],
                   online_entry_url=ENTRY + "YLSJ0201", promised_days=0, case_type="immediate",
                   materials=[mat("个体工商户登记（备案）申请书", "both"), mat("居民身份证", "both"),
                              mat("经营场所使用证明", "both")],
                   locations=[loc(DISTRICT_HALL, "county")]),
    ),
    dict(
        id="202406/t20240611_1057960", date="2024-06-11 15:47",
        title="法律援助申请办理说明", hstyle="strong",
        sections=[
            ("申请条件", P("因经济困难没有委托代理人的公民，就法律规定的事项可申请法律援助。")),
            ("所需材料", LINES("1．法律援助申请表；", "2．居民身份证；", "3．经济困难状况说明表；", "4．与所申请法律援助事项有关的材料。")),
            ("办理地点", P(f"{CITY_HALL}三楼法律援助窗口；申请人也可以通过邮寄方式将申请材料寄送至市法律援助中心。")),
            ("办理时限", P("法律援助机构自收到申请之日起7个工作日内进行审查，作出是否给予法律援助的决定。")),
            ("办理机构", P("云岚市司法局")),
        ],
        truth=dict(name="法律援助申请", department="云岚市司法局", channels=["counter", "post"], promised_days=7,
                   materials=[mat("法律援助申请表"), mat("居民身份证"), mat("经济困难状况说明表"),
                              mat("与所申请法律援助事项有关的材料")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="202406/t20240619_1058533", date="2024-06-19 10:30",
        title="公共租赁住房申请办理说明", hstyle="h4",
        sections=[
            ("申请条件", P("本市城区户籍、家庭人均收入和住房面积符合规定标准的中低收入住房困难家庭，以及符合条件的新就业无房职工。")),
            ("办理材料", LINES("1. 公共租赁住房申请表；", "2. 申请人及家庭成员居民身份证、户口簿原件及复印件；",
                              "3. 婚姻状况证明；", "4. 收入证明。")),
            ("办理流程及时限", P(f"第一步：申请人向{NANHU}提出申请，街道5个工作日内完成初审；")
             + P("第二步：栖凤区住房和城乡建设局10个工作日内完成复核；")
             + P("第三步：复核结果公示5个工作日；")
             + P("第四步：市住房和城乡建设局5个工作日内完成审批并登记轮候。")
             + P("以上各环节合计25个工作日。")),
            ("办理机构", P("云岚市住房和城乡建设局")),
        ],
        truth=dict(name="公共租赁住房申请", department="云岚市住房和城乡建设局", channels=["counter"], promised_days=25,
                   materials=[mat("公共租赁住房申请表"), mat("居民身份证", "paper"), mat("户口簿", "paper"),
                              mat("婚姻状况证明"), mat("收入证明")],
                   locations=[loc(NANHU, "town")]),
    ),
    dict(
        id="202407/t20240702_1060114", date="2024-07-02 09:05",
        title="社会保障卡补换办理说明", hstyle="h3",
        sections=[
            ("办理对象", P("社会保障卡遗失、损坏或需更换的持卡人。")),
            ("所需材料", P("本人居民身份证原件。无需提供照片，照片由系统调取。")),
            ("办理方式", P(f"持卡人可到{CITY_HALL}社保卡服务窗口即时制卡，也可使用{CIVIC}一楼社保卡自助服务机办理补换，即时领卡。")),
            ("办理时限", P("当场办结。")),
            ("实施机关", P("云岚市人力资源和社会保障局")),
        ],
        code=impl_code(USCI_RSJ, "city", "000107101000"),
        truth=dict(name="社会保障卡补换", department="云岚市人力资源和社会保障局",
                   channels=["counter", "self_service"], promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("照片", None, True)],
                   locations=[loc(CITY_HALL, "city"), loc(CIVIC, "city")]),
    ),
    dict(
        id="202407/t20240709_1060882", date="2024-07-09 16:10",
        title="生育登记办理说明", hstyle="strong",
        sections=[
            ("办理对象", P("生育子女的夫妻，在怀孕后至子女出生前后均可办理。")),
            ("需要申请材料", P("夫妻双方居民身份证（无需提供户口簿、结婚证，相关信息由系统共享核验）。")),
            ("办理方式", P("本事项全程网上办理：通过“云岚政务”微信公众号或云岚市政务服务网提交登记信息，不用跑，登记信息提交后即时办结，属即办事项，到现场次数0次。")),
            ("办理部门", P("云岚市卫生健康委员会")),
        ],
        truth=dict(name="生育登记", department="云岚市卫生健康委员会", channels=["online"], online_depth=4, visits=0,
                   promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证"), mat("户口簿", None, True), mat("结婚证", None, True)]),
    ),
    dict(
        id="202407/t20240716_1061340", date="2024-07-16 11:26",
        title="老年人优待证办理说明", hstyle="bracket",
        sections=[
            ("办理对象", P("年满60周岁的本市户籍老年人及在本市居住的外地户籍老年人。")),
            ("办理材料", P("居民身份证原件、一寸近期免冠照片1张。")),
            ("办理地点", P(f"{BEILING}民政窗口（栖凤区北岭街道村前路12号）。")),
            ("办理时限", P("当场办结，需到现场1次。")),
            ("实施主体", P("栖凤区民政局")),
        ],
        truth=dict(name="老年人优待证", department="栖凤区民政局", channels=["counter"], visits=1, promised_days=0,
                   case_type="immediate",
                   materials=[mat("居民身份证", "paper"), mat("一寸近期免冠照片")],
                   locations=[loc(BEILING, "town")]),
    ),
    dict(
        id="202408/t20240805_1063507", date="2024-08-05 10:02",
        title="临时救助申请办理说明", hstyle="h4",
        sections=[
            ("救助对象", P("因火灾、交通事故等意外事件或家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人。")),
            ("申请材料", LINES("1．临时救助申请书；", "2．居民身份证复印件；", "3．遭遇困难的相关证明材料。")),
            ("办理程序", P(f"申请人向{NANHU}或{BEILING}提出申请，街道7个工作日内完成调查核实，区民政局3个工作日内审批，办结时限共计10个工作日。")
             + P("对遭遇急难情形的，街道可实行“先行救助”，事后补齐审批手续。")),
            ("办理部门", P("栖凤区民政局")),
            ("咨询电话", P("0771-3316021")),
        ],
        truth=dict(name="临时救助申请", department="栖凤区民政局", channels=["counter"], promised_days=10,
                   materials=[mat("临时救助申请书"), mat("居民身份证", "paper"), mat("遭遇困难的相关证明材料")],
                   locations=[loc(NANHU, "town"), loc(BEILING, "town")]),
    ),
    dict(
        id="202408/t20240813_1064120", date="2024-08-13 15:18",
        title="养犬登记办理说明", hstyle="h3",
        sections=[
            ("办理对象", P("在本市限养区内饲养犬只的个人。")),
            ("所需材料", LINES("1．养犬人居民身份证；", "2．犬只狂犬病免疫证明；", "3．犬只正面、侧面照片（电子版）。")),
            ("办理方式", P("养犬人可通过“云岚公安”微信公众号在线提交登记申请，审核通过后凭短信到指定动物诊疗机构领取犬牌，"
                          f"也可到{CITY_HALL}一楼公安综合窗口办理。")),
            ("办理时限", P("承诺件，3个工作日。")),
            ("办理部门", P("云岚市公安局")),
        ],
        code=impl_code(USCI_GAJ, "city", "000122301000"),
        truth=dict(name="养犬登记", department="云岚市公安局", channels=["counter", "online"], promised_days=3,
                   case_type="promised",
                   materials=[mat("居民身份证"), mat("犬只狂犬病免疫证明"), mat("犬只正面、侧面照片", "electronic")],
                   locations=[loc(CITY_HALL, "city")]),
    ),
    dict(
        id="202409/t20240904_1066645", date="2024-09-04 09:40",
        title="灵活就业人员参保登记办理说明", hstyle="strong",
        sections=[
            ("办理对象", P("本市户籍或持本市居住证的无雇工个体工商户、未在用人单位参加社会保险的非全日制从业人员及其他灵活就业人员。")),
            ("所需材料", P("居民身份证，无需其他材料。")),
            ("办理方式及时限", P("登录云岚市人社网上服务大厅，点击本页“在线办理”进入申报，全程网上办理，即办即结，到现场0次。")
             + P(f"不熟悉网上操作的，可到{CITY_HALL}二楼社保综合窗口或{NANHU}社保窗口办理。")),
            ("实施机关", P("云岚市人力资源和社会保障局")),
        ],
        entry="YLRS0166", entry_style="text",
        truth=dict(name="灵活就业人员参保登记", department="云岚市人力资源和社会保障局",
                   channels=["counter", "online"], online_entry_url=ENTRY + "YLRS0166", visits=0,
                   promised_days=0, case_type="immediate",
                   materials=[mat("居民身份证")],
                   locations=[loc(CITY_HALL, "city"), loc(NANHU, "town")]),
    ),
    dict(
        id="202409/t20240918_1067302", date="2024-09-18 14:33",
        title="基本殡葬服务费用减免办理说明", hstyle="h4",
        sections=[
            ("减免对象", P("逝者生前具有本市户籍，或在本市死亡的无名、无主遗体。")),
            ("办理材料", P("逝者居民死亡医学证明（推断）书、逝者及经办人居民身份证原件及复印件。")),
            ("办理地点及时限", P("丧属在云岚市殡仪馆业务窗口办理火化时直接减免，无需另行申请，当场办结。")),
            ("办理部门", P("云岚市民政局")),
        ],
        truth=dict(name="基本殡葬服务费用减免", department="云岚市民政局", channels=["counter"], promised_days=0,
                   case_type="immediate",
                   materials=[mat("居民死亡医学证明（推断）书", "paper"), mat("居民身份证", "paper")],
                   locations=[loc("云岚市殡仪馆", "city")]),
    ),
]

NOTICES = [
    dict(id="202404/t20240425_1053511", date="2024-04-25 17:00",
         title="关于“五一”劳动节期间市政务服务中心窗口服务安排的公告",
         body=P("根据国务院办公厅有关节假日安排的通知，现将“五一”期间市政务服务中心窗口服务安排公告如下：5月1日至5日放假，"
                "期间大厅设置应急服务窗口，咨询电话0771-5580000。急需办理的事项可通过云岚市政务服务网在线申请。")),
    dict(id="202408/t20240826_1065008", date="2024-08-26 10:00",
         title="云岚市政务服务管理局关于开展“办事不找关系”专项行动的通知",
         body=P("为进一步优化营商环境，市政务服务管理局决定在全市各级政务服务中心开展专项行动，各级窗口要严格执行一次性告知和限时办结制度，"
                "不得要求群众提交清单以外的材料。")),
]


# --- page chrome -------------------------------------------------------------------------------

STYLE = """<style>
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;color:#333;background:#f2f2f2}
.top{background:#b71c1c;color:#fff;padding:14px 40px}.top .logo{font-size:26px;font-weight:bold}
.nav ul{margin:0;padding:0 40px;background:#8e1616;list-style:none}.nav li{display:inline-block}
.nav a{color:#fff;padding:0 18px;line-height:40px;text-decoration:none}
.wrap{width:1100px;margin:12px auto;background:#fff;padding:16px}.position{color:#666;font-size:12px}
.article{float:left;width:780px}.side{float:right;width:260px}.clear{clear:both}
.art-title{text-align:center;font-size:22px}.art-info{text-align:center;color:#999;border-bottom:1px solid #ddd}
.art-info span{margin:0 10px}.footer{background:#444;color:#ccc;text-align:center;padding:18px;font-size:12px}
</style>
"""


def head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="SiteName" content="云岚市人民政府门户网站">\n<title>{esc(title)}</title>\n{STYLE}</head>\n')


def chrome_top(crumbs: list[tuple[str, str]]) -> str:
    crumb = " &gt; ".join(f'<a href="{href}">{esc(label)}</a>' for label, href in crumbs)
    return f"""<body>
<div class="top"><div class="logo">云岚市人民政府</div><div class="search"><form action="/search/" method="get"><input name="q" type="text"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/wsdt/">网上办事大厅</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjyl/">走进云岚</a></li></ul></div>
<div class="wrap"><div class="position">当前位置：{crumb}</div>
"""


SIDE = """<div class="side"><h3>相关链接</h3><ul>
<li><a href="/wsdt/">云岚市政务服务网</a></li><li><a href="/bsfw/blsm/">办理说明</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">我要咨询</a></li><li><a href="/hdjl/">我要投诉</a></li></ul>
<h3>热点服务</h3><ul><li><a href="/wsdt/">社保查询</a></li><li><a href="/wsdt/">公积金查询</a></li><li><a href="/wsdt/">不动产登记进度</a></li></ul></div>
"""

FOOTER = """<div class="clear"></div></div>
<div class="footer"><p><a href="/zjyl/">网站地图</a> | <a href="/zjyl/">联系我们</a> | <a href="/zjyl/">隐私声明</a></p>
<p>主办单位：云岚市人民政府办公室　承办单位：云岚市大数据发展中心　联系电话：0771-5580000</p>
<p>网站标识码：4511000031　滇ICP备05001234号-1　公网安备 45110002000123号</p></div>
</body>
</html>
"""


def heading(style: str, index: int, text: str) -> str:
    if style == "strong":
        return f"<p><strong>{NUM[index]}、{esc(text)}</strong></p>"
    if style == "h3":
        return f"<h3>{esc(text)}</h3>"
    if style == "h4":
        return f"<h4>{NUM[index]}、{esc(text)}</h4>"
    return f'<p style="text-indent:2em;"><strong>【{esc(text)}】</strong></p>'


def article_page(guide: dict[str, Any], notice: bool = False) -> str:
    parts = [head(f"{guide['title']}_办理说明_云岚市人民政府"),
             chrome_top([("首页", "/"), ("办事服务", "/bsfw/"), ("办理说明", COLUMN)]),
             '<div class="article">\n', f'<h1 class="art-title">{esc(guide["title"])}</h1>\n',
             f'<div class="art-info"><span>发布时间：{guide["date"]}</span><span>来源：云岚市政务服务管理局</span>'
             '<span>字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
             '<a href="javascript:doZoom(12)">小</a></span></div>\n',
             '<div class="TRS_Editor" id="zoom">\n']
    if notice:
        parts.append(guide["body"])
    else:
        for index, (title, body) in enumerate(guide["sections"]):
            parts.append(heading(guide["hstyle"], index, title) + "\n" + body + "\n")
        if guide.get("code"):
            parts.append(P(f"事项编码：{guide['code']}") + "\n")
        entry = guide.get("entry")
        if entry:
            href = esc(ENTRY + entry)
            if guide["entry_style"] == "image":
                parts.append(f'<p style="text-align:center;"><a href="{href}" target="_blank"><img src="/images/btn_zxbl.png" border="0"></a></p>\n')
            else:
                parts.append(f'<p style="text-align:center;"><a href="{href}" target="_blank" class="btn">在线办理</a></p>\n')
    parts.append('</div>\n<div class="art-share">【<a href="javascript:window.print()">打印本页</a>】'
                 '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</div>\n')
    parts.append(SIDE + FOOTER)
    return "".join(parts)


def plain_page(title: str, crumbs: list[tuple[str, str]], body: str) -> str:
    return head(title) + chrome_top(crumbs) + f'<div class="article">{body}</div>\n' + SIDE + FOOTER


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str | bytes] = {}
    items = []
    entries = []
    for guide in GUIDES:
        url = f"{COLUMN}{guide['id']}.html"
        files[url.lstrip("/")] = article_page(guide)
        item = truth_item(url=url, item_code=guide.get("code"), **guide["truth"])
        items.append(item)
        if item["online_entry_url"]:
            entries.append(item["online_entry_url"].split("=", 1)[1])
    for notice in NOTICES:
        files[f"{COLUMN.lstrip('/')}{notice['id']}.html"] = article_page(notice, notice=True)

    # the column, newest first, TRS pagination index.html, index_1.html, ...
    listing = sorted([(g["date"], g["id"], g["title"]) for g in GUIDES + NOTICES], reverse=True)
    pages = [listing[i:i + PER_PAGE] for i in range(0, len(listing), PER_PAGE)]
    for number, rows in enumerate(pages):
        name = "index.html" if number == 0 else f"index_{number}.html"
        lis = "".join(f'<li><a href="./{gid}.html" target="_blank" title="{esc(title)}">{esc(title)}</a>'
                      f'<span>{date[:10]}</span></li>\n' for date, gid, title in rows)
        pager = " ".join(("<span>" + str(n + 1) + "</span>") if n == number else
                         f'<a href="{"index.html" if n == 0 else f"index_{n}.html"}">{n + 1}</a>'
                         for n in range(len(pages)))
        files[f"{COLUMN.lstrip('/')}{name}"] = plain_page(
            "办理说明_云岚市人民政府", [("首页", "/"), ("办事服务", "/bsfw/"), ("办理说明", COLUMN)],
            f'<h2>办理说明</h2><ul class="list">\n{lis}</ul><div class="page">共{len(listing)}条 {pager}</div>')
    latest = "".join(f'<li><a href="{COLUMN}{gid}.html">{esc(title)}</a><span>{date[5:10]}</span></li>\n'
                     for date, gid, title in listing[:6])
    files["index.html"] = plain_page("云岚市人民政府门户网站", [("首页", "/")], f"""
<div class="banner"><img src="/images/banner.png" alt="云岚欢迎您"></div>
<div class="col"><h2>政务要闻</h2><ul><li><a href="/zwgk/">市政府常务会议研究部署下半年重点工作</a></li><li><a href="/zwgk/">我市召开优化营商环境推进会</a></li></ul></div>
<div class="col"><h2><a href="{COLUMN}">办理说明</a></h2><ul>
{latest}</ul><a class="more" href="{COLUMN}">更多&gt;&gt;</a></div>
<div class="col"><h2>便民服务</h2><ul><li><a href="/bsfw/">个人办事</a></li><li><a href="/bsfw/">法人办事</a></li><li><a href="/wsdt/">网上办事大厅</a></li></ul></div>""")
    files["bsfw/index.html"] = plain_page("办事服务_云岚市人民政府", [("首页", "/"), ("办事服务", "/bsfw/")], f"""
<h2>办事服务</h2><ul><li><a href="{COLUMN}">办理说明</a>（各部门办事须知与办理说明）</li>
<li><a href="/wsdt/">网上办事大厅</a></li><li><a href="/hdjl/">办事咨询</a></li></ul>""")
    for path, title, text in (("zwgk", "政务公开", "政府信息公开指南、政府信息公开目录、政府信息公开年报。"),
                              ("hdjl", "互动交流", "市长信箱、网上咨询、意见征集。咨询电话：0771-12345。"),
                              ("zjyl", "走进云岚", "云岚市位于……（概况）。"),
                              ("search", "站内搜索", "请输入关键词进行搜索。")):
        files[f"{path}/index.html"] = plain_page(f"{title}_云岚市人民政府", [("首页", "/"), (title, f"/{path}/")],
                                                 f"<h2>{title}</h2><p>{text}</p>")
    files["wsdt/index.html"] = plain_page("云岚市政务服务网", [("首页", "/"), ("网上办事大厅", "/wsdt/")],
                                          "<h2>云岚市政务服务网</h2><p>请使用统一身份认证账号登录后办理业务。</p>"
                                          '<p><a href="/wsdt/">个人登录</a> <a href="/wsdt/">法人登录</a></p>')
    for entry in entries:
        files[f"zwfw/online/apply.html@sxbm={entry}"] = plain_page(
            "网上申报_云岚市政务服务网", [("首页", "/"), ("网上办事大厅", "/wsdt/")],
            f"<h2>网上申报</h2><p>事项 {entry}：请先登录云岚市政务服务网统一身份认证平台，再填写申请信息。</p>")
    out: dict[str, bytes] = {name: (data.encode(CHARSET) if isinstance(data, str) else data)
                             for name, data in files.items()}
    out["images/btn_zxbl.png"] = png(120, 36, (214, 40, 40))
    out["images/banner.png"] = png(200, 40, (183, 28, 28))
    out["headers.json"] = headers_json(CHARSET)
    portal = {"id": PID, "name": "云岚市人民政府门户网站（办理说明栏目）", "style": "cms-article-prose",
              "home": "/", "charset": CHARSET, "served_content_type": f"text/html; charset={CHARSET}",
              "items": items}
    return out, portal
