"""The guide loader: the seed loads unchanged, shipped guides load, broken ones say why."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import guide_slug, lint, load_bank, load_guide
from bot.content.file import read_guide_file
from bot.errors import ContentError
from bot.questions import Guide, KeyPoint
from bot.types import Difficulty, Kind, Role

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "seed" / "000_02588f1213304e6b.txt"
CONTENT = ROOT / "content"
BROKEN = Path(__file__).resolve().parent / "data" / "guides"

HEADER = '---\nterm: "Tiny Guide"\n---\n\n## Interview Questions and Answers\n\n'


def write_guide(directory: Path, text: str, name: str = "tiny.md") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def one_question(answer: str, *, kind: str = "Technical", extra: str = "") -> str:
    """A guide with one question; the heading is line 9, **Answer** line 10 (+ extra lines)."""
    return f"{HEADER}### {kind} Questions\n\n#### Question 1: Why?\n{extra}- **Answer**:\n{answer}"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_guide(path)
    return caught.value.problems


@pytest.fixture(scope="module")
def seed() -> Guide:
    return load_guide(SEED)


# --- the seed, unchanged ------------------------------------------------------


def test_seed_loads_with_its_frontmatter(seed: Guide) -> None:
    assert seed.slug == "000-02588f1213304e6b"
    assert seed.title == "Back-End Developer Interview Help"
    assert seed.description.startswith("Back-End Developer Interview Help equips job seekers")
    assert seed.tags == ("Interview Prep", "APIs", "Databases", "Node js", "Java")
    assert seed.glossary == {}
    assert seed.path == str(SEED)


def test_seed_questions_have_numbers_kinds_lines_and_ids(seed: Guide) -> None:
    found = [(q.number, q.kind, q.line, q.id) for q in seed.questions]
    kinds = [Kind.TECHNICAL] * 3 + [Kind.BEHAVIORAL] * 2 + [Kind.SITUATIONAL]
    kinds += [Kind.PROBLEM_SOLVING] * 2
    lines = [41, 53, 70, 91, 98, 111, 126, 139]
    ids = [f"000-02588f1213304e6b/{number}" for number in range(1, 9)]
    assert found == list(zip(range(1, 9), kinds, lines, ids, strict=True))
    assert all(q.difficulty is Difficulty.MEDIUM for q in seed.questions)
    assert seed.questions[0].prompt == "Explain the role of a RESTful API in back-end development."


def test_seed_line_numbers_point_at_the_question_headings(seed: Guide) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    for question in seed.questions:
        assert lines[question.line - 1] == f"#### Question {question.number}: {question.prompt}"


def test_seed_question_3_key_points_keep_specific_labels(seed: Guide) -> None:
    question = seed.questions[2]
    assert [point.text for point in question.key_points] == [
        "Identify the Bottleneck: Use tools like EXPLAIN in SQL to analyze the query "
        "execution plan.",
        "Indexing: Add indexes to columns that are frequently used in WHERE clauses or joins.",
        "Adding an index to the user_id column in a table with millions of rows to speed up "
        "queries filtering by user.",
        "Query Refactoring: Simplify complex queries by breaking them into smaller, "
        "more manageable parts.",
        "Adding an index to user_id can significantly enhance performance.",
        "Caching: Use caching strategies to store frequently accessed data.",
        "Database Tuning: Adjust database configuration settings for better resource utilization.",
        "Over-indexing can lead to increased storage requirements and slower write operations.",
    ]
    assert [point.label for point in question.key_points][:3] == [
        "Identify the Bottleneck",
        "Indexing",
        "Example",
    ]


def test_seed_code_block_is_in_the_model_answer_only(seed: Guide) -> None:
    question = seed.questions[2]
    code = "SELECT * FROM orders WHERE user_id = 123;"
    assert f"    ```sql\n    {code}\n    ```" in question.model_answer
    assert question.model_answer.startswith("- **Step-by-Step Process**:\n  - **Identify")
    assert not any("SELECT" in point.text or "```" in point.text for point in question.key_points)


def test_seed_question_2_labelled_text_and_its_children_are_all_key_points(seed: Guide) -> None:
    points = seed.questions[1].key_points
    assert points[0] == KeyPoint(
        "SQL Databases: Relational databases that use structured query language (SQL) "
        "for data manipulation.",
        label="SQL Databases",
    )
    assert points[1] == KeyPoint(
        "A banking application where data integrity and complex queries are crucial.",
        label="Example",
        role=Role.SUPPORTING,
    )
    pitfall = "SQL: Over-normalization can lead to complex joins and reduced performance."
    assert KeyPoint(pitfall, label="Common Pitfalls", role=Role.PITFALL) in points
    assert len(points) == 10


@pytest.mark.parametrize(
    ("number", "texts"),
    [
        (1, ["RESTful APIs allow different software applications to communicate over the "
             "internet using HTTP protocols.",
             "When building a web application, a RESTful API can be used to handle requests "
             "from the front-end to the back-end, such as fetching user data from a database.",
             "Use HTTP methods correctly (GET for reading, POST for creating, PUT/PATCH for "
             "updating, DELETE for deleting).",
             "Implement status codes to indicate the outcome of API requests.",
             "Not versioning APIs can lead to breaking changes.",
             "Overloading URLs with unnecessary information can lead to complex and unreadable "
             "URLs."]),
        (4, ["While working on a project, a team member consistently missed deadlines, "
             "affecting the team's progress.",
             "Initiated a one-on-one conversation to understand their challenges and offered "
             "assistance. Suggested adjusting deadlines and responsibilities to better fit their "
             "strengths.",
             "Improved collaboration and timely project delivery."]),
    ],
)  # fmt: skip
def test_seed_generic_labels_are_dropped_from_key_point_text(
    seed: Guide, number: int, texts: list[str]
) -> None:
    assert [point.text for point in seed.questions[number - 1].key_points] == texts


def test_seed_follow_ups_are_not_key_points_nor_model_answer(seed: Guide) -> None:
    question = seed.questions[0]
    follow_up = "Discuss the importance of API security and authentication mechanisms like OAuth."
    assert question.follow_ups == (follow_up,)
    assert all(len(q.follow_ups) == 1 for q in seed.questions)
    assert all("Follow-up" not in q.model_answer for q in seed.questions)
    assert follow_up not in [point.text for point in question.key_points]


def test_seed_mojibake_is_repaired_in_the_text() -> None:
    body = read_guide_file(SEED).body
    assert "AWS Certified Developer – Associate" in body
    assert "â€" not in body
    assert len(body.split("\n")) == len(SEED.read_text(encoding="utf-8").split("\n"))


# --- every shipped guide ------------------------------------------------------


def test_every_guide_in_content_loads() -> None:
    """All broken guides are reported together, as Red's test_trivia_lists does."""
    guides = sorted(CONTENT.rglob("*.md"))
    if not guides:
        pytest.skip("no guides in content/ yet")
    problems = [problem for path in guides for problem in lint([path])]
    assert not problems, "guides with problems:\n" + "\n".join(problems)
    assert len(load_bank([CONTENT])) > 0


# --- broken guides ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("bad_yaml.md", 4, "frontmatter is not valid YAML: did not find expected ',' or ']' "
                           "(while parsing a flow sequence from line 4)"),
        ("missing_term.md", 1, "missing frontmatter field 'term'"),
        ("no_answer.md", 13, "question 2 has no **Answer** bullet"),
        ("duplicate_number.md", 13, "duplicate question number 1 (first at line 9)"),
        ("unknown_kind.md", 7, "unknown question kind 'Trivia': use Technical, Behavioral, "
                               "Situational or Problem-Solving"),
        ("replacement_char.md", 11, "contains U+FFFD (text lost to a broken encoding): "
                                    "retype the damaged text"),
    ],
)  # fmt: skip
def test_broken_guide_is_rejected_with_path_line_and_reason(
    name: str, line: int, reason: str
) -> None:
    path = BROKEN / name
    assert problems_of(path) == [f"{path}:{line}: {reason}"]


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    path = BROKEN / "three_problems.md"
    assert problems_of(path) == [
        f"{path}:1: missing frontmatter field 'term'",
        f"{path}:10: question 1 has difficulty 'Extreme': use Easy, Medium or Hard",
        f"{path}:15: question 2 has no key points",
    ]


def test_invalid_utf8_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes(one_question("  - **Definition**: caf\xe9 au lait\n").encode("latin-1"))
    assert problems_of(path) == [f"{path}:11: not valid UTF-8 (byte 0xe9): save the file as UTF-8"]


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("#### Question 1: Why?\n- **Answer**:\n  - A point.\n", 7,
         "question 1 has no kind: put it under a '### Technical Questions' "
         "(Behavioral, Situational, ...) heading"),
        ("### Technical Questions\n\n## Tips\n\n#### Question 1: Why?\n- **Answer**:\n  - A.\n", 11,
         "question 1 has no kind: put it under a '### Technical Questions' "
         "(Behavioral, Situational, ...) heading"),
        ("### Technical Questions\n\n#### Question one: Why?\n", 9,
         "heading 'Question one: Why?' is not 'Question N: <prompt>'"),
        ("Nothing here yet.\n", 1, "no questions found: add '#### Question 1: <prompt>' headings"),
        ("### Technical Questions\n\n#### Question 1: Why?\n- **Answer**:\n  - A.\n"
         "- **Notes**: x\n", 12,
         "question 1 has a bullet outside **Answer**: indent it under **Answer**"),
        ("### Technical Questions\n\n#### Question 1: Why?\n- **Answer**:\n  - A.\n"
         "- **Answer**:\n  - B.\n", 12,
         "question 1 has a second **Answer** bullet (first at line 10)"),
        ("### Technical Questions\n\n#### Question 1: Why?\n- **Answer**:\n  - A. (weight 0)\n",
         11, "bad key point weight: write '(weight 2)', above 0"),
    ],
)  # fmt: skip
def test_structure_problems(tmp_path: Path, body: str, line: int, reason: str) -> None:
    path = write_guide(tmp_path, HEADER + body)
    assert problems_of(path) == [f"{path}:{line}: {reason}"]


@pytest.mark.parametrize(
    ("header", "line", "reason"),
    [
        ("", 1, "missing frontmatter: start the file with a '---' block holding 'term'"),
        ("---\nterm: x\n", 1, "frontmatter is never closed: add a '---' line after it"),
        ("---\n- a list\n---\n", 2, "frontmatter is not a set of 'field: value' lines"),
        ("---\nterm: x\ntags: {a: b}\n---\n", 3,
         "frontmatter field 'tags' must be a list like [APIs, Databases]"),
        ("---\nterm: x\nglossary: [k8s]\n---\n", 3,
         "frontmatter field 'glossary' must map each term to one term, like 'k8s: kubernetes'"),
        ("---\nterm: [a, b]\n---\n", 2, "frontmatter field 'term' must be text"),
    ],
)  # fmt: skip
def test_frontmatter_problems(tmp_path: Path, header: str, line: int, reason: str) -> None:
    question = "### Technical Questions\n\n#### Question 1: Why?\n- **Answer**:\n  - A point.\n"
    path = write_guide(tmp_path, f"{header}\n{question}")
    assert f"{path}:{line}: {reason}" in problems_of(path)


# --- format details -----------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Technical", Kind.TECHNICAL),
        ("BEHAVIORAL", Kind.BEHAVIORAL),
        ("Behavioural", Kind.BEHAVIORAL),
        ("situational", Kind.SITUATIONAL),
        ("Problem-Solving", Kind.PROBLEM_SOLVING),
        ("Problem Solving", Kind.PROBLEM_SOLVING),
        ("problem solving", Kind.PROBLEM_SOLVING),
    ],
)
def test_kind_headings(tmp_path: Path, heading: str, kind: Kind) -> None:
    path = write_guide(tmp_path, one_question("  - A point.\n", kind=heading))
    assert load_guide(path).questions[0].kind is kind


@pytest.mark.parametrize(
    ("label", "text", "role"),
    [
        ("Definition", "It works.", Role.CORE),
        ("Example 2", "It works.", Role.SUPPORTING),
        ("Examples of Resolution", "It works.", Role.SUPPORTING),
        ("Example of Optimization", "It works.", Role.SUPPORTING),
        ("Step 3", "It works.", Role.CORE),
        ("Real World Scenario", "It works.", Role.SUPPORTING),
        ("Step-by-Step Process", "It works.", Role.CORE),
        ("Indexing", "Indexing: It works.", Role.CORE),
        ("Identify the Bottleneck", "Identify the Bottleneck: It works.", Role.CORE),
    ],
)
def test_generic_labels_are_dropped_specific_ones_kept(
    tmp_path: Path, label: str, text: str, role: Role
) -> None:
    path = write_guide(tmp_path, one_question(f"  - **{label}**: It works.\n"))
    expected = (KeyPoint(text, label=label, role=role),)
    assert load_guide(path).questions[0].key_points == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("  - **Common Pitfalls**:\n    - **Caching**: Forgetting TTLs.\n", Role.PITFALL),
        ("  - **Best Practices**:\n    - Add a TTL.\n", Role.SUPPORTING),
        ("  - **Context**: We had an outage.\n", Role.STORY),
        (
            "  - **Technical Details**:\n    - **Context**: React Context passes values.\n",
            Role.CORE,
        ),
        ("  - **Caching**: Add a TTL. (role pitfall)\n", Role.PITFALL),
        ("  - **Example**: Add a TTL. (weight 2) (role core)\n", Role.CORE),
        ("  - **Example**: Add a TTL. (role supporting) (weight 2)\n", Role.SUPPORTING),
    ],
)
def test_roles_follow_the_nearest_label_and_an_explicit_marker_wins(
    tmp_path: Path, answer: str, expected: Role
) -> None:
    [point] = load_guide(write_guide(tmp_path, one_question(answer))).questions[0].key_points
    assert point.role is expected
    assert "role" not in point.text and "weight" not in point.text


def test_lint_reports_a_role_that_is_not_one(tmp_path: Path) -> None:
    path = write_guide(tmp_path, one_question("  - **Example**: Add a TTL. (role maybe)\n"))
    [problem] = lint([path])
    assert "bad key point role" in problem and problem.startswith(f"{path}:")


def test_key_point_text_loses_code_and_emphasis_markers(tmp_path: Path) -> None:
    answer = "  - **Tools**: Run `EXPLAIN` and *read* the __plan__.\n"
    point = load_guide(write_guide(tmp_path, one_question(answer))).questions[0].key_points[0]
    assert point.text == "Tools: Run EXPLAIN and read the plan."


@pytest.mark.parametrize(
    ("extra", "difficulty"),
    [
        ("", Difficulty.MEDIUM),
        ("- **Difficulty**: Easy\n", Difficulty.EASY),
        ("- **Difficulty**: hard\n", Difficulty.HARD),
    ],
)
def test_difficulty_bullet(tmp_path: Path, extra: str, difficulty: Difficulty) -> None:
    path = write_guide(tmp_path, one_question("  - A point.\n", extra=extra))
    question = load_guide(path).questions[0]
    assert question.difficulty is difficulty
    assert "Difficulty" not in question.model_answer


def test_weights_are_parsed_and_stripped(tmp_path: Path) -> None:
    answer = "  - **Indexing**: Add an index. (weight 2)\n  - Measure first (weight 0.5)\n"
    answer += "  - Plain.\n"
    question = load_guide(write_guide(tmp_path, one_question(answer))).questions[0]
    assert question.key_points == (
        KeyPoint("Indexing: Add an index.", label="Indexing", weight=2.0),
        KeyPoint("Measure first", weight=0.5),
        KeyPoint("Plain."),
    )
    assert "weight" not in question.model_answer


def test_follow_up_list_and_glossary(tmp_path: Path) -> None:
    header = '---\nterm: "G"\nglossary:\n  K8s: Kubernetes\n  db: database\n---\n\n'
    answer = "  - A point.\n  - **Follow-up Points**:\n    - First?\n    - Second?\n"
    path = write_guide(tmp_path, header + one_question(answer).removeprefix(HEADER))
    guide = load_guide(path)
    assert guide.glossary == {"k8s": "Kubernetes", "db": "database"}
    assert guide.questions[0].follow_ups == ("First?", "Second?")
    assert guide.questions[0].model_answer == "- A point."


def test_smart_quotes_and_mojibake_are_repaired_without_moving_lines(tmp_path: Path) -> None:
    text = one_question("  - **Definition**: Itâ€™s a “quoted” term â€“ fixed.\n")
    path = write_guide(tmp_path, text.replace("Tiny Guide", "Tiny â€“ Guide"))
    guide = load_guide(path)
    assert guide.title == "Tiny – Guide"
    assert guide.questions[0].key_points[0].text == 'It\'s a "quoted" term – fixed.'
    assert guide.questions[0].line == 9


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("backend-developer.md", "backend-developer"),
        ("Data_Scientist.md", "data-scientist"),
        ("site reliability.md", "site-reliability"),
        ("000_02588f1213304e6b.txt", "000-02588f1213304e6b"),
    ],
)
def test_guide_slug(name: str, slug: str) -> None:
    assert guide_slug(Path("content") / name) == slug


# --- lint and load_bank -------------------------------------------------------


def test_lint_reports_every_problem_of_every_file(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "good.md")
    (tmp_path / "nested").mkdir()
    shutil.copy(BROKEN / "three_problems.md", tmp_path / "nested" / "three.md")
    shutil.copy(BROKEN / "unknown_kind.md", tmp_path / "kind.md")
    missing = tmp_path / "missing.md"
    three, kind = tmp_path / "nested" / "three.md", tmp_path / "kind.md"
    assert lint([tmp_path, missing]) == [
        f"{missing}:1: no such file or directory",
        f"{kind}:7: unknown question kind 'Trivia': use Technical, Behavioral, Situational or "
        "Problem-Solving",
        f"{three}:1: missing frontmatter field 'term'",
        f"{three}:10: question 1 has difficulty 'Extreme': use Easy, Medium or Hard",
        f"{three}:15: question 2 has no key points",
    ]


def test_lint_of_clean_guides_is_empty_and_load_bank_loads_them(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "backend.md")
    write_guide(tmp_path, one_question("  - A point.\n"))
    assert lint([tmp_path]) == []
    bank = load_bank([tmp_path])
    assert len(bank) == 9
    assert bank.get("tiny/1") is not None
    assert bank.get("backend/3") is not None


def test_load_bank_raises_with_all_problems(tmp_path: Path) -> None:
    shutil.copy(BROKEN / "missing_term.md", tmp_path / "a.md")
    shutil.copy(BROKEN / "no_answer.md", tmp_path / "b.md")
    with pytest.raises(ContentError) as caught:
        load_bank([tmp_path])
    assert caught.value.problems == [
        f"{tmp_path / 'a.md'}:1: missing frontmatter field 'term'",
        f"{tmp_path / 'b.md'}:13: question 2 has no **Answer** bullet",
    ]


@pytest.mark.parametrize("hidden", [".drafts", ".ipynb_checkpoints"])
def test_folders_skip_hidden_directories_but_not_empty_ones(tmp_path: Path, hidden: str) -> None:
    (tmp_path / hidden).mkdir()
    write_guide(tmp_path / hidden, "broken")
    assert lint([tmp_path]) == [f"{tmp_path}:1: no guides (*.md files) in this folder"]


def test_two_guides_with_one_slug_clash(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write_guide(tmp_path / folder, one_question("  - A point.\n"))
    second = tmp_path / "b" / "tiny.md"
    assert lint([tmp_path]) == [
        f"{second}:1: guide name 'tiny' is taken by {tmp_path / 'a' / 'tiny.md'}"
    ]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: b"\xef\xbb\xbf" + text.encode(),
    ],
    ids=["crlf", "bom"],
)
def test_line_endings_and_bom_keep_line_numbers(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    path = tmp_path / "windows.md"
    path.write_bytes(encode(one_question("  - **Definition**: It works.\n")))
    question = load_guide(path).questions[0]
    assert (question.line, question.key_points) == (9, (KeyPoint("It works.", label="Definition"),))
