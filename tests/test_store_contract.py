"""One contract, three stores: in memory, SQLAlchemy on a SQLite file, SQLAlchemy on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import interview
from bot.db import SqlStore, make_engine
from bot.errors import StorageUnavailableError
from bot.records import AnswerRecord, Profile, StoredGuide
from bot.scoring import PointScore
from bot.server_settings import ServerSettings
from bot.store import Store, TurnCommit
from bot.types import Difficulty, Kind, Role, Status
from tests.databases import fresh_postgres_database, sql_store

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def session(session_id: str = "s1") -> interview.Session:
    return interview.begin(
        session_id=session_id,
        guide="backend-developer",
        kind=Kind.TECHNICAL,
        difficulty=Difficulty.EASY,
        length=3,
        first_question="backend-developer/1",
        now=NOW,
    )


def record(question: str, score: float, minutes: int = 0) -> AnswerRecord:
    return AnswerRecord(
        user_key="console:ada",
        session_id="s1",
        question_id=question,
        answer_text="REST uses <!channel> HTTP verbs & status codes ✅",
        score=score,
        points=(
            PointScore(
                "Use HTTP methods", 0.9, Status.COVERED, ("GET", "POST"), Role.PITFALL, 0.3, "n"
            ),
        ),
        created_at=NOW + timedelta(minutes=minutes),
    )


def test_a_session_round_trips(store: Store) -> None:
    saved = interview.hint(session())
    assert store.commit(TurnCommit("console:ada", saved, NOW))
    assert store.load_session("console:ada") == saved
    assert store.load_session("console:bob") is None


def test_a_session_can_be_removed(store: Store) -> None:
    store.commit(TurnCommit("console:ada", session(), NOW))
    store.commit(TurnCommit("console:ada", None, NOW))
    assert store.load_session("console:ada") is None


def test_answers_are_kept_with_score_and_points(store: Store) -> None:
    store.commit(
        TurnCommit("console:ada", session(), NOW, answer=record("backend-developer/1", 0.8))
    )
    [kept] = store.answers("console:ada")
    assert kept == record("backend-developer/1", 0.8)
    assert store.answers("console:bob") == []


def test_history_holds_attempts_and_the_latest_score(store: Store) -> None:
    for minutes, (question, score) in enumerate([("q/1", 0.2), ("q/2", 0.9), ("q/1", 0.6)]):
        store.commit(TurnCommit("console:ada", None, NOW, answer=record(question, score, minutes)))
    history = store.history("console:ada")
    assert (history["q/1"].attempts, history["q/1"].last_score) == (2, 0.6)
    assert (history["q/2"].attempts, history["q/2"].last_score) == (1, 0.9)


def test_an_event_is_committed_once(store: Store) -> None:
    answer = record("q/1", 0.5)
    assert not store.seen_event("Ev1")
    assert store.commit(TurnCommit("console:ada", session(), NOW, answer=answer, event_id="Ev1"))
    assert store.seen_event("Ev1")
    assert not store.commit(TurnCommit("console:ada", None, NOW, answer=answer, event_id="Ev1"))
    assert len(store.answers("console:ada")) == 1
    assert store.load_session("console:ada") is not None, "a refused commit writes nothing"


def test_profiles_are_created_and_updated(store: Store) -> None:
    assert store.load_profile("slack:U1") is None
    store.save_profile(Profile("slack:U1", "Ada", "Europe/Berlin"))
    store.save_profile(Profile("slack:U1", "Ada L.", "America/New_York"))
    assert store.load_profile("slack:U1") == Profile("slack:U1", "Ada L.", "America/New_York")


def test_server_settings_default_then_saved(store: Store) -> None:
    assert store.load_server_settings("T1") == ServerSettings()
    chosen = ServerSettings(default_guide="backend-developer", interview_channels=("C1",))
    store.save_server_settings("T1", chosen)
    assert store.load_server_settings("T1") == chosen
    assert store.load_server_settings("T2") == ServerSettings()


def test_sqlite_data_survives_a_new_process_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kept.db'}"
    for first in sql_store(url):
        first.commit(TurnCommit("console:ada", session(), NOW, answer=record("q/1", 0.4)))
    for second in sql_store(url):
        assert second.load_session("console:ada") == session()
        assert len(second.answers("console:ada")) == 1


def test_an_unreachable_database_is_a_storage_error(tmp_path: Path) -> None:
    store = SqlStore(make_engine(f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}"))
    with pytest.raises(StorageUnavailableError):
        store.load_session("console:ada")


def test_forget_removes_the_dedup_rows_that_name_the_person(store: Store) -> None:
    store.commit(TurnCommit("slack:U1234", None, NOW, event_id="U1234:1764000100.1"))
    store.commit(TurnCommit("slack:U9999", None, NOW, event_id="U9999:1764000100.2"))
    store.forget("slack:U1234")
    assert not store.seen_event("U1234:1764000100.1")
    assert store.seen_event("U9999:1764000100.2")


@pytest.mark.parametrize(
    "database", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_dedup_rows_expire_after_a_day(tmp_path: Path, database: str) -> None:
    def check(url: str) -> None:
        for sql in sql_store(url):
            sql.commit(TurnCommit("console:ada", None, NOW, event_id="EvOld"))
            sql.commit(TurnCommit("console:ada", None, NOW + timedelta(hours=23), event_id="EvNew"))
            assert sql.seen_event("EvOld"), "a day has not passed"
            sql.commit(
                TurnCommit("console:ada", None, NOW + timedelta(days=1, hours=1), event_id="Ev3")
            )
            assert not sql.seen_event("EvOld")
            assert sql.seen_event("EvNew") and sql.seen_event("Ev3")

    if database == "sqlite":
        check(f"sqlite:///{tmp_path / 'expire.db'}")
    else:
        with fresh_postgres_database() as url:
            check(url)


def test_a_servers_guides_have_a_version_and_a_limit(store: Store) -> None:
    assert (store.guide_bank_version("G1"), store.server_guides("G1")) == (0, [])
    record = {"format": 1, "slug": "a"}
    assert store.save_guide("G1", StoredGuide("a", "text a", record), limit=2)
    assert store.save_guide("G1", StoredGuide("b", "text b"), limit=2)
    assert not store.save_guide("G1", StoredGuide("c", "text c"), limit=2)
    assert store.guide_bank_version("G1") == 2, "a refused guide leaves the version"
    assert store.save_guide("G1", StoredGuide("a", "text a2"), limit=2), "a replacement fits"
    assert store.guide_bank_version("G1") == 3
    assert store.server_guides("G1") == [StoredGuide("a", "text a2"), StoredGuide("b", "text b")]
    assert store.save_guide("G2", StoredGuide("a", "other", record), limit=2)
    assert store.server_guides("G2") == [StoredGuide("a", "other", record)]
    assert store.guide_bank_version("G2") == 1
