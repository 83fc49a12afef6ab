"""Load question guides (Markdown + YAML frontmatter, the seed's format) into a QuestionBank.

The format, briefly:

- Frontmatter: ``term`` (the guide's title, required), ``description``, ``tags`` and an optional
  ``glossary`` mapping (``k8s: kubernetes``; keys are lower-cased). Other fields are ignored.
- ``### <Kind> Questions`` sets the kind of the questions after it: Technical, Behavioral,
  Situational, Problem-Solving (case and "Problem Solving" accepted). ``#``/``##`` headings
  end it; a question with no kind heading above it is a problem.
- ``#### Question N: <prompt>`` starts a question; N is unique in the file and makes the id
  ``<slug>/N``, the slug being the file stem lower-cased with spaces/underscores as dashes.
- Beside it: ``- **Difficulty**: Easy|Medium|Hard`` (optional, default Medium) and
  ``- **Answer**:``, whose nested bullets are the model answer. Leaf bullets are key points
  (a labelled bullet with text *and* children gives both); a generic label (Definition,
  Example 2, Best Practices, ...) is dropped from the text, a specific one is kept
  ("Indexing: add an index"). A trailing ``(weight 2)`` sets the key point's weight.
  ``**Follow-up Points**`` become follow-ups; code blocks stay in the model answer only.
- Mojibake and smart quotes are repaired with ftfy; text still lost (U+FFFD) or not UTF-8 is a
  problem. Every problem reads ``path:line: reason``, and all of a file's come at once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from bot.content.body import QuestionDraft, parse_body
from bot.content.budget import ParseBudget
from bot.content.file import GuideFile, GuideMeta, read_guide_file, split_guide
from bot.errors import ContentError
from bot.questions import Guide, Question, QuestionBank

log = logging.getLogger(__name__)


def guide_slug(path: PurePath) -> str:
    """``content/Backend_Developer.md`` -> ``backend-developer``."""
    return re.sub(r"[\s_]+", "-", path.stem.strip().lower())


def load_guide(path: Path) -> Guide:
    """The guide in ``path``; raises ContentError with every problem in the file."""
    guide, problems = _read(path)
    if guide is None:
        raise ContentError(problems)
    return guide


def lint(paths: Sequence[Path]) -> list[str]:
    """Every problem in every guide under ``paths`` (folders mean their ``**/*.md``)."""
    return _load_all(paths)[1]


def load_bank(paths: Sequence[Path]) -> QuestionBank:
    """All guides under ``paths``; raises ContentError listing every problem in every file."""
    guides, problems = _load_all(paths)
    if problems:
        raise ContentError(problems)
    bank = QuestionBank(guides)
    log.info("loaded %d questions from %d guides", len(bank), len(guides))
    return bank


def guide_files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Files named or found under ``paths`` (skipping hidden folders), and missing paths."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = [file for file in sorted(path.rglob("*.md")) if not _hidden(file, path)]
            files += found
            problems += [] if found else [f"{path}:1: no guides (*.md files) in this folder"]
        elif path.exists():
            files.append(path)
        else:
            problems.append(f"{path}:1: no such file or directory")
    return list(dict.fromkeys(files)), problems


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(root).parts)


def _load_all(paths: Sequence[Path]) -> tuple[list[Guide], list[str]]:
    files, problems = guide_files(paths)
    guides: list[Guide] = []
    for file in files:
        guide, found = _read(file)
        problems += found
        guides += [guide] if guide is not None else []
    return guides, problems + _slug_clashes(guides)


def _slug_clashes(guides: Iterable[Guide]) -> list[str]:
    first: dict[str, Guide] = {}
    problems = []
    for guide in guides:
        seen = first.setdefault(guide.slug, guide)
        if seen is not guide:
            problems.append(f"{guide.path}:1: guide name '{guide.slug}' is taken by {seen.path}")
    return problems


def parse_guide(data: bytes, *, name: str, slug: str, budget: ParseBudget | None = None) -> Guide:
    """A guide from bytes (an upload); problems read ``name:line: reason``, all at once.

    Nothing in it is executed or rendered: it is parsed as text like a file in content/.
    With a ``budget``, a guide that costs too much to parse is refused (one problem).
    """
    guide, problems = _parsed(split_guide(data), name=name, slug=slug, budget=budget)
    if guide is None:
        raise ContentError(problems)
    return guide


def _read(path: Path) -> tuple[Guide | None, list[str]]:
    try:
        file = read_guide_file(path)
    except OSError as exc:
        return None, [f"{path}:1: cannot read the file ({exc.strerror or exc})"]
    return _parsed(file, name=str(path), slug=guide_slug(path))


def _parsed(
    file: GuideFile, *, name: str, slug: str, budget: ParseBudget | None = None
) -> tuple[Guide | None, list[str]]:
    drafts, body_problems = parse_body(file.body, budget)
    found = sorted([*file.problems, *body_problems], key=lambda problem: problem[0])
    problems = [f"{name}:{line}: {reason}" for line, reason in found]
    if problems or file.meta is None:
        return None, problems
    return _guide(name, slug, file.meta, drafts), []


def _guide(path: str, slug: str, meta: GuideMeta, drafts: Sequence[QuestionDraft]) -> Guide:
    questions = tuple(_question(slug, draft) for draft in drafts)
    return Guide(
        slug=slug,
        title=meta.title,
        description=meta.description,
        questions=questions,
        glossary=meta.glossary,
        tags=meta.tags,
        path=path,
    )


def _question(slug: str, draft: QuestionDraft) -> Question:
    return Question(
        id=f"{slug}/{draft.number}",
        guide=slug,
        number=draft.number,
        prompt=draft.prompt,
        kind=draft.kind,
        difficulty=draft.difficulty,
        key_points=draft.answer.key_points,
        follow_ups=draft.answer.follow_ups,
        model_answer=draft.answer.model_answer,
        line=draft.line,
    )
