"""Infrastructure errors: one or two lines saying what failed and what to do, exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from adapters.failures import mask
from tests.conftest import ROOT

SECRET = "hunter2"
Completed = subprocess.CompletedProcess[str]


def run(*arguments: str, environment: dict[str, str] | None = None) -> Completed:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *arguments],
        input="end\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", **(environment or {})},
    )


CASES = {
    "unreachable PostgreSQL": (
        f"postgresql+psycopg://bob:{SECRET}@127.0.0.1:1/interviews",
        "Could not open the database",
    ),
    "SQLite in a missing folder": ("sqlite:////nonexistent/folder/x.db", "folder exists"),
    "unknown URL scheme": (f"mysqlish://bob:{SECRET}@host/db", "is not one I can use"),
}


@pytest.mark.parametrize("command", ["console", "db upgrade"])
@pytest.mark.parametrize("case", list(CASES))
def test_database_failures_are_two_lines_and_exit_2(command: str, case: str) -> None:
    url, says = CASES[case]
    result = run(*command.split(), "--database-url", url)
    assert result.returncode == 2
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2, result.stderr
    assert "Traceback" not in result.stderr and SECRET not in result.stderr + result.stdout


def test_debug_shows_the_traceback_still_without_the_password() -> None:
    url = CASES["unreachable PostgreSQL"][0]
    result = run("--debug", "db", "upgrade", "--database-url", url)
    assert result.returncode == 2 and "Traceback" in result.stderr
    assert "Could not open the database" in result.stderr.splitlines()[-2]
    assert f"bob:{SECRET}@" not in result.stderr.splitlines()[-2]


def test_log_level_debug_shows_the_traceback() -> None:
    url = CASES["SQLite in a missing folder"][0]
    result = run("db", "upgrade", "--database-url", url, environment={"LOG_LEVEL": "DEBUG"})
    assert result.returncode == 2 and "Traceback" in result.stderr


@pytest.mark.parametrize("platform", ["slack", "discord"])
def test_platforms_without_network_say_so(platform: str, tmp_path: Path) -> None:
    environment = {
        "SLACK_BOT_TOKEN": "xoxb-1-2-abc",
        "SLACK_APP_TOKEN": "xapp-1-2-abc",
        "SLACK_SIGNING_SECRET": "s",
        "SLACK_API_URL": "http://127.0.0.1:1/api/",
        "DISCORD_TOKEN": "MTAx.abc.def",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        "HTTPS_PROXY": "http://127.0.0.1:1",
        "HEALTH_PORT": "0",
    }
    arguments = [platform, "--port", "0"] if platform == "slack" else [platform]
    result = run(*arguments, environment=environment)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines()[-2].startswith(f"Could not reach {platform.title()}")
    assert "xoxb-1-2-abc" not in result.stderr and "MTAx.abc.def" not in result.stderr


def test_passwords_and_tokens_are_masked() -> None:
    assert mask("postgresql://bob:s3cret@db/x") == "postgresql://bob:***@db/x"
    assert "xoxb-" not in mask("token xoxb-123-456-abc")
