"""Slack: the bolt app, its listeners, Block Kit rendering, sending, the daily question,
the HTTP server."""

from __future__ import annotations
