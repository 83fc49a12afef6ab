"""`guide`: the guides here; `guide upload` (with a `.md` file) adds a server's own."""

from __future__ import annotations

from bot.commands.base import Argument, Desk, Outcome, Request, Spec, words_among
from bot.commands.reviews import accepted_text
from bot.errors import UserError
from bot.types import Command


def guide(desk: Desk, request: Request, args: str) -> Outcome:
    action = args.strip().lower()
    if action in {"", "list"}:
        bank = desk.banks.bank_for(request.event.where.scope)
        lines = [f"• `{g.slug}`: {g.title} ({len(g.questions)} questions)" for g in bank.guides]
        accepted = accepted_text(desk, request.event.where.scope)
        return request.reply("**Guides here**\n" + "\n".join(lines) + accepted, private=True)
    if action != "upload":
        raise UserError("Try `guide` for the guides here, or send a `.md` file to upload one.")
    return _upload(desk, request)


def _upload(desk: Desk, request: Request) -> Outcome:
    """The guide is saved here, in a transaction of its own that counts the server's guides."""
    event = request.event
    if event.where.scope is None:
        raise UserError("Guides are added to a server or workspace; upload it there.")
    if not event.user.is_admin:
        raise UserError("Only server admins can add guides.")
    attachment = event.attachment if isinstance(event, Command) else None
    if attachment is None:
        raise UserError("Attach the guide as a `.md` file in the format of the shipped guides.")
    added = desk.banks.upload(event.where.scope, attachment)
    count = len(added.questions)
    return request.reply(
        f"Added **{added.title}** (`{added.slug}`, {count} questions) to this server. "
        f"Try it: `start {added.slug}`."
    )


COMMANDS = (
    Spec(
        "guide",
        "`guide`: the guides here; admins add one by sending a `.md` file (`guide upload`)",
        guide,
        arguments=(Argument("file", "Admins: a .md guide in the shipped guides' format to add"),),
        accepts=words_among("upload"),  # typed in a DM or the terminal, too
    ),
)
