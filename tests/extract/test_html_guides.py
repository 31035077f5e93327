"""Field-level reading of guide pages in the markup of different portal vendors."""

from __future__ import annotations

from channel_equity.crawler.extract import LabelLexicon, extract_guide, looks_like_guide
from tests.extract.pages import PAGE_URL, extract_fixture, fixture_text


def _materials(observation) -> dict[str, tuple[str | None, bool]]:
    return {m.name: (m.form, m.exempt) for m in observation.materials}


def _locations(observation) -> dict[str, str | None]:
    return {loc.name: loc.level for loc in observation.locations}


def test_epoint_four_column_table(lexicon: LabelLexicon) -> None:
    """新点-style: 4-column th/td table, material table with header row, hall table."""
    guide = extract_fixture("epoint_table.html", lexicon)
    assert guide.name == "食品经营许可证核发（新办）"
    assert guide.item_code == "11330200MB0X12345K3440102001001"
    assert guide.basic_code == "440102001001"
    assert guide.item_type == "行政许可"
    assert guide.department == "镜海市市场监督管理局"
    assert guide.levels == ["city", "county"]
    assert guide.channels == ["counter", "online", "post"]
    assert guide.online_available is True
    assert guide.online_depth == 3
    assert guide.visits == 1
    assert guide.visit_reason == "需现场核验原件"
    assert (guide.statutory_days, guide.promised_days) == (20, 5)
    assert guide.case_type == "promised"
    assert (guide.fee, guide.appointment, guide.express) == (False, True, True)
    assert guide.online_entry_url == (
        "https://zwfw.jinghai.example.gov.cn/apply/index.do?taskCode=11330200MB0X12345K344010201600001"
    )
    assert _materials(guide) == {
        "食品经营许可申请书": ("both", False),
        "营业执照": ("electronic", True),
        "法定代表人身份证明": ("paper", False),
    }
    assert guide.materials[0].copies == "原件1份"
    assert guide.materials[1].source == "政府部门核发"
    assert _locations(guide) == {
        "镜海市政务服务中心市场监管窗口": "city",
        "东城区政务服务中心": "county",
        "东城区城南街道便民服务中心": "town",
    }
    assert guide.locations[0].phone == "0571-88880001"
    assert guide.raw_fields["承诺办结时限"] == "5个工作日"
    assert "网上预约后到窗口办理" in (guide.channel_text or "")


def test_epoint_scripts_and_styles_are_never_read(lexicon: LabelLexicon) -> None:
    guide = extract_fixture("epoint_table.html", lexicon)
    assert "脚本里的名字" not in str(guide.model_dump())
    assert "假的" not in str(guide.model_dump())


def test_hanweb_colon_text(lexicon: LabelLexicon) -> None:
    """大汉-style: "label：value" paragraphs, <br> lines, headings with lists, input buttons."""
    guide = extract_fixture("hanweb_text.html", lexicon)
    assert guide.name == "居民身份证换领"
    assert guide.item_code == "000173003000"
    assert guide.basic_code is None
    assert guide.department == "云岚市公安局东湖分局"
    assert guide.levels == ["county"]
    assert guide.channels == ["counter"]  # 网上预约后到窗口办理 is a booking, not online handling
    assert guide.online_available is False
    assert guide.visits == 1
    assert (guide.promised_days, guide.statutory_days) == (15, 60)
    assert guide.case_type == "promised"
    assert guide.fee is True
    assert guide.express is True
    assert guide.online_entry_url == "https://zwfw.jinghai.example.gov.cn/onlineapply/apply.jsp?itemid=A1002"
    assert [m.name for m in guide.materials] == ["居民户口簿", "近期免冠彩色照片", "原居民身份证"]
    assert [m.exempt for m in guide.materials] == [False, True, False]
    assert guide.materials[1].form is None  # an e-certificate says exempt, not the form
    assert _locations(guide) == {
        "云岚市东湖区政务服务中心": "county",
        "云岚市东湖区湖滨街道便民服务中心": "town",
    }
    assert guide.locations[0].address == "东湖区湖滨路18号"
    assert guide.raw_fields["办理时间"].startswith("周一至周五")
    assert "需本人到现场采集指纹" in (guide.channel_text or "")


def test_guangdong_tabs_and_tiles(lexicon: LabelLexicon) -> None:
    """Guangdong-style: tab bar, div label/value rows, value-above-label tiles, hall cards."""
    guide = extract_fixture("guangdong_tabs.html", lexicon)
    assert guide.name == "城乡居民基本养老保险参保登记"  # from the heading: no 事项名称 label
    assert guide.item_code == "11440604007118836K4440604003000"
    assert guide.department == "佛山市禅城区社会保险基金管理局"
    assert guide.levels == ["county"]
    assert guide.channels == ["online"]
    assert guide.online_depth == 4
    assert guide.visits == 0
    assert guide.promised_days == 0
    assert guide.statutory_days is None
    assert guide.case_type == "immediate"
    assert guide.fee is False
    assert (guide.online_entry_url or "").startswith("https://tyrz.gd.gov.cn/pscp/sso/login")
    assert _materials(guide) == {"城乡居民基本养老保险参保登记表": ("electronic", False), "居民身份证": ("electronic", True)}
    assert _locations(guide) == {"禅城区行政服务中心社保综合窗口": "county", "祖庙街道社区服务中心": "town"}
    assert guide.locations[0].phone == "0757-83030000"
    assert guide.locations[0].hours == "周一至周五 9:00-17:00"
    assert "申请材料" not in guide.raw_fields or guide.raw_fields["申请材料"] == ""


def test_dl_definition_lists_and_material_cards(lexicon: LabelLexicon) -> None:
    guide = extract_fixture("dl_cards.html", lexicon)
    assert guide.name == "农村宅基地和建房（规划许可）审批"
    assert guide.item_code == "11331023MB1234567X5331023100000"
    assert guide.item_type == "行政许可"
    assert guide.department == "北溪县桃源镇人民政府"
    assert guide.levels == ["town", "village"]
    assert guide.channels == ["counter", "online"]
    assert guide.online_depth == 2
    assert guide.visits == 0
    assert (guide.statutory_days, guide.promised_days) == (20, 10)
    assert guide.case_type == "other"
    assert guide.appointment is False
    assert guide.online_entry_url == (
        "https://zwfw.jinghai.example.gov.cn/portal/online/apply?code=11331023MB1234567X5331023100000"
    )
    assert _materials(guide) == {"农村宅基地和建房（规划许可）申请表": ("paper", False), "户口簿": ("both", True)}
    assert guide.materials[0].copies == "原件2份"
    assert _locations(guide) == {
        "北溪县桃源镇便民服务中心": "town",
        "桃源镇上林村便民服务站": "village",
    }
    assert guide.raw_fields["实施编码"] == "11331023MB1234567X5331023100000"  # required-field star dropped


def test_bracket_labels(lexicon: LabelLexicon) -> None:
    guide = extract_fixture("bracket_text.html", lexicon)
    assert guide.name == "居民最低生活保障审批"
    assert guide.department == "南屏县民政局"
    assert guide.item_type == "行政给付"
    assert guide.channels == ["counter", "post", "self_service"]
    assert guide.online_depth == 4  # 5星
    assert guide.visits == 1
    assert (guide.statutory_days, guide.promised_days) == (30, 0)
    assert guide.case_type == "immediate"
    assert guide.fee is False
    assert guide.online_entry_url == "http://www.npx.example.gov.cn/wsbs/dibao"
    assert [m.name for m in guide.materials] == ["申请书", "身份证", "收入证明材料"]
    assert guide.materials[1].form == "paper"  # 复印件 after 家庭成员身份证: the family's papers
    assert len(guide.locations) == 1
    assert guide.locations[0].level == "county"
    assert guide.locations[0].phone == "0573-1234567"
    assert "本事项不受理网上申请" in (guide.channel_text or "")


def test_legacy_nested_layout_tables(lexicon: LabelLexicon) -> None:
    """Old JSP page: layout tables, uppercase tags, unclosed cells, ASCII colons, codes."""
    guide = extract_fixture("legacy_nested.html", lexicon)
    assert guide.name == "个体工商户设立登记"
    assert guide.item_code == "11330500002576012X4000107001000"
    assert guide.basic_code == "000107001000"
    assert guide.department == "溪口县市场监督管理局"
    assert guide.levels == ["county"]
    assert guide.channels == ["counter", "online"]
    assert guide.online_depth == 4
    assert guide.visits == 0
    assert (guide.statutory_days, guide.promised_days) == (15, 3)
    assert guide.case_type == "promised"
    assert guide.fee is False
    assert guide.online_entry_url == "https://zwfw.jinghai.example.gov.cn/bszn/wsbs/apply.jsp?sxid=107001"
    assert _materials(guide) == {
        "个体工商户设立登记申请书": ("both", False),
        "经营者身份证明": ("paper", True),
        "经营场所使用证明": ("electronic", False),
    }
    assert _locations(guide) == {"溪口县行政服务中心": "county", "溪口县城关镇便民服务中心": "town"}
    assert "注释里的旧事项" not in str(guide.model_dump())
    assert "脚本里的假事项" not in str(guide.model_dump())
    assert not any(len(label) > 12 and "办事大厅" in label for label in guide.raw_fields)


def test_xml_data_island_page(lexicon: LabelLexicon) -> None:
    """The guide exists only as an XML data block drawn by script (Hanweb-style)."""
    html = fixture_text("hanweb_xml_island.html")
    assert looks_like_guide(html, lexicon)
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "道路货物运输经营许可"
    assert guide.levels == ["county"]
    assert guide.channels == ["counter", "online", "post"]
    assert (guide.promised_days, guide.statutory_days, guide.visits) == (7, 20, 1)
    assert guide.online_entry_url == "http://zwfw.dy.example.gov.cn/apply/120045"
    assert _materials(guide) == {"道路货物运输经营申请表": ("paper", False), "驾驶员从业资格证": ("electronic", False)}


def test_header_row_summary_table(lexicon: LabelLexicon) -> None:
    """A table whose first row holds the labels and second row the values."""
    html = """<html><body><h1>某某许可</h1><table>
      <tr><th>事项名称</th><th>办理部门</th><th>承诺时限</th><th>办件类型</th><th>是否收费</th></tr>
      <tr><td>烟草专卖零售许可证核发</td><td>镜海市烟草专卖局</td><td>5个工作日</td><td>承诺件</td><td>否</td></tr>
    </table></body></html>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "烟草专卖零售许可证核发"
    assert guide.department == "镜海市烟草专卖局"
    assert guide.promised_days == 5
    assert guide.case_type == "promised"
    assert guide.fee is False


def test_rowspan_section_cell_and_inline_spans(lexicon: LabelLexicon) -> None:
    html = """<table>
      <tr><td rowspan="3">基本信息</td><td>事项名称</td><td>养犬登记证核发</td></tr>
      <tr><td>实施主体</td><td>镜海市公安局</td></tr>
      <tr><td>办理形式</td><td>窗口办理</td></tr>
    </table>
    <div class="kv"><span class="k">承诺办结时限</span><span class="v">10个工作日</span></div>
    <div class="kv"><label>法定办结时限</label> 20 个工作日</div>
    <div class="kv"><strong>到现场次数</strong><em>2次</em></div>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "养犬登记证核发"
    assert guide.department == "镜海市公安局"
    assert guide.channels == ["counter"]
    assert (guide.promised_days, guide.statutory_days, guide.visits) == (10, 20, 2)


def test_statutory_and_promised_limits_do_not_swap(lexicon: LabelLexicon) -> None:
    html = """<ul>
      <li>事项名称：档案查询</li><li>实施机构：镜海市档案馆</li>
      <li>办结时限：3个工作日</li><li>法定办结时限：15个工作日</li><li>办理时限：7个工作日</li>
      <li>办件类型：承诺件</li></ul>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.statutory_days == 15
    assert guide.promised_days == 3  # 办结时限 ranks before 办理时限 in the lexicon


def test_one_value_stating_both_limits(lexicon: LabelLexicon) -> None:
    html = """<p>事项名称：证明开具</p><p>实施部门：某某局</p><p>办件类型：承诺件</p>
      <p>办理时限：法定20个工作日，承诺5个工作日</p>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.promised_days == 5


def test_multiple_pairs_on_one_line(lexicon: LabelLexicon) -> None:
    html = """<div>事项名称：社会团体成立登记 实施主体：镜海市民政局 承诺时限：10个工作日；法定时限：60日
      办理形式：窗口办理、网上办理 咨询电话：0571-1234</div>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "社会团体成立登记"
    assert guide.department == "镜海市民政局"
    assert (guide.promised_days, guide.statutory_days) == (10, 60)
    assert guide.channels == ["counter", "online"]
    assert guide.raw_fields["咨询电话"] == "0571-1234"


def test_channels_inferred_only_when_the_guide_has_no_channel_field(lexicon: LabelLexicon) -> None:
    html = """<p>事项名称：残疾人证核发</p><p>实施主体：镜海市残联</p><p>是否网办：是</p>
      <p>办理地点：镜海市政务服务中心2楼</p><p>承诺时限：10个工作日</p>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.channels == ["counter", "online"]

    explicit = html + "<p>办理形式：窗口办理</p>"
    guide = extract_guide(explicit, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.channels == ["counter"]  # 是否网办=是 with 窗口办理 only is a finding, not a merge
    assert guide.online_available is True


def test_item_code_is_the_longer_when_labels_swap(lexicon: LabelLexicon) -> None:
    html = """<table><tr><td>事项名称</td><td>甲</td></tr><tr><td>实施编码</td><td>440102001001</td></tr>
      <tr><td>基本编码</td><td>114420003247769130344010201600001</td></tr>
      <tr><td>实施主体</td><td>乙局</td></tr><tr><td>办件类型</td><td>即办件</td></tr></table>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.item_code == "114420003247769130344010201600001"
    assert guide.basic_code == "440102001001"
    assert guide.levels == ["city"]  # from the level digit of the implementation code


def test_raw_fields_keep_unknown_labels_as_read(lexicon: LabelLexicon) -> None:
    guide = extract_fixture("epoint_table.html", lexicon)
    assert guide.raw_fields["设定依据"] == "《中华人民共和国食品安全法》第三十五条"
    assert guide.raw_fields["网上办理深度"] == "Ⅲ级（网上预审）"


def test_sidebar_of_related_items_does_not_make_a_list(lexicon: LabelLexicon) -> None:
    html = fixture_text("hanweb_text.html").replace(
        '<div id="footer">',
        '<div class="related"><p>事项名称：临时身份证办理</p><p>事项名称：户口迁移</p><p>事项名称：出生登记</p></div>'
        '<div id="footer">',
    )
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "居民身份证换领"


def test_div_tab_bar_is_not_read_as_labels(lexicon: LabelLexicon) -> None:
    html = """<h1>公租房申请</h1>
      <div class="tabs"><div>基本信息</div><div>申请材料</div><div>常见问题</div><div>办理流程</div></div>
      <div class="pane"><p>实施主体：镜海市住建局</p><p>办件类型：承诺件</p><p>承诺时限：20个工作日</p></div>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "公租房申请"
    assert guide.materials == []
    assert "申请材料" not in guide.raw_fields


def test_list_items_with_label_elements(lexicon: LabelLexicon) -> None:
    """浪潮-style: <li><label>…</label><span>…</span></li>, a tab bar of <li>, a 办理形式 code."""
    html = """<ul class="tab"><li class="cur">基本信息</li><li>申请材料</li><li>办理流程</li></ul>
      <ul class="bszn">
        <li><label>事项名称</label><span>船舶国籍证书核发</span></li>
        <li><label>事项编码：</label><span>11330000002482162Q2000123007000</span></li>
        <li><label>实施机关</label><span>省港航管理中心</span></li>
        <li><label>办理形式</label><span>1^2</span></li>
        <li><label>办件类型</label><span>承诺件</span></li>
        <li><label>承诺时限</label><span>5 个工作日</span></li>
        <li><label>是否网办</label><span>是</span></li>
      </ul>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert guide.name == "船舶国籍证书核发"
    assert guide.item_code == "11330000002482162Q2000123007000"
    assert guide.levels == ["province"]
    assert guide.department == "省港航管理中心"
    assert guide.channels == ["counter", "online"]
    assert guide.promised_days == 5
    assert guide.online_available is True
    assert guide.materials == []


def test_read_only_form_fields(lexicon: LabelLexicon) -> None:
    html = """<form>
      <div><label>事项名称</label><input type="text" readonly value="城镇职工退休申请"></div>
      <div><label>实施主体：</label><input type="text" value="镜海市人社局" readonly="readonly"></div>
      <div><label>办件类型</label><select disabled><option>即办件</option><option selected>承诺件</option></select></div>
      <div><label>承诺时限：</label><input disabled value="10个工作日"></div>
      <div><input type="text" name="q" value="请输入关键字"></div></form>"""
    guide = extract_guide(html, PAGE_URL, lexicon)
    assert guide is not None
    assert (guide.name, guide.department, guide.case_type, guide.promised_days) == (
        "城镇职工退休申请", "镜海市人社局", "promised", 10,
    )
    assert "请输入关键字" not in str(guide.raw_fields)
