"""The phrase lexicon: what each category recognises, what the negation and mixed-channel cues
cancel, the phrase syntax, and how a province extends it."""

from __future__ import annotations

from pathlib import Path

import pytest

from channel_equity.checks.phrases import PhraseBook, PhraseError, fold, load_phrase_book, squeeze
from tests.checks.wording_context import make_config


@pytest.fixture(scope="module")
def book() -> PhraseBook:
    return load_phrase_book()


def test_default_lexicon_has_every_category_the_rules_read(book: PhraseBook) -> None:
    wanted = {"online_only", "forced_offline", "legacy_browser", "app_only", "login_wall", "maintenance",
              "counter_redirect", "negation", "online_only_unless", "login_paths", "channel_labels"}
    assert wanted <= set(book.categories)


@pytest.mark.parametrize(("category", "text"), [
    ("online_only", "本事项仅受理网上申请，窗口不再接收纸质材料"),
    ("online_only", "请登录镜海市政务服务网在线申报，现场不予受理"),
    ("online_only", "常州市政务服务中心C9窗口（仅网办）"),
    ("online_only", "一律通过'掌上镜海'APP办理"),
    ("online_only", "该事项仅支持在'掌上镜海'APP办理，请扫码下载"),
    ("forced_offline", "网上预审通过后，请携带全部材料原件及复印件到窗口办理"),
    ("forced_offline", "需本人到现场核验身份"),
    ("forced_offline", "网上申请后须到窗口提交纸质材料"),
    ("forced_offline", "本事项为原件预审事项,若您通过网上申请,最多到现场2次即可办结"),
    ("legacy_browser", "该系统只支持IE浏览器，请使用IE浏览器进行访问，对此带来的不便，我们深表歉意！！"),
    ("legacy_browser", "此浏览器不兼容超级用户锁，请使用IE浏览器登录"),
    ("legacy_browser", "请使用IE浏览器打印,并将本系统地址加入'受信任的站点'"),
    ("legacy_browser", "建议使用IE8及以上版本浏览器"),
    ("legacy_browser", "IE9请切换到兼容模式"),
    ("legacy_browser", 'var shell = new ActiveXObject("WScript.Shell");'),
    ("legacy_browser", '<!--[if lte IE 7]> <link href="/css/ie7.css" rel="stylesheet"> <![endif]-->'),
    ("app_only", "网上办理仅支持在'掌上镜海'APP办理，请扫码下载"),
    ("app_only", "电脑端暂不支持办理，请使用手机扫码"),
    ("login_wall", "请先登录后查看办事指南"),
    ("login_wall", "您尚未实名认证，无法查看本事项"),
    ("maintenance", "为进一步提升信息系统的安全稳定性，系统升级维护中，系统功能暂停使用。"),
    ("maintenance", "建设中，敬请期待"),
    ("counter_redirect", "本事项暂不支持网上办理，请到窗口办理。"),
    ("counter_redirect", "请前往镜海市政务服务中心办理"),
    # phrase classes beyond the first lexicon: a counter closed or turned online, the demand
    # far from the errand, plug-ins, IE by exclusion, the web entry gone, guide parts behind a login
    ("online_only", "窗口受理已暂停，恢复时间另行通知"),
    ("online_only", "窗口办理已调整为网上办理"),
    ("online_only", "请不要再到窗口提交申请"),
    ("forced_offline", "网上提交后，仍须法定代表人本人持原件到窗口核验"),
    ("forced_offline", "网上申请的，需本人到办理现场进行人脸识别"),
    ("forced_offline", "申请人在线提交后，须本人到场，不得委托"),
    ("forced_offline", "网上填报后打印申请表，连同营业执照原件到窗口现场递交"),
    ("legacy_browser", "网上申报前请下载安装电子签章控件"),
    ("legacy_browser", "上传材料需安装Flash插件"),
    ("legacy_browser", "非IE浏览器无法正常提交申请表"),
    ("app_only", "网上申请仅支持'掌上镜海'小程序"),
    ("app_only", "PC端申报入口已下线，请下载'掌上镜海'APP申请"),
    ("app_only", "请用微信扫描二维码填写，本事项无网页申请入口"),
    ("login_wall", "本事项完整办事指南须登录后查阅"),
    ("login_wall", "不登录无法查看申请条件"),
    ("login_wall", "申请材料：******（登录后可见）"),
    ("login_wall", "受理条件、办理流程等内容仅对已实名认证用户展示"),
])
def test_signals_in_real_and_typical_wording(book: PhraseBook, category: str, text: str) -> None:
    assert book.find(category, text) is not None


@pytest.mark.parametrize(("category", "text"), [
    ("online_only", "可网上申请，也可到窗口办理"),  # mixed channels
    ("online_only", "网上预约后到窗口办理"),  # a booking is not an online channel
    ("online_only", "仅限本人办理，不得委托他人代办"),  # "only" about who, not how
    ("online_only", "不支持网上办理"),
    ("online_only", "本事项实行全程网上办理，申请人可随时在线提交申请"),  # offered, not exclusive
    ("online_only", "网上办理仅支持在'掌上镜海'APP办理"),  # limits the online channel only
    ("online_only", "材料不齐全的，窗口不予受理"),  # refuses incomplete papers, not the counter
    ("online_only", "本事项仅支持网上预审，审核通过后到窗口领证"),  # forced offline, if anything
    ("forced_offline", "网上申请后，证件可快递送达，无需到现场"),
    ("forced_offline", "无需本人到现场核验"),
    ("forced_offline", "可网上申请，也可到窗口办理"),
    ("forced_offline", "选择窗口办理的，需到窗口提交纸质材料"),  # only those who chose the counter
    ("legacy_browser", "本系统已不再支持IE浏览器，请使用Chrome、Edge等现代浏览器"),
    ("legacy_browser", "推荐使用Chrome、Edge、Firefox等浏览器访问本系统"),
    ("legacy_browser", "当前浏览器版本过低，请关闭兼容模式后使用Chrome访问"),
    ("legacy_browser", '<!--[if lt IE 9]><script src="/static/lib/html5shiv/html5shiv.min.js"></script><![endif]-->'),
    ("legacy_browser", 'xhr = new ActiveXObject("Microsoft.XMLHTTP");'),
    ("app_only", "也可下载'掌上镜海'APP，在手机上办理本事项"),
    ("app_only", "扫码关注'镜海市政务服务'公众号，随时查询办件进度"),
    ("app_only", "扫码下载“掌上镜海”APP，掌上办事更便捷"),
    ("login_wall", "登录后可查看办件进度和历史申报记录"),
    ("login_wall", "请使用统一身份认证账号登录后办理本事项"),
    ("login_wall", "个人登录 法人登录 注册"),
    ("maintenance", "网站维护：镜海市政务服务和大数据管理局　技术支持电话：0571-96345"),
    ("counter_redirect", "结果领取方式：窗口领取 / 邮寄送达"),
    ("online_only", "周六、周日窗口不受理，工作日正常办理"),  # a closure at some times only
    ("online_only", "窗口不收取任何费用"),  # fees, not applications
    ("online_only", "现场办理已取消预约制，随到随办"),
    ("online_only", "登录省统一网上办事大厅申报"),  # "统一网上办" names a portal
    ("forced_offline", "领取证照时请携带身份证原件到窗口"),  # collecting the result
    ("forced_offline", "容缺受理后，申请人须在5个工作日内将原件送至窗口"),  # a 容缺 follow-up
    ("forced_offline", "需要纸质证照的，可到窗口申领"),  # an option for some
    ("forced_offline", "必须现场办理原因说明：无"),  # a guide's field label
    ("forced_offline", "对需要现场勘验的，由工作人员上门勘验"),  # the staff travel
    ("legacy_browser", "本系统无需安装任何插件"),
    ("legacy_browser", "下载中心 插件下载 常见问题"),  # a menu, no demand
    ("legacy_browser", "除IE外其他浏览器均可正常使用"),
    ("app_only", "仅支持扫码支付"),  # paying, not applying
    ("app_only", "网上申请仅支持扫码登录"),  # logging in
    ("app_only", "网站申报入口已关闭，请到窗口申报"),  # no app in the sentence: not app-only
    ("app_only", "网上申请仅支持'掌上镜海'APP，也可登录政务服务网申请"),
    ("login_wall", "登录后可查看已提交申请材料的审核状态"),  # the citizen's own case
    ("login_wall", "仅对已实名认证用户开放在线申请"),  # logging in to apply
    ("login_wall", "申请材料请登录后上传"),
])
def test_look_alikes_do_not_count(book: PhraseBook, category: str, text: str) -> None:
    assert book.find(category, text) is None


def test_hit_indexes_the_callers_text_and_quotes_it_with_context(book: PhraseBook) -> None:
    text = "一" * 30 + "办理地点：市民中心（仅网办）" + "二" * 30
    hit = book.find("online_only", text)
    assert hit is not None
    assert text[hit.start:hit.end] == "仅网办" == hit.words
    assert hit.excerpt == "…" + "一" * 10 + "办理地点：市民中心（仅网办）" + "二" * 19 + "…"


def test_full_width_letters_and_whitespace_inside_plain_phrases_are_read_through(book: PhraseBook) -> None:
    hit = book.find("legacy_browser", "本系统只支持 ＩＥ 浏览器")
    assert hit is not None and hit.words == "只支持 ＩＥ"
    hit = book.find("online_only", "C9窗口（仅\n  网办）")
    assert hit is not None and hit.words == "仅 网办"


def test_plain_gaps_regexes_and_the_gap_token() -> None:
    book = PhraseBook({"negation": ["无需"], "demo": ["网上申请后…到现场", r"re:第\d+号窗口", "re:先{gap}后"]})
    assert book.find("demo", "网上申请后，请于三日内到现场核验") is not None
    assert book.find("demo", "网上申请后，证件快递送达，无需到现场") is None  # a gap never spans a negation
    assert book.find("demo", "网上申请后。下次再到现场") is None  # nor a sentence end
    assert book.find("demo", "请到第12号窗口") is not None
    assert book.find("demo", "先网上预审后") is not None


def test_negation_before_and_after_and_negated_unless_cues() -> None:
    book = PhraseBook({"negation": ["不支持"], "negation_after": ["暂不支持"], "demo": ["网上办理", "只支持IE"],
                       "demo_unless": ["Chrome"]})
    assert book.find("demo", "本事项不支持网上办理") is None
    assert book.find("demo", "网上办理（暂不支持）") is None
    assert book.find("demo", "不支持网上办理。网上办理请点击下方按钮") is not None  # the next sentence counts
    assert book.find("demo", "只支持IE，推荐Chrome") is None
    assert book.find("demo", "只支持IE，不支持Chrome") is not None  # a negated cue does not cancel


def test_find_all_lists_hits_in_text_order(book: PhraseBook) -> None:
    hits = book.find_all("legacy_browser", "请切换到兼容模式。该系统只支持IE浏览器")
    assert [hit.words for hit in hits] == ["切换到兼容模式", "只支持IE"]
    assert book.find_all("legacy_browser", None) == []


def test_unknown_category_is_a_bug(book: PhraseBook) -> None:
    with pytest.raises(KeyError, match="online_olny"):
        book.find("online_olny", "仅网办")


def test_a_province_adds_phrases_from_its_config() -> None:
    config = make_config(phrases={"online_only": ["只收网上件"], "online_only_unless": ["乡镇便民服务中心"]})
    book = load_phrase_book(config.phrases)
    assert book.find("online_only", "本事项只收网上件") is not None
    assert book.find("online_only", "本事项仅网办，也可到乡镇便民服务中心代办") is None
    assert book.find("online_only", "仅受理网上申请") is not None  # the defaults stay


def test_config_mistakes_are_named() -> None:
    with pytest.raises(PhraseError, match=r"unknown category 'online_olny'"):
        load_phrase_book({"online_olny": ["只收网上件"]})
    with pytest.raises(PhraseError, match=r"app_only: 're:\(APP' is not a valid regular expression"):
        load_phrase_book({"app_only": ["re:(APP"]})


def test_path_replaces_the_default_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "phrases.yaml"
    path.write_text("online_only: [只收网上件]\nnegation: [不]\n", encoding="utf-8")
    book = load_phrase_book(path=path)
    assert book.find("online_only", "只收网上件") is not None
    assert book.find("online_only", "不只收网上件") is None
    assert book.categories == ("online_only", "negation")
    path.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(PhraseError, match="mapping of category"):
        load_phrase_book(path=path)


def test_traditional_characters_fold_to_simplified_one_for_one(book: PhraseBook) -> None:
    assert fold("網上辦理") == "网上办理" and len(fold("僅受理網上申請")) == len("僅受理網上申請")
    text = "為深化改革，本事項僅受理網上申請"
    hit = book.find("online_only", text)
    assert hit is not None and hit.words == "僅受理網上申請" == text[hit.start:hit.end]
    assert book.find("login_wall", "請先登入會員，方可檢視本事項辦事指南全文") is not None
    assert book.find("online_only", "可網上申請，也可到窗口辦理") is None  # the cues fold too


def test_letter_spaced_words_are_read_unspaced_and_hits_index_the_spaced_text(book: PhraseBook) -> None:
    assert squeeze("网 上 办 理") == ("网上办理", (0, 2, 4, 6))
    assert squeeze("个人登录 法人登录 注册") == ("个人登录 法人登录 注册", None)  # words, not letters
    assert squeeze("请使用 IE 浏览器")[1] is None  # blanks beside ASCII words stay
    assert squeeze("请在 I E 浏览器下进行")[0] == "请在 IE 浏览器下进行"  # letter-spaced Latin letters
    assert squeeze("仅 限 A P P 。")[0] == "仅限APP。"
    assert squeeze("IE 8 或 Windows 7")[0] == "IE 8或 Windows 7"  # a word beside a letter stays apart
    assert book.find("legacy_browser", "在线填报请在 I E 浏览器下进行。") is not None
    assert book.find("app_only", "在 线 申 请 仅 限 “沂 蒙 通” A P P 。") is not None
    text = "窗 口 不 再 受 理 本 事 项，请 通 过 网 上 办 理。"
    hit = book.find("online_only", text)
    assert hit is not None and text[hit.start:hit.end] == "窗 口 不 再 受 理" and hit.words == "窗 口 不 再 受 理"
    assert book.find("forced_offline", "网 上 申 报 后 ，须 本 人 到 窗 口 提 交 原 件 。") is not None


def test_a_double_negation_lets_the_hit_stand() -> None:
    book = PhraseBook({"negation": ["无需"], "double_negation": ["并非"], "demo": ["到场"]})
    assert book.find("demo", "网上提交后无需到场") is None
    assert book.find("demo", "网上提交后并非无需到场") is not None
    assert book.find("demo", "并非所有人都无需到场") is None  # only right before the negation cue


def test_a_cancelled_match_does_not_hide_an_overlapping_one() -> None:
    book = PhraseBook({"negation": ["无需"], "demo": ["re:需[^。]{0,12}到窗口"]})
    hits = book.find_all("demo", "无需到场,但仍需到窗口核验")
    assert [hit.words for hit in hits] == ["需到窗口"]  # "需到场,但仍需到窗口" was negated, not its tail


def test_with_cues_require_the_unsaid_subject_in_the_sentence() -> None:
    book = PhraseBook({"negation_after": ["暂不支持"], "demo": ["网页版不支持申请"], "demo_with": ["APP"]})
    assert book.find("demo", "网页版不支持申请，请下载APP") is not None
    assert book.find("demo", "网页版不支持申请，请到窗口办理") is None
    assert book.find("demo", "网页版不支持申请。请下载APP") is None  # another sentence
    assert book.find("demo", "网页版不支持申请，手机APP暂不支持") is None  # a negated cue is none
    merged = book.merged({"demo_with": ["小程序"]})
    assert merged.find("demo", "网页版不支持申请，请用小程序") is not None


@pytest.mark.parametrize(("category", "text"), [
    ("legacy_browser", "建议使用IE8及以上版本浏览器访问本系统"),
    ("legacy_browser", "网上申报浏览器要求：IE 9.0"),
    ("legacy_browser", "兼容IE10-11"),
    ("legacy_browser", "电子签章须在IE内核浏览器中完成"),
    ("legacy_browser", "请更换IE浏览器后重新登录申报"),
    ("legacy_browser", "只支持IE浏览器，使用其他浏览器将无法正常提交"),
    ("legacy_browser", "请用Internet Explorer打开，Chrome、Firefox等浏览器无法正常使用"),
    ("app_only", "网页端仅提供办事指南查询，在线申请请移步“海e办”微信小程序"),
    ("app_only", "请扫描下方二维码在线办理，电脑端无法申请"),
    ("app_only", "暂不支持在政务服务网申报，请通过“鹭岛通”APP提交"),
    ("app_only", "在线申请：仅APP（安卓/iOS），请扫码下载"),
    ("login_wall", "受理条件：登录可见"),
    ("login_wall", "办事指南请使用内网账号登录查看"),
    ("login_wall", "查看办理地点及咨询电话需先登录"),
    ("forced_offline", "網上提交後，請於三日內親自將紙本材料送交受理窗口"),
    ("forced_offline", "请携带材料原件、复印件各一份，于通知规定时间到审批窗口面审"),
    ("online_only", "现场提交的申请材料不予接收"),
    ("online_only", "窗口仅提供咨询服务，不受理申请"),
    ("online_only", "本事项窗口申请通道关闭"),
    ("counter_redirect", "本事项暂不支持网上申请，请申请人携带材料原件到政务服务中心受理窗口现场办理"),
])
def test_general_wordings_added_after_the_blind_corpus(book: PhraseBook, category: str, text: str) -> None:
    assert book.find(category, text) is not None


@pytest.mark.parametrize(("category", "text"), [
    ("legacy_browser", "推荐使用Chrome或IE9及以上版本浏览器"),
    ("legacy_browser", "本系统已不再支持IE8及以下版本"),
    ("legacy_browser", "问：本系统是否必须使用IE浏览器？"),
    ("legacy_browser", "推荐使用Chrome、Edge等现代浏览器；IE8及以下版本浏览器可能显示异常。"),  # a warning against old IE
    ("app_only", "本事项不是仅能在APP办理的事项，网页端同样可以提交申请"),
    ("online_only", "本事项不是仅能在APP办理的事项"),
    ("online_only", "请勿到窗口排队等候，可先网上取号"),
    ("online_only", "窗口不再收取申请人身份证复印件"),
    ("login_wall", "办事指南无需登录即可查看"),
    ("forced_offline", "如遇系统故障无法提交，可携带材料到窗口现场办理"),
    ("forced_offline", "申请人持纸质材料到窗口的，工作人员将引导其网上申报"),
])
def test_look_alikes_of_the_added_wordings_do_not_count(book: PhraseBook, category: str, text: str) -> None:
    assert book.find(category, text) is None
