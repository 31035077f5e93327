"""Notifications after each run: per city, the findings opened, reopened and resolved, the
coverage gaps and (once recorded) open complaints, sent through Apprise to the config's
``notify:`` targets (mail, webhooks, DingTalk, WeCom and Feishu bots).

A notification is a courtesy on top of a run that already wrote its findings and report: a
target that fails is logged (redacted) and the run's exit code stays what the run earned.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from channel_equity.cli.exit_codes import ExitCode
from channel_equity.cli.notify.delivery import TargetOutcome, deliver
from channel_equity.cli.notify.digest import ComplaintSource, OpenComplaint, RunDigest, build_digest
from channel_equity.cli.notify.message import Message, check_message, render_message
from channel_equity.core.config import ConfigError, LoadedConfig, NotifySettings
from channel_equity.store import reading
from channel_equity.store.session import Store, StoreError

if TYPE_CHECKING:
    from channel_equity.cli.nightly import RunOutcome

__all__ = ["ComplaintSource", "NotifyResult", "OpenComplaint", "notify_after_run", "send_test_notification"]

Log = Callable[[str], None]


@dataclass(frozen=True)
class NotifyResult:
    """What a notification did: ``skipped`` says why nothing was sent, else one outcome per target."""

    targets: list[TargetOutcome] = field(default_factory=list)
    skipped: str | None = None
    error: str | None = None  # the message could not be put together (the store could not be read)

    @property
    def failed(self) -> list[TargetOutcome]:
        return [target for target in self.targets if not target.delivered]

    @property
    def exit_code(self) -> ExitCode:
        """For ``notify-test``: every target took the message, or some did not (check the config
        and the environment). A run never exits with this."""
        return ExitCode.CONFIG_ERROR if self.error or self.failed or not self.targets else ExitCode.OK

    def summary(self) -> str:
        if self.skipped:
            return f"notify: {self.skipped}"
        if self.error:
            return f"notify: {self.error}"
        sent = len(self.targets) - len(self.failed)
        return f"notify: {sent} of {len(self.targets)} targets received the message"


def _send(settings: NotifySettings, message: Message, environ: Mapping[str, str] | None, log: Log) -> NotifyResult:
    outcomes = deliver(settings.targets, message, os.environ if environ is None else environ)
    for outcome in outcomes:
        log(f"notify: {outcome.describe()}")
    result = NotifyResult(outcomes)
    log(result.summary())
    return result


def report_location(settings: NotifySettings, outcome: RunOutcome) -> str:
    return settings.report_url or str(outcome.report)


def notify_after_run(loaded: LoadedConfig, store: Store, outcome: RunOutcome, log: Log, *,
                     complaints: ComplaintSource | None = None,
                     environ: Mapping[str, str] | None = None) -> NotifyResult:
    """Tell the config's ``notify:`` targets what the run found; call it after the report is
    written. Never raises for a target or the store: what failed is logged, redacted, and
    returned. ``complaints`` lists open complaints once something records them; ``environ``
    (default ``os.environ``) is where ``${NAME}`` in targets is looked up."""
    settings = loaded.monitor.notify
    if settings is None:
        return NotifyResult(skipped="no notify: section in the config")
    try:
        digest = build_digest(loaded, store, outcome.scan_id, report_location(settings, outcome), complaints)
    except (SQLAlchemyError, StoreError) as exc:
        result = NotifyResult(error=f"no message sent: cannot read scan {outcome.scan_id} from the store "
                                    f"({type(exc).__name__})")
        log(result.summary())
        return result
    if settings.when == "changes" and not digest.has_changes:
        result = NotifyResult(skipped="no finding opened, reopened or resolved, every portal read in full: "
                                      "no message (notify.when: changes)")
        log(result.summary())
        return result
    return _send(settings, render_message(digest, settings), environ, log)


def send_test_notification(loaded: LoadedConfig, log: Log, *, store: Store | None = None,
                           environ: Mapping[str, str] | None = None) -> NotifyResult:
    """Send a test message to every ``notify:`` target and log which took it (``notify-test``).
    With ``store``, the message is the digest of the province's latest finished scan, marked as
    a test; without, a short line. Raises :class:`ConfigError` when there is no ``notify:``."""
    settings = loaded.monitor.notify
    if settings is None:
        raise ConfigError(f"{loaded.path}: notify: missing: add a notify: section with targets, "
                          "e.g. notify: {targets: ['${CE_MAIL_URL}']}")
    message = check_message(loaded.monitor.province.name, settings)
    if store is not None:
        digest = latest_digest(loaded, store, settings)
        if digest is None:
            log(f"notify: no finished scan of {loaded.monitor.province.id} in the store yet: sending a test line")
        else:
            message = render_message(digest, settings, test=True)
    return _send(settings, message, environ, log)


def latest_digest(loaded: LoadedConfig, store: Store, settings: NotifySettings) -> RunDigest | None:
    scan = reading.latest_scan(store, province_id=loaded.monitor.province.id)
    if scan is None:
        return None
    return build_digest(loaded, store, scan.id, settings.report_url)
