"""Per-portal overrides: extra labels and CSS/XPath selectors, normalised like any value."""

from __future__ import annotations

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.crawler.extract import LabelLexicon, extract_guide

URL = "https://yunlan.example.gov.cn/guide/view?id=7"
PAGE = """<html><body>
<div class="t">公共场所卫生许可</div>
<div class="grid">
  <div class="c1">办事单位</div><div class="c2" id="deptName">云岚市卫生健康委员会</div>
  <div class="c1">承诺办件时间</div><div class="c2">8个工作日</div>
  <div class="c1">办理形式</div><div class="c2">窗口办理、网上办理</div>
  <div class="c1">办件类型</div><div class="c2">承诺件</div>
  <div class="c1">咨询电话</div><div class="c2">0572-1</div>
</div>
<div class="go"><span class="x" data-go="/apply/77">办 理</span></div>
<div id="cl"><table><tr><th>序号</th><th>名称</th><th>载体</th></tr><tr><td>1</td><td>申请书</td><td>纸质</td></tr></table></div>
</body></html>"""


def test_without_overrides_the_portal_is_not_understood(lexicon: LabelLexicon) -> None:
    assert extract_guide(PAGE, URL, lexicon) is None  # 办事单位 / 承诺办件时间 are not default labels


def test_labels_and_selectors(lexicon: LabelLexicon) -> None:
    overrides = ExtractionOverrides(
        labels={"promised_days": ["承诺办件时间"]},
        selectors={
            "name": "div.t",
            "department": "#deptName",
            "online_entry_url": "//div[@class='go']/span/@data-go",
            "materials": "#cl",
        },
    )
    guide = extract_guide(PAGE, URL, lexicon, overrides)
    assert guide is not None
    assert guide.name == "公共场所卫生许可"
    assert guide.department == "云岚市卫生健康委员会"
    assert guide.promised_days == 8
    assert guide.online_entry_url == "https://yunlan.example.gov.cn/apply/77"
    assert guide.channels == ["counter", "online"]
    assert [m.name for m in guide.materials] == ["申请书"]


def test_selector_values_are_normalised(lexicon: LabelLexicon) -> None:
    page = PAGE.replace("</body>", "<p id='d'>二十个工作日</p><i class='lv'>县（市、区）级</i></body>")
    overrides = ExtractionOverrides(selectors={"name": "div.t", "statutory_days": "#d", "levels": "i.lv"})
    guide = extract_guide(page, URL, lexicon, overrides)
    assert guide is not None
    assert guide.statutory_days == 20
    assert guide.levels == ["county"]


def test_a_bad_selector_is_skipped_not_fatal(lexicon: LabelLexicon) -> None:
    overrides = ExtractionOverrides(selectors={"name": "div.t", "department": "//div[@["})
    guide = extract_guide(PAGE, URL, lexicon, overrides)
    assert guide is not None
    assert guide.name == "公共场所卫生许可"
    assert guide.department is None
