"""The packaged Alembic migrations: they build exactly the models' schema, and go down."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pydantic import BaseModel
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from channel_equity.core.observation import GuideObservation, Location, Material
from channel_equity.store import StoreError, open_store
from channel_equity.store.migrate import downgrade_schema, main, upgrade_schema
from channel_equity.store.models import Base, Finding, Observation, ObservedLocation, ObservedMaterial
from channel_equity.store.session import make_store_engine

TABLES = set(Base.metadata.tables)


def schema_diff(url: str) -> list[Any]:
    engine = make_store_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    engine = make_store_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_matches_models_then_downgrade_to_base(store_url: str) -> None:
    engine = make_store_engine(store_url)
    try:
        upgrade_schema(engine)
        assert table_names(store_url) == TABLES | {"alembic_version"}
        assert schema_diff(store_url) == []

        downgrade_schema(engine, "base")
        assert table_names(store_url) == {"alembic_version"}

        upgrade_schema(engine)  # and back up again
        assert schema_diff(store_url) == []
    finally:
        engine.dispose()


def test_migration_creates_the_check_constraints(store_url: str) -> None:
    """Autogenerate does not compare CHECK constraints, so check they are there."""
    store = open_store(store_url)
    try:
        with pytest.raises(IntegrityError), store.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO scans (province_id, started_at, status) VALUES ('demo', :at, 'bogus')"),
                {"at": "2026-01-01 00:00:00"},
            )
    finally:
        store.close()


def test_a_city_may_be_empty_but_not_bogus(store_url: str) -> None:
    store = open_store(store_url)
    insert = text("INSERT INTO scan_cities (scan_id, city_id, portal_url, status, pages_fetched, items_extracted, "
                  "error_count) VALUES (1, :city, 'http://127.0.0.1/', :status, 1, 0, 0)")
    try:
        with store.engine.begin() as connection:
            connection.execute(text("INSERT INTO scans (id, province_id, started_at, status) "
                                    "VALUES (1, 'demo', '2026-01-01 00:00:00', 'finished')"))
            connection.execute(insert, {"city": "a", "status": "empty"})
            row = connection.execute(text("SELECT unread_guides, stated_total FROM scan_cities")).one()
            assert tuple(row) == (0, None)
        with pytest.raises(IntegrityError), store.engine.begin() as connection:
            connection.execute(insert, {"city": "b", "status": "bogus"})
    finally:
        store.close()


def test_opening_twice_is_a_no_op(store_url: str) -> None:
    open_store(store_url).close()
    open_store(store_url).close()
    assert schema_diff(store_url) == []


def test_a_store_from_a_newer_version_is_refused_clearly(store_url: str) -> None:
    store = open_store(store_url)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    with pytest.raises(StoreError, match="cannot migrate the store schema"):
        open_store(store_url)


def test_developer_command_line(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", store_url, "upgrade"]) == 0
    assert main(["--db", store_url, "current"]) == 0
    assert "0015_triage_events (head)" in capsys.readouterr().out
    assert main(["--db", store_url, "downgrade", "base"]) == 0
    assert table_names(store_url) == {"alembic_version"}
    assert main(["history"]) == 0
    assert main(["--db", "mysql://nobody@nowhere/x", "upgrade"]) == 1
    assert "unsupported database" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("contract", "row"),
    [(GuideObservation, Observation), (Material, ObservedMaterial), (Location, ObservedLocation)],
)
def test_every_observation_field_has_a_column(contract: type[BaseModel], row: type[Base]) -> None:
    """observation.py is the crawler's contract: a field added there needs a column here
    (and a migration), or recording would fail and reading would lose it."""
    nested = {"materials", "locations"}
    columns = set(row.__table__.columns.keys())
    missing = set(contract.model_fields) - nested - columns
    assert not missing, f"add columns (and a migration) for {sorted(missing)}"


def test_upgrading_a_0002_store_keeps_its_findings_without_templates(store_url: str) -> None:
    """A store written before message templates: its findings survive the upgrade, have no
    template (the report shows their message) and take one when a check fires them again."""
    engine = make_store_engine(store_url)
    try:
        upgrade_schema(engine, "0002_finding_history")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO findings (fingerprint, rule, city_id, subject, severity, status, first_seen, last_seen,"
                " message) VALUES ('f1', 'online-only', 'jinghai', 'XK-1', 'high', 'open', :at, :at, :message)"),
                {"at": "2026-11-24 02:00:00", "message": "the guide accepts only online applications: 仅限网上申请"})
        upgrade_schema(engine)
        assert schema_diff(store_url) == []
    finally:
        engine.dispose()
    store = open_store(store_url)
    try:
        with store.session(write=True) as session:
            finding = session.scalars(select(Finding)).one()
            assert finding.message == "the guide accepts only online applications: 仅限网上申请"
            assert finding.message_template is None and finding.message_args is None
            finding.message_template = "the guide accepts only online applications: {words}"
            finding.message_args = {"words": "仅限网上申请"}
        with store.session() as session:
            again = session.scalars(select(Finding)).one()
            assert (again.message_template, again.message_args) == (
                "the guide accepts only online applications: {words}", {"words": "仅限网上申请"})
    finally:
        store.close()
    engine = make_store_engine(store_url)
    try:
        downgrade_schema(engine, "0002_finding_history")  # and back down, keeping the row
        with engine.connect() as connection:
            assert connection.execute(text("SELECT message FROM findings")).scalar_one().endswith("仅限网上申请")
            columns = {column["name"] for column in inspect(connection).get_columns("findings")}
        assert "message_template" not in columns and "message_args" not in columns
    finally:
        engine.dispose()
