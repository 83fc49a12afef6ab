"""A PNG chart of a person's scores over time (matplotlib, without pyplot's global state)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.records import AnswerRecord

if TYPE_CHECKING:  # matplotlib loads only when a chart is drawn
    from matplotlib.figure import Figure

WINDOW = 5  # answers in the moving average


def moving_average(values: Sequence[float], window: int = WINDOW) -> list[float]:
    averages = []
    for index in range(len(values)):
        recent = values[max(0, index - window + 1) : index + 1]
        averages.append(sum(recent) / len(recent))
    return averages


def score_chart(answers: Sequence[AnswerRecord]) -> bytes:
    """Every answer's score in order, with its moving average, as PNG bytes."""
    buffer = io.BytesIO()
    score_figure(answers).savefig(buffer, format="png")
    return buffer.getvalue()


def score_figure(answers: Sequence[AnswerRecord]) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    scores = [100 * record.score for record in answers]
    numbers = list(range(1, len(scores) + 1))
    figure = Figure(figsize=(7, 3.2), dpi=100)
    axes = figure.subplots()
    axes.plot(numbers, scores, "o", color="#9aa5b1", label="answer")
    axes.plot(numbers, moving_average(scores), "-", color="#1f6feb", linewidth=2, label="trend")
    axes.set_ylim(0, 100)
    axes.set_xlabel("answers, oldest first")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # answer 2, never answer 1.5
    axes.set_ylabel("score (%)")
    axes.set_title("mockinterview: your scores over time")
    axes.grid(alpha=0.3)
    axes.legend(loc="best")  # where it hides the fewest points, never the newest by design
    figure.tight_layout()
    return figure
