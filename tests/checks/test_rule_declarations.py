"""What the rules declare (thresholds, phrase categories) is what they read, the registry
lists every rule once, and the README's thresholds are the declared ones."""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest

import channel_equity.checks.rules as rules_package
from channel_equity.checks.phrases import (
    CUE_CATEGORIES,
    CUE_SUFFIXES,
    PhraseBook,
    PhraseHit,
    load_phrase_book,
)
from channel_equity.checks.registry import (
    ALL_RULES,
    RULES_BY_ID,
    THRESHOLDS,
    RuleConfigError,
    config_problems,
    enabled_rules,
    validate_config,
)
from channel_equity.checks.rule import Rule, Threshold, UndeclaredThresholdError
from tests.checks import rule_builders as built
from tests.checks import wording_context as worded

README = Path(__file__).resolve().parents[2] / "README.md"


# --- the registry ---------------------------------------------------------------------------

def test_the_registry_lists_every_rule_class_once() -> None:
    """A rule written in checks/rules/ but left out of ALL_RULES would never run."""
    defined: set[type[Rule]] = set()
    for info in pkgutil.iter_modules(rules_package.__path__):
        module = importlib.import_module(f"{rules_package.__name__}.{info.name}")
        defined |= {value for value in vars(module).values()
                    if isinstance(value, type) and issubclass(value, Rule) and value.__module__ == module.__name__
                    and "id" in vars(value)}
    registered = [type(rule) for rule in ALL_RULES]
    assert len(registered) == len(set(registered)) == len(RULES_BY_ID)
    assert set(registered) == defined


def test_every_rule_declares_its_identity() -> None:
    for rule in ALL_RULES:
        assert rule.id and rule.title and rule.clause and rule.messages, rule


# --- phrase categories ----------------------------------------------------------------------

class RecordingPhrases:
    """A phrase book that notes which categories are asked."""

    def __init__(self, book: PhraseBook) -> None:
        self.book = book
        self.asked: set[str] = set()

    @property
    def categories(self) -> tuple[str, ...]:
        return self.book.categories

    def find(self, category: str, text: str | None) -> PhraseHit | None:
        self.asked.add(category)
        return self.book.find(category, text)

    def find_all(self, category: str, text: str | None) -> list[PhraseHit]:
        self.asked.add(category)
        return self.book.find_all(category, text)


def test_declared_categories_are_lexicon_categories_and_highlights_are_read() -> None:
    lexicon = set(load_phrase_book().categories)
    for rule in ALL_RULES:
        assert set(rule.phrase_categories) <= lexicon, rule.id
        assert set(rule.highlight_categories) <= set(rule.phrase_categories), rule.id


def test_every_lexicon_category_is_read_by_a_rule() -> None:
    cues = {name for name in load_phrase_book().categories
            if name in CUE_CATEGORIES or name.endswith(CUE_SUFFIXES)}
    read = {category for rule in ALL_RULES for category in rule.phrase_categories}
    assert set(load_phrase_book().categories) - cues == read


def test_rules_ask_the_lexicon_only_for_the_categories_they_declare() -> None:
    """Over the simulated province (where every rule fires) and the wording unit contexts."""
    scanned = worded.simulated_scan().context
    for rule in ALL_RULES:
        recording = RecordingPhrases(scanned.phrases)
        list(rule.evaluate(replace(scanned, phrases=cast(Any, recording))))
        assert recording.asked <= set(rule.phrase_categories), rule.id
        assert recording.asked == set(rule.phrase_categories), f"{rule.id} declares categories it never reads"


# --- thresholds -----------------------------------------------------------------------------

def test_the_declared_thresholds() -> None:
    assert list(THRESHOLDS) == ["unreachable_window_days", "unreachable_failure_share", "unreachable_min_attempts",
                                "unreachable_min_failed_nights", "immediate_share_min", "immediate_share_min_items",
                                "min_coverage", "slow_page_seconds", "slow_page_samples", "max_journey_steps",
                                "zombie_channel_days", "cross_city_min_cities", "cross_city_visits_excess",
                                "cross_city_days_excess", "cross_city_materials_excess",
                                "cross_city_majority_share"]
    assert all(threshold.meaning for threshold in THRESHOLDS.values())
    config = built.make_config()
    rule = RULES_BY_ID["immediate-share-low"]
    assert rule.threshold_value(config, "immediate_share_min") == 0.30  # from the policy
    assert rule.threshold_value(built.make_config({**built.POLICY, "immediate_share_min": 0.4}),
                                "immediate_share_min") == 0.4
    assert rule.threshold_value(config, "immediate_share_min_items") == 10
    tuned = built.make_config(thresholds={"immediate_share_min": 0.25, "immediate_share_min_items": 3})
    assert (rule.threshold_value(tuned, "immediate_share_min"), rule.threshold_value(tuned, "immediate_share_min_items")) \
        == (0.25, 3)


def test_reading_an_undeclared_threshold_is_a_bug_of_the_rule() -> None:
    with pytest.raises(UndeclaredThresholdError, match="immediate_share_mni"):
        RULES_BY_ID["immediate-share-low"].threshold_value(built.make_config(), "immediate_share_mni")
    with pytest.raises(UndeclaredThresholdError):
        RULES_BY_ID["online-only"].threshold_value(built.make_config(), "immediate_share_min")


@pytest.mark.parametrize(("threshold", "value", "problem"), [
    (Threshold("share", 0.3, "a share", minimum=0, maximum=1), 0.5, None),
    (Threshold("share", 0.3, "a share", minimum=0, maximum=1), 1, None),
    (Threshold("share", 0.3, "a share", minimum=0, maximum=1), 3, "expected a number from 0 to 1, got 3"),
    (Threshold("share", 0.3, "a share", minimum=0, maximum=1), "0.3", "expected a number from 0 to 1, got '0.3'"),
    (Threshold("share", 0.3, "a share", minimum=0, maximum=1), True, "expected a number from 0 to 1, got True"),
    (Threshold("share", 0.3, "a share"), float("nan"), "expected a number, got nan"),
    (Threshold("items", 10, "guides", integer=True, minimum=0), 5, None),
    (Threshold("items", 10, "guides", integer=True, minimum=0), 5.0, None),
    (Threshold("items", 10, "guides", integer=True, minimum=0), 5.5, "expected a whole number ≥ 0, got 5.5"),
    (Threshold("items", 10, "guides", integer=True, minimum=0), None, "expected a whole number ≥ 0, got None"),
    (Threshold("items", 10, "guides", integer=True, minimum=0), [1], "expected a whole number ≥ 0, got [1]"),
])
def test_a_threshold_says_what_value_it_cannot_take(threshold: Threshold, value: object, problem: str | None) -> None:
    assert threshold.problem(value) == problem


def test_a_declaration_must_be_sound() -> None:
    with pytest.raises(ValueError, match="no policy field"):
        Threshold("x", 0.3, "x", policy_default="immediate_share_mni")
    with pytest.raises(ValueError, match="not the policy's"):
        Threshold("x", 0.5, "x", policy_default="immediate_share_min")
    with pytest.raises(ValueError, match="default"):
        Threshold("x", 2, "x", maximum=1)


# --- the config against the declarations ------------------------------------------------------

def test_a_misspelt_threshold_is_refused_naming_the_key_and_the_known_ones() -> None:
    config = built.make_config(thresholds={"immediate_share_mni": 0.2})
    assert config_problems(config) == [
        "thresholds: unknown key 'immediate_share_mni' (known: cross_city_days_excess, cross_city_majority_share, "
        "cross_city_materials_excess, cross_city_min_cities, cross_city_visits_excess, immediate_share_min, immediate_share_min_items, "
        "max_journey_steps, min_coverage, slow_page_samples, slow_page_seconds, unreachable_failure_share, unreachable_min_attempts, "
        "unreachable_min_failed_nights, unreachable_window_days, zombie_channel_days)"]
    with pytest.raises(RuleConfigError, match="immediate_share_mni"):
        validate_config(config)
    with pytest.raises(RuleConfigError, match="immediate_share_mni"):
        enabled_rules(config)  # `check` refuses it too, whoever calls the runner


def test_a_threshold_of_the_wrong_type_or_range_is_refused() -> None:
    config = built.make_config(thresholds={"immediate_share_min_items": "many", "immediate_share_min": 3})
    assert config_problems(config) == [
        "thresholds.immediate_share_min_items: expected a whole number ≥ 0, got 'many'",
        "thresholds.immediate_share_min: expected a number from 0 to 1, got 3",
    ]


def test_good_thresholds_and_rule_settings_are_accepted() -> None:
    config = built.make_config(thresholds={"immediate_share_min": 0.25, "immediate_share_min_items": 5})
    validate_config(config)
    assert [rule.id for rule in enabled_rules(config)] == list(RULES_BY_ID)


def test_an_unknown_rule_id_keeps_its_message() -> None:
    config = built.make_config().model_copy(update={"rules": {"no-such-rule": {}}})
    [problem] = config_problems(config)
    assert problem.startswith("rules: unknown rule id(s) no-such-rule (known: abolished-item, ")


# --- the README -------------------------------------------------------------------------------

def readme_thresholds() -> dict[str, str]:
    """The thresholds row of the config table: "`name` (default D)" for each threshold."""
    [row] = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `thresholds`")]
    return dict(re.findall(r"`([a-z0-9_]+)` \(default `?([^`)]+)`?\)", row))


def test_the_readme_lists_the_declared_thresholds_with_their_defaults() -> None:
    assert readme_thresholds() == {name: t.describe_default() for name, t in THRESHOLDS.items()}
