"""Markup quirks of real vendors that the blind corpus (tests/blind) first showed.

Each test is one quirk in its smallest form, so that a change to the generic extractor that
breaks it fails here with a readable name, not only as a lower score on a blind portal.
"""

from __future__ import annotations

from crawler.extract import LabelLexicon, extract_guide

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
