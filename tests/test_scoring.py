"""The scorer: ordering of answer quality, typos, stems, glossary, weights and edge cases."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.phrasings import score_with_phrasings
from bot.questions import KeyPoint, QuestionBank
from bot.scoring import (
    MAX_ANSWER_CHARS,
    KeyPointScorer,
    PointScore,
    Score,
    Status,
    split_reference,
)
from bot.scoring.model import status_of
from bot.scoring.reference import reference_points
from bot.scoring.text import WORD, tokens
from bot.types import Kind, Role
from tests.conftest import scored_in_a_process

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    question: str
    key_points: tuple[str, ...]
    excellent: str
    partial: str
    keywords: str
    off_topic: str


INDEX = Case(
    question="What is a database index and when would you add one?",
    key_points=(
        "An index is a separate data structure, usually a B-tree, that lets the database find "
        "rows without scanning the whole table.",
        "Add indexes to columns used in WHERE clauses, joins and ORDER BY.",
        "Every index slows down inserts and updates and takes extra storage.",
        "Check the query plan with EXPLAIN to confirm the index is used.",
    ),
    excellent=(
        "it's a b-tree structure the db keeps next to the table so lookups don't have to scan "
        "every row. i'd index the columns we filter or join on, or sort by, then run explain to "
        "make sure the planner actually uses it. the cost is slower writes since each insert or "
        "update has to maintain the index, plus extra disk storage."
    ),
    partial="an index helps the database find rows faster instead of scanning the full table",
    keywords="btree, joins, explain, inserts",
    off_topic="I enjoy hiking in the mountains with my dog on weekends.",
)
DEPLOY = Case(
    question="How would you handle a production deployment that fails?",
    key_points=(
        "Roll back to the last known good release first to stop the impact on users.",
        "Read the logs, metrics and error messages to find the root cause.",
        "Fix the problem and redeploy, ideally behind a feature flag.",
        "Prevent it next time with automated tests in the CI pipeline and a rehearsed rollback "
        "plan.",
    ),
    excellent=(
        "first thing is to roll back to the previous good release so customers stop seeing "
        "errors. then i'd go through the logs and metrics to figure out the root cause, fix it "
        "and ship again behind a feature flag. afterwards add automated tests to ci so the "
        "pipeline catches it next time, and make sure the rollback plan is rehearsed"
    ),
    partial="i would look at the logs to find out what went wrong and then fix it",
    keywords="rollback, logs, ci, feature flags",
    off_topic="my favourite pizza topping is pineapple and I like it with extra cheese",
)
DISAGREE = Case(
    question="Tell me about a time you disagreed with a teammate.",
    key_points=(
        "A teammate wanted to rewrite a service from scratch while I preferred refactoring it "
        "step by step.",
        "Listened to their reasons in a private conversation and compared both options with data.",
        "Agreed on a plan together and the project shipped on time with better team trust.",
    ),
    excellent=(
        "a colleague wanted to rewrite our billing service from scratch, i wanted to refactor it "
        "step by step. i talked with him privately, listened to his reasons and we compared both "
        "options using data on bugs and effort. in the end we agreed on a plan together, shipped "
        "on time and trust in the team got better"
    ),
    partial="a coworker wanted to rewrite a whole service and I did not, so we talked it through",
    keywords="communication, listening, compromise, data",
    off_topic="The weather in Lisbon is usually sunny in July.",
)
CASES = [INDEX, DEPLOY, DISAGREE]
IDS = ["index", "deploy", "disagree"]


def score(case: Case, answer: str, scorer: KeyPointScorer | None = None) -> Score:
    return (scorer or KeyPointScorer()).score(
        question=case.question, key_points=case.key_points, answer=answer
    )


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_better_answers_score_higher(case: Case) -> None:
    values = [
        score(case, answer).value
        for answer in (case.excellent, case.partial, case.keywords, case.off_topic, "")
    ]
    excellent, partial, keywords, off_topic, empty = values
    assert excellent > partial > keywords > off_topic >= empty == 0.0, values


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_off_topic_answer_scores_near_zero(case: Case) -> None:
    assert score(case, case.off_topic).value < 0.15


def test_a_word_shared_by_chance_earns_a_sliver_that_ranks_it_above_nothing() -> None:
    point = (
        "Partition the orders table by month so that old partitions can be detached and "
        "archived cheaply instead of running long deletes that bloat the table and slow every "
        "nightly vacuum."
    )
    meeting = (
        "Our team held a planning meeting about the release calendar, the hiring plan and the "
        "budget for next quarter, and everyone agreed on priorities after "
    )
    shares_a_word, shares_none = (
        KeyPointScorer().score(question="Q?", key_points=[point], answer=meeting + ending)
        for ending in ("every discussion.", "a heated discussion.")
    )
    assert 0.0 == shares_none.value < shares_a_word.value < 0.01
    assert shares_a_word.points[0].status is Status.MISSED


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_strong_paraphrase_scores_high(case: Case) -> None:
    result = score(case, case.excellent)
    assert result.value > 0.75
    assert len(result.covered) >= len(case.key_points) - 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_repeating_the_question_scores_low(case: Case) -> None:
    assert score(case, case.question).value < 0.15


@pytest.mark.parametrize("answer", ["", "   ", "\n\t  \n", "?!,.", "-"])
def test_an_empty_answer_scores_zero_and_misses_every_point(answer: str) -> None:
    result = score(INDEX, answer)
    assert result.value == 0.0
    assert result.covered == ()
    assert len(result.missed) == len(INDEX.key_points)
    assert all(point.score == 0.0 and point.matched == () for point in result.points)


@pytest.mark.parametrize(
    ("key_point", "clean", "typo"),
    [
        ("Measure performance before tuning.", "performance", "perfomance"),
        ("Wrap the changes in a transaction.", "transaction", "transacton"),
        ("Run the containers on Kubernetes.", "kubernetes", "kubernets"),
        ("Normalize the schema to avoid redundancy.", "redundancy", "redundency"),
        # misspelt words whose stems differ more than the words do ("refrenc" / "refer")
        ("Arrays are passed by reference.", "reference", "refrence"),
        ("The slope is positive.", "positive", "postive"),
        ("Initialize every field in the constructor.", "initialize", "intialize"),
    ],
)
def test_typos_still_match(key_point: str, clean: str, typo: str) -> None:
    def matched(word: str) -> tuple[str, ...]:
        result = KeyPointScorer().score(
            question="Q?", key_points=[key_point], answer=f"i would {word}"
        )
        return result.points[0].matched

    assert matched(clean) == (clean,)
    assert matched(typo) == (typo,)


@pytest.mark.parametrize("word", ["index", "indexes", "indexing", "indexed", "Indexes"])
def test_word_forms_match_through_stemming(word: str) -> None:
    result = KeyPointScorer().score(
        question="How do you speed up reads?",
        key_points=["Add an index to the filtered column."],
        answer=f"i would add {word} there",
    )
    assert word in result.points[0].matched


@pytest.mark.parametrize(
    ("key_point", "answer", "expected"),
    [
        ("Store the sessions in the database.", "keep sessions in the db", "db"),
        ("Store the sessions in the DB.", "keep sessions in the database", "database"),
        ("Deploy the service on Kubernetes.", "deploy it on k8s", "k8s"),
        ("Every table needs a primary key.", "every table needs a PK", "PK"),
        ("Run the tests in continuous integration.", "tests run in CI", "CI"),
        ("Use a monitoring tool to watch CPU.", "I'd watch CPU in our APM", "APM"),
        ("Profile to find performance problems.", "profile to find perf problems", "perf"),
        ("A queue removes items first-in-first-out.", "a queue is FIFO", "FIFO"),
        ("It selects the minimum of the rest.", "it picks the smallest one left", "smallest"),
        ("It holds an unlimited number of items.", "it holds infinite items", "infinite"),
        ("Communicate the delay early.", "I talked about the delay early.", "talked"),
        ("Apps communicate over HTTP.", "Any client that can speak HTTP uses it.", "speak"),
        ("Validate every input.", "Every input gets validated.", "validated"),
        ("Insert rows in batches.", "Inserting rows in batches.", "Inserting"),
        ("Release behind a flag.", "We released it behind a flag.", "released"),
        ("Count the leaf nodes.", "Count the leaves of the tree.", "leaves"),
        ("Rebuild the index after a bulk load.", "Rebuild indices after bulk loads.", "indices"),
        ("Each node has at most 2 children.", "At most two children per node.", "two"),
        ("Stop when one element is left.", "The base case is 1 element.", "1"),
        ("Attend tech conferences.", "I go to the local meetups.", "meetups"),
        ("Analyze the logs for the cause.", "I dig through the logs.", "dig"),
        ("Analyze the logs for the cause.", "I dug into the logs.", "dug"),
        ("Refactor complex queries.", "I restructured the complex queries.", "restructured"),
        ("Refactor complex queries.", "I rewrite the slow queries.", "rewrite"),
        ("Simplify complex queries.", "Split it into simpler queries.", "simpler"),
        ("Compare two heap snapshots.", "Use the comparison view of snapshots.", "comparison"),
        ("Find what grows between snapshots.", "Look for growth across snapshots.", "growth"),
    ],
)
def test_the_built_in_glossary_joins_abbreviations_synonyms_in_any_form_and_plurals(
    key_point: str, answer: str, expected: str
) -> None:
    result = KeyPointScorer().score(question="Q?", key_points=[key_point], answer=answer)
    assert expected in result.points[0].matched


def test_a_guide_glossary_adds_its_own_abbreviations() -> None:
    arguments = {"question": "Q?", "key_points": ["Put PgBouncer in front."], "answer": "use pgb"}
    assert KeyPointScorer().score(**arguments).points[0].matched == ()  # type: ignore[arg-type]
    with_glossary = KeyPointScorer().score(**arguments, glossary={"PGB": "pgbouncer"})  # type: ignore[arg-type]
    assert with_glossary.points[0].matched == ("pgb",)


def test_scoring_is_deterministic() -> None:
    first = [score(case, case.excellent) for case in CASES]
    again = [score(case, case.excellent) for case in CASES]
    fresh = [score(case, case.excellent, KeyPointScorer()) for case in CASES]
    assert first == again == fresh


FROM_EVERY_SEED = ("freshlook", "watchbehind")


def test_scores_are_the_same_to_the_bit_in_every_process() -> None:
    """Sets iterate in an order that changes with each process's hash seed: a sum over one
    would differ in its last bit, and so would which of two sentences a note quotes (a wrong
    answer in ``watchbehind`` says the file-storage pitfall twice)."""
    answers = [ROOT / "benchmarks" / f"adversarial_{name}.jsonl" for name in FROM_EVERY_SEED]
    outputs = [scored_in_a_process(*answers, hash_seed=seed) for seed in ("0", "1", "5")]
    assert len(outputs[0].scores) == 128 * len(answers)
    assert outputs[0].scores == outputs[1].scores == outputs[2].scores


@pytest.mark.parametrize("case", CASES, ids=IDS)
@pytest.mark.parametrize("kind", [Kind.TECHNICAL, Kind.BEHAVIORAL])
def test_one_point_scored_alone_is_that_point_of_the_whole_score(case: Case, kind: Kind) -> None:
    scorer = KeyPointScorer()
    contradicting = "Every index makes inserts and updates faster and needs no storage."
    reworded = [case.excellent.split(".")[0], *case.key_points[1:]]
    for key_points in (list(case.key_points), reworded):
        for answer in (case.excellent, case.partial, case.keywords, case.off_topic, contradicting):
            whole = scorer.score(
                question=case.question, key_points=key_points, answer=answer, kind=kind
            )
            alone = [
                scorer.score_point(
                    question=case.question,
                    key_points=key_points,
                    index=index,
                    answer=answer,
                    kind=kind,
                )
                for index in range(len(whole.points))
            ]
            assert alone == list(whole.points)


@pytest.mark.parametrize(
    "text",
    [
        "plain words only",
        "don't it's users' 'quoted' rock'n'roll ''",
        "O(n) user_id over-indexing a/b x.y 3.14 #tag @name",
        "Ｆｕｌｌ-width café naïve ½ Ⅻ ٣ ﬁle",
        "tabs\tand\nnew lines\u2003em space\x1cseparator",
        "",
    ],
)
def test_words_are_the_patterns_words_however_they_are_found(text: str) -> None:
    assert tokens(text) == WORD.findall(text)


def test_a_huge_answer_is_cut_and_still_scored() -> None:
    huge = (INDEX.excellent + " ") * (200_000 // len(INDEX.excellent))
    result = score(INDEX, huge)
    assert result.value > 0.75
    assert len(huge) > 20 * MAX_ANSWER_CHARS


def test_only_the_first_max_answer_chars_are_read() -> None:
    padding = "lorem ipsum dolor sit amet " * (MAX_ANSWER_CHARS // 20)
    assert score(INDEX, padding + INDEX.excellent).value == 0.0


def test_weights_decide_how_much_a_point_counts() -> None:
    answer = "roll back to the last good release first so users are not affected"
    light = [KeyPoint(text, weight=1.0) for text in DEPLOY.key_points]
    heavy = [KeyPoint(light[0].text, weight=4.0), *light[1:]]
    scorer = KeyPointScorer()
    lightly = scorer.score(question=DEPLOY.question, key_points=light, answer=answer)
    heavily = scorer.score(question=DEPLOY.question, key_points=heavy, answer=answer)
    assert heavily.value > lightly.value
    assert [(p.score, p.status) for p in heavily.points] == [
        (p.score, p.status) for p in lightly.points
    ]
    assert heavily.points[0].share == 4 * heavily.points[1].share


def test_matched_words_are_the_persons_own_in_answer_order() -> None:
    result = KeyPointScorer().score(
        question="How do you scale a web app?",
        key_points=["Run the app on Kubernetes behind a load balancer."],
        answer="I'd put an LB in front and use K8s. Kubernetes scales it.",
    )
    assert result.points[0].matched == ("LB", "K8s")


def test_key_points_may_be_strings_or_key_points() -> None:
    scorer = KeyPointScorer()
    as_text = score(DEPLOY, DEPLOY.excellent, scorer)
    as_points = scorer.score(
        question=DEPLOY.question,
        key_points=[KeyPoint(text, label="Any") for text in DEPLOY.key_points],
        answer=DEPLOY.excellent,
    )
    assert as_text == as_points
    assert [point.text for point in as_text.points] == list(DEPLOY.key_points)


def test_no_key_points_gives_an_empty_score() -> None:
    assert KeyPointScorer().score(question="Q?", key_points=[], answer="anything") == Score(0.0, ())


def test_each_point_is_covered_partly_covered_or_missed_by_its_score() -> None:
    result = score(DEPLOY, DEPLOY.partial)
    statuses = {point.status for point in result.points}
    assert statuses == {Status.PARTLY, Status.MISSED}
    for point in result.points:
        expected = status_of(point.score)
        assert point.status is expected
    assert set(result.missed) == {p for p in result.points if p.status is Status.MISSED}
    assert all(0.0 <= point.score <= 1.0 for point in result.points)


SEED_ANSWER = """\
- **Answer**:
  - **Definition**: RESTful APIs let applications talk over HTTP.
  - **Best Practices**:
    - Use HTTP methods correctly.
    - Implement `status codes` for outcomes.
  - **Identify the Bottleneck**: Use tools like `EXPLAIN`.
  - **Example of Optimization**:
    ```sql
    SELECT * FROM orders WHERE user_id = 123;
    ```
    - Adding an index to `user_id` helps.
  - **Follow-up Points**: Discuss security.
    - And authentication.
  - Not versioning APIs can lead to breaking changes
    that are hard to undo.
"""


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("Reads get faster. Writes get slower.", ["Reads get faster. Writes get slower."]),
        (
            "Reads get faster.\n\nWrites get slower.\n- Index the filtered columns.\n\nMore prose.",
            ["Reads get faster. Writes get slower.", "Index the filtered columns.", "More prose."],
        ),
        (
            SEED_ANSWER,
            [
                "RESTful APIs let applications talk over HTTP.",
                "Use HTTP methods correctly.",
                "Implement status codes for outcomes.",
                "Identify the Bottleneck: Use tools like EXPLAIN.",
                "Adding an index to user_id helps.",
                "Not versioning APIs can lead to breaking changes that are hard to undo.",
            ],
        ),
        ("1. First step\n2) Second step\n* third", ["First step", "Second step", "third"]),
        ("One line\nAnother line", ["One line Another line"]),
        ("A sentence that is\nwrapped over lines.", ["A sentence that is wrapped over lines."]),
        ("## Heading\n\nBody text here.", ["Body text here."]),
        ("**Outcome**: Shipped on time.", ["Shipped on time."]),
        ("", []),
        ("   \n\n```\ncode only\n```\n", []),
    ],
    ids=[
        "sentences", "prose between bullets", "seed-format", "numbered", "lines", "wrapped",
        "heading", "label", "empty", "code",
    ],
)  # fmt: skip
def test_split_reference(reference: str, expected: list[str]) -> None:
    assert split_reference(reference) == expected


def test_a_model_answers_labels_give_its_points_roles_down_the_nesting() -> None:
    reference = (
        "- **Definition**: An index is a sorted structure.\n"
        "- **Best Practices**:\n"
        "  - Index the filtered columns.\n"
        "  - **Caching**: Cache hot rows.\n"
        "- **Common Pitfalls**:\n"
        "  - Over-indexing slows writes.\n"
        "- **Technical Details**:\n"
        "  - **Context**: React Context passes values down the tree.\n"
        "- **Context**: Our checkout was slow.\n"
    )
    roles = [(point.text, point.role) for point in reference_points(reference)]
    assert roles == [
        ("An index is a sorted structure.", Role.CORE),
        ("Index the filtered columns.", Role.SUPPORTING),
        ("Caching: Cache hot rows.", Role.SUPPORTING),
        ("Over-indexing slows writes.", Role.PITFALL),
        ("React Context passes values down the tree.", Role.CORE),
        ("Our checkout was slow.", Role.STORY),
    ]


def test_a_phrasing_credits_its_point_as_the_question_reworded_would(bank: QuestionBank) -> None:
    question = bank.get("backend-developer/1")
    assert question is not None
    guide, scorer = bank.guide(question.guide), KeyPointScorer()
    wording = "Every route carries a semver prefix so old clients keep working"
    answer = f"REST lets apps talk over HTTP with GET for reading. {wording}."

    def scored(key_points: list[KeyPoint], index: int) -> PointScore:
        return scorer.score(
            question=question.prompt,
            key_points=key_points,
            answer=answer,
            kind=question.kind,
            glossary=guide.glossary,
        ).points[index]

    credited = 0
    for index in range(len(question.key_points)):
        key_points = list(question.key_points)
        plain = scored(key_points, index)
        key_points[index] = replace(key_points[index], text=wording)
        reworded = scored(key_points, index)
        phrased = score_with_phrasings(
            scorer, question=question, guide=guide, answer=answer, phrasings={index + 1: [wording]}
        ).points[index]
        better = reworded.score > plain.score and Status.CONTRADICTED not in (
            plain.status,
            reworded.status,
        )
        # the point keeps its place in the answer's score: its share as the guide words it
        expected = replace(reworded, text=plain.text, share=plain.share) if better else plain
        assert phrased == expected
        credited += better
    assert credited >= 1
