"""Reading a portal's page of apps, mini-programs and accounts: one row per channel, with its
name, what it is, its last update and how a citizen gets it.

Pages list channels as repeated elements — table rows, list items, cards, ``dl`` groups — side
by side in one container. A group of such siblings (same tag and class) is a list of channels
when most of its members have a name and say what a channel is (APP, 客户端, 小程序, 公众号, 服务号) or
offer one (a download, a code to scan); a lone element counts only as a short card with a name,
a kind and a way to get it; the page's chrome (header, footer, menus by class) never does. A row
inside another row is the row (a section of cards is not a channel). The channel's name is the
row's own title: the cell under a 名称 header, else its first heading, ``dt``, ``strong`` or
element named *name* / *title*, else its first words — never a kind (手机APP, 微信小程序) nor an
instruction (扫码下载APP). In the row: dates labelled as updates (更新时间 in the cell's column header
or just before the date), app downloads (``crawler.probes.channels.is_download_link``) and codes
to scan.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html
from lxml.etree import ParserError

from channel_equity.crawler.probes.channels import is_download_link

KINDS = (("app", re.compile(r"(?<![a-z])app(?![a-z])|客户端", re.IGNORECASE)),
         ("mini-program", re.compile("小程序")), ("account", re.compile("公众号|服务号|视频号")))
NOT_A_NAME = ("下载", "扫码", "扫一扫", "搜索", "关注", "请", "安装", "更新", "进入", "二维码", "一览", "版本", "类型",
              "名称", "获取", "使用", "打开", "：", ":")
MAX_NAME_CHARS = 30
KIND_LABEL = re.compile(r"微信|支付宝|百度|抖音|钉钉|手机|移动|安卓|苹果|ios|android|鸿蒙|官方|政务|app|客户端|小程序|公众号|服务号")
"""Words that say what kind of channel something is: a text made of them only (手机APP, 政务APP,
微信小程序) is a kind or a section's heading, not a channel's name."""
NAME_LABEL = re.compile(r"^(?:应用|渠道|产品)?名称\s*[:：]\s*")
TITLE_XPATH = ("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//dt|.//strong|.//b|.//*[contains(@class,'name')]"
               "|.//*[contains(@class,'title')]|.//*[contains(@class,'tit')])")
CHROME = re.compile(r"header|footer|foot|top|nav|menu|banner|copyright|bottom|breadcrumb|crumb", re.IGNORECASE)
"""Class or id words of a page's own chrome (its header, footer, menus), never a list of channels."""
MAX_LONE_ROW_CHARS = 300
"""A channel shown alone is a short card; a longer element is a page region that mentions an app."""
ROW_TAGS = {"tr", "li", "article", "div", "section", "dl"}
"""Elements a list repeats per channel (a card's own lines — ``p``, ``dd`` — are not rows)."""
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
UPDATE_LABEL = re.compile(r"更新|发布|版本日期|维护|update", re.IGNORECASE)
LABEL_CHARS = 12
QR_WORDS = re.compile(r"qr|ewm|erweima|二维码|扫码|扫一扫|小程序码", re.IGNORECASE)
SKIPPED = {"script", "style", "head", "title", "option", "noscript", "template", "nav", "header", "footer"}


@dataclass(frozen=True)
class ChannelRow:
    name: str
    kind: str | None  # app | mini-program | account (the first the row names), None: not said
    text: str  # the row's words, blanks collapsed
    updated: datetime.date | None  # the latest date labelled as an update
    updated_text: str | None  # that date as the page prints it
    downloads: tuple[tuple[str, str], ...]  # (absolute URL, link words)
    has_qr: bool

    @property
    def is_app(self) -> bool:
        return self.kind == "app"


def _words(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _kind(text: str) -> str | None:
    found = [(match.start(), kind) for kind, pattern in KINDS for match in [pattern.search(text)] if match]
    return min(found)[1] if found else None


def _has_qr(row: html.HtmlElement) -> bool:
    return any(QR_WORDS.search(" ".join(filter(None, (img.get("alt"), img.get("src"), img.get("class"),
                                                      img.get("title"))))) for img in row.iter("img"))


def _offers(row: html.HtmlElement, base_url: str) -> tuple[tuple[str, str], ...]:
    links = ((urljoin(base_url, a.get("href", "").strip()), _words(a)) for a in row.iter("a") if a.get("href"))
    return tuple(link for link in links if is_download_link(*link))


def _says_channel(row: html.HtmlElement, base_url: str) -> bool:
    return _kind(_words(row)) is not None or _has_qr(row) or bool(_offers(row, base_url))


def _is_name(text: str) -> bool:
    """A channel's own name, not an instruction (扫码下载APP) nor only what kind it is (微信小程序)."""
    return (2 <= len(text) <= MAX_NAME_CHARS and not any(word in text for word in NOT_A_NAME)
            and bool(KIND_LABEL.sub("", text.lower()).strip(" -_·()（）|｜")))


def _column_headers(row: html.HtmlElement) -> list[str]:
    """The header words of a table row's columns (``th`` of the table's first header row), if any."""
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    if table is None:
        return []
    header = next((r for r in table.iter("tr") if r.find("th") is not None and r is not row), None)
    return [_words(cell) for cell in header if isinstance(cell.tag, str)] if header is not None else []


def _name(row: html.HtmlElement) -> str | None:
    """The row's own title (module docstring)."""
    if row.tag == "tr":
        cells = [cell for cell in row if isinstance(cell.tag, str)]
        headers = _column_headers(row)
        named = [i for i, header in enumerate(headers) if "名称" in header or header in ("应用", "渠道")]
        candidates = [cells[named[0]]] if named and named[0] < len(cells) else cells[:1]
    else:
        candidates = row.xpath(TITLE_XPATH)
    texts = [NAME_LABEL.sub("", _words(element)) for element in candidates]
    if row.tag != "tr":
        first = re.split(r"[|｜:：,，;；。\s]", (row.text_content() or "").strip(), maxsplit=1)[0]
        texts.append(first)
    return next((text for text in texts if _is_name(text)), None)


def _lists_channels(members: list[html.HtmlElement], base_url: str) -> bool:
    """Whether sibling elements are a list of channels: most have a name and say what a channel
    is or offer one; a lone one has a name and a download or a code to scan."""
    if any(CHROME.search(f"{member.get('class') or ''} {member.get('id') or ''}") for member in members):
        return False
    named = sum(_name(member) is not None for member in members)
    if len(members) == 1:
        lone = members[0]
        return (bool(named) and len(_words(lone)) <= MAX_LONE_ROW_CHARS and _kind(_words(lone)) is not None
                and (_has_qr(lone) or bool(_offers(lone, base_url))))
    saying = sum(_says_channel(member, base_url) for member in members)
    return 2 * saying >= len(members) and 2 * named >= len(members)


def _candidate_rows(root: html.HtmlElement, base_url: str) -> list[html.HtmlElement]:
    """The members of sibling groups that list channels (module docstring), innermost only."""
    rows: list[html.HtmlElement] = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or parent.tag in SKIPPED:
            continue
        groups: dict[tuple[str, str], list[html.HtmlElement]] = defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and child.tag in ROW_TAGS and not (
                    child.tag == "tr" and child.find("td") is None):
                groups[child.tag, child.get("class") or ""].append(child)
        rows += [member for members in groups.values() if _lists_channels(members, base_url) for member in members]
    chosen = set(rows)
    inner = [row for row in rows if not any(other in chosen for other in row.iterdescendants())]
    return [row for row in inner if not any(a.tag in SKIPPED for a in row.iterancestors())]


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
    rows: dict[str, ChannelRow] = {}
    for row in _candidate_rows(root, base_url):
        name = _name(row)
        if name is None or name in rows:
            continue
        text = _words(row)
        dates = _update_dates(row)
        latest = max(dates) if dates else None
        rows[name] = ChannelRow(name, _kind(text.replace(name, "", 1)) or _kind(name), text,
                                latest[0] if latest else None, latest[1] if latest else None,
                                _offers(row, base_url), _has_qr(row))
    return list(rows.values())
