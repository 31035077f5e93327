#!/usr/bin/env bash
# The install a user makes: build the wheel, install it into a fresh virtualenv outside the
# checkout, and run `channel-equity demo` from an empty folder to a finished report. Fails if
# anything the program needs (lexicons, templates, migrations, the simulator) is missing from
# the wheel or is found through the checkout instead of the installed package.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d /tmp/channel-equity-wheel.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "building the wheel"
"$python" -m pip wheel -q --no-deps --wheel-dir "$work/dist" "$repo"
wheel="$(ls "$work"/dist/channel_equity-*.whl)"
echo "installing $(basename "$wheel") into a fresh virtualenv"
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" install -q "$wheel"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
# No PYTHONPATH, and the checkout is not the current folder: only the installed package can answer.
env -u PYTHONPATH "$work/venv/bin/python" - "$repo" <<'PY'
import sys
from pathlib import Path

import channel_equity

installed = Path(channel_equity.__file__).resolve()
checkout = Path(sys.argv[1]).resolve()
if checkout in installed.parents:
    sys.exit(f"channel_equity was imported from the checkout ({installed}), not from the wheel")
print(f"channel_equity imported from {installed.parent}")
PY
env -u PYTHONPATH "$work/venv/bin/channel-equity" demo --workdir "$work/elsewhere/demo" | tee "$work/demo.log"
report="$work/elsewhere/demo/report/index.html"
test -s "$report" || { echo "no report at $report" >&2; exit 1; }
grep -q "report: $report" "$work/demo.log" || { echo "the demo did not print the report's path" >&2; exit 1; }
echo "wheel check passed: the installed demo wrote $(find "$work/elsewhere/demo/report" -name '*.html' | wc -l) report pages"
