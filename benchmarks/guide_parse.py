"""What an uploaded guide costs to parse, and whether one costly upload holds up other servers.

Usage: python benchmarks/guide_parse.py [--size 245760] [--unbounded]

Prints, for the shipped guides and for 240 KB guides made of runs that are costly for
markdown-it-py: the steps spent, the seconds taken, and whether the upload was refused. Then
the time another server's `start` takes while a costly guide is being uploaded in a thread.
``--unbounded`` also times the runs without a budget (what every upload cost before).
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from adapters.platform import utc_now
from bot.content import load_bank, parse_guide
from bot.content.budget import ParseBudget
from bot.engine import Engine
from bot.errors import ContentError
from bot.store import InMemoryStore
from bot.types import Attachment, Command, Text, User, Where

CONTENT = Path(__file__).resolve().parents[1] / "content"
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
HEAD = """---
term: "Costly"
---

### Technical Questions

#### Question 1: Why?
- **Answer**:
  - """
RUNS = {
    "[ run": "[",
    "*a run": "*a",
    "[ and *a runs": "[" * 50 + "*a" * 50,
    "_a run": "_a",
    "**a run": "**a",
    "***a run": "***a ",
    "autolinks": "<http://a>",
    "`a run": "`a",
}


def costly(pattern: str, size: int) -> bytes:
    return (HEAD + pattern * ((size - len(HEAD)) // len(pattern))).encode()


def timed_parse(data: bytes, budget: ParseBudget | None) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        parse_guide(data, name="costly.md", slug="costly", budget=budget)
        verdict = "parsed"
    except ContentError as error:
        verdict = "refused" if "too long to read" in error.problems[0] else "problems"
    return time.perf_counter() - started, verdict


def parses(size: int, *, unbounded: bool) -> None:
    print(f"{'guide':<28} {'bytes':>7} {'steps':>8} {'seconds':>8}  verdict")
    inputs = [(path.name, path.read_bytes()) for path in sorted(CONTENT.glob("*.md"))]
    inputs += [(name, costly(pattern, size)) for name, pattern in RUNS.items()]
    for name, data in inputs:
        budget = ParseBudget()
        seconds, verdict = timed_parse(data, budget)
        print(f"{name:<28} {len(data):>7} {budget.spent:>8} {seconds:>8.3f}  {verdict}")
        if unbounded and name in RUNS:
            seconds, verdict = timed_parse(data, None)
            print(f"{'  without a budget':<28} {len(data):>7} {'':>8} {seconds:>8.3f}  {verdict}")


def start_while_uploading(size: int, *, unbounded: bool) -> None:
    """Another server's `start`, again and again while a costly guide uploads (with no
    budget when ``unbounded``, so the upload parses for seconds)."""
    unlimited = lambda: ParseBudget(steps=10**12, seconds=10.0**9)  # noqa: E731
    budget = unlimited if unbounded else ParseBudget
    engine = Engine(
        store=InMemoryStore(), bank=load_bank([CONTENT]), parse_budget=budget, clock=utc_now
    )
    admin = User("discord", "1", "Admin", is_admin=True)
    upload = Command(
        admin,
        Where("discord", "C1", scope="G1"),
        "guide",
        "upload",
        attachment=Attachment("costly.md", costly("[" * 50 + "*a" * 50, size), "text/markdown"),
    )
    uploading = threading.Thread(target=engine.handle, args=(upload, NOW))
    uploading.start()
    waits = []
    while uploading.is_alive() or not waits:
        started = time.perf_counter()
        member = User("discord", f"member-{len(waits)}", "Member")  # a new interview each
        replies = engine.handle(Text(member, Where("discord", "C2", scope="G2"), "start"), NOW)
        waits.append(time.perf_counter() - started)
        assert "Question 1 of 5" in replies[-1].text, replies[-1].text
    uploading.join()
    budget = "no budget" if unbounded else "the budget"
    print(
        f"another server's start during a costly upload ({budget}): {len(waits)} starts, "
        f"median {statistics.median(waits) * 1000:.2f} ms, max {max(waits) * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=240 * 1024)
    parser.add_argument("--unbounded", action="store_true")
    options = parser.parse_args()
    parses(options.size, unbounded=options.unbounded)
    start_while_uploading(options.size, unbounded=False)
    if options.unbounded:
        start_while_uploading(options.size, unbounded=True)


if __name__ == "__main__":
    main()
