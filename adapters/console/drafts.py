"""A half-written answer kept on Ctrl-D, offered back (keep or drop) on the next start."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True, slots=True)
class Drafts:
    folder: Path
    user: str

    @property
    def path(self) -> Path:
        return self.folder / "drafts" / f"{UNSAFE.sub('_', self.user)}.txt"

    def save(self, text: str) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(text, encoding="utf-8")
        return self.path

    def load(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def drop(self) -> None:
        self.path.unlink(missing_ok=True)
