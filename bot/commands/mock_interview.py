"""`interview [n] [minutes]`: kinds mixed like a real interview, optionally timed."""

from __future__ import annotations

from dataclasses import replace

from bot import interview
from bot.commands.base import Argument, Desk, Outcome, Request, Spec
from bot.commands.interview import default_guide, fewer, here, open_interview, replacing
from bot.commands.words import CONFIRM_WORDS, confirmation
from bot.timed import mock_intro, parse_mock


def mock_interview(desk: Desk, request: Request, args: str) -> Outcome:
    request = here(desk, request)
    guide = default_guide(desk, request)
    options = parse_mock(confirmation(args)[1])
    asking = replacing(request, "interview", args)
    if asking is not None:
        return asking
    draft = interview.begin(
        session_id=desk.new_id(),
        guide=guide,
        kind=None,
        difficulty=None,
        length=min(options.questions, len(request.bank.select(guide=guide))),
        first_question="",
        now=request.now,
    )
    timed = replace(draft, mixed=True, time_limit=options.seconds)
    intro = fewer(request, timed, options.questions) + mock_intro(options)
    return open_interview(desk, request, timed, intro)


def _accepts(words: list[str], _guides: object) -> bool:
    return all(word.isdigit() or word in CONFIRM_WORDS for word in words)


COMMANDS = (
    Spec(
        "interview",
        "`interview [n] [minutes]`: a mock interview of mixed kinds, optionally timed",
        mock_interview,
        arguments=(
            Argument("questions", "How many questions (default 5)"),
            Argument("minutes", "Minutes per answer (default: no limit)"),
        ),
        accepts=_accepts,
    ),
)
