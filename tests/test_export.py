"""`export`: the person's data as real JSON, in a schema a reader can rely on."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import Chat

EXPORT_FIELDS = {
    "user",
    "profile",
    "interview",
    "answers",
    "daily",
    "deliveries",
    "leaderboards",
    "workspaces",
    "disputes",
    "flags",
}  # every top-level field of an export
ANSWER = "REST maps resources to URLs and uses GET, POST, PUT and DELETE with status codes."


def exported(chat: Chat) -> dict[str, Any]:
    chat.send("export")
    attachment = chat.last[0].attachment
    assert attachment is not None and attachment.filename == "mockinterview-export.json"
    data: dict[str, Any] = json.loads(attachment.data)
    return data


def test_export_holds_json_lists_and_the_documented_fields(chat: Chat) -> None:
    chat.send("start backend-developer 2")
    chat.send(ANSWER)
    chat.send("daily on 08:30 Europe/Berlin mon-fri")
    data = exported(chat)
    assert set(data) == EXPORT_FIELDS
    assert data["user"] == chat.user.key
    assert data["daily"]["rule"]["days"] == [0, 1, 2, 3, 4]
    assert data["daily"]["rule"]["at"] == "08:30:00"
    assert data["daily"]["next_due_at"].startswith("2026-11-25T07:30:00")
    assert isinstance(data["answers"], list) and len(data["answers"]) == 1
    answer = data["answers"][0]
    assert isinstance(answer["score"], float) and isinstance(answer["points"], list)
    assert isinstance(data["deliveries"], list) and isinstance(data["leaderboards"], list)


def test_nothing_in_the_export_is_a_python_repr(chat: Chat) -> None:
    chat.send("daily on 08:30 Europe/Berlin weekends")
    text = json.dumps(exported(chat))
    assert "frozenset" not in text and "set(" not in text
