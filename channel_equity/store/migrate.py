"""Schema migrations without an ``alembic.ini``: the migrations ship inside the package.

At run time :func:`upgrade_schema` is called by ``open_store``. Developers use the same
environment from the command line::

    python -m channel_equity.store.migrate --db sqlite:///var/dev.db upgrade
    python -m channel_equity.store.migrate --db URL current
    python -m channel_equity.store.migrate --db URL downgrade base
    python -m channel_equity.store.migrate history
    python -m channel_equity.store.migrate --db URL revision -m "add probe results" --autogenerate

``--db`` defaults to the ``CHANNEL_EQUITY_DB`` environment variable. ``revision
--autogenerate`` compares the models with a database at ``head`` and writes the new
revision into ``channel_equity/store/migrations/versions/``: review it before committing.
"""

from __future__ import annotations

import argparse
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from channel_equity.store.engine import StoreError, make_store_engine, with_write_lock

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = zlib.crc32(b"channel-equity schema migration")
"""Advisory lock held while migrating, so two processes opening a fresh PostgreSQL store
at once do not both try to create the tables."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations, using ``connection``."""
    config = Config(stdout=sys.stdout)  # the current stdout, not the one at import time
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction (on SQLite too: a crash mid-way leaves
    the previous schema, not half of the new one)."""
    with _locked_transaction(engine) as connection:
        try:
            command.upgrade(alembic_config(connection), revision)
        except CommandError as exc:
            raise StoreError(
                f"cannot migrate the store schema: {exc}. Is this a newer store than this program?"
            ) from None


def downgrade_schema(engine: Engine, revision: str) -> None:
    """Migrate down to ``revision`` (``base`` drops every table the migrations made)."""
    with _locked_transaction(engine) as connection:
        command.downgrade(alembic_config(connection), revision)


@contextmanager
def _locked_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction holding the database's migration lock: SQLite's
    write lock (BEGIN IMMEDIATE) or a PostgreSQL advisory lock."""
    with with_write_lock(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        yield connection


def main(argv: list[str] | None = None) -> int:
    """The developers' migration command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        prog="python -m channel_equity.store.migrate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--db", default=os.environ.get("CHANNEL_EQUITY_DB"), help="store URL (default: $CHANNEL_EQUITY_DB)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    upgrade = commands.add_parser("upgrade", help="migrate up (default: to head)")
    upgrade.add_argument("revision", nargs="?", default="head")
    downgrade = commands.add_parser("downgrade", help="migrate down to REVISION (e.g. base, -1)")
    downgrade.add_argument("revision")
    commands.add_parser("current", help="show the database's revision")
    commands.add_parser("history", help="list the revisions")
    revision = commands.add_parser("revision", help="write a new revision file")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--autogenerate", action="store_true", help="diff the models against the database")
    args = parser.parse_args(argv)

    if args.command == "history":
        command.history(alembic_config(), verbose=True)
        return 0
    if not args.db:
        parser.error("--db URL (or CHANNEL_EQUITY_DB) is required for this command")
    try:
        engine = make_store_engine(args.db)
        if args.command == "upgrade":
            upgrade_schema(engine, args.revision)
        elif args.command == "downgrade":
            downgrade_schema(engine, args.revision)
        else:
            with _locked_transaction(engine) as connection:
                config = alembic_config(connection)
                if args.command == "current":
                    command.current(config, verbose=True)
                else:
                    command.revision(config, message=args.message, autogenerate=args.autogenerate)
    except (StoreError, CommandError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:
        print(f"error: {str(exc.orig or exc).splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
