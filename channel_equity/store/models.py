"""What the store keeps: scans, the evidence they fetched, what the guides said, findings.

The same models serve SQLite (the default, one file beside the config) and PostgreSQL (at
scale), so only types both understand are used: JSON for lists and dicts, ``LargeBinary``
for bodies, and a timestamp type that is timezone-aware UTC on both (SQLite has no time
zones, so :class:`UtcDateTime` stores naive UTC there and puts ``tzinfo`` back on reading).

Scraped text is ``Text`` without a length: a portal can put anything into any field, and a
limit that PostgreSQL enforces but SQLite ignores would make the backends disagree about
what can be stored. Lengths appear only on values this program itself produces (statuses,
hashes).

Any change here needs a new Alembic revision (``python -m channel_equity.store.migrate
revision -m "..." --autogenerate``); a test fails while models and migrations differ.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final, Literal, get_args

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ScanStatus = Literal["running", "finished", "failed", "interrupted"]
CityStatus = Literal["ok", "unreachable", "partial", "empty"]
FindingStatus = Literal["open", "resolved", "reopened"]
MatchMethod = Literal["code", "name", "alias", "unmatched"]
ProbeStatus = Literal["done", "failed"]
ComplaintClaim = Literal["online-only", "offline-only", "entry-broken", "excess-visits", "shared-data", "other"]
ComplaintStatus = Literal["open", "closed"]
ComplaintVerdict = Literal["substantiated", "not-reproduced", "could-not-check"]
ScanKind = Literal["nightly", "complaint"]
TriageAction = Literal["accept", "dismiss", "reopen"]

SCAN_STATUSES: Final = get_args(ScanStatus)
CITY_STATUSES: Final = get_args(CityStatus)
FINDING_STATUSES: Final = get_args(FindingStatus)
MATCH_METHODS: Final = get_args(MatchMethod)
PROBE_STATUSES: Final = get_args(ProbeStatus)
COMPLAINT_CLAIMS: Final = get_args(ComplaintClaim)
COMPLAINT_STATUSES: Final = get_args(ComplaintStatus)
COMPLAINT_VERDICTS: Final = get_args(ComplaintVerdict)
SCAN_KINDS: Final = get_args(ScanKind)
TRIAGE_ACTIONS: Final = get_args(TriageAction)

FETCH_ERROR_KINDS: Final = (
    "dns",
    "refused",
    "timeout",
    "tls",
    "http",
    "too-large",
    "empty-body",
    "script-timeout",
    "redirect-limit",
    "redirect-loop",
    "redirect-to-seen",
    "url-too-long",
    "connection",
    "browser",
    "cancelled",
    "ignored",
    "decode",
    "parse",
    "robots",
    "offsite",
    "other",
)
"""The kinds the crawler is expected to use; the column accepts others so that a new
failure mode is recorded rather than lost."""

NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Deterministic constraint names, so later migrations (and SQLite batch mode, which
recreates tables) can refer to constraints by name on both backends."""


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend.

    Naive datetimes are refused when written: a naive value's zone is a guess, and evidence
    timestamps ("fetched at") must not be guesses.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store keeps timezone-aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, as the store wants it (aware, UTC)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime, str: Text}


class Scan(Base):
    """One run of ``scan``: a crash leaves ``running`` behind, which a later run marks
    ``interrupted`` rather than mistaking it for a finished scan.

    ``kind`` is ``nightly`` for a scan of the province's portals and ``complaint`` for the small
    scan a complaint's re-check makes of one item: never "the latest scan" of the province."""

    __tablename__ = "scans"
    __table_args__ = (
        CheckConstraint(_one_of("status", SCAN_STATUSES), name="status"),
        CheckConstraint(_one_of("kind", SCAN_KINDS), name="kind"),
        Index(None, "province_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    province_id: Mapped[str]
    config_path: Mapped[str | None]
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")
    notes: Mapped[str | None]
    kind: Mapped[str] = mapped_column(String(16), default="nightly", server_default="nightly")


class ScanCity(Base):
    """How one city's portal went in one scan: the coverage record that keeps an
    unreachable portal from reading as "no violations"."""

    __tablename__ = "scan_cities"
    __table_args__ = (
        UniqueConstraint("scan_id", "city_id"),
        CheckConstraint(_one_of("status", CITY_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    city_id: Mapped[str]
    portal_url: Mapped[str]
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None]
    pages_fetched: Mapped[int] = mapped_column(default=0)
    items_extracted: Mapped[int] = mapped_column(default=0)
    error_count: Mapped[int] = mapped_column(default=0)
    stated_total: Mapped[int | None]  # the most items a list page that led to a guide says it holds
    unread_guides: Mapped[int] = mapped_column(default=0, server_default="0")  # guide-like pages, no guide read


class NotJudgedRecord(Base):
    """A rule that could not judge a city in a scan, and why (too little of its portal read,
    too few guides stating the field): shown as a gap, never read as compliance. ``check``
    rewrites a scan's rows each time it judges the scan."""

    __tablename__ = "not_judged"
    __table_args__ = (Index(None, "scan_id", "city_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(64))
    city_id: Mapped[str]
    reason: Mapped[str]
    # what the report translates: gettext(template) formatted with args (reason is the English)
    template: Mapped[str | None]
    args: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class Blob(Base):
    """A response body, stored once however many pages (and scans) returned it.

    Keyed by the SHA-256 of the *uncompressed* body, so the hash quoted in a finding's
    evidence can be checked against any copy of the page an inspector holds.
    """

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]  # uncompressed bytes
    data: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed body


class Page(Base):
    """One fetched response: the evidence a finding points at."""

    __tablename__ = "pages"
    __table_args__ = (Index(None, "scan_id", "city_id"), Index(None, "url"), Index(None, "scan_id", "request_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    city_id: Mapped[str]
    url: Mapped[str]
    # The request that fetched it (its fingerprint, "rendered" when through Chromium): a resumed
    # scan answers that request from the store instead of fetching it again.
    request_key: Mapped[str | None] = mapped_column(String(200))
    final_url: Mapped[str | None]  # after redirects, when different
    http_status: Mapped[int]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    content_type: Mapped[str | None]
    declared_encoding: Mapped[str | None]  # from the header or <meta>: often wrong on these portals
    detected_encoding: Mapped[str | None]  # what the bytes turned out to be
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blobs.sha256"), index=True)
    rendered: Mapped[bool] = mapped_column(default=False)  # read through headless Chromium
    # The response's validators, for the next scan's conditional request ("changed since?").
    etag: Mapped[str | None] = mapped_column(String(200))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    # Named guide fields, yet no guide could be read from it: a gap in coverage, listed.
    unread_guide: Mapped[bool] = mapped_column(default=False, server_default=false())
    # What a headless-browser probe saw (the DOM as rendered), kept apart from the crawl's pages:
    # the crawl's rules read the crawl, the probe rules read their probes.
    probed: Mapped[bool] = mapped_column(default=False, server_default=false())

    body: Mapped[Blob] = relationship(lazy="raise")


class ProbeResult(Base):
    """One visit of a headless-browser probe: what a citizen's browser met at ``target_url``.

    ``status`` is ``done`` when the page was visited (whatever it showed — an HTTP error page is
    a result), ``failed`` when the probe itself could not finish (browser crashed twice, the probe
    ran out of time): a gap, never a verdict. The page as rendered is a ``pages`` row
    (``probed``), so every excerpt a probe finding quotes can be found in a stored body; the
    screenshot and the WARC of the visit's requests and responses are blobs.
    """

    __tablename__ = "probe_results"
    __table_args__ = (
        Index(None, "scan_id", "city_id"),
        CheckConstraint(_one_of("status", PROBE_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    city_id: Mapped[str]
    probe: Mapped[str] = mapped_column(String(32))  # entry, page, ...: which probe ran
    role: Mapped[str] = mapped_column(String(32))  # home, catalogue, guide, entry, ...: what the target is
    variant: Mapped[str] = mapped_column(String(32), default="chromium")  # the browser identity it used
    target_url: Mapped[str] = mapped_column(Text)
    item_code: Mapped[str | None] = mapped_column(Text)  # the guide whose entry it is, when one is
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)  # why it failed, or what went wrong on the way
    attempts: Mapped[int] = mapped_column(default=1)
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id", ondelete="SET NULL"))
    final_url: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None]
    redirects: Mapped[list[str]] = mapped_column(JSON, default=list)  # every URL on the way, in order
    console_errors: Mapped[list[str]] = mapped_column(JSON, default=list)
    timings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # milliseconds
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # what the page is made of
    screenshot_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blobs.sha256"))
    warc_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blobs.sha256"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    duration_ms: Mapped[int] = mapped_column(default=0)


class FetchError(Base):
    """A request that produced no usable page: a coverage gap, never a clean result."""

    __tablename__ = "fetch_errors"
    __table_args__ = (Index(None, "scan_id", "city_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    city_id: Mapped[str]
    url: Mapped[str]
    kind: Mapped[str] = mapped_column(String(32))  # see FETCH_ERROR_KINDS
    http_status: Mapped[int | None]
    message: Mapped[str]
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Observation(Base):
    """One guide as read in one scan: a :class:`GuideObservation` plus where it came from
    and, once the checks ran, which standard item it matched."""

    __tablename__ = "observations"
    __table_args__ = (
        Index(None, "scan_id", "city_id"),
        Index(None, "city_id", "item_code"),
        CheckConstraint(_one_of("match_method", MATCH_METHODS), name="match_method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scans.id", ondelete="CASCADE"))
    city_id: Mapped[str]
    page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id", ondelete="SET NULL"), index=True)
    standard_code: Mapped[str | None]
    match_method: Mapped[str | None] = mapped_column(String(16))

    url: Mapped[str]
    item_code: Mapped[str | None]
    basic_code: Mapped[str | None]
    name: Mapped[str]
    item_type: Mapped[str | None]
    department: Mapped[str | None]
    levels: Mapped[list[str]] = mapped_column(JSON, default=list)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    online_available: Mapped[bool | None]
    online_entry_url: Mapped[str | None]
    # An entry the crawler found to be the portal's navigation (a menu link nearly every guide
    # gives): kept aside, never read by the rules, counted again by the next scan.
    shared_entry_url: Mapped[str | None] = mapped_column(Text)
    online_depth: Mapped[int | None]
    visits: Mapped[int | None]
    visit_reason: Mapped[str | None]
    statutory_days: Mapped[int | None]
    promised_days: Mapped[int | None]
    case_type: Mapped[str | None]
    fee: Mapped[bool | None]
    appointment: Mapped[bool | None]
    express: Mapped[bool | None]
    channel_text: Mapped[str | None]
    raw_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    materials: Mapped[list[ObservedMaterial]] = relationship(
        order_by="ObservedMaterial.position", cascade="all, delete-orphan", lazy="selectin"
    )
    locations: Mapped[list[ObservedLocation]] = relationship(
        order_by="ObservedLocation.position", cascade="all, delete-orphan", lazy="selectin"
    )


class ObservedMaterial(Base):
    """One row of a guide's 申请材料, in the guide's order (``position``)."""

    __tablename__ = "observed_materials"
    __table_args__ = (UniqueConstraint("observation_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(ForeignKey("observations.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str]
    form: Mapped[str | None] = mapped_column(String(16))
    copies: Mapped[str | None]
    source: Mapped[str | None]
    exempt: Mapped[bool] = mapped_column(default=False)
    necessity: Mapped[str | None]
    wording: Mapped[str | None]


class ObservedLocation(Base):
    """One place a guide says the item is handled, in the guide's order."""

    __tablename__ = "observed_locations"
    __table_args__ = (UniqueConstraint("observation_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(ForeignKey("observations.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str]
    level: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None]
    hours: Mapped[str | None]
    phone: Mapped[str | None]


class Finding(Base):
    """A rule that fired for a city (and item, and dimension), tracked across scans.

    ``fingerprint`` is what makes a finding the same one from night to night, so it is
    unique: the checks update the row's lifecycle (``last_seen``, ``status``) instead of
    adding rows. The evidence columns hold the latest evidence.
    """

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("fingerprint"),
        Index(None, "city_id", "rule"),
        Index(None, "status"),
        CheckConstraint(_one_of("status", FINDING_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str]
    rule: Mapped[str]
    city_id: Mapped[str]
    subject: Mapped[str] = mapped_column(default="")  # item identity, page path, or "" for the city
    item_code: Mapped[str | None]  # None for portal-level findings
    item_name: Mapped[str | None]
    standard_code: Mapped[str | None]
    dimension: Mapped[str | None]  # exceeds-standard only: visits | promised_days | materials
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    message: Mapped[str]  # the English sentence, as exported
    # what the report translates: gettext(message_template) formatted with message_args
    # (scraped words among them); rows written before there were templates have neither
    message_template: Mapped[str | None]
    message_args: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    last_scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))

    evidence_url: Mapped[str | None]
    evidence_fetched_at: Mapped[datetime | None]
    evidence_http_status: Mapped[int | None]
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    evidence_excerpt: Mapped[str | None]
    evidence_snapshot: Mapped[str | None]  # a WARC record or "sha256:<hex>" naming a stored body
    evidence_screenshot: Mapped[str | None]  # a probe's screenshot: "sha256:<hex>" of a stored PNG, or a path
    evidence_warc: Mapped[str | None]  # "sha256:<hex>": the WARC of the probe's visit
    # a portal-wide finding of a page-level rule: every page it was seen on (the URLs asked for)
    evidence_pages: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # where the excerpt stands in the stored page: [{"start", "end", "source": visible | code}]
    evidence_spans: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, server_default="[]")
    evidence_quoted: Mapped[bool | None]  # the page's own words (True), not printed there (False), no page (None)
    # how it was established: stated | prose | corroborated | inferred | measured (checks.verdict.Basis)
    evidence_basis: Mapped[str | None] = mapped_column(String(16))


FindingEventKind = Literal["opened", "resolved", "reopened"]
FINDING_EVENT_KINDS: Final = get_args(FindingEventKind)


class FindingEvent(Base):
    """A step in a finding's history: when it was opened, resolved or reopened, by which scan."""

    __tablename__ = "finding_events"
    __table_args__ = (
        Index(None, "finding_id"),
        CheckConstraint(_one_of("event", FINDING_EVENT_KINDS), name="event"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"))
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))
    event: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]


class TriageEvent(Base):
    """An inspector's decision on a finding — accepted, dismissed (with the reason), reopened —
    or the monitor reopening a dismissed finding whose evidence changed (``automatic``, with the
    scan that saw it). Append-only, and keyed to the finding's fingerprint, so a decision
    outlives every later scan; ``evidence_hash`` is the finding's evidence when it was taken."""

    __tablename__ = "triage_events"
    __table_args__ = (
        Index(None, "fingerprint", "id"),
        CheckConstraint(_one_of("action", TRIAGE_ACTIONS), name="action"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None]
    decided_by: Mapped[str]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    evidence_hash: Mapped[str] = mapped_column(String(64))
    automatic: Mapped[bool] = mapped_column(default=False, server_default=false())
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))


class RunLock(Base):
    """Who is scanning a province now: one row per lock name, so that two runs never overlap —
    in the store, so that it holds across machines sharing a PostgreSQL store. The holder's host
    and pid tell a crashed holder (same host, process gone) from a live one; its heartbeat tells
    a holder on another host that stopped beating."""

    __tablename__ = "run_locks"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]
    acquired_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class Complaint(Base):
    """A citizen's complaint about one item of one city, as an inspector recorded it, and the
    guide it was resolved to (by code, name or address) when it was recorded. It stays open until
    an inspector closes it; ``fixed_since`` is when a substantiated complaint's finding resolved."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index(None, "status", "city_id"),
        CheckConstraint(_one_of("status", COMPLAINT_STATUSES), name="status"),
        CheckConstraint(_one_of("claim", COMPLAINT_CLAIMS), name="claim"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[str]
    item_ref: Mapped[str]  # what the inspector gave: a name, a code or an address
    item_code: Mapped[str | None]
    item_name: Mapped[str]
    guide_url: Mapped[str]
    entry_url: Mapped[str | None]
    claim: Mapped[str] = mapped_column(String(32))
    text: Mapped[str]
    received: Mapped[datetime]  # the day the complaint came in (midnight UTC of that day)
    reference: Mapped[str | None]  # the complaint's number in the inspector's own register
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str]
    status: Mapped[str] = mapped_column(String(16), default="open")
    closed_at: Mapped[datetime | None]
    close_note: Mapped[str | None]
    fixed_since: Mapped[datetime | None]
    checks: Mapped[list[ComplaintCheck]] = relationship(back_populates="complaint", cascade="all, delete-orphan",
                                                        order_by="ComplaintCheck.id")


class ComplaintCheck(Base):
    """One re-check of a complaint's item: its verdict, what was checked (or why it could not
    be), and the findings that bore the complaint out."""

    __tablename__ = "complaint_checks"
    __table_args__ = (
        Index(None, "complaint_id"),
        CheckConstraint(_one_of("verdict", COMPLAINT_VERDICTS), name="verdict"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)
    verdict: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str]  # what was checked, or why it could not be (English)
    finding_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    rules: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # the rules run for the claim
    checked: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")  # what was fetched and visited
    # what fired: per verdict its rule, message, URL, excerpt and stored evidence ("sha256:…")
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, server_default="[]")
    complaint: Mapped[Complaint] = relationship(back_populates="checks")
