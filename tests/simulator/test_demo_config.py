"""config/demo.yaml is what the simulator generates, and a valid monitor config."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from channel_equity.core.config import load_config
from channel_equity.simulator import DEMO_PORTS, build_demo_province
from channel_equity.simulator.demo_config import DEMO_CONFIG_PATH, demo_config_text, ports_from_config
from tests.simulator.fetching import fetch

REPOSITORY = Path(__file__).resolve().parents[2]
COMMITTED_DEMO_CONFIG = REPOSITORY / DEMO_CONFIG_PATH


def test_demo_config_is_in_sync_with_the_code() -> None:
    assert COMMITTED_DEMO_CONFIG.read_text(encoding="utf-8") == demo_config_text(), (
        "config/demo.yaml is stale: run `python -m channel_equity.simulator write-demo-config`"
    )


def test_demo_config_is_valid_and_complete() -> None:
    loaded = load_config(COMMITTED_DEMO_CONFIG).monitor
    province = build_demo_province()
    assert [c.id for c in loaded.cities] == [c.id for c in province.cities]
    assert [c.portal for c in loaded.cities] == [f"http://127.0.0.1:{p}/" for p in range(8101, 8110)]
    assert loaded.city("qinghe").extraction.render == "js"
    assert len(loaded.policy.standard_items) == len(province.policy.standard_items) >= 40
    assert loaded.policy.immediate_share_min == 0.30
    assert ports_from_config(COMMITTED_DEMO_CONFIG) == ("127.0.0.1", DEMO_PORTS)


def test_write_demo_config_command(tmp_path: Path) -> None:
    target = tmp_path / "demo.yaml"
    subprocess.run(
        [sys.executable, "-m", "channel_equity.simulator", "write-demo-config", "--out", str(target)],
        cwd=REPOSITORY,
        check=True,
        capture_output=True,
    )
    assert target.read_text(encoding="utf-8") == demo_config_text()


def test_serve_command_serves_the_config_ports(tmp_path: Path) -> None:
    """`serve --config` on free ports answers until interrupted."""
    from channel_equity.simulator.server import refused_port

    ports = {city_id: refused_port("127.0.0.1") for city_id in DEMO_PORTS}
    config = tmp_path / "ports.yaml"
    config.write_text(
        "cities:\n"
        + "".join(f"  - {{id: {c}, portal: 'http://127.0.0.1:{p}/'}}\n" for c, p in ports.items()),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "channel_equity.simulator", "serve", "--config", str(config)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(len(ports) + 2)]
        assert "统一身份认证平台" in lines[-2] and "Ctrl-C" in lines[-1]
        assert fetch(f"http://127.0.0.1:{ports['jinghai']}/").status == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    assert process.returncode == 0
