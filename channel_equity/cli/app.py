"""The ``channel-equity`` command line: each command a function, its help says what it writes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from channel_equity.cli.common import (
    ConfigOption,
    DbOption,
    console,
    fail,
    in_file,
    known_cities_or_exit,
    load_or_exit,
    print_line,
    store_or_exit,
)
from channel_equity.cli.complaint import complaint_app
from channel_equity.cli.exit_codes import ExitCode
from channel_equity.cli.triage import triage_app
from channel_equity.core.config import ConfigError, LoadedConfig
from channel_equity.store.session import Store, StoreError

if TYPE_CHECKING:
    from channel_equity.checks.runner import CheckSummary

app = typer.Typer(
    help="Watch a province's government-service portals and report channel-rule violations with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
@contextmanager
def lock_or_exit(loaded: LoadedConfig, store: Store) -> Iterator[None]:
    """Hold the province's run lock for the block, or exit 4 (``LOCKED``) naming its live holder."""
    from channel_equity.cli.nightly import locked_message, province_lock
    from channel_equity.store.locking import LockHeld

    with ExitStack() as held:
        try:  # only taking the lock is answered with "locked"; the block's own errors pass through
            held.enter_context(province_lock(loaded, store, console))
        except LockHeld as exc:
            raise fail(locked_message(loaded, exc), ExitCode.LOCKED) from None
        yield


NoProbesOption = Annotated[bool, typer.Option(
    "--no-probes", help="only crawl: skip the headless-browser probes (config: probes.enabled)")]


@app.command()
def scan(
    config: ConfigOption,
    city: Annotated[list[str] | None, typer.Option("--city", help="scan only this city id (repeatable)")] = None,
    db: DbOption = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="continue the province's interrupted scan: what it stored is not fetched again")] = False,
    no_probes: NoProbesOption = False,
) -> None:
    """Crawl the configured portals into the store: every page as evidence, every guide as an observation;
    then visit each portal and online entry in headless Chromium (the probes) unless --no-probes.

    Holds the province's run lock: while another scan or run of it is going, exits 4 and does nothing.
    With --resume, continues the latest scan if it was interrupted (a crash, a kill), else starts a new one."""
    from channel_equity.cli.nightly import scan_to_resume
    from channel_equity.cli.scan import scan_and_print

    loaded = load_or_exit(config)
    known_cities_or_exit(loaded, city)
    store = store_or_exit(loaded, db)
    with lock_or_exit(loaded, store):
        scan_and_print(loaded, store, city or None, console, scan_to_resume(loaded, store, resume, console),
                       probes=not no_probes)


ScanOption = Annotated[int | None, typer.Option("--scan", help="scan id (default: the latest finished scan)")]


def check_or_exit(loaded: LoadedConfig, store: Store, scan_id: int | None) -> CheckSummary:
    from channel_equity.checks.registry import RuleConfigError
    from channel_equity.checks.runner import CheckError, run_checks
    from channel_equity.cli.check import print_check_summary

    try:
        summary = run_checks(loaded, store, scan_id)
    except RuleConfigError as exc:
        raise fail(in_file(loaded.path, exc)) from None
    except CheckError as exc:
        raise fail(str(exc)) from None
    print_check_summary(summary, console)
    return summary


@app.command()
def check(config: ConfigOption, scan: ScanOption = None, db: DbOption = None) -> None:
    """Run the rules over a scan (the latest by default) and update the findings and their history.

    Re-run it after changing thresholds, lexicons or the policy: nothing is crawled again.
    """
    loaded = load_or_exit(config)
    check_or_exit(loaded, store_or_exit(loaded, db), scan)


class Language(StrEnum):
    zh = "zh"
    en = "en"


OutOption = Annotated[
    Path | None, typer.Option("--out", help="directory for the report site (default: var/report beside the config)")
]
LangOption = Annotated[Language, typer.Option("--lang", help="language of the report")]


PdfOption = Annotated[
    bool, typer.Option("--pdf", help="also print the overview and every city page to PDF (pdf/ in the report)")
]


def report_or_exit(loaded: LoadedConfig, store: Store, out: Path | None, lang: Language, scan_id: int | None,
                   pdf: bool = False) -> Path:
    from channel_equity.cli.report import ReportError, render_report

    try:
        index = render_report(loaded, store, out, lang.value, scan_id, pdf=pdf)
    except (StoreError, ReportError) as exc:
        raise fail(str(exc)) from None
    console.print(f"report: {index.resolve()}")
    if pdf:
        console.print(f"pdf: {(index.parent / 'pdf').resolve()}")
    return index


@app.command()
def report(config: ConfigOption, out: OutOption = None, lang: LangOption = Language.zh, scan: ScanOption = None,
           pdf: PdfOption = False, db: DbOption = None) -> None:
    """Render the static HTML report site (overview, cities, findings, coverage) with CSV/JSON exports.

    Writes index.html, city/, finding/, coverage.html, snapshots/, findings.csv and findings.json into --out; with --pdf also pdf/index.pdf and pdf/city/*.pdf.
    """
    loaded = load_or_exit(config)
    report_or_exit(loaded, store_or_exit(loaded, db), out, lang, scan, pdf)


@app.command()
def run(
    config: ConfigOption, out: OutOption = None, lang: LangOption = Language.zh, db: DbOption = None,
    resume: Annotated[bool | None, typer.Option(
        "--resume/--no-resume", help="continue the interrupted scan however old / always start afresh "
        "(default: continue one interrupted in the last 12 hours)", show_default=False)] = None,
    no_probes: NoProbesOption = False,
) -> None:
    """Scan every configured portal, check, re-check every open complaint, and write the report: what the
    nightly job runs.

    A scan of the same night left interrupted (a crash, a kill) is continued, not started again.

    Ends with a one-line summary and exits 0 (all read), 3 (checked and reported, but some
    portal not fully read), 4 (another scan of the province is running: nothing done), 2 (a
    config or store error) or 1 (an unexpected failure)."""
    from channel_equity.cli.complaint_recheck import recheck_open_complaints
    from channel_equity.cli.nightly import RunOutcome, scan_to_resume
    from channel_equity.cli.scan import scan_and_print

    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    with lock_or_exit(loaded, store):
        scan_id, results = scan_and_print(loaded, store, None, console, scan_to_resume(loaded, store, resume, console),
                                          probes=not no_probes)
        checked = check_or_exit(loaded, store, scan_id)
        complaints = recheck_open_complaints(loaded, store, console)
        index = report_or_exit(loaded, store, out, lang, scan_id)
    outcome = RunOutcome(scan_id, results, checked, index.resolve(), complaints)
    console.print(outcome.summary(), highlight=False, soft_wrap=True)
    from channel_equity.cli.notify import notify_after_run

    notify_after_run(loaded, store, outcome, print_line)  # a failing target is logged; the exit code stays
    raise typer.Exit(outcome.exit_code)


@app.command()
def schedule(
    config: ConfigOption,
    out: OutOption = None,
    lang: LangOption = Language.zh,
    db: DbOption = None,
    runs: Annotated[int | None, typer.Option("--runs", min=1, help="stop after this many runs (default: never)")] = None,
) -> None:
    """Run `run` on the config's `schedule:` cron expression (local time) until stopped (SIGTERM, Ctrl-C).

    Each run is a child process; its start, end and exit code are logged. A run still going when the
    next one is due makes that one exit 4 (locked), logged as such. Exits with the last run's code."""
    from channel_equity.cli.schedule import run_schedule

    loaded = load_or_exit(config)
    if loaded.monitor.schedule is None:
        raise fail(f"{config}: schedule: missing: add a cron expression such as '30 1 * * *'")
    arguments = ["--config", str(config.resolve()), "--lang", lang.value]
    arguments += ["--out", str(out.resolve())] if out is not None else []
    arguments += ["--db", db] if db is not None else []

    def log(line: str) -> None:
        console.print(line, highlight=False, soft_wrap=True)

    log(f"schedule: {loaded.monitor.schedule!r} for {loaded.monitor.province.id} ({config})")
    raise typer.Exit(run_schedule(loaded.monitor.schedule, arguments, runs, log))


@app.command()
def probe(
    config: ConfigOption,
    city: Annotated[list[str] | None, typer.Option("--city", help="probe only this city id (repeatable)")] = None,
    item: Annotated[list[str] | None, typer.Option(
        "--item", help="probe only the online entry of this guide (item code or name; repeatable)")] = None,
    scan: ScanOption = None,
    db: DbOption = None,
) -> None:
    """Run the headless-browser probes alone over the latest finished scan (or --scan): each city's home page
    and its guides' online entries, visited in Chromium; screenshots, WARCs and what each page is made of are
    stored under that scan. Run `check` afterwards to judge them.

    Probing whole cities again replaces their earlier visits in that scan. Holds the province's run lock."""
    from channel_equity.cli.probe import probe_and_print
    from channel_equity.store.reading import get_scan, latest_scan

    loaded = load_or_exit(config)
    known_cities_or_exit(loaded, city)
    store = store_or_exit(loaded, db)
    chosen = get_scan(store, scan) if scan is not None else latest_scan(store, province_id=loaded.monitor.province.id)
    if chosen is None:
        raise fail(f"no scan {scan} in the store" if scan is not None else
                   "no finished scan of the province in the store: run `channel-equity scan` first")
    if chosen.kind != "nightly":
        raise fail(f"scan {chosen.id} is a complaint's re-check of one item: `complaint recheck` probes its entry")
    with lock_or_exit(loaded, store):
        summary = probe_and_print(loaded, store, chosen.id, console, city or None, item or None)
    if item and summary.planned == 0:
        raise fail(f"no online entry of {', '.join(item)} in scan {chosen.id}"
                   + (f" for {', '.join(city)}" if city else ""))


@app.command()
def findings(
    config: ConfigOption,
    format: Annotated[str, typer.Option("--format", help="json, csv or xlsx (a workbook for triage: needs --out)")] = "json",
    status: Annotated[str, typer.Option("--status", help="open (open and reopened) or all")] = "open",
    out: Annotated[Path | None, typer.Option("--out", help="write here instead of standard output")] = None,
    lang: Annotated[Language, typer.Option("--lang", help="xlsx: the language of the header row")] = Language.zh,
    db: DbOption = None,
) -> None:
    """Export findings in the documented format (JSON array, or CSV with the same columns), or as an
    XLSX workbook for inspectors, with empty decision and reason columns to fill in and `triage import`."""
    from channel_equity.reports.export import render_findings

    if format not in ("json", "csv", "xlsx"):
        raise fail(f"--format: expected json or csv, or xlsx (a workbook, with --out), got {format!r}")
    if status not in ("open", "all"):
        raise fail(f"--status: expected open or all, got {status!r}")
    if format == "xlsx" and out is None:
        raise fail("--format xlsx writes a binary workbook, never to standard output: give --out FILE.xlsx")
    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    if format == "xlsx" and out is not None:
        from channel_equity.reports.xlsx.columns import SheetLanguage
        from channel_equity.reports.xlsx.findings_sheet import write_findings_xlsx

        try:
            count = write_findings_xlsx(store, "open" if status == "open" else "all", SheetLanguage(lang.value), out)
        except OSError as exc:
            raise fail(f"--out {out}: cannot write it: {exc.strerror or exc}") from None
        console.print(f"wrote {out} ({count} findings)", markup=False, highlight=False, soft_wrap=True)
        return
    text = render_findings(store, format, "open" if status == "open" else "all")
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(f"wrote {out}")


@app.command("notify-test")
def notify_test(
    config: ConfigOption,
    latest: Annotated[bool, typer.Option(
        "--latest", help="send the digest of the latest finished scan, marked as a test, instead of a short line")] = False,
    db: DbOption = None,
) -> None:
    """Send a test message to every `notify:` target and say which received it (targets shown redacted).

    Exits 0 when every target took the message, 2 when one did not (an unset variable, a wrong URL or
    password, a server down)."""
    from channel_equity.cli.notify import send_test_notification

    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db) if latest else None
    try:
        result = send_test_notification(loaded, print_line, store=store)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    raise typer.Exit(result.exit_code)


@app.command()
def prune(
    config: ConfigOption,
    keep: Annotated[int, typer.Option(
        "--keep", min=1, show_default=False,
        help="keep the page bodies of this many newest finished scans (and of any scan since)")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="only count what would be removed")] = False,
    vacuum: Annotated[bool, typer.Option(
        "--vacuum", help="SQLite: compact the file afterwards and say by how much")] = False,
    db: DbOption = None,
) -> None:
    """Remove the page bodies of the province's scans older than its newest --keep finished ones.

    Never removes what a finding not yet resolved (or resolved by a kept scan) or a complaint cites;
    coverage, observations and findings' history stay. Holds the province's run lock (exit 4 while a
    scan runs), except with --dry-run, which changes nothing."""
    from channel_equity.cli.prune import prune_and_print

    loaded = load_or_exit(config)
    store = store_or_exit(loaded, db)
    # a dry run takes no lock: taking it marks a dead process's scan interrupted, a change
    try:
        with nullcontext() if dry_run else lock_or_exit(loaded, store):
            prune_and_print(loaded, store, keep, dry_run=dry_run, vacuum=vacuum and not dry_run, console=console)
    except StoreError as exc:
        raise fail(str(exc)) from None


@app.command()
def demo(
    workdir: Annotated[Path, typer.Option("--workdir", help="where the demo store and ground truth go")] = Path(
        "var/demo"
    ),
    db: DbOption = None,
) -> None:
    """Serve the bundled simulated province on 127.0.0.1, scan it, check it and write its report.

    Writes demo.yaml (the demo province's config, from the simulator), monitor.db, ground-truth.json and report/ into --workdir.
    """
    from channel_equity.cli.demo import run_demo, write_demo_config

    workdir.mkdir(parents=True, exist_ok=True)
    loaded = load_or_exit(write_demo_config(workdir / "demo.yaml"))
    url = db or f"sqlite:///{(workdir / 'monitor.db').resolve()}"
    store = store_or_exit(loaded, url)
    try:
        run_demo(loaded, store, workdir, console)
    except OSError as exc:
        raise fail(f"cannot serve the simulated province: {exc}") from None


app.add_typer(complaint_app, name="complaint")
app.add_typer(triage_app, name="triage")


def main() -> None:  # pragma: no cover - console entry point
    app()
