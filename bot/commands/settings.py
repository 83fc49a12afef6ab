"""`settings`: a server's or workspace's settings; admins change them."""

from __future__ import annotations

from bot.commands.base import Argument, Desk, Outcome, Request, Spec, words_among
from bot.commands.daily import question_of_the_day
from bot.errors import UserError
from bot.server_settings import SETTINGS_USAGE, change, describe
from bot.store import SaveServerSettings
from bot.strictness import LEVELS


def settings(desk: Desk, request: Request, args: str) -> Outcome:
    scope = request.event.where.scope
    if scope is None:
        raise UserError("Settings belong to a server or workspace; use `settings` in one.")
    current = desk.server(request.event.where)
    if not args.strip():
        return request.reply(describe(current) + "\n\n" + SETTINGS_USAGE, private=True)
    if not request.event.user.is_admin:
        raise UserError("Only server admins can change settings (Discord: Manage Server).")
    if args.split()[0].lower() == "qotd":
        return question_of_the_day(desk, request, args.strip()[4:])
    changed = change(current, args, where=request.event.where, bank=desk.shipped)
    saved = SaveServerSettings(scope, changed)
    return request.reply("Saved. " + describe(changed), private=True, writes=[saved])


COMMANDS = (
    Spec(
        "settings",
        "`settings`: this server's settings (admins can change them)",
        settings,
        arguments=(
            Argument("guide", "Admins: the guide `start` uses by default (`none` for the first)"),
            Argument("channels", "Admins: where interviews may run", ("here", "any")),
            Argument("strictness", "Admins: how much of a point counts as covered", LEVELS),
            Argument("retention", "Admins: days answer texts are kept (`off`: until deleted)"),
            Argument("qotd", "Admins: a question of the day posted in this channel", ("on", "off")),
        ),
        accepts=words_among(),
    ),
)
