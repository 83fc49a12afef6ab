"""The other verdict: an answer opening with "No" where the model answer opens with "Yes".

A question that asks "Can she use a piece of string?" or "Will the bulb light?" is answered
first by its verdict, and a model answer that opens with one ("No, string is an insulator")
says which is right. An answer that opens with the other verdict got the question wrong,
however many of the model answer's words it goes on to use ("No, because it is not a metal"
against "Yes, aluminium foil is a metal"): its first key point is contradicted.

Narrow on purpose, like every claim check (see ``claims``): only an opening "yes" or "no"
that stands alone is a verdict, followed by a mark, the end or a word that opens a clause
("No because it is open", "Yes it will"). "No one knows", "No gap" and "Yes and no" are none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# An opening verdict, after any markup or quotes: the word, then a mark, the end, or a word
# that opens a clause of its own.
OPENING = re.compile(
    r"\W*(?P<word>yes|yeah|yep|yup|no|nope)"
    r"(?:\s*(?:[,.!;:)]|[-–—]|$)"
    r"|\s+(?:because|since|as|it|they|he|she|you|i|we|there|but|not|this|that)\b)",
    re.IGNORECASE,
)
AFFIRMING = frozenset({"yes", "yeah", "yep", "yup"})


class Verdict(NamedTuple):
    """The verdict a key point opens with: which point, as typed, and whether it affirms."""

    point: int
    typed: str  # "Yes"
    affirms: bool


def opening(text: str) -> str:
    """The verdict ``text`` opens with, as typed ("No", "yeah"); "" when it opens with none."""
    found = OPENING.match(text)
    return found.group("word") if found else ""


def of_points(texts: Sequence[str]) -> Verdict | None:
    """The verdict the first key point opens with, if any: the model answer's first word."""
    typed = opening(texts[0]) if texts else ""
    return Verdict(0, typed, typed.lower() in AFFIRMING) if typed else None


def contradicted(verdict: Verdict, said: str) -> dict[int, str]:
    """{the verdict's point: why it is contradicted} when the answer opens with the other
    verdict (``said``, as typed); {} when it opens with the same one, or with none."""
    if not said or (said.lower() in AFFIRMING) == verdict.affirms:
        return {}
    return {verdict.point: f"You said “{said}”; the key point says “{verdict.typed}”."}


__all__ = ["Verdict", "contradicted", "of_points", "opening"]
