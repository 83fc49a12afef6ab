"""The console: piped answers of several paragraphs, stray keys, terminal rendering."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from adapters.console.checks import clean, doubt
from adapters.console.render import PlainOutput, RichOutput, chunks, mark_colour
from bot.types import Reply, Where
from tests.conftest import run_console

WHERE = Where("console", "terminal", direct=True)
TWO_PARAGRAPHS = (
    "Start with EXPLAIN ANALYZE to see where a slow query spends its time and rows.\n"
    "\n"
    "Then add an index on the filtered column, and check the plan uses it.\n"
)


def console(tmp_path: Path, script: str) -> str:
    """The console in a bare environment: no terminal, no home, no locale."""
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path / "data")}
    return run_console(tmp_path / "run.db", script, env)


def test_a_piped_answer_of_two_paragraphs_is_one_answer(tmp_path: Path) -> None:
    output = console(tmp_path, f"start backend-developer 2\n{TWO_PARAGRAPHS}end\n")
    assert output.count("Score: ") == 1
    assert "no interview running" not in output and "That question is scored" not in output


def test_after_hint_an_answer_beginning_with_a_command_word_is_an_answer(tmp_path: Path) -> None:
    output = console(tmp_path, f"start backend-developer 2\nhint\n{TWO_PARAGRAPHS}status\n")
    assert output.count("Score: ") == 1
    assert "1 answered" in output and output.count("Question 1 of ") == 1


def test_arrow_key_sequences_are_not_answers(tmp_path: Path) -> None:
    output = console(tmp_path, "start backend-developer 1\n\x1b[A\n^[[A\x1b[B\nskip\n")
    assert "Score: " not in output
    assert "skipped" in output.lower()


def test_piped_output_is_plain_text(tmp_path: Path) -> None:
    output = console(tmp_path, f"start backend-developer 1\n{TWO_PARAGRAPHS}end\n")
    prose = re.sub(r"```.*?```", "", output, flags=re.DOTALL)  # code may say `2 ** n`
    assert "\x1b[" not in output and "**" not in prose


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("florp", "short"),
        ("yes indeed", "short"),
        ("Start with EXPLAIN ANALYZE and read the plan", "command"),
        ("/next one please", "command"),
        ("An index speeds up reads and slows down writes.", None),
    ],
)
def test_doubtful_answers_are_recognised(text: str, reason: str | None) -> None:
    found = doubt(text)
    assert (found.reason if found else None) == reason


def test_escape_sequences_are_cleaned() -> None:
    assert clean("\x1b[A\x1b[B^[[C") == ""
    assert clean("an\x1b[D answer\x07") == "an answer"


@pytest.mark.parametrize(
    ("line", "colour"),
    [
        ("✅ **Definition**: matched", "green"),
        ("🟡 Methods: partly", "yellow"),
        ("• ❌ Versioning: missed", "red"),
        ("⚠️ Contradicted: GET creates", "magenta"),
        ("Score: 60%", None),
    ],
)
def test_feedback_lines_are_coloured_by_their_mark(line: str, colour: str | None) -> None:
    assert mark_colour(line) == colour


def test_code_fences_stay_whole_and_marks_inside_them_are_not_coloured() -> None:
    text = "Model answer\n```python\n# ✅ not a mark\nprint(1)\n```\n❌ Missed"
    pieces = chunks(text)
    assert pieces[-1] == ("❌ Missed", "red")
    assert "```python\n# ✅ not a mark\nprint(1)\n```" in pieces[0][0]


def rich_text(text: str, width: int = 40) -> str:
    stream = io.StringIO()
    RichOutput(stream, width=width).reply(Reply(WHERE, text))
    return stream.getvalue()


def test_the_terminal_gets_colour_markdown_and_highlighted_code() -> None:
    output = rich_text(
        "**Score: 50%**\n✅ Covered\n❌ Missed\n```python\ndef f():\n    return 1\n```"
    )
    assert re.search(r"\x1b\[[0-9;]*32m✅ Covered", output)
    assert re.search(r"\x1b\[[0-9;]*31m❌ Missed", output)
    assert "**" not in output
    code = output[output.index("def") - 30 :]
    assert code.count("\x1b[") > 2  # keywords and names in their own colours


def test_long_lines_wrap_at_the_terminal_width_between_words() -> None:
    words = "An index speeds up reads because the database can find rows without a full scan"
    output = re.sub(r"\x1b\[[0-9;]*m", "", rich_text(words, width=30))
    lines = [line.rstrip() for line in output.splitlines() if line.strip("─ ")]
    assert all(len(line) <= 30 for line in lines)
    assert " ".join(" ".join(lines).split()) == words


def test_plain_output_drops_bold_markers() -> None:
    stream = io.StringIO()
    PlainOutput(stream).reply(Reply(WHERE, "**Score: 50%**"))
    assert "Score: 50%" in stream.getvalue() and "**" not in stream.getvalue()
