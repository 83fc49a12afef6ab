"""The parsed question bank, kept between runs of the console.

Parsing the guides' Markdown takes about a third of a second at every start; reading back the
parsed bank takes a few milliseconds. The cached copy is named after a fingerprint of every
guide file (path, size, modification time), every source file of the ``bot`` package (the
parser and the types it builds) and the Python version, so an edited guide or an upgraded
mockinterview is parsed again. The cache lives in the person's own data folder; one that cannot
be read or written is ignored and the guides are parsed as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import bot
from bot.content import guide_files, load_bank
from bot.questions import QuestionBank

log = logging.getLogger(__name__)
PREFIX = "bank-"


def fingerprint(paths: Sequence[Path]) -> str:
    """Changes whenever a guide or a source file of the bot package changes."""
    guides, _ = guide_files(paths)
    sources = sorted(Path(bot.__file__).parent.rglob("*.py"))
    digest = hashlib.sha256(sys.version.encode())
    for file in [*guides, *sources]:
        stat = file.stat()
        digest.update(f"{file.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def cached_bank(paths: Sequence[Path], folder: Path) -> QuestionBank:
    """The bank of the guides under ``paths``: from ``folder`` when parsed before, else parsed
    (raising ContentError as ``load_bank`` does) and kept there for the next run."""
    path = folder / f"{PREFIX}{fingerprint(paths)}.pickle"
    bank = _read(path)
    if bank is None:
        bank = load_bank(paths)
        _write(bank, path)
    return bank


def _read(path: Path) -> QuestionBank | None:
    try:
        with path.open("rb") as file:
            bank = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception:  # a cache written by another version, cut short, unreadable: parse again
        log.debug("ignoring the cached question bank %s", path, exc_info=True)
        return None
    return bank if isinstance(bank, QuestionBank) else None


def _write(bank: QuestionBank, path: Path) -> None:
    """Write atomically (a reader never sees half a file) and drop the older copies."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(descriptor, "wb") as file:
            pickle.dump(bank, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in path.parent.glob(f"{PREFIX}*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        log.debug("could not keep the question bank in %s", path.parent, exc_info=True)
