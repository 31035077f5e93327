"""Reading the facts ``page_facts.js`` collects, the one way the runner and the rules read them."""

from __future__ import annotations

from typing import Any

WAY_ON_FACTS = ("forms", "fields", "password_fields", "buttons")
"""What a citizen could go on with on a page: a form, a field, a login, a button."""


def offers_way_on(facts: dict[str, Any]) -> bool:
    return any(facts.get(key) for key in WAY_ON_FACTS)
