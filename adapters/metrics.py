"""Prometheus metrics, one registry per process, and the engine's observer that feeds them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

NAMESPACE = "mockinterview"
SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    """Every metric the bot exports; tests build their own registry so nothing is shared."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.answers = self._counter("answers_scored", "Answers scored")
        self.scores = self._histogram("answer_score", "Scores of answers", SCORE_BUCKETS)
        self.turns = self._histogram("turn_seconds", "Time to handle one event", LATENCY_BUCKETS)
        self.acks = self._histogram("ack_seconds", "Time to acknowledge a request", LATENCY_BUCKETS)
        self.deliveries = self._counter("daily_deliveries", "Daily questions by outcome", "outcome")
        self.rate_limited = self._counter("platform_rate_limited", "429s", "platform")
        self.database_errors = self._counter("database_errors", "Database unavailable")
        self.active = Gauge(
            "active_interviews",
            "Interviews in progress",
            namespace=NAMESPACE,
            registry=self.registry,
        )

    def _counter(self, name: str, documentation: str, *labels: str) -> Counter:
        return Counter(name, documentation, labels, namespace=NAMESPACE, registry=self.registry)

    def _histogram(self, name: str, documentation: str, buckets: tuple[float, ...]) -> Histogram:
        return Histogram(
            name, documentation, namespace=NAMESPACE, registry=self.registry, buckets=buckets
        )

    def count_active(self, counter: Callable[[], int]) -> None:
        """Read the number of interviews in progress at scrape time."""
        self.active.set_function(counter)

    # the engine's Observer
    def answer_scored(self, score: float) -> None:
        self.answers.inc()
        self.scores.observe(score)

    def storage_failed(self) -> None:
        self.database_errors.inc()

    def turn_handled(self, seconds: float) -> None:
        self.turns.observe(seconds)


class RateLimitLogCounter(logging.Handler):
    """Counts the 429s a library reports only in its log (discord.py waits them out itself)."""

    def __init__(self, metrics: Metrics, platform: str, marker: str) -> None:
        super().__init__(level=logging.WARNING)
        self.counter = metrics.rate_limited.labels(platform)
        self.marker = marker

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(self.marker):
            self.counter.inc()
