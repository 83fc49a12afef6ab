"""The question bank of each server: the shipped guides plus the guides its admins uploaded.

A guide is parsed once, at upload, within a :class:`~bot.content.budget.ParseBudget`, and
stored with its parsed record, so loading a server's bank is reading JSON. Each server's bank
has a version in the store that moves on with every upload; a bank cached here is used only
while the store still has its version, so every process sees a guide uploaded through any
other. No lock is shared between servers: loading one server's bank never waits on another's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

from bot.content import guide_slug, parse_guide
from bot.content.budget import ParseBudget
from bot.errors import ContentError, UserError
from bot.guide_record import guide_from_record, guide_record
from bot.questions import Guide, QuestionBank
from bot.records import StoredGuide
from bot.store import ServerStore
from bot.types import Attachment

log = logging.getLogger(__name__)

MAX_GUIDE_BYTES = 256 * 1024
MAX_PROBLEMS_SHOWN = 30
MAX_SLUG = 64  # characters of a guide's file name before ``.md``
MAX_QUESTION_NUMBER = 9999
MAX_GUIDES = 20  # a server's own guides


@dataclass
class ServerBanks:
    store: ServerStore
    shipped: QuestionBank
    budget: Callable[[], ParseBudget] = ParseBudget  # a fresh budget for each parse
    _banks: dict[str, tuple[int, QuestionBank]] = field(default_factory=dict, init=False)

    def bank_for(self, scope: str | None) -> QuestionBank:
        """The shipped guides, plus the server's own when there is a server."""
        if scope is None:
            return self.shipped
        version = self.store.guide_bank_version(scope)
        if version == 0:
            return self.shipped
        cached = self._banks.get(scope)
        if cached is not None and cached[0] == version:
            return cached[1]
        bank = QuestionBank([*self.shipped.guides, *self._uploaded(scope)])
        self._banks[scope] = (version, bank)  # the version read first: never newer than bank
        return bank

    def _uploaded(self, scope: str) -> list[Guide]:
        guides = []
        for stored in self.store.server_guides(scope):
            guide = guide_from_record(stored.record) or self._reparsed(scope, stored)
            if guide is not None:
                guides.append(guide)
        return guides

    def _reparsed(self, scope: str, stored: StoredGuide) -> Guide | None:
        """A guide stored without a record this version reads: parsed again, within budget."""
        try:
            data, name = stored.text.encode(), f"{stored.slug}.md"
            return parse_guide(data, name=name, slug=stored.slug, budget=self.budget())
        except ContentError:
            log.warning("a stored guide %s of %s no longer loads; skipped", stored.slug, scope)
            return None

    def upload(self, scope: str, attachment: Attachment) -> Guide:
        """Lint the file and add it to the server's bank; every problem at once otherwise."""
        name = PurePath(attachment.filename).name
        if not name.lower().endswith(".md"):
            raise UserError("Send the guide as a `.md` file in the format of the shipped guides.")
        if len(attachment.data) > MAX_GUIDE_BYTES:
            raise UserError(f"That file is over {MAX_GUIDE_BYTES // 1024} KB; split the guide.")
        if b"\x00" in attachment.data:
            raise UserError("That file has NUL bytes, so it is not a text file; send the `.md`.")
        slug = guide_slug(PurePath(name))
        if len(slug) > MAX_SLUG:
            raise UserError(f"That file name is too long: at most {MAX_SLUG} characters, please.")
        if slug in {guide.slug for guide in self.shipped.guides}:
            raise UserError(f"`{slug}` is a shipped guide; rename your file.")
        guide = self._parse(attachment.data, name, slug)
        too_big = [q.number for q in guide.questions if q.number > MAX_QUESTION_NUMBER]
        if too_big:
            raise UserError(
                f"Question numbers go up to {MAX_QUESTION_NUMBER}; renumber question "
                f"{str(too_big[0])[:12]}{'…' if len(str(too_big[0])) > 12 else ''}."
            )
        text = attachment.data.decode("utf-8", errors="replace")
        if not self.store.save_guide(
            scope, StoredGuide(slug, text, guide_record(guide)), limit=MAX_GUIDES
        ):
            raise UserError(
                f"The guide was not added: this server already has {MAX_GUIDES} guides of its "
                "own, the most it can hold. Upload a file named like one of them to replace it."
            )
        return guide

    def _parse(self, data: bytes, name: str, slug: str) -> Guide:
        try:
            return parse_guide(data, name=name, slug=slug, budget=self.budget())
        except ContentError as error:
            shown = error.problems[:MAX_PROBLEMS_SHOWN]
            more = len(error.problems) - len(shown)
            listing = "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")
            raise UserError(
                f"The guide was not added: {len(error.problems)} problem(s).\n```\n{listing}\n```"
            ) from None
