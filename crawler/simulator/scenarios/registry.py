"""All scenarios in the order they are applied: channel scenarios first (they own visits),
then page entries, then terms, then page notices."""

from __future__ import annotations

from crawler.simulator.scenarios import Addition, Scenario
from crawler.simulator.scenarios.additions import ABOLISHED_ADDITIONS, REPLACEMENT_SCENARIOS
from crawler.simulator.scenarios.channels import CHANNEL_SCENARIOS
from crawler.simulator.scenarios.pages import APP_SCENARIOS, BROWSER_SCENARIOS, ENTRY_SCENARIOS
from crawler.simulator.scenarios.terms import TERM_SCENARIOS

ADDITIONS: tuple[Addition, ...] = ABOLISHED_ADDITIONS
SCENARIOS: tuple[Scenario, ...] = (
    CHANNEL_SCENARIOS
    + APP_SCENARIOS
    + ENTRY_SCENARIOS
    + TERM_SCENARIOS
    + REPLACEMENT_SCENARIOS
    + BROWSER_SCENARIOS
)
