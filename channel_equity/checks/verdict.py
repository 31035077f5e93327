"""What a rule says about one subject in one scan, with the evidence an inspector can stand behind.

A verdict's message is a template with named parameters plus its arguments, so that the
report can show it in the reader's language (``gettext(template)``, then the arguments)
while the findings export keeps the English sentence (``message``), formatted here once.
Arguments are data, never markup: scraped words, URLs, numbers, and lists of *terms*
(level and channel names this program itself produces), which the report translates word
by word. They are stored as JSON, so only values that survive JSON unchanged are allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypedDict, TypeGuard


class TermList(TypedDict):
    """Words of a closed vocabulary ("county level", "online"), joined by ``sep``; each word
    and the separator are message ids of the catalogs (the rule declares them)."""

    terms: list[str]
    sep: str


MessageArg = str | int | TermList


def terms(words: Iterable[str], sep: str) -> TermList:
    """A term-list argument: ``terms(["county level", "town level"], " / ")``."""
    return {"terms": list(words), "sep": sep}


def is_term_list(value: object) -> TypeGuard[TermList]:
    return (isinstance(value, dict) and set(value) == {"terms", "sep"} and isinstance(value["sep"], str)
            and isinstance(value["terms"], list) and all(isinstance(word, str) for word in value["terms"]))


def _same(message: str) -> str:
    return message


def message_values(args: Mapping[str, object], translate: Callable[[str], str] = _same) -> dict[str, object]:
    """The arguments as ``str.format`` takes them: term lists translated and joined, the rest as they are."""
    return {
        name: translate(value["sep"]).join(translate(word) for word in value["terms"]) if is_term_list(value)
        else value
        for name, value in args.items()
    }


def format_message(template: str, args: Mapping[str, object], translate: Callable[[str], str] = _same) -> str:
    """``template`` (translated) with its arguments; in English by default, as ``message`` is."""
    return translate(template).format_map(message_values(args, translate))


def _check_args(args: Mapping[str, MessageArg]) -> None:
    """Arguments that JSON would change (tuples, floats, None …) are a bug in the rule."""
    for name, value in args.items():
        if not (type(value) in (str, int) or is_term_list(value)):
            raise TypeError(f"message argument {name}={value!r}: expected str, int or terms(...)")


Source = Literal["visible", "code"]

Basis = Literal["stated", "prose", "corroborated", "inferred", "measured"]
"""How a finding was established: from fields the guide states under their labels ("stated"),
from the guide's own sentences or wording ("prose"), from an inference two independent signals
agree on ("corroborated"), from values the extractor derived ("inferred": never enough for a
high-severity rule), or from what the monitor measured itself: an HTTP status, a fetch failure,
a share over the portal ("measured")."""


@dataclass(frozen=True)
class Span:
    """Where quoted words stand in a stored page: ``text[start:end]`` of its visible words
    (``source="visible"``, see ``page_words``) or of its script code (``"code"``)."""

    start: int
    end: int
    source: Source = "visible"

    def as_export(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "source": self.source}


@dataclass(frozen=True)
class Evidence:
    """Where the rule saw it: the page, when, its status and hash, and the exact words."""

    url: str | None
    fetched_at: datetime | None
    http_status: int | None
    sha256: str | None
    excerpt: str
    snapshot: str | None = None  # "sha256:<hex>": the stored body of the page
    screenshot: str | None = None
    warc: str | None = None  # "sha256:<hex>": the WARC of the probe's visit, for a finding a probe made
    pages: tuple[str, ...] = ()  # a portal-wide finding: every page it was seen on (``url`` is the first)
    spans: tuple[Span, ...] = ()  # where ``excerpt`` stands in the stored page (checks/quoting.py)
    quoted: bool | None = None  # True: the page's own words; False: not printed there (derived); None: no page
    basis: Basis | None = None  # how the finding was established (set by ``Rule.make_verdict``)


@dataclass(frozen=True)
class Verdict:
    """A rule firing. ``subject`` identifies what it fired on, stably from scan to scan:
    the item's identity for item rules, the page's path for page rules, "" for the city.

    ``message`` is formatted from ``message_template`` and ``message_args`` when the verdict
    is made, so the English sentence and what the report translates cannot disagree."""

    rule: str
    city_id: str
    subject: str
    message_template: str
    message_args: Mapping[str, MessageArg] = field(hash=False)
    evidence: Evidence
    item_code: str | None = None
    item_name: str | None = None
    standard_code: str | None = None
    dimension: str | None = None
    message: str = field(init=False)

    def __post_init__(self) -> None:
        _check_args(self.message_args)
        object.__setattr__(self, "message", format_message(self.message_template, self.message_args))
