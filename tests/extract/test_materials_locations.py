"""Material tables in any column order, material lists, halls and their levels."""

from __future__ import annotations

import pytest

from channel_equity.crawler.extract import LabelLexicon, extract_guide
from channel_equity.crawler.extract.locations import level_of, locations_from_text
from channel_equity.crawler.extract.materials import materials_from_lines

URL = "https://zwfw.example.gov.cn/guide/1"
HEAD = """<p>事项名称：测试事项</p><p>实施主体：测试局</p><p>办件类型：承诺件</p><p>承诺时限：5个工作日</p>"""


@pytest.mark.parametrize(("name", "level"), [
    ("镜海市政务服务中心", "city"),
    ("东城区政务服务中心", "county"),
    ("溪口县行政服务中心", "county"),
    ("城南街道便民服务中心", "town"),
    ("桃源镇便民服务中心", "town"),
    ("上林村便民服务站", "village"),
    ("莲花社区党群服务中心", "village"),
    ("祖庙街道社区服务中心", "town"),
    ("镜海市东城区城南街道莲花社区便民服务站", "village"),
    ("镜海县市场监督管理局窗口", "county"),
    ("镜海市农业农村局", "city"),
    ("广东省政务服务中心", "province"),
    ("内蒙古自治区政务服务中心", "province"),
    ("杭州市民中心", "city"),
    ("政务服务大厅", None),
])
def test_location_level_from_name(name: str, level: str | None, lexicon: LabelLexicon) -> None:
    assert level_of(name, lexicon) == level


def test_locations_from_text(lexicon: LabelLexicon) -> None:
    text = "1.镜海市政务服务中心3楼A区（地址：人民路1号）；2.城南街道便民服务中心\n网上办理无需到现场"
    found = locations_from_text(text, lexicon)
    assert [(loc.name, loc.level, loc.address) for loc in found] == [
        ("镜海市政务服务中心3楼A区", "city", "人民路1号"),
        ("城南街道便民服务中心", "town", None),
    ]


def test_material_table_any_column_order_and_rowspan(lexicon: LabelLexicon) -> None:
    html = HEAD + """<table>
      <tr><td colspan="6">申请材料</td></tr>
      <tr><th>材料类型</th><th>是否必需</th><th>来源渠道</th><th>份数</th><th>材料名称</th><th>提交形式</th></tr>
      <tr><td rowspan="2">申请表格文书</td><td>是</td><td>申请人自备</td><td>1</td><td>申请表</td><td>纸质</td></tr>
      <tr><td>否</td><td>申请人自备</td><td>1</td><td>委托书</td><td>纸质、电子</td></tr>
      <tr><td>证件证书证明</td><td>是</td><td>政府部门核发</td><td>1</td><td>营业执照</td><td>电子证照</td></tr>
    </table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.form, m.exempt, m.necessity, m.source) for m in guide.materials] == [
        ("申请表", "paper", False, "必要", "申请人自备"),
        ("委托书", "both", False, "非必要", "申请人自备"),
        ("营业执照", "electronic", True, "必要", "政府部门核发"),
    ]


def test_material_table_with_group_caption_rows(lexicon: LabelLexicon) -> None:
    html = HEAD + """<table>
      <tr><th>序号</th><th>材料名称</th><th>材料形式</th><th>是否免提交</th></tr>
      <tr><td colspan="4">情形一：个人申请</td></tr>
      <tr><td>1</td><td>身份证</td><td>纸质</td><td>是</td></tr>
      <tr><td colspan="4">情形二：委托办理</td></tr>
      <tr><td>2</td><td>授权委托书 <a href="/y.doc">样表下载</a></td><td>纸质</td><td>否</td></tr>
    </table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.exempt) for m in guide.materials] == [("身份证", True), ("授权委托书", False)]


def test_material_list_items(lexicon: LabelLexicon) -> None:
    lines = ["1、身份证原件", "2、户口簿（复印件1份）3、结婚证", "注：以上材料需加盖公章", "（4）免提交：营业执照（数据共享获取）"]
    materials = materials_from_lines(lines, lexicon)
    assert [m.name for m in materials] == ["身份证", "户口簿", "结婚证", "营业执照"]
    assert [m.exempt for m in materials] == [False, False, False, True]
    assert materials[0].form == "paper"  # 原件 after the name says what to bring
    assert materials[1].form is None  # a bracketed count of copies is no form


def test_hall_table_gives_locations_with_levels(lexicon: LabelLexicon) -> None:
    html = HEAD + """<table>
      <tr><th>办理点名称</th><th>地址</th><th>电话</th></tr>
      <tr><td>镜海市政务服务中心</td><td>人民路1号</td><td>1</td></tr>
      <tr><td>上林村便民服务站</td><td>上林村</td><td>2</td></tr>
    </table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.address, loc.phone) for loc in guide.locations] == [
        ("镜海市政务服务中心", "city", "人民路1号", "1"),
        ("上林村便民服务站", "village", "上林村", "2"),
    ]


def test_single_hall_from_text_takes_the_guides_hours_and_phone(lexicon: LabelLexicon) -> None:
    html = HEAD + "<p>办理地点：桃源镇便民服务中心</p><p>办理时间：工作日</p><p>咨询电话：0571-1</p>"
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.hours, loc.phone) for loc in guide.locations] == [
        ("桃源镇便民服务中心", "town", "工作日", "0571-1"),
    ]


def test_copies_columns_read_as_one_phrase(lexicon: LabelLexicon) -> None:
    html = HEAD + """<table><tr><th>材料名称</th><th>原件份数</th><th>复印件份数</th></tr>
      <tr><td>身份证</td><td>1</td><td>2</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.materials[0].copies == "原件1份、复印件2份"


HALL_SECTIONS = HEAD + """
<h2>办理地点</h2>
<ul>
  <li><span>镜海市政务服务中心</span> <span>地址：人民路1号</span> <span>办公时间：9:00-17:00</span> <span>电话：0571-1</span></li>
  <li><span>城南街道便民服务中心</span> <span>地址：南路3号</span></li>
</ul>
<h2>办理流程</h2><p>受理、审查、决定</p>"""

HALL_CARDS = HEAD + """
<h2>办理地点</h2>
<div class="hall"><h4>东城区政务服务中心</h4><p>地址：建设路8号</p><p>办公时间：工作日</p><p>电话：0571-2</p></div>
<div class="hall"><h4>上林村便民服务站</h4><p>地址：上林村</p></div>
<h2>咨询方式</h2><p>0571-3</p>"""


def test_hall_list_under_a_heading(lexicon: LabelLexicon) -> None:
    guide = extract_guide(HALL_SECTIONS, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.address, loc.hours, loc.phone) for loc in guide.locations] == [
        ("镜海市政务服务中心", "city", "人民路1号", "9:00-17:00", "0571-1"),
        ("城南街道便民服务中心", "town", "南路3号", None, None),
    ]


def test_hall_cards_with_heading_names(lexicon: LabelLexicon) -> None:
    guide = extract_guide(HALL_CARDS, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.address, loc.phone) for loc in guide.locations] == [
        ("东城区政务服务中心", "county", "建设路8号", "0571-2"),
        ("上林村便民服务站", "village", "上林村", None),
    ]
    assert guide.raw_fields["咨询方式"] == "0571-3"


def test_materials_described_in_a_trailing_parenthesis(lexicon: LabelLexicon) -> None:
    """'名称（材料形式：…；来源渠道：…；是否免提交：是（…））' reads like a material table row."""
    html = HEAD + """<p>【申请材料】</p>
      <p>1. 营业执照复印件（材料形式：纸质；份数：复印件1份；来源渠道：政府部门核发；是否免提交：是（由部门共享获取））</p>
      <p>2. 申请书（材料形式：纸质/电子化；份数：原件1份；来源渠道：申请人自备）</p>
      <p>3. 身份证（原件）</p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.form, m.exempt, m.source) for m in guide.materials] == [
        ("营业执照", "paper", True, "政府部门核发"),
        ("申请书", "both", False, "申请人自备"),
        ("身份证", "paper", False, None),
    ]
    assert guide.materials[0].copies == "复印件1份"


def test_a_level_word_inside_a_street_or_a_larger_units_name_is_no_unit(lexicon: LabelLexicon) -> None:
    assert level_of("梅村街道便民服务中心", lexicon) == "town"  # a 街道 whose name has 村 in it
    assert level_of("杨家村村民委员会", lexicon) == "village"
    assert level_of("禾阳市杨柳村路政务服务大厅", lexicon) == "city"  # on a street named …村路
    assert level_of("某市政务服务中心（桃村街88号）", lexicon) == "city"  # an address in brackets
    assert level_of("桂园社区居委会便民服务站", lexicon) == "village"


def test_an_exemption_in_a_column_the_lexicon_does_not_name(lexicon: LabelLexicon) -> None:
    """Any cell of a material row may say the paper need not be handed in."""
    html = HEAD + """<table><tr><th>材料名称</th><th>材料形式</th><th>共享情况</th></tr>
      <tr><td>居民身份证</td><td>纸质</td><td>免提交（数据共享）</td></tr>
      <tr><td>申请表</td><td>纸质</td><td>—</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.exempt) for m in guide.materials] == [("居民身份证", True), ("申请表", False)]
