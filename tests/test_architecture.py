"""The engine stays platform-free: checked on the source, not by convention."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"
PLATFORM_MODULES = {"slack_bolt", "slack_sdk", "discord", "apscheduler", "aiohttp"}
STORAGE_MODULES = {"sqlalchemy", "alembic"}


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


SOURCES = sorted(BOT.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(BOT)))
def test_bot_imports_no_platform_sdk_or_scheduler(path: Path) -> None:
    assert not imported_roots(path) & PLATFORM_MODULES


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(BOT)))
def test_only_the_storage_package_imports_sqlalchemy(path: Path) -> None:
    if BOT / "db" in path.parents:
        return
    assert not imported_roots(path) & STORAGE_MODULES


def test_the_rule_would_catch_an_offender(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text("from slack_bolt import App\nimport discord.ext\n", encoding="utf-8")
    assert imported_roots(offender) == {"slack_bolt", "discord"}
