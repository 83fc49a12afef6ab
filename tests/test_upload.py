"""Admins add a guide to their server's bank: linted first, every problem reported at once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.questions import QuestionBank
from bot.server_banks import MAX_GUIDE_BYTES
from bot.store import Store
from bot.types import Attachment, Command, User, Where
from tests.conftest import Chat, FakeClock, open_chat

GUIDE = """---
term: "Rust Developer Interview Help"
description: "Ownership and borrowing."
glossary:
  rc: reference counting
---

## Interview Questions and Answers

### Technical Questions

#### Question 1: What does the borrow checker guarantee?
- **Difficulty**: Easy
- **Answer**:
  - **Definition**: The borrow checker proves that references never outlive their data.
  - **Best Practices**:
    - Prefer one mutable reference or many shared references, never both at once.
  - **Follow-up Points**: Discuss lifetimes in function signatures.

#### Question 2: When would you use Rc instead of Box?
- **Answer**:
  - **Definition**: Rc gives shared ownership through reference counting in a single thread.
  - **Common Pitfalls**:
    - Reference cycles with Rc leak memory unless one side uses Weak.
"""
BROKEN = GUIDE.replace("#### Question 2", "#### Question 1").replace(
    "- **Answer**:\n  - **Definition**: Rc", "  - **Definition**: Rc"
)
ADMIN = User("discord", "1", "Grace", is_admin=True)
MEMBER = User("discord", "2", "Linus")
SERVER = Where("discord", "C1", scope="G1")
OTHER_SERVER = Where("discord", "C9", scope="G2")


def server_chat(
    bank: QuestionBank, store: Store | None = None, clock: FakeClock | None = None
) -> Chat:
    """Linus in server G1's channel; the clock moves only when a test moves it."""
    return open_chat(bank, store, clock, user=MEMBER, where=SERVER, step=timedelta(0))


@pytest.fixture
def chat(bank: QuestionBank, clock: FakeClock) -> Chat:
    return server_chat(bank, clock=clock)


def upload(chat: Chat, data: str | bytes, *, user: User = ADMIN, where: Where = SERVER,
           name: str = "rust-developer.md") -> str:  # fmt: skip
    raw = data.encode() if isinstance(data, str) else data
    event = Command(
        user, where, "guide", "upload", attachment=Attachment(name, raw, "text/markdown")
    )
    return chat.handle(event)[0].text


def test_a_clean_guide_joins_that_servers_bank_only(chat: Chat) -> None:
    reply = upload(chat, GUIDE)
    assert "Added **Rust Developer Interview Help** (`rust-developer`, 2 questions)" in reply
    assert "`rust-developer`" in chat.send("/guide")
    assert "Question 1 of 2" in chat.send("start rust-developer")
    assert "`rust-developer`" not in chat.send("/guide", where=OTHER_SERVER)
    assert "I don't know `rust`" in chat.send("start rust", where=OTHER_SERVER)


def test_an_interview_from_a_server_guide_goes_on_in_a_dm(chat: Chat) -> None:
    upload(chat, GUIDE)
    chat.send("start rust-developer 2")
    dm = Where("discord", "D2", direct=True)
    feedback = chat.send(
        "References never outlive their data; one mutable or many shared.", where=dm
    )
    assert "Score:" in feedback
    assert "**Model answer**" in feedback


def test_every_problem_is_reported_with_its_line(chat: Chat) -> None:
    reply = upload(chat, BROKEN)
    assert "The guide was not added: 2 problem(s)." in reply
    assert "rust-developer.md:20: duplicate question number 1 (first at line 12)" in reply
    assert "rust-developer.md:20: question 1 has no **Answer** bullet" in reply
    assert "rust-developer" not in chat.send("/guide")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"user": MEMBER}, "Only server admins can add guides."),
        ({"where": Where("console", "terminal", direct=True)}, "added to a server or workspace"),
        ({"name": "notes.txt"}, "as a `.md` file"),
        ({"name": "backend-developer.md"}, "is a shipped guide"),
    ],
)
def test_uploads_that_are_refused(chat: Chat, options: dict[str, object], expected: str) -> None:
    assert expected in upload(chat, GUIDE, **options)  # type: ignore[arg-type]


def test_a_huge_file_is_refused_before_it_is_read(chat: Chat) -> None:
    reply = upload(chat, b"x" * (MAX_GUIDE_BYTES + 1))
    assert "over 256 KB" in reply


def test_uploaded_guides_survive_a_restart(chat: Chat) -> None:
    upload(chat, GUIDE)
    again = chat.restarted()
    reply = again.handle(Command(MEMBER, SERVER, "start", "rust-developer"))[0]
    assert "Rust Developer Interview Help" in reply.text
