"""The ``check`` command's presentation: what fired, how the findings moved, what was not matched."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from channel_equity.checks.registry import RULES_BY_ID
from channel_equity.checks.runner import CheckSummary


def print_check_summary(summary: CheckSummary, console: Console) -> None:
    table = Table(title=f"checks of scan {summary.scan_id}: {summary.guides} guides")
    table.add_column("rule")
    table.add_column("title")
    table.add_column("fired", justify="right")
    for rule_id, rule in RULES_BY_ID.items():
        table.add_row(rule_id, rule.title, str(summary.verdicts.get(rule_id, 0)))
    console.print(table)
    life = summary.lifecycle
    console.print(f"findings: {life.opened} new, {life.reopened} reopened, {life.still_open} still open, "
                  f"{life.resolved} resolved, {life.not_covered} not re-checked (coverage gap)")
    if summary.triage_reopened:
        console.print(f"{len(summary.triage_reopened)} dismissed finding(s) reopened: their evidence changed "
                      "(`triage` history says how)", highlight=False)
    matched = ", ".join(f"{method} {count}" for method, count in sorted(summary.matched.items()))
    console.print(f"matched to the standard list: {matched or 'no guides'}")
    if summary.unreachable:
        console.print(f"[yellow]unreachable portals (not checked): {', '.join(summary.unreachable)}[/]")
    for gap in summary.not_judged:
        console.print(f"[yellow]not judged: {gap.rule} in {gap.city_id}: {gap.reason}[/]", markup=True, highlight=False)
