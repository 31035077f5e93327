"""A targeted crawl: a few guide pages read again into a scan of their own (a complaint's re-check).

Only the pages named are fetched, with their frames, the data their scripts draw on and the
online entries the guides offer; nothing is followed beyond them, so a re-check costs seconds
whatever the portal's size. The crawl runs in a child process (``python -m
channel_equity.crawler.targeted``): Twisted's reactor runs once per process, and the nightly
``run`` has run it already for the province's scan. The child is told what to crawl on its
standard input (the store's URL, password included, never appears on a command line) and
answers with each city's result on its standard output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict

from channel_equity.core.config import LoadedConfig, load_config
from channel_equity.crawler.scan import CityScanResult, crawl_targets
from channel_equity.crawler.state import PortalTarget
from channel_equity.store.session import Store, open_store

ERROR_LINES = 20
"""The last lines of a failed child's error output kept in the message."""


class TargetedCrawlError(RuntimeError):
    """The child process crawling the pages failed (its error output says why)."""


def seeded_targets(loaded: LoadedConfig, seeds: Mapping[str, Sequence[str]]) -> list[PortalTarget]:
    """One target per city, its seeds the guide pages to read again, following no link."""
    targets = []
    for city_id, urls in seeds.items():
        city = loaded.monitor.city(city_id)
        targets.append(PortalTarget(city.id, city.portal, None, city.extraction, loaded.monitor.crawl.max_pages_per_portal,
                                    0, seeds=tuple(dict.fromkeys(urls)), follow_links=False))
    return targets


def crawl_pages(loaded: LoadedConfig, store: Store, scan_id: int, seeds: Mapping[str, Sequence[str]],
                timeout: float) -> list[CityScanResult]:
    """Crawl ``seeds`` (city -> guide URLs) into scan ``scan_id`` in a child process; each city's
    result. Raises :class:`TargetedCrawlError` when the child fails or outlasts ``timeout``
    seconds (the scan is then left as the child left it; the caller closes it)."""
    request = {"config": str(loaded.path), "store": store.url, "scan_id": scan_id,
               "seeds": {city: list(urls) for city, urls in seeds.items()}}
    try:
        done = subprocess.run([sys.executable, "-m", __name__], input=json.dumps(request), capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        pages = sum(map(len, seeds.values()))
        raise TargetedCrawlError(f"the crawl of {pages} page(s) took over {timeout:.0f} s") from None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-ERROR_LINES:])
        raise TargetedCrawlError(f"the crawl process exited {done.returncode}: {tail}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return [CityScanResult(**row) for row in answer["results"]]


def main() -> None:
    """The child: read the request from standard input, crawl, print the results as one JSON line."""
    request = json.loads(sys.stdin.read())
    loaded = load_config(request["config"])
    store = open_store(request["store"], upgrade=False)
    try:
        results = crawl_targets(loaded, store, int(request["scan_id"]), seeded_targets(loaded, request["seeds"]))
    finally:
        store.close()
    sys.stdout.write(json.dumps({"results": [asdict(result) for result in results]}) + "\n")


if __name__ == "__main__":
    main()
