"""``channel-equity complaint``: a citizen's complaint recorded against the guide it is about,
listed, shown with its re-checks, and closed by an inspector.

An item is named by code, by name or by the address of its guide or online entry, and resolved
against the city's latest scan (``checks.complaint_items``); an address is accepted only on the
city's own portal or its guides' entry hosts, decided before anything is fetched.
"""

from __future__ import annotations

import getpass
import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from channel_equity.checks.complaint_items import ItemNotResolved, city_guides, resolve_item
from channel_equity.cli.common import (
    ConfigOption,
    DbOption,
    console,
    fail,
    known_cities_or_exit,
    load_or_exit,
    store_or_exit,
)
from channel_equity.cli.complaint_recheck import recheck_and_print
from channel_equity.core.config import LoadedConfig
from channel_equity.reports.xlsx.columns import SheetLanguage
from channel_equity.store import reading
from channel_equity.store.complaints import (
    ComplaintNotFound,
    close_complaint,
    deadline,
    get_complaint,
    list_complaints,
    record_complaint,
)
from channel_equity.store.models import Complaint
from channel_equity.store.session import Store

complaint_app = typer.Typer(help="follow up citizens' complaints: record, re-check, list, show, close, export",
                            no_args_is_help=True)


class Claim(StrEnum):
    online_only = "online-only"  # the counter refused, "apply online"
    offline_only = "offline-only"  # online promised, a visit demanded
    entry_broken = "entry-broken"  # the online application fails
    excess_visits = "excess-visits"  # more trips than the guide promises
    shared_data = "shared-data"  # papers the government already holds demanded
    other = "other"


class Status(StrEnum):
    open = "open"
    closed = "closed"


def allowed_urls(loaded: LoadedConfig, city_id: str, guides_urls: list[str]) -> list[str]:
    """The addresses whose hosts a complaint about the city may name: its portal, catalogue,
    channels pages, and the guides and online entries its latest scan read."""
    city = loaded.monitor.city(city_id)
    return [city.portal, *([city.catalog] if city.catalog else []), *city.channels_pages, *guides_urls]


def received_day(text: str | None, today: date) -> datetime:
    """The day a complaint came in (``YYYY-MM-DD``; ``today`` when not given), as midnight UTC."""
    try:
        day = date.fromisoformat(text) if text else today
    except ValueError:
        raise fail(f"--received {text!r}: expected a date such as 2026-12-04") from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


@complaint_app.command("add")
def add(
    config: ConfigOption,
    city: Annotated[str, typer.Option("--city", help="the city complained about (its config id)")],
    item: Annotated[str, typer.Option("--item", help="the item: its code, its name, or its guide's or entry's address")],
    claim: Annotated[Claim, typer.Option("--claim", help="what the citizen says happened")],
    text: Annotated[str, typer.Option("--text", help="the complaint in the citizen's words")],
    received: Annotated[str | None, typer.Option("--received", help="the day it came in, YYYY-MM-DD (today)")] = None,
    reference: Annotated[str | None, typer.Option("--reference", help="its number in your own register")] = None,
    by: Annotated[str | None, typer.Option("--by", help="who records it (the OS user)")] = None,
    no_recheck: Annotated[bool, typer.Option("--no-recheck", help="record it only; re-check it later")] = False,
    db: DbOption = None,
) -> None:
    """Record a complaint against the guide it is about (resolved in the city's latest scan), then
    re-check that item at once: its guide fetched again, its online entry visited, the claim's rules run."""
    loaded = load_or_exit(config)
    known_cities_or_exit(loaded, [city])
    store = store_or_exit(loaded, db)
    scan = reading.latest_scan(store)
    if scan is None:
        raise fail("no scan in the store yet: scan the province first, so that the item can be found")
    guides = city_guides(store, scan.id, city)
    urls = [url for guide in guides for url in (guide.guide_url, guide.entry_url) if url]
    try:
        found = resolve_item(guides, item, allowed_urls(loaded, city, urls))
    except ItemNotResolved as exc:
        raise fail(f"--item: {exc}") from None
    day = received_day(received, loaded.monitor.today())
    number = record_complaint(store, found.complaint(item, claim.value, text, day, reference, by or getpass.getuser()))
    console.print(f"complaint #{number} recorded: {escape(city)} {escape(found.describe())}, claim {claim.value}",
                  highlight=False, soft_wrap=True)
    if not no_recheck:
        recheck_and_print(loaded, store, [complaint_or_exit(store, number)], console)


@complaint_app.command("recheck")
def recheck(
    config: ConfigOption,
    number: Annotated[int | None, typer.Argument(help="the complaint's number (default: every open one)")] = None,
    db: DbOption = None,
) -> None:
    """Re-check one complaint, or every open one, in a small scan of their items: each verdict
    (substantiated, not-reproduced, could-not-check) is recorded with what was checked and its evidence."""
    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    rows = [complaint_or_exit(store, number)] if number is not None else list_complaints(store, "open")
    if any(row.status == "closed" for row in rows):
        raise fail(f"complaint #{number} is closed: a closed complaint is not re-checked")
    recheck_and_print(loaded, store, rows, console)


@complaint_app.command("list")
def list_(
    config: ConfigOption,
    status: Annotated[Status | None, typer.Option("--status", help="open or closed (both)")] = None,
    city: Annotated[str | None, typer.Option("--city", help="one city's complaints")] = None,
    db: DbOption = None,
) -> None:
    """The complaints, oldest first: city, item, claim, when due (overdue marked), status and the latest verdict."""
    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    table = Table("#", "city", "item", "claim", "received", "due", "status", "latest verdict")
    for row in list_complaints(store, status.value if status else None, city):
        due, overdue = deadline_of(row, loaded)
        latest = row.checks[-1].verdict if row.checks else "not re-checked yet"
        fixed = f", fixed since {row.fixed_since.date().isoformat()}" if row.fixed_since else ""
        table.add_row(str(row.id), escape(row.city_id), escape(row.item_name), row.claim,
                      row.received.date().isoformat(), due.isoformat() + (" [bold red]OVERDUE[/]" if overdue else ""),
                      row.status, latest + fixed)
    console.print(table)


@complaint_app.command("show")
def show(config: ConfigOption, number: Annotated[int, typer.Argument(help="the complaint's number")],
         db: DbOption = None) -> None:
    """One complaint: the claim, the guide it is about, its deadline, every re-check with its verdict and evidence."""
    loaded = load_or_exit(config)
    print_complaint(complaint_or_exit(store_or_exit(loaded, db), number), loaded)


@complaint_app.command("close")
def close(config: ConfigOption, number: Annotated[int, typer.Argument(help="the complaint's number")],
          note: Annotated[str, typer.Option("--note", help="why it is closed")], db: DbOption = None) -> None:
    """Close a complaint with a note (re-checks stop)."""
    store = store_or_exit(load_or_exit(config), db)
    try:
        close_complaint(store, number, note)
    except ComplaintNotFound as exc:
        raise fail(str(exc)) from None
    console.print(f"complaint #{number} closed")


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@complaint_app.command("export")
def export(
    config: ConfigOption,
    format: Annotated[ExportFormat, typer.Option(
        "--format", help="json, csv or xlsx (a workbook: needs --out)")] = ExportFormat.json,
    status: Annotated[Status | None, typer.Option("--status", help="open or closed (both)")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="write here instead of standard output")] = None,
    lang: Annotated[SheetLanguage, typer.Option(
        "--lang", help="xlsx: the language of the header row")] = SheetLanguage.zh,
    db: DbOption = None,
) -> None:
    """Export the complaints with every re-check (JSON array, or CSV with the same columns; the README
    lists them, or an XLSX workbook of the CSV's columns), their due dates and whether each is overdue today."""
    from channel_equity.reports.complaint_export import render_complaints, write_complaints_xlsx

    if format == ExportFormat.xlsx and out is None:
        raise fail("--format xlsx writes a binary workbook, never to standard output: give --out FILE.xlsx")
    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    chosen = status.value if status else None
    if format == ExportFormat.xlsx and out is not None:
        try:
            count = write_complaints_xlsx(store, loaded.monitor.complaints, out, lang, chosen,
                                          loaded.monitor.today())
        except OSError as exc:
            raise fail(f"--out {out}: cannot write it: {exc.strerror or exc}") from None
        console.print(f"wrote {escape(str(out))} ({count} complaints)", highlight=False, soft_wrap=True)
        return
    text = render_complaints(store, loaded.monitor.complaints, format.value, chosen, loaded.monitor.today())
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(f"wrote {out}")


def complaint_or_exit(store: Store, number: int) -> Complaint:
    try:
        return get_complaint(store, number)
    except ComplaintNotFound as exc:
        raise fail(str(exc)) from None


def deadline_of(row: Complaint, loaded: LoadedConfig) -> tuple[date, bool]:
    """The complaint's due date and whether it is open past it today (``complaints.deadline_working_days``)."""
    when = deadline(row, loaded.monitor.complaints, loaded.monitor.today())
    return when.due, when.overdue


def print_complaint(row: Complaint, loaded: LoadedConfig) -> None:
    due, overdue = deadline_of(row, loaded)
    lines = [f"complaint #{row.id} ({row.status}) — {row.city_id}: {row.item_name} ({row.item_code or 'no code'})",
             f"  guide: {row.guide_url}", f"  online entry: {row.entry_url or 'none stated'}",
             f"  claim: {row.claim}; received {row.received.date().isoformat()}"
             + (f"; reference {row.reference}" if row.reference else "") + f"; recorded by {row.recorded_by}",
             f"  due {due.isoformat()}" + (" — OVERDUE" if overdue else "")
             + (f"; fixed since {row.fixed_since.date().isoformat()}" if row.fixed_since else ""),
             f"  text: {row.text}"]
    for check in row.checks or ():
        lines.append(f"  re-check {check.checked_at.isoformat(timespec='minutes')} (scan {check.scan_id}): "
                     f"{check.verdict} — {check.detail}")
        lines += [f"    checked: {line}" for line in check.checked]
        lines += [f"    evidence ({cited['rule']}): {cited['url']}: “{cited.get('excerpt') or ''}”"
                  for cited in check.evidence]
        if check.finding_ids:
            lines.append(f"    findings: {', '.join(f'#{number}' for number in check.finding_ids)}")
    if not row.checks:
        lines.append("  not re-checked yet")
    if row.closed_at is not None:
        lines.append(f"  closed {row.closed_at.isoformat(timespec='minutes')}: {row.close_note}")
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
