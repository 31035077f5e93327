"""Re-checking complaints from the command line: progress while the item is read again, then
each verdict with where its evidence is, recorded in the complaint's history."""

from __future__ import annotations

import time
from collections import Counter

from rich.console import Console

from channel_equity.checks.complaint_recheck import RecheckItem, RecheckOutcome, recheck
from channel_equity.core.config import LoadedConfig
from channel_equity.store import reading
from channel_equity.store.complaints import NewCheck, list_complaints, record_check
from channel_equity.store.models import Complaint, Scan
from channel_equity.store.session import Store


def recheck_item(complaint: Complaint, store: Store, scan: Scan | None) -> RecheckItem:
    """What to re-check of a complaint: its guide at the address the latest nightly scan (``scan``)
    read it (a guide that moved is followed by its code), else where it was when the complaint came in."""
    guide_url, entry_url = complaint.guide_url, complaint.entry_url
    if complaint.item_code and scan is not None:
        moved = reading.guide_address(store, scan.id, complaint.city_id, complaint.item_code)
        if moved is not None:
            guide_url, entry_url = moved
    return RecheckItem(complaint.id, complaint.city_id, complaint.claim, complaint.item_code, complaint.item_name,
                       guide_url, entry_url)


def recheck_and_print(loaded: LoadedConfig, store: Store, complaints: list[Complaint],
                      console: Console) -> list[RecheckOutcome]:
    """Re-check the complaints in one small scan, record each verdict and print it."""
    if not complaints:
        console.print("no open complaint to re-check")
        return []
    started = time.monotonic()
    with console.status("re-checking", spinner="dots") as status:
        latest = reading.latest_scan(store)
        outcomes = recheck(loaded, store, [recheck_item(row, store, latest) for row in complaints],
                           lambda message: status.update(message))
    for outcome in outcomes:
        record_check(store, NewCheck(outcome.complaint_id, outcome.scan_id, outcome.verdict, outcome.detail,
                                     outcome.rules, outcome.checked, outcome.evidence, outcome.finding_ids))
        print_outcome(outcome, console)
    console.print(f"re-checked {len(outcomes)} complaint(s) in {time.monotonic() - started:.1f} s "
                  f"(scan {outcomes[0].scan_id})", highlight=False)
    return outcomes


def recheck_open_complaints(loaded: LoadedConfig, store: Store, console: Console) -> Counter[str]:
    """What the nightly ``run`` does after its checks: every open complaint re-checked, each
    verdict recorded; a failure is said and counted, and the night's report still gets written."""
    rows = list_complaints(store, "open")
    if not rows:
        return Counter()
    console.print(f"re-checking {len(rows)} open complaint(s)")
    try:
        outcomes = recheck_and_print(loaded, store, rows, console)
    except Exception as exc:  # noqa: BLE001 - one failed re-check must not cost the night its report
        console.print(f"the complaints' re-check failed: {exc}", markup=False, highlight=False, soft_wrap=True)
        return Counter({"failed": len(rows)})
    return Counter(outcome.verdict for outcome in outcomes)


def print_outcome(outcome: RecheckOutcome, console: Console) -> None:
    lines = [f"complaint #{outcome.complaint_id}: {outcome.verdict} — {outcome.detail}"]
    lines += [f"  checked: {line}" for line in outcome.checked]
    for cited in outcome.evidence:
        where = ", ".join(f"{name} {cited[key]}" for key, name in (("snapshot", "page"), ("screenshot", "screenshot"),
                                                                   ("warc", "WARC")) if cited.get(key))
        lines.append(f"  evidence ({cited['rule']}): {cited['url']}" + (f" — stored {where}" if where else "")
                     + (f": “{cited['excerpt']}”" if cited.get("excerpt") else ""))
    if outcome.finding_ids:
        lines.append(f"  findings: {', '.join(f'#{number}' for number in outcome.finding_ids)}")
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
