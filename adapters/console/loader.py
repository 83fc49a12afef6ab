"""What the console needs before its engine loads: where its data goes, the goodbyes, and the
loader that builds the console in a thread while the prompt is already drawn."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Generic, Protocol, TypeVar

APP_NAME = "mockinterview"
BYE = "Bye."
BYE_RESUMING = "Bye. Your interview is saved; run me again to resume."
BYE_DAILY = "Bye. Today's question waits for your answer; the next one due replaces it."


class Greeter(Protocol):
    def greet(self) -> None: ...


T = TypeVar("T", bound=Greeter)


def data_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


class Loader(Generic[T]):
    """Builds the console in a thread; ``get`` waits for it and re-raises its failure."""

    def __init__(self, build: Callable[[], T], on_failure: Callable[[], None]) -> None:
        self.build = build
        self.on_failure = on_failure
        self.console: T | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="console-loader", daemon=True)

    def start(self) -> None:
        """Start loading, once: the console calls it after drawing its first prompt."""
        if self.thread.ident is None:
            self.thread.start()

    def _run(self) -> None:
        try:
            console = self.build()
            console.greet()
            self.console = console
        except BaseException as error:
            self.error = error
            self.on_failure()

    def ready(self) -> T | None:
        return self.console

    def get(self) -> T:
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.console is not None
        return self.console
