"""``channel-equity triage``: an inspector's decisions on findings — accept, dismiss (with the
reason), reopen — recorded as append-only events that outlive every later scan, each
finding's history of them, and the decisions of a findings spreadsheet taken at once (``import``)."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from channel_equity.cli.common import ConfigOption, DbOption, console, fail, load_or_exit, store_or_exit
from channel_equity.cli.exit_codes import ExitCode
from channel_equity.store.triage import Decision, TriageError, decide, find_findings, triage_history

if TYPE_CHECKING:
    from channel_equity.reports.xlsx.decisions_import import RowOutcome
    from channel_equity.store.models import Finding

triage_app = typer.Typer(help="inspectors' decisions on findings: accept, dismiss, reopen, history, import",
                         no_args_is_help=True)

FindingsArgument = Annotated[list[str], typer.Argument(
    help="findings by number (as the report shows them, #12) or fingerprint (8 or more hex digits)",
    show_default=False)]
ByOption = Annotated[str | None, typer.Option("--by", help="who decides (default: the OS user)")]
DONE = {"accept": "accepted", "dismiss": "dismissed", "reopen": "reopened"}


def _decide(config: ConfigOption, refs: list[str], action: str, reason: str | None, by: str | None,
            db: str | None) -> None:
    store = store_or_exit(load_or_exit(config), db)
    try:
        findings = find_findings(store, refs)
        decide(store, findings, Decision(action, reason, by or getpass.getuser()))
    except TriageError as exc:
        raise fail(str(exc)) from None
    for finding in findings:
        console.print(f"finding #{finding.id} {DONE[action]}: {_describe(finding)}",
                      markup=False, highlight=False, soft_wrap=True)


def _describe(finding: Finding) -> str:
    return f"{finding.rule} {finding.city_id} {finding.item_name or finding.subject or 'the portal'}"


@triage_app.command("accept")
def accept(config: ConfigOption, findings: FindingsArgument,
           reason: Annotated[str | None, typer.Option("--reason", help="why (optional)")] = None,
           by: ByOption = None, db: DbOption = None) -> None:
    """Accept findings: the violation is real and being followed up."""
    _decide(config, findings, "accept", reason, by, db)


@triage_app.command("dismiss")
def dismiss(config: ConfigOption, findings: FindingsArgument,
            reason: Annotated[str, typer.Option("--reason", help="why it is no violation (required)",
                                                show_default=False)],
            by: ByOption = None, db: DbOption = None) -> None:
    """Dismiss findings, with the reason: the report leaves them out of its counts and lists them as
    dismissed; a later scan whose evidence for one differs reopens it, saying why."""
    _decide(config, findings, "dismiss", reason, by, db)


@triage_app.command("reopen")
def reopen(config: ConfigOption, findings: FindingsArgument,
           reason: Annotated[str | None, typer.Option("--reason", help="why (optional)")] = None,
           by: ByOption = None, db: DbOption = None) -> None:
    """Reopen findings: undo an acceptance or a dismissal (the history keeps both)."""
    _decide(config, findings, "reopen", reason, by, db)


@triage_app.command("history")
def history(config: ConfigOption, findings: FindingsArgument, db: DbOption = None) -> None:
    """Every decision on each finding, oldest first: who, when, why, and the automatic reopenings."""
    store = store_or_exit(load_or_exit(config), db)
    try:
        rows = find_findings(store, findings)
    except TriageError as exc:
        raise fail(str(exc)) from None
    for finding in rows:
        lines = [f"finding #{finding.id} ({finding.status}) {finding.rule} {finding.city_id} "
                 f"{finding.item_name or finding.subject}: {finding.message}"]
        events = triage_history(store, finding.fingerprint)
        lines += [f"  {event.at.isoformat(timespec='minutes')} {DONE[event.action]} by {event.decided_by}"
                  + (f" (scan {event.scan_id})" if event.automatic else "")
                  + (f": {event.reason}" if event.reason else "") for event in events] or ["  no decision yet"]
        for line in lines:
            console.print(line, markup=False, highlight=False, soft_wrap=True)


def _outcome_line(outcome: RowOutcome, dry_run: bool) -> str:
    where = f"row {outcome.row.row}: finding {outcome.named}"
    if outcome.outcome == "refused":
        return f"{where} refused: {outcome.why}"
    if outcome.outcome == "unchanged":
        return f"{where} unchanged: {outcome.why}"
    what = _describe(outcome.finding) if outcome.finding is not None else ""
    return f"{where} {'would be ' if dry_run else ''}{DONE[outcome.row.decision]}: {what}"


@triage_app.command("import")
def import_sheet(
    sheet: Annotated[Path, typer.Argument(help="a findings workbook (findings --format xlsx) with decisions filled in",
                                          metavar="FILE.xlsx", show_default=False)],
    config: ConfigOption,
    by: ByOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="only say what each row would do; write nothing")] = False,
    db: DbOption = None,
) -> None:
    """Take the decisions filled in a findings workbook: each row whose decision column is set
    (accept, dismiss with a reason, reopen), by --by.

    Prints each row's outcome: applied, unchanged (the finding already stands so) or refused with
    the reason (no such finding, an unknown decision, a dismissal without a reason, evidence changed
    since the export, the finding decided on an earlier row). The valid rows are applied even when
    others are refused. Exits 0 when no row was refused, 5 when some were, 2 when the file cannot
    be read (not an XLSX workbook, password-protected, no findings header): then nothing is applied."""
    from channel_equity.reports.xlsx.decisions_import import apply_import, plan_import
    from channel_equity.reports.xlsx.decisions_sheet import DecisionSheetError, read_decisions

    store = store_or_exit(load_or_exit(config), db)
    try:
        rows = read_decisions(sheet)
    except DecisionSheetError as exc:
        raise fail(str(exc)) from None
    outcomes = plan_import(store, rows)
    written = 0 if dry_run else apply_import(store, outcomes, by or getpass.getuser())
    for outcome in outcomes:  # once written: a line never says "accepted" of what a failure left out
        console.print(_outcome_line(outcome, dry_run), markup=False, highlight=False, soft_wrap=True)
    counts = {kind: sum(1 for outcome in outcomes if outcome.outcome == kind)
              for kind in ("apply", "unchanged", "refused")}
    done = f"{counts['apply']} to apply (dry run: nothing written)" if dry_run else f"{written} applied"
    console.print(f"triage import: {len(rows)} row(s) with a decision: {done}, {counts['unchanged']} unchanged, "
                  f"{counts['refused']} refused", markup=False, highlight=False, soft_wrap=True)
    if counts["refused"]:
        raise typer.Exit(ExitCode.ROWS_REFUSED)
