"""Reading a portal's page of apps, mini-programs and accounts: one row per channel, with its
name, its last update and how a citizen gets it.

Pages list channels as table rows, list items or cards. A channel's name is a short text that
ends in what it is (…APP, …客户端, …小程序, …公众号, …服务号) and is no instruction (扫码下载APP).
Its row is the largest element around the name that names no other channel: the table row, the
card. In the row: dates labelled as updates (更新时间 in the cell's column header or just before
the date), app downloads (``crawler.probes.channels.is_download_link``) and codes to scan.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html
from lxml.etree import ParserError

from channel_equity.crawler.probes.channels import is_download_link

KIND_ENDINGS = ("app", "客户端", "小程序", "公众号", "服务号")
APP_ENDINGS = ("app", "客户端")
NOT_A_NAME = ("下载", "扫码", "扫一扫", "搜索", "关注", "请", "安装", "更新", "进入", "二维码", "一览", "版本", "类型",
              "名称", "渠道", "获取", "使用", "打开")
MAX_NAME_CHARS = 30
KIND_LABEL = re.compile(r"微信|支付宝|百度|抖音|钉钉|手机|移动|安卓|苹果|ios|android|鸿蒙|官方|app|客户端|小程序|公众号|服务号")
"""Words that say what kind of channel something is: a text made of them only (手机APP, 微信小程序)
is a column of kinds, not a channel's name."""
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
UPDATE_LABEL = re.compile(r"更新|发布|版本日期|维护|update", re.IGNORECASE)
LABEL_CHARS = 12
QR_WORDS = re.compile(r"qr|ewm|erweima|二维码|扫码|扫一扫", re.IGNORECASE)
SKIPPED = {"script", "style", "head", "title", "option", "noscript", "template"}


@dataclass(frozen=True)
class ChannelRow:
    name: str
    text: str  # the row's words, blanks collapsed
    updated: datetime.date | None  # the latest date labelled as an update
    updated_text: str | None  # that date as the page prints it
    downloads: tuple[tuple[str, str], ...]  # (absolute URL, link words)
    has_qr: bool

    @property
    def is_app(self) -> bool:
        return self.name.lower().endswith(APP_ENDINGS)


def _words(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _is_name(text: str) -> bool:
    """A channel's own name, not an instruction (扫码下载APP) nor only what kind it is (微信小程序)."""
    folded = text.lower()
    if not (2 <= len(text) <= MAX_NAME_CHARS and folded.endswith(KIND_ENDINGS)) or any(w in text for w in NOT_A_NAME):
        return False
    return bool(KIND_LABEL.sub("", folded).strip(" -_·:：()（）"))


def _name_elements(root: html.HtmlElement) -> list[tuple[html.HtmlElement, str]]:
    """The deepest elements whose words are a channel's name."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED or any(
                a.tag in SKIPPED for a in element.iterancestors()):
            continue
        text = _words(element)
        if _is_name(text) and not any(isinstance(c.tag, str) and _words(c) == text for c in element):
            found.append((element, text))
    return found


def _row(element: html.HtmlElement, name: str, names: list[tuple[html.HtmlElement, str]]) -> html.HtmlElement:
    """The largest ancestor of ``element`` (below ``body``) that contains no other channel name."""
    row = element
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if any(other != name and (ancestor is e or e in ancestor.iterdescendants()) for e, other in names):
            break
        row = ancestor
    return row


def _column_headers(row: html.HtmlElement) -> list[str]:
    """The header words of a table row's columns (``th`` of the table's first row), if any."""
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    if table is None:
        return []
    header = next((r for r in table.iter("tr") if r.find("th") is not None and r is not row), None)
    return [_words(cell) for cell in header if isinstance(cell.tag, str)] if header is not None else []


def _update_dates(row: html.HtmlElement) -> list[tuple[datetime.date, str]]:
    """Dates of the row that say when it was last updated: by column header, or by the words just before."""
    found: list[tuple[datetime.date, str]] = []
    if row.tag == "tr":
        headers = _column_headers(row)
        cells = [cell for cell in row if isinstance(cell.tag, str)]
        pieces = [(headers[i] if i < len(headers) else "", _words(cell)) for i, cell in enumerate(cells)]
    else:
        pieces = [("", _words(row))]
    for header, text in pieces:
        for match in DATE.finditer(text):
            label = header + text[max(0, match.start() - LABEL_CHARS):match.start()]
            try:
                day = datetime.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
            if UPDATE_LABEL.search(label):
                found.append((day, match[0].strip()))
    return found


def read_channel_rows(source: str, base_url: str) -> list[ChannelRow]:
    """The channels the page lists, each once (by name), in page order."""
    try:
        root = html.document_fromstring(source)
    except (ParserError, ValueError):
        return []
    names = _name_elements(root)
    rows: dict[str, ChannelRow] = {}
    for element, name in names:
        if name in rows:
            continue
        row = _row(element, name, names)
        dates = _update_dates(row)
        latest = max(dates) if dates else None
        links = tuple((urljoin(base_url, a.get("href", "").strip()), _words(a)) for a in row.iter("a") if a.get("href"))
        qr = any(QR_WORDS.search(" ".join(filter(None, (img.get("alt"), img.get("src"), img.get("class"),
                                                         img.get("title"))))) for img in row.iter("img"))
        rows[name] = ChannelRow(name, _words(row), latest[0] if latest else None, latest[1] if latest else None,
                                tuple(link for link in links if is_download_link(*link)), qr)
    return list(rows.values())
