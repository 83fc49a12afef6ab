"""A bounded Markdown parse: a guide whose inline parse costs too much work is given up.

markdown-it-py is pure Python, and some inputs cost far more per character than prose: a
240 KB run of ``[`` makes every bracket try a link label up to ``maxNesting`` deep (about
23 rule calls each), a run of ``*a`` makes a token per character. Every inline rule call
and every look-ahead (``skipToken``) spends one step of a :class:`ParseBudget`; past its
steps, or its seconds on its clock, the parse stops with :class:`ParseTooCostly`.

The steps are the deterministic bound (the shipped 40 KB guides take under 2,000; the
worst inputs of 256 KB cost at most about 10 microseconds a step, see
``benchmarks/guide_parse.py``); the seconds are a backstop for a slow machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline

MAX_STEPS = 100_000
MAX_SECONDS = 2.0
CLOCK_EVERY = 256  # steps between two looks at the clock
_ENV_KEY = "parse_budget"


class ParseTooCostly(Exception):  # noqa: N818  # a verdict on the input, not a bug
    """The parse spent its budget; ``line`` is the 1-based line it had reached."""

    def __init__(self, line: int) -> None:
        super().__init__(f"the parse spent its budget at line {line}")
        self.line = line


@dataclass(slots=True)
class ParseBudget:
    """Steps and seconds one parse may spend; make a new one for each parse."""

    steps: int = MAX_STEPS
    seconds: float = MAX_SECONDS
    clock: Callable[[], float] = time.thread_time  # this parse's CPU, not other threads'
    line: int = 1  # the line of the block being parsed, for the message
    _deadline: float | None = field(default=None, init=False)
    spent: int = field(default=0, init=False)

    def spend(self) -> None:
        self.spent += 1
        if self.spent > self.steps:
            raise ParseTooCostly(self.line)
        if self.spent % CLOCK_EVERY == 0:
            now = self.clock()
            if self._deadline is None:
                self._deadline = now + self.seconds
            elif now > self._deadline:
                raise ParseTooCostly(self.line)

    def start(self) -> None:
        self._deadline = self.clock() + self.seconds


class _BudgetedInline(ParserInline):
    def skipToken(self, state: StateInline) -> None:  # noqa: N802  # markdown-it's name
        _spend(state.env)
        super().skipToken(state)


def _spend(env: object) -> None:
    budget = env.get(_ENV_KEY) if isinstance(env, dict) else None
    if budget is not None:
        budget.spend()


def _count_rule(state: StateInline, silent: bool) -> bool:
    """The first inline rule: spends a step at every position tried, matches nothing."""
    _spend(state.env)
    return False


def _inline_by_block(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, noting each block's line in the budget first."""
    budget = state.env.get(_ENV_KEY)
    for token in state.tokens:
        if token.type != "inline":
            continue
        if budget is not None and token.map is not None:
            budget.line = token.map[0] + 1
        if token.children is None:
            token.children = []
        state.md.inline.parse(token.content, state.md, state.env, token.children)


def budgeted_parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough, as guides are written, that spends budgets."""
    parser = MarkdownIt("commonmark")
    parser.inline = _BudgetedInline()
    parser.configure("commonmark").enable(["table", "strikethrough"])
    parser.inline.ruler.before("text", "parse_budget", _count_rule)
    parser.core.ruler.at("inline", _inline_by_block)
    return parser


def budget_env(budget: ParseBudget | None) -> dict[str, object]:
    """The ``env`` to hand ``parse`` so that it spends ``budget`` (none: unbounded)."""
    if budget is None:
        return {}
    budget.start()
    return {_ENV_KEY: budget}
