"""Every store test runs on SQLite and on a real PostgreSQL.

PostgreSQL comes from ``CHANNEL_EQUITY_TEST_PG_URL`` (start one with
``.ci/start-postgres.sh``). Without it the PostgreSQL variants are skipped on a
developer's machine but *fail* under CI (``CI`` set), so CI cannot pass while silently
testing SQLite only. Each test gets an empty database: a new SQLite file, or a new
PostgreSQL schema (dropped afterwards) made the connection's ``search_path``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from channel_equity.store import Store, open_store
from channel_equity.store.session import parse_store_url

PG_URL_ENV = "CHANNEL_EQUITY_TEST_PG_URL"


def ci_requires_postgres() -> bool:
    """CI sets ``CI``; a value like ``false`` or ``0`` does not count."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def postgres_base_url() -> str:
    """The configured server's URL, or skip (locally) / fail (in CI) the test."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if url:
        return url
    message = f"{PG_URL_ENV} is not set; start a server with `.ci/start-postgres.sh` and export its URL"
    if ci_requires_postgres():
        pytest.fail(f"CI must run the PostgreSQL store tests: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A URL to an empty database on each backend (no tables yet)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('store')}/monitor.db"
        return
    base = parse_store_url(postgres_base_url())
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open store at the current schema revision, on each backend."""
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()
