"""What the four 澜沧省 portals of portals9 share: the items they publish, how a guide is held
before a portal prints it, and how its truth entry follows from what is printed.

Each portal module draws its guides from :data:`TEMPLATES` (item names, types, departments and
papers written for this corpus, modelled on the national catalogue's common items), dresses them
in its own wording, prints them in its own structure, and states the truth of what it printed
through :meth:`Guide.truth`. Keeping the truth beside the printing, in one place, is what makes
it exact: a value the page does not print is never in the truth. Stdlib only, deterministic.
"""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

PROVINCE = ("lancang", "澜沧省")
LEVEL_WORDS = {"national": "国家级", "province": "省级", "city": "市级", "county": "县级",
               "town": "乡镇（街道）级", "village": "村（社区）级"}
LEVEL_DIGIT = {"province": "2", "city": "3", "county": "4", "town": "5"}
DEPTH_WORDS = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级"}
CASE_TRUTH = {"即办件": "immediate", "承诺件": "promised"}
CHANNEL_ORDER = ("counter", "online", "post", "self_service")
KIND_CODES = {"行政许可": "01", "行政给付": "05", "行政确认": "07", "其他行政权力": "10", "公共服务": "20"}
FORM_TRUTH = {"纸质": "paper", "电子": "electronic", "纸质、电子": "both"}


# --- the items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """One item of the catalogue, before a city publishes it."""

    key: str
    name: str
    kind: str  # 行政许可 / 行政给付 / 行政确认 / 公共服务 / 其他行政权力
    dept: str  # key of DEPT_SUFFIX
    audience: str  # "gr" 个人, "fr" 法人, "both"
    serial: str  # 3-digit main item + 3-digit sub item of the basic code
    papers: tuple[str, ...]
    statutory: int | None
    promised: int | None


DEPT_SUFFIX = {"ga": "公安局", "mz": "民政局", "rs": "人力资源和社会保障局", "zr": "自然资源和规划局",
               "zj": "住房和城乡建设局", "jt": "交通运输局", "ny": "农业农村局", "wl": "文化广电和旅游局",
               "wj": "卫生健康委员会", "ty": "退役军人事务局", "sc": "市场监督管理局", "yb": "医疗保障局",
               "jy": "教育局", "gjj": "住房公积金管理中心", "cl": "残疾人联合会", "hj": "生态环境局"}
DEPT_CODES = {"ga": "11", "mz": "12", "rs": "14", "zr": "15", "zj": "16", "jt": "17", "hj": "18", "ny": "19",
              "wl": "20", "wj": "21", "ty": "22", "sc": "23", "yb": "25", "jy": "08", "gjj": "16", "cl": "60"}


def _t(key: str, name: str, kind: str, dept: str, audience: str, serial: str, papers: str,
       statutory: int | None, promised: int | None) -> Template:
    return Template(key, name, kind, dept, audience, serial, tuple(papers.split()), statutory, promised)


TEMPLATES: dict[str, Template] = {t.key: t for t in (
    _t("marriage", "内地居民婚姻登记", "行政确认", "mz", "gr", "001001",
       "居民身份证 户口簿 无配偶及无禁止结婚亲属关系签字声明 近期二寸半身免冠合影照片", None, 0),
    _t("dibao", "最低生活保障对象认定", "行政给付", "mz", "gr", "003000",
       "最低生活保障申请书 居民身份证 户口簿 家庭经济状况核对授权书 家庭成员收入情况声明", 30, 20),
    _t("linshi", "临时救助对象认定", "行政给付", "mz", "gr", "005000",
       "临时救助申请书 居民身份证 困难情况说明材料", 15, 7),
    _t("shetuan", "社会团体成立登记", "行政许可", "mz", "fr", "002001",
       "社会团体成立登记申请书 社会团体章程草案 注册资金验资报告 住所使用权证明 负责人身份证明", 60, 20),
    _t("minfei", "民办非企业单位成立登记", "行政许可", "mz", "fr", "003001",
       "成立登记申请书 单位章程草案 开办资金验资报告 场所使用权证明 拟任法定代表人身份证明", 60, 30),
    _t("shiye", "失业保险金申领", "行政给付", "rs", "gr", "007000",
       "居民身份证 社会保障卡 解除或终止劳动关系证明", 10, 5),
    _t("jiuye", "就业创业证申领", "公共服务", "rs", "gr", "011000", "居民身份证 近期一寸免冠照片", None, 0),
    _t("paiqian", "劳务派遣经营许可", "行政许可", "rs", "fr", "002001",
       "劳务派遣经营许可申请书 营业执照 公司章程 注册资本实缴证明 经营场所使用证明 劳务派遣管理制度文本", 20, 10),
    _t("shebaoka", "社会保障卡申领", "公共服务", "rs", "gr", "020000", "居民身份证 近期免冠彩色照片", None, 0),
    _t("tuixiu", "职工基本养老保险待遇核定", "行政给付", "rs", "gr", "013000",
       "居民身份证 社会保障卡 人事档案", 20, 10),
    _t("geti", "个体工商户设立登记", "行政许可", "sc", "both", "016001",
       "个体工商户设立登记申请书 经营者身份证明 经营场所使用证明", 15, 0),
    _t("shipin", "食品经营许可（新办）", "行政许可", "sc", "fr", "013001",
       "食品经营许可申请书 营业执照 食品安全自查管理制度 主要设备设施布局和操作流程文件 食品安全管理人员健康证明",
       20, 10),
    _t("gongsi", "有限责任公司设立登记", "行政许可", "sc", "fr", "002001",
       "公司登记申请书 公司章程 股东主体资格证明 法定代表人任职文件 住所使用证明", 15, 1),
    _t("yaopin", "药品零售企业许可", "行政许可", "sc", "fr", "031001",
       "药品零售企业许可申请表 营业执照 执业药师注册证 经营场所平面布置图 质量管理文件目录", 30, 15),
    _t("tezhong", "特种设备使用登记", "行政许可", "sc", "fr", "041000",
       "特种设备使用登记表 产品合格证 监督检验证明 营业执照", 15, 5),
    _t("yiliao", "医疗机构执业登记", "行政许可", "wj", "fr", "009002",
       "医疗机构执业登记申请书 设置医疗机构批准书 医疗机构用房产权证明 验收合格报告 主要负责人身份证明", 45, 20),
    _t("gonggong", "公共场所卫生许可", "行政许可", "wj", "fr", "018001",
       "公共场所卫生许可申请表 营业执照 卫生管理制度 从业人员健康合格证明 卫生检测报告", 20, 8),
    _t("hushi", "护士执业注册", "行政许可", "wj", "gr", "004001",
       "护士执业注册申请审核表 护士执业资格考试成绩合格证明 健康体检证明 居民身份证", 20, 10),
    _t("shengyu", "生育登记", "公共服务", "wj", "gr", "032000", "居民身份证 结婚证", None, 0),
    _t("shenfen", "居民身份证换领", "公共服务", "ga", "gr", "010002", "居民身份证 户口簿", 60, 30),
    _t("qianyi", "户口迁移（市内迁移）", "行政确认", "ga", "gr", "004003", "户口簿 居民身份证 房屋所有权证明",
       30, 5),
    _t("wufanzui", "无犯罪记录证明开具", "公共服务", "ga", "gr", "051000", "居民身份证 无犯罪记录证明申请表",
       None, 3),
    _t("huzhao", "普通护照签发", "行政许可", "ga", "gr", "012001",
       "居民身份证 出入境证件申请表 近期免冠彩色照片", 15, 7),
    _t("guihua", "建设用地规划许可证核发", "行政许可", "zr", "fr", "006001",
       "建设用地规划许可申请表 用地红线图 建设项目批准文件 国有土地使用权出让合同", 20, 10),
    _t("diya", "不动产抵押权首次登记", "行政确认", "zr", "both", "027001",
       "不动产登记申请书 身份证明材料 不动产权证书 主债权合同 抵押合同", 30, 5),
    _t("shigong", "建筑工程施工许可证核发", "行政许可", "zj", "fr", "001000",
       "建筑工程施工许可申请表 建设工程规划许可证 中标通知书 施工合同 质量安全监督登记手续", 7, 3),
    _t("yushou", "商品房预售许可", "行政许可", "zj", "fr", "014000",
       "商品房预售许可申请表 营业执照 房地产开发资质证书 国有土地使用证 建设工程施工许可证 预售方案", 10, 5),
    _t("gongzu", "公共租赁住房资格确认", "行政确认", "zj", "gr", "022000",
       "公共租赁住房申请表 居民身份证 户口簿 家庭收入情况声明", 30, 15),
    _t("paishui", "城镇污水排入排水管网许可", "行政许可", "zj", "fr", "048000",
       "排水许可申请表 排水户内部排水管网平面图 排水水质检测报告 营业执照", 15, 7),
    _t("huoyun", "道路货物运输经营许可", "行政许可", "jt", "fr", "033001",
       "道路货物运输经营申请表 负责人身份证明 机动车辆行驶证 驾驶人员从业资格证 安全生产管理制度文本", 20, 5),
    _t("chuzu", "出租汽车驾驶员从业资格证核发", "行政许可", "jt", "gr", "041002",
       "从业资格证申请表 机动车驾驶证 无交通肇事犯罪证明 近期一寸免冠照片", 20, 10),
    _t("jiaoshi", "教师资格认定", "行政许可", "jy", "gr", "007000",
       "教师资格认定申请表 居民身份证 学历证书 普通话水平测试等级证书 体格检查表", 30, 20),
    _t("yidi", "异地就医备案", "公共服务", "yb", "gr", "004000", "异地就医备案登记表 社会保障卡", None, 0),
    _t("manbing", "门诊慢特病待遇认定", "行政确认", "yb", "gr", "007000",
       "门诊慢特病申请表 近期病历资料 相关检查报告 社会保障卡", 30, 15),
    _t("tiqu", "住房公积金提取（购买自住住房）", "公共服务", "gjj", "gr", "002001",
       "居民身份证 购房合同 购房发票 银行借记卡", None, 3),
    _t("youdai", "退役军人优待证申领", "公共服务", "ty", "gr", "014000",
       "居民身份证 退役证件 近期免冠彩色照片", None, 15),
    _t("canji", "残疾人证新办", "公共服务", "cl", "gr", "001001",
       "居民身份证 户口簿 近期二寸免冠彩色照片 残疾评定表", None, 10),
    _t("yanchu", "营业性演出许可", "行政许可", "wl", "fr", "011001",
       "营业性演出申请登记表 营业执照 演出节目内容材料 演员身份证明 演出场所合法使用证明", 20, 5),
    _t("yule", "娱乐场所经营许可", "行政许可", "wl", "fr", "008001",
       "娱乐场所经营许可申请书 营业执照 投资人身份证明 场所平面示意图 消防安全检查合格证明", 20, 10),
    _t("nongyao", "农药经营许可", "行政许可", "ny", "fr", "024001",
       "农药经营许可申请表 营业执照 经营场所和仓储场所地址证明 农学相关学历证明 农药经营质量管理制度", 20, 10),
    _t("dongwu", "动物诊疗许可证核发", "行政许可", "ny", "fr", "031000",
       "动物诊疗许可证申请表 诊疗场所地理方位图和平面布局图 执业兽医资格证书 诊疗设备清单", 20, 10),
    _t("paiwu", "排污许可证核发", "行政许可", "hj", "fr", "012001",
       "排污许可证申请表 营业执照 环境影响评价批复文件 自行监测方案", 30, 15),
    _t("gaoling", "高龄津贴申领", "行政给付", "mz", "gr", "021000", "居民身份证 户口簿 银行账户信息", 20, 10),
    _t("canbao", "城乡居民基本养老保险参保登记", "公共服务", "rs", "gr", "031000", "居民身份证 户口簿", None, 0),
    _t("juzhu", "居住证申领", "公共服务", "ga", "gr", "061000",
       "居住证申领登记表 居民身份证 合法稳定住所证明", 15, 10),
)}

CERTIFICATES = frozenset({"居民身份证", "户口簿", "营业执照", "结婚证", "社会保障卡", "不动产权证书",
                          "机动车驾驶证", "学历证书", "建设工程规划许可证", "退役证件", "执业兽医资格证书",
                          "执业药师注册证", "建设工程施工许可证", "机动车辆行驶证", "驾驶人员从业资格证"})
BOOK_ENDINGS = ("申请书", "申请表", "登记表", "审核表", "声明", "授权书", "申请登记表")


def is_form(name: str) -> bool:
    """A paper the applicant fills in (printed in 《》 on some portals)."""
    return name.endswith(BOOK_ENDINGS)


# --- codes -------------------------------------------------------------------------------------------


def usci(region6: str, body_name: str) -> str:
    """A well-formed USCI of a government body (机关, ``11``) of a region, stable for its name."""
    digest = hashlib.sha256(body_name.encode("utf-8")).hexdigest()
    body8 = "".join(str(int(char, 16) % 10) for char in digest[:8])
    org = body8 + org_code_check(body8)
    first = "11" + region6 + org
    return first + usci_check(first)


def basic_code(template: Template) -> str:
    """The 12-character basic code: national catalogue (``00``), item type, department, main + sub item."""
    return "00" + KIND_CODES[template.kind] + DEPT_CODES[template.dept] + template.serial


# --- papers and halls --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """One paper of 申请材料 as a portal prints it; its truth follows from what is printed."""

    name: str
    stated: str | None = None  # 纸质 / 电子 / 纸质、电子 where the page states a form
    copies: str | None = None  # 原件1份 / 复印件1份 / 1份 ...
    booked: bool = False  # printed in 《》
    note: str | None = None  # a bracketed note printed after the name
    exempt: str | None = None  # why it is not demanded, as printed

    def form(self) -> str | None:
        """The stated form; else ``paper`` where the page asks for the 原件 or a 复印件."""
        if self.stated:
            return FORM_TRUTH[self.stated]
        if self.copies and ("原件" in self.copies or "复印件" in self.copies):
            return "paper"
        return None

    def truth(self) -> dict[str, Any]:
        return {"name": self.name, "form": self.form(), "exempt": self.exempt is not None}

    def printed(self) -> str:
        """The name as printed: 《》 where booked, with its bracketed note."""
        shown = f"《{self.name}》" if self.booked else self.name
        return shown + (f"（{self.note}）" if self.note else "")


@dataclass(frozen=True)
class Hall:
    """A place where the item is handled; ``level`` follows from the name (check.hall_level)."""

    name: str
    level: str
    address: str
    hours: str = "周一至周五 上午9:00-12:00，下午13:30-17:00（法定节假日除外）"
    window: str | None = None

    def truth(self) -> dict[str, Any]:
        return {"name": self.name, "level": self.level}


NOTES = ("加盖公章", "申请人签字", "A4纸打印", "需本人签字确认")
PROXY_NOTES = ("委托他人代办的提供", "非本人办理时提供", "委托代理人办理的需提交")
EXEMPT_REASONS = ("免提交", "通过数据共享获取，申请人无需提交", "可调取电子证照，无需提交", "已关联电子证照")


def dress(names: tuple[str, ...], rng: random.Random, stated: str = "sometimes", exempt_rate: float = 0.3,
          books: bool = True, proxy_rate: float = 0.25) -> list[Paper]:
    """Papers as one portal prints them: a form where it states one, consistent copies words, 《》 around
    forms, a note now and then, and certificates the hall can fetch itself marked exempt.

    ``stated`` is "always" (a form column), "sometimes" or "never" (only copies words say it)."""
    papers = []
    for name in names:
        form: str | None = None
        if stated == "always" or (stated == "sometimes" and rng.random() < 0.6):
            form = rng.choice(("纸质", "纸质", "电子", "纸质、电子"))
        exempt = rng.choice(EXEMPT_REASONS) if name in CERTIFICATES and rng.random() < exempt_rate else None
        if exempt:
            copies = None
        elif "照片" in name:  # counted in sheets: says nothing of a form
            copies = None if form == "电子" else rng.choice(("1张", "2张", "3张"))
        elif form in ("电子", "纸质、电子"):
            copies = rng.choice(("1份", None))
        elif name in CERTIFICATES:
            copies = rng.choice(("原件1份", "复印件1份", "原件及复印件各1份", "原件"))
        elif is_form(name):  # a form is filled in and handed over: never a copy
            copies = rng.choice(("原件1份", "原件2份", "1份", None) if form else ("原件1份", "原件2份", "1份"))
        else:
            copies = rng.choice(("原件1份", "复印件1份", "1份", None) if form else ("原件1份", "复印件1份", "复印件2份"))
        note = rng.choice(NOTES) if is_form(name) and rng.random() < 0.3 else None
        papers.append(Paper(name, form, copies, books and is_form(name) and rng.random() < 0.7, note, exempt))
    if rng.random() < proxy_rate:  # the paper only a representative brings, with its condition in brackets
        form = rng.choice(("纸质", None)) if stated != "never" else None
        papers.append(Paper("授权委托书", form, "原件1份", False, rng.choice(PROXY_NOTES)))
    return papers


# --- guides ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """How an item may be handled: the channels and what goes with them."""

    channels: tuple[str, ...]
    depth: int | None
    visits: int | None
    entry: bool
    app: bool = False  # online only through an app (QR code); no web entry


PROFILES = {
    "counter": Profile(("counter",), None, 2, False),
    "counter1": Profile(("counter",), 1, 1, False),
    "both": Profile(("counter", "online"), 3, 1, True),
    "both2": Profile(("counter", "online"), 2, 1, True),
    "full": Profile(("counter", "online"), 4, 0, True),
    "online": Profile(("online",), 4, 0, True),
    "post": Profile(("counter", "post"), 2, 1, False),
    "post0": Profile(("counter", "post"), 2, 0, False),
    "all": Profile(("counter", "online", "post"), 4, 0, True),
    "kiosk": Profile(("counter", "self_service"), None, 1, False),
    "kiosk_online": Profile(("counter", "online", "self_service"), 3, 1, True),
    "app": Profile(("online",), 4, 0, False, app=True),
    "noentry": Profile(("counter", "online"), 3, 1, False),
}


@dataclass(frozen=True)
class Guide:
    """One guide as its portal prints it. ``None`` / empty: the page does not say."""

    gid: str
    key: str  # the template's key
    name: str
    kind: str
    department: str
    audience: str
    code: str | None
    basic: str | None
    levels: tuple[str, ...]
    channels: tuple[str, ...]
    entry: str | None
    depth: int | None
    visits: int | None
    statutory: int | None
    promised: int | None
    case: str | None  # as printed: 即办件 / 承诺件 / 上报件 / 联办件
    fee: bool
    papers: tuple[Paper, ...]
    halls: tuple[Hall, ...]
    app: bool = False
    flags: frozenset[str] = field(default_factory=frozenset)

    def truth(self, url: str, **extra: Any) -> dict[str, Any]:
        """The truth entry: what a perfect reader of this guide's page would produce."""
        return {
            "url": url,
            "name": self.name,
            "item_code": self.code,
            "basic_code": self.basic,
            "department": self.department,
            "levels": list(self.levels),
            "channels": [channel for channel in CHANNEL_ORDER if channel in self.channels],
            "online_entry_url": self.entry,
            "online_depth": self.depth,
            "visits": self.visits,
            "statutory_days": self.statutory,
            "promised_days": self.promised,
            "case_type": None if self.case is None else CASE_TRUTH.get(self.case, "other"),
            "materials": [paper.truth() for paper in self.papers],
            "locations": [hall.truth() for hall in self.halls],
            **extra,
        }


@dataclass(frozen=True)
class City:
    """Who publishes: the name departments carry, the region of their codes, the level they exercise."""

    name: str  # 青岚市 / 棠浦区 ...
    region6: str
    level: str  # city / county

    def department(self, dept: str) -> str:
        suffix = DEPT_SUFFIX[dept]
        if self.level == "county" and dept == "wj":
            suffix = "卫生健康局"
        return self.name + suffix


def make_guide(city: City, gid: str, key: str, profile: str, rng: random.Random, *, halls: tuple[Hall, ...],
               entry: str | None, code: str | None = "impl", papers: list[Paper] | None = None,
               **overrides: Any) -> Guide:
    """A guide of ``city`` from a template and a profile; ``overrides`` set any field after the defaults.

    ``code`` is how the page shows the code: "impl" (31 characters), "both" (31 and the basic code
    beside it), "b33" (the 33-character handling-item code) or None (no code)."""
    template, how = TEMPLATES[key], PROFILES[profile]
    department = overrides.pop("department", city.department(template.dept))
    level = overrides.pop("level", city.level)
    region = overrides.pop("region", city.region6)
    basic = basic_code(template)
    implementation = usci(region, department) + LEVEL_DIGIT[level] + basic
    shown = {"impl": implementation, "both": implementation, "b33": implementation + "01", None: None}[code]
    promised = template.promised
    case = "即办件" if promised == 0 else "承诺件"
    guide = Guide(
        gid=gid, key=key, name=template.name, kind=template.kind, department=department, audience=template.audience,
        code=shown, basic=basic if code == "both" else None,
        levels=(level,) if code or rng.random() < 0.8 else (),
        channels=how.channels, entry=entry if how.entry else None, depth=how.depth, visits=how.visits,
        statutory=template.statutory, promised=promised, case=case, fee=False,
        papers=tuple(papers if papers is not None else dress(template.papers, rng)),
        halls=() if how.channels == ("online",) else halls, app=how.app)
    return replace(guide, **overrides)


# --- small files ----------------------------------------------------------------------------------------


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain one-colour PNG (icons, the QR placeholder), built without any imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height, 9))
            + chunk(b"IEND", b""))


def esc(text: str) -> str:
    """HTML-escape text for an element or a double-quoted attribute."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def days(value: int | None, zero: str = "即办") -> str:
    """A day count as printed: N个工作日, or the portal's word for same-day handling."""
    if value is None:
        return "无"
    return zero if value == 0 else f"{value}个工作日"
