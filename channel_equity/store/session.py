"""Open the store from a URL: engine, schema upgrade, short sessions.

``open_store`` is the one way in. It turns whatever can go wrong that a user can fix (a
mistyped URL, a server that is down, a directory that cannot be created, a database
written by a newer version) into a one-line :class:`StoreError`, and brings the schema to
the current revision, so no command ever runs against a stale schema. Engines and their
SQLite tuning are made in ``engine.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from channel_equity.store.engine import (
    SQLITE_BUSY_TIMEOUT_S,
    StoreError,
    first_line,
    make_store_engine,
    parse_store_url,
    show_url,
    with_write_lock,
)
from channel_equity.store.migrate import upgrade_schema

__all__ = [
    "SQLITE_BUSY_TIMEOUT_S",
    "Store",
    "StoreError",
    "make_store_engine",
    "open_store",
    "parse_store_url",
    "with_write_lock",
]


class Store:
    """An open store: an engine plus sessions that each make one short transaction.

    Thread-safe: the crawler's thread and the main thread may call into it at once; each
    :meth:`session` has its own connection.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(with_write_lock(engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``: for the few statements that differ."""
        return self.engine.dialect.name

    @property
    def url(self) -> str:
        """The full URL (password included), to open the same store in another component."""
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def display_url(self) -> str:
        """The URL with its password hidden, for messages and logs."""
        return show_url(self.engine.url)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        Objects loaded in it stay readable afterwards (no expiry on commit), so reading
        functions can return them. ``write=True`` takes SQLite's write lock at the start.
        Lost connections, locks that never freed and full disks become :class:`StoreError`.
        """
        factory = self._write_sessions if write else self._sessions
        try:
            with factory.begin() as session:
                yield session
        except OperationalError as exc:
            raise StoreError(f"store {self.display_url}: {first_line(exc.orig or exc)}") from exc

    def close(self) -> None:
        """Close pooled connections (SQLite: lets the WAL be checkpointed and removed)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(url: str, *, upgrade: bool = True) -> Store:
    """Open the store at ``url`` and bring its schema to the newest revision.

    ``upgrade=False`` is for tools that manage the schema themselves (the migration CLI,
    tests of the migrations).
    """
    engine = make_store_engine(url)
    try:
        if upgrade:
            upgrade_schema(engine)
        else:
            with engine.connect():
                pass  # fail here, with a clear message, rather than at the first query
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(f"cannot open store {show_url(engine.url)}: {first_line(exc.orig or exc)}") from None
    return Store(engine)
