"""Logs: one line per event, text or JSON, tokens scrubbed whatever the format."""

from __future__ import annotations

import io
import json
import logging

import pytest

from adapters.logs import JsonFormatter, ScrubbingFormatter, SecretFilter, configure, scrub

SLACK_TOKEN = "xoxb-1234-5678-abcdefABCDEF"
APP_TOKEN = "xapp-1-A111-222-abcdef"
DISCORD_TOKEN = "MTA" + "x" * 21 + ".GaBcDe." + "y" * 30


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("adapters.slack.app", logging.INFO, __file__, 1, message, args, None)


@pytest.mark.parametrize("token", [SLACK_TOKEN, APP_TOKEN, DISCORD_TOKEN])
def test_tokens_are_scrubbed(token: str) -> None:
    assert token not in scrub(f"calling with {token} now")
    assert "[redacted]" in scrub(f"calling with {token} now")


def test_json_lines_carry_level_logger_and_no_token() -> None:
    line = JsonFormatter().format(record("posting with %s for %s", SLACK_TOKEN, "slack:U1"))
    data = json.loads(line)
    assert (data["level"], data["logger"]) == ("INFO", "adapters.slack.app")
    assert "slack:U1" in data["message"] and SLACK_TOKEN not in line
    assert "\n" not in line


def test_text_lines_are_scrubbed_too() -> None:
    line = ScrubbingFormatter("%(levelname)s %(name)s: %(message)s").format(
        record("token %s", APP_TOKEN)
    )
    assert line == "INFO adapters.slack.app: token [redacted]"


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


INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3A"
ANSWER = "my private answer about indexes"
GATEWAY_EVENT = {
    "t": "INTERACTION_CREATE",
    "op": 0,
    "d": {
        "id": "1234567890123456789",
        "application_id": "222",
        "token": INTERACTION_TOKEN,
        "type": 3,
        "data": {"custom_id": "mi:skip"},
    },
}
DM_EVENT = {
    "t": "MESSAGE_CREATE",
    "op": 0,
    "d": {"id": "1", "channel_id": "2", "content": ANSWER, "author": {"id": "3"}},
}
CALLBACK = (
    f"https://discord.com/api/v10/interactions/1234567890123456789/{INTERACTION_TOKEN}/callback"
)
WEBHOOK = f"https://discord.com/api/v10/webhooks/222/{INTERACTION_TOKEN}/messages/@original"


@pytest.mark.parametrize(
    ("logger", "message", "args"),
    [  # the libraries' own format strings, with what they pass
        ("discord.gateway", "For Shard ID %s: WebSocket Event: %s", (None, GATEWAY_EVENT)),
        ("discord.gateway", "For Shard ID %s: WebSocket Event: %s", (None, DM_EVENT)),
        ("discord.http", "%s %s with %s has returned %s", ("POST", CALLBACK, None, 204)),
        (
            "discord.http",
            "%s %s with %s has returned %s",
            ("PATCH", WEBHOOK, json.dumps({"content": ANSWER}), 200),
        ),
        (
            "slack_sdk.web.base_client",
            "Sending a request - url: %s, query_params: %s, json_body: %s, files: %s, "
            "data: %s, headers: %s",
            (
                "https://slack.com/api/chat.postMessage",
                {},
                {"channel": "D1", "text": f"You said: {ANSWER}"},
                {},
                {},
                {"Authorization": f"(redacted {SLACK_TOKEN})"},
            ),
        ),
        (
            "slack_bolt.middleware.request_verification.request_verification",
            "Invalid request signature detected (signature: v0=0, timestamp: 1, body: %s)",
            (f"token=old&team_id=T1&text={ANSWER.replace(' ', '+')}&user_id=U1",),
        ),
        (
            "slack_bolt.App",
            "Unhandled request (%s)",
            ({"event": {"type": "message", "text": ANSWER, "user": "U1"}},),
        ),
    ],
    ids=["gateway token", "gateway DM", "callback url", "webhook", "web api", "bolt", "bolt dict"],
)
@pytest.mark.parametrize("level", [logging.DEBUG, logging.INFO])
def test_no_secret_or_answer_reaches_the_log_at_any_level(
    logger: str, message: str, args: tuple[object, ...], level: int
) -> None:
    stream = io.StringIO()
    root, library = logging.getLogger(), logging.getLogger(logger)
    handlers, previous, own = root.handlers[:], root.level, library.level
    library.setLevel(logging.NOTSET)  # a bolt App built by another test may have set it
    try:
        configure(logging.getLevelName(level), stream=stream)
        library.log(level, message, *args)
    finally:
        root.handlers[:] = handlers
        root.setLevel(previous)
        library.setLevel(own)
    written = stream.getvalue()
    assert written.count("\n") == 1, "the record was written"
    for secret in (INTERACTION_TOKEN, ANSWER, SLACK_TOKEN, "my+private+answer"):
        assert secret not in written


def test_our_own_lines_keep_their_words() -> None:
    filtered = record("loaded %d questions from %d guides; text: %s", 80, 4, "kept")
    SecretFilter().filter(filtered)
    assert filtered.getMessage() == "loaded 80 questions from 4 guides; text: kept"
