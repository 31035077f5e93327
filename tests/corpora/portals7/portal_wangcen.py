"""望岑掌上办: a WeChat/H5 mobile hall of 望岑市 (MUI/WeUI-like cards, fixed bottom bar, tab bar).

Home ``/h5/`` → category card lists ``/h5/list/gr.html`` (a second page behind 加载更多) and
``/h5/list/fr.html`` → guides ``/h5/sx/detail.html?id=N``. A guide is a stack of cards: a head card
(name as ``<h2>``, or no name at all but in ``<title>``; tags such as 即办件 / 承诺件 / 全程网办 /
跑动0次 / 最多跑1次 beside it; the department under it), key/value cells, material cards with chips
(原件1份 / 纸质 / 电子 / 免提交), address cards, a collapsed 更多信息 (codes, 法定时限, 行使层级),
猜你想办 cards that carry other guides' tags, a fixed bottom bar (在线办理 as href, data-url or
onclick; or 预约办理 / a disabled button) and a tab bar.

Every guide is stated once below, its cards and its truth row side by side, both by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals7._common import esc, impl_code, json_bytes, loc, mat, truth, usci

ID = "wangcen"
SITE = "望岑掌上办"
CITY, COUNTY, TOWN = "city", "county", "town"
SMZJ = "望岑市民之家"
YUNXI = "望岑市云溪区政务服务中心"
TAOYUAN = "云溪区桃源街道便民服务中心"
PER_PAGE = 8

U_YIBAO = usci("390500", "MB1A6630")  # 望岑市医疗保障局
U_JIAOJING = usci("390500", "00912263")  # 望岑市公安局交通警察支队
U_SHEBAO = usci("390500", "45931820", "12")  # 望岑市社会保险事业管理中心
U_BDC = usci("390500", "45931847", "12")  # 望岑市不动产登记中心
U_YX_MARKET = usci("390502", "MB1A9917")  # 望岑市云溪区市场监督管理局
U_HUANJING = usci("390500", "MB1B0344")  # 望岑市生态环境局
U_CHENGGUAN = usci("390500", "MB1B0352")  # 望岑市城市管理局
U_MENZHEN = usci("390500", "MB1A6630")  # (the 医保局 again: the code only in the URL of 门诊慢特病)

C_YIBAO = impl_code(U_YIBAO, "3", "002036001000")
C_JIANYAN = impl_code(U_JIAOJING, "3", "000101067000")
C_ZHUANYI = impl_code(U_SHEBAO, "3", "002007034000", "02")
C_BUFA = impl_code(U_BDC, "3", "000107018003")
C_ZHUXIAO = impl_code(U_YX_MARKET, "4", "000123009000")
C_HUANPING = impl_code(U_HUANJING, "3", "000114002000", "01")
C_RANQI = impl_code(U_CHENGGUAN, "3", "000130012000")
C_MENZHEN_URL = impl_code(U_MENZHEN, "3", "002036015000")

Chip = str


@dataclass
class H5:
    gid: int
    cat: str  # gr / fr
    name: str
    name_mode: str  # "label": 事项名称 cell (and h2); "h2": h2 only; "title": <title> only
    title_style: int  # 0: 事项详情 - 望岑掌上办; 1: name - 望岑掌上办; 2: 望岑掌上办｜name
    tags: list[tuple[str, str]]  # (text, css)
    dept_line: str  # shown under the name without a label ("" for none)
    cells: list[tuple[str, str]]
    mats: list[tuple[str, list[Chip]]]
    mats_note: str
    addrs: list[tuple[str, str]]  # (name line, detail line); detail "" for a single line
    more: list[tuple[str, str]]
    button: tuple[str, ...]  # ("href",) ("data-url",) ("onclick",) ("yuyue",) ("disabled", text) ()
    recs: list[int]
    row: dict[str, Any]
    query_extra: str = ""

    @property
    def url(self) -> str:
        return f"/h5/sx/detail.html?id={self.gid}{self.query_extra}"

    @property
    def apply(self) -> str:
        return f"/h5/apply/entry.html?sxid={self.gid}"


def detail_url(gid: int, extra: str = "") -> str:
    return f"/h5/sx/detail.html?id={gid}{extra}"


def entry(gid: int) -> str:
    return f"/h5/apply/entry.html?sxid={gid}"


BLUE, GREEN, ORANGE = "", "t-green", "t-orange"
JIBAN, CHENGNUO, LIANBAN = ("即办件", BLUE), ("承诺件", BLUE), ("联办件", BLUE)
QCWB, PAO0, PAO1 = ("全程网办", GREEN), ("跑动0次", ORANGE), ("最多跑1次", ORANGE)


def h(gid: int, cat: str, name: str, name_mode: str, title_style: int, tags: list[tuple[str, str]], dept_line: str,
      cells: list[tuple[str, str]], mats: list[tuple[str, list[Chip]]], mats_note: str, addrs: list[tuple[str, str]],
      more: list[tuple[str, str]], button: tuple[str, ...], recs: list[int], query_extra: str = "", **row: Any) -> H5:
    return H5(gid, cat, name, name_mode, title_style, tags, dept_line, cells, mats, mats_note, addrs, more, button,
              recs, truth(detail_url(gid, query_extra), name, **row), query_extra)


GUIDES: list[H5] = [
    # --- 个人服务 ------------------------------------------------------------------------------------
    h(1001, "gr", "居民身份证换领", "h2", 0, [CHENGNUO, PAO1], "望岑市公安局",
      [("承诺时限", "15个工作日"), ("办理渠道", "窗口办理"), ("收费标准", "20元/证")],
      [("居民户口簿", ["原件1份", "纸质"]), ("原居民身份证", ["原件", "纸质"]),
       ("数码相片", ["现场免费采集", "免提交"])], "",
      [(YUNXI, "云溪区翠屏路1号一楼公安户政窗口（5—8号）")],
      [("法定时限", "60个工作日"), ("到现场次数", "1次")], ("yuyue",), [1006, 1002],
      department="望岑市公安局", levels=[COUNTY], channels=["counter"], visits=1, statutory=60, promised=15,
      case="promised",
      materials=[mat("居民户口簿", "paper"), mat("原居民身份证", "paper"), mat("数码相片", None, True)],
      locations=[loc(YUNXI, COUNTY)]),

    h(1002, "gr", "城乡居民医保参保登记", "label", 0, [JIBAN, QCWB, PAO0], "",
      [("事项名称", "城乡居民医保参保登记"), ("实施主体", "望岑市医疗保障局"), ("承诺时限", "即办"),
       ("办理渠道", "网上办理、窗口办理")],
      [("居民身份证", ["免提交"]), ("居民户口簿", ["电子", "拍照上传"])], "",
      [(SMZJ, "滨江大道200号二楼B区医保窗口"), (TAOYUAN, "桃源路16号一楼")],
      [("事项编码", C_YIBAO), ("行使层级", "市级")], ("href",), [1003, 1006],
      code=C_YIBAO, department="望岑市医疗保障局", levels=[CITY, TOWN], channels=["online", "counter"],
      entry=entry(1002), depth=4, visits=0, promised=0, case="immediate",
      materials=[mat("居民身份证", None, True), mat("居民户口簿", "electronic")],
      locations=[loc(SMZJ, CITY), loc(TAOYUAN, TOWN)]),

    h(1003, "gr", "住房公积金提取（离休、退休）", "h2", 1, [JIBAN, QCWB, PAO0], "望岑市住房公积金管理中心",
      [("承诺时限", "即办"), ("办理渠道", "网上办理"), ("办理地点", "线上办理，无需到窗口")],
      [("离退休证明", ["系统共享", "免提交"]), ("银行卡", ["电子", "在线绑定"])], "",
      [], [], ("data-url",), [1002, 1005],
      department="望岑市住房公积金管理中心", levels=[], channels=["online"], entry=entry(1003), depth=4, visits=0,
      promised=0, case="immediate",
      materials=[mat("离退休证明", None, True), mat("银行卡", "electronic")],
      locations=[]),

    h(1004, "gr", "新生儿出生登记", "title", 1, [JIBAN, PAO1], "望岑市公安局云溪分局",
      [("承诺时限", "即办"), ("办理渠道", "窗口办理")],
      [("出生医学证明", ["原件", "纸质"]), ("父母双方居民户口簿", ["原件", "纸质"]),
       ("父母双方居民身份证", ["原件", "纸质"]), ("结婚证", ["原件", "纸质"])], "",
      [("云溪区桃源派出所户籍室（桃源路28号）", "")],
      [("到现场次数", "1次")], ("disabled", "请到窗口办理"), [1001, 1006],
      department="望岑市公安局云溪分局", levels=[COUNTY], channels=["counter"], visits=1, promised=0,
      case="immediate",
      materials=[mat("出生医学证明", "paper"), mat("居民户口簿", "paper"), mat("居民身份证", "paper"),
                 mat("结婚证", "paper")],
      locations=[loc("云溪区桃源派出所", COUNTY)]),

    h(1005, "gr", "机动车检验标志核发", "label", 0, [JIBAN, QCWB, PAO0], "",
      [("事项名称", "机动车检验标志核发"), ("实施主体", "望岑市公安局交通警察支队"), ("承诺时限", "即办"),
       ("办理渠道", "网上办理")],
      [("机动车行驶证", ["系统调取", "免提交"]), ("交通事故责任强制保险凭证", ["电子保单自动核验", "免提交"])],
      "符合免检条件的6年以内非营运小微型客车，无需上线检测，网上申领电子检验标志。",
      [], [("事项编码", C_JIANYAN)], ("href",), [1006, 1001],
      code=C_JIANYAN, department="望岑市公安局交通警察支队", levels=[CITY], channels=["online"], entry=entry(1005),
      depth=4, visits=0, promised=0, case="immediate",
      materials=[mat("机动车行驶证", None, True), mat("交通事故责任强制保险凭证", None, True)],
      locations=[]),

    h(1006, "gr", "社会保障卡申领", "h2", 0, [CHENGNUO, PAO1], "望岑市人力资源和社会保障局",
      [("承诺时限", "10个工作日"), ("办理渠道", "网上办理、窗口办理、自助终端办理"),
       ("温馨提示", "新卡可选择邮寄到家")],
      [("居民身份证", ["原件", "纸质"]), ("近期免冠照片", ["电子", "上传"])], "",
      [(SMZJ, "滨江大道200号一楼A区"), (YUNXI, "云溪区翠屏路1号二楼")],
      [("到现场次数", "1次")], ("href",), [1002, 1007],
      department="望岑市人力资源和社会保障局", levels=[CITY, COUNTY], channels=["online", "counter", "self_service"],
      entry=entry(1006), visits=1, promised=10, case="promised",
      materials=[mat("居民身份证", "paper"), mat("近期免冠照片", "electronic")],
      locations=[loc(SMZJ, CITY), loc(YUNXI, COUNTY)]),

    h(1007, "gr", "退休人员待遇资格认证", "title", 2, [JIBAN, QCWB, PAO0], "望岑市社会保险事业管理中心",
      [("承诺时限", "即办"), ("办理渠道", "网上办理")],
      [], "无需提交材料，打开“望岑掌上办”刷脸认证即可。",
      [], [("行使层级", "市级")], ("onclick",), [1008, 1006],
      department="望岑市社会保险事业管理中心", levels=[CITY], channels=["online"], entry=entry(1007), depth=4,
      visits=0, promised=0, case="immediate", materials=[], locations=[]),

    h(1008, "gr", "城镇职工基本养老保险关系转移接续", "label", 0, [CHENGNUO, PAO0], "",
      [("事项名称", "城镇职工基本养老保险关系转移接续"), ("实施主体", "望岑市社会保险事业管理中心"),
       ("承诺时限", "15个工作日"), ("办理渠道", "网上办理、窗口办理")],
      [("基本养老保险关系转移接续申请表", ["电子", "在线填报"]), ("参保缴费凭证", ["系统调取", "免提交"])], "",
      [(SMZJ, "滨江大道200号一楼A区社保窗口")],
      [("业务办理项编码", C_ZHUANYI), ("法定时限", "45个工作日"), ("到现场次数", "0次")], ("href",), [1007, 1006],
      code=C_ZHUANYI, department="望岑市社会保险事业管理中心", levels=[CITY], channels=["online", "counter"],
      entry=entry(1008), visits=0, statutory=45, promised=15, case="promised",
      materials=[mat("基本养老保险关系转移接续申请表", "electronic"), mat("参保缴费凭证", None, True)],
      locations=[loc(SMZJ, CITY)]),

    h(1009, "gr", "门诊慢特病待遇认定", "h2", 0, [CHENGNUO, PAO1], "望岑市医疗保障局",
      [("承诺时限", "10个工作日"), ("办理渠道", "窗口办理；也可通过“望岑医保”小程序申请")],
      [("门诊慢特病待遇认定申请表", ["纸质", "1份"]), ("病历资料", ["复印件", "近两年"]),
       ("诊断证明书", ["复印件"])], "",
      [(SMZJ, "滨江大道200号二楼B区医保窗口")],
      [("到现场次数", "1次")], (), [1002, 1010], query_extra=f"&taskCode={C_MENZHEN_URL}",
      department="望岑市医疗保障局", levels=[CITY], channels=["counter", "online"], visits=1, promised=10,
      case="promised",
      materials=[mat("门诊慢特病待遇认定申请表", "paper"), mat("病历资料", "paper"), mat("诊断证明书", "paper")],
      locations=[loc(SMZJ, CITY)]),

    h(1010, "gr", "不动产权证书补发", "label", 0, [CHENGNUO, PAO1], "",
      [("事项名称", "不动产权证书补发"), ("实施主体", "望岑市不动产登记中心"), ("承诺时限", "10个工作日"),
       ("办理渠道", "网上办理、窗口办理")],
      [("不动产登记申请书", ["纸质", "1份"]), ("居民身份证", ["原件", "纸质"]),
       ("遗失声明", ["免提交"])], "遗失公告由登记机构在门户网站统一发布，申请人无需自行登报。",
      [("望岑市不动产登记中心", "滨江大道88号一楼"), ("望岑市不动产登记中心云溪分中心", "云溪区翠屏路3号")],
      [("事项编码", C_BUFA), ("法定时限", "30个工作日")], ("href",), [1001, 1012],
      code=C_BUFA, department="望岑市不动产登记中心", levels=[CITY], channels=["online", "counter"],
      entry=entry(1010), visits=1, statutory=30, promised=10, case="promised",
      materials=[mat("不动产登记申请书", "paper"), mat("居民身份证", "paper"), mat("遗失声明", None, True)],
      locations=[loc("望岑市不动产登记中心", CITY), loc("望岑市不动产登记中心云溪分中心", CITY)]),

    h(1011, "gr", "高校毕业生就业报到", "h2", 0, [JIBAN, QCWB, PAO0], "望岑市人才服务中心",
      [("承诺时限", "即办"), ("办理渠道", "网上办理")],
      [("毕业证书", ["扫描件", "上传"]), ("就业协议书", ["电子"])], "",
      [], [], ("href",), [1008, 1006],
      department="望岑市人才服务中心", levels=[], channels=["online"], entry=entry(1011), depth=4, visits=0,
      promised=0, case="immediate",
      materials=[mat("毕业证书", "electronic"), mat("就业协议书", "electronic")],
      locations=[]),

    h(1012, "gr", "城镇住房保障家庭租赁补贴申请", "label", 0, [LIANBAN], "",
      [("事项名称", "城镇住房保障家庭租赁补贴申请"), ("主管部门", "望岑市住房和城乡建设局"),
       ("实施主体", "望岑市住房保障中心"), ("承诺时限", "20个工作日"), ("办理渠道", "窗口办理")],
      [("租赁补贴申请表", ["纸质", "1份"]), ("居民身份证", ["复印件"]), ("房屋租赁合同", ["复印件"]),
       ("收入证明", ["经济状况核对系统核查", "免提交"])], "",
      [(TAOYUAN, "桃源路16号一楼住房保障窗口"), (YUNXI, "云溪区翠屏路1号三楼")],
      [], ("disabled", "暂不支持在线办理"), [1010, 1013],
      department="望岑市住房保障中心", levels=[TOWN, COUNTY], channels=["counter"], promised=20, case="other",
      materials=[mat("租赁补贴申请表", "paper"), mat("居民身份证", "paper"), mat("房屋租赁合同", "paper"),
                 mat("收入证明", None, True)],
      locations=[loc(TAOYUAN, TOWN), loc(YUNXI, COUNTY)]),

    h(1013, "gr", "义务教育阶段学生转学", "title", 1, [CHENGNUO, PAO1], "望岑市云溪区教育局",
      [("承诺时限", "5个工作日"), ("办理渠道", "网上办理、窗口办理")],
      [("转学申请表", ["纸质", "电子"]), ("居民户口簿", ["原件"]), ("居住证明", ["复印件"])], "",
      [(YUNXI, "云溪区翠屏路1号三楼教育窗口")],
      [("到现场次数", "1次")], ("data-url",), [1012, 1011],
      department="望岑市云溪区教育局", levels=[COUNTY], channels=["online", "counter"], entry=entry(1013), visits=1,
      promised=5, case="promised",
      materials=[mat("转学申请表", "both"), mat("居民户口簿", "paper"), mat("居住证明", "paper")],
      locations=[loc(YUNXI, COUNTY)]),

    # --- 法人服务 ------------------------------------------------------------------------------------
    h(1014, "fr", "个体工商户注销登记", "h2", 0, [JIBAN, QCWB, PAO0], "望岑市云溪区市场监督管理局",
      [("承诺时限", "即办"), ("办理渠道", "网上办理")],
      [("个体工商户注销登记申请书", ["电子", "在线填写"]), ("营业执照", ["系统自动作废", "免提交"])], "",
      [], [("事项编码", C_ZHUXIAO)], ("href",), [1015, 1018],
      code=C_ZHUXIAO, department="望岑市云溪区市场监督管理局", levels=[COUNTY], channels=["online"],
      entry=entry(1014), depth=4, visits=0, promised=0, case="immediate",
      materials=[mat("个体工商户注销登记申请书", "electronic"), mat("营业执照", None, True)],
      locations=[]),

    h(1015, "fr", "食品经营许可（新办）", "label", 0, [CHENGNUO, PAO1], "",
      [("事项名称", "食品经营许可（新办）"), ("实施主体", "望岑市云溪区市场监督管理局"), ("承诺时限", "5个工作日"),
       ("办理渠道", "网上办理、窗口办理、邮寄申请")],
      [("食品经营许可申请书", ["纸质", "电子"]), ("营业执照", ["免提交"]), ("经营设备布局图", ["电子"]),
       ("食品安全管理制度", ["电子"])], "",
      [(YUNXI, "云溪区翠屏路1号一楼市场监管窗口")],
      [("法定时限", "20个工作日"), ("到现场次数", "1次")], ("href",), [1014, 1018],
      department="望岑市云溪区市场监督管理局", levels=[COUNTY], channels=["online", "counter", "post"],
      entry=entry(1015), visits=1, statutory=20, promised=5, case="promised",
      materials=[mat("食品经营许可申请书", "both"), mat("营业执照", None, True), mat("经营设备布局图", "electronic"),
                 mat("食品安全管理制度", "electronic")],
      locations=[loc(YUNXI, COUNTY)]),

    h(1016, "fr", "建设项目环境影响报告表审批", "h2", 0, [CHENGNUO, PAO0], "望岑市生态环境局",
      [("承诺时限", "10个工作日"), ("办理渠道", "网上办理、窗口办理")],
      [("环境影响报告表", ["纸质", "电子"]), ("建设项目环评审批申请书", ["原件1份", "纸质"]),
       ("公众参与说明", ["电子"])], "",
      [(SMZJ, "滨江大道200号三楼C区生态环境窗口")],
      [("业务办理项编码", C_HUANPING), ("法定时限", "30个工作日"), ("到现场次数", "0次")], ("href",), [1019, 1015],
      code=C_HUANPING, department="望岑市生态环境局", levels=[CITY], channels=["online", "counter"],
      entry=entry(1016), visits=0, statutory=30, promised=10, case="promised",
      materials=[mat("环境影响报告表", "both"), mat("建设项目环评审批申请书", "paper"), mat("公众参与说明", "electronic")],
      locations=[loc(SMZJ, CITY)]),

    h(1017, "fr", "企业职工参保登记", "label", 0, [JIBAN, QCWB, PAO0], "",
      [("事项名称", "企业职工参保登记"), ("实施主体", "望岑市社会保险事业管理中心"), ("承诺时限", "即办"),
       ("办理渠道", "网上办理")],
      [("营业执照", ["部门共享", "免提交"]), ("参保人员名单", ["电子", "在线填报"])], "",
      [], [("行使层级", "市级、区级")], ("data-url",), [1008, 1014],
      department="望岑市社会保险事业管理中心", levels=[CITY, COUNTY], channels=["online"], entry=entry(1017), depth=4,
      visits=0, promised=0, case="immediate",
      materials=[mat("营业执照", None, True), mat("参保人员名单", "electronic")],
      locations=[]),

    h(1018, "fr", "公共场所卫生许可（变更）", "h2", 2, [JIBAN, PAO1], "望岑市云溪区卫生健康局",
      [("承诺时限", "即办"), ("办理渠道", "网上办理、窗口办理")],
      [("公共场所卫生许可变更申请表", ["纸质", "电子"]), ("原卫生许可证", ["原件", "纸质"]),
       ("营业执照", ["免提交"])], "",
      [(YUNXI, "云溪区翠屏路1号二楼卫健窗口")],
      [("到现场次数", "1次")], ("href",), [1015, 1014],
      department="望岑市云溪区卫生健康局", levels=[COUNTY], channels=["online", "counter"], entry=entry(1018),
      visits=1, promised=0, case="immediate",
      materials=[mat("公共场所卫生许可变更申请表", "both"), mat("原卫生许可证", "paper"), mat("营业执照", None, True)],
      locations=[loc(YUNXI, COUNTY)]),

    h(1019, "fr", "燃气经营许可证核发", "label", 0, [CHENGNUO, PAO1], "",
      [("事项名称", "燃气经营许可证核发"), ("实施主体", "望岑市城市管理局"), ("承诺时限", "15个工作日"),
       ("办理渠道", "网上办理、窗口办理")],
      [("燃气经营许可申请书", ["纸质", "原件1份"]), ("燃气设施建设工程竣工验收备案文件", ["复印件"]),
       ("企业安全管理制度", ["纸质", "电子"]), ("营业执照", ["免提交"])], "",
      [(SMZJ, "滨江大道200号三楼C区城管窗口")],
      [("事项编码", C_RANQI), ("法定时限", "20个工作日"), ("到现场次数", "1次")], ("href",), [1016, 1015],
      code=C_RANQI, department="望岑市城市管理局", levels=[CITY], channels=["online", "counter"], entry=entry(1019),
      visits=1, statutory=20, promised=15, case="promised",
      materials=[mat("燃气经营许可申请书", "paper"), mat("燃气设施建设工程竣工验收备案文件", "paper"),
                 mat("企业安全管理制度", "both"), mat("营业执照", None, True)],
      locations=[loc(SMZJ, CITY)]),
]

BY_ID = {guide.gid: guide for guide in GUIDES}


# --- pages ----------------------------------------------------------------------------------------------


def shell(title: str, body: str, bar_title: str, back: bool = True, tab: str = "") -> str:
    tabs = [("/h5/", "首页", "home"), ("/h5/bs.html", "办事", "bs"), ("/h5/user/center.html", "我的", "me")]
    on = ' class="on"'
    tabbar = "".join(f'<a href="{href}"{on if key == tab else ""}>{text}</a>' for href, text, key in tabs)
    back_link = '<a class="back" href="javascript:history.back();">‹</a>' if back else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/h5/css/m.css">
<script src="/h5/js/m.js"></script>
</head>
<body>
<header class="bar">{back_link}<h1 class="bar-title">{esc(bar_title)}</h1></header>
{body}
<nav class="tabbar">{tabbar}</nav>
</body>
</html>
"""


def tags_html(tags: list[tuple[str, str]]) -> str:
    return "".join(f'<span class="tag{(" " + css) if css else ""}">{text}</span>' for text, css in tags)


def page_title(guide: H5) -> str:
    return [f"事项详情 - {SITE}", f"{guide.name} - {SITE}", f"{SITE}｜{guide.name}"][guide.title_style]


def bottom_bar(guide: H5) -> str:
    kind = guide.button[0] if guide.button else ""
    main = ""
    if kind == "href":
        main = f'<a class="fb-main" href="{guide.apply}">在线办理</a>'
    elif kind == "data-url":
        main = f'<a class="fb-main" href="javascript:;" data-url="{guide.apply}">在线办理</a>'
    elif kind == "onclick":
        main = f'<a class="fb-main" href="javascript:;" onclick="location.href=\'{guide.apply}\'">立即办理</a>'
    elif kind == "yuyue":
        main = f'<a class="fb-main" href="/h5/yuyue/index.html?sxid={guide.gid}">预约办理</a>'
    elif kind == "disabled":
        main = f'<a class="fb-main disabled" href="javascript:;">{guide.button[1]}</a>'
    return ('<div class="fixed-bar"><a class="fb-btn" href="tel:12345">咨询</a>'
            f'<a class="fb-btn" href="javascript:;" onclick="fav()">收藏</a>{main}</div>')


def card_list_item(guide: H5) -> str:
    return (f'<a class="card sx-card" href="{esc(guide.url)}"><div class="sx-card-name">{esc(guide.name)}</div>'
            f'<div class="tags">{tags_html(guide.tags)}</div></a>')


def detail_page(guide: H5) -> str:
    head = ""
    if guide.name_mode in ("label", "h2"):
        head += f'<h2 class="sx-name">{esc(guide.name)}</h2>'
    head += f'<div class="tags">{tags_html(guide.tags)}</div>'
    if guide.dept_line:
        head += f'<p class="dept"><i class="ico-dept"></i>{esc(guide.dept_line)}</p>'
    cells = "".join(f'<div class="cell"><div class="cell-bd">{label}</div><div class="cell-ft">{esc(value)}</div></div>'
                    for label, value in guide.cells)
    mats = "".join(
        f'<div class="mat"><p class="mat-name"><i>{index}</i>{esc(name)}</p><p class="mat-meta">'
        + "".join(f'<span class="chip">{esc(chip)}</span>' for chip in chips) + "</p></div>"
        for index, (name, chips) in enumerate(guide.mats, 1))
    if guide.mats_note:
        mats += f'<p class="mat-note">{esc(guide.mats_note)}</p>'
    addrs = "".join(
        f'<div class="addr"><p class="addr-name">{esc(name)}</p>'
        + (f'<p class="addr-detail">{esc(detail)}</p>' if detail else "")
        + '<p class="addr-detail">工作日 9:00-12:00 13:30-17:30</p></div>' for name, detail in guide.addrs)
    body = f'<div class="card head">{head}</div>\n<div class="card"><div class="card-hd">基本信息</div>{cells}</div>\n'
    body += f'<div class="card"><div class="card-hd">办理材料<em>（{len(guide.mats)}）</em></div>{mats}</div>\n'
    if addrs:
        body += f'<div class="card"><div class="card-hd">办理地点</div>{addrs}</div>\n'
    if guide.more:
        more = "".join(f'<div class="cell"><div class="cell-bd">{label}</div><div class="cell-ft">{esc(value)}</div></div>'
                       for label, value in guide.more)
        body += f'<details class="card more"><summary>更多信息</summary>{more}</details>\n'
    recs = "".join(f'<a class="rec-item" href="{esc(BY_ID[gid].url)}"><span>{esc(BY_ID[gid].name)}</span> '
                   f'{tags_html(BY_ID[gid].tags)}</a>' for gid in guide.recs)
    body += f'<div class="card rec"><div class="card-hd">猜你想办</div>{recs}</div>\n'
    body += bottom_bar(guide)
    return shell(page_title(guide), body, "事项详情")


def list_page(title: str, guides: list[H5], more: str) -> str:
    body = "".join(card_list_item(guide) for guide in guides)
    if more:
        body += f'<a class="load-more" href="{more}" data-ajax="1">加载更多</a>'
    else:
        body += '<p class="load-more">没有更多了</p>'
    return shell(f"{title} - {SITE}", body, title)


def home(gr: list[H5], fr: list[H5]) -> str:
    hot = [BY_ID[1006], BY_ID[1015]]
    body = f"""<form class="card search" action="/h5/search.html" method="get"><input name="kw" placeholder="搜索事项"><button type="submit">搜索</button></form>
<div class="card grid"><a href="/h5/list/gr.html">个人服务<br><small>{len(gr)}项</small></a><a href="/h5/list/fr.html">法人服务<br><small>{len(fr)}项</small></a><a href="/h5/bs.html">部门服务</a><a href="/h5/user/center.html">我的办件</a></div>
<div class="card"><div class="card-hd">热门服务</div>{"".join(f'<a class="rec-item" href="{esc(g.url)}">{esc(g.name)} {tags_html(g.tags)}</a>' for g in hot)}</div>"""
    return shell(SITE, body, SITE, back=False, tab="home")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gr = [g for g in GUIDES if g.cat == "gr"]
    fr = [g for g in GUIDES if g.cat == "fr"]
    pages: dict[str, str] = {
        "h5/index.html": home(gr, fr),
        "h5/list/gr.html": list_page("个人服务", gr[:PER_PAGE], "/h5/list/gr.html?page=2"),
        "h5/list/gr.html@page=2": list_page("个人服务", gr[PER_PAGE:], ""),
        "h5/list/fr.html": list_page("法人服务", fr, ""),
        "h5/bs.html": shell(f"办事 - {SITE}", '<div class="card"><a class="rec-item" href="/h5/list/gr.html">个人服务</a>'
                            '<a class="rec-item" href="/h5/list/fr.html">法人服务</a></div>', "办事", tab="bs"),
        "h5/user/center.html": shell(f"我的 - {SITE}", '<div class="card"><p>请登录后查看我的办件、我的证照。</p>'
                                     '<a class="rec-item" href="/h5/apply/entry.html">我的办件</a></div>', "我的", tab="me"),
        "h5/search.html": shell(f"搜索 - {SITE}", '<div class="card"><p>请输入事项名称搜索。</p></div>', "搜索"),
        "h5/apply/entry.html": shell(f"在线申报 - {SITE}", '<div class="card"><p>请先完成实名认证登录。</p></div>', "在线申报"),
        "h5/yuyue/index.html": shell(f"预约办理 - {SITE}", '<div class="card"><p>请选择预约网点、日期和时段。</p></div>', "预约办理"),
    }
    for guide in GUIDES:
        query = guide.url.split("?", 1)[1]
        pages[f"h5/sx/detail.html@{'&'.join(sorted(query.split('&')))}"] = detail_page(guide)
    files = {name: text.encode("utf-8") for name, text in pages.items()}
    files["h5/css/m.css"] = asset_text(__file__, "wangcen/m.css").encode("utf-8")
    files["h5/js/m.js"] = asset_text(__file__, "wangcen/m.js").encode("utf-8")
    files["headers.json"] = json_bytes({"*/": "text/html; charset=utf-8", "*.html": "text/html; charset=utf-8"}, indent=1)
    portal = {
        "id": ID,
        "name": "望岑掌上办（H5）",
        "style": "WeChat/H5 mobile hall: cards with tags, key/value cells, chips, fixed bottom bar, tab bar; "
                 "some guides named only in <h2> or <title>",
        "home": "/h5/",
        "charset": "utf-8",
        "items": [guide.row for guide in GUIDES],
    }
    return files, portal
