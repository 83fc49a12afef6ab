"""The `mockinterview` command line: argparse, so that `--help` and `grade` start fast.

Each command's body lives in ``adapters.cli_run`` and imports what it needs when it runs.
Infrastructure errors become one or two lines and exit code 2 (``adapters.failures``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

DESCRIPTION = "A mock interviewer for Slack, Discord and the terminal."
DEBUG = "Show full tracebacks (as LOG_LEVEL=DEBUG does)."
Runner = Callable[[argparse.Namespace], int]


def _database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url", metavar="URL", help="SQLAlchemy URL; default from DATABASE_URL."
    )


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    run: str,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=summary, description=summary)
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG)
    parser.set_defaults(run=run)
    return parser


def _console(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = _command(
        commands,
        "console",
        "Run an interview in this terminal (answers may also be piped on stdin).",
        "console",
    )
    _database(parser)
    parser.add_argument("--user", help="Whose interview this is.")
    parser.add_argument(
        "--out",
        "--files",
        dest="out",
        type=Path,
        metavar="FOLDER",
        help="Where charts and exports are saved; default the user data folder.",
    )


def _content(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = commands.add_parser("content", help="Check question guides.")
    lint = content.add_subparsers(title="commands", metavar="COMMAND", required=True)
    parser = _command(lint, "lint", "Check guides and report every problem at once.", "lint")
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="Guides or folders; default content/."
    )


def _db(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="Manage the database schema.")
    upgrade = db.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _database(_command(upgrade, "upgrade", "Apply every pending migration.", "upgrade"))


def _platforms(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slack = _command(
        commands,
        "slack",
        "Run the Slack app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on --host:--port.",
        "slack",
    )
    slack.add_argument(
        "--port", type=int, default=3000, help="HTTP mode port (without SLACK_APP_TOKEN)."
    )
    slack.add_argument("--host", help="HTTP mode address; default HOST, else 0.0.0.0.")
    _database(slack)
    discord = _command(commands, "discord", "Run the Discord bot with DISCORD_TOKEN.", "discord")
    discord.add_argument("--shards", help="`auto` for an auto-sharded client.")
    _database(discord)
    health = _command(
        commands,
        "healthcheck",
        "Exit 0 when the local bot's /healthz answers 200 (for container healthchecks).",
        "healthcheck",
    )
    health.add_argument(
        "ports", nargs="*", type=int, metavar="PORT", help="Default HEALTH_PORT and 3000."
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mockinterview", description=DESCRIPTION)
    parser.add_argument("--debug", action="store_true", help=DEBUG)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _console(commands)
    _command(
        commands, "grade", "Score answers: JSON Lines in on stdin, one line out each.", "grade"
    )
    _content(commands)
    _db(commands)
    _platforms(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if not hasattr(arguments, "run"):
        parser.print_help()
        return 0
    from adapters import cli_run
    from adapters.failures import reporting_failures

    run: Runner = getattr(cli_run, arguments.run)
    with reporting_failures(command=arguments.run, debug=arguments.debug) as outcome:
        arguments.outcome = outcome
        outcome.code = run(arguments)
    return outcome.code


if __name__ == "__main__":
    sys.exit(main())
