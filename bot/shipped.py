"""Where the guides that ship with the bot are: ``content/`` beside the package in a checkout
(or an editable install), ``bot/guides`` inside an installed wheel, where the build copies
them (``pyproject.toml`` maps the ``bot.guides`` package to ``content/``).

Kept apart from ``bot.settings`` so ``mockinterview grade`` finds them without loading the
settings machinery.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def shipped_guides(package: Path) -> Path:
    """The guides for the ``bot`` package at ``package``: those inside it when installed, never
    whatever else sits beside it in site-packages."""
    inside = package / "guides"
    return inside if inside.is_dir() else package.parent / "content"


SHIPPED_GUIDES = shipped_guides(PACKAGE)
