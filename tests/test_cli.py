"""The `mockinterview` command line: a scripted console interview, resume, lint and grade."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version
from pathlib import Path

import pytest
from sqlalchemy import inspect, update

from adapters.cli import main
from adapters.failures import BROKEN_PIPE
from bot.db import SqlStore, make_engine, tables, upgrade
from bot.db.migrate import applied, heads
from bot.questions import QuestionBank
from bot.types import User, Where
from tests.conftest import CONTENT, ROOT, open_chat, run_console
from tests.test_export import EXPORT_FIELDS
from tests.test_progress import png_size

ANSWER = """A RESTful API lets programs talk over HTTP.
Use GET to read, POST to create, PUT or PATCH to update and DELETE to delete,
and return the right status codes. Version the API so clients don't break.
"""


def test_a_scripted_interview_of_three_questions(tmp_path: Path) -> None:
    script = f"start backend-developer 3\n{ANSWER}\nnext\nhint\nI don't know.\n\nnext\nskip\n"
    output = run_console(tmp_path / "run.db", script)
    assert output.count("Score: ") == 2
    assert output.count("key points covered") == 2 and "❌" in output
    assert "Model answer" in output
    assert "Interview finished. 2 answered, 1 skipped" in output
    assert "Hint 1:" in output
    assert output.rstrip().endswith("Bye.")  # nothing left to resume


def test_goodbye_promises_no_interview_when_none_was_started(tmp_path: Path) -> None:
    output = run_console(tmp_path / "idle.db", "guide\n")
    assert output.rstrip().endswith("Bye.") and "resume" not in output.splitlines()[-1]


def test_quitting_and_coming_back_resumes(tmp_path: Path) -> None:
    database = tmp_path / "resume.db"
    first = run_console(database, "start 3\n")
    assert "Question 1 of 3" in first and "interview is saved; run me again" in first
    second = run_console(database, "")
    assert "Welcome back" in second and "Question 1 of 3" in second


def test_the_console_keeps_a_due_daily_question_for_its_next_start(tmp_path: Path) -> None:
    database = tmp_path / "daily.db"
    assert "waits for you the next time" in run_console(database, "daily on 00:00 UTC\n")
    engine = make_engine(f"sqlite:///{database}")
    with engine.begin() as connection:  # a day goes by
        connection.execute(update(tables.subscriptions).values(next_due_at=datetime(2026, 1, 1)))
    engine.dispose()
    came_back = run_console(database, "")
    assert "Your daily question" in came_back and "Question 1 of 1" in came_back
    assert came_back.rstrip().endswith("the next one due replaces it.")
    assert "Your daily question" not in run_console(database, "")  # once


def test_the_consoles_daily_question_defaults_to_the_machines_time_zone(tmp_path: Path) -> None:
    environment = {**os.environ, "TZ": "Asia/Kolkata"}
    output = run_console(tmp_path / "zone.db", "daily on 07:30\n", env=environment)
    assert "Daily question at 07:30 Asia/Kolkata" in output


@dataclass
class Result:
    exit_code: int
    output: str


class Runner:
    """Runs ``main`` in this process with stdin, stdout and stderr captured."""

    def invoke(self, argv: list[str], input: str = "") -> Result:
        streams = io.StringIO(input), io.StringIO()
        saved = sys.stdin, sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = streams[0], streams[1], streams[1]
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved
        return Result(code, streams[1].getvalue())


runner = Runner()


def test_lint_passes_on_the_shipped_guides() -> None:
    result = runner.invoke(["content", "lint", str(CONTENT)])
    assert result.exit_code == 0, result.output
    assert "All guides are fine" in result.output


def test_lint_without_paths_checks_and_names_the_guides_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no path, lint checks CONTENT_DIR (the guides the bot serves), and says so."""
    (tmp_path / "broken.md").write_text("---\ndescription: [\n---\n", encoding="utf-8")
    monkeypatch.setenv("CONTENT_DIR", str(tmp_path))
    assert runner.invoke(["content", "lint"]).exit_code == 1
    monkeypatch.delenv("CONTENT_DIR")
    result = runner.invoke(["content", "lint"])
    assert result.exit_code == 0, result.output
    assert "All guides are fine (" in result.output and "content" in result.output
    assert "the guides in use" in runner.invoke(["content", "lint", "--help"]).output


def test_lint_reports_every_problem_with_path_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text(
        '---\ndescription: "no term"\n---\n\n## Interview Questions and Answers\n\n'
        "### Technical Questions\n\n#### Question 1: Why?\n- **Difficulty**: Easy\n\n"
        "#### Question 1: Why again?\n- **Answer**:\n  - **Definition**: Because.\n",
        encoding="utf-8",
    )
    result = runner.invoke(["content", "lint", str(broken), str(tmp_path / "absent.md")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(str(tmp_path))]
    assert len(lines) >= 4, result.output
    assert all(line.split(":")[1].isdigit() for line in lines if "broken.md" in line)


def test_grade_honours_the_jsonl_contract() -> None:
    lines = [
        {
            "question": "What is an index?",
            "key_points": ["An index speeds up lookups"],
            "answer": "x",
        },
        "not json",
        {
            "question": "Q",
            "reference": "- Indexes speed up reads.\n- They slow down writes.",
            "answer": "a",
        },
    ]
    stdin = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    result = runner.invoke(["grade"], input=stdin)
    assert result.exit_code == 1  # a line got an error line; every line is still answered
    outputs = [json.loads(line) for line in result.output.splitlines()]
    assert len(outputs) == 3
    assert "score" in outputs[0] and "points" in outputs[0] and "error" in outputs[1]
    assert len(outputs[2]["points"]) == 2


HELP_SCREENS = [
    [],
    ["--help"],
    ["console", "--help"],
    ["grade", "--help"],
    ["content", "--help"],
    ["content", "lint", "--help"],
    ["db", "--help"],
    ["db", "upgrade", "--help"],
    ["slack", "--help"],
    ["discord", "--help"],
    ["healthcheck", "--help"],
]


@pytest.mark.parametrize("command", HELP_SCREENS)
def test_help_screens(command: list[str]) -> None:
    result = runner.invoke(command)
    assert result.exit_code == 0
    assert "usage: mockinterview" in result.output and "<bool>" not in result.output


def test_help_lists_every_command_and_option() -> None:
    output = runner.invoke(["--help"]).output
    for command in ["console", "grade", "content", "db", "slack", "discord", "healthcheck"]:
        assert command in output
    console_help = runner.invoke(["console", "--help"]).output
    for option in ["--database-url", "--user", "--out", "--files", "--debug"]:
        assert option in console_help
    assert "--port" in runner.invoke(["slack", "--help"]).output
    assert "--shards" in runner.invoke(["discord", "--help"]).output


def test_grade_help_names_every_field_and_its_example_runs() -> None:
    help_text = runner.invoke(["grade", "--help"]).output
    for field in ["question", "answer", "key_points", "reference", "kind", "matched", "note"]:
        assert f"{field} " in help_text or f"{field}," in help_text
    example = help_text.split("<<'EOF'\n")[1].split("\nEOF")[0]
    result = runner.invoke(["grade"], input=example + "\n")
    assert result.exit_code == 0 and json.loads(result.output)["points"][0]["covered"]


def test_version_prints_the_installed_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.strip() == f"mockinterview {version('mockinterview')}"


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = runner.invoke(["db", "upgrade", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "Database is up to date." in result.output
    engine = make_engine(url)
    try:
        created = set(inspect(engine).get_table_names())
        assert applied(engine) == heads()
    finally:
        engine.dispose()
    assert created == {table.name for table in tables.metadata.sorted_tables} | {"alembic_version"}


def test_stats_saves_the_chart_and_export_the_json(tmp_path: Path) -> None:
    output = run_console(tmp_path / "stats.db", f"start 1\n{ANSWER}\nstats\nexport\n")
    assert "By kind" in output
    chart = tmp_path / "mockinterview-scores.png"
    assert f"(saved {chart})" in output
    assert png_size(chart.read_bytes()) == (700, 320)
    exported = json.loads((tmp_path / "mockinterview-export.json").read_text())
    assert set(exported) == EXPORT_FIELDS
    assert exported["user"].startswith("console:")
    [answer] = exported["answers"]
    assert answer["answer_text"].startswith("A RESTful API lets programs talk over HTTP.")
    assert isinstance(answer["score"], float) and answer["points"]


def test_a_guides_author_gets_its_flags_from_every_server(
    tmp_path: Path, bank: QuestionBank, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'flags.db'}"
    database = make_engine(url)
    upgrade(url)
    chat = open_chat(bank, SqlStore(database))
    for team in ("T1", "T2"):
        where, user = Where("slack", f"D{team}", direct=True, scope=team), User("slack", "UA")
        chat.send("start backend-developer 1", user=user, where=where)
        chat.send(
            f"flag outdated In {team} the model answer cites a dead RFC", user=user, where=where
        )
    database.dispose()
    assert main(["content", "flags", "backend-developer", "--database-url", url]) == 0
    document = json.loads(capsys.readouterr().out)
    [question] = document["questions"]
    assert question["counts"] == {"outdated": 2}
    assert {flag["text"] for flag in question["flags"]} == {
        "In T1 the model answer cites a dead RFC",
        "In T2 the model answer cites a dead RFC",
    }
    assert "slack:UA" not in json.dumps(document), "never who sent them"


def test_flags_of_an_unknown_guide_name_the_guides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'flags.db'}"
    assert main(["content", "flags", "no-such-guide", "--database-url", url]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "backend-developer" in error


def test_a_reader_that_leaves_early_stops_grade_quietly() -> None:
    """`mockinterview grade | head -1`: no traceback when the pipe closes, and the status a
    shell gives a command stopped by SIGPIPE."""
    line = json.dumps({"question": "Q?", "reference": "An index speeds up reads.", "answer": "x"})
    child = subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "grade"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stdin is not None and child.stderr is not None
    child.stdin.write(f"{line}\n".encode())
    child.stdin.flush()
    assert child.stdout.readline().startswith(b'{"score"')
    child.stdout.close()  # the reader leaves, as `head -1` does
    try:
        child.stdin.write(f"{line}\n".encode() * 20_000)
        child.stdin.close()
    except BrokenPipeError:
        pass  # it stopped before reading everything: what is checked below
    assert child.wait(timeout=60) == BROKEN_PIPE
    assert b"Traceback" not in child.stderr.read()
