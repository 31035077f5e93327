"""The exit codes a scheduler can act on (cron mails, systemd's ``SuccessExitStatus=``).

``run`` ends with one of them; the other commands use ``OK``, ``CONFIG_ERROR`` and ``LOCKED``
as they apply, and ``triage import`` ``ROWS_REFUSED``. ``FAILED`` is what an unexpected error (a traceback) exits with anyway.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every portal read, checked, reported
    FAILED = 1  # an unexpected error: the traceback says where
    CONFIG_ERROR = 2  # a user's mistake: config, options, store URL (one line on stderr)
    COVERAGE_GAPS = 3  # checked and reported, but some portal was not fully read (partial, empty, unreachable)
    LOCKED = 4  # another scan of the province is running: nothing was done
    ROWS_REFUSED = 5  # triage import: some rows of the sheet were refused (the valid ones were applied)
