"""One ``- **Answer**:`` bullet -> key points, follow-up prompts and the model answer.

Works on markdown-it syntax-tree nodes; problems are ``(line, reason)`` with 1-based lines.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it.tree import SyntaxTreeNode

from bot.content.labels import is_follow_up, is_generic, parse_role, role_of_label
from bot.questions import KeyPoint
from bot.types import Role

Problem = tuple[int, str]

LIST_TYPES = frozenset({"bullet_list", "ordered_list"})
_WEIGHT = re.compile(r"\s*\(\s*weight\s*[:=]?\s*([-+]?[\d.]+)\s*\)\s*$", re.IGNORECASE)
_ROLE = re.compile(r"\s*\(\s*role\s*[:=]?\s*([\w-]*)\s*\)\s*$", re.IGNORECASE)
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


def split_role(text: str) -> tuple[str, Role | None, bool]:
    """``("text", Role.PITFALL, True)`` for ``text (role pitfall)``; the flag is False when a
    role marker is there but names no role."""
    match = _ROLE.search(text)
    if match is None:
        return text, None, True
    role = parse_role(match[1])
    return text[: match.start()], role, role is not None


def split_markers(text: str) -> tuple[str, float | None, Role | None, bool]:
    """The text without its trailing ``(weight N)`` and ``(role R)``, in either order."""
    text, role, role_ok = split_role(text)
    text, weight = split_weight(text)
    if role is None and role_ok:
        text, role, role_ok = split_role(text)
    return text, weight, role, role_ok


ROLE_PROBLEM = "bad key point role: write '(role core)', supporting, pitfall or story"


def _add_point(item: Item, label: str, role: Role, out: _Collected) -> None:
    text, weight, own_role, role_ok = split_markers(item.text)
    if weight is None:
        out.problems.append((item.line, "bad key point weight: write '(weight 2)', above 0"))
        weight = 1.0
    if not role_ok:
        out.problems.append((item.line, ROLE_PROBLEM))
    point = _point_text(item.label, text.strip())
    if point:
        out.points.append(KeyPoint(text=point, label=label, weight=weight, role=own_role or role))


def _leaf_texts(item: Item) -> list[str]:
    own = _point_text(item.label, split_markers(item.text)[0].strip())
    nested = [text for child in item.children for text in _leaf_texts(child)]
    return [own, *nested] if own and (item.text or not item.children) else nested


def follow_up_texts(item: Item) -> list[str]:
    """The prompts of a ``**Follow-up Points**`` bullet: its own text, then its leaves."""
    own = [item.text] if item.text else []
    return own + [text for child in item.children for text in _leaf_texts(child)]


def collect(item: Item, inherited: str, out: _Collected, role: Role = Role.CORE) -> None:
    """Key points (leaves, and labelled text that also has children) and follow-ups.

    A point's role comes from the nearest label that names one ("Common Pitfalls" above
    "Indexing" makes a pitfall), else it is core; ``(role R)`` after the text overrides it.
    """
    if is_follow_up(item.label):
        out.follow_ups.extend(follow_up_texts(item))
        out.follow_up_spans.append(item.span)
        return
    label = item.label or inherited
    role = role_of_label(item.label, nested=bool(inherited)) or role
    if item.text or not item.children:
        _add_point(item, label, role, out)
    for child in item.children:
        collect(child, label, out, role)


def model_answer(answer: Item, lines: Sequence[str], skip: Sequence[tuple[int, int]]) -> str:
    """The answer's Markdown, dedented, without follow-up bullets or weight markers."""
    start, end = answer.span
    head = _BULLET_LABEL.sub("", lines[start]).strip() if start < len(lines) else ""
    kept = [
        _without_markers(lines[index]).rstrip()
        for index in range(start + 1, min(end, len(lines)))
        if not any(first <= index < last for first, last in skip)
    ]
    body = textwrap.dedent("\n".join(kept)).strip("\n")
    return "\n".join(part for part in (_without_markers(head), body) if part)


def _without_markers(line: str) -> str:
    return _WEIGHT.sub("", _ROLE.sub("", _WEIGHT.sub("", line)))


def read_answer(answer: Item, lines: Sequence[str]) -> tuple[Answer, list[Problem]]:
    """Everything a question needs from its ``- **Answer**:`` bullet."""
    out = _Collected()
    if answer.text:
        _add_point(Item("", answer.text, answer.line, answer.span), "", Role.CORE, out)
    for child in answer.children:
        collect(child, "", out)
    text = model_answer(answer, lines, out.follow_up_spans)
    return Answer(tuple(out.points), tuple(out.follow_ups), text), out.problems
