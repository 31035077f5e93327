"""A finding's message in the reader's language.

The checks store each message as the English sentence plus the template it was formatted
from and the template's arguments (:mod:`channel_equity.checks.verdict`). The report looks the template up
in its catalog and formats the translation with the arguments, which are scraped text among
other things: they are inserted as plain values (Jinja2's autoescape escapes the result like
any other text) and never parsed as templates themselves.

A catalog entry with a typo (an unknown or positional field, attribute or index access, a
broken brace) or a row whose arguments do not fit must not break a report read at night by
nobody: the stored English message is shown instead. Rows written before there were
templates have none and show their message as it is.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping

from channel_equity.checks.verdict import message_values

Translate = Callable[[str], str]
_FORMATTER = string.Formatter()


def _uses_only(template: str, values: Mapping[str, object]) -> bool:
    """Whether every field of ``template`` is a plain name among ``values`` ("{words}", not
    "{0}", "{words.upper}" or "{words[0]}"), with no nested fields in its format spec."""
    for _literal, name, spec, _conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if not name.isidentifier() or name not in values or (spec and "{" in spec):
            return False
    return True


def translated_message(message: str, template: str | None, args: Mapping[str, object] | None,
                       translate: Translate) -> str:
    """``translate(template)`` formatted with ``args``; ``message`` when that cannot be done."""
    if not template:
        return message
    try:
        translation = translate(template)
        values = message_values(args or {}, translate)
        if not _uses_only(translation, values):
            return message
        return translation.format_map(values)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return message
