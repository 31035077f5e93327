"""Guides written as prose: facts read from sentences, halls named in them, materials in
enumerations, and minimal guides (a title, materials and a process) recognised as guides."""

from __future__ import annotations

import pytest

from channel_equity.core.labels import LabelLexicon
from channel_equity.crawler.extract import extract_guide, looks_like_guide
from channel_equity.crawler.extract.locations import hall_names
from channel_equity.crawler.extract.materials import materials_from_lines
from channel_equity.crawler.extract.prose import days_in, department_name, prose_channels, read_prose

URL = "http://127.0.0.1:8000/bsfw/blsm/t1.html"


def test_visits_and_both_limits_inside_one_sentence(lexicon: LabelLexicon) -> None:
    facts = read_prose(["自受理之日起10个工作日内发证（法定时限15个工作日）。申请人需本人到场拍照，到现场次数为2次。"],
                       lexicon)
    assert (facts.promised_days, facts.statutory_days, facts.visits) == (10, 15, 2)


def test_a_stated_total_wins_over_the_sum_of_the_steps(lexicon: LabelLexicon) -> None:
    text = "街道15个工作日内完成调查。调查结果公示7天。区民政局5个工作日内审核确认。全程办结时限为30个工作日（含公示期）。"
    assert days_in(text, lexicon) == (30, None)


def test_steps_without_a_total_are_summed_and_on_the_spot_steps_count_nothing(lexicon: LabelLexicon) -> None:
    text = "1. 受理：窗口当场受理；\n2. 审查：10个工作日内作出决定；\n3. 发证：当场颁发证件。\n法定时限20个工作日。"
    assert days_in(text, lexicon) == (10, 20)
    assert days_in("当场办结。", lexicon) == (0, None)


def test_month_names_are_no_time_limit(lexicon: LabelLexicon) -> None:
    assert days_in("每年一月至三月集中申报，办结时限20个工作日。", lexicon) == (20, None)


def test_sentences_without_a_count_of_visits_say_nothing_of_them(lexicon: LabelLexicon) -> None:
    assert read_prose(["申请人需本人到场签字。"], lexicon).visits is None
    assert read_prose(["实现“零跑腿”。"], lexicon).visits == 0


def test_channels_offered_by_sentences(lexicon: LabelLexicon) -> None:
    assert prose_channels("申请人到云岚市政务服务中心二楼窗口提交材料；也可通过邮寄方式提交申请材料。", lexicon) == [
        "counter", "post"]
    assert prose_channels("登录市人社网上服务大厅提交申请，审核通过后证件可邮寄送达。", lexicon) == ["online"]
    assert prose_channels("网上预约后到窗口办理。", lexicon) == ["counter"]  # a booking is no online channel
    assert prose_channels("本事项不支持网上办理，请到大厅办理。", lexicon) == ["counter"]
    assert "self_service" in prose_channels("在一楼医保自助终端刷身份证办理。", lexicon)


def test_case_type_and_full_online_handling_from_words_in_the_text(lexicon: LabelLexicon) -> None:
    facts = read_prose(["即办件\n全程网办\n跑动0次"], lexicon)
    assert (facts.case_type, facts.online_depth, facts.visits) == ("immediate", 4, 0)
    assert read_prose(["暂不支持全程网办。"], lexicon).online_depth is None


@pytest.mark.parametrize(("text", "halls"), [
    ("申请人向户籍所在地的栖凤区南湖街道便民服务中心或栖凤区北岭街道便民服务中心提出申请",
     ["栖凤区南湖街道便民服务中心", "栖凤区北岭街道便民服务中心"]),
    ("也可到桐溪县政务服务中心林业窗口办理", ["桐溪县政务服务中心"]),
    ("村民到桃源村便民服务站（桃源村文化礼堂一楼）找代办员办理", ["桃源村便民服务站"]),
    ("居民到新桥社区便民服务站（新桥路18号社区服务中心一楼）提出申请", ["新桥社区便民服务站"]),
    ("到云岚市民之家一楼医保服务区办理", ["云岚市民之家"]),
    ("到长乐镇和平社区党群服务中心办理", ["长乐镇和平社区党群服务中心"]),  # 和 inside a name
    ("到云岚市政务服务中心和栖凤区南湖街道便民服务中心办理", ["云岚市政务服务中心", "栖凤区南湖街道便民服务中心"]),
    ("也可将申请材料邮寄至凫山市社会保险事业服务中心", []),  # an address to post to
    ("到禾阳市住房公积金管理中心服务大厅办理", ["禾阳市住房公积金管理中心服务大厅"]),
    ("报县民政局备案", []),  # a back office is no hall
    ("到镇便民服务中心办理", []),  # which town's centre is not said
])
def test_halls_named_in_sentences(lexicon: LabelLexicon, text: str, halls: list[str]) -> None:
    assert hall_names(text, lexicon) == halls


@pytest.mark.parametrize(("lines", "expected"), [
    (["居民身份证、户口簿、结婚证原件及复印件各一份，申请表。"],
     [("居民身份证", "paper", False), ("户口簿", "paper", False), ("结婚证", "paper", False), ("申请表", None, False)]),
    (["申请书、营业执照复印件、管理制度文本，各一份。"],  # a form inside the list is that paper's only
     [("申请书", None, False), ("营业执照", "paper", False), ("管理制度文本", None, False)]),
    (["火化证明、户口注销证明、申领人身份证和银行卡，以上均提供复印件。"],
     [("火化证明", "paper", False), ("户口注销证明", "paper", False), ("身份证", "paper", False),
      ("银行卡", "paper", False)]),
    (["1．申请书；", "2．经营场所使用证明。", "材料可在网上提交电子版，也可到窗口提交纸质材料。"],
     [("申请书", "both", False), ("经营场所使用证明", "both", False)]),
    (["夫妻双方居民身份证（无需提供户口簿、结婚证，相关信息由系统共享核验）。"],
     [("居民身份证", None, False), ("户口簿", None, True), ("结婚证", None, True)]),
    (["原居民身份证；户口簿。照片现场免费采集，无需自带。"],
     [("原居民身份证", None, False), ("户口簿", None, False), ("照片", None, True)]),
    (["新生儿参保的，提供出生医学证明复印件。"], [("出生医学证明", "paper", False)]),
    (["营业执照正、副本（原件1份，复印件1份）"], [("营业执照正、副本", None, False)]),  # counted copies: no form
    (["无需提交材料，刷脸即可。"], []),
])
def test_materials_written_as_sentences(lexicon: LabelLexicon, lines: list[str],
                                        expected: list[tuple[str, str | None, bool]]) -> None:
    assert [(m.name, m.form, m.exempt) for m in materials_from_lines(lines, lexicon)] == expected


def test_a_department_named_in_a_sentence_or_with_a_note(lexicon: LabelLexicon) -> None:
    assert department_name("本事项由云岚市人力资源和社会保障局负责办理，具体经办由市社保中心承担。") == \
        "云岚市人力资源和社会保障局"
    assert department_name("栖凤区民政局（受理：南湖街道办事处）") == "栖凤区民政局"


MINIMAL_GUIDE = """<html><head><title>临时救助申请办理说明_办理说明_云岚市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/wsdt/">网上办事大厅</a></div>
<h1>临时救助申请办理说明</h1>
<div class="TRS_Editor">
<p><strong>一、申请材料</strong></p>
<p>由申请人本人提交：临时救助申请书、居民身份证复印件各一份。</p>
<p><strong>二、办理流程</strong></p>
<p>申请人向云岚市栖凤区南湖街道便民服务中心提出申请，街道7个工作日内完成调查，区民政局3个工作日内审批。</p>
</div>
<div class="footer">主办单位：云岚市人民政府办公室 联系电话：0771-5580000</div>
</body></html>"""


def test_a_title_with_materials_and_a_process_is_a_guide(lexicon: LabelLexicon) -> None:
    assert looks_like_guide(MINIMAL_GUIDE, lexicon)
    guide = extract_guide(MINIMAL_GUIDE, URL, lexicon)
    assert guide is not None
    assert guide.name == "临时救助申请"  # the genre suffix 办理说明 is no part of the item's name
    assert [(m.name, m.form) for m in guide.materials] == [("临时救助申请书", "paper"), ("居民身份证", "paper")]
    assert [(loc.name, loc.level) for loc in guide.locations] == [("云岚市栖凤区南湖街道便民服务中心", "town")]
    assert guide.channels == ["counter"]
    assert guide.promised_days == 10  # 7 + 3: the citizen waits for both steps
    assert guide.levels == ["town"]
    assert guide.provenance == {"locations": "prose", "channels": "prose", "promised_days": "prose",
                                "levels": "inferred"}


def test_labelled_values_are_never_replaced_by_prose(lexicon: LabelLexicon) -> None:
    html = MINIMAL_GUIDE.replace("<p><strong>二、办理流程</strong></p>",
                                 "<p>承诺时限：5个工作日</p><p><strong>二、办理流程</strong></p>")
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    assert guide.promised_days == 5
    assert "promised_days" not in guide.provenance


def test_a_guide_that_names_no_department_is_filed_under_its_breadcrumbs(lexicon: LabelLexicon) -> None:
    crumbs = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bm/">部门办事</a> &gt; ' \
             '<a href="/bm/05">蓼川市市场监督管理局</a> &gt; 办事指南</div>'
    guide = extract_guide(MINIMAL_GUIDE.replace("<h1>", crumbs + "<h1>"), URL, lexicon)
    assert guide is not None
    assert (guide.department, guide.provenance["department"]) == ("蓼川市市场监督管理局", "inferred")
    named = MINIMAL_GUIDE.replace("<h1>", crumbs + "<p>办理部门：栖凤区民政局</p><h1>")
    guide = extract_guide(named, URL, lexicon)
    assert guide is not None and guide.department == "栖凤区民政局" and "department" not in guide.provenance
