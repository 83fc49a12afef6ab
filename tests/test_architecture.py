"""The engine stays platform-free: checked on the source, not by convention."""

from __future__ import annotations

import ast
import re
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


PACKAGES = ("bot", "adapters")
ROOT = BOT.parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """Every project module the file imports, wherever the import sits (TYPE_CHECKING and
    function-level imports count: they are edges of the design all the same)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return found & known


def import_graph() -> dict[str, set[str]]:
    paths = [path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]
    paths = [path for path in paths if "migrations" not in path.parts]
    known = {module_name(path) for path in paths}
    return {
        module_name(path): imported_modules(path, known) - {module_name(path)} for path in paths
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_round_a_circle() -> None:
    assert cycles(import_graph()) == []


def test_the_circle_check_would_catch_one() -> None:
    graph = {"bot.questions": {"bot.records"}, "bot.records": {"bot.questions"}, "bot.types": set()}
    assert cycles(graph) == [["bot.questions", "bot.records"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_package_members_and_type_only_imports() -> None:
    graph = import_graph()
    assert "bot.records" in graph["bot.store"]
    assert "bot.commands.base" in graph["bot.commands.interview"]
    assert "adapters.console.listeners" in graph["adapters.console.app"]  # under TYPE_CHECKING


ADAPTERS = ROOT / "adapters"
BEHIND_THE_ENGINE = re.compile(r"\bengine\._\w+|\bengine\.(store|bank|banks|daily|desk)\b")


@pytest.mark.parametrize(
    "path", sorted(ADAPTERS.rglob("*.py")), ids=lambda path: str(path.relative_to(ADAPTERS))
)
def test_platforms_use_only_the_engines_front_door(path: Path) -> None:
    """No platform reaches the engine's store, bank or command families: a method does."""
    assert not BEHIND_THE_ENGINE.findall(path.read_text(encoding="utf-8"))


def names_bound_twice(source: str) -> list[str]:
    """The module-level names a source binds more than once by plain assignment: the second
    silently replaces the first for every use above it too ("DONE_WITH" for two word sets)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for name in (target.id for target in targets if isinstance(target, ast.Name)):
            (twice.append if name in seen else seen.add)(name)
    return twice


@pytest.mark.parametrize(
    "path",
    [*SOURCES, *sorted(ADAPTERS.rglob("*.py"))],
    ids=lambda path: str(path.relative_to(ROOT)),
)
def test_no_module_binds_a_name_twice(path: Path) -> None:
    assert names_bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_twice_bound_check_would_catch_one() -> None:
    source = 'JOINING = {"or"}\nREACH: int = 3\nJOINING = {"and"}\nREACH: int = 4\n'
    assert names_bound_twice(source) == ["JOINING", "REACH"]
    assert names_bound_twice("A = 1\nB = 2\n") == []
