"""The guides of the portals5 cities: one model, rendered differently by each portal's generator.

Written blind (without the crawler or the extractor). Each city draws its guides from POOL with
its own seed; every value a page shows is stated here once, and ``truth()`` says what a perfect
reader of the page would produce (README.md gives the conventions).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from html import escape
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

TYPE_TEXT = {"01": "行政许可", "05": "行政给付", "07": "行政确认", "10": "其他行政权力", "20": "公共服务"}

# department key -> (name after the city, two-digit department part of the basic code)
DEPTS = {
    "jy": ("教育局", "01"), "ga": ("公安局", "02"), "mz": ("民政局", "03"),
    "rs": ("人力资源和社会保障局", "05"), "zr": ("自然资源和规划局", "06"),
    "zj": ("住房和城乡建设局", "07"), "jt": ("交通运输局", "08"), "wj": ("卫生健康委员会", "11"),
    "sj": ("市场监督管理局", "13"), "yb": ("医疗保障局", "15"),
}

# department key -> [(item type code, item name, [material names])]
POOL: dict[str, list[tuple[str, str, list[str]]]] = {
    "mz": [("07", "内地居民结婚登记", ["结婚登记声明书", "居民身份证", "居民户口簿", "近期二寸半身免冠合影照片"]),
           ("05", "最低生活保障金给付", ["最低生活保障申请书", "家庭经济状况核对授权书", "居民身份证", "居民户口簿"]),
           ("01", "社会团体成立登记", ["成立登记申请书", "社会团体章程草案", "住所使用权证明", "拟任负责人身份证明"]),
           ("05", "临时救助金给付", ["临时救助申请审批表", "居民身份证", "遭遇困难情况说明"]),
           ("10", "养老机构备案", ["养老机构备案书", "养老机构法人登记证书", "服务场所权属证明"])],
    "rs": [("05", "失业保险金申领", ["失业保险金申领登记表", "居民身份证", "解除或终止劳动关系证明"]),
           ("20", "就业创业证申领", ["就业创业证申领表", "居民身份证", "近期一寸免冠照片"]),
           ("20", "社会保障卡补领换领", ["社会保障卡补换申请表", "居民身份证"]),
           ("01", "劳务派遣经营许可", ["劳务派遣经营许可申请书", "营业执照", "经营场所使用证明", "劳务派遣管理制度文本"])],
    "wj": [("01", "医疗机构执业登记", ["医疗机构执业登记申请书", "设置医疗机构批准书", "医疗机构用房产权证明", "医疗机构规章制度"]),
           ("20", "出生医学证明补发", ["出生医学证明补发申请表", "父母双方居民身份证", "新生儿住院病历"]),
           ("01", "公共场所卫生许可", ["公共场所卫生许可申请书", "营业执照", "卫生管理制度", "从业人员健康合格证明"]),
           ("01", "护士执业注册", ["护士执业注册申请审核表", "护士执业资格考试成绩合格证明", "健康体检证明"])],
    "sj": [("01", "食品经营许可", ["食品经营许可申请书", "营业执照", "食品安全管理制度", "经营场所平面图"]),
           ("01", "个体工商户设立登记", ["个体工商户登记申请书", "经营者身份证明", "经营场所使用证明"]),
           ("01", "药品零售企业经营许可", ["药品经营许可证申请表", "营业执照", "执业药师注册证", "质量管理文件目录"]),
           ("07", "特种设备使用登记", ["特种设备使用登记表", "产品合格证", "监督检验证明"])],
    "jt": [("01", "道路旅客运输经营许可", ["道路旅客运输经营申请表", "法定代表人身份证明", "安全生产管理制度文本", "拟投入车辆承诺书"]),
           ("01", "出租汽车驾驶员从业资格证核发", ["从业资格考试申请表", "机动车驾驶证", "无暴力犯罪记录证明"]),
           ("01", "道路货物运输经营许可", ["道路货物运输经营申请表", "负责人身份证明", "驾驶人员从业资格证"])],
    "zj": [("01", "建筑工程施工许可证核发", ["建筑工程施工许可申请表", "建设工程规划许可证", "施工合同", "施工图审查合格书"]),
           ("01", "商品房预售许可", ["商品房预售许可申请表", "国有土地使用证", "建设工程规划许可证", "预售方案"]),
           ("20", "住房公积金提取", ["住房公积金提取申请书", "居民身份证", "购房合同"])],
    "jy": [("01", "教师资格认定", ["教师资格认定申请表", "居民身份证", "学历证书", "普通话水平测试等级证书", "体检合格证明"]),
           ("01", "民办学校筹设审批", ["筹设申请报告", "举办者资格证明", "拟办学校资产来源证明", "校舍产权证明"]),
           ("20", "义务教育阶段学生转学", ["转学申请表", "学籍信息表", "居民户口簿"])],
    "ga": [("20", "居民身份证换领", ["居民户口簿", "原居民身份证"]),
           ("07", "市内户口迁移", ["户口迁移申请表", "居民户口簿", "房屋产权证明"]),
           ("01", "犬只登记", ["养犬登记申请表", "狂犬病免疫证明", "养犬人身份证明"])],
    "yb": [("20", "异地就医备案", ["异地就医备案申请表", "社会保障卡"]),
           ("20", "基本医疗保险关系转移接续", ["基本医疗保险参保凭证", "居民身份证"])],
    "zr": [("01", "建设用地规划许可证核发", ["建设用地规划许可申请表", "国有土地使用权出让合同", "用地红线图"]),
           ("07", "不动产首次登记", ["不动产登记申请书", "申请人身份证明", "不动产权属来源证明", "不动产测绘报告"])],
}

IDENTITY = ("居民身份证", "居民户口簿", "营业执照", "社会保障卡", "原居民身份证")
CHANNEL_SETS = (("counter",), ("counter", "online"), ("counter", "online", "post"), ("counter", "post"),
                ("counter", "online", "self_service"), ("counter", "online"))
STATUTORY = (20, 15, 30, 10, 60, 5, 45, None)


@dataclass
class Material:
    name: str
    form: str | None  # paper / electronic / both
    exempt: bool
    copies: str
    source: str


@dataclass
class Guide:
    key: str  # stable id the portal turns into its own URL scheme
    seq: int
    dept_key: str
    department: str
    type_code: str
    name: str
    code: str  # as shown (31, or 33 with a handling-item sequence)
    basic: str
    levels: list[str]
    channels: list[str]
    depth: int
    visits: int
    statutory: int | None
    promised: int
    case_type: str
    fee: bool
    materials: list[Material]
    locations: list[tuple[str, str, str]]  # (hall name, level, address)
    phone: str
    online_entry: str | None = None  # set by the portal generator
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def item_type(self) -> str:
        return TYPE_TEXT[self.type_code]

    def truth(self, url: str, *, show_basic: bool = False, forms_shown: bool = True,
              **flags: Any) -> dict[str, Any]:
        item: dict[str, Any] = {
            "url": url,
            "item_code": self.code,
            "basic_code": self.basic if show_basic else None,
            "name": self.name,
            "department": self.department,
            "levels": list(self.levels),
            "channels": list(self.channels),
            "online_entry_url": self.online_entry,
            "online_depth": self.depth,
            "visits": self.visits,
            "statutory_days": self.statutory,
            "promised_days": self.promised,
            "case_type": self.case_type,
            "materials": [{"name": m.name, "form": m.form if forms_shown else None, "exempt": m.exempt}
                          for m in self.materials],
            "locations": [{"name": name, "level": level} for name, level, _addr in self.locations],
        }
        item.update(flags)
        return item


def dept_usci(region6: str, dept_key: str, salt: str) -> str:
    """A well-formed USCI of a 机关 (category 11) in ``region6``."""
    digest = hashlib.sha256(f"{salt}:{dept_key}".encode()).hexdigest()
    body8 = "0" + "".join(str(int(ch, 16) % 10) for ch in digest[:7])
    first17 = "11" + region6 + body8 + org_code_check(body8)
    return first17 + usci_check(first17)


def make_guides(city: str, region6: str, picks: list[tuple[str, int]], seed: int, *,
                districts: tuple[str, str], streets: tuple[str, ...], with_seq: bool = False) -> list[Guide]:
    """``picks``: (department key, index into POOL[key]) in catalogue order."""
    rng = random.Random(seed)
    guides: list[Guide] = []
    for seq, (dept_key, index) in enumerate(picks, start=1):
        type_code, name, mat_names = POOL[dept_key][index]
        dept_name, dept_code = DEPTS[dept_key]
        usci = dept_usci(region6, dept_key, city)
        basic = rng.choice(("00", region6[:2])) + type_code + dept_code + f"{index + 1 + rng.randrange(0, 40):03d}" \
            + rng.choice(("000", "001", "002"))
        code = usci + "3" + basic + (f"{rng.randrange(0, 3):02d}" if with_seq else "")
        channels = list(rng.choice(CHANNEL_SETS))
        online = "online" in channels
        depth = rng.choice((2, 3, 3, 4)) if online else 1
        visits = 0 if depth == 4 else (1 if depth == 3 else rng.choice((1, 2)))
        if depth == 1 and "post" in channels:
            visits = rng.choice((0, 1))
        statutory = rng.choice(STATUTORY)
        immediate = rng.random() < 0.25
        if immediate:
            promised, case_type = 0, "immediate"
        else:
            top = statutory if statutory else 20
            promised = max(1, min(top, rng.choice((top // 2, top // 3 + 1, 5, 3, 10))))
            case_type = "other" if rng.random() < 0.08 else "promised"
        materials = []
        for mat in mat_names:
            exempt = mat in IDENTITY and rng.random() < 0.6
            form = rng.choice(("paper", "both", "both", "electronic")) if not exempt else rng.choice(("electronic", "both"))
            copies = rng.choice(("原件1份", "原件1份、复印件1份", "复印件1份", "原件1份"))
            source = "政府部门核发" if mat in IDENTITY or "证" in mat[-3:] else "申请人自备"
            materials.append(Material(mat, form, exempt, copies, source))
        hall = (f"{city}市政务服务中心", "city", f"{city}市{rng.choice(('人民路', '滨江大道', '文昌路'))}"
                f"{rng.randrange(10, 300)}号{rng.choice('二三')}楼{rng.choice('ABC')}区{rng.randrange(1, 40)}号窗口")
        locations = [hall]
        roll = rng.random()
        if roll < 0.3:
            district = rng.choice(districts)
            locations.append((f"{city}市{district}政务服务中心", "county",
                              f"{district}{rng.choice(('府前街', '新华路', '学府路'))}{rng.randrange(1, 99)}号"))
        elif roll < 0.45:
            street = rng.choice(streets)
            district = districts[0]
            locations.append((f"{district}{street}便民服务中心", "town", f"{street}{rng.choice(('中心路', '和平街'))}{rng.randrange(1, 60)}号"))
        levels = ["city"] + (["county"] if any(level == "county" for _n, level, _a in locations) else [])
        guides.append(Guide(
            key=f"{seq:02d}", seq=seq, dept_key=dept_key, department=city + "市" + dept_name,
            type_code=type_code, name=name, code=code, basic=basic, levels=levels, channels=channels,
            depth=depth, visits=visits, statutory=statutory, promised=promised, case_type=case_type,
            fee=rng.random() < 0.15, materials=materials, locations=locations,
            phone=f"0{rng.randrange(700, 999)}-{rng.randrange(2000000, 8999999)}"))
    return guides


# --- wording helpers shared by the renderers ----------------------------------------------------------

LEVEL_TEXT = {"city": "市级", "county": "县级", "town": "镇（乡、街道）级"}
CASE_TEXT = {"immediate": "即办件", "promised": "承诺件", "other": "上报件"}
DEPTH_TEXT = {1: "Ⅰ级", 2: "Ⅱ级", 3: "Ⅲ级", 4: "Ⅳ级（全程网办）"}


def days_text(days: int | None, zero: str = "即办") -> str:
    if days is None:
        return "无"
    return zero if days == 0 else f"{days}个工作日"


def channel_text(channels: list[str], words: dict[str, str], sep: str = "、") -> str:
    return sep.join(words[c] for c in channels)


def form_text(form: str | None, words: tuple[str, str, str] = ("纸质", "电子", "纸质、电子")) -> str:
    return {"paper": words[0], "electronic": words[1], "both": words[2], None: ""}[form]


def e(text: object) -> str:
    return escape(str(text), quote=True)


def fake_state(seed: str, length: int) -> str:
    """A deterministic base64-looking blob (hidden __VIEWSTATE and the like)."""
    import base64
    raw = b""
    counter = 0
    while len(raw) < length:
        raw += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(raw[:length]).decode("ascii")
