"""config/demo.yaml: the demo province's config, generated from the simulator and committed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml

from channel_equity.simulator.build import build_demo_province
from channel_equity.simulator.config_output import DEMO_HEADER, catalog_path_for, config_yaml, province_config

DEMO_CONFIG_PATH = Path("config") / "demo.yaml"
"""Where the committed copy lives, relative to the checkout's root (the commands run there)."""
DEMO_HOST = "127.0.0.1"


def demo_config_text() -> str:
    """The exact text of config/demo.yaml."""
    from channel_equity.simulator import DEMO_PORTS

    province = build_demo_province()
    config = province_config(
        province,
        lambda city_id: f"http://{DEMO_HOST}:{DEMO_PORTS[city_id]}/",
        catalog_path=catalog_path_for(province),
    )
    return config_yaml(config, DEMO_HEADER)


def write_demo_config(path: Path = DEMO_CONFIG_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(demo_config_text(), encoding="utf-8")
    return path


def ports_from_config(path: Path) -> tuple[str, dict[str, int]]:
    """(host, city id -> port) from a config's ``cities[].portal`` URLs."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    hosts, ports = set(), {}
    for city in data.get("cities", []):
        parts = urlsplit(city["portal"])
        hosts.add(parts.hostname or DEMO_HOST)
        ports[city["id"]] = parts.port or 80
    if len(hosts) > 1:
        raise ValueError(f"{path}: cities are on several hosts ({sorted(hosts)}); the simulator serves one")
    return (hosts.pop() if hosts else DEMO_HOST), ports
