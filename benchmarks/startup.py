"""Start-up time of the real commands, beside a bare `python -c pass` in the same run.

Prints min and median wall time over several starts, and the ratio to the baseline:
`echo end | mockinterview console` to exit (piped), the console's first prompt in a
pseudo-terminal (interactive), and `mockinterview grade` on empty stdin. Bytecode is cached
in a temporary folder and warmed first, as it is after an ordinary install.

    PYTHONPATH=. .venv/bin/python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.3


def environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        XDG_DATA_HOME=str(folder / "data"),
        DATABASE_URL=f"sqlite:///{folder / 'bench.db'}",
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    return env


def piped(command: list[str], stdin: str, env: dict[str, str]) -> Callable[[], float]:
    def once() -> float:
        started = time.perf_counter()
        subprocess.run(command, input=stdin, text=True, capture_output=True, env=env, check=True)
        return time.perf_counter() - started

    return once


def first_prompt(command: list[str], env: dict[str, str]) -> Callable[[], float]:
    import pexpect

    def once() -> float:
        started = time.perf_counter()
        child = pexpect.spawn(command[0], command[1:], env=env, encoding="utf-8", timeout=30)
        child.expect("›")
        elapsed = time.perf_counter() - started
        child.expect("start")  # let it finish loading before leaving
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
        return elapsed

    return once


def measure(name: str, once: Callable[[], float], runs: int, baseline: float | None) -> float:
    once()  # warm the bytecode cache
    times = sorted(once() for _ in range(runs))
    low, median = times[0], statistics.median(times)
    ratio = f"  {median / baseline:5.1f}x baseline" if baseline else ""
    verdict = "" if baseline is None else ("  ok" if median < TARGET else f"  over {TARGET} s")
    print(f"{name:<38} min {low:6.3f} s  median {median:6.3f} s{ratio}{verdict}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    python = sys.executable
    cli = [python, "-m", "adapters.cli"]
    with tempfile.TemporaryDirectory() as folder:
        env = environment(Path(folder))
        os.chdir(ROOT)
        baseline = measure("python -c pass", piped([python, "-c", "pass"], "", env), runs, None)
        measure("mockinterview --help", piped([*cli, "--help"], "", env), runs, baseline)
        measure(
            "mockinterview grade (empty stdin)", piped([*cli, "grade"], "", env), runs, baseline
        )
        measure(
            "console: first prompt (terminal)", first_prompt([*cli, "console"], env), runs, baseline
        )
        measure(
            "echo end | mockinterview console",
            piped([*cli, "console"], "end\n", env),
            runs,
            baseline,
        )


if __name__ == "__main__":
    main()
