"""Shapes first met on the portals7 corpus, each as a mechanism: mobile cards (a name heading
under a generic bar title, tags and an unlabelled body beside it, numbered material cards with
chips), township pages (label variants, limits with a breakdown or a month, footers naming
bodies), process tables, window tables, headings naming two fields, and halls inside brackets."""

from __future__ import annotations

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import GuideObservation
from channel_equity.crawler.extract import extract_guide
from channel_equity.crawler.extract.locations import hall_names, locations_from_text
from channel_equity.crawler.extract.materials import materials_from_lines
from channel_equity.crawler.extract.normalize import parse_days
from channel_equity.crawler.extract.prose import days_in

URL = "http://127.0.0.1:8000/h5/sx/detail.html?id=7"

H5_CARD = """<html><head><title>事项详情 - 某某掌上办</title></head><body>
<header class="bar"><h1 class="bar-title">事项详情</h1></header>
<div class="card head"><h2 class="sx-name">居民身份证换领</h2>
  <div class="tags"><span class="tag">承诺件</span><span class="tag">最多跑1次</span></div>
  <p class="dept"><i class="ico"></i>某某市公安局</p></div>
<div class="card"><div class="card-hd">基本信息</div>
  <div class="cell"><div class="cell-bd">承诺时限</div><div class="cell-ft">15个工作日</div></div>
  <div class="cell"><div class="cell-bd">办理渠道</div><div class="cell-ft">窗口办理</div></div></div>
<div class="card"><div class="card-hd">办理材料<em>（3）</em></div>
  <div class="mat"><p class="mat-name"><i>1</i>居民户口簿</p><p><span class="chip">原件1份</span><span class="chip">纸质</span></p></div>
  <div class="mat"><p class="mat-name"><i>2</i>申请表</p><p><span class="chip">纸质</span><span class="chip">电子</span></p></div>
  <div class="mat"><p class="mat-name"><i>3</i>数码相片</p><p><span class="chip">现场免费采集</span><span class="chip">免提交</span></p></div></div>
<div class="card"><div class="card-hd">办理地点</div>
  <div class="addr"><p>某某市云溪区政务服务中心</p><p>云溪区翠屏路1号一楼户政窗口</p><p>工作日 9:00-17:00</p></div></div>
<div class="card rec"><div class="card-hd">猜你想办</div>
  <a href="/h5/sx/detail.html?id=8"><span>社会保障卡申领</span><span class="tag">即办件</span><span class="tag">跑动0次</span></a></div>
</body></html>"""


def _guide(html: str, lexicon: LabelLexicon) -> GuideObservation:
    guide = extract_guide(html, URL, lexicon)
    assert guide is not None
    return guide


def test_a_mobile_card_is_read_under_its_own_heading_and_not_its_neighbours(lexicon: LabelLexicon) -> None:
    guide = _guide(H5_CARD, lexicon)
    assert guide.name == "居民身份证换领"
    assert (guide.case_type, guide.visits) == ("promised", 1)  # its own tags, not the suggestion's
    assert guide.department == "某某市公安局" and guide.provenance["department"] == "inferred"
    assert [(m.name, m.form, m.exempt) for m in guide.materials] == [
        ("居民户口簿", "paper", False), ("申请表", "both", False), ("数码相片", None, True)]
    assert [(loc.name, loc.address) for loc in guide.locations] == [("某某市云溪区政务服务中心", "云溪区翠屏路1号一楼户政窗口")]


def test_a_card_named_only_in_the_title_is_read_by_its_tags(lexicon: LabelLexicon) -> None:
    html = H5_CARD.replace('<h2 class="sx-name">居民身份证换领</h2>', "").replace(
        "事项详情 - 某某掌上办", "某某掌上办｜居民身份证换领")
    guide = _guide(html, lexicon)
    assert guide.name == "居民身份证换领"
    assert guide.case_type == "promised" and guide.department == "某某市公安局"


def test_chip_lines_describe_the_paper_above_them(lexicon: LabelLexicon) -> None:
    lines = ["户口簿", "复印件近两年", "申请书", "在线填写", "身份证原件及复印件1份", "银行账户信息（在线填报）"]
    assert [(m.name, m.form) for m in materials_from_lines(lines, lexicon)] == [
        ("户口簿", "paper"), ("申请书", "electronic"), ("身份证", "paper"), ("银行账户信息", "electronic")]


def test_enumerations_with_forms_summaries_and_notes(lexicon: LabelLexicon) -> None:
    def read(text: str) -> list[tuple[str, str | None, bool]]:
        return [(m.name, m.form, m.exempt) for m in materials_from_lines([text], lexicon)]

    assert read("夫妻双方居民身份证、结婚证。以上材料窗口办理的提供原件，网上办理的上传照片。") == [
        ("居民身份证", "both", False), ("结婚证", "both", False)]
    assert read("申请表、户口本复印件、惠农一卡通复印件") == [
        ("申请表", None, False), ("户口本", "paper", False), ("惠农一卡通", "paper", False)]
    assert read("身份证原件、一寸照片（现场免费拍摄，无需自带）。") == [("身份证", "paper", False), ("一寸照片", None, True)]
    assert read("营业执照、平面图和设备布局图及工艺流程说明，以上均需加盖公章。") == [
        ("营业执照", None, False), ("平面图", None, False), ("设备布局图", None, False), ("工艺流程说明", None, False)]
    assert read("申请表、承诺书，均通过全国平台在线填报。") == [("申请表", "electronic", False), ("承诺书", "electronic", False)]


def test_limits_with_a_breakdown_a_month_or_a_kind_after_them(lexicon: LabelLexicon) -> None:
    html = """<html><body><h1>农村最低生活保障申请</h1>
      <p>一、责任单位：某县民政局（某镇社会事务办公室受理）</p>
      <p>二、携带材料：户口本、身份证复印件各一份。</p>
      <p>三、办结时间：30个工作日（其中镇审核15个工作日，县审批15个工作日）。</p>
      <p>主办单位：某镇人民政府　承办单位：某县大数据中心</p></body></html>"""
    guide = _guide(html, lexicon)
    assert guide.promised_days == 30
    assert guide.department == "某县民政局"  # not the footer's 承办单位
    assert [m.name for m in guide.materials] == ["户口本", "身份证"]
    assert parse_days("每年8月集中审核发放") is None
    assert days_in("全程不超过30个工作日（法定），本区承诺25个工作日内办结。", lexicon) == (25, 30)
    assert days_in("承诺5个工作日（法定15个工作日）。", lexicon) == (5, 15)


def test_process_and_window_tables(lexicon: LabelLexicon) -> None:
    html = """<html><body><h1>道路货物运输经营许可</h1><table>
      <tr><td>实施主体</td><td>某市交通运输局</td></tr><tr><td>法定办结时限</td><td>20个工作日</td></tr></table>
      <h3>办理地点</h3><table><thead><tr><th>窗口名称</th><th>办理地址</th><th>办理时间</th></tr></thead>
      <tbody><tr><td>交通运输窗口</td><td>某市政务服务中心二楼D区</td><td>工作日9:00-17:00</td></tr></tbody></table>
      <h3>办理流程</h3><table><thead><tr><th>环节名称</th><th>办理人员</th><th>办理时限</th><th>审查标准</th></tr></thead>
      <tbody><tr><td>受理</td><td>窗口</td><td>1个工作日</td><td>齐全</td></tr>
      <tr><td>审查</td><td>科室</td><td>5个工作日</td><td>齐全</td></tr></tbody></table></body></html>"""
    guide = _guide(html, lexicon)
    assert (guide.statutory_days, guide.promised_days) == (20, 6)
    assert [(loc.name, loc.level) for loc in guide.locations] == [("某市政务服务中心", "city")]


def test_headings_naming_two_fields_and_labels_with_a_particle(lexicon: LabelLexicon) -> None:
    html = """<html><body><h1>困难残疾人生活补贴申请</h1>
      <h3>一、实施主体</h3><p>某区民政局</p>
      <h3>二、需提交的材料</h3><p>1、残疾人两项补贴申请审批表；</p><p>2、户口簿复印件。</p>
      <h3>三、办理方式及地点</h3><p>申请人可到某区政务服务中心二楼民政窗口提交申请，也可通过全国平台在线申请。</p>
      <h3>四、网上办理</h3><p>网上申报后仍需到窗口签署承诺书。</p></body></html>"""
    guide = _guide(html, lexicon)
    assert [m.name for m in guide.materials] == ["残疾人两项补贴申请审批表", "户口簿"]
    assert set(guide.channels) == {"counter", "online"}
    assert [loc.name for loc in guide.locations] == ["某区政务服务中心"]


def test_generic_and_bracketed_halls(lexicon: LabelLexicon) -> None:
    assert hall_names("申请人向户籍所在地街道便民服务中心提出申请", lexicon) == []
    assert hall_names("本人向户籍所在地街道卫健办提出申请（滨河街道便民服务中心卫健窗口）", lexicon) == ["滨河街道便民服务中心"]
    assert hall_names("到柳塘村便民服务站（柳塘村村委会一楼）办理", lexicon) == ["柳塘村便民服务站"]
    assert [loc.name for loc in locations_from_text("某区政务服务中心；各街道便民服务中心民政窗口。", lexicon)] == \
        ["某区政务服务中心"]
    assert [(loc.name, loc.address) for loc in locations_from_text("石门镇林业工作站（镇政府院内二楼）", lexicon)] == \
        [("石门镇林业工作站", "镇政府院内二楼")]
