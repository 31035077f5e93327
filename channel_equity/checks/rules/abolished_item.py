"""abolished-item: a cancelled approval item still offered, under its own name or in disguise."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from channel_equity.checks.context import CheckContext, GuideRecord
from channel_equity.checks.matching import CodeNameIndex, abolished_index
from channel_equity.checks.rule import ItemRule, Severity
from channel_equity.checks.rules._fields import fields_excerpt
from channel_equity.checks.verdict import Verdict
from channel_equity.core.config import AbolishedItem

BY_CODE = "the guide is still offered although it carries the code of the abolished item {abolished_name} ({abolished_code})"
BY_NAME = "the guide is still offered although its name is that of the abolished item {abolished_name} ({abolished_code})"


class AbolishedItemRule(ItemRule):
    """The guide matches an item on the province's list of cancelled approvals.

    By code: the guide's basic code equals the abolished item's code, or its implementation
    code contains it. This is what catches an approval kept alive in disguise, renamed to
    …备案 / …核准性备案 / …年检 / …年审 but still filed under the cancelled item's code. By
    name: only when the normalised name is equal (bracketed suffixes such as "（县级权限）",
    spacing and punctuation ignored), so that a city filing the cancelled approval under a
    local code is still caught. A merely similar name under another code is not a match: the
    lawful replacement procedures are named alike (印章刻制审批 was replaced by 公章刻制备案,
    企业年检 by 企业年度报告公示), and flagging them would teach inspectors to ignore the rule.

    Evidence: the guide page, with its name and code fields as shown.

    False-positive risks: a code list in which a cancelled item's code was reused for a new
    item (update ``policy.abolished_items``); a guide that names a cancelled item only to say
    it is cancelled (a notice page read as a guide). Missed cases: a renamed item under a new
    code, which only a reader can recognise.
    Severity high: the notice orders these approvals cancelled, not improved.
    """

    id: ClassVar[str] = "abolished-item"
    reads: ClassVar[tuple[str, ...]] = ("name", "item_code")
    title: ClassVar[str] = "Abolished approval item still handled"
    clause: ClassVar[str] = (
        "resolutely cancel the abolished items … and guard against examination and approval "
        "in a disguised form"
    )
    severity: ClassVar[Severity] = "high"
    messages: ClassVar[tuple[str, ...]] = (BY_CODE, BY_NAME)

    def evaluate(self, context: CheckContext) -> Iterator[Verdict]:
        """One index for the whole scan: thousands of guides are judged against one list."""
        index = abolished_index(context.policy)
        if index.items:
            for guide in context.guides:
                yield from self.judge_with(guide, index)

    def judge(self, guide: GuideRecord, context: CheckContext) -> Iterator[Verdict]:
        yield from self.judge_with(guide, abolished_index(context.policy))

    def judge_with(self, guide: GuideRecord, index: CodeNameIndex[AbolishedItem]) -> Iterator[Verdict]:
        match = index.match(guide.observation)
        abolished = match.item
        if abolished is None:
            return
        template = BY_CODE if match.method == "code" else BY_NAME
        args = {"abolished_name": abolished.name, "abolished_code": abolished.code}
        codes = [field for field in ("item_code", "basic_code") if getattr(guide.observation, field)]
        yield self.verdict(guide, template, args, fields_excerpt(guide.observation, "name", *codes))
