"""captcha-no-alternative: a visual CAPTCHA on the way to a service with nothing else to pass it by."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._text import PortalSignalRule, ProbeSignal
from channel_equity.checks.verdict import Basis, terms

SLIDER, IMAGE = "a slider CAPTCHA", "an image CAPTCHA"

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, ProbeVisit


class CaptchaNoAlternativeRule(PortalSignalRule):
    """Fires once per portal, listing the pages the browser probes were shown (home, catalogue,
    online entries) that carry a visual CAPTCHA — an image to read (an ``img`` or ``canvas``
    named captcha / verify / 验证码) or a slider to drag — and no alternative a citizen who
    cannot see or drag could use: no ``<audio>``, no 语音验证码 or "audio" control.

    Evidence: the first page as rendered (snapshot, screenshot); the excerpt says what the page
    is made of (measured, not the page's words).

    Not findings: a CAPTCHA with an audio alternative; an SMS code (sent to the citizen's phone,
    not visual). False-positive risks: an alternative the page offers under a name the probe does
    not know (a "换一种验证方式" link to a phone call); an image merely named "verify" that is
    not a challenge.
    """

    id: ClassVar[str] = "captcha-no-alternative"
    title: ClassVar[str] = "Visual CAPTCHA without an alternative"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface (elderly-friendly rules)"
    severity: ClassVar[Severity] = "medium"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    message_template: ClassVar[str] = "{count} page(s) show a visual CAPTCHA with no alternative, first {url}: {words}"
    terms: ClassVar[tuple[str, ...]] = (SLIDER, IMAGE, ", ")

    def probe_signals(self, context: CheckContext) -> Iterator[ProbeSignal]:
        for city_id in sorted(context.probes.cities()):
            for visit in sorted(context.probes.of_city(city_id), key=lambda v: v.target_url):
                kind = visual_captcha(visit)
                if kind is not None and visit.page is not None:
                    excerpt = f"{kind} on the page, and no audio or other alternative"
                    yield ProbeSignal(visit.target_url, visit.page, excerpt, terms([kind], ", "), False, visit)


def visual_captcha(visit: ProbeVisit) -> str | None:
    """The kind of visual CAPTCHA a shown page carries without an alternative, if any."""
    facts = visit.facts
    if not visit.shown or (visit.http_status or 0) >= 400 or facts.get("captcha_audio"):
        return None
    if facts.get("captcha_sliders"):
        return SLIDER
    if facts.get("captcha_images"):
        return IMAGE
    return None
