"""A guide's Markdown body -> question drafts, parsed with markdown-it-py.

Headings drive the walk: ``#``/``##`` end the current kind, ``### <Kind> Questions`` sets
it, ``#### Question N: <prompt>`` opens a question whose bullets follow. Problems are
``(line, reason)`` with 1-based lines taken from the tokens' ``map``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from markdown_it.tree import SyntaxTreeNode

from bot.content.labels import is_follow_up, normalize_label
from bot.content.answer import (
    LIST_TYPES,
    Answer,
    Item,
    follow_up_texts,
    plain_text,
    read_answer,
    read_item,
)
from bot.content.budget import ParseBudget, ParseTooCostly, budget_env, budgeted_parser
from bot.types import Difficulty, Kind

Problem = tuple[int, str]

_PARSER = budgeted_parser()
_TOO_COSTLY = (
    "this guide takes too long to read from here on (long runs of '[', '*', '_' or '`'?): "
    "write it as plain Markdown like the shipped guides, or split it"
)
_KIND_HEADING = re.compile(r"(?P<kind>.+?)\s+questions", re.IGNORECASE)
_QUESTION_HEADING = re.compile(
    r"question\s+(?P<number>\d+)\s*[:.)\u2013\u2014-]\s*(?P<prompt>\S.*)", re.IGNORECASE
)
_LOOKS_LIKE_QUESTION = re.compile(r"question\b", re.IGNORECASE)
_KINDS = {
    "technical": Kind.TECHNICAL,
    "behavioral": Kind.BEHAVIORAL,
    "behavioural": Kind.BEHAVIORAL,
    "situational": Kind.SITUATIONAL,
    "problem solving": Kind.PROBLEM_SOLVING,
}
_KIND_HELP = "put it under a '### Technical Questions' (Behavioral, Situational, ...) heading"


@dataclass(frozen=True, slots=True)
class QuestionDraft:
    number: int
    prompt: str  # Markdown
    kind: Kind
    difficulty: Difficulty
    line: int
    answer: Answer


@dataclass(frozen=True, slots=True)
class _Heading:
    number: int
    prompt: str
    line: int
    kind: Kind | None


@dataclass(slots=True)
class _Walk:
    lines: Sequence[str]
    kind: Kind | None = None
    kind_reported: bool = False  # the current kind heading was already reported as unknown
    current: _Heading | None = None
    blocks: list[SyntaxTreeNode] = field(default_factory=list)
    drafts: list[QuestionDraft] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    first_line: dict[int, int] = field(default_factory=dict)  # number -> first heading line
    headings: int = 0


def parse_body(
    markdown: str, budget: ParseBudget | None = None
) -> tuple[list[QuestionDraft], list[Problem]]:
    """Every question in the body, or the problems that stop it from loading. With a
    ``budget``, a body that costs too much to parse is one problem at the line reached."""
    try:
        tokens = _PARSER.parse(markdown, budget_env(budget))
    except ParseTooCostly as exc:
        return [], [(exc.line, _TOO_COSTLY)]
    walk = _Walk(lines=markdown.split("\n"))
    for node in SyntaxTreeNode(tokens).children:
        if node.type == "heading" and node.tag in ("h1", "h2", "h3", "h4"):
            _finish(walk)
            _on_heading(walk, node)
        elif walk.current is not None:
            walk.blocks.append(node)
    _finish(walk)
    if not walk.headings:
        walk.problems.append((1, "no questions found: add '#### Question 1: <prompt>' headings"))
    return walk.drafts, walk.problems


def _line(node: SyntaxTreeNode) -> int:
    return (node.map or (0, 0))[0] + 1


def _on_heading(walk: _Walk, node: SyntaxTreeNode) -> None:
    inline = node.children[0] if node.children else node
    if node.tag in ("h1", "h2"):
        walk.kind, walk.kind_reported = None, False
    elif node.tag == "h3":
        _set_kind(walk, plain_text(inline).strip(), _line(node))
    else:
        _open_question(walk, inline.content.strip(), _line(node))


def heading_kind(title: str) -> Kind | str | None:
    """The Kind of a ``<Kind> Questions`` title, its unknown name as text, or None."""
    match = _KIND_HEADING.fullmatch(title)
    if match is None:
        return None
    name = match["kind"].strip()
    return _KINDS.get(normalize_label(name), name)


def _set_kind(walk: _Walk, title: str, line: int) -> None:
    kind = heading_kind(title)
    walk.kind = kind if isinstance(kind, Kind) else None
    walk.kind_reported = isinstance(kind, str) and not isinstance(kind, Kind)
    if walk.kind_reported:
        reason = f"unknown question kind '{kind}': use Technical, Behavioral, Situational or "
        walk.problems.append((line, reason + "Problem-Solving"))


def _open_question(walk: _Walk, title: str, line: int) -> None:
    match = _QUESTION_HEADING.fullmatch(title)
    if match is None:
        if _LOOKS_LIKE_QUESTION.match(title):
            walk.headings += 1
            walk.problems.append((line, f"heading '{title}' is not 'Question N: <prompt>'"))
        return
    walk.headings += 1
    number = int(match["number"])
    first = walk.first_line.setdefault(number, line)
    if first != line:
        walk.problems.append((line, f"duplicate question number {number} (first at line {first})"))
    if walk.kind is None and not walk.kind_reported:
        walk.problems.append((line, f"question {number} has no kind: {_KIND_HELP}"))
    walk.current = _Heading(number, match["prompt"].strip(), line, walk.kind)


def _finish(walk: _Walk) -> None:
    if walk.current is not None:
        draft, problems = _read_question(walk.current, walk.blocks, walk.lines)
        walk.problems.extend(problems)
        if draft is not None:
            walk.drafts.append(draft)
    walk.current, walk.blocks = None, []


def _read_question(
    heading: _Heading, blocks: Sequence[SyntaxTreeNode], lines: Sequence[str]
) -> tuple[QuestionDraft | None, list[Problem]]:
    lists = [block for block in blocks if block.type in LIST_TYPES]
    items = [read_item(node) for block in lists for node in block.children]
    answers = [item for item in items if normalize_label(item.label) == "answer"]
    if not answers:
        return None, [(heading.line, f"question {heading.number} has no **Answer** bullet")]
    answer, problems = read_answer(answers[0], lines)
    difficulty, difficulty_problems = _difficulty(heading.number, items)
    problems += difficulty_problems + _extra_answers(heading.number, answers)
    problems += _stray_bullets(heading.number, items)
    if not answer.key_points:
        problems.append((answers[0].line, f"question {heading.number} has no key points"))
    if problems or heading.kind is None:
        return None, problems
    extra = [text for item in items if is_follow_up(item.label) for text in follow_up_texts(item)]
    answer = replace(answer, follow_ups=(*answer.follow_ups, *extra))
    kind = heading.kind
    return QuestionDraft(heading.number, heading.prompt, kind, difficulty, heading.line, answer), []


def _extra_answers(number: int, answers: Sequence[Item]) -> list[Problem]:
    first = answers[0].line
    reason = f"question {number} has a second **Answer** bullet (first at line {first})"
    return [(extra.line, reason) for extra in answers[1:]]


def _difficulty(number: int, items: Sequence[Item]) -> tuple[Difficulty, list[Problem]]:
    """The ``- **Difficulty**:`` bullet's value, Medium when there is none."""
    found, problems = Difficulty.MEDIUM, []
    for item in items:
        if normalize_label(item.label) == "difficulty":
            try:
                found = Difficulty(item.text.strip().lower())
            except ValueError:
                reason = f"question {number} has difficulty '{item.text}': use Easy, Medium or Hard"
                problems.append((item.line, reason))
    return found, problems


def _stray_bullets(number: int, items: Sequence[Item]) -> list[Problem]:
    """Bullets beside **Answer** other than **Difficulty** and **Follow-up Points**."""
    reason = f"question {number} has a bullet outside **Answer**: indent it under **Answer**"
    known = ("answer", "difficulty")
    return [
        (item.line, reason)
        for item in items
        if normalize_label(item.label) not in known and not is_follow_up(item.label)
    ]
