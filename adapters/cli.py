"""The `mockinterview` command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.settings import Settings

app = typer.Typer(
    help="A mock interviewer for Slack, Discord and the terminal.", no_args_is_help=True
)
content_app = typer.Typer(help="Check question guides.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
app.add_typer(content_app, name="content")
app.add_typer(db_app, name="db")

DatabaseOption = Annotated[
    str | None, typer.Option("--database-url", help="SQLAlchemy URL; default from DATABASE_URL.")
]


def load_settings(database_url: str | None = None, *, quiet: bool = False) -> Settings:
    """Settings from the environment; ``quiet`` keeps INFO logs out of a terminal session."""
    settings = Settings()
    if database_url:
        settings = settings.model_copy(update={"database_url": database_url})
    from adapters import logs

    level = "WARNING" if quiet and settings.log_level.upper() == "INFO" else settings.log_level
    logs.configure(level, settings.log_format)
    return settings


@app.command()
def console(
    database_url: DatabaseOption = None,
    user: Annotated[str | None, typer.Option(help="Whose interview this is.")] = None,
    files: Annotated[
        Path, typer.Option(help="Where charts and exports are saved.", file_okay=False)
    ] = Path(),
) -> None:
    """Run an interview in this terminal (answers may also be piped on stdin)."""
    from adapters.console import Console, console_user
    from adapters.wiring import build_engine

    settings = load_settings(database_url, quiet=True)
    engine = build_engine(settings)
    interactive = sys.stdin.isatty()
    person = console_user(user)
    Console(engine, user=person, output=sys.stdout, interactive=interactive, files=files).run(
        iter(sys.stdin)
    )


@app.command()
def grade() -> None:
    """Score answers: JSON Lines in on stdin, one JSON line out per line."""
    from bot.grading import grade_lines
    from bot.scoring import Scorer

    for line in grade_lines(sys.stdin, Scorer()):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


@content_app.command("lint")
def content_lint(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Guides or folders; default content/.")
    ] = None,
) -> None:
    """Check guides and report every problem in every file at once."""
    from bot.content import lint

    targets = paths or [Settings().content_dir]
    problems = lint(targets)
    for problem in problems:
        typer.echo(problem, err=True)
    if problems:
        typer.echo(f"{len(problems)} problem(s) found.", err=True)
        raise typer.Exit(1)
    typer.echo("All guides are fine.")


@db_app.command("upgrade")
def db_upgrade(database_url: DatabaseOption = None) -> None:
    """Apply every pending migration."""
    from bot.db import upgrade

    upgrade(load_settings(database_url).database_url)
    typer.echo("Database is up to date.")


@app.command()
def slack(
    port: Annotated[int, typer.Option(help="HTTP mode port (without SLACK_APP_TOKEN).")] = 3000,
    database_url: DatabaseOption = None,
) -> None:
    """Run the Slack app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on --port."""
    from adapters.slack_run import run

    run(load_settings(database_url), port=port)


@app.command()
def discord(
    shards: Annotated[str | None, typer.Option(help="`auto` for an auto-sharded client.")] = None,
    database_url: DatabaseOption = None,
) -> None:
    """Run the Discord bot with DISCORD_TOKEN."""
    from adapters.discord_bot import run

    run(load_settings(database_url), shards=shards)


@app.command()
def healthcheck(
    ports: Annotated[
        list[int] | None, typer.Argument(help="Ports to ask; default HEALTH_PORT and 3000.")
    ] = None,
) -> None:
    """Exit 0 when the local bot's /healthz answers 200 (for container healthchecks)."""
    import urllib.request

    for port in ports or [Settings().health_port, 3000]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=3):
                return
        except OSError:
            continue
    raise typer.Exit(1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
