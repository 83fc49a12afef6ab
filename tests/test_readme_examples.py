"""The README's piped examples run as printed, in a shell, and do what the README says."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

COMMAND = ".venv/bin/mockinterview"


def readme_example(ending: str) -> str:
    """The README's shell lines that end in ``ending``, joined across backslash continuations."""
    text = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", "")
    [line] = [line for line in text.splitlines() if re.search(rf"\|\s*{re.escape(ending)}", line)]
    return line.partition("  #")[0]  # without the comment after it


def run_in_shell(line: str, folder: Path) -> subprocess.CompletedProcess[str]:
    program = f"{shlex.quote(sys.executable)} -m adapters.cli"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        ["bash", "-c", line.replace(COMMAND, program)],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=120,
        env=environment,
        check=False,
    )


def test_the_piped_console_example_answers_skips_and_ends(tmp_path: Path) -> None:
    result = run_in_shell(readme_example(f"{COMMAND} console"), tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Hint 1" in out and "Score: " in out and "Skipped" in out
    assert "Interview finished. 1 answered, 1 skipped" in out
    assert (tmp_path / "demo.db").is_file()


def test_the_grade_example_scores_its_line(tmp_path: Path) -> None:
    result = run_in_shell(readme_example(f"{COMMAND} grade"), tmp_path)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    [point] = json.loads(line)["points"]  # a run of prose is one key point, as in a guide
    assert point["text"] == "An index speeds up reads. It slows down writes."
