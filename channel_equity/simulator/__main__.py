"""Command line of the simulator: write the demo config, serve the demo province, write its truth.

python -m channel_equity.simulator write-demo-config [--out config/demo.yaml]
python -m channel_equity.simulator serve [--config config/demo.yaml] [--latency-ms N]
python -m channel_equity.simulator truth PATH [--province demo|city-rules|cross-city|lifecycle-0|…|lifecycle-2]
python -m channel_equity.simulator truth PATH --large-cities N [--items-per-city M --seed S]
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from channel_equity.simulator.build import build_demo_province
from channel_equity.simulator.city_rules import build_city_rules_province
from channel_equity.simulator.cross_city import build_cross_city_province
from channel_equity.simulator.demo_config import (
    DEMO_CONFIG_PATH,
    identity_port_from_config,
    ports_from_config,
    write_demo_config,
)
from channel_equity.simulator.large import build_large_province
from channel_equity.simulator.lifecycle import build_lifecycle_provinces
from channel_equity.simulator.model import Province
from channel_equity.simulator.server import serve_province
from channel_equity.simulator.truth import write_truth


def _write_demo_config(args: argparse.Namespace) -> int:
    print(f"wrote {write_demo_config(args.out)}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        host, ports = ports_from_config(args.config)
        identity_port = identity_port_from_config(args.config)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot read ports from {args.config}: {exc}", file=sys.stderr)
        return 2
    province = build_demo_province(latency_ms=args.latency_ms)
    try:
        with serve_province(province, host=host, ports=ports, identity_port=identity_port) as served:
            for city in province.cities:
                state = "up" if city.up else "down (connections refused)"
                print(
                    f"{city.id:<10} {city.name}  {served.base_url(city.id)}  {city.style}, {state}",
                    flush=True,
                )
            print(f"{'identity':<10} 统一身份认证平台  {served.identity_origin}/", flush=True)
            print("serving the demo province; press Ctrl-C to stop", flush=True)
            threading.Event().wait()
    except KeyboardInterrupt:
        print("stopped")
    except OSError as exc:
        print(f"error: cannot serve on {host}: {exc}", file=sys.stderr)
        return 2
    return 0


PROVINCES = ("demo", "city-rules", "cross-city", "lifecycle-0", "lifecycle-1", "lifecycle-2")


def _named_province(name: str) -> Province:
    if name == "city-rules":
        return build_city_rules_province()
    if name == "cross-city":
        return build_cross_city_province()
    if name.startswith("lifecycle-"):
        return build_lifecycle_provinces()[int(name.removeprefix("lifecycle-"))]
    return build_demo_province()


def _truth(args: argparse.Namespace) -> int:
    if args.large_cities:
        province = build_large_province(
            cities=args.large_cities, items_per_city=args.items_per_city, seed=args.seed
        )
    else:
        province = _named_province(args.province)
    path = write_truth(province, args.path)
    print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m channel_equity.simulator",
        description="The simulated province of city portals (test bed and demo).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("write-demo-config", help="write config/demo.yaml from the simulator's code")
    demo.add_argument(
        "--out", type=Path, default=DEMO_CONFIG_PATH, help="where to write (default: %(default)s)"
    )
    demo.set_defaults(run=_write_demo_config)
    serve = commands.add_parser("serve", help="serve the demo province on the config's ports until Ctrl-C")
    serve.add_argument("--config", type=Path, default=DEMO_CONFIG_PATH, help="config whose ports to use")
    serve.add_argument(
        "--latency-ms", type=int, default=0, help="delay every answer by this many milliseconds"
    )
    serve.set_defaults(run=_serve)
    truth = commands.add_parser("truth", help="write the ground truth JSON of a simulated province")
    truth.add_argument("path", type=Path)
    truth.add_argument(
        "--province", choices=PROVINCES, default="demo", help="which province (default: %(default)s)"
    )
    truth.add_argument(
        "--large-cities", type=int, default=0, help="build a large province of N cities instead"
    )
    truth.add_argument("--items-per-city", type=int, default=500)
    truth.add_argument("--seed", type=int, default=7)
    truth.set_defaults(run=_truth)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
