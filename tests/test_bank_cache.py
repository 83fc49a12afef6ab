"""The console keeps the parsed guides between runs, and parses again when anything changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adapters import bank_cache
from bot.questions import QuestionBank
from tests.conftest import CONTENT


@pytest.fixture
def guides(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    return folder


def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the real parses from here on."""
    calls: list[int] = []
    real = bank_cache.load_bank  # type: ignore[attr-defined]

    def counted(paths: list[Path]) -> QuestionBank:
        calls.append(1)
        return real(paths)

    monkeypatch.setattr(bank_cache, "load_bank", counted)
    return calls


def test_the_second_run_reads_the_bank_back(
    guides: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = parses(monkeypatch)
    first = bank_cache.cached_bank([guides], tmp_path / "cache")
    second = bank_cache.cached_bank([guides], tmp_path / "cache")
    assert len(calls) == 1
    assert [guide.slug for guide in second.guides] == [guide.slug for guide in first.guides]
    assert [question.prompt for question in second.select()] == [
        question.prompt for question in first.select()
    ]


def test_an_edited_guide_is_parsed_again_and_the_old_copy_dropped(
    guides: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = parses(monkeypatch)
    bank_cache.cached_bank([guides], tmp_path / "cache")
    guide = next(guides.glob("*.md"))
    guide.write_text(guide.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    bank_cache.cached_bank([guides], tmp_path / "cache")
    assert len(calls) == 2
    assert len(list((tmp_path / "cache").glob("bank-*.pickle"))) == 1


def test_a_damaged_or_unwritable_cache_is_ignored(
    guides: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = parses(monkeypatch)
    bank_cache.cached_bank([guides], tmp_path / "cache")
    [kept] = (tmp_path / "cache").glob("bank-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert bank_cache.cached_bank([guides], tmp_path / "cache").guides
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    assert bank_cache.cached_bank([guides], blocked / "cache").guides
    assert len(calls) == 3
