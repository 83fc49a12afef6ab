"""Logging: one line per event, text or JSON, with secrets scrubbed from every record."""

from __future__ import annotations

import json
import logging
import re
from typing import Literal, TextIO

SECRET = re.compile(
    r"(xox[abposre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+"
    r"|[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}"
    r"|aW50ZXJhY3Rpb246[A-Za-z\d_=-]+)"  # a Discord interaction token: base64 "interaction:"
)
# Discord's interaction callback and webhook URLs, Slack's response URLs: the path is the secret
SECRET_PATH = re.compile(
    r"(/(?:interactions|webhooks)/\d+/|hooks\.slack\.com/(?:commands|actions|services)/"
    r"|[?&]code=)[^\s'\"?&]+"
)
QUOTED = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
SECRET_FIELD = re.compile(
    r"""(["']?\b(?:[a-z_]*token|[a-z_]*secret|authorization)["']?\s*[:=]\s*)"""
    rf"({QUOTED}|[^\s,&)}}]+)",
    re.IGNORECASE,
)
# What people wrote and what requests carried, as libraries log it at DEBUG (or bolt at INFO)
PRIVATE_FIELD = re.compile(
    r"""(["']?\b(?:text|content|value|body|json_body|data|payload|blocks|answer|message)"""
    r"""["']?\s*[:=]\s*)"""
    rf"({QUOTED}|\{{.*\}}|\[.*\]|[^\s,&)]+)",
    re.DOTALL,
)
BODY = re.compile(r"(\b(?:body|json_body|data): ).*", re.DOTALL)  # to the end: nested dicts
OURS = frozenset({"adapters", "bot", "benchmarks", "__main__"})
REDACTED = "[redacted]"


def scrub(text: str) -> str:
    """Replace anything shaped like a Slack or Discord token or secret URL."""
    text = SECRET.sub(REDACTED, text)
    text = SECRET_PATH.sub(rf"\1{REDACTED}", text)
    return SECRET_FIELD.sub(rf"\1{REDACTED}", text)


def scrub_private(text: str) -> str:
    """``scrub``, and the values of fields that carry request bodies or what people wrote."""
    text = BODY.sub(rf"\1{REDACTED}", scrub(text))
    return PRIVATE_FIELD.sub(rf"\1{REDACTED}", text)


class SecretFilter(logging.Filter):
    """Rewrites every record before any handler formats it: tokens, secret URLs, and (for
    the libraries' loggers, whose DEBUG lines dump payloads) bodies and people's words."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format
            message = str(record.msg)
        ours = record.name.split(".", 1)[0] in OURS
        record.msg = scrub(message) if ours else scrub_private(message)
        record.args = None
        return True


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return scrub(json.dumps(payload))


def configure(
    level: str = "INFO", style: Literal["text", "json"] = "text", *, stream: TextIO | None = None
) -> None:
    """One handler on the root logger, its records scrubbed at every level."""
    handler = logging.StreamHandler(stream)
    handler.addFilter(SecretFilter())
    if style == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)
