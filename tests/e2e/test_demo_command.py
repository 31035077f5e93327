"""What the README tells a new user to run: `channel-equity demo` (as `make demo` does)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.running import run_cli


def test_demo_scans_checks_reports_and_prints_where_everything_is(tmp_path: Path) -> None:
    result = run_cli("demo", "--workdir", str(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for city_id in ("jinghai", "qinghe", "beikun"):
        row = next(line for line in out.splitlines() if f" {city_id} " in line)
        # status │ pages │ items read[/items the portal lists] │ guide-like pages not read │ errors
        cells = re.search(r"│ (\w+)\s+│\s+(\d+) │\s+(\d+)(?:/(\d+))? │\s+(\d+) │\s+(\d+) │", row)
        assert cells, row
        status, pages, items, listed, unread = cells[1], int(cells[2]), int(cells[3]), cells[4], int(cells[5])
        assert pages > 20 and items >= 39 and unread == 0, row
        # beikun lists two guides it shows only after a login: read 48 of 50, partly covered
        fully_read = listed is None or int(listed) == items
        assert status == ("ok" if fully_read else "partial"), row
    assert re.search(r"nanxi .*unreachable", out)
    report = re.search(r"report: (\S+index\.html)", out)
    assert report and Path(report.group(1)).is_file()
    assert (tmp_path / "monitor.db").is_file() and (tmp_path / "ground-truth.json").is_file()
    assert "findings:" in out and " new" in out
