"""What every command shares: the consoles, the --config and --db options, and how a user's
mistake ends a command (plain lines on stderr, exit 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from channel_equity.cli.exit_codes import ExitCode
from channel_equity.core.config import ConfigError, LoadedConfig, load_config
from channel_equity.store.session import Store, StoreError, open_store

console = Console()
errors = Console(stderr=True)

ConfigOption = Annotated[Path, typer.Option("--config", "-c", help="province config (YAML)", show_default=False)]
DbOption = Annotated[
    str | None, typer.Option("--db", help="store URL, e.g. sqlite:///var/monitor.db or postgresql+psycopg://…")
]


def print_line(line: str) -> None:
    """A line of a log (scraped names in it are no markup)."""
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def fail(message: str, code: int = ExitCode.CONFIG_ERROR) -> typer.Exit:
    """Show a user's mistake as plain lines on stderr (no traceback) and exit non-zero."""
    for line in message.splitlines():
        errors.print(f"[bold red]error:[/] {line}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def load_or_exit(path: Path) -> LoadedConfig:
    """The config, validated against the rules too (their ids and declared thresholds), so a
    misspelt key is refused before anything is crawled."""
    from channel_equity.checks.registry import RuleConfigError, validate_config

    try:
        loaded = load_config(path)
        validate_config(loaded.monitor)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    except RuleConfigError as exc:
        raise fail(in_file(path, exc)) from None
    return loaded


def in_file(path: Path, exc: Exception) -> str:
    """Each line of ``exc`` prefixed with the config file it is about."""
    return "\n".join(f"{path}: {line}" for line in str(exc).splitlines())


def known_cities_or_exit(loaded: LoadedConfig, city_ids: list[str] | None) -> None:
    """Refuse a ``--city`` the config does not name, listing the ones it does."""
    try:
        for city_id in city_ids or []:
            loaded.monitor.city(city_id)
    except ConfigError as exc:
        raise fail(str(exc)) from None


def store_or_exit(loaded: LoadedConfig, db: str | None) -> Store:
    try:
        return open_store(loaded.database_url(db))
    except StoreError as exc:
        raise fail(str(exc)) from None
