"""Engines for a store URL: parsing, SQLite tuning, the write lock, one-line errors.

Below both the session (``session.py``) and the migrations (``migrate.py``), which each
need an engine, so neither imports the other's module to get one.

SQLite is tuned for one writer process with readers alongside (the nightly scan while an
inspector exports findings): WAL journal, foreign keys on, a busy timeout, and write
sessions that take the write lock when they begin (``BEGIN IMMEDIATE``) so that two
writers queue on the busy timeout instead of failing with "database is locked" half-way.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

SQLITE_BUSY_TIMEOUT_S = 30.0
"""How long a SQLite writer waits for another writer before giving up."""

_URL_HELP = "expected sqlite:///path/to/file.db or postgresql+psycopg://user:password@host:port/dbname"
_BEGIN_OPTION = "channel_equity_sqlite_begin"


class StoreError(Exception):
    """The store cannot be opened or used for a reason the user can fix; the message is
    one line meant to be shown as it is (passwords removed)."""


def parse_store_url(url: str) -> URL:
    """Parse and normalise a store URL, or raise :class:`StoreError` saying what is wrong.

    ``postgresql://`` and ``postgres://`` mean psycopg 3 (the driver this project ships);
    SQLAlchemy's own default for them, psycopg2, is not installed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {_redact(url)!r}; {_URL_HELP}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {backend!r} in {show_url(parsed)}; {_URL_HELP}")
    if backend == "postgresql" and not parsed.database:
        raise StoreError(f"no database name in {show_url(parsed)}; {_URL_HELP}")
    return parsed


def make_store_engine(url: str | URL) -> Engine:
    """An engine for ``url`` with this project's settings, without touching the schema."""
    parsed = parse_store_url(url) if isinstance(url, str) else url
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        in_memory = _sqlite_in_memory(parsed)
        if in_memory:
            # one connection shared by all sessions, or each would see its own empty database
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            _create_parent_directory(parsed)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
    else:
        kwargs["pool_pre_ping"] = True  # a nightly job outlives idle connections
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise StoreError(f"cannot use {show_url(parsed)}: {first_line(exc)}") from None
    if parsed.get_backend_name() == "sqlite":
        _tune_sqlite(engine, wal=not in_memory)
    return engine


def with_write_lock(engine: Engine) -> Engine:
    """The same engine, but its SQLite transactions take the write lock when they begin.

    A SQLite transaction that reads and then writes cannot wait for another writer: the
    upgrade fails at once with "database is locked" (busy timeout or not). Taking the
    lock up front makes it wait. No effect on PostgreSQL.
    """
    return engine.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE"})


def _tune_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module (which would BEGIN only before
        # DML, never before SELECT or DDL); the "begin" hook below emits BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe with WAL
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))


def _sqlite_in_memory(url: URL) -> bool:
    database = url.database or ""
    return database in ("", ":memory:") or url.query.get("mode") == "memory"


def _create_parent_directory(url: URL) -> None:
    database = url.database or ""
    if database.startswith("file:"):
        return  # a SQLite URI filename: the user took control of it
    parent = Path(database).expanduser().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create directory {str(parent)!r} for the store: {exc.strerror}") from None


def show_url(url: URL) -> str:
    """The URL with its password hidden, for messages and logs."""
    return url.render_as_string(hide_password=True)


def _redact(raw: str) -> str:
    """Hide what could be a password in a URL that did not even parse."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


def first_line(exc: BaseException) -> str:
    """The first line of an error's text: what a one-line message shows of a driver's error."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
