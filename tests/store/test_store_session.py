"""Opening the store: URLs a user can get wrong, and the SQLite settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from channel_equity.store import StoreError, open_store
from channel_equity.store.session import parse_store_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url at all", "not a database URL"),
        ("mysql://user:hunter2@db.example/monitor", "unsupported database 'mysql'"),
        ("postgresql+psycopg://user:hunter2@127.0.0.1", "no database name"),
        ("sqlite+nosuchdriver:///var/x.db", "cannot use"),
        ("postgresql+psycopg://user:hunter2@127.0.0.1:1/monitor", "cannot open store"),
    ],
)
def test_unusable_urls_give_one_clear_line_without_the_password(url: str, expected: str) -> None:
    with pytest.raises(StoreError) as raised:
        open_store(url)
    message = str(raised.value)
    assert expected in message
    assert "hunter2" not in message and "\n" not in message


def test_wrong_credentials_or_unopenable_file(store_url: str, tmp_path: Path) -> None:
    """The real server refusing the password; SQLite pointed at a directory."""
    if store_url.startswith("sqlite"):
        bad = f"sqlite:///{tmp_path}"
        expected = "unable to open database file"
    else:
        bad = parse_store_url(store_url).set(password="wrong-password").render_as_string(hide_password=False)
        expected = "password authentication failed"
    with pytest.raises(StoreError, match=expected) as raised:
        open_store(bad)
    assert "wrong-password" not in str(raised.value)


def test_sqlite_parent_directory_is_created(tmp_path: Path) -> None:
    target = tmp_path / "var" / "nested" / "monitor.db"
    open_store(f"sqlite:///{target}").close()
    assert target.is_file()


def test_sqlite_directory_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create directory"):
        open_store(f"sqlite:///{blocker}/monitor.db")


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    finally:
        store.close()


def test_in_memory_sqlite_is_one_shared_database() -> None:
    from channel_equity.store import reading, recording

    store = open_store("sqlite://")
    scan_id = recording.start_scan(store, "demo", None)
    assert reading.get_scan(store, scan_id) is not None
    store.close()


def test_plain_postgresql_urls_use_psycopg_3() -> None:
    assert parse_store_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_store_url("postgres://u@h/db").drivername == "postgresql+psycopg"
