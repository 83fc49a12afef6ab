"""One ``- **Answer**:`` bullet -> key points, follow-up prompts and the model answer.

Works on markdown-it syntax-tree nodes; problems are ``(line, reason)`` with 1-based lines.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it.tree import SyntaxTreeNode

from bot.questions import KeyPoint

Problem = tuple[int, str]

LIST_TYPES = frozenset({"bullet_list", "ordered_list"})
_GENERIC_LABELS = frozenset(
    {
        "action", "actions", "alternative considerations", "answer", "approach", "best practice",
        "best practices", "common mistakes", "common pitfalls", "considerations", "context",
        "definition", "design principles", "details", "diagnosis steps", "explanation",
        "immediate steps", "key considerations", "key points", "outcome", "overview", "pitfalls",
        "process", "real world scenario", "result", "results", "situation", "step by step process",
        "summary", "task", "technical details",
    }
)  # fmt: skip
_GENERIC_PATTERN = re.compile(r"(examples?|steps?|scenarios?|use cases?)(\s+\d+|\s+of\s+.+)?")
_FOLLOW_UP = re.compile(r"follow\s?ups?(\s+(points?|questions?|prompts?))?")
_WEIGHT = re.compile(r"\s*\(\s*weight\s*[:=]?\s*([-+]?[\d.]+)\s*\)\s*$", re.IGNORECASE)
_BULLET_LABEL = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\*\*[^*]*\*\*\s*:?\s*")


@dataclass(frozen=True, slots=True)
class Item:
    """A list item: its bold label, its own plain text and its nested items."""

    label: str
    text: str
    line: int  # 1-based line of the bullet
    span: tuple[int, int]  # 0-based [start, end) source lines
    children: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    key_points: tuple[KeyPoint, ...]
    follow_ups: tuple[str, ...]
    model_answer: str


@dataclass(slots=True)
class _Collected:
    points: list[KeyPoint] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)
    follow_up_spans: list[tuple[int, int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def normalize_label(label: str) -> str:
    return " ".join(label.lower().replace("-", " ").replace("_", " ").split()).rstrip(":")


def is_follow_up(label: str) -> bool:
    return _FOLLOW_UP.fullmatch(normalize_label(label)) is not None


def is_generic(label: str) -> bool:
    name = normalize_label(label)
    return name in _GENERIC_LABELS or _GENERIC_PATTERN.fullmatch(name) is not None


def plain_text(node: SyntaxTreeNode) -> str:
    """Inline Markdown as plain text: no backticks, no bold or italic markers."""
    if node.type in ("text", "code_inline", "html_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    return "".join(plain_text(child) for child in node.children)


def _clean(text: str) -> str:
    return " ".join(text.split())


def split_label(inline: SyntaxTreeNode) -> tuple[str, str]:
    """``("Best Practices", "rest")`` for ``**Best Practices**: rest``, else ``("", text)``."""
    parts = [child for child in inline.children if child.type != "text" or child.content]
    if parts and parts[0].type == "strong":
        label = _clean(plain_text(parts[0]))
        rest = _clean("".join(plain_text(part) for part in parts[1:]))
        if label.endswith(":") or rest.startswith(":") or not rest:
            return label.rstrip(":").strip(), rest.removeprefix(":").strip()
    return "", _clean(plain_text(inline))


def read_item(node: SyntaxTreeNode) -> Item:
    """An :class:`Item` from a ``list_item`` node; code blocks are skipped (not key points)."""
    paragraphs = [child for child in node.children if child.type == "paragraph"]
    label, text = split_label(paragraphs[0].children[0]) if paragraphs else ("", "")
    more = [_clean(plain_text(paragraph)) for paragraph in paragraphs[1:]]
    lists = [child for child in node.children if child.type in LIST_TYPES]
    children = tuple(read_item(item) for child in lists for item in child.children)
    span = node.map or (0, 0)
    return Item(label, " ".join([text, *more]).strip(), span[0] + 1, span, children)


def split_weight(text: str) -> tuple[str, float | None]:
    """``("text", 2.0)`` for ``text (weight 2)``; weight 1.0 when absent, None when malformed."""
    match = _WEIGHT.search(text)
    if match is None:
        return text, 1.0
    try:
        weight = float(match[1])
    except ValueError:
        return text[: match.start()], None
    return text[: match.start()], weight if weight > 0 else None


def _point_text(label: str, text: str) -> str:
    """Drop a generic label ("Example"); keep a specific one ("Indexing: add an index")."""
    if not label or is_generic(label):
        return text
    return f"{label}: {text}" if text else label


def _add_point(item: Item, label: str, out: _Collected) -> None:
    text, weight = split_weight(item.text)
    if weight is None:
        out.problems.append((item.line, "bad key point weight: write '(weight 2)', above 0"))
        weight = 1.0
    point = _point_text(item.label, text.strip())
    if point:
        out.points.append(KeyPoint(text=point, label=label, weight=weight))


def _leaf_texts(item: Item) -> list[str]:
    own = _point_text(item.label, split_weight(item.text)[0].strip())
    nested = [text for child in item.children for text in _leaf_texts(child)]
    return [own, *nested] if own and (item.text or not item.children) else nested


def follow_up_texts(item: Item) -> list[str]:
    """The prompts of a ``**Follow-up Points**`` bullet: its own text, then its leaves."""
    own = [item.text] if item.text else []
    return own + [text for child in item.children for text in _leaf_texts(child)]


def collect(item: Item, inherited: str, out: _Collected) -> None:
    """Key points (leaves, and labelled text that also has children) and follow-ups."""
    if is_follow_up(item.label):
        out.follow_ups.extend(follow_up_texts(item))
        out.follow_up_spans.append(item.span)
        return
    label = item.label or inherited
    if item.text or not item.children:
        _add_point(item, label, out)
    for child in item.children:
        collect(child, label, out)


def model_answer(answer: Item, lines: Sequence[str], skip: Sequence[tuple[int, int]]) -> str:
    """The answer's Markdown, dedented, without follow-up bullets or weight markers."""
    start, end = answer.span
    head = _BULLET_LABEL.sub("", lines[start]).strip() if start < len(lines) else ""
    kept = [
        _WEIGHT.sub("", lines[index]).rstrip()
        for index in range(start + 1, min(end, len(lines)))
        if not any(first <= index < last for first, last in skip)
    ]
    body = textwrap.dedent("\n".join(kept)).strip("\n")
    return "\n".join(part for part in (_WEIGHT.sub("", head), body) if part)


def read_answer(answer: Item, lines: Sequence[str]) -> tuple[Answer, list[Problem]]:
    """Everything a question needs from its ``- **Answer**:`` bullet."""
    out = _Collected()
    if answer.text:
        _add_point(Item("", answer.text, answer.line, answer.span), "", out)
    for child in answer.children:
        collect(child, "", out)
    text = model_answer(answer, lines, out.follow_up_spans)
    return Answer(tuple(out.points), tuple(out.follow_ups), text), out.problems
