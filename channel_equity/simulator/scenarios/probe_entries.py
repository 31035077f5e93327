"""Online entries as a browser probe meets them: login pages of the province's identity service
or of a city's own account system, pages whose script breaks them or hides them from any
browser but IE, QR codes with and without a web form beside them, and CAPTCHAs on working
forms.

A scenario sets the entry kind (or the form's CAPTCHA) and declares what the crawl's rules
must conclude from the page as served: the IE demand in a user-agent check's script, a QR code
beside a web form (no app-only entry), login pages that are not broken entries. What only the
probes can conclude follows from the same values (``probe_truth``). These scenarios come last
in the registry, so that applying them moves no earlier seeded choice.
"""

from __future__ import annotations

from channel_equity.simulator.model import Captcha, Declared, GuideItem
from channel_equity.simulator.scenarios import Scenario, ScenarioContext

ENTRY = frozenset({"entry"})
EB, AO, LB = "online-entry-broken", "app-only-entry", "legacy-browser-required"


def _plain_form(item: GuideItem, _context: ScenarioContext) -> bool:
    return item.entry == "form" and item.captcha is None


def _set_entry(kind: str):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, _context: ScenarioContext) -> None:
        item.entry = kind  # type: ignore[assignment]

    return apply


def _set_captcha(captcha: Captcha):  # type: ignore[no-untyped-def]
    def apply(item: GuideItem, _context: ScenarioContext) -> None:
        item.captcha = captcha

    return apply


def _entry_scenario(
    kind: str, violations: tuple[Declared, ...] = (), traps: tuple[Declared, ...] = ()
) -> Scenario:
    return Scenario(f"entry-{kind}", ENTRY, _plain_form, _set_entry(kind), violations, traps)


PROBE_ENTRY_SCENARIOS: tuple[Scenario, ...] = (
    _entry_scenario("unified-login-form", traps=(Declared(EB, "unified-login-redirect"),)),
    _entry_scenario("city-account-login", traps=(Declared(EB, "city-account-login"),)),
    _entry_scenario("script-maintenance"),
    _entry_scenario("blank-shell"),
    _entry_scenario("qr-only"),
    _entry_scenario("qr-with-form", traps=(Declared(AO, "qr-with-web-form", on_entry=True),)),
    _entry_scenario("ua-sniff", violations=(Declared(LB, "ua-sniff-blocks-chromium", on_entry=True),)),
    Scenario("captcha-image", ENTRY, _plain_form, _set_captcha("image")),
    Scenario("captcha-with-audio", ENTRY, _plain_form, _set_captcha("image-audio")),
    Scenario("captcha-slider", ENTRY, _plain_form, _set_captcha("slider")),
)
