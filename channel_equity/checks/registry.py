"""Every rule the monitor knows, in catalogue order; the config may disable or re-grade any.

``ALL_RULES`` is the one list of rules: the runner, the report, the command line and the
tests take the rules (and what each declares: thresholds, phrase categories) from here.
``validate_config`` checks a province's ``rules:`` and ``thresholds:`` against it, so a
misspelt rule id or threshold name is refused before anything is crawled.
"""

from __future__ import annotations

from channel_equity.checks.rule import Rule, Threshold
from channel_equity.checks.rules.abolished_item import AbolishedItemRule
from channel_equity.checks.rules.accessibility import AccessibilityRule
from channel_equity.checks.rules.app_only_entry import AppOnlyEntryRule
from channel_equity.checks.rules.captcha_no_alternative import CaptchaNoAlternativeRule
from channel_equity.checks.rules.consistency import (
    DepthVisitsContradiction,
    ImmediateCaseTypeMismatch,
    VisitReasonMissing,
)
from channel_equity.checks.rules.cross_city_divergence import CrossCityDivergence
from channel_equity.checks.rules.exceeds_standard import ExceedsStandard
from channel_equity.checks.rules.excess_steps import ExcessStepsRule
from channel_equity.checks.rules.immediate_share_low import ImmediateShareLow
from channel_equity.checks.rules.legacy_browser import LegacyBrowserRule
from channel_equity.checks.rules.login_wall import LoginWallRule
from channel_equity.checks.rules.offline_only import OfflineOnlyRule
from channel_equity.checks.rules.online_entry_broken import OnlineEntryBrokenRule
from channel_equity.checks.rules.online_only import OnlineOnlyRule
from channel_equity.checks.rules.portal_unreachable import PortalUnreachable
from channel_equity.checks.rules.separate_login import SeparateLoginRule
from channel_equity.checks.rules.shared_data_demanded import SharedDataDemanded
from channel_equity.checks.rules.slow_page import SlowPageRule
from channel_equity.checks.rules.unauthorized_delegation import UnauthorizedDelegation
from channel_equity.checks.rules.village_gap import VillageGap
from channel_equity.checks.rules.zombie_channel import ZombieChannelRule
from channel_equity.core.config import MonitorConfig

ALL_RULES: tuple[Rule, ...] = (
    OnlineOnlyRule(), OfflineOnlyRule(), OnlineEntryBrokenRule(), ExceedsStandard(), AbolishedItemRule(),
    UnauthorizedDelegation(), SharedDataDemanded(), VillageGap(),
    DepthVisitsContradiction(), ImmediateCaseTypeMismatch(), VisitReasonMissing(),
    PortalUnreachable(), LegacyBrowserRule(), AppOnlyEntryRule(), LoginWallRule(), ImmediateShareLow(),
    SeparateLoginRule(), CaptchaNoAlternativeRule(), AccessibilityRule(), SlowPageRule(), ExcessStepsRule(), ZombieChannelRule(),
    CrossCityDivergence(),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL_RULES}
if len(RULES_BY_ID) != len(ALL_RULES):
    raise ValueError("two rules in ALL_RULES share an id")


def _declared_thresholds(rules: tuple[Rule, ...]) -> dict[str, Threshold]:
    """Every threshold a rule declares, by name; two rules may share one only if they declare it alike."""
    declared: dict[str, Threshold] = {}
    for rule in rules:
        for threshold in rule.thresholds:
            if declared.setdefault(threshold.name, threshold) != threshold:
                raise ValueError(f"{rule.id}: threshold {threshold.name!r} is declared differently by another rule")
    return declared


THRESHOLDS: dict[str, Threshold] = _declared_thresholds(ALL_RULES)
"""The ``thresholds:`` keys a config may set, by name, in catalogue order."""


class RuleConfigError(ValueError):
    """A config whose ``rules:`` or ``thresholds:`` names something no rule declares, or gives
    a threshold a value it cannot take; one line per problem, without the file name."""


def config_problems(config: MonitorConfig) -> list[str]:
    """What is wrong with the config's ``rules:`` and ``thresholds:``, one line each."""
    problems: list[str] = []
    unknown = sorted(set(config.rules) - set(RULES_BY_ID))
    if unknown:
        known = ", ".join(sorted(RULES_BY_ID))
        problems.append(f"rules: unknown rule id(s) {', '.join(unknown)} (known: {known})")
    for name, value in config.thresholds.items():
        threshold = THRESHOLDS.get(name)
        if threshold is None:
            known = ", ".join(sorted(THRESHOLDS)) or "none"
            problems.append(f"thresholds: unknown key {name!r} (known: {known})")
            continue
        problem = threshold.problem(value)
        if problem is not None:
            problems.append(f"thresholds.{name}: {problem}")
    return problems


def validate_config(config: MonitorConfig) -> None:
    """Refuse a config the rules cannot run with (``RuleConfigError``, one line per problem)."""
    problems = config_problems(config)
    if problems:
        raise RuleConfigError("\n".join(problems))


def enabled_rules(config: MonitorConfig) -> list[Rule]:
    """The rules this province runs; an unknown rule id or threshold is a config error."""
    validate_config(config)
    return [rule for rule in ALL_RULES if config.rules.get(rule.id) is None or config.rules[rule.id].enabled]


def severity_of(rule: Rule, config: MonitorConfig) -> str:
    settings = config.rules.get(rule.id)
    return settings.severity if settings is not None and settings.severity else rule.severity
