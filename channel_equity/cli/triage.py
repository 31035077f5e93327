"""``channel-equity triage``: an inspector's decisions on findings — accept, dismiss (with the
reason), reopen — recorded as append-only events that outlive every later scan, and each
finding's history of them."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer

from channel_equity.cli.common import ConfigOption, DbOption, console, fail, load_or_exit, store_or_exit
from channel_equity.store.triage import Decision, TriageError, decide, find_findings, triage_history

triage_app = typer.Typer(help="inspectors' decisions on findings: accept, dismiss, reopen, history", no_args_is_help=True)

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
        what = finding.item_name or finding.subject or "the portal"
        console.print(f"finding #{finding.id} {DONE[action]}: {finding.rule} {finding.city_id} {what}",
                      markup=False, highlight=False, soft_wrap=True)


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
