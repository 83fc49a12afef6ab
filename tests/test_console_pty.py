"""The real console in a pseudo-terminal: prompt, paste, editing keys, checks, drafts, colour."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

from tests.conftest import ROOT

ALT_ENTER = "\x1b\r"
CTRL_C = "\x03"
CTRL_D = "\x04"
LEFT = "\x1b[D"
UP = "\x1b[A"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
THREE_PARAGRAPHS = (
    "REST maps resources to URLs and uses HTTP methods: GET reads, POST creates.\n\n"
    "PUT and PATCH update a resource, DELETE removes it, with the right status codes.\n\n"
    "Version the API so that clients do not break, and keep it stateless."
)


class Terminal:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.child: pexpect.spawn | None = None

    def start(self, *, prompt: str = "›") -> pexpect.spawn:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.tmp_path),
            "XDG_DATA_HOME": str(self.tmp_path / "data"),
            "TERM": "xterm-256color",
            "PROMPT_TOOLKIT_NO_CPR": "1",
        }
        database = f"sqlite:///{self.tmp_path / 'run.db'}"
        arguments = ["-m", "adapters.cli", "console", "--user", "ada", "--database-url", database]
        self.child = pexpect.spawn(
            sys.executable,
            [*arguments, "--out", str(self.tmp_path)],
            cwd=str(ROOT),
            env=env,
            encoding="utf-8",
            timeout=60,
            dimensions=(40, 100),
        )
        self.child.expect(prompt)
        return self.child

    def close(self) -> None:
        if self.child is not None and self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    terminal = Terminal(tmp_path)
    yield terminal
    terminal.close()


def started(terminal: Terminal) -> pexpect.spawn:
    child = terminal.start()
    child.expect("start")  # the greeting arrives above the prompt
    child.sendline("start backend-developer 2")
    child.expect("Question 1 of 2")
    child.expect("answer ›")
    return child


def test_a_pasted_three_paragraph_answer_is_one_answer_in_colour(terminal: Terminal) -> None:
    child = started(terminal)
    child.send(PASTE_START + THREE_PARAGRAPHS + PASTE_END)
    child.send(ALT_ENTER)
    child.expect("Score: ")
    child.expect(r"\x1b\[[0-9;]*3[12]m(✅|❌)")  # covered green or missed red
    child.expect("›")
    child.sendline("status")
    child.expect("1 answered")
    assert "That question is scored" not in child.before


def test_text_typed_after_the_feedback_is_offered_as_a_retry(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("REST maps resources to URLs." + ALT_ENTER)
    child.expect("Score: ")
    child.expect("›")
    child.send("PUT and PATCH update a resource, DELETE removes it." + ALT_ENTER)
    child.expect("already scored. Send this as a new answer")
    child.sendline("n")
    child.expect("PATCH update a resource")  # back in the editor, not lost
    child.send(ALT_ENTER)
    child.expect("already scored")
    child.sendline("y")
    child.expect("Retry:")
    child.sendline("status")
    child.expect("question 1 of 2 \\(feedback shown\\) · 1 answered")


def test_enter_inside_an_answer_starts_a_new_line(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("REST maps resources to URLs\r")
    child.send("and uses GET and POST.")
    child.send(ALT_ENTER)
    child.expect("Score: ")


def test_a_stray_word_is_checked_and_comes_back_to_edit(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("florp" + ALT_ENTER)
    child.expect("very short")
    child.sendline("n")
    child.expect("florp")  # back in the editor, not scored
    child.send(CTRL_D)
    child.expect("Draft saved")
    child.expect(pexpect.EOF)
    assert "Score: " not in child.before


def test_a_command_word_after_hint_asks_answer_or_command(terminal: Terminal) -> None:
    child = started(terminal)
    child.sendline("hint")
    child.expect("Hint 1")
    child.expect("answer ›")
    child.send("Start with EXPLAIN ANALYZE to find the slow part of the query" + ALT_ENTER)
    child.expect("command word `start`")
    child.sendline("y")  # no choice here: asked again, nothing sent
    child.expect("Please type a or c")
    assert "Score: " not in child.before
    child.sendline("a")
    child.expect("Score: ")


def draft_of(terminal: Terminal) -> Path:
    return terminal.tmp_path / "data" / "mockinterview" / "drafts" / "ada.txt"


@pytest.mark.parametrize(
    ("answer", "asked"),
    [
        ("florp", "very short"),
        ("start with EXPLAIN ANALYZE on the slow query", "command word `start`"),
    ],
)
def test_ctrl_d_at_a_check_keeps_the_answer_as_a_draft(
    terminal: Terminal, answer: str, asked: str
) -> None:
    """ "Send it? (y/n)": Ctrl-D there quits as it does anywhere, and what was written is kept."""
    child = started(terminal)
    child.send(answer + ALT_ENTER)
    child.expect(asked)
    child.send(CTRL_D)
    child.expect("Draft saved")
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in (child.before or "")
    assert child.exitstatus == 0
    assert draft_of(terminal).read_text(encoding="utf-8") == answer


def test_ctrl_c_at_a_check_puts_the_answer_back_to_edit(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("start with EXPLAIN ANALYZE" + ALT_ENTER)
    child.expect("command word `start`")
    child.send(CTRL_C)
    child.expect("answer ›")
    child.expect("EXPLAIN ANALYZE")  # back in the editor, neither sent nor run
    child.send(" on the slow query, then read the plan" + ALT_ENTER)
    child.expect("command word `start`")
    child.sendline("y")  # no choice here: asked again, nothing sent
    child.expect("Please type a or c")
    assert "Score: " not in child.before
    child.sendline("a")
    child.expect("Score: ")
    assert "Question 1 of 5" not in (child.before or "")  # `start` never ran


def test_ctrl_d_at_the_draft_question_keeps_the_draft(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("half an answer" + CTRL_D)
    child.expect(pexpect.EOF)
    child = terminal.start(prompt="Keep it")
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in (child.before or "")
    assert draft_of(terminal).read_text(encoding="utf-8") == "half an answer"


def test_ctrl_c_says_how_to_quit(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("half an answer")
    child.send(CTRL_C)
    child.expect("Ctrl-D saves what you were writing")


def test_ctrl_d_keeps_an_edited_draft_to_keep_or_drop(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("the quick fox")
    child.send(LEFT * 3 + "brown ")
    child.send(CTRL_D)
    child.expect("Draft saved")
    child.expect(pexpect.EOF)
    draft = terminal.tmp_path / "data" / "mockinterview" / "drafts" / "ada.txt"
    assert draft.read_text(encoding="utf-8") == "the quick brown fox"
    child = terminal.start(prompt="Keep it")
    child.sendline("k")
    child.expect("the quick brown fox")
    child.send(" jumps over the lazy dog" + ALT_ENTER)
    child.expect("Score: ")
    assert not draft.exists()


def test_a_dropped_draft_is_gone(terminal: Terminal) -> None:
    child = started(terminal)
    child.send("half an answer" + CTRL_D)
    child.expect(pexpect.EOF)
    child = terminal.start(prompt="Keep it")
    child.sendline("d")
    child.expect("›")
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    assert "half an answer" not in (child.before or "").split("Keep it")[-1]
    assert not (terminal.tmp_path / "data" / "mockinterview" / "drafts" / "ada.txt").exists()


def test_forget_also_empties_what_the_line_editor_remembers(terminal: Terminal) -> None:
    """`forget confirm` deletes what the bot keeps, and the console's own memory of what was
    typed goes with it: the history file, and the Up arrow."""
    child = started(terminal)
    child.send("my secret answer about indexes and their trade-offs" + ALT_ENTER)
    child.expect("Score: ")
    child.expect("›")
    history = terminal.tmp_path / "data" / "mockinterview" / "history"
    assert "my secret answer" in history.read_text(encoding="utf-8")
    child.sendline("forget confirm")
    child.expect("everything about you is deleted")
    child.expect("›")
    assert history.read_text(encoding="utf-8") == ""
    child.send(UP + UP)
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    assert not draft_of(terminal).exists()  # Up recalled nothing to keep as a draft
