"""The clock: read once per turn at the engine's front door, passed to every rule as ``now``.

The engine is always given one: the adapters pass the real time (``adapters.platform``),
tests a fake clock. Nothing in ``bot`` reads the time itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
