"""What every probes1 portal is made of: departments and their codes, the guides' facts, channels.

The codes are real in shape (GB 32100 credit codes with both check characters, 31-character
implementation codes = credit code + level digit + 12-character basic code) but belong to a
province that does not exist (division prefix 69). Nothing here knows how a portal lays its
pages out; each ``portal_<city>.py`` does that its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.corpora.codes import org_code_check, usci_check, valid_usci

PROVINCE_ID = "mangce"
PROVINCE_NAME = "盲测省"
LEVEL_CITY = "3"  # the exercise-level digit of a 市级 implementation code

# department key -> (name suffix after the city name, 2-digit department part of the basic code)
DEPARTMENTS: dict[str, tuple[str, str]] = {
    "mz": ("民政局", "12"),
    "rs": ("人力资源和社会保障局", "14"),
    "wj": ("卫生健康委员会", "29"),
    "sj": ("市场监督管理局", "31"),
    "ga": ("公安局", "06"),
    "zj": ("住房和城乡建设局", "18"),
    "jt": ("交通运输局", "19"),
    "jy": ("教育局", "05"),
    "yb": ("医疗保障局", "40"),
    "gjj": ("住房公积金管理中心", "47"),
    "hb": ("生态环境局", "17"),
}

TYPE_TEXT = {"01": "行政许可", "05": "行政给付", "07": "行政确认", "10": "其他行政权力", "20": "公共服务"}


@dataclass(frozen=True)
class Material:
    name: str
    form: str  # 纸质 / 电子 / 纸质或电子
    copies: str  # 原件1份 ...
    source: str = "申请人自备"


@dataclass(frozen=True)
class ItemFacts:
    """One kind of service, as any city of the province would describe it."""

    key: str
    name: str
    type_code: str
    dept: str
    main: str  # 3-digit main item of the basic code
    sub: str  # 3-digit sub-item ("000" when none)
    statutory: str
    promised: str
    case_type: str
    visits: int
    fee: str
    conditions: str
    basis: str
    materials: tuple[Material, ...]
    online: bool = True


M = Material
ID_CARD = M("居民身份证", "纸质", "原件1份", "政府部门核发")
HUKOU = M("居民户口簿", "纸质", "原件1份", "政府部门核发")
LICENCE = M("营业执照", "纸质或电子", "复印件1份", "政府部门核发")

POOL: tuple[ItemFacts, ...] = (
    ItemFacts("hunyin", "内地居民结婚登记", "07", "mz", "001", "001", "即时办结", "即办", "即办件", 1, "不收费",
              "男女双方均为内地居民，达到法定婚龄，双方自愿且均无配偶。",
              "《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》第四条",
              (ID_CARD, HUKOU, M("本人近期半身免冠合影照片", "纸质", "2张")), online=False),
    ItemFacts("dibao", "最低生活保障对象认定", "05", "mz", "003", "000", "30个工作日", "20个工作日", "承诺件", 0,
              "不收费", "共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。",
              "《社会救助暂行办法》第九条至第十一条",
              (ID_CARD, HUKOU, M("最低生活保障申请书", "纸质或电子", "原件1份"),
               M("家庭经济状况核对授权书", "纸质或电子", "原件1份"))),
    ItemFacts("linshi", "临时救助对象认定", "05", "mz", "004", "000", "15个工作日", "7个工作日", "承诺件", 0, "不收费",
              "因突发事件、意外伤害或重大疾病等导致基本生活暂时出现严重困难的家庭或个人。",
              "《社会救助暂行办法》第四十七条",
              (ID_CARD, M("临时救助申请书", "纸质或电子", "原件1份"), M("困难情况证明材料", "纸质或电子", "复印件1份"))),
    ItemFacts("shiye", "失业保险金申领", "05", "rs", "006", "000", "10个工作日", "即办", "即办件", 0, "不收费",
              "失业前用人单位和本人已缴纳失业保险费满一年，非因本人意愿中断就业，已办理失业登记并有求职要求。",
              "《失业保险条例》第十四条、第十六条",
              (ID_CARD, M("解除或终止劳动关系证明", "纸质或电子", "复印件1份"), M("本人银行卡", "纸质", "复印件1份"))),
    ItemFacts("yanglao", "城乡居民基本养老保险参保登记", "20", "rs", "011", "000", "无", "即办", "即办件", 0,
              "不收费", "年满16周岁（不含在校学生），非国家机关和事业单位工作人员，且未参加职工基本养老保险的居民。",
              "《国务院关于建立统一的城乡居民基本养老保险制度的意见》",
              (ID_CARD, HUKOU, M("城乡居民基本养老保险参保登记表", "纸质或电子", "原件1份"))),
    ItemFacts("jiuye", "就业创业证申领", "20", "rs", "021", "000", "无", "即办", "即办件", 0, "不收费",
              "在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者。",
              "《就业服务与就业管理规定》第六十三条",
              (ID_CARD, M("近期免冠彩色照片", "纸质或电子", "1张"))),
    ItemFacts("yishi", "医师执业注册", "01", "wj", "003", "001", "20个工作日", "10个工作日", "承诺件", 0, "不收费",
              "取得医师资格，经拟执业的医疗、预防、保健机构同意聘用。",
              "《中华人民共和国医师法》第十三条；《医师执业注册管理办法》",
              (M("医师执业注册申请审核表", "纸质或电子", "原件1份"), M("医师资格证书", "纸质", "原件1份", "政府部门核发"),
               M("健康体检证明", "纸质或电子", "原件1份"), M("聘用单位同意聘用的证明", "纸质或电子", "原件1份"))),
    ItemFacts("weisheng", "公共场所卫生许可", "01", "wj", "007", "000", "20个工作日", "5个工作日", "承诺件", 0,
              "不收费", "经营场所符合公共场所卫生标准和卫生规范，从业人员持有有效健康合格证明。",
              "《公共场所卫生管理条例》第八条",
              (M("卫生许可证申请表", "纸质或电子", "原件1份"), LICENCE,
               M("公共场所卫生管理制度", "纸质或电子", "原件1份"))),
    ItemFacts("shipin", "食品经营许可", "01", "sj", "012", "000", "20个工作日", "5个工作日", "承诺件", 0, "不收费",
              "具有与经营的食品品种、数量相适应的经营场所，有食品安全管理人员和保证食品安全的规章制度。",
              "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
              (M("食品经营许可申请书", "纸质或电子", "原件1份"), LICENCE,
               M("与食品经营相适应的主要设备设施布局、操作流程等文件", "纸质或电子", "原件1份"),
               M("食品安全自查、从业人员健康管理等制度", "纸质或电子", "原件1份"))),
    ItemFacts("geti", "个体工商户设立登记", "01", "sj", "002", "000", "15个工作日", "即办", "即办件", 0, "不收费",
              "有经营能力的公民，经营场所符合规定。",
              "《促进个体工商户发展条例》；《市场主体登记管理条例》第二十一条",
              (M("个体工商户登记（备案）申请书", "纸质或电子", "原件1份"), ID_CARD,
               M("经营场所使用证明", "纸质或电子", "复印件1份"))),
    ItemFacts("shigong", "建筑工程施工许可证核发", "01", "zj", "008", "000", "15个工作日", "3个工作日", "承诺件", 0,
              "不收费", "已办理用地批准手续，依法取得建设工程规划许可证，施工场地已基本具备施工条件。",
              "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》",
              (M("建筑工程施工许可申请表", "纸质或电子", "原件1份"), M("建设工程规划许可证", "电子", "电子证照", "政府部门核发"),
               M("施工合同", "纸质或电子", "复印件1份"), M("建设资金已落实承诺书", "纸质或电子", "原件1份"))),
    ItemFacts("keyun", "道路旅客运输经营许可", "01", "jt", "014", "000", "20个工作日", "10个工作日", "承诺件", 1,
              "不收费", "有与其经营业务相适应并经检测合格的客车，有符合规定条件的驾驶人员和健全的安全生产管理制度。",
              "《中华人民共和国道路运输条例》第八条、第十条",
              (M("道路旅客运输经营申请表", "纸质或电子", "原件1份"), M("企业章程文本", "纸质或电子", "原件1份"),
               M("拟投入车辆承诺书", "纸质或电子", "原件1份"), M("安全生产管理制度文本", "纸质或电子", "原件1份"))),
    ItemFacts("shengyu", "生育登记", "20", "wj", "030", "000", "无", "即办", "即办件", 0, "不收费",
              "本市户籍或在本市居住的夫妻，生育子女的。", "《盲测省人口与计划生育条例》",
              (ID_CARD, M("结婚证", "纸质", "原件1份", "政府部门核发"))),
    ItemFacts("yibao", "基本医疗保险参保信息变更登记", "20", "yb", "002", "000", "无", "即办", "即办件", 0, "不收费",
              "已参加基本医疗保险，参保信息发生变更的人员。", "《中华人民共和国社会保险法》第五十七条",
              (ID_CARD, M("参保信息变更登记表", "纸质或电子", "原件1份"))),
    ItemFacts("gongjijin", "住房公积金提取（购买自住住房）", "20", "gjj", "005", "001", "无", "3个工作日", "承诺件",
              0, "不收费", "购买所在地自住住房的缴存职工及其配偶。", "《住房公积金管理条例》第二十四条",
              (ID_CARD, M("购房合同或不动产权证书", "纸质或电子", "复印件1份"), M("本人银行卡", "纸质", "复印件1份"))),
    ItemFacts("hukou", "户口迁移（市内迁移）", "20", "ga", "005", "002", "无", "即办", "即办件", 1, "不收费",
              "在本市范围内合法稳定住所发生变动的居民。", "《中华人民共和国户口登记条例》第十条",
              (ID_CARD, HUKOU, M("合法稳定住所证明", "纸质", "原件1份")), online=False),
    ItemFacts("jiaoshi", "教师资格认定", "01", "jy", "003", "000", "60个工作日", "30个工作日", "承诺件", 1,
              "不收费", "具备《教师法》规定的相应学历，通过国家统一的教师资格考试，体检合格。",
              "《中华人民共和国教师法》第十条至第十三条；《教师资格条例》",
              (ID_CARD, M("学历证书", "纸质", "原件1份", "政府部门核发"), M("体检结论", "纸质", "原件1份"),
               M("教师资格考试合格证明", "电子", "电子证照", "政府部门核发"))),
    ItemFacts("ranqi", "燃气经营许可证核发", "01", "zj", "015", "000", "20个工作日", "10个工作日", "承诺件", 0,
              "不收费", "符合燃气发展规划要求，有符合国家标准的燃气气源和燃气设施，有固定的经营场所和完善的安全管理制度。",
              "《城镇燃气管理条例》第十五条",
              (M("燃气经营许可申请书", "纸质或电子", "原件1份"), LICENCE, M("安全评价报告", "纸质或电子", "原件1份"))),
    ItemFacts("paiwu", "排污许可证核发", "01", "hb", "006", "000", "20个工作日", "15个工作日", "承诺件", 0, "不收费",
              "依法取得建设项目环境影响评价文件审批意见，有符合要求的污染防治设施。",
              "《排污许可管理条例》第八条",
              (M("排污许可证申请表", "纸质或电子", "原件1份"), M("自行监测方案", "纸质或电子", "原件1份"),
               M("污染防治设施说明", "纸质或电子", "原件1份"))),
    ItemFacts("minban", "民办非企业单位成立登记", "01", "mz", "008", "000", "60日", "20个工作日", "承诺件", 1,
              "不收费", "经业务主管单位审查同意，有规范的名称、必要的组织机构和与其业务活动相适应的合法财产。",
              "《民办非企业单位登记管理暂行条例》第八条",
              (M("成立登记申请书", "纸质", "原件1份"), M("业务主管单位批准文件", "纸质", "原件1份"),
               M("场所使用权证明", "纸质或电子", "复印件1份"), M("验资报告", "纸质", "原件1份")), online=False),
    ItemFacts("butie", "残疾人两项补贴申领", "05", "mz", "010", "000", "30个工作日", "15个工作日", "承诺件", 0,
              "不收费", "持有第二代残疾人证的困难残疾人和重度残疾人。",
              "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》",
              (ID_CARD, M("残疾人证", "纸质", "原件1份", "政府部门核发"), M("补贴申请审批表", "纸质或电子", "原件1份"))),
)
POOL_BY_KEY = {facts.key: facts for facts in POOL}


@dataclass(frozen=True)
class City:
    id: str
    name: str  # 松陵市
    short: str  # 松陵
    division: str  # 6-digit administrative division code
    number: int  # 1..4, spreads organisation codes apart

    def department_name(self, dept: str) -> str:
        return self.name + DEPARTMENTS[dept][0]

    def usci(self, dept: str) -> str:
        """The unified social credit code of one of the city's departments (机关, registered by 机构编制)."""
        dept_number = list(DEPARTMENTS).index(dept) + 1
        body = f"{self.division[2:4]}{dept_number:02d}{(self.number * 7919 + dept_number * 613) % 10000:04d}"
        code17 = "11" + self.division + body + org_code_check(body)
        code = code17 + usci_check(code17)
        assert valid_usci(code), code
        return code


def basic_code(facts: ItemFacts) -> str:
    return "00" + facts.type_code + DEPARTMENTS[facts.dept][1] + facts.main + facts.sub


def implementation_code(city: City, facts: ItemFacts) -> str:
    return city.usci(facts.dept) + LEVEL_CITY + basic_code(facts)


@dataclass
class Guide:
    """One guide of one city: the facts, the code it shows, where its pages are and how its entry behaves."""

    city: City
    facts: ItemFacts
    name: str
    guide_path: str
    entry_path: str | None
    entry_kind: str | None  # see entries.ENTRY_KINDS; None: the guide offers no online handling
    entry_delay: float = 0.0

    @property
    def code(self) -> str:
        return implementation_code(self.city, self.facts)

    @property
    def basic(self) -> str:
        return basic_code(self.facts)

    @property
    def department(self) -> str:
        return self.city.department_name(self.facts.dept)

    @property
    def item_type(self) -> str:
        return TYPE_TEXT[self.facts.type_code]

    @property
    def channels_text(self) -> str:
        return "窗口办理、网上办理" if self.entry_path else "窗口办理"

    @property
    def visits(self) -> int:
        return self.facts.visits if self.entry_path else max(1, self.facts.visits)


@dataclass
class Channel:
    """One app, mini-program or account on a portal's channels page."""

    name: str  # exactly as the page shows it
    kind: str  # APP / 微信小程序 / 支付宝小程序 / 微信公众号
    blurb: str
    downloads: list[tuple[str, str]] = field(default_factory=list)  # (link text, local path)
    qr: str | None = None  # local image path of a code to scan
    updated_days_ago: int | None = None
    launched_days_ago: int | None = None
    version: str | None = None
    dead_downloads: bool = False  # every download link answers 404

    @property
    def zombie(self) -> str | None:
        """Why the channel is a zombie (the truth's kind), or None."""
        if self.dead_downloads:
            return "download link answers 404"
        if not self.downloads and self.qr is None:
            return "listed with no download and no code to scan"
        if self.updated_days_ago is not None and self.updated_days_ago > 365:
            return f"last updated {self.updated_days_ago} days before the day served"
        return None

    @property
    def trap(self) -> str:
        if self.launched_days_ago and self.launched_days_ago > 365:
            return f"launched {self.launched_days_ago} days ago (上线时间), not an update date"
        if self.qr and not self.downloads:
            return f"{self.kind} obtained by scanning its code only"
        return f"updated {self.updated_days_ago} days ago, downloads answer" if self.updated_days_ago \
            else "downloads answer"
