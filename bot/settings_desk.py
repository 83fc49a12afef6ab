"""`settings`: a server's or workspace's settings; admins change them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.daily_desk import DailyDesk
from bot.errors import UserError
from bot.questions import QuestionBank
from bot.server_settings import SETTINGS_USAGE, ServerSettings, change, describe
from bot.store import Store
from bot.turns import Outcome, Turn
from bot.types import Where


@dataclass
class SettingsDesk:
    store: Store
    bank: QuestionBank
    daily: DailyDesk

    def server(self, where: Where) -> ServerSettings:
        """The settings of the server the event came from; defaults in a DM or the console."""
        return self.store.load_server_settings(where.scope) if where.scope else ServerSettings()

    def command(self, turn: Turn, args: str) -> Outcome:
        scope = turn.event.where.scope
        if scope is None:
            raise UserError("Settings belong to a server or workspace; use `settings` in one.")
        current = self.server(turn.event.where)
        if not args.strip():
            return turn.reply(describe(current) + "\n\n" + SETTINGS_USAGE, private=True)
        if not turn.event.user.is_admin:
            raise UserError("Only server admins can change settings (Discord: Manage Server).")
        if args.split()[0].lower() == "qotd":
            return self.daily.channel_command(turn, args.strip()[4:])
        changed = change(current, args, where=turn.event.where, bank=self.bank)
        self.store.save_server_settings(scope, changed)
        return turn.reply("Saved. " + describe(changed), private=True)
