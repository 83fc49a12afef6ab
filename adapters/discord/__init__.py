"""Discord: the bot, its slash-command cog, interaction listeners, rendering, sending, the
daily question."""

from __future__ import annotations
