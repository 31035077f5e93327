"""Sending a message to the configured targets through Apprise, one target at a time, so that
one that fails (a closed port, a wrong password, an unset variable) is recorded and the others
still get the message.

Apprise URLs hold passwords and bot tokens. They come from the environment (``${NAME}`` in the
config, expanded here, at send time), live only in this module's locals, and are never logged,
printed or stored: a target is named by its position and a redacted form (scheme and host for
mail and webhooks, the scheme alone where the host *is* the token). Apprise's own log records
are kept from the process's logging while it sends, and what of them is shown (the reason a
target failed) has every secret of that target masked first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import apprise

from channel_equity.cli.notify.message import Message
from channel_equity.core.notify_targets import ENV_PLACEHOLDER

HOSTED_SCHEMES = frozenset({"mailto", "mailtos", "json", "jsons", "form", "forms", "xml", "xmls"})
"""Schemes whose host is a server's name, safe to show; for the others (``dingtalk://TOKEN``) the
host may be the secret itself."""
MASK = "***"
NOT_ACCEPTED = "not accepted"
SHOWN_HOST_SCHEMES = HOSTED_SCHEMES | {"http", "https"}
_TOKEN_HOST = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*)://[^/\s?#]+")
MIN_SECRET = 3  # shorter fragments are not masked: masking every "a" would hide the reason, not a secret
APPRISE_LOGGER = "apprise"
ASSET = apprise.AppriseAsset(app_id="channel-equity", app_desc="channel-equity compliance monitor",
                             storage_mode=apprise.PersistentStoreMode.MEMORY)  # nothing written to disk


class MissingVariable(Exception):
    """A target names an environment variable that is not set (or empty)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"environment variable {name} is not set")
        self.name = name


@dataclass(frozen=True)
class TargetOutcome:
    position: int  # 1-based, as in notify.targets
    label: str  # redacted: scheme://host, never a secret
    delivered: bool
    reason: str | None = None  # why not, masked

    def describe(self) -> str:
        where = f"target {self.position} ({self.label})"
        return f"sent to {where}" if self.delivered else f"{where} failed: {self.reason}"


def expand_target(template: str, environ: Mapping[str, str]) -> tuple[str, list[str]]:
    """The target with each ``${NAME}`` replaced by the variable's value, and those values (the
    secrets to mask). Raises :class:`MissingVariable` naming the first one unset or empty."""
    values: list[str] = []

    def value_of(match: re.Match[str]) -> str:
        value = environ.get(match.group(1), "")
        if not value:
            raise MissingVariable(match.group(1))
        values.append(value)
        return value

    return ENV_PLACEHOLDER.sub(value_of, template), values


def redacted(url: str) -> str:
    """What may be shown of a target: ``scheme://host[:port]`` for mail and webhooks, ``scheme://``
    for the rest; ``${NAME}`` placeholders (names, not values) are kept as written."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", url)
    if match is None:
        placeholder = ENV_PLACEHOLDER.match(url)
        return placeholder.group(0) if placeholder else "?"
    scheme = match.group(1).lower()
    if scheme not in HOSTED_SCHEMES:
        return f"{scheme}://"
    authority = re.split(r"[/?#]", url[match.end():], maxsplit=1)[0].rpartition("@")[2]
    return f"{scheme}://{authority}"


def label_of(template: str, environ: Mapping[str, str]) -> str:
    """The redacted form of a target, from its expanded URL when that can be had, naming the
    variable it came from when the whole target is one."""
    try:
        url, _ = expand_target(template, environ)
    except MissingVariable:
        return redacted(template)
    shown = redacted(url)
    whole = ENV_PLACEHOLDER.fullmatch(template.strip())
    return f"{shown} from ${{{whole.group(1)}}}" if whole else shown


def secrets_of(url: str, values: Sequence[str]) -> list[str]:
    """Every fragment of a target that must not be shown: the variables' values, the password,
    the path and query values, the host where it is a token; longest first."""
    found = list(values)
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL urllib can split (Apprise may still take it): the values alone
        parts = None
    if parts is not None:
        found += [parts.password or "", parts.username or ""]
        found += [segment for segment in parts.path.split("/") if segment]
        found += [pair.partition("=")[2] for pair in parts.query.split("&")]
        if parts.scheme.lower() not in HOSTED_SCHEMES:
            found.append(parts.netloc)
    unique = {variant for fragment in found if len(fragment) >= MIN_SECRET
              for variant in (fragment, unquote(fragment), quote(fragment, safe=""))}
    return sorted(unique, key=len, reverse=True)


def masked(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, MASK)
    text = re.sub(r"(://)[^/@\s]*@", r"\1" + MASK + "@", text)  # userinfo in any URL Apprise quoted
    return _TOKEN_HOST.sub(_host_unless_a_server, text)


def _host_unless_a_server(match: re.Match[str]) -> str:
    """A URL's host where it names a server; masked where it may be a token, even in Apprise's
    half-masked form (``dingtalk://t...n/``)."""
    scheme = match.group(1)
    return match.group(0) if scheme.lower() in SHOWN_HOST_SCHEMES else f"{scheme}://{MASK}"


class _Kept(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.WARNING)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def apprise_log_kept() -> Iterator[list[logging.LogRecord]]:
    """Apprise's warnings and errors while the block runs, kept from every other handler (they
    may quote a URL): the caller masks them before showing any."""
    logger = logging.getLogger(APPRISE_LOGGER)
    records: list[logging.LogRecord] = []
    handler = _Kept(records)
    saved = logger.propagate, logger.level
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.propagate = saved[0]
        logger.setLevel(saved[1])


def body_format_for(server: apprise.plugins.NotifyBase, url: str) -> apprise.NotifyFormat:
    """Markdown where the target renders it by default (mail, as HTML) or was asked to with
    ``format=markdown``; plain text for the rest (webhooks, chat bots)."""
    asked = re.search(r"[?&]format=([a-z]+)", url, re.IGNORECASE)
    if asked is not None:
        wanted = asked.group(1).lower()
        return apprise.NotifyFormat.TEXT if wanted == "text" else apprise.NotifyFormat.MARKDOWN
    declared = server.notify_format
    first = declared[0] if isinstance(declared, (tuple, list)) else declared
    return apprise.NotifyFormat.TEXT if first == apprise.NotifyFormat.TEXT else apprise.NotifyFormat.MARKDOWN


def send_to(position: int, template: str, message: Message, environ: Mapping[str, str]) -> TargetOutcome:
    """Send ``message`` to one target; never raises (an unexpected error is a failed target)."""
    label = label_of(template, environ)
    try:
        url, values = expand_target(template, environ)
    except MissingVariable as exc:
        return TargetOutcome(position, label, False, str(exc))
    secrets = secrets_of(url, values)
    with apprise_log_kept() as records:
        try:
            delivered, reason = _send(url, message)
        except Exception as exc:  # a plugin's bug must not end the run: the target failed, say how
            delivered, reason = False, f"{type(exc).__name__}: {exc}"
    if not delivered and records:  # Apprise's last word on it says more than "not accepted"
        reason = records[-1].getMessage() if reason == NOT_ACCEPTED else f"{reason}: {records[-1].getMessage()}"
    return TargetOutcome(position, label, delivered, None if delivered else masked(one_line(reason), secrets))


def _send(url: str, message: Message) -> tuple[bool, str]:
    server = apprise.Apprise.instantiate(url, asset=ASSET)
    if server is None:
        return False, "not a URL Apprise understands (check its scheme and parameters)"
    body_format = body_format_for(server, url)
    body = message.markdown if body_format == apprise.NotifyFormat.MARKDOWN else message.text
    sender = apprise.Apprise(asset=ASSET)
    sender.add(server)
    delivered = bool(sender.notify(body=body, title=message.title, body_format=body_format))
    return delivered, NOT_ACCEPTED


def one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def deliver(targets: Sequence[str], message: Message, environ: Mapping[str, str]) -> list[TargetOutcome]:
    """Send ``message`` to every target in turn; one outcome each, in the config's order."""
    return [send_to(position, template, message, environ) for position, template in enumerate(targets, 1)]
