"""`python -m bench --only report`, as the README tells a developer to run it, at a small size."""

from __future__ import annotations

import re
import subprocess
import sys


def test_the_report_benchmark_renders_and_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "report", "--report-cities", "3", "--report-items", "60",
         "--report-findings", "300"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "report: 3 cities × 60 guides, 300 findings in the store" in out
    assert re.search(r"rendered in \d+\.\d s \(target < 20 s\)", out), out  # the figure, not a timing verdict
    assert re.search(r"index\.html [\d,]+ bytes \(target < 1,000,000\): ok", out), out
    shown = int(re.search(r"(\d+) findings shown", out).group(1))  # type: ignore[union-attr]
    assert shown == 300 - 11  # 12 resolved by the second of three scans, 1 of them reopened by the third
