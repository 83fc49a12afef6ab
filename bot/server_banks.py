"""The question bank of each server: the shipped guides plus the guides its admins uploaded."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import PurePath

from bot.content import guide_slug, parse_guide
from bot.errors import ContentError, UserError
from bot.questions import Guide, QuestionBank
from bot.store import Store
from bot.turns import Outcome, Turn
from bot.types import Attachment, Command

log = logging.getLogger(__name__)

MAX_GUIDE_BYTES = 256 * 1024
MAX_PROBLEMS_SHOWN = 30
MAX_SLUG = 64  # characters of a guide's file name before ``.md``
MAX_QUESTION_NUMBER = 9999


@dataclass
class ServerBanks:
    store: Store
    shipped: QuestionBank
    _banks: dict[str, QuestionBank] = field(default_factory=dict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def bank_for(self, scope: str | None) -> QuestionBank:
        """The shipped guides, plus the server's own when there is a server."""
        if scope is None:
            return self.shipped
        with self._lock:
            if scope not in self._banks:
                self._banks[scope] = QuestionBank([*self.shipped.guides, *self._uploaded(scope)])
            return self._banks[scope]

    def _uploaded(self, scope: str) -> list[Guide]:
        guides = []
        for slug, text in self.store.server_guides(scope):
            try:
                guides.append(parse_guide(text.encode(), name=f"{slug}.md", slug=slug))
            except ContentError:
                log.warning("a stored guide %s of %s no longer loads; skipped", slug, scope)
        return guides

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
        self.store.save_guide(scope, slug, attachment.data.decode("utf-8", errors="replace"))
        with self._lock:
            self._banks.pop(scope, None)
        return guide

    def command(self, turn: Turn, args: str) -> Outcome:
        """`guide` lists the guides here; `guide upload` (with a .md file) adds one."""
        action = args.strip().lower()
        if action in {"", "list"}:
            bank = self.bank_for(turn.event.where.scope)
            lines = [f"• `{g.slug}`: {g.title} ({len(g.questions)} questions)" for g in bank.guides]
            return turn.reply("**Guides here**\n" + "\n".join(lines), private=True)
        if action != "upload":
            raise UserError("Try `guide` for the guides here, or send a `.md` file to upload one.")
        return self._upload(turn)

    def _upload(self, turn: Turn) -> Outcome:
        event = turn.event
        if event.where.scope is None:
            raise UserError("Guides are added to a server or workspace; upload it there.")
        if not event.user.is_admin:
            raise UserError("Only server admins can add guides.")
        attachment = event.attachment if isinstance(event, Command) else None
        if attachment is None:
            raise UserError("Attach the guide as a `.md` file in the format of the shipped guides.")
        guide = self.upload(event.where.scope, attachment)
        count = len(guide.questions)
        return turn.reply(
            f"Added **{guide.title}** (`{guide.slug}`, {count} questions) to this server. "
            f"Try it: `start {guide.slug}`."
        )

    def _parse(self, data: bytes, name: str, slug: str) -> Guide:
        try:
            return parse_guide(data, name=name, slug=slug)
        except ContentError as error:
            shown = error.problems[:MAX_PROBLEMS_SHOWN]
            more = len(error.problems) - len(shown)
            listing = "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")
            raise UserError(
                f"The guide was not added: {len(error.problems)} problem(s).\n```\n{listing}\n```"
            ) from None
