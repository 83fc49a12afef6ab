"""A model answer written as text -> key points, for ``mockinterview grade``'s ``reference``.

Each bullet (``-``, ``*``, ``1.``) is one point, and so is each run of prose between bullets:
its sentences elaborate one answer, and a long point need not be said word for word (see
``vocabulary.PreparedPoint.full``). Split sentence by sentence, a model answer of a few
sentences demanded every one of them; graders of short answers, whose references are such
prose, accept an answer that gets its substance right. A bold label is
dropped when generic (``**Example**:``) and kept as ``Label: text`` when specific; a label with
no text of its own only groups its children. Headings, code blocks and ``**Follow-up Points**``
(with their children) are left out. A labelled bullet's role comes from its label
(``**Common Pitfalls**:`` gives a pitfall); every other point is core.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.content.labels import is_follow_up, is_generic, role_of_label
from bot.questions import KeyPoint
from bot.types import Role

FENCE = re.compile(r"^\s*(```|~~~)")
BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(?P<text>.*)$")
LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)\*\*\s*:?\s*(?P<rest>.*)$")
MARKUP = re.compile(r"`+|\*\*|__")


def reference_points(reference: str) -> list[KeyPoint]:
    """The key points of a model answer, each with the role its label gives."""
    points: list[KeyPoint] = []
    in_prose = False  # whether the last point is a run of prose the next prose joins
    for bullet, text, role in _blocks(reference):
        if bullet:
            points.extend(_labelled(text, role))
        elif in_prose and points[-1].role is role:
            points[-1] = KeyPoint(f"{points[-1].text} {_plain(text)}".strip(), role=role)
        else:
            points.append(KeyPoint(_plain(text), role=role))
        in_prose = not bullet
    return [point for point in points if point.text]


def split_reference(reference: str) -> list[str]:
    """The texts of :func:`reference_points`."""
    return [point.text for point in reference_points(reference)]


def _blocks(reference: str) -> Iterator[tuple[bool, str, Role]]:
    """(is a bullet, text, role) per bullet or piece of prose, wrapped lines joined."""
    bullet, role = False, Role.CORE
    parts: list[str] = []
    for starts, text, line_role in _lines(reference):
        if parts and (starts or not text or _starts_prose(parts[-1], text, bullet)):
            yield bullet, " ".join(parts), role
            parts = []
        if text:
            if not parts:
                bullet, role = starts, line_role
            parts.append(text)
    if parts:
        yield bullet, " ".join(parts), role


def _starts_prose(previous: str, text: str, bullet: bool) -> bool:
    return not bullet and (previous.endswith((".", "!", "?", ":")) or not text[:1].islower())


def _lines(reference: str) -> Iterator[tuple[bool, str, Role]]:
    """(starts a bullet, text, role); "" separates blocks; code, headings, follow-ups left out.

    A line's role is its own label's, else that of the nearest less indented labelled line
    ("Common Pitfalls:" above a bullet makes it a pitfall).
    """
    in_code, follow_up_indent = False, -1
    labelled: list[tuple[int, Role]] = []  # (indent, role) of the labelled lines above
    for line in reference.splitlines():
        bullet = BULLET.match(line)
        text = (bullet["text"] if bullet else line).strip()
        fence = FENCE.match(line) is not None
        in_code = in_code != fence
        if in_code or fence or not text or (bullet is None and text.startswith("#")):
            yield False, "", Role.CORE
            continue
        indent = len(line) - len(line.lstrip())
        if 0 <= follow_up_indent < indent:
            continue
        follow_up_indent = indent if _is_follow_up(text) else -1
        if follow_up_indent < 0:
            role = _role(labelled, indent, text)
            yield bullet is not None or LABEL.match(text) is not None, text, role


def _role(labelled: list[tuple[int, Role]], indent: int, text: str) -> Role:
    while labelled and labelled[-1][0] >= indent:
        labelled.pop()
    label = LABEL.match(text)
    own = role_of_label(label["label"], nested=bool(labelled)) if label else None
    if own is not None:
        labelled.append((indent, own))
        return own
    return labelled[-1][1] if labelled else Role.CORE


def _is_follow_up(text: str) -> bool:
    label = LABEL.match(text)
    return label is not None and is_follow_up(label["label"])


def _labelled(text: str, role: Role) -> list[KeyPoint]:
    match = LABEL.match(text)
    if match is None:
        return [KeyPoint(_plain(text), role=role)]
    label, rest = match["label"].strip().rstrip(":"), _plain(match["rest"])
    if not rest:
        return []
    return [KeyPoint(rest if is_generic(label) else f"{_plain(label)}: {rest}", role=role)]


def _plain(text: str) -> str:
    return " ".join(MARKUP.sub("", text).split())
