"""The store: what every scan fetched and read, and the findings made from it.

Writers use :mod:`.recording`, readers :mod:`.reading`; both take the :class:`Store` that
:func:`open_store` returns. SQLite by default, PostgreSQL at scale, same code.
"""

from channel_equity.store.session import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
