"""portals9's own checks: what the shared check cannot see on these four portals.

* qinglan (fragments): its guide pages are shells, so the shared check leaves them alone. Here
  every shell must be reached from home by plain links, name its four fragments in its loader
  calls (each with a pane to fill), and the shell and fragments together must show the truth's
  values, exactly as the shared check demands of a static page.
* xiqiao (readonly form): the truth's channels, levels, case type, depth and material forms live
  in form controls (checked boxes, selected options), which the shared check's visible text
  does not include; here they are read back from the controls. The sitemap names every guide.
* tangpu (definition lists): the channel icons' ``alt`` words agree with the truth, and every
  printable view belongs to a guide of the truth without being one.
* weitang (old GB2312 tables): every guide is opened by ``openWin('…')`` from the 个人办事 /
  法人办事 lists, and those targets are exactly the truth's guides.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tests.corpora.check import check_page_shows, file_of, parse, reachable_by_plain_links
from tests.corpora.layout import Portal
from tests.corpora.serve import url_for

PORTALS_DIR = Path(__file__).resolve().parent / "portals"
LOAD_CALL = re.compile(r'\$\("#([\w-]+)"\)\.load\("([^"]+)"\)')
CHANNEL_BOXES = {"1": "counter", "2": "online", "3": "post", "4": "self_service"}
LEVEL_BOXES = {"2": "province", "3": "city", "4": "county", "5": "town"}
DEPTHS = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3, "Ⅳ级": 4}
CASES = {"即办件": "immediate", "承诺件": "promised"}
ICON_ROWS = {"窗口办理": "counter", "网上办理": "online", "邮寄办理": "post", "自助终端办理": "self_service"}


def extra_check(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    check = {"qinglan": check_fragments, "xiqiao": check_form, "tangpu": check_icons, "weitang": check_openwin}
    check[portal["id"]](portal, base, pages, problems)


# --- qinglan -----------------------------------------------------------------------------------------


def check_fragments(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    parsed = {name: parse(text) for name, text in pages.items()}
    seen = reachable_by_plain_links(portal, PORTALS_DIR / pid, base, parsed)
    for item in portal["items"]:
        where = f"{pid}: {item['name']} {item['url']}"
        name = file_of(item["url"])
        if name not in seen:
            problems.append(f"{where}: shell not reachable by plain links")
        if name not in pages:
            problems.append(f"{where}: shell missing")
            continue
        shell = pages[name]
        calls = LOAD_CALL.findall(shell)
        if sorted(part.rsplit("=", 1)[-1] for _, part in calls) != ["basic", "location", "materials", "process"]:
            problems.append(f"{where}: loader calls {calls}")
        composed = [shell]
        for pane, url in calls:
            if f'id="{pane}"' not in shell:
                problems.append(f"{where}: no pane #{pane}")
            fragment = file_of(url)
            if fragment not in pages:
                problems.append(f"{where}: fragment {url} is not an HTML page")
                continue
            composed.append(pages[fragment])
        text = "\n".join(composed)
        check_page_shows(item, parse(text), text, urljoin(base, item["url"]), base, where, problems)


# --- xiqiao -----------------------------------------------------------------------------------------


class FormReader(HTMLParser):
    """The values a disabled form shows: checked boxes as (name, value), the selected option's text
    by its select's name, readonly inputs' values by name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.checked: list[tuple[str, str]] = []
        self.selected: dict[str, str] = {}
        self.inputs: dict[str, str] = {}
        self._select: str | None = None
        self._option = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "input" and values.get("type") == "checkbox":
            if "checked" in values:
                self.checked.append((values.get("name", ""), values.get("value", "")))
        elif tag == "input" and "readonly" in values:
            self.inputs[values.get("name", "")] = values.get("value", "")
        elif tag == "select":
            self._select = values.get("name", "")
        elif tag == "option" and self._select is not None:
            self._option = "selected" in values

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._option and self._select is not None and data.strip():
            self.selected[self._select] = data.strip()
            self._option = False


def read_form(text: str) -> FormReader:
    reader = FormReader()
    reader.feed(text)
    reader.close()
    return reader


def check_form(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    sitemap = (PORTALS_DIR / pid / "sitemap.xml").read_text(encoding="utf-8")
    listed = {loc.replace("&amp;", "&") for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    for item in portal["items"]:
        where = f"{pid}: {item['name']} {item['url']}"
        if item["url"] not in listed:
            problems.append(f"{where}: not in sitemap.xml")
        text = pages.get(file_of(item["url"]))
        if text is None:
            continue
        form = read_form(text)
        read = {
            "channels": sorted(CHANNEL_BOXES[value] for name, value in form.checked if name == "blxs"),
            "levels": sorted(LEVEL_BOXES[value] for name, value in form.checked if name == "xsfj"),
            "online_depth": DEPTHS.get(form.selected.get("wbsd", "")[:2]),
            "case_type": None if "bjlx" not in form.selected else CASES.get(form.selected["bjlx"], "other"),
            "materials": [material_read(form, number, material["name"]) for number, material in
                          enumerate(item["materials"])],
        }
        wanted = {key: sorted(item[key]) if key in ("channels", "levels") else item[key] for key in read}
        for key, value in read.items():
            if value != wanted[key]:
                problems.append(f"{where}: the form says {key} {value}, truth {wanted[key]}")


def material_read(form: FormReader, number: int, name: str) -> dict[str, object]:
    """A paper's form from its boxes, else from 原件 / 复印件 in its copies input; exempt from its select."""
    on = frozenset(value for box, value in form.checked if box == f"clxs_{number}")
    stated = {frozenset(): None, frozenset({"1"}): "paper", frozenset({"2"}): "electronic",
              frozenset({"1", "2"}): "both"}[on]
    copies = form.inputs.get(f"fs_{number}", "")
    paper = "paper" if "原件" in copies or "复印件" in copies else None
    return {"name": name, "form": stated or paper, "exempt": form.selected.get(f"mtj_{number}") == "是"}


# --- tangpu ----------------------------------------------------------------------------------------------


ICON_ROW = re.compile(r'<tr><td>([^<]+)</td><td><img src="images/(?:yes|no)\.png" alt="([^"]+)"')


def check_icons(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    truth_files = {file_of(item["url"]) for item in portal["items"]}
    for item in portal["items"]:
        text = pages.get(file_of(item["url"]), "")
        rows = ICON_ROW.findall(text)
        channels = sorted(ICON_ROWS[label] for label, alt in rows if alt == "支持")
        if not rows or channels != sorted(item["channels"]):
            problems.append(f"{pid}: {item['url']} icons say {channels}, truth {item['channels']}")
    prints = [name for name in pages if name.startswith("zwfw/print.html@")]
    if not prints:
        problems.append(f"{pid}: no printable views")
    for name in prints:
        guide = "zwfw/bszn.html@" + name.split("@", 1)[1]
        if guide not in truth_files:
            problems.append(f"{pid}: printable view {url_for(name)} belongs to no guide of the truth")
        if name in truth_files:
            problems.append(f"{pid}: printable view {url_for(name)} is in the truth")


# --- weitang ---------------------------------------------------------------------------------------------


def check_openwin(portal: Portal, base: str, pages: dict[str, str], problems: list[str]) -> None:
    pid = portal["id"]
    opened: set[str] = set()
    for name, text in pages.items():
        if name.startswith(("bsdt/grbs.asp@", "bsdt/frbs.asp@")):
            opened.update(re.findall(r"javascript:openWin\('([^']+)'\)", text))
    guides = {target for target in opened if urlsplit(target).path == "/bsdt/show.asp"}
    truth = {item["url"] for item in portal["items"]}
    if guides != truth:
        problems.append(f"{pid}: openWin targets differ from truth: {sorted(guides ^ truth)[:5]}")
