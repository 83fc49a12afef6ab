"""The console: the same engine in a terminal, with a line editor and terminal rendering."""

from __future__ import annotations
