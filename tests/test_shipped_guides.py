"""The shipped guides are found in a checkout and in an installed wheel alike."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bot.shipped import SHIPPED_GUIDES, shipped_guides

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_the_guides_beside_the_package(tmp_path: Path) -> None:
    (tmp_path / "bot").mkdir()
    (tmp_path / "content").mkdir()
    assert shipped_guides(tmp_path / "bot") == tmp_path / "content"


def test_an_installed_package_reads_the_guides_inside_it(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "bot"
    (package / "guides").mkdir(parents=True)
    (package.parent / "content").mkdir()  # another distribution's
    assert shipped_guides(package) == package / "guides"


def test_this_checkout_ships_its_own_guides() -> None:
    assert SHIPPED_GUIDES == ROOT / "content"
    assert sorted(SHIPPED_GUIDES.glob("*.md"))


def test_the_wheel_copies_the_guides_into_the_package() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "bot.guides" in setuptools["packages"]
    assert setuptools["package-dir"]["bot.guides"] == "content"
    assert "*.md" in setuptools["package-data"]["bot.guides"]
