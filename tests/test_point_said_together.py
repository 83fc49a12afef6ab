"""A point is said where it is said: its words together in a sentence or two. The same words
scattered one or two to a sentence, as a fluent answer about something else meets them, say
less of it."""

from __future__ import annotations

from bot.scoring import KeyPointScorer

QUESTION = "How does consistent hashing work?"
POINT = (
    "Consistent hashing places keys and servers on a ring, so adding a node moves only a few keys."
)
TOGETHER = (
    "We ran a cache cluster for the shop. Consistent hashing places each key on a ring with the "
    "servers, so adding a node moves only a few keys. It worked well for years. Nobody complained "
    "about it."
)
SCATTERED = (
    "Our shop kept each key in a cache. The servers sat in two racks. We drew the network as a "
    "ring on the whiteboard. Adding a node took an afternoon. Hashing passwords was another "
    "project. A few people moved teams that year, and consistent naming helped."
)


def _point_score(scorer: KeyPointScorer, answer: str) -> float:
    return scorer.score(question=QUESTION, key_points=[POINT], answer=answer).points[0].score


def test_a_point_said_in_one_sentence_is_covered_in_full(scorer: KeyPointScorer) -> None:
    assert _point_score(scorer, TOGETHER) == 1.0


def test_the_same_words_scattered_over_sentences_say_less_of_the_point(
    scorer: KeyPointScorer,
) -> None:
    scattered = scorer.score(question=QUESTION, key_points=[POINT], answer=SCATTERED).points[0]
    assert {"ring", "servers", "node"} <= set(scattered.matched)  # every word is still shown
    assert scattered.score < _point_score(scorer, TOGETHER) - 0.05


def test_an_answer_of_two_sentences_is_read_as_a_whole(scorer: KeyPointScorer) -> None:
    """Two sentences are one window: splitting a point's sentence in two costs nothing."""
    one = "Consistent hashing places keys and servers on a ring, so adding a node moves few keys."
    two = "Consistent hashing places keys and servers on a ring. Adding a node moves few keys."
    assert _point_score(scorer, two) == _point_score(scorer, one)
