"""All scenarios in the order they are applied: channel scenarios first (they own visits),
then page entries, then terms, then page notices, and last the entries only a browser probe
tells apart (added after the others, so that they move none of the earlier choices)."""

from __future__ import annotations

from channel_equity.simulator.scenarios import Addition, Scenario
from channel_equity.simulator.scenarios.additions import ABOLISHED_ADDITIONS, REPLACEMENT_SCENARIOS
from channel_equity.simulator.scenarios.channels import CHANNEL_SCENARIOS
from channel_equity.simulator.scenarios.pages import APP_SCENARIOS, BROWSER_SCENARIOS, ENTRY_SCENARIOS
from channel_equity.simulator.scenarios.probe_entries import PROBE_ENTRY_SCENARIOS
from channel_equity.simulator.scenarios.terms import TERM_SCENARIOS

ADDITIONS: tuple[Addition, ...] = ABOLISHED_ADDITIONS
SCENARIOS: tuple[Scenario, ...] = (
    CHANNEL_SCENARIOS
    + APP_SCENARIOS
    + ENTRY_SCENARIOS
    + TERM_SCENARIOS
    + REPLACEMENT_SCENARIOS
    + BROWSER_SCENARIOS
    + PROBE_ENTRY_SCENARIOS
)
