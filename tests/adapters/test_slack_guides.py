"""Adding a guide by sharing a Markdown file in a DM with the app, over real HTTP.

The fake Web API hosts the shared file as Slack does (``url_private_download``) and
records each download with its Authorization header.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from adapters.slack.guides import MAX_GUIDE_BYTES, download
from bot.db import SqlStore
from bot.questions import QuestionBank
from tests.adapters.slack_fakes import (  # noqa: F401 (fixtures)
    BOT_TOKEN,
    SECOND_TEAM,
    SECOND_TEAM_TOKEN,
    TIME_ZONE,
    FakeSlackApi,
    RunningApp,
    Scripted,
    file_share_event,
    fresh_slack_store,
    install_through_oauth,
    migrated_template,
    running_app,
    running_slack,
    wait_for,
)
from tests.adapters.test_slack import shown
from tests.conftest import make_engine

GUIDE = """---
term: "Kotlin Developer Interview Help"
description: "Two questions for Kotlin developers."
tags: ["Kotlin"]
---

## Interview Questions and Answers

### Technical Questions

#### Question 1: What does a Kotlin data class generate for you?
- **Difficulty**: Easy
- **Answer**:
  - **Definition**: A data class generates equals, hashCode, toString and copy from the \
properties of its primary constructor.
  - **Example**: A User data class can be compared by value and copied with one field changed.
  - **Follow-up Points**: Discuss why data classes should hold immutable val properties.

#### Question 2: How do Kotlin coroutines differ from threads?
- **Difficulty**: Medium
- **Answer**:
  - **Definition**: Coroutines suspend without blocking a thread, so thousands of them can \
share a small thread pool.
  - **Best Practices**:
    - Use structured concurrency with a scope so that children are cancelled together.
  - **Follow-up Points**: Discuss dispatchers and cancellation.
"""
PROMPTS = ("What does a Kotlin data class generate", "How do Kotlin coroutines differ")
# Question 1 loses its **Answer** bullet and question 2 takes number 1 too.
BROKEN = GUIDE.replace("- **Answer**:\n  - **Definition**: A data", "- **Notes**:\n  - A data")
BROKEN = BROKEN.replace("#### Question 2:", "#### Question 1:")


def line_of(text: str, start: str) -> int:
    return next(
        number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start)
    )


def as_admin(api: FakeSlackApi, user: str = "U1") -> None:
    """``users.info`` says ``user`` is a workspace admin (asked once per person)."""
    info = {"id": user, "real_name": f"Admin {user}", "is_admin": True, "tz": TIME_ZONE}
    api.script("users.info", Scripted(200, {"ok": True, "user": info}))


def share(
    slack: RunningApp, name: str, data: bytes, *, size: int | None = None, text: str = ""
) -> None:
    """Host ``data`` on the fake Slack and share it in U1's DM with the app; ``size`` is
    what Slack says the file's size is."""
    url = slack.api.host_file(name, data)
    event = file_share_event(name, url, size=len(data) if size is None else size, text=text)
    assert slack.slack.event(event, event_id=f"Ev-{name}").status == 200


def test_an_admin_adds_a_guide_by_sharing_it_and_can_start_it(slack: RunningApp) -> None:
    as_admin(slack.api)
    share(slack, "Kotlin_Developer.md", GUIDE.encode())
    added = shown(slack.api, "Added")
    assert added.body["channel"] == "D1"
    assert "`kotlin-developer`" in added.text
    assert "2 questions" in added.text
    downloads = slack.api.called("download")
    assert [call.authorization for call in downloads] == [f"Bearer {BOT_TOKEN}"]
    slack.slack.command("start kotlin-developer")
    question = shown(slack.api, "Question 1 of")
    assert any(prompt in question.text for prompt in PROMPTS)


def test_a_broken_guide_is_answered_with_every_problem_and_its_line(slack: RunningApp) -> None:
    as_admin(slack.api)
    share(slack, "broken.md", BROKEN.encode())
    refused = shown(slack.api, "broken.md:")
    no_answer = line_of(BROKEN, "#### Question 1: What does")
    duplicate = line_of(BROKEN, "#### Question 1: How do")
    assert f"broken.md:{no_answer}:" in refused.text
    assert "Answer" in refused.text
    assert f"broken.md:{duplicate}:" in refused.text
    assert "duplicate" in refused.text
    assert "Added" not in refused.text


def test_only_admins_may_add_a_guide(slack: RunningApp) -> None:
    share(slack, "kotlin-developer.md", GUIDE.encode())
    refused = shown(slack.api, "admin")
    assert "Added" not in refused.text
    slack.slack.command("guide")
    listing = shown(slack.api, "backend-developer")
    assert "kotlin-developer" not in listing.text


@pytest.mark.parametrize(
    ("size", "served"),
    [(MAX_GUIDE_BYTES + 1, 0), (1_000, 1)],
    ids=["as Slack says", "as the download shows"],
)
def test_a_file_over_the_cap_is_refused(slack: RunningApp, size: int, served: int) -> None:
    as_admin(slack.api)
    padding = "\n" + "x" * 100
    share(slack, "huge.md", (GUIDE + padding * 3000).encode(), size=size)
    refused = shown(slack.api, f"{MAX_GUIDE_BYTES // 1024} KB")
    assert "huge.md" in refused.text
    slack.drain()
    assert len(slack.api.called("download")) == served
    assert not any("Added" in call.text for call in slack.api.messages())


@pytest.mark.parametrize(
    ("name", "text"),
    [("notes.pdf", ""), ("kotlin.md.txt", "my notes")],
    ids=["a pdf", "not ending in .md"],
)
def test_a_file_that_is_not_markdown_is_ignored(slack: RunningApp, name: str, text: str) -> None:
    as_admin(slack.api)
    share(slack, name, b"%PDF-1.7", text=text)
    slack.drain()
    assert slack.api.messages() == []
    assert slack.api.called("download") == []


def test_a_file_that_is_not_markdown_sent_as_a_guide_is_explained(slack: RunningApp) -> None:
    share(slack, "guide.pdf", b"%PDF-1.7", text="Here is our new guide")
    assert "send a .md file" in shown(slack.api, ".md").text.lower()
    slack.drain()
    assert slack.api.called("download") == []


def test_a_markdown_file_shared_in_a_channel_is_not_a_guide(slack: RunningApp) -> None:
    url = slack.api.host_file("kotlin.md", GUIDE.encode())
    event = {**file_share_event("kotlin.md", url, size=100), "channel_type": "channel"}
    slack.slack.event({**event, "channel": "C1"}, event_id="EvChannelFile")
    slack.drain()
    assert slack.api.messages() == []
    assert slack.api.called("download") == []


def test_a_download_slack_refuses_is_explained_and_the_token_not_logged(
    slack: RunningApp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    as_admin(slack.api)
    url = slack.api.host_file("kotlin.md", b"<html>Sign in to Slack</html>", "text/html")
    slack.slack.event(file_share_event("kotlin.md", url, size=200), event_id="EvLogin")
    assert "files:read" in shown(slack.api, "couldn't download").text
    slack.drain()
    assert "kotlin.md" in caplog.text
    assert BOT_TOKEN not in caplog.text


def test_a_workspace_installed_through_oauth_downloads_with_its_own_token(
    bank: QuestionBank, slack_store: SqlStore, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'installs.db'}"
    with running_app(make_engine(bank, slack_store), oauth_database=database) as running:
        install_through_oauth(running)
        url = running.api.host_file("kotlin.md", GUIDE.encode())
        event = file_share_event("kotlin.md", url, size=len(GUIDE))
        running.slack.event(event, event_id="EvTeamTwoFile", team=SECOND_TEAM)
        downloads = wait_for(lambda: running.api.called("download"))
        assert [call.authorization for call in downloads] == [f"Bearer {SECOND_TEAM_TOKEN}"]


def test_a_redirect_keeps_the_token_on_the_host_it_was_meant_for() -> None:
    slack, elsewhere = FakeSlackApi(), FakeSlackApi()
    try:
        moved = elsewhere.host_file("kotlin.md", b"# the guide").replace("127.0.0.1", "localhost")
        url = slack.host_redirect("kotlin.md", moved)
        assert download(url, token=BOT_TOKEN, limit=100) == b"# the guide"
        assert slack.called("download")[0].authorization == f"Bearer {BOT_TOKEN}"
        assert elsewhere.called("download")[0].authorization == ""
    finally:
        slack.close()
        elsewhere.close()
