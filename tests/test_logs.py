"""Logs: one line per event, text or JSON, tokens scrubbed whatever the format."""

from __future__ import annotations

import json
import logging

import pytest

from adapters.logs import JsonFormatter, ScrubbingFormatter, configure, scrub

SLACK_TOKEN = "xoxb-1234-5678-abcdefABCDEF"
APP_TOKEN = "xapp-1-A111-222-abcdef"
DISCORD_TOKEN = "MTA" + "x" * 21 + ".GaBcDe." + "y" * 30


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("adapters.slack_app", logging.INFO, __file__, 1, message, args, None)


@pytest.mark.parametrize("token", [SLACK_TOKEN, APP_TOKEN, DISCORD_TOKEN])
def test_tokens_are_scrubbed(token: str) -> None:
    assert token not in scrub(f"calling with {token} now")
    assert "[redacted]" in scrub(f"calling with {token} now")


def test_json_lines_carry_level_logger_and_no_token() -> None:
    line = JsonFormatter().format(record("posting with %s for %s", SLACK_TOKEN, "slack:U1"))
    data = json.loads(line)
    assert (data["level"], data["logger"]) == ("INFO", "adapters.slack_app")
    assert "slack:U1" in data["message"] and SLACK_TOKEN not in line
    assert "\n" not in line


def test_text_lines_are_scrubbed_too() -> None:
    line = ScrubbingFormatter("%(levelname)s %(name)s: %(message)s").format(
        record("token %s", APP_TOKEN)
    )
    assert line == "INFO adapters.slack_app: token [redacted]"


def test_configure_picks_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure("INFO", "json")
        logging.getLogger("bot.engine").info("duplicate event %s ignored", "Ev1")
        line = capsys.readouterr().err.strip().splitlines()[-1]
        assert json.loads(line)["message"] == "duplicate event Ev1 ignored"
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
