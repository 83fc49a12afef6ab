"""Question guides, from a Markdown file to a :class:`~bot.questions.Guide`.

One stage a module, each handing the next its output:

- ``file``: the bytes -> repaired UTF-8 lines, the YAML frontmatter and the body;
- ``body``: the body's headings -> one question draft per ``#### Question N:``, parsed
  within a ``budget`` (a guide whose parse costs too much is refused);
- ``answer``: one ``- **Answer**:`` bullet -> key points, follow-ups and the model answer;
- ``guide``: files and folders -> guides and a bank, every problem as ``path:line: reason``;
- ``labels``: the bold labels' rules (generic, follow-up, the role each names).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.content.budget import ParseBudget
    from bot.content.guide import (
        guide_files,
        guide_slug,
        lint,
        load_bank,
        load_guide,
        parse_guide,
    )

_FROM = {"ParseBudget": "bot.content.budget"}


def __getattr__(name: str) -> Any:
    """The loader's names, imported on first use: reading a label (``bot.content.labels``)
    does not load the Markdown parser, YAML and text repair."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_FROM.get(name, "bot.content.guide")), name)

__all__ = [
    "ParseBudget",
    "guide_files",
    "guide_slug",
    "lint",
    "load_bank",
    "load_guide",
    "parse_guide",
]
