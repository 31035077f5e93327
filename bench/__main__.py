"""``make bench``: run every benchmark and print its figures."""

from __future__ import annotations

import argparse

from bench import (
    check_many_observations,
    complaint_recheck,
    crawl_large_province,
    probe_demo,
    render_report,
    rescan_province,
)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--cities", type=int, default=10)
    parser.add_argument("--items", type=int, default=300, help="items per city")
    parser.add_argument("--latency-ms", type=int, default=20, help="latency the simulator adds to each response")
    parser.add_argument("--observations", type=int, default=100_000, help="observations for the check benchmark")
    parser.add_argument("--report-cities", type=int, default=20, help="cities for the report benchmark")
    parser.add_argument("--report-items", type=int, default=2000, help="guides per city for the report benchmark")
    parser.add_argument("--report-findings", type=int, default=10_000, help="findings for the report benchmark")
    parser.add_argument("--rescan-cities", type=int, default=10, help="cities for the re-scan benchmark")
    parser.add_argument("--rescan-items", type=int, default=300, help="items per city for the re-scan benchmark")
    parser.add_argument("--only", choices=("crawl", "rescan", "probes", "complaints", "check", "report"), help="run one benchmark")
    args = parser.parse_args()
    if args.only in (None, "crawl"):
        crawl_large_province.run(args.cities, args.items, args.latency_ms)
    if args.only in (None, "rescan"):
        rescan_province.run(args.rescan_cities, args.rescan_items, args.latency_ms)
    if args.only in (None, "probes"):
        probe_demo.run()
    if args.only in (None, "complaints"):
        complaint_recheck.run()
    if args.only in (None, "check"):
        check_many_observations.run(args.observations)
    if args.only in (None, "report"):
        render_report.run(args.report_cities, args.report_items, args.report_findings)


if __name__ == "__main__":
    main()
