"""The `mockinterview` command line: argparse, so that `--help` and `grade` start fast.

Each command's body lives in ``adapters.cli_run`` and imports what it needs when it runs.
Infrastructure errors become one or two lines and exit code 2 (``adapters.failures``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from adapters.platform import PLATFORMS

DESCRIPTION = "A mock interviewer for Slack, Discord and the terminal."
DEBUG = "Show full tracebacks (as LOG_LEVEL=DEBUG does)."
GRADE_FIELDS = """\
input, one JSON object a line:
  question    the question's text
  answer      the answer to score
  key_points  a list of points: strings, or {"text", "role", "weight"} objects
              (role: core, supporting, pitfall or story; weight above 0)
  reference   instead of key_points: a model answer, split into points as a guide's is
  kind        optional: technical (default), behavioral, situational or problem-solving
output, one JSON object a line, in order:
  score, points (each: text, score, covered, status, role, share, matched, note when
  contradicted) and notes; or {"error": ...}, and then the exit status is 1

example (paste as it is):
mockinterview grade <<'EOF'
{"question": "Why add an index?", "reference": "It speeds up reads.", "answer": "fast reads"}
EOF"""
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
    epilog: str | None = None,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG)
    parser.set_defaults(run=run)
    return parser


def _platforms(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """One command per registered platform: console, slack, discord."""
    for registered in PLATFORMS:
        parser = _command(commands, registered.name, registered.summary, "platform")
        parser.set_defaults(platform=registered.name)
        _database(parser)
        registered.options(parser)


def _content(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = commands.add_parser("content", help="Check question guides; read their flags.")
    lint = content.add_subparsers(title="commands", metavar="COMMAND", required=True)
    parser = _command(lint, "lint", "Check guides and report every problem at once.", "lint")
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="Guides or folders; default the guides in use (CONTENT_DIR, else the shipped ones).",
    )
    flags = _command(
        lint, "flags", "The flags people sent on a guide's questions, as JSON.", "flags"
    )
    flags.add_argument("guide", metavar="GUIDE", help="A guide's name, e.g. backend-developer.")
    _database(flags)


def _db(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="Manage the database schema.")
    upgrade = db.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _database(_command(upgrade, "upgrade", "Apply every pending migration.", "upgrade"))


def _healthcheck(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    health = _command(
        commands,
        "healthcheck",
        "Exit 0 when the local bot's /healthz answers 200 (for container healthchecks).",
        "healthcheck",
    )
    health.add_argument(
        "ports", nargs="*", type=int, metavar="PORT", help="Default HEALTH_PORT and 3000."
    )


class _Version(argparse.Action):
    """``--version``, read from the installed package only when asked for (start-up stays fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        print(parser.prog, version(parser.prog))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mockinterview", description=DESCRIPTION)
    parser.add_argument("--debug", action="store_true", help=DEBUG)
    parser.add_argument("--version", action=_Version, help="Show the version and exit.")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _platforms(commands)
    summary = "Score answers: JSON Lines in on stdin, one line out each."
    _command(commands, "grade", summary, "grade", epilog=GRADE_FIELDS)
    _content(commands)
    _db(commands)
    _healthcheck(commands)
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
    command = getattr(arguments, "platform", arguments.run)
    with reporting_failures(command=command, debug=arguments.debug) as outcome:
        arguments.outcome = outcome
        outcome.code = run(arguments)
    return outcome.code


if __name__ == "__main__":
    sys.exit(main())
