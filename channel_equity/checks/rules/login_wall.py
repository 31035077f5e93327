"""login-wall: guide information hidden behind a login."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from channel_equity.checks.rule import Severity
from channel_equity.checks.rules._probes import journey_of, walked
from channel_equity.checks.rules._text import PageSignalRule, ProbeSignal
from channel_equity.checks.verdict import terms

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, PageRecord

LOGIN_INSTEAD = "a citizen's journey met a login form where the guide was expected"


class LoginWallRule(PageSignalRule):
    """Fires once per portal, counting its stored pages (status < 400) that hide public guide
    information behind a login: the page asked for shows "请先登录后查看办事指南", "您尚未实名认证，
    无法查看" … (``login_wall`` phrases), in place or after a redirect to a login page. The pages
    counted and listed are those asked for (the guides), not the login page they led to.

    Evidence: the page as fetched (URL after redirects, status, hash, snapshot); the excerpt is
    the phrase in context.

    Not findings: the online application asking to log in (pages fetched as a guide's online
    entry are skipped: applying may require an identity), a site-wide 登录/注册 link, "登录后
    可查看办件进度" (a citizen's own records, the ``login_wall_unless`` cues), and a login page
    the crawler asked for by its own URL (``login_paths``). False-positive risks: a portal
    that words a link's tooltip like a wall; a guide behind a login that says nothing is not
    seen by the crawl (it stores no guide for it, which the coverage report shows) — unless a
    citizen's journey (the probes: home → search → guide) meets the login form where the guide
    was expected, which counts too (measured); only visible
    words are read, so a wall announced by a script's alert() before a redirect is missed.
    """

    id: ClassVar[str] = "login-wall"
    title: ClassVar[str] = "Guide information hidden behind a login"
    clause: ClassVar[str] = "solving such problems as user-unfriendly interface"
    severity: ClassVar[Severity] = "medium"
    category: ClassVar[str] = "login_wall"
    message_template: ClassVar[str] = "{count} page(s) show guide information only after a login, first {url}: {words}"
    phrase_categories: ClassVar[tuple[str, ...]] = ("login_wall", "login_paths")
    terms: ClassVar[tuple[str, ...]] = (LOGIN_INSTEAD, ", ")

    def probe_signals(self, context: CheckContext) -> Iterator[ProbeSignal]:
        """The citizen journeys that met a login form where the item's guide was expected."""
        for city_id in sorted(context.probes.cities()):
            for visit in context.probes.journeys(city_id):
                journey = journey_of(visit)
                if journey.get("login_wall") and visit.page is not None:
                    excerpt = (f"a login form was shown where the guide of {journey.get('item_name')} was expected, "
                               f"after: {walked(journey)}")
                    yield ProbeSignal(visit.page.url, visit.page, excerpt, terms([LOGIN_INSTEAD], ", "), False, visit)

    def excluded(self, context: CheckContext) -> Callable[[PageRecord], bool]:
        entries = context.online_entries

        def excluded(page: PageRecord) -> bool:
            asked = urlsplit(page.url)
            return page.url in entries or context.phrases.find("login_paths", asked.path) is not None

        return excluded
