"""Helpers shared by the portals8 generators: codes, truth rows, small binary assets.

Nothing here reads a page: every truth row is typed by hand in its portal's generator, beside the
markup it describes; these helpers only give the row its shape (every compared field present).
"""

from __future__ import annotations

import json
from typing import Any

from tests.corpora.codes import org_code_check, usci_check

PROVINCE = ("tingzhou", "汀州省")

# a 1×1 transparent GIF: heading images, buttons and banners (their words are in alt / title)
GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def usci(region: str, org8: str) -> str:
    """A government body's unified social credit code: 11 + region + organisation code + checks."""
    body = "11" + region + org8 + org_code_check(org8)
    return body + usci_check(body)


def impl_code(body_usci: str, level_digit: str, basic: str, seq: str = "") -> str:
    """A 31-character implementation code (or 33 with a business-item sequence)."""
    code = body_usci + level_digit + basic + seq
    assert len(code) in (31, 33), code
    return code


def truth(*, url: str, name: str, code: str | None, dept: str | None, levels: str, channels: str,
          entry: str | None = None, depth: int | None = None, visits: int | None = None,
          statutory: int | None = None, promised: int | None = None, case: str | None = None,
          materials: list[tuple[str, str | None, bool]] | tuple[()] = (),
          locations: list[tuple[str, str]] | tuple[()] = (), basic: str | None = None,
          link_only_in_script: bool = False) -> dict[str, Any]:
    """One truth row; levels and channels are written as space-separated words."""
    row: dict[str, Any] = {
        "url": url, "name": name, "item_code": code, "basic_code": basic, "department": dept,
        "levels": levels.split(), "channels": channels.split(), "online_entry_url": entry,
        "online_depth": depth, "visits": visits, "statutory_days": statutory, "promised_days": promised,
        "case_type": case,
        "materials": [{"name": m, "form": f, "exempt": e} for m, f, e in materials],
        "locations": [{"name": n, "level": lv} for n, lv in locations],
    }
    if link_only_in_script:
        row["link_only_in_script"] = True
    return row


def portal(pid: str, name: str, home: str, charset: str, style: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": pid, "name": name, "home": home, "charset": charset, "style": style, "items": items}


def json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
