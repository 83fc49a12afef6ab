"""What the engine tells whoever watches it (metrics); it never depends on who that is."""

from __future__ import annotations

from typing import Protocol


class Observer(Protocol):
    def answer_scored(self, score: float) -> None: ...

    def storage_failed(self) -> None: ...

    def turn_handled(self, seconds: float) -> None: ...


class NoObserver:
    def answer_scored(self, score: float) -> None:
        return None

    def storage_failed(self) -> None:
        return None

    def turn_handled(self, seconds: float) -> None:
        return None
