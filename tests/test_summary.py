"""The end-of-interview summary: a strongest and a weakest area only when they differ, and the
points to revisit, each read as a phrase."""

from __future__ import annotations

from tests.conftest import Chat


def test_an_interview_that_scored_nothing_names_no_strongest_area(chat: Chat) -> None:
    chat.send("start backend-developer technical 3")
    chat.send("I would restart everything and hope for the best.")
    chat.send("next")
    chat.send("No idea, honestly.")
    summary = chat.send("end")
    assert "Strongest" not in summary and "**To review**" in summary


def test_an_interview_with_a_strong_and_a_weak_area_names_both(chat: Chat) -> None:
    chat.send("start backend-developer technical 3")
    chat.send(
        "RESTful APIs let different software applications communicate over the internet using "
        "HTTP: GET reads, POST creates, PUT or PATCH updates and DELETE deletes, with status "
        "codes for the outcome."
    )
    chat.send("next")
    chat.send("No idea, honestly.")
    summary = chat.send("end")
    assert "**Strongest:**" in summary and "**Weakest:**" in summary


def test_points_to_revisit_are_joined_without_their_own_full_stops(chat: Chat) -> None:
    chat.send("start backend-developer technical 3")
    chat.send("No idea, honestly.")
    summary = chat.send("end")
    [line] = [line for line in summary.splitlines() if "revisit:" in line]
    revisit = line.partition("revisit: ")[2]
    assert revisit and ".;" not in revisit and not revisit.endswith(".")
