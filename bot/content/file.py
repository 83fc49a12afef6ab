"""A guide file's text and frontmatter: UTF-8 check, ftfy repair, YAML fields.

Every problem is a ``(line, reason)`` pair with the 1-based line in the file; the caller
adds the path. Repair works line by line, so line numbers never move.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ftfy
import yaml
from frontmatter.default_handlers import YAMLHandler

Problem = tuple[int, str]

_FIXER = ftfy.TextFixerConfig(fix_line_breaks=False, unescape_html=False)
_BOUNDARY = re.compile(r"-{3,}\s*")  # python-frontmatter's YAML boundary, one line
_SCALARS = (str, int, float)


@dataclass(frozen=True, slots=True)
class GuideMeta:
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    glossary: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GuideFile:
    body: str  # Markdown with the frontmatter lines blanked: token lines are file lines
    meta: GuideMeta | None  # None when the frontmatter is missing or broken
    problems: tuple[Problem, ...]


def read_guide_file(path: Path) -> GuideFile:
    """Read, repair and split one guide; raises OSError if it cannot be read."""
    return split_guide(path.read_bytes())


def split_guide(data: bytes) -> GuideFile:
    """Repair and split a guide's bytes (from a file or an upload) into frontmatter and body."""
    lines, problems = decode_lines(data)
    lines, lost = repair_lines(lines, skip={line for line, _ in problems})
    end = _frontmatter_end(lines)
    if end is None:
        reason = "missing frontmatter: start the file with a '---' block holding 'term'"
        if lines and _BOUNDARY.fullmatch(lines[0]):
            reason = "frontmatter is never closed: add a '---' line after it"
        return GuideFile("\n".join(lines), None, (*problems, *lost, (1, reason)))
    meta, meta_problems = read_meta(lines[: end + 1])
    body = "\n".join([""] * (end + 1) + lines[end + 1 :])
    return GuideFile(body, meta, (*problems, *lost, *meta_problems))


def decode_lines(data: bytes) -> tuple[list[str], list[Problem]]:
    """Lines of UTF-8 text; a line that is not UTF-8 is a problem (and decoded lossily)."""
    data = data.removeprefix(codecs.BOM_UTF8).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    lines: list[str] = []
    problems: list[Problem] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            reason = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
            problems.append((number, reason))
            lines.append(raw.decode("utf-8", errors="replace"))
    return lines, problems


def repair_lines(lines: Sequence[str], *, skip: set[int]) -> tuple[list[str], list[Problem]]:
    """Mojibake and smart quotes fixed by ftfy; lines still holding U+FFFD are problems."""
    fixed = [ftfy.fix_text(line, _FIXER).replace("\n", " ") for line in lines]
    lost = [
        (number, "contains U+FFFD (text lost to a broken encoding): retype the damaged text")
        for number, line in enumerate(fixed, start=1)
        if "\ufffd" in line and number not in skip
    ]
    return fixed, lost


def _frontmatter_end(lines: Sequence[str]) -> int | None:
    """Index of the closing ``---`` line, or None without a complete frontmatter block."""
    if not lines or not _BOUNDARY.fullmatch(lines[0]):
        return None
    return next((i for i in range(1, len(lines)) if _BOUNDARY.fullmatch(lines[i])), None)


def read_meta(block: Sequence[str]) -> tuple[GuideMeta | None, list[Problem]]:
    """The guide's fields from the frontmatter lines, ``---`` lines included."""
    data, problems = _load_yaml(block[1:-1])
    if data is None:
        return None, problems
    fields = _Fields(data, block)
    title = fields.text("term")
    if not title and not fields.problems:
        fields.problems.append((1, "missing frontmatter field 'term'"))
    meta = GuideMeta(
        title=title,
        description=fields.text("description"),
        tags=fields.tags(),
        glossary=fields.glossary(),
    )
    return (None, fields.problems) if fields.problems else (meta, [])


def _load_yaml(lines: Sequence[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
    try:
        data = YAMLHandler().load("\n".join(lines))
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_problem(exc, len(lines))]
    except yaml.YAMLError as exc:
        return None, [(1, f"frontmatter is not valid YAML: {exc}")]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [(2, "frontmatter is not a set of 'field: value' lines")]
    return data, []


def _yaml_problem(exc: yaml.MarkedYAMLError, count: int) -> Problem:
    """The error at its file line (+1 for 1-based, +1 for the opening '---')."""
    mark = exc.problem_mark or exc.context_mark
    line = min(mark.line, max(count - 1, 0)) + 2 if mark is not None else 1
    reason = f"frontmatter is not valid YAML: {exc.problem or exc.context}"
    if exc.problem and exc.context and exc.context_mark is not None:
        reason += f" ({exc.context} from line {exc.context_mark.line + 2})"
    return line, reason


class _Fields:
    """Typed access to frontmatter fields, collecting a problem per malformed field."""

    def __init__(self, data: Mapping[str, Any], block: Sequence[str]) -> None:
        self.data = data
        self.block = block
        self.problems: list[Problem] = []

    def line(self, name: str) -> int:
        pattern = re.compile(rf"{re.escape(name)}\s*:")
        return next((i + 1 for i, line in enumerate(self.block) if pattern.match(line)), 1)

    def fail(self, name: str, reason: str) -> None:
        self.problems.append((self.line(name), f"frontmatter field '{name}' {reason}"))

    def text(self, name: str) -> str:
        value = self.data.get(name)
        if value is None:
            return ""
        if not isinstance(value, _SCALARS):
            self.fail(name, "must be text")
            return ""
        return str(value).strip()

    def tags(self) -> tuple[str, ...]:
        value = self.data.get("tags")
        if value is None:
            return ()
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list) or not all(isinstance(tag, _SCALARS) for tag in value):
            self.fail("tags", "must be a list like [APIs, Databases]")
            return ()
        return tuple(str(tag).strip() for tag in value if str(tag).strip())

    def glossary(self) -> dict[str, str]:
        value = self.data.get("glossary")
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(key, _SCALARS) and isinstance(term, _SCALARS) for key, term in value.items()
        ):
            self.fail("glossary", "must map each term to one term, like 'k8s: kubernetes'")
            return {}
        return {str(key).strip().lower(): str(term).strip() for key, term in value.items()}
