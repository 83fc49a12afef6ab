"""Slack views: the answer modal and the Home tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adapters.slack.events import ANSWER_BLOCK, ANSWER_INPUT, ANSWER_VIEW, encode_where
from adapters.slack.render import SECTION_LIMIT, escape, section, to_mrkdwn
from bot.types import Home, RecentScore, Where

ANSWER_MAX_CHARS = 3000  # Slack's limit for a plain-text input
PROMPT_CHARS = 120
HOW_TO_START = "\n".join(
    [
        "**How to start**",
        "• Type `/mockinterview start` here in our DM, or in any channel I'm in.",
        "• Choose a guide, kind and level: `/mockinterview start backend-developer easy`.",
        "• Answer in our DM, in the question's thread, or with the **Answer** button.",
        "• `/mockinterview help` lists every command.",
    ]
)

PRIVACY = (
    "**Your data**\n"
    "• `/mockinterview export` sends you everything kept about you, as a file.\n"
    "• `/mockinterview forget` deletes it.\n"
    "• What is kept, why, for how long and who sees it: "
)
PRIVACY_NOTICE = "PRIVACY.md in the mockinterview project"

View = dict[str, Any]


def plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def answer_modal(where: Where, question: str | None) -> View:
    """A modal with a multi-line input; ``question`` is the question's own mrkdwn, if known."""
    answer_input = {
        "type": "input",
        "block_id": ANSWER_BLOCK,
        "label": plain("Your answer"),
        "element": {
            "type": "plain_text_input",
            "action_id": ANSWER_INPUT,
            "multiline": True,
            "max_length": ANSWER_MAX_CHARS,
        },
    }
    blocks = [section(question[:SECTION_LIMIT])] if question else []
    return {
        "type": "modal",
        "callback_id": ANSWER_VIEW,
        "private_metadata": encode_where(where),
        "title": plain("Answer"),
        "submit": plain("Submit"),
        "close": plain("Cancel"),
        "blocks": [*blocks, answer_input],
    }


def home_view(home: Home, *, privacy_url: str | None = None) -> View:
    """The Home tab: the current interview, the last scores, how to start, and the person's
    data (export, forget, and the privacy notice at ``privacy_url``)."""
    divider = {"type": "divider"}
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": plain("mockinterview")},
            section("*Your interview*\n" + to_mrkdwn(home.status)),
            divider,
            section("*Recent scores*\n" + _score_lines(home.recent)),
            divider,
            section(to_mrkdwn(HOW_TO_START)),
            divider,
            section(to_mrkdwn(PRIVACY) + _notice(privacy_url)),
        ],
    }


def _notice(privacy_url: str | None) -> str:
    """A link to the privacy notice, or where to find it (mrkdwn)."""
    return f"<{escape(privacy_url)}|the privacy notice>." if privacy_url else PRIVACY_NOTICE + "."


def _score_lines(recent: Sequence[RecentScore]) -> str:
    if not recent:
        return "_No answers yet._"
    return "\n".join(f"• *{round(item.score * 100)}%* · {_short(item.prompt)}" for item in recent)


def _short(prompt: str) -> str:
    clipped = prompt if len(prompt) <= PROMPT_CHARS else prompt[: PROMPT_CHARS - 1] + "…"
    return escape(clipped)
