"""Where the headless Chromium is, and how it is launched on machines with a closed network."""

from __future__ import annotations

import os
import shutil
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def system_chromium() -> str | None:
    """The system Chromium (Debian's ``chromium``), or None to let Playwright use its own build."""
    configured = os.environ.get("CHANNEL_EQUITY_CHROMIUM")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_launch_options() -> dict[str, Any]:
    options: dict[str, Any] = {"headless": True, "args": list(CHROMIUM_ARGS)}
    executable = system_chromium()
    if executable:
        options["executable_path"] = executable
    return options
