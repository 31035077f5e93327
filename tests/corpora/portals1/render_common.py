"""Helpers shared by the blind portals' renderers: writing files, vocabularies, noise text."""

from __future__ import annotations

import codecs
import html
from urllib.parse import unquote, urlsplit

from tests.corpora.portals1.corpus_model import GuideSpec
from tests.corpora.serve import file_for

LEVEL_TEXT = {"national": "国家级", "province": "省级", "city": "市级", "county": "县级",
              "town": "镇(乡、街道)级", "village": "村(社区)级"}
CASE_TEXT = {"immediate": "即办件", "promised": "承诺件", "other": "上报件"}
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ"}
_CN_DIGITS = "零一二三四五六七八九"

# a 1x1 transparent GIF, for the image buttons of the legacy portal
GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十 (enough for numbered guide headings)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def steps_for(spec: GuideSpec) -> list[tuple[str, str, str]]:
    """(step, description, time) of the 办理流程, in the item's style."""
    if spec.promised == 0:
        return [("申请", "申请人向窗口提交申请材料或通过网上提交申请", "即时"),
                ("受理", "窗口工作人员当场核验材料，材料齐全、符合法定形式的予以受理", "即时"),
                ("办结", "当场作出决定并发放办理结果", "即时")]
    total = spec.promised or 5
    review = max(1, total - 2)
    return [("申请", "申请人通过窗口、网上等方式提交申请材料", "——"),
            ("受理", "对申请材料进行形式审查，材料齐全、符合法定形式的予以受理；不予受理的出具不予受理通知书", "1个工作日"),
            ("审查", "承办科室对申请材料的实质内容进行审查，必要时组织现场核查", f"{review}个工作日"),
            ("决定", "作出准予或者不予办理的决定", "1个工作日"),
            ("送达", "申请人可选择窗口领取或邮寄送达", "——")]


def visit_reason(spec: GuideSpec) -> str:
    if not spec.visits:
        return "无"
    return ("需现场核验申请人身份及申请材料原件" if spec.visits == 1
            else "首次到现场提交材料原件，第二次到现场领取办理结果")


class Site:
    """The files of one portal, keyed by the URL that serves them."""

    def __init__(self, portal_id: str, encoding: str) -> None:
        self.portal_id = portal_id
        self.encoding = encoding
        self.files: dict[str, bytes] = {}

    def put(self, url: str, text: str, *, encoding: str | None = None, bom: bool = False) -> str:
        parts = urlsplit(url)
        name = file_for(unquote(parts.path) or "/", parts.query)
        data = text.encode(encoding or self.encoding)  # strict: a character the charset lacks is a bug
        if bom:
            data = codecs.BOM_UTF8 + data
        return self.put_bytes(name, data)

    def put_bytes(self, name: str, data: bytes) -> str:
        if name in self.files:
            raise ValueError(f"{self.portal_id}: two pages for {name}")
        self.files[name] = data
        return name
