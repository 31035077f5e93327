"""A seed names a province: two builds, in this process or another with a different hash seed,
give the same truth and the same page bytes."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from channel_equity.simulator import build_demo_province, portal_app, province_truth
from channel_equity.simulator.styles.base import Request

REPOSITORY = Path(__file__).resolve().parents[2]


def province_digest() -> str:
    """sha256 over the truth and every page (listings, guides, online entries) of the demo."""
    province = build_demo_province()
    digest = hashlib.sha256(json.dumps(province_truth(province), ensure_ascii=False, sort_keys=True).encode())
    for city in province.cities:
        if not city.up:
            continue
        app = portal_app(city, province)
        paths = app.page_paths() + [
            f"/apply/{app.apply_system}/{item.serial}" for item in city.items if item.entry
        ]
        for path in paths:
            parts = urlsplit(path)
            response = app.handle(Request("GET", parts.path, dict(parse_qsl(parts.query))))
            digest.update(path.encode() + str(response.status).encode() + response.body)
    return digest.hexdigest()


def test_two_builds_are_identical() -> None:
    first, second = province_truth(build_demo_province()), province_truth(build_demo_province())
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)


def test_same_pages_under_another_hash_seed() -> None:
    env = dict(os.environ, PYTHONHASHSEED="12345")
    code = "from tests.simulator.test_determinism import province_digest; print(province_digest())"
    other = subprocess.run(
        [sys.executable, "-c", code], cwd=REPOSITORY, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert other == province_digest()


def test_truth_command_writes_the_demo_truth(tmp_path: Path) -> None:
    target = tmp_path / "truth.json"
    env = dict(os.environ, PYTHONHASHSEED="999")
    subprocess.run(
        [sys.executable, "-m", "channel_equity.simulator", "truth", str(target)],
        cwd=REPOSITORY,
        env=env,
        check=True,
        capture_output=True,
    )
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
        json.dumps(province_truth(build_demo_province()))
    )
