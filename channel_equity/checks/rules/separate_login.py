"""separate-login: an online entry that makes the citizen log in somewhere other than the
province's unified identity service — another account to register, another password to keep."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from channel_equity.checks.context import LEGACY
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._probes import seen_by
from channel_equity.checks.verdict import Basis, Verdict

if TYPE_CHECKING:
    from channel_equity.checks.context import CheckContext, GuideRecord, ProbeVisit

ASKS_OWN_ACCOUNT = ("the online entry {url} asks the citizen to log in on {host}, not the province's unified "
                    "identity service")
NO_UNIFIED_HOSTS = ("{count} online entries ask for a login, and policy.unified_login_hosts names no unified "
                    "identity service to compare with: not judged")


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower().rsplit("@", 1)[-1]


def is_unified(host: str, unified: Iterable[str]) -> bool:
    """``host`` (host[:port]) belongs to the unified service: listed as is, or listed without a
    port, or a sub-domain of a listed name (``sso.tyrz.example.gov.cn`` of ``tyrz.example.gov.cn``)."""
    name = host.split(":", 1)[0]
    for listed in unified:
        if host == listed or (":" not in listed and (name == listed or name.endswith("." + listed))):
            return True
    return False


class SeparateLoginRule(ItemRule):
    """Fires, per guide, when the browser probe of its online entry ended on a page with a
    password field, and neither that page nor the place its login form sends the password to is
    a host of the province's unified identity service (``policy.unified_login_hosts``): the
    citizen must hold an account of that one system.

    Evidence: the entry as rendered (final URL, status, snapshot, screenshot); the excerpt says
    where the login form posts (derived from the page's structure, not its words).

    Not judged: with no ``unified_login_hosts`` configured, entries that ask for a login are
    counted as not judged. Not findings: a login on the unified service (an entry that sends the
    citizen there to log in, as it should), an entry with no login. False-positive risks: a
    unified service reached under a host the config does not list (list every alias), a page
    with a password field for something other than logging in (a form that sets a PIN).
    """

    id: ClassVar[str] = "separate-login"
    title: ClassVar[str] = "Online entry demands a separate account"
    clause: ClassVar[str] = "solving such problems as unconnected systems"
    severity: ClassVar[Severity] = "medium"
    basis: ClassVar[Basis] = "measured"
    judges_probes: ClassVar[bool] = True
    messages: ClassVar[tuple[str, ...]] = (ASKS_OWN_ACCOUNT,)
    not_judged_messages: ClassVar[tuple[str, ...]] = (NO_UNIFIED_HOSTS,)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        url = guide.observation.online_entry_url
        if not url:
            return
        visit = login_visit(context, url)
        if visit is None or visit.page is None:
            return
        unified = context.policy.unified_login_hosts
        if not unified:
            context.note_guide_not_judged(self.id, guide.city_id, NO_UNIFIED_HOSTS)
            return
        page_host = host_of(visit.page.final_url)
        if is_unified(page_host, unified):
            return
        targets = [host for host in visit.facts.get("login_form_hosts") or [] if host] or [page_host]
        foreign = [host for host in targets if not is_unified(host, unified)]
        if not foreign:
            return
        verdict = self.verdict(guide, ASKS_OWN_ACCOUNT, {"url": url, "host": foreign[0]},
                               f"password field on {visit.page.final_url}, login form posting to {foreign[0]}")
        evidence = seen_by(replace(visit.page.evidence(verdict.evidence.excerpt), quoted=False,
                                   basis=verdict.evidence.basis), visit)
        yield replace(verdict, evidence=evidence)


def login_visit(context: CheckContext, url: str) -> ProbeVisit | None:
    """The visit of the entry that showed a login: in Chromium, else as Internet Explorer."""
    for variant in ("chromium", LEGACY):
        visit = context.probes.latest(url, variant)
        if visit is not None and visit.shown and visit.facts.get("password_fields"):
            return visit
    return None
