"""What a rule says about one subject in one scan, with the evidence an inspector can stand behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Evidence:
    """Where the rule saw it: the page, when, its status and hash, and the exact words."""

    url: str | None
    fetched_at: datetime | None
    http_status: int | None
    sha256: str | None
    excerpt: str
    snapshot: str | None = None  # "sha256:<hex>": the stored body of the page
    screenshot: str | None = None


@dataclass(frozen=True)
class Verdict:
    """A rule firing. ``subject`` identifies what it fired on, stably from scan to scan:
    the item's identity for item rules, the page's path for page rules, "" for the city."""

    rule: str
    city_id: str
    subject: str
    message: str
    evidence: Evidence
    item_code: str | None = None
    item_name: str | None = None
    standard_code: str | None = None
    dimension: str | None = None
