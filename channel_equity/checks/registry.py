"""Every rule the monitor knows, in catalogue order; the config may disable or re-grade any."""

from __future__ import annotations

from channel_equity.checks.rule import Rule
from channel_equity.checks.rules import (
    abolished_item,
    app_only_entry,
    consistency,
    exceeds_standard,
    immediate_share_low,
    legacy_browser,
    login_wall,
    offline_only,
    online_entry_broken,
    online_only,
    portal_unreachable,
    shared_data_demanded,
    unauthorized_delegation,
    village_gap,
)
from channel_equity.core.config import MonitorConfig

RULE_MODULES = (
    online_only, offline_only, online_entry_broken, exceeds_standard, abolished_item, unauthorized_delegation,
    shared_data_demanded, village_gap, consistency, portal_unreachable, legacy_browser, app_only_entry, login_wall,
    immediate_share_low,
)
ALL_RULES: tuple[Rule, ...] = tuple(rule for module in RULE_MODULES for rule in module.RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL_RULES}


class UnknownRuleError(ValueError):
    pass


def enabled_rules(config: MonitorConfig) -> list[Rule]:
    """The rules this province runs; a settings entry for an unknown rule id is a config error."""
    unknown = sorted(set(config.rules) - set(RULES_BY_ID))
    if unknown:
        known = ", ".join(sorted(RULES_BY_ID))
        raise UnknownRuleError(f"rules: unknown rule id(s) {', '.join(unknown)} (known: {known})")
    return [rule for rule in ALL_RULES if config.rules.get(rule.id) is None or config.rules[rule.id].enabled]


def severity_of(rule: Rule, config: MonitorConfig) -> str:
    settings = config.rules.get(rule.id)
    return settings.severity if settings is not None and settings.severity else rule.severity
