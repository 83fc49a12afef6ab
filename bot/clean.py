"""Text the database can store: no NUL or other control characters, no lone surrogates.

PostgreSQL refuses NUL in text, and neither database (nor UTF-8) can hold a lone UTF-16
surrogate such as ``\\ud800``, which a JSON body may still carry as ``"\\ud800"``. Every
event is cleaned once, on its way into the engine, so a turn never fails on what a person
typed and "trouble saving" means a real outage.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # keeps tab, newline, return
SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
T = TypeVar("T")


def clean_text(text: str) -> str:
    """``text`` without control characters; a lone surrogate becomes U+FFFD."""
    return SURROGATE.sub(REPLACEMENT, CONTROL.sub("", text))


def clean(value: T) -> T:
    """``value`` with every string in it cleaned, through nested frozen dataclasses (an
    event, its user, where it happened, its attachment's file name); bytes are left alone."""
    if isinstance(value, str):
        return clean_text(value)  # type: ignore[return-value]
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for field in fields(value):
        if not field.init:
            continue
        before = getattr(value, field.name)
        after = clean(before)
        if after is not before and after != before:
            changes[field.name] = after
    return replace(value, **changes) if changes else value
