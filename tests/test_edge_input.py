"""What the database would refuse is cleaned or refused at the door, with a clear message;
"trouble saving" stays for real outages. On SQLite files and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.clean import clean, clean_text
from bot.engine import TROUBLE_SAVING
from bot.questions import QuestionBank
from bot.types import Attachment, Command, Text, User, Where
from tests.conftest import Chat, FakeClock, open_chat
from tests.databases import fresh_postgres_database, sql_store
from tests.test_upload import GUIDE

ADMIN = User("discord", "1", "Grace", is_admin=True)
SERVER = Where("discord", "C1", scope="G1")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def chat(
    request: pytest.FixtureRequest, bank: QuestionBank, clock: FakeClock, tmp_path: Path
) -> Iterator[Chat]:
    if request.param == "sqlite":
        for store in sql_store(f"sqlite:///{tmp_path / 'edge.db'}"):
            yield open_chat(bank, store, clock, user=ADMIN, where=SERVER)
    else:
        with fresh_postgres_database() as url:
            for store in sql_store(url):
                yield open_chat(bank, store, clock, user=ADMIN, where=SERVER)


@pytest.mark.parametrize("answer", ["REST uses \x00 HTTP verbs", "REST \ud800 uses HTTP verbs"])
def test_an_answer_the_database_cannot_hold_is_cleaned_and_scored(chat: Chat, answer: str) -> None:
    chat.handle(Command(ADMIN, SERVER, "start", "backend-developer 1"))
    reply = chat.send(answer)
    assert "Score" in reply
    assert TROUBLE_SAVING not in reply
    [stored] = chat.store.answers(ADMIN.key)
    assert "\x00" not in stored.answer_text and "\ud800" not in stored.answer_text


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a" * 150 + ".md", GUIDE, "file name is too long"),
        ("rust.md", GUIDE.replace("Question 2:", "Question " + "9" * 300 + ":"), "renumber"),
        ("rust.md", GUIDE.replace("borrow checker", "borrow\x00checker"), "NUL bytes"),
    ],
    ids=["150-character file name", "300-digit question number", "NUL byte"],
)
def test_a_guide_the_database_cannot_hold_is_refused_with_the_reason(
    chat: Chat, name: str, data: str, expected: str
) -> None:
    upload = Command(
        ADMIN,
        SERVER,
        "guide",
        "upload",
        attachment=Attachment(name, data.encode(), "text/markdown"),
    )
    [reply] = chat.handle(upload)
    assert expected in reply.text
    assert TROUBLE_SAVING not in reply.text
    assert chat.store.server_guides("G1") == []


def test_cleaning_keeps_what_people_write() -> None:
    assert clean_text("tabs\tand\nnew lines ✅ naïve") == "tabs\tand\nnew lines ✅ naïve"
    event = Text(User("slack", "U1", "a\x00b"), SERVER, "x\ud800y")
    assert clean(event) == Text(User("slack", "U1", "ab"), SERVER, "x\ufffdy")
    untouched = Text(ADMIN, SERVER, "fine")
    assert clean(untouched) is untouched
