"""Scenarios about what a citizen meets on the page: broken online entries, app/QR-only
entries, IE demands, login hints, and their harmless look-alikes."""

from __future__ import annotations

from channel_equity.simulator.model import GuideItem, Notice
from channel_equity.simulator.scenarios import Scenario, ScenarioContext, trap, violation

ENTRY = frozenset({"entry"})
ENTRY_AND_NOTICE = frozenset({"entry", "notice"})
NOTICE = frozenset({"notice"})

APP_ONLY_TEXT = "网上办理仅支持在'{app}'APP办理，请扫码下载"
APP_ONLY_NO_COUNTER_TEXT = "该事项仅支持在'{app}'APP办理，请扫码下载"
MOBILE_ONLY_TEXT = "电脑端暂不支持办理，请使用手机扫码"
APP_ALSO_TEXT = "也可下载'{app}'APP，在手机上办理本事项"
QR_PROGRESS_TEXT = "扫码关注'{city}政务服务'公众号，随时查询办件进度"
IE_CONTROL_TEXT = "本事项网上申报需使用IE浏览器并安装数字证书驱动控件"
IE_TRUSTED_TEXT = "请使用IE浏览器打印，并将本系统地址加入'受信任的站点'"
MODERN_BROWSER_TEXT = "推荐使用Chrome、Edge、Firefox等浏览器访问本系统"
IE_UNSUPPORTED_TEXT = "本系统已不再支持IE浏览器，请使用Chrome、Edge等现代浏览器"
PROGRESS_LOGIN_TEXT = "登录后可查看办件进度和历史申报记录"


def _has_entry(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.entry == "form"


def _set_entry(kind: str):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, _context: ScenarioContext) -> None:
        item.entry = kind  # type: ignore[assignment]

    return apply


def _notice(  # type: ignore[no-untyped-def]
    template: str, *, qr_code: bool = False, drop_entry: bool = False, kind: str
):
    def apply(item: GuideItem, context: ScenarioContext) -> None:
        text = template.format(app=context.city.app_name, city=context.city.name)
        item.notices.append(Notice(text, kind, qr_code))
        if drop_entry:
            item.entry = None

    return apply


def _app_only_no_counter(item: GuideItem, context: ScenarioContext) -> None:
    item.channels = ["online"]
    item.online_available, item.online_depth = True, 4
    item.visits, item.visit_reason = 0, None
    _notice(APP_ONLY_NO_COUNTER_TEXT, qr_code=True, drop_entry=True, kind="app-only-no-counter")(
        item, context
    )


def _online_with_counter(item: GuideItem, context: ScenarioContext) -> bool:
    return _has_entry(item, context) and "counter" in item.channels


def _online_only_forbidden(item: GuideItem, context: ScenarioContext) -> bool:
    standard = item.standard
    return (
        _has_entry(item, context)
        and standard is not None
        and standard.online != "only"
        and standard.village == "optional"
    )


def _any_guide(item: GuideItem, _context: ScenarioContext) -> bool:
    return True


EB, AO, LB, LW = "online-entry-broken", "app-only-entry", "legacy-browser-required", "login-wall"

ENTRY_SCENARIOS: tuple[Scenario, ...] = tuple(
    Scenario(f"entry-{kind}", ENTRY, _has_entry, _set_entry(kind), violations=violation(EB, kind))
    for kind in ("not-found", "server-error", "maintenance", "maintenance-503", "redirect-counter", "dead")
) + (
    Scenario(
        "entry-redirect-form",
        ENTRY,
        _has_entry,
        _set_entry("redirect-form"),
        traps=trap(EB, kind="redirect-to-form"),
    ),
    Scenario(
        "entry-login-form",
        ENTRY,
        _has_entry,
        _set_entry("login-form"),
        traps=trap(EB, LW, kind="application-login"),
    ),
    Scenario(
        "entry-maintainer-footer",
        ENTRY,
        _has_entry,
        _set_entry("form-maintainer-footer"),
        traps=trap(EB, kind="maintainer-footer"),
    ),
)

APP_SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "app-only-no-counter",
        frozenset({"entry", "notice", "channels", "visits"}),
        _online_only_forbidden,
        _app_only_no_counter,
        violations=violation(AO, "app-only-no-counter") + violation("online-only", "app-only-no-counter"),
    ),
    Scenario(
        "app-only-with-counter",
        ENTRY_AND_NOTICE,
        _online_with_counter,
        _notice(APP_ONLY_TEXT, qr_code=True, drop_entry=True, kind="app-only"),
        violations=violation(AO, "app-only-with-counter"),
    ),
    Scenario(
        "mobile-only-scan",
        ENTRY_AND_NOTICE,
        _online_with_counter,
        _notice(MOBILE_ONLY_TEXT, qr_code=True, drop_entry=True, kind="mobile-only"),
        violations=violation(AO, "mobile-only-scan"),
    ),
    Scenario(
        "app-also",
        ENTRY_AND_NOTICE,
        _has_entry,
        _notice(APP_ALSO_TEXT, kind="app-also"),
        traps=trap(AO, kind="app-also"),
    ),
    Scenario(
        "qr-progress",
        NOTICE,
        _any_guide,
        _notice(QR_PROGRESS_TEXT, qr_code=True, kind="qr-progress"),
        traps=trap(AO, kind="qr-progress"),
    ),
)

BROWSER_SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "ie-control-notice",
        NOTICE,
        _any_guide,
        _notice(IE_CONTROL_TEXT, kind="ie-control"),
        violations=violation(LB, "ie-control-notice"),
        skip_styles=frozenset({"legacy"}),
    ),
    Scenario(
        "ie-trusted-site",
        NOTICE,
        _any_guide,
        _notice(IE_TRUSTED_TEXT, kind="ie-trusted-site"),
        violations=violation(LB, "ie-trusted-site"),
        skip_styles=frozenset({"legacy"}),
    ),
    Scenario(
        "modern-browser-hint",
        NOTICE,
        _any_guide,
        _notice(MODERN_BROWSER_TEXT, kind="modern-browser"),
        traps=trap(LB, kind="modern-browser-hint"),
        skip_styles=frozenset({"legacy"}),
    ),
    Scenario(
        "ie-unsupported",
        NOTICE,
        _any_guide,
        _notice(IE_UNSUPPORTED_TEXT, kind="ie-unsupported"),
        traps=trap(LB, kind="ie-unsupported"),
        skip_styles=frozenset({"legacy"}),
    ),
    Scenario(
        "progress-login-hint",
        NOTICE,
        _any_guide,
        _notice(PROGRESS_LOGIN_TEXT, kind="progress-login"),
        traps=trap(LW, kind="progress-login-hint"),
    ),
)
