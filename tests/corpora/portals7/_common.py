"""Helpers shared by the portals7 generators: truth rows, codes, markup bits.

Nothing here reads a rendered page: a truth row is written by hand beside the data its page is
written from, and these helpers only give that row its shape (every compared field, in order).
"""

from __future__ import annotations

import hashlib
import html
import json
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

Item = dict[str, Any]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def mat(name: str, form: str | None = None, exempt: bool = False) -> dict[str, Any]:
    """One paper of a truth row: its name as the conventions cut it, its form, whether exempt."""
    return {"name": name, "form": form, "exempt": exempt}


def loc(name: str, level: str) -> dict[str, Any]:
    return {"name": name, "level": level}


def truth(url: str, name: str, *, department: str | None, levels: list[str], channels: list[str],
          materials: list[dict[str, Any]], locations: list[dict[str, Any]], code: str | None = None,
          basic: str | None = None, entry: str | None = None, depth: int | None = None,
          visits: int | None = None, statutory: int | None = None, promised: int | None = None,
          case: str | None = None, script_only: bool = False) -> Item:
    """A truth row, every value given by hand (keyword for keyword) by the generator's author."""
    row: Item = {
        "url": url,
        "name": name,
        "item_code": code,
        "basic_code": basic,
        "department": department,
        "levels": levels,
        "channels": channels,
        "online_entry_url": entry,
        "online_depth": depth,
        "visits": visits,
        "statutory_days": statutory,
        "promised_days": promised,
        "case_type": case,
        "materials": materials,
        "locations": locations,
    }
    if script_only:
        row["link_only_in_script"] = True
    return row


def usci(region6: str, org8: str, kind: str = "11") -> str:
    """A GB 32100 code of an organ (kind 11 = 机关, 12 = 事业单位) with valid check characters."""
    body = kind + region6 + org8 + org_code_check(org8)
    return body + usci_check(body)


def impl_code(unit: str, level_digit: str, basic12: str, seq: str = "") -> str:
    """31-character 实施编码 (USCI + level digit + basic code), or 33 with a 2-digit 业务办理项 sequence."""
    assert len(unit) == 18 and len(basic12) == 12 and len(seq) in (0, 2)
    return unit + level_digit + basic12 + seq


def guid(seed: str) -> str:
    """A stable GUID-looking id (md5 of a seed), as CMSs print row ids."""
    digest = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def json_bytes(data: Any, indent: int | None = None) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":")).encode("utf-8")
