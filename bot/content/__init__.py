"""Question guides, from a Markdown file to a :class:`~bot.questions.Guide`.

One stage a module, each handing the next its output:

- ``file``: the bytes -> repaired UTF-8 lines, the YAML frontmatter and the body;
- ``body``: the body's headings -> one question draft per ``#### Question N:``, parsed
  within a ``budget`` (a guide whose parse costs too much is refused);
- ``answer``: one ``- **Answer**:`` bullet -> key points, follow-ups and the model answer;
- ``guide``: files and folders -> guides and a bank, every problem as ``path:line: reason``.
"""

from __future__ import annotations

from bot.content.budget import ParseBudget
from bot.content.guide import guide_files, guide_slug, lint, load_bank, load_guide, parse_guide

__all__ = [
    "ParseBudget",
    "guide_files",
    "guide_slug",
    "lint",
    "load_bank",
    "load_guide",
    "parse_guide",
]
