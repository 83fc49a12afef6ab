"""The other verdict: an answer opening with "No" where the model answer opens with "Yes",
or with option "B." where it opens with "A.".

A question that asks "Can she use a piece of string?", "Will the bulb light?" or "Which
container heats faster, A or B?" is answered first by its verdict, and a model answer that
opens with one ("No, string is an insulator", "A. Dry soil heats...") says which is right.
An answer that opens with another verdict of the same sort got the question wrong, however
many of the model answer's words it goes on to use ("No, because it is not a metal" against
"Yes, aluminium foil is a metal"): its first key point is contradicted.

Narrow on purpose, like every claim check (see ``claims``): only an opening "yes" or "no"
that stands alone is a verdict, followed by a mark, the end or a word that opens a clause
("No because it is open", "Yes it will"), and only a letter followed by a mark is an option.
"No one knows", "No gap", "Yes and no", "A dry soil" and "I, for one" are none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# An opening verdict, after any markup or quotes (read once, never backtracked into): "yes"
# or "no", then a mark (not "No. 1" or "No-SQL"), the end, or a word that opens a clause of its
# own; or one option's letter, then a mark ("B.", "c)"), not an article ("A dry soil"), an
# abbreviation ("e.g.") or "I".
OPENING = re.compile(
    r"\W*+(?:(?P<word>yes|yeah|yep|yup|no|nope)"
    r"(?:\s*(?:[,.!;:)](?!\s*\d)|[–—]|$)|\s+-\s"
    r"|\s+(?:because|since|as|it|they|he|she|you|i|we|there|but|not|this|that)\b)"
    r"|(?P<option>(?!i\b)[a-z])\s?[.,:)](?!\w))",
    re.IGNORECASE,
)
AFFIRMING = frozenset({"yes", "yeah", "yep", "yup"})
POINT = 0  # the key point a verdict opens, the model answer's first


class Verdict(NamedTuple):
    """The verdict the first key point opens with: as typed, and what it means."""

    typed: str  # "Yes", "B"
    means: str  # "yes", "no" or an option's letter in capitals


def opening(text: str) -> str:
    """The verdict ``text`` opens with, as typed ("No", "yeah", "B"); "" when none."""
    found = OPENING.match(text)
    if found is None:
        return ""
    return found.group("word") or found.group("option")


def meaning(typed: str) -> str:
    """What a verdict as typed means: "yes", "no", or an option's letter in capitals."""
    if len(typed) == 1:
        return typed.upper()
    return "yes" if typed.lower() in AFFIRMING else "no"


def of_points(texts: Sequence[str]) -> Verdict | None:
    """The verdict the first key point opens with, if any: the model answer's first word."""
    typed = opening(texts[0]) if texts else ""
    return Verdict(typed, meaning(typed)) if typed else None


def contradicted(verdict: Verdict, said: str) -> dict[int, str]:
    """{POINT: why it is contradicted} when the answer opens with another
    verdict of the same sort (``said``, as typed, never ""): "No" for "Yes", "B" for option
    "A"; {} when it opens with the same one or with one of the other sort."""
    means = meaning(said)
    if means == verdict.means or (len(means) == 1) != (len(verdict.means) == 1):
        return {}
    return {POINT: f"You said “{said}”; the key point says “{verdict.typed}”."}


__all__ = ["Verdict", "contradicted", "of_points", "opening"]
