"""Message ids (English) for the values the store keeps as codes: severities, finding and
city statuses, lifecycle events, fetch-error kinds, city figures, complaints' claims,
statuses and verdicts. Translated through the catalogs."""

from __future__ import annotations

from typing import Final

SEVERITIES: Final = ("critical", "high", "medium", "low", "info")

SEVERITY_LABELS: Final = {
    "critical": "Critical",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    "info": "Info",
}

STATUS_LABELS: Final = {
    "open": "Open",
    "reopened": "Reopened",
    "resolved": "Resolved",
    "ok": "Covered",
    "partial": "Partly covered",
    "empty": "Nothing read",
    "unreachable": "Unreachable",
    "missing": "Not scanned",
}

EVENT_LABELS: Final = {"opened": "Opened", "resolved": "Resolved", "reopened": "Reopened"}
DECISION_LABELS: Final = {"accept": "Accepted", "dismiss": "Dismissed", "reopen": "Reopened by an inspector"}
AUTOMATIC_REOPEN: Final = "Reopened: the evidence changed"

BASIS_LABELS: Final = {
    "stated": "Established from fields the guide states under their labels",
    "prose": "Established from the guide's own sentences or wording",
    "corroborated": "Established by two independent signals that agree",
    "inferred": "Rests on values the monitor inferred: check against the page",
    "measured": "Established by what the monitor measured (a status, a failure, a share)",
}
"""How a finding was established (``checks.verdict.Basis``), as the finding page says it."""

ERROR_KIND_LABELS: Final = {
    "dns": "DNS lookup failed",
    "refused": "Connection refused",
    "timeout": "Timed out",
    "tls": "TLS error",
    "http": "HTTP error",
    "too-large": "Response too large",
    "empty-body": "Empty page (HTTP 200 with nothing in it)",
    "script-timeout": "Page scripts never finished",
    "redirect-limit": "Redirect loop or too many redirects",
    "redirect-loop": "Redirect loop",
    "redirect-to-seen": "Redirects to a page already asked for",
    "url-too-long": "Link too long to request",
    "connection": "Connection lost or response incomplete",
    "browser": "Headless browser error",
    "cancelled": "Download cancelled",
    "ignored": "Request dropped by the crawler",
    "decode": "Undecodable text",
    "parse": "Unparsable page",
    "robots": "Disallowed by robots.txt",
    "offsite": "Off-site link",
    "other": "Other error",
}


def error_kind_label(kind: str) -> str:
    return ERROR_KIND_LABELS.get(kind, "Other error")

FIGURE_LABELS: Final = {
    "standard_items": "Standard items found on the portal",
    "immediate": "Share of immediately handled items",
    "online_required": "Online handling offered where the standard requires it",
    "counter_required": "Counter handling offered where the standard requires it",
    "online_any": "Guides offering online handling",
    "counter_any": "Guides offering counter handling",
}

DIMENSION_LABELS: Final = {"visits": "On-site visits", "promised_days": "Promised days", "materials": "Materials",
                           "online_available": "Handled online", "fee": "Fee charged"}

CLAIM_LABELS: Final = {
    "online-only": "The counter refused and sent the citizen online",
    "offline-only": "Online handling promised, a visit demanded",
    "entry-broken": "The online application does not work",
    "excess-visits": "More visits than the guide promises",
    "shared-data": "Papers the government already holds demanded",
    "other": "Other",
}
"""What a complaint says went wrong (``store.models.ComplaintClaim``)."""

COMPLAINT_STATUS_LABELS: Final = {"open": "Not closed", "closed": "Closed"}

UNCHECKED: Final = "unchecked"
VERDICT_LABELS: Final = {
    "substantiated": "Substantiated",
    "not-reproduced": "Not reproduced",
    "could-not-check": "Could not check",
    UNCHECKED: "Not re-checked yet",
}
"""A re-check's verdict (``store.models.ComplaintVerdict``), and the state of a complaint never re-checked."""
