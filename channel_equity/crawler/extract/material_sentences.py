"""Materials written as sentences: "申请人及家庭成员居民身份证、户口簿原件及复印件各一份，收入证明。
无需提供照片，照片由系统调取。"

A prose guide lists its papers in enumerations and clauses rather than one per row. Read
as an inspector reads them: one material per paper; a form or copies wording that ends an
enumeration applies to every paper in it, one inside the list only to the paper it
follows; a clause without a paper of its own ("以上均提供复印件", "材料可在网上提交电子版，
也可到窗口提交纸质材料") gives its form to the papers before it; a clause saying a paper need
not be handed in (无需提供, 由系统调取, 共享获取) makes it exempt; conditions ("新生儿参保的")
and possessors (申请人及家庭成员的, 夫妻双方) are not part of a name.

Words are the lexicon's (``material_sentences`` in ``channel_equity/data/vocabulary.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from channel_equity.core.labels import LabelLexicon
from channel_equity.core.observation import Material, MaterialForm
from channel_equity.crawler.extract.normalize import BRACKETED, LEADING_LIST_MARK, any_of, says_exempt

MAX_NAME_CHARS = 150
_COUNT = r"(?:各|一式)?(?:[\d一二两三四五六七八九十]{1,3})(?:份|张|页|套|本|个)"
_BOOK_TITLE = re.compile(r"[《》]")
_TRAILING_BRACKET = re.compile(r"[（(]([^（）()]*)[)）]\s*$")
_BRACKETED_OR_TITLED = re.compile(r"[（(《][^（）()《》]*[)）》]")
_ELECTRONIC_IN_NAME = "电子照片"
_COUNT_RE = re.compile(_COUNT)
SUMMARY = re.compile(r"^(?:以上|上述|均|都|皆|一律|全部材料|所有材料)")
"""A sentence after a list that speaks of all its papers ("以上材料均需提供原件")."""
_READ_FIELDS = {"name", "form", "exempt", "wording"}
"""What the reader sets on a material a simpler reader built (its copies, source … stay)."""


@dataclass
class _Paper:
    name: str
    forms: set[str] = field(default_factory=set)
    exempt: bool = False
    wording: str | None = None  # the copies wording cut from the name: "原件及复印件各一份"
    built: Material | None = None  # the material a simpler reader built from the item, if it did


@dataclass(frozen=True)
class _Words:
    paper: tuple[str, ...]
    electronic: tuple[str, ...]
    form_tail: re.Pattern[str]
    possessors: re.Pattern[str]
    issuers: tuple[str, ...]
    verbs: tuple[str, ...]
    endings: frozenset[str]
    generic: frozenset[str]
    exempt: tuple[str, ...]
    information: tuple[str, ...]
    after_name: tuple[str, ...]
    chip: re.Pattern[str]
    chip_electronic: tuple[str, ...]


def _build(lexicon: LabelLexicon) -> _Words:
    def words(name: str) -> tuple[str, ...]:
        return lexicon.words(f"material_sentences.{name}")

    forms = any_of(words("paper_words") + words("electronic_words") + words("copy_words"))
    return _Words(
        paper=words("paper_words"),
        electronic=words("electronic_words"),
        form_tail=re.compile(rf"(?:{forms}(?:及|和|或|与|、|/)?)+(?:均可)?(?:{_COUNT})?$|{_COUNT}$"),
        possessors=re.compile(rf"^(?:{any_of(words('possessors'))}(?:及|和|与|或|、)?)+"),
        issuers=words("issuer_words"),
        verbs=words("lead_verbs"),
        endings=frozenset(words("name_endings")),
        generic=frozenset(words("generic_names")),
        exempt=words("exempt_words") + lexicon.words("material_exempt_words"),
        information=words("information_words"),
        after_name=words("after_name_words"),
        chip=re.compile(any_of({*words("paper_words"), *words("electronic_words"), *words("copy_words"),
                                *words("chip_words"), *words("exempt_words"), *lexicon.words("material_exempt_words")})),
        chip_electronic=words("chip_electronic_words"),
    )


def _words(lexicon: LabelLexicon) -> _Words:
    return lexicon.memoized("material_sentence_words", _build)


def split_outside_brackets(text: str, marks: str) -> list[str]:
    """``text`` split at each of ``marks`` that stands outside brackets and 《》 (parts stripped)."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += char in "（(《"
        depth -= char in "）)》"
        if depth <= 0 and char in marks:
            parts.append("".join(current))
            current = []
            depth = 0
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _forms_in(text: str, words: _Words) -> set[str]:
    found = set()
    if any(w in text for w in words.paper):
        found.add("paper")
    if any(w in text for w in words.electronic):
        found.add("electronic")
    return found


def _bracket_forms(note: str, words: _Words) -> set[str]:
    """The forms a bracketed note states. "（原件1份，复印件1份）" counts copies, as a table's
    份数 column does: it states no form; "（电子版或原件均可）" and "（原件）" do."""
    forms = _forms_in(note, words)
    if re.search(_COUNT, note):
        forms.discard("paper")
    return forms


def _form(forms: set[str]) -> MaterialForm | None:
    if forms >= {"paper", "electronic"}:
        return "both"
    return "paper" if "paper" in forms else "electronic" if "electronic" in forms else None


def _is_paper_name(name: str, words: _Words) -> bool:
    return len(name) >= 2 and name[-1] in words.endings and name not in words.generic


MIN_UNENDED_NAME = 3
"""A name that does not end like a paper's is one only when form wording follows it and it is
longer than a stray word ("无需" of "无需上传")."""


def _names_paper(name: str, forms: set[str], words: _Words) -> bool:
    """A paper's name: it ends like one, or form wording follows it ("惠农一卡通复印件")."""
    return _is_paper_name(name, words) or (bool(forms) and len(name) >= MIN_UNENDED_NAME and name not in words.generic)


def _clean_name(name: str, words: _Words, sentence: bool = True) -> tuple[str, set[str]]:
    """The paper's name without title marks, a trailing note in brackets and form wording; in
    a sentence also without verbs, possessors and issuers ("另需提交", "申请人及家庭成员的",
    "…出具的"). Returns the name and the forms its wording stated.

    A name printed alone on its line keeps its possessor: "本人的户口簿" or "法定代表人身份
    证明" is how the portal names that paper."""
    forms: set[str] = set()
    name = _BOOK_TITLE.sub("", name).strip(" ，,。；;、：:")
    for _ in range(3):  # "残疾人证（有残疾的）复印件各一份": a tail, a bracket, a tail again
        tail = words.form_tail.search(name)
        if tail and tail.start() > 0:
            forms |= _forms_in(tail.group(0), words)
            name = name[: tail.start()].rstrip()
        bracket = _TRAILING_BRACKET.search(name)
        if bracket is None or bracket.start() == 0:
            break
        forms |= _bracket_forms(bracket.group(1), words)
        name = name[: bracket.start()].rstrip()
    if not sentence:
        return name.strip(" ，,。；;、：:"), forms
    for verb in words.verbs:
        at = name.rfind(verb)
        if at >= 0 and len(name) - at - len(verb) >= 2:
            name = name[at + len(verb):]
            break
    name = name.removeprefix("其中").strip()
    possessor = words.possessors.match(name)
    if possessor and len(name) - possessor.end() >= 2:
        name = name[possessor.end():]
    owner = name.find("的")
    if 0 <= owner <= 16 and len(name) - owner > 2 and (
        possessor or any(w in name[:owner + 1] for w in words.issuers)
    ):
        name = name[owner + 1:]
    for word in words.after_name:  # "照片现场免费采集": the paper is 照片
        at = name.find(word)
        if at >= 2 and name[at - 1] in words.endings and name[-1] not in words.endings:
            name = name[:at]
            break
    if _ELECTRONIC_IN_NAME in name:  # the name says its form: 近期免冠彩色电子照片
        forms.add("electronic")
    return name.strip(" ，,。；;、：:"), forms


def _split_tail(text: str, words: _Words) -> tuple[str, str | None]:
    """A text without its trailing bracketed note, split into the name and the form and copies
    wording that ends it ("户口簿原件及复印件各一份" -> 户口簿, 原件及复印件各一份)."""
    text = _TRAILING_BRACKET.sub("", text).strip()
    tail = words.form_tail.search(text)
    return (text[: tail.start()], tail.group(0)) if tail and tail.start() > 0 else (text, None)


def _tail_wording(text: str, words: _Words) -> str | None:
    """The form and copies wording that ends a paper's text ("复印件各一份"), kept as its copies."""
    text = _BOOK_TITLE.sub("", text).strip(" ，,。；;、：:")
    while (bracket := _TRAILING_BRACKET.search(text)) and bracket.start() > 0:
        text = text[: bracket.start()].rstrip()
    return _split_tail(text, words)[1]


def _pieces(clause: str, words: _Words) -> list[str]:
    """The papers of an enumeration: split at 、 (a piece that does not end like a paper's name
    belongs to the next: 营业执照正、副本), and at a last 和/及 joining two papers."""
    pieces: list[str] = []
    carry = ""
    for piece in split_outside_brackets(clause, "、"):
        if len(_split_tail(piece, words)[0]) <= 2 and pieces and not carry:  # 正本、副本
            pieces[-1] += "、" + piece
            continue
        piece = carry + ("、" if carry else "") + piece
        carry = "" if _ends_like_paper(piece, words) else piece
        if not carry:
            pieces.append(piece)
    if carry:
        pieces.append(carry)
    split: list[str] = []
    for piece in pieces:
        split.extend(_conjoined(piece, words, len(pieces) > 1))
    return split


def _conjoined(piece: str, words: _Words, in_list: bool) -> list[str]:
    """"诊断证明及近一年相关检查报告" is two papers; so is a list's last "身份证和银行卡". A 和
    outside a list may be inside one name (设置效果图和设计施工图), so it splits only in a list."""
    tail = words.form_tail.search(piece)
    body = piece[: tail.start()] if tail and tail.start() > 0 else piece  # the bracket stays: 和 in it
    marks = "及和" if in_list else "及"
    at = max(body.rfind(mark) for mark in marks)
    if at <= 0:
        return [piece]
    left, right = piece[:at], piece[at + 1:]
    if len(right) >= 2 and _ends_like_paper(left, words) and _ends_like_paper(right, words):
        return [*_conjoined(left, words, in_list), right]  # "平面图和设备布局图及工艺流程说明": three
    return [piece]


def _ends_like_paper(piece: str, words: _Words) -> bool:
    name, tail = _split_tail(_BOOK_TITLE.sub("", piece).strip(), words)
    return bool(name) and (name[-1] in words.endings or (tail is not None and len(name) >= 2))  # 惠农一卡通复印件


def _exempt_clause(clause: str, words: _Words, lexicon: LabelLexicon) -> bool:
    return says_exempt(clause, lexicon) or any(w in clause for w in words.exempt)


def _exempt_names(clause: str, words: _Words) -> list[str]:
    """Papers an exemption clause names: "户口簿、结婚证无需提供", "无需提供照片",
    "户口簿信息由民政部门通过数据共享获取" (a paper's information, fetched: the paper)."""
    text = BRACKETED.sub("", clause)
    for word in sorted(words.exempt, key=len, reverse=True):
        text = text.replace(word, "、")
    for mark in ("由", "通过", "已实现", "相关"):
        if (at := text.find(mark)) > 0:
            text = text[:at]
    for info in words.information:
        text = text.replace(info, "")
    names = []
    for piece in split_outside_brackets(text, "、"):
        name, _ = _clean_name(piece, words)
        if _is_paper_name(name, words):
            names.append(name)
    return names


def _read_exempt_note(base: str, note: str, words: _Words, lexicon: LabelLexicon, papers: list[_Paper],
                      item_start: int) -> None:
    """"夫妻双方居民身份证（无需提供户口簿、结婚证…）": the papers the note names are exempt, the
    one before it is not; "凭证（…通过系统调取，免于提交）" names none: the one before it is."""
    start = len(papers)
    _read_clause(base, words, lexicon, papers, item_start)
    named = _exempt_names(note, words)
    if not named:
        if len(papers) > start:  # the note follows the last paper of the clause: "A原件、照片（…无需自带）"
            papers[-1].exempt = True
        return
    for clause in split_outside_brackets(note, "，,；;"):
        if _exempt_clause(clause, words, lexicon):
            _read_clause(clause, words, lexicon, papers, len(papers))


def _read_clause(clause: str, words: _Words, lexicon: LabelLexicon, papers: list[_Paper], item_start: int) -> None:
    """Add the papers of one clause to ``papers`` (or give its form or exemption to earlier ones)."""
    if ":" in clause or "：" in clause:  # "申请人需提交：A；B" -> what follows the colon
        clause = re.split(r"[:：]", clause)[-1].strip()
    if not clause or clause.endswith("的"):  # a condition: "新生儿参保的，"
        return
    bracket = _TRAILING_BRACKET.search(clause)
    if bracket and bracket.start() > 0 and _exempt_clause(bracket.group(1), words, lexicon):
        _read_exempt_note(clause[: bracket.start()], bracket.group(1), words, lexicon, papers, item_start)
        return
    if _exempt_clause(clause, words, lexicon):
        named = _exempt_names(clause, words)
        for name in named:
            known = next((p for p in papers if p.name == name), None)
            if known is None:
                papers.append(_Paper(name, exempt=True))
            else:
                known.exempt = True
        if not named and not any(g in clause for g in words.generic) and len(papers) > item_start:
            papers[-1].exempt = True  # "照片现场免费采集，无需自带"
        return
    pieces = _pieces(clause, words)
    cleaned = [_clean_name(piece, words) for piece in pieces]
    enumerated = len(pieces) > 1  # only in a list does form wording make a name of any word
    listed = [(name, forms) for name, forms in cleaned if _names_paper(name, forms if enumerated else set(), words)]
    if not listed:  # "以上均提供复印件", "材料可在网上提交电子版": the form of the papers before
        stated = _forms_in(clause, words)
        for paper in papers:
            if not paper.exempt:
                paper.forms |= stated
        return
    # an enumeration's tail is every paper's ("A、B、C原件及复印件各一份"), unless papers before the
    # last state their own ("A、B复印件、C复印件": A's form is not said)
    own_forms = any(forms for _, forms in cleaned[:-1])
    last_forms = cleaned[-1][1] if pieces and not own_forms else set()
    last_wording = _tail_wording(pieces[-1], words) if pieces and not own_forms else None
    for piece, (name, forms) in zip(pieces, cleaned, strict=True):
        if _names_paper(name, forms if enumerated else set(), words):
            wording = _tail_wording(piece, words) if forms else last_wording
            papers.append(_Paper(name, set(forms or last_forms), wording=wording))


MAX_CHIP_LINE_CHARS = 16


class SentenceReader:
    """Materials of one 申请材料 section, read item by item: items written as sentences are
    read here, items a simpler reader built are added as they are (they can still take a form
    from a later "以上均提供复印件" or "材料可在网上提交电子版" clause)."""

    def __init__(self, lexicon: LabelLexicon) -> None:
        self.lexicon = lexicon
        self.words = _words(lexicon)
        self.papers: list[_Paper] = []

    def reads_as_sentences(self, item: str) -> bool:
        """An enumeration, several clauses, or a name followed by its form or count."""
        text = LEADING_LIST_MARK.sub("", item)
        flat = _BRACKETED_OR_TITLED.sub("", text)
        return any(mark in flat for mark in "、，,。；;：:") or self.words.form_tail.search(flat) is not None \
            or _exempt_clause(text, self.words, self.lexicon) or len(_conjoined(flat, self.words, False)) > 1

    def describes_last(self, text: str) -> bool:
        """A short line of form words, counts or an exemption under a paper's name and no
        paper of its own ("原件1份 纸质", "现场采集 免提交", "电子"): the chips of the paper above."""
        if not self.papers or len(text) > MAX_CHIP_LINE_CHARS or any(mark in text for mark in "、，,。；;：:") \
                or any(word in text for word in self.words.generic) \
                or any(p.name == name for name in _exempt_names(text, self.words) for p in self.papers):
            return False
        outside = BRACKETED.sub("", text)
        if not self.words.chip.search(outside) and not _COUNT_RE.search(outside):
            return False  # "银行账户信息（在线填报）": a paper with a note, no chips
        rest = _COUNT_RE.sub("", self.words.chip.sub("", outside))
        rest = re.sub(r"[及和或与/、\s]", "", rest)  # "户口簿原件及复印件1份" names 户口簿
        return not _is_paper_name(rest, self.words)

    def _chip_forms(self, text: str) -> set[str]:
        forms = _forms_in(text, self.words)
        if any(word in text.replace("电子证照", "") for word in self.words.chip_electronic):
            forms.add("electronic")
        return forms

    def _state_forms(self, text: str) -> None:
        """The forms a sentence about all the papers above states, given to each of them."""
        stated = _forms_in(text, self.words)
        for paper in self.papers:
            if not paper.exempt:
                paper.forms |= stated

    def read(self, item: str) -> None:
        text = LEADING_LIST_MARK.sub("", item).strip()
        if self.describes_last(text):
            last = self.papers[-1]
            last.exempt = last.exempt or _exempt_clause(text, self.words, self.lexicon)
            if not last.exempt:
                last.forms |= self._chip_forms(text)
            return
        start = len(self.papers)
        for sentence in split_outside_brackets(text, "。；;"):
            if SUMMARY.match(sentence):  # "以上材料窗口办理的提供原件，网上办理的上传照片": all papers' forms
                self._state_forms(sentence)
                continue
            for clause in split_outside_brackets(sentence, "，,"):
                if SUMMARY.match(clause):  # "…身份证和银行卡，以上均提供复印件"
                    self._state_forms(clause)
                else:
                    _read_clause(LEADING_LIST_MARK.sub("", clause), self.words, self.lexicon, self.papers, start)

    def add(self, material: Material, item: str | None = None) -> None:
        """A material built from one item's name: its name still loses title marks and a
        trailing note ("出院记录（住院的提供）"), whose form wording ("（原件）") is its form."""
        name, _ = _clean_name(material.name, self.words, sentence=False)
        stated = _clean_name(item, self.words, sentence=False)[1] if item else set()
        if len(name) < 2:
            name, stated = material.name, set()
        forms = {"paper", "electronic"} if material.form == "both" else {material.form} if material.form else set()
        forms |= stated  # "（电子版或原件均可）": either is accepted
        self.papers.append(_Paper(name, forms, material.exempt, _tail_wording(material.name, self.words), material))

    def materials(self) -> list[Material]:
        materials: list[Material] = []
        seen: set[str] = set()
        for paper in self.papers:
            name = paper.name[:MAX_NAME_CHARS]
            if name in seen:
                continue
            seen.add(name)
            read = Material(name=name, form=_form(paper.forms), exempt=paper.exempt, wording=paper.wording)
            materials.append(paper.built.model_copy(update=read.model_dump(include=_READ_FIELDS))
                             if paper.built else read)
        return materials
