"""Findings as an XLSX workbook for inspectors' triage (``findings --format xlsx``).

One sheet, one row per finding: what the JSON export says of it, flattened, plus its number,
its fingerprint and the hash of its evidence (the one a decision records,
:func:`channel_equity.store.triage.finding_evidence_hash`), so that ``triage import`` can tell the row's finding and whether
its evidence changed since the sheet was written. Two columns are left empty for the
inspector: ``decision`` (accept, dismiss or reopen, offered as a list) and ``reason``.

The columns an inspector reads first stand on the left (number, city, item, rule, message,
excerpt, the standing decision, then the two to fill in); the identifiers ``triage import``
needs stand on the right. Times are ISO-8601 UTC text, as in the other exports; their headers
say UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from channel_equity.reports.export import decision_to_export
from channel_equity.reports.xlsx.columns import Column, SheetLanguage
from channel_equity.reports.xlsx.sheet import table_workbook
from channel_equity.store import reading
from channel_equity.store.models import TRIAGE_ACTIONS
from channel_equity.store.session import Store
from channel_equity.store.triage import finding_evidence_hash, latest_decisions

FINDING_COLUMNS: tuple[Column, ...] = (
    Column("number", "No.", "编号", 8),
    Column("city", "City", "城市", 12),
    Column("item_name", "Item name", "事项名称", 28, wrap=True),
    Column("rule", "Rule", "规则", 22),
    Column("severity", "Severity", "严重程度", 10),
    Column("status", "Status", "状态", 10),
    Column("message", "Message", "问题描述", 48, wrap=True),
    Column("evidence_excerpt", "Evidence excerpt", "证据摘录", 40, wrap=True),
    Column("evidence_url", "Evidence URL", "证据网址", 36, wrap=True),
    Column("decision_action", "Current decision", "当前决定", 12),
    Column("decision_reason", "Current decision's reason", "当前决定理由", 28, wrap=True),
    Column("decision_by", "Decided by", "决定人", 14),
    Column("decision_at", "Decided at (UTC)", "决定时间（UTC）", 21),
    Column("decision", "Decision (accept/dismiss/reopen)", "新决定（accept/dismiss/reopen）", 16, input=True),
    Column("reason", "Reason", "理由", 32, wrap=True, input=True),
    Column("item_code", "Item code", "事项编码", 22),
    Column("standard_code", "Standard code", "标准事项编码", 16),
    Column("dimension", "Dimension", "维度", 14),
    Column("first_seen", "First seen (UTC)", "首次发现（UTC）", 21),
    Column("last_seen", "Last seen (UTC)", "最近发现（UTC）", 21),
    Column("resolved_at", "Resolved (UTC)", "已整改（UTC）", 21),
    Column("evidence_fetched_at", "Fetched (UTC)", "抓取时间（UTC）", 21),
    Column("evidence_http_status", "HTTP status", "HTTP状态码", 10),
    Column("evidence_basis", "Basis", "认定依据", 12),
    Column("evidence_quoted", "Quoted from the page", "页面原文", 10),
    Column("evidence_sha256", "Page SHA-256", "页面SHA-256", 20),
    Column("evidence_snapshot", "Snapshot", "页面快照", 20),
    Column("evidence_screenshot", "Screenshot", "截图", 20),
    Column("evidence_warc", "WARC", "WARC存档", 20),
    Column("evidence_pages", "Pages seen", "涉及页面", 36, wrap=True),
    Column("evidence_spans", "Spans in the page", "页面位置", 16),
    Column("fingerprint", "Fingerprint", "指纹", 20),
    Column("evidence_hash", "Evidence hash", "证据哈希", 20),
)
"""Every column of the findings workbook, in sheet order: key (the export field, ``evidence_``
for the evidence's), English header, Chinese header, width; ``decision`` and ``reason`` are the
inspector's."""

DECISION_KEY, REASON_KEY = "decision", "reason"


def finding_sheet_rows(store: Store, status: Literal["open", "resolved", "all"]) -> Iterator[dict[str, Any]]:
    """Each finding of ``status`` as a row of :data:`FINDING_COLUMNS` (the input columns empty)."""
    decisions = latest_decisions(store)
    for finding in reading.findings(store, status=status):
        exported = reading.finding_to_export(finding)
        evidence = exported.pop("evidence")
        row = {**exported, **{f"evidence_{key}": value for key, value in evidence.items()}}
        row["evidence_pages"] = "\n".join(evidence["pages"]) or None  # one address a line reads better than JSON
        row.update(number=finding.id, fingerprint=finding.fingerprint,
                   evidence_hash=finding_evidence_hash(finding))
        standing = decision_to_export(decisions.get(finding.fingerprint)) or {}
        row.update({f"decision_{key}": value for key, value in standing.items()})  # decision_action …
        yield row


def _offer_decisions(sheet: Any, last_row: int, lang: SheetLanguage) -> None:
    """The decision column as a list of the three words, refusing anything else as it is typed."""
    letter = get_column_letter(next(i for i, c in enumerate(FINDING_COLUMNS, start=1) if c.key == DECISION_KEY))
    offered = DataValidation(type="list", formula1='"' + ",".join(TRIAGE_ACTIONS) + '"', allow_blank=True,
                             showErrorMessage=True, showInputMessage=True)
    if lang == SheetLanguage.zh:
        offered.promptTitle, offered.prompt = "新决定", "accept 确认问题，dismiss 排除（须填理由），reopen 重新打开"
        offered.errorTitle, offered.error = "无效的决定", "请选择 accept、dismiss 或 reopen"
    else:
        offered.promptTitle, offered.prompt = "Decision", "accept, dismiss (give the reason) or reopen"
        offered.errorTitle, offered.error = "Not a decision", "Choose accept, dismiss or reopen"
    offered.add(f"{letter}2:{letter}{max(last_row, 2)}")
    sheet.add_data_validation(offered)


def write_findings_xlsx(store: Store, status: Literal["open", "resolved", "all"], lang: SheetLanguage,
                        path: Path) -> int:
    """Write the findings workbook to ``path``; how many findings it lists."""
    title = "问题清单" if lang == SheetLanguage.zh else "Findings"
    workbook, sheet, count = table_workbook(title, FINDING_COLUMNS, finding_sheet_rows(store, status), lang)
    _offer_decisions(sheet, count + 1, lang)
    workbook.save(path)
    return count
