"""盲验省: departments with real-shaped codes, the guides' facts, and the items each portal lists.

Codes follow GB/T 39554.1-2020 in shape: an implementing department's 18-character unified social
credit code (both check characters right) + the level digit ``3`` (市级) + a 12-character basic
code ``00`` + item type + department + main item + sub item. Division prefix 68 belongs to no
real province.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from tests.corpora.codes import org_code_check, usci_check

PROVINCE_ID, PROVINCE_NAME = "mangyan", "盲验省"
IDENTITY_NAME = "盲验省统一身份认证平台"
ITEM_TYPES = {"01": "行政许可", "05": "行政给付", "07": "行政确认", "10": "其他行政权力", "20": "公共服务"}
DEPARTMENTS = {  # basic-code department pair -> name suffix after the city name
    "02": "公安局", "03": "民政局", "04": "教育局", "05": "人力资源和社会保障局", "06": "自然资源和规划局",
    "08": "住房公积金管理中心", "09": "住房和城乡建设局", "10": "卫生健康委员会", "11": "市场监督管理局",
    "13": "医疗保障局", "14": "交通运输局", "19": "退役军人事务局", "20": "残疾人联合会",
}


@dataclass(frozen=True)
class City:
    id: str
    name: str
    division: str  # 6 digits, e.g. 680100
    phone_prefix: str
    hall: str  # the city's service centre


@dataclass(frozen=True)
class Department:
    city: City
    pair: str

    @property
    def name(self) -> str:
        return self.city.name + DEPARTMENTS[self.pair]

    @property
    def usci(self) -> str:
        serial = int(self.city.division[2:4]) * 131 + int(self.pair) * 7919
        body8 = f"{(serial * 2654435761) % 10**8:08d}"
        body17 = "11" + self.city.division + body8 + org_code_check(body8)
        return body17 + usci_check(body17)


@dataclass
class Item:
    """One guide: its name, department and type, where its guide and online entry live."""

    key: str  # the portal's own id for it
    name: str
    dept: Department
    type_pair: str
    main: int
    sub: int = 0
    guide_path: str = ""
    entry_path: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def basic_code(self) -> str:
        return f"00{self.type_pair}{self.dept.pair}{self.main:03d}{self.sub:03d}"

    @property
    def code(self) -> str:
        return self.dept.usci + "3" + self.basic_code

    @property
    def type_name(self) -> str:
        return ITEM_TYPES[self.type_pair]


def _pick(seed: str, options: list[str]) -> str:
    return options[int(hashlib.sha256(seed.encode()).hexdigest(), 16) % len(options)]


MATERIALS = {
    "02": ["居民身份证", "户口簿", "近期免冠证件照片"],
    "03": ["居民身份证", "家庭收入情况声明", "户口簿"],
    "04": ["居民身份证", "学历证书", "体检合格证明"],
    "05": ["居民身份证", "社会保障卡", "劳动合同或解除劳动关系证明"],
    "06": ["不动产权证书", "居民身份证", "主债权合同"],
    "08": ["居民身份证", "住房租赁合同", "本人银行卡"],
    "09": ["项目审批文件", "建设工程规划许可证", "施工合同"],
    "10": ["居民身份证", "执业资格证书", "健康体检证明"],
    "11": ["居民身份证", "经营场所使用证明", "申请书"],
    "13": ["居民身份证", "医保电子凭证", "医疗费用票据"],
    "14": ["居民身份证", "机动车驾驶证", "从业资格证申请表"],
    "19": ["居民身份证", "退役证件", "近期免冠证件照片"],
    "20": ["居民身份证", "残疾评定表", "近期免冠证件照片"],
}


def guide_facts(item: Item) -> dict[str, object]:
    """What the guide says, in portal-neutral keys; each portal prints them under its own labels."""
    online = item.entry_path is not None
    statutory = int(_pick(item.code + "s", ["20", "15", "30", "10"]))
    promised = _pick(item.code + "p", ["即办", "3", "5", "7"])
    city = item.dept.city
    window = _pick(item.code + "w", ["A", "B", "C"]) + _pick(item.code + "n", ["03", "07", "11", "12", "15"])
    return {
        "type": item.type_name,
        "dept": item.dept.name,
        "level": "市级",
        "channels": "窗口办理、网上办理" if online else "窗口办理",
        "online": "是" if online else "否",
        "statutory": f"{statutory}个工作日",
        "promised": "即办" if promised == "即办" else f"{promised}个工作日",
        "case_type": "即办件" if promised == "即办" else "承诺件",
        "visits": "0次" if online else "1次",
        "visit_reason": "无" if online else "需现场核验申请人身份及材料原件",
        "fee": "不收费",
        "place": f"{city.hall}{window}号窗口",
        "hours": "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）",
        "phone": f"{city.phone_prefix}-{_pick(item.code + 't', ['8861', '8872', '8890', '8815'])}"
                 f"{int(item.basic_code[-6:]) % 9000 + 1000}",
        "complaint": "12345",
        "condition": f"符合{item.name}相关规定条件的申请人均可提出申请。",
    }


def papers(item: Item) -> list[str]:
    """The papers the guide lists."""
    return MATERIALS[item.dept.pair]
