"""Alembic environment: always run by :mod:`channel_equity.store.migrate`, which hands
over an open connection (there is no ``alembic.ini`` and no URL to read here)."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from channel_equity.store.models import Base, UtcDateTime


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write :class:`UtcDateTime` as the plain type it stores, so that revisions do not
    import the models (which keep changing after a revision is written)."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "run migrations with `python -m channel_equity.store.migrate`, not the alembic command"
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (--sql) migrations are not supported; migrate a database instead")
run_migrations()
