"""Helpers shared by the portals6 generators: codes, the item pool, truth rows, small assets.

Written blind (without the project's crawler, extractor or the other corpora). Stdlib only.
"""

from __future__ import annotations

import html
import struct
import zlib
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

LEVEL_DIGIT = {"national": "1", "province": "2", "city": "3", "county": "4", "town": "5", "village": "6"}

# Department keys → name suffix after the city name.
DEPTS = {
    "mz": "民政局",
    "gaj": "公安局",
    "cl": "残疾人联合会",
    "rs": "人力资源和社会保障局",
    "wj": "卫生健康委员会",
    "sc": "市场监督管理局",
    "jy": "教育局",
    "gjj": "住房公积金管理中心",
    "yb": "医疗保障局",
    "zj": "住房和城乡建设局",
    "zr": "自然资源和规划局",
    "ny": "农业农村局",
}

TYPE_NAMES = {"01": "行政许可", "05": "行政给付", "07": "行政确认", "20": "公共服务"}

# key: (name, item type code, dept key, basic-code middle (dept2 + main3), material names)
POOL: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "dibao": ("最低生活保障对象认定", "07", "mz", "14006",
              ("最低生活保障申请书", "居民身份证", "户口簿", "家庭收入及财产状况声明", "家庭经济状况核对授权书")),
    "linshi": ("临时救助审批", "05", "mz", "14011",
               ("临时救助申请书", "居民身份证", "户口簿", "遭遇困难的相关证明材料")),
    "tekun": ("特困人员救助供养审批", "05", "mz", "14009",
              ("特困人员救助供养申请书", "居民身份证", "户口簿", "本人及其法定赡养抚养扶养义务人的收入证明")),
    "jiehun": ("内地居民结婚登记", "07", "mz", "14021",
               ("居民身份证", "户口簿", "无配偶及无禁止结婚亲属关系的签字声明", "近期半身免冠合影照片")),
    "youdai": ("老年人优待证办理", "20", "mz", "14030", ("居民身份证", "近期一寸免冠彩色照片")),
    "gaoling": ("高龄津贴申领", "05", "mz", "14033", ("高龄津贴申请表", "居民身份证", "本人银行账户信息")),
    "sfz": ("居民身份证换领", "20", "gaj", "16002", ("居民身份证", "户口簿")),
    "hukou": ("户口迁移（市内）", "07", "gaj", "16011", ("户口簿", "居民身份证", "房屋产权证明")),
    "juzhu": ("居住证申领", "20", "gaj", "16020", ("居民身份证", "居住登记证明", "近期一寸免冠照片")),
    "canji": ("残疾人证核发", "20", "cl", "51001",
              ("残疾人证申请表", "居民身份证", "户口簿", "近期二寸免冠彩色照片")),
    "jiuye": ("就业创业证申领", "20", "rs", "17003", ("居民身份证", "就业创业证申领登记表")),
    "shiye": ("失业保险金申领", "05", "rs", "17021",
              ("居民身份证", "解除或终止劳动合同证明", "社会保障卡")),
    "linghuo": ("灵活就业人员参保登记", "20", "rs", "17030", ("居民身份证", "灵活就业人员参保登记表")),
    "yanglao": ("城乡居民基本养老保险参保登记", "20", "rs", "17034",
                ("居民身份证", "户口簿", "城乡居民基本养老保险参保登记表")),
    "shengyu": ("生育登记", "20", "wj", "24012", ("夫妻双方居民身份证", "结婚证", "生育登记表")),
    "weisheng": ("公共场所卫生许可", "01", "wj", "24031",
                 ("公共场所卫生许可申请表", "营业执照", "卫生检测报告", "从业人员健康合格证明")),
    "geti": ("个体工商户设立登记", "01", "sc", "29002",
             ("个体工商户登记申请书", "经营者居民身份证", "经营场所使用证明")),
    "shipin": ("食品经营许可", "01", "sc", "29041",
               ("食品经营许可申请书", "营业执照", "食品安全管理制度文本", "经营场所平面布局图")),
    "jiaoshi": ("教师资格认定", "01", "jy", "11005",
                ("教师资格认定申请表", "居民身份证", "学历证书", "普通话水平测试等级证书", "体检合格证明")),
    "gjj": ("住房公积金提取（退休）", "20", "gjj", "31004", ("居民身份证", "退休证明", "本人银行卡")),
    "yidi": ("基本医疗保险参保人员异地就医备案", "20", "yb", "52013", ("异地就医备案登记表", "社会保障卡")),
    "paishui": ("城镇污水排入排水管网许可", "01", "zj", "20044",
                ("排水许可申请表", "排水户内部排水管网专项图纸", "营业执照")),
    "shigong": ("建筑工程施工许可证核发", "01", "zj", "20001",
                ("建筑工程施工许可申请表", "建设工程规划许可证", "中标通知书", "施工合同")),
    "zhaijidi": ("农村村民宅基地审批", "01", "ny", "22035",
                 ("农村宅基地和建房（规划许可）申请表", "户口簿", "村民小组会议记录")),
}


def digits8(seed: str) -> str:
    return f"{zlib.crc32(seed.encode('utf-8')) % 100000000:08d}"


def usci(region6: str, seed: str) -> str:
    """A well-formed unified social credit code of a government body (registration type 11)."""
    body8 = digits8(seed)
    body17 = "11" + region6 + body8 + org_code_check(body8)
    return body17 + usci_check(body17)


def basic_code(key: str, sub: int = 0) -> str:
    _name, type_code, _dept, middle, _mats = POOL[key]
    return "00" + type_code + middle + f"{sub:03d}"


def impl_code(region6: str, dept_name: str, level: str, key: str, seq: str = "") -> str:
    return usci(region6, dept_name) + LEVEL_DIGIT[level] + basic_code(key) + seq


def mat(name: str, form: str | None = None, exempt: bool = False) -> dict[str, Any]:
    return {"name": name, "form": form, "exempt": exempt}


def loc(name: str, level: str) -> dict[str, Any]:
    return {"name": name, "level": level}


def truth_item(url: str, *, name: str, department: str, item_code: str | None = None,
               basic: str | None = None, levels: list[str] | None = None, channels: list[str] | None = None,
               entry: str | None = None, depth: int | None = None, visits: int | None = None,
               statutory: int | None = None, promised: int | None = None, case_type: str | None = None,
               materials: list[dict[str, Any]] | None = None, locations: list[dict[str, Any]] | None = None,
               script_only: bool = False) -> dict[str, Any]:
    item: dict[str, Any] = {
        "url": url,
        "item_code": item_code,
        "name": name,
        "department": department,
        "levels": levels or [],
        "channels": channels or [],
        "online_entry_url": entry,
        "online_depth": depth,
        "visits": visits,
        "statutory_days": statutory,
        "promised_days": promised,
        "case_type": case_type,
        "materials": materials or [],
        "locations": locations or [],
    }
    if basic is not None:
        item["basic_code"] = basic
    if script_only:
        item["link_only_in_script"] = True
    return item


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def encode(text: str, charset: str) -> bytes:
    return text.encode(charset)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG (stdlib only), for button and logo images."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


CN_NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十",
          11: "十一", 12: "十二", 13: "十三", 14: "十四", 15: "十五", 16: "十六", 20: "二十", 30: "三十"}
