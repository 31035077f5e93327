"""config/demo.yaml: the demo province's config, generated from the simulator and committed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml

from channel_equity.simulator.build import build_demo_province
from channel_equity.simulator.config_output import DEMO_HEADER, catalog_path_for, config_yaml, province_config
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_PORT

DEMO_PORTS: dict[str, int] = {
    city_id: 8101 + index
    for index, city_id in enumerate(
        ("jinghai", "yuntai", "zeyang", "linlan", "qinghe", "beikun", "wangchuan", "jiayu", "nanxi")
    )
}
"""The demo's fixed ports (config/demo.yaml); its identity service listens on 8110."""
DEMO_CONFIG_PATH = Path("config") / "demo.yaml"
"""Where the committed copy lives, relative to the checkout's root (the commands run there)."""
DEMO_HOST = "127.0.0.1"


def demo_config_text() -> str:
    """The exact text of config/demo.yaml."""
    province = build_demo_province()
    config = province_config(
        province,
        lambda city_id: f"http://{DEMO_HOST}:{DEMO_PORTS[city_id]}/",
        catalog_path=catalog_path_for(province),
        identity_host=f"{DEMO_HOST}:{DEMO_IDENTITY_PORT}",
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


def identity_port_from_config(path: Path) -> int | None:
    """The port of the identity service a config names (``policy.unified_login_hosts``), if any."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    hosts = ((data.get("policy") or {}).get("unified_login_hosts")) or []
    for host in hosts:
        port = urlsplit(f"http://{host}").port
        if port:
            return port
    return None
