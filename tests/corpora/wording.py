"""The wording harness: guide wording written blind (by people who had not seen the phrase lexicon), scored.

Each case of a wording corpus (``wording1/cases.yaml``, ``wording2/cases.yaml``) is one guide's 办理形式 field and channel notes with the
rules an inspector would flag. The case becomes a real guide page, read by the real extractor
and judged by the real rules (item rules with a standard that requires both online and
counter handling, page rules on the page itself), and the verdicts are scored per rule.

offline-only also fires on structure: under that standard a guide whose 办理形式 offers no
online channel is forced offline whatever its notes say. The corpus labels wording alone, so
a case whose channel field names no online channel at all expects offline-only as well.

The first corpus splits into two halves by position in the file: ``half("tuning")`` (index 0,
2, 4 …) is the half lexicon work may look at, ``half("held-out")`` (index 1, 3, 5 …) the half that
measures whether that work generalises. The second corpus (``wording2``) was written after the
lexicon was tuned on the first, by someone who had seen neither; it is held out whole.
``score(cases)`` scores any subset; ``test_wording.py`` prints each corpus (and the first one's
halves), and the floors declared in :data:`CORPORA` apply to each whole corpus.
Run ``python -m tests.corpora.wording tuning`` to list one half's misses.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from channel_equity.checks.phrases import fold
from channel_equity.checks.registry import RULES_BY_ID
from channel_equity.crawler.extract import extract_guide, load_label_lexicon
from channel_equity.quality.rules import RuleScore
from tests.checks.wording_context import CITY, REQUIRED, context, guide, page

RULE_IDS = ("online-only", "offline-only", "legacy-browser-required", "app-only-entry", "login-wall")
ONLINE_WORDS = ("网上", "在线", "线上", "网办", "网络", "不见面", "掌上", "APP", "app", "小程序")
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class WordingCorpus:
    name: str
    """The folder under ``tests/corpora/`` holding ``cases.yaml`` and its README."""
    title: str
    floors: dict[str, tuple[float, float]]
    """Rule id -> (precision, recall) floors over the whole corpus."""
    min_true_positives: int
    """Each rule fires rightly at least this often (the corpus has enough cases to measure it)."""
    halves: bool = False
    """The corpus is split into a tuning and a held-out half (see :func:`half`)."""

    def cases(self) -> list[dict[str, Any]]:
        cases: list[dict[str, Any]] = yaml.safe_load((HERE / self.name / "cases.yaml").read_text("utf-8"))
        return cases


CORPORA: dict[str, WordingCorpus] = {corpus.name: corpus for corpus in (
    # The figures measured when the corpus was first scored after one round of lexicon work on
    # its tuning half (2026-12-01), rounded down. They guard against regressions; the aim is 0.95
    # for both, and each raise of the lexicon should raise them. The held-out half is the honest
    # figure (see the printed table).
    WordingCorpus("wording1", "blind wording corpus", {
        "online-only": (0.95, 0.95),
        "offline-only": (0.95, 0.95),
        "legacy-browser-required": (0.95, 0.95),
        "app-only-entry": (0.95, 0.90),
        "login-wall": (0.95, 0.95),
    }, min_true_positives=25, halves=True),
    # The figures of this corpus's first scoring (2026-12-01, after two rounds of lexicon work on
    # the first corpus), rounded down. First scored against the lexicon before the second round:
    # online-only 0.78/0.90, offline-only 0.87/0.87, legacy-browser-required 0.92/0.63,
    # app-only-entry 0.82/0.47, login-wall 0.91/0.56. Low recall for app-only-entry and login-wall
    # on wording nobody tuned for is the known weakness of a phrase lexicon here; raise the floors
    # only with work measured on a corpus the work did not see.
    WordingCorpus("wording2", "held-out wording corpus (wording2)", {
        "online-only": (0.80, 0.90),
        "offline-only": (0.85, 0.85),
        "legacy-browser-required": (0.90, 0.70),
        "app-only-entry": (0.80, 0.45),
        "login-wall": (0.90, 0.55),
    }, min_true_positives=8),
)}
CASES = CORPORA["wording1"].cases()
Half = Literal["tuning", "held-out"]


def half(which: Half, cases: list[dict[str, Any]] = CASES) -> list[dict[str, Any]]:
    """The tuning half (even positions: 0, 2, 4 …) or the held-out half (odd positions)."""
    if which not in ("tuning", "held-out"):
        raise ValueError(f"half: expected 'tuning' or 'held-out', got {which!r}")
    return cases[0 if which == "tuning" else 1::2]


def guide_page(case: dict[str, Any]) -> str:
    """The case as a plain guide page: a label/value table, the notes under 特别提示."""
    rows = [("事项名称", f"测试事项{case['id']}"), ("实施主体", "测试市市场监督管理局"), ("办件类型", "承诺件"),
            ("承诺办结时限", "5个工作日"), ("办理形式", case["channels"]), ("特别提示", case["text"])]
    cells = "".join(f"<tr><td>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>" for label, value in rows)
    return f"<html><head><title>测试事项</title></head><body><h1>办事指南</h1><table>{cells}</table></body></html>"


def expected(case: dict[str, Any]) -> set[str]:
    wanted = set(case["expect"])
    channels = "".join(fold(case["channels"]).split())  # "網上辦理" and "网 上 办 理" name one too
    if channels and not any(word in channels for word in ONLINE_WORDS):
        wanted.add("offline-only")  # the standard requires online handling; the field offers none
    return wanted


def fired(cases: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """Rule id -> the case ids it fired on."""
    lexicon = load_label_lexicon()
    cases = list(cases)
    pages, guides = {}, []
    for number, case in enumerate(cases, start=1):
        url = f"http://127.0.0.1:8101/bszn/{case['id']}.html"
        text = guide_page(case)
        record = page(url, page_id=number)
        observation = extract_guide(text, url, lexicon)
        assert observation is not None, case["id"]
        pages[record] = text
        guides.append(guide(REQUIRED, number=number, page=record, **observation.model_dump()))
    checked = context(guides, pages)
    by_url = {f"/bszn/{case['id']}.html": case["id"] for case in cases}
    verdicts: dict[str, set[str]] = {rule: set() for rule in RULE_IDS}
    for rule_id in RULE_IDS:
        for verdict in RULES_BY_ID[rule_id].evaluate(checked):
            assert verdict.city_id == CITY
            # a page-level verdict is the portal's, listing each page; an item verdict names its guide
            subjects = verdict.evidence.pages or (verdict.subject if verdict.subject.startswith("/")
                                                  else verdict.evidence.url,)
            for subject in subjects:
                case_id = by_url.get(subject) or next(c for u, c in by_url.items() if subject.endswith(u))
                verdicts[rule_id].add(case_id)
    return verdicts


def score(cases: list[dict[str, Any]], verdicts: dict[str, set[str]] | None = None) -> dict[str, RuleScore]:
    """Per rule: TP / FP / FN of ``cases`` (the verdicts of a run over them, or ``verdicts``)."""
    verdicts = fired(cases) if verdicts is None else verdicts
    table: dict[str, RuleScore] = {}
    for rule_id in RULE_IDS:
        rule_score = table[rule_id] = RuleScore(rule_id)
        for case in cases:
            want, got = rule_id in expected(case), case["id"] in verdicts[rule_id]
            if want and got:
                rule_score.true_positives += 1
            elif got:
                rule_score.false_positives.append(f"{case['id']} {case['channels']} | {case['text']}")
            elif want:
                rule_score.false_negatives.append(f"{case['id']} {case['channels']} | {case['text']}")
    return table


def print_table(title: str, table: dict[str, RuleScore]) -> None:
    print(f"\n{title}")
    for s in table.values():
        print(f"{s.rule:<26}{s.true_positives:>5}{len(s.false_positives):>5}{len(s.false_negatives):>5}"
              f"{s.precision:>9.3f}{s.recall:>9.3f}")


if __name__ == "__main__":  # python -m tests.corpora.wording tuning|held-out
    import sys

    chosen = half(sys.argv[1] if len(sys.argv) > 1 else "tuning")  # type: ignore[arg-type]
    for rule_id, rule_score in score(chosen).items():
        print(f"\n== {rule_id}: TP {rule_score.true_positives}  FP {len(rule_score.false_positives)}  "
              f"FN {len(rule_score.false_negatives)}")
        for line in rule_score.false_positives:
            print("  FP", line)
        for line in rule_score.false_negatives:
            print("  FN", line)
