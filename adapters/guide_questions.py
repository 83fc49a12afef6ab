"""The shipped guides' questions, looked up by prompt, for ``mockinterview grade``.

A line that asks a guide's question with that question's key points as plain strings is then
scored as the guide scores it (roles, weights, kind). The guides are parsed on first use, so
``grade`` starts as fast as before and pays for the guides only when a line needs them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from bot.errors import ContentError
from bot.grading import same_spacing
from bot.questions import Question

log = logging.getLogger(__name__)


class GuideQuestions:
    """A callable ``prompt -> Question | None`` over the guides under ``paths``."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths = tuple(paths)
        self._by_prompt: dict[str, Question] | None = None

    def __call__(self, prompt: str) -> Question | None:
        if self._by_prompt is None:
            self._by_prompt = self._load()
        return self._by_prompt.get(same_spacing(prompt))

    def _load(self) -> dict[str, Question]:
        from bot.content import load_bank

        try:
            bank = load_bank(list(self._paths))
        except ContentError as error:
            log.warning("the guides could not be read, so no line is matched to them: %s", error)
            return {}
        return {same_spacing(question.prompt): question for question in bank}
