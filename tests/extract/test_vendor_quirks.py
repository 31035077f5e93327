"""Markup quirks of real vendors that the blind corpora (tests/corpora) first showed.

Each test is one quirk in its smallest form, so that a change to the generic extractor that
breaks it fails here with a readable name, not only as a lower score on a blind portal.
"""

from __future__ import annotations

from channel_equity.crawler.extract import LabelLexicon, extract_guide

URL = "https://zwfw.example.gov.cn/guide/1"
HEAD = """<p>事项名称：测试事项</p><p>实施主体：测试局</p><p>办件类型：承诺件</p><p>承诺时限：5个工作日</p>"""


def test_one_legacy_cell_holding_several_labelled_fields(lexicon: LabelLexicon) -> None:
    html = """<table>
      <tr><td>权力名称</td><td>食品经营许可证核发</td></tr><tr><td>实施机关</td><td>清溪市市场监督管理局</td></tr>
      <tr><td>办理时限</td><td>法定时限：20工作日<br>承诺时限：10个工作日</td></tr>
      <tr><td>办理方式</td><td>窗口办理、网上办理<br>网上办理深度：三级<br>到现场次数：1次<br>必须现场办理原因：核验原件</td></tr>
      <tr><td>办理流程</td><td>（1）受理：1个工作日<br>（2）决定：办理时限：2个工作日</td></tr>
    </table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert (guide.statutory_days, guide.promised_days) == (20, 10)
    assert guide.channels == ["counter", "online"]
    assert (guide.online_depth, guide.visits, guide.visit_reason) == (3, 1, "核验原件")


def test_hall_cards_named_by_an_unlabelled_first_line(lexicon: LabelLexicon) -> None:
    html = HEAD + """<h3>办理地点/时间</h3>
      <div class="address-item"><p>镜河市政务服务中心</p>
        <div><span>办理地点：</span><span>镜河市滨河大道160号</span></div>
        <div><span>咨询电话：</span><span>0517-1</span></div></div>
      <div class="address-item"><p>镜河市河东区政务服务中心</p>
        <div><span>办理地点：</span><span>河东区滨河大道218号</span></div></div>
      <div class="footer"><p>Copyright © 镜河市人民政府办公室 版权所有</p><p>地址：镜河市人民路1号</p><p>联系电话：0517-9</p></div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.address, loc.phone) for loc in guide.locations] == [
        ("镜河市政务服务中心", "city", "镜河市滨河大道160号", "0517-1"),
        ("镜河市河东区政务服务中心", "county", "河东区滨河大道218号", None),
    ]


def test_halls_written_as_name_then_address_in_numbered_lines(lexicon: LabelLexicon) -> None:
    html = HEAD.replace("<p>", "<p><strong>【").replace("：", "】：</strong>", 1) + """<p>
      <strong>【办理地点】：</strong><br>①金桂街道便民服务中心：金桂路255号一楼大厅（工作日8:30-12:00）；
      <br>②桂花社区便民服务站：桂花社区云岫大道94号；</p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.name == "测试事项"  # not "：测试事项" after 【事项名称】：
    assert [(loc.name, loc.level, loc.address, loc.hours) for loc in guide.locations] == [
        ("金桂街道便民服务中心", "town", "金桂路255号一楼大厅", "工作日8:30-12:00"),
        ("桂花社区便民服务站", "village", "桂花社区云岫大道94号", None),
    ]


def test_material_badges_after_the_name_are_not_part_of_it(lexicon: LabelLexicon) -> None:
    html = HEAD + """<table><tr><th>序号</th><th>材料名称</th><th>材料形式</th></tr>
      <tr><td>1</td><td><span>营业执照</span><em class="tag">免提交</em></td><td>纸质</td></tr>
      <tr><td>2</td><td><span>近期一寸照片</span><em>容缺</em></td><td>纸质</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.exempt) for m in guide.materials] == [("营业执照", True), ("近期一寸照片", False)]


def test_material_notes_in_brackets_give_form_and_exemption_but_a_name_gives_no_form(lexicon: LabelLexicon) -> None:
    html = HEAD + """<p>【申请材料】</p><p>1、居民身份证（原件1份；材料形式：纸质/电子；免提交，通过电子证照库调取）；</p>
      <p>2、村民小组会议记录（1份；材料形式：纸质）。</p><p>3、医保电子凭证或社会保障卡（复印件1份）</p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.form, m.exempt, m.copies) for m in guide.materials] == [
        ("居民身份证", "both", True, "原件1份"),
        ("村民小组会议记录", "paper", False, "1份"),
        ("医保电子凭证或社会保障卡", None, False, None),
    ]


def test_material_cards_named_by_an_unlabelled_first_line(lexicon: LabelLexicon) -> None:
    html = HEAD + """<h3><i class="iconfont">&#xe61d;</i>申请材料</h3>
      <div class="mat"><p><span class="no">1</span>户口簿</p><p>材料形式：纸质、电子化</p><p>是否免提交：是</p></div>
      <div class="mat"><p><span class="no">2</span>2寸白底照片<span class="tag">容缺</span></p><p>材料形式：电子化</p>
        <p>份数：原件1份</p></div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(m.name, m.form, m.exempt) for m in guide.materials] == [
        ("户口簿", "both", True), ("2寸白底照片", "electronic", False)]


def test_icon_font_glyphs_do_not_stick_to_labels_or_names(lexicon: LabelLexicon) -> None:
    html = HEAD + """<h3><i class="iconfont">&#xe651;</i>办理地点</h3>
      <div class="hall"><p><i class="iconfont">\ue651</i>桑园市政务服务中心</p><p>地址：长乐路1号</p></div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.address) for loc in guide.locations] == [("桑园市政务服务中心", "长乐路1号")]


def test_hall_named_as_an_unknown_label_under_its_field(lexicon: LabelLexicon) -> None:
    html = HEAD + """<div class="row"><label>办理地点</label><div class="val">
      <p>鹤汀市政务服务中心：汀江大道1号市民中心3楼</p></div></div>
      <div class="row"><label>办理时间</label><div class="val">工作日 8:30-12:00</div></div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.address) for loc in guide.locations] == [("鹤汀市政务服务中心", "汀江大道1号市民中心3楼")]


def test_a_hidden_stale_row_loses_to_the_visible_one(lexicon: LabelLexicon) -> None:
    html = """<p>事项名称：测试事项</p><p>实施主体：测试局</p>
      <div style="display: none"><p>承诺办结时限：15个工作日</p></div><p>承诺期限：5个工作日</p>
      <div hidden><p>法定办结时限：60个工作日</p></div><p>事项审查类型：前审后批</p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.promised_days == 5  # 承诺办结时限 outranks 承诺期限, but not when it is hidden
    assert guide.statutory_days == 60  # hidden text still counts when nothing visible says it
    assert guide.case_type == "promised"  # 事项审查类型 stands in for a missing 办件类型


def test_a_bracket_labelled_guide_is_no_hall_card(lexicon: LabelLexicon) -> None:
    """【事项名称】道路… names an item, not a hall, though 路 is a place word."""
    html = """<div class="guide-text"><p>【事项名称】道路货物运输经营许可</p><p>【实施机构】泽阳市交通运输局</p>
      <p>【办件类型】承诺件</p><p>【承诺办结时限】10个工作日</p><p class="blk">【办理地址】</p>
      <p>1. 泽阳市政务服务中心，地址：泽阳市解放路213号，办公时间：工作日 8:30-12:00</p></div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level) for loc in guide.locations] == [("泽阳市政务服务中心", "city")]


def test_a_guide_written_in_traditional_characters(lexicon: LabelLexicon) -> None:
    html = """<table><tr><td>事項名稱</td><td>港澳居民來往內地通行證換發</td></tr><tr><td>實施機構</td><td>出入境管理局</td></tr>
      <tr><td>辦理形式</td><td>窗口辦理、網上辦理</td></tr><tr><td>辦件類型</td><td>承諾件</td></tr>
      <tr><td>承諾辦結時限</td><td>7個工作日</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.name == "港澳居民來往內地通行證換發"  # the name is kept as printed
    assert (guide.channels, guide.case_type, guide.promised_days) == (["counter", "online"], "promised", 7)


def test_guide_handed_to_a_script_as_a_state_literal_is_read_without_running_it(lexicon: LabelLexicon) -> None:
    state = ('{"guide": {"detail": {"TASK_NAME": "\\u4e0d\\u52a8\\u4ea7\\u9996\\u6b21\\u767b\\u8bb0", '
             '"TASK_CODE": "1162920000842140883620711001001", "DEPT_NAME": "沙棠市自然资源和规划局", '
             '"PROMISE_DAY": "5", "PROJECT_TYPE_TEXT": "承诺件", "HANDLE_TYPE": "1^2", '
             '"AUDIT_MATERIAL": [{"MATERIAL_NAME": "申请人身份证明", "IS_FREE": "1"}]}}}')
    escaped = state.replace("\\", "\\\\").replace('"', '\\"')
    for script in (f"window.__INITIAL_STATE__ = JSON.parse(\"{escaped}\");", f"var guideInfo = {state};"):
        html = f"<h1>不动产首次登记</h1><div id='app'>正在加载办事指南……</div><script>{script} render(guideInfo);</script>"
        guide = extract_guide(html, URL, lexicon)
        assert guide is not None, script[:40]
        assert (guide.name, guide.promised_days, guide.channels) == ("不动产首次登记", 5, ["counter", "online"])
        assert [(m.name, m.exempt) for m in guide.materials] == [("申请人身份证明", True)]
    assert extract_guide("<h1>x</h1><script>var cfg = {theme: 'dark'}; go();</script>", URL, lexicon) is None


# --- quirks the navigation corpus (tests/corpora/portals5) showed --------------------------

def test_a_heading_section_ends_with_its_container_not_at_the_footer(lexicon: LabelLexicon) -> None:
    html = f"""<div class="content">{HEAD}<h3>办理地点</h3>
      <div class="hall"><h4>榆塘市政务服务中心</h4><p>地址：榆塘市滨江大道18号二楼B区36号窗口</p></div></div>
      <div class="footer">榆塘市人民政府办公室主办　政务服务热线：12345<br>网站标识码 9405000012</div>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.address) for loc in guide.locations] == [("榆塘市政务服务中心", "榆塘市滨江大道18号二楼B区36号窗口")]


def test_repeated_place_and_address_rows_are_one_hall_each(lexicon: LabelLexicon) -> None:
    html = f"""{HEAD}<table>
      <tr><td>办理地点</td><td>枫渚市政务服务中心</td></tr><tr><td>详细地址</td><td>枫渚市人民路185号三楼</td></tr>
      <tr><td>办理地点</td><td>江心区荷塘街道便民服务中心</td></tr><tr><td>详细地址</td><td>荷塘街道中心路50号</td></tr>
      <tr><td>咨询电话</td><td>0899-8865167</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.level, loc.address) for loc in guide.locations] == [
        ("枫渚市政务服务中心", "city", "枫渚市人民路185号三楼"),
        ("江心区荷塘街道便民服务中心", "town", "荷塘街道中心路50号"),
    ]


def test_a_hall_table_whose_name_column_is_headed_by_a_place_word(lexicon: LabelLexicon) -> None:
    html = f"""{HEAD}<table><tr><td colspan="3">办理地点</td></tr><tr><td>受理场所</td><td>地址</td><td>办公时间</td></tr>
      <tr><td>岚川市政务服务中心</td><td>岚川市人民路136号三楼C区18号窗口</td><td>周一至周五 9:00-17:00</td></tr></table>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert [(loc.name, loc.address) for loc in guide.locations] == [("岚川市政务服务中心", "岚川市人民路136号三楼C区18号窗口")]


def test_an_apply_link_worded_as_shenban_is_the_online_entry(lexicon: LabelLexicon) -> None:
    html = f"""{HEAD}<p><a id="lnkApply" href="/wsbs/Apply.aspx?ItemGuid=dc" target="_blank">在线申办</a></p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None and guide.online_entry_url == "https://zwfw.example.gov.cn/wsbs/Apply.aspx?ItemGuid=dc"


# --- names a page does not label (issue 11) ----------------------------------------------

UNNAMED = """<html><head><title>{title}</title></head><body><div class="head">禾阳市政务服务网</div>
<div class="tit">{shown}</div><table><tr><td>实施主体</td><td>禾阳市民政局</td></tr><tr><td>办件类型</td><td>承诺件</td></tr>
<tr><td>承诺时限</td><td>5个工作日</td></tr><tr><td>办理形式</td><td>窗口办理</td></tr></table></body></html>"""


def test_a_guide_without_a_name_label_is_named_by_the_link_that_led_to_it(lexicon: LabelLexicon) -> None:
    html = UNNAMED.format(title="最低生活保障对象认定 - 禾阳市政务服务网", shown="最低生活保障对象认定")
    guide = extract_guide(html, URL, lexicon, link_text="最低生活保障对象认定")
    assert guide is not None and guide.name == "最低生活保障对象认定"


def test_a_link_cut_short_is_completed_from_the_title(lexicon: LabelLexicon) -> None:
    html = UNNAMED.format(title="最低生活保障对象认定 - 禾阳市政务服务网", shown="")
    guide = extract_guide(html, URL, lexicon, link_text="最低生活保障…")
    assert guide is not None and guide.name == "最低生活保障对象认定"


def test_a_generic_or_absent_link_text_names_nothing(lexicon: LabelLexicon) -> None:
    html = UNNAMED.format(title="禾阳市政务服务网", shown="城乡居民养老保险待遇申领")
    for link_text in ("查看详情", "禾阳市政务服务网首页"):
        guide = extract_guide(html, URL, lexicon, link_text=link_text)
        assert guide is None or guide.name != link_text


def test_an_image_only_apply_button_is_the_online_entry(lexicon: LabelLexicon) -> None:
    html = f"""{HEAD}<p><a href="/wsbs/apply.do?id=77"><img src="/images/btn_apply.png"></a>
      <a href="/wsbs/print.do?id=77"><img src="/images/print.png"></a></p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None and guide.online_entry_url == "https://zwfw.example.gov.cn/wsbs/apply.do?id=77"


def test_a_picture_of_something_else_is_no_entry(lexicon: LabelLexicon) -> None:
    html = f"""{HEAD}<p><a href="/about.html"><img src="/images/logo.png"></a></p>"""
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None and guide.online_entry_url is None


def test_a_fee_answered_with_a_word_that_labels_the_fee_standard_elsewhere(lexicon: LabelLexicon) -> None:
    """是否收费 answered 收费 (or 收费（工本费10元）): the answer is also a label (of 收费标准), so a
    reader that takes it for one leaves the fee unknown — in a <dl>, in a th/td row and in an
    all-td row. Where 收费 has a value of its own it stays a label."""
    layouts = (
        "<dl><dt>是否收费</dt><dd>{fee}</dd><dt>法定办结时限</dt><dd>20个工作日</dd></dl>",
        "<table><tr><th>是否收费</th><td>{fee}</td><th>法定办结时限</th><td>20个工作日</td></tr></table>",
        "<table><tr><td>是否收费</td><td>{fee}</td><td>法定办结时限</td><td>20个工作日</td></tr></table>",
    )
    for layout in layouts:
        for fee, charged in (("收费", True), ("收费（工本费10元）", True), ("不收费", False), ("否", False)):
            guide = extract_guide(HEAD + layout.format(fee=fee), URL, lexicon)
            assert guide is not None, layout
            assert (guide.fee, guide.statutory_days) == (charged, 20), (layout, fee)
    for labelled in ("<dl><dt>是否收费</dt><dd></dd><dt>收费</dt><dd>不收费</dd></dl>",
                     "<dl><dt>收费</dt><dd>不收费</dd></dl>"):
        guide = extract_guide(HEAD + labelled, URL, lexicon)
        # 收费 labels 不收费 here; and a value ending in its label's words ("不收费" under "收费") is
        # no summary tile printing its value above the label
        assert guide is not None and guide.fee is False and guide.raw_fields["收费"] == "不收费", labelled
