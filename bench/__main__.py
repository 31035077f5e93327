"""``make bench``: run every benchmark and print its figures."""

from __future__ import annotations

import argparse

from bench import crawl_large_province


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--cities", type=int, default=10)
    parser.add_argument("--items", type=int, default=300, help="items per city")
    parser.add_argument("--latency-ms", type=int, default=20, help="latency the simulator adds to each response")
    args = parser.parse_args()
    crawl_large_province.run(args.cities, args.items, args.latency_ms)


if __name__ == "__main__":
    main()
