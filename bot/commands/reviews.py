"""`dispute` and `flag`: a person says their answer made a point the score missed, or that a
question is wrong; `disputes` and `flags`: a server's admins review them."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from bot.commands.base import Argument, Desk, Outcome, Request, Spec, words_among
from bot.commands.words import is_number
from bot.errors import UserError
from bot.feedback import MARKS, percent, point_line
from bot.interview import Session, State
from bot.questions import Question
from bot.records import AnswerRecord
from bot.reviews import (
    ACCEPTED,
    FLAG_KINDS,
    OPEN,
    PER_DAY,
    REJECTED,
    SELF_ONLY,
    Dispute,
    FileDispute,
    FileFlag,
    Flag,
    Phrasing,
    ResolveDispute,
    clean_sentence,
    disputed,
    flags_by_question,
    flags_document,
    recent,
    self_corrected,
    wordings,
)
from bot.types import Attachment, Reply

DISPUTE_HOW = "`dispute <point number> <how your answer said it>`"
FLAG_HOW = "`flag <wrong|unclear|outdated> <what is wrong, in a sentence>`"
SHOWN = 20  # open disputes, or flagged questions, listed at once
SKIPPED = "You skipped that question, so there is no score to dispute."
SENTENCES_SHOWN = 5  # a flagged question's sentences listed

# -- what a person sends ---------------------------------------------------------------------


def dispute(desk: Desk, request: Request, args: str) -> Outcome:
    """`dispute 2 <sentence>`: point 2 of the last answer counts as covered for the person
    at once; in a server, the server's admins review it."""
    record = _last_answer(desk, request)
    number, _, reason = args.strip().partition(" ")
    question = _question(desk, request, record.question_id)
    if not number:
        return request.reply(_disputable(record, question), private=True)
    point = _point_number(number, record)
    mine = desk.store.disputes_of(request.user_key)
    earlier = disputed(record, mine)
    if any(dispute.point == point for dispute in earlier):
        raise UserError(f"You already disputed point {point} of that answer.")
    sentence = clean_sentence(reason, what=f"how your answer made point {point}: {DISPUTE_HOW}")
    scope = _scope(request)
    if recent(mine, scope, request.now) >= PER_DAY:
        raise UserError(f"That's {PER_DAY} disputes today, the most for a day. Try tomorrow.")
    corrected = self_corrected(record, [*(dispute.point for dispute in earlier), point])
    filed = Dispute(
        scope=scope,
        user_key=request.user_key,
        name=request.event.user.name or request.event.user.id,
        question_id=record.question_id,
        answered_at=record.created_at,
        point=point,
        point_text=record.points[point - 1].text,
        reason=sentence,
        original=record.score,
        corrected=corrected.score,
        created_at=request.now,
        status=OPEN if scope else SELF_ONLY,
    )
    text = _disputed_text(filed, corrected, question)
    session = _corrected_session(request.session, corrected)
    reply = Reply(request.event.where, text, private=True)
    return Outcome(
        [reply], session, save=session is not request.session, writes=(FileDispute(filed),)
    )


def flag(desk: Desk, request: Request, args: str) -> Outcome:
    """`flag unclear <sentence>`: the current (or last) question has a problem."""
    kind, _, sentence = args.strip().partition(" ")
    question = _question(desk, request, _flagged_question(desk, request))
    if kind.lower() not in FLAG_KINDS:
        text = f"To flag _{question.prompt}_ (the question or its model answer), type {FLAG_HOW}."
        return request.reply(text, private=True)
    text = clean_sentence(sentence, what=f"what is wrong: {FLAG_HOW}")
    scope = _scope(request)
    if recent(desk.store.flags_of(request.user_key), scope, request.now) >= PER_DAY:
        raise UserError(f"That's {PER_DAY} flags today, the most for a day. Thank you, though!")
    filed = Flag(scope, request.user_key, question.id, kind.lower(), text, request.now)
    where = (
        "This server's admins will see it."
        if scope
        else "No admins read flags sent in a DM: flag it in a server to reach its admins."
    )
    thanks = f"Thanks: _{question.prompt}_ is flagged as **{filed.kind}**. {where}"
    return request.reply(thanks, private=True, writes=[FileFlag(filed)])


def _last_answer(desk: Desk, request: Request) -> AnswerRecord:
    if _just_skipped(request.session):
        raise UserError(SKIPPED)
    answers = desk.store.answers(request.user_key)
    if not answers:
        raise UserError("You have no scored answer to dispute yet. Answer a question first.")
    shown = _shown_last(desk, request)
    if shown is not None and shown != answers[-1].question_id:
        raise UserError(SKIPPED)  # an interview that ended on a skip
    return answers[-1]


def _just_skipped(session: Session | None) -> bool:
    """Whether the feedback showing is a skipped question's model answer."""
    if session is None or session.state is not State.REVIEWING or not session.turns:
        return False
    return session.turns[-1].score is None


def _flagged_question(desk: Desk, request: Request) -> str:
    """The question showing, else the last one an ended interview showed (answered or
    skipped), else the last one answered: answers from before that was kept."""
    session = request.session
    if session is not None and session.current:
        return session.current
    shown = _shown_last(desk, request)
    if shown is not None:
        return shown
    answers = desk.store.answers(request.user_key)
    if not answers:
        raise UserError("There's no question to flag yet: flag one while it's asked.")
    return answers[-1].question_id


def _shown_last(desk: Desk, request: Request) -> str | None:
    """With no interview running, the question the last one showed last (answered or
    skipped); None while one runs, or when none has ended since that was kept."""
    if request.session is not None:
        return None
    profile = desk.store.load_profile(request.user_key)
    return profile.last_question if profile is not None else None


def _scope(request: Request) -> str | None:
    """Where it goes: the server the interview runs in, else the one it is sent from."""
    session = request.session
    return session.scope if session is not None else request.event.where.scope


def phrasings_for(desk: Desk, request: Request, question_id: str) -> dict[int, list[str]]:
    """The wordings this server's admins accepted for the question's points, by number."""
    scope = _scope(request)
    return wordings(desk.store.phrasings(scope), question_id) if scope else {}


def accepted_text(desk: Desk, scope: str | None) -> str:
    """The phrasings this server's admins accepted, as the `guide` list shows them."""
    accepted = desk.store.phrasings(scope) if scope else []
    if not accepted:
        return ""
    bank = desk.banks.bank_for(scope)
    lines = ["", f"**Accepted phrasings here** · {len(accepted)} (from `dispute`)"]
    for phrasing in accepted[-SHOWN:]:
        question = bank.get(phrasing.question_id)
        point = _point_text(question, phrasing.point)
        lines.append(
            f"• `{phrasing.question_id}` point {phrasing.point} ({point}): «{phrasing.text}»"
        )
    return "\n".join(lines)


def _point_text(question: Question | None, number: int) -> str:
    if question is None or not 0 < number <= len(question.key_points):
        return "no longer in the guide"
    return question.key_points[number - 1].text


def _question(desk: Desk, request: Request, question_id: str) -> Question:
    question = desk.banks.bank_for(_scope(request)).get(question_id)
    if question is None:
        raise UserError("That question is no longer in the bank here.")
    return question


def _point_number(word: str, record: AnswerRecord) -> int:
    count = len(record.points)
    if not is_number(word) or not 1 <= int(word) <= count:
        raise UserError(f"Give a point number from 1 to {count}: {DISPUTE_HOW}.")
    point = int(word)
    if record.points[point - 1].covered:
        raise UserError(f"Point {point} is already covered in that answer.")
    return point


def _disputable(record: AnswerRecord, question: Question) -> str:
    open_points = [
        (number, point) for number, point in enumerate(record.points, start=1) if not point.covered
    ]
    if not open_points:
        return "Every key point of your last answer is covered: nothing to dispute."
    heading = f"**Which point did your answer make?** Your last answer, to _{question.prompt}_:"
    lines = [point_line(point, number) for number, point in open_points]
    how = f"Type {DISPUTE_HOW}, e.g. `dispute {open_points[0][0]} I said …`."
    return "\n".join([heading, *lines, how])


def _disputed_text(filed: Dispute, corrected: AnswerRecord, question: Question) -> str:
    point = corrected.points[filed.point - 1]
    parts = [
        f"{MARKS[point.status]} Point {filed.point} now counts as covered: your score for this "
        f"answer is **{percent(filed.corrected)}** (self-corrected; it was "
        f"{percent(filed.original)}).",
        point_line(point, filed.point),
    ]
    if filed.scope:
        parts.append(
            "I've sent it to this server's admins: if they accept, your wording counts for "
            "this point for everyone here. Leaderboards keep the original score."
        )
    else:
        parts.append(
            "No admins review disputes sent in a DM, so this changes only your own score. "
            "Leaderboards keep the original score."
        )
    return "\n".join(parts) + f"\n_Question: {question.prompt}_"


def _corrected_session(session: Session | None, corrected: AnswerRecord) -> Session | None:
    """The interview with the answer's turn rescored, when the answer is from it."""
    if session is None or session.id != corrected.session_id:
        return session
    for index in range(len(session.turns) - 1, -1, -1):
        turn = session.turns[index]
        if turn.question_id == corrected.question_id and turn.score is not None:
            rescored = replace(turn, score=corrected.score)
            turns = (*session.turns[:index], rescored, *session.turns[index + 1 :])
            return replace(session, turns=turns)
    return session


# -- what admins review ------------------------------------------------------------------------


def disputes(desk: Desk, request: Request, args: str) -> Outcome:
    """`disputes`: the open ones here; `disputes accept|reject <id>` decides one."""
    scope = _admin_scope(request, "review disputes")
    action, _, number = args.strip().lower().partition(" ")
    if not action:
        return request.reply(_open_disputes(desk, scope), private=True)
    if action not in ("accept", "reject"):
        raise UserError("Try `disputes`, `disputes accept <id>` or `disputes reject <id>`.")
    found = _open_dispute(desk, scope, number.strip().lstrip("#"))
    question = desk.banks.bank_for(scope).get(found.question_id)
    prompt = question.prompt if question else found.question_id
    if action == "reject":
        text = f"Rejected #{found.id}. {found.name}'s own score stays as they corrected it."
        return request.reply(text, private=True, writes=[ResolveDispute(found.id, REJECTED)])
    phrasing = Phrasing(scope, found.question_id, found.point, found.reason)
    text = (
        f"Accepted #{found.id}: «{found.reason}» now counts for point {found.point} "
        f"({found.point_text}) of _{prompt}_, for everyone here."
    )
    accepted = ResolveDispute(found.id, ACCEPTED, phrasing)
    return request.reply(text, private=True, writes=[accepted])


def _admin_scope(request: Request, what: str) -> str:
    scope = request.event.where.scope
    if scope is None:
        raise UserError(f"Admins {what} in their server or workspace; there are none in a DM.")
    if not request.event.user.is_admin:
        raise UserError(f"Only this server's admins {what}. Thanks for helping, though!")
    return scope


def _open_dispute(desk: Desk, scope: str, number: str) -> Dispute:
    if not is_number(number):
        raise UserError("Give the dispute's number: `disputes accept 3`.")
    for found in desk.store.disputes_in(scope):
        if found.id == int(number) and found.status == OPEN:
            return found
    raise UserError(f"There is no open dispute #{number} here. `disputes` lists them.")


def _open_disputes(desk: Desk, scope: str) -> str:
    waiting = [found for found in desk.store.disputes_in(scope) if found.status == OPEN]
    if not waiting:
        return "No open disputes here."
    bank = desk.banks.bank_for(scope)
    lines = [f"**Open disputes** · {len(waiting)}"]
    for found in waiting[:SHOWN]:
        question = bank.get(found.question_id)
        prompt = question.prompt if question else found.question_id
        lines.append(
            f"**#{found.id}** · {found.name} · _{prompt}_\n"
            f"  point {found.point}: {found.point_text}\n"
            f"  «{found.reason}» · {percent(found.original)} → {percent(found.corrected)}"
        )
    if len(waiting) > SHOWN:
        lines.append(f"… and {len(waiting) - SHOWN} more.")
    lines.append("`disputes accept <id>` adds the wording for everyone here; or `reject <id>`.")
    return "\n".join(lines)


def flags(desk: Desk, request: Request, args: str) -> Outcome:
    """`flags`: this server's flagged questions, with counts and sentences; `flags export`."""
    scope = _admin_scope(request, "see flags")
    action = args.strip().lower()
    if action not in ("", "export"):
        raise UserError("Try `flags` to see them, or `flags export` for a file.")
    grouped = flags_by_question(desk.store.flags_in(scope))
    if action == "export":
        return _export(desk, request, scope, grouped)
    if not grouped:
        return request.reply("No flagged questions here.", private=True)
    bank = desk.banks.bank_for(scope)
    lines = [f"**Flagged questions** · {len(grouped)}"]
    for question_id, found in list(grouped.items())[:SHOWN]:
        question = bank.get(question_id)
        prompt = question.prompt if question else question_id
        counts = ", ".join(
            f"{count} {kind}" for kind, count in Counter(f.kind for f in found).items()
        )
        lines.append(f"• _{prompt}_ (`{question_id}`) · {len(found)} flag(s): {counts}")
        lines.extend(f"  – {item.kind}: «{item.text}»" for item in found[-SENTENCES_SHOWN:])
    lines.append("`flags export` for all of them as a file.")
    return request.reply("\n".join(lines), private=True)


def _export(desk: Desk, request: Request, scope: str, grouped: dict[str, list[Flag]]) -> Outcome:
    data = flags_document(grouped, desk.banks.bank_for(scope).get)
    attachment = Attachment("mockinterview-flags.json", data, "application/json")
    text = f"The flags of this server's questions ({len(grouped)}), as JSON."
    return Outcome([Reply(request.event.where, text, private=True, attachment=attachment)])


def _accepts_dispute(words: list[str], _guides: object) -> bool:
    return bool(words) and is_number(words[0])


def _accepts_flag(words: list[str], _guides: object) -> bool:
    return bool(words) and words[0] in FLAG_KINDS


def _accepts_decision(words: list[str], _guides: object) -> bool:
    return len(words) == 2 and words[0] in ("accept", "reject") and is_number(words[1])


COMMANDS = (
    Spec(
        "dispute",
        f"{DISPUTE_HOW}: your last answer made a point I marked missed",
        dispute,
        arguments=(Argument("point", "The point's number, then how your answer said it"),),
        accepts=_accepts_dispute,
        sentence=True,
    ),
    Spec(
        "flag",
        f"{FLAG_HOW}: report a problem with the question",
        flag,
        arguments=(Argument("problem", "wrong, unclear or outdated, then a sentence on why"),),
        accepts=_accepts_flag,
        sentence=True,
    ),
    Spec(
        "disputes",
        "`disputes [accept|reject <id>]`: admins: review disputed scores here",
        disputes,
        arguments=(Argument("decision", "accept <id> or reject <id>; empty to list them"),),
        accepts=_accepts_decision,
    ),
    Spec(
        "flags",
        "`flags [export]`: admins: the flagged questions here",
        flags,
        arguments=(Argument("export", "`export` for a JSON file of every flag"),),
        accepts=words_among("export"),
    ),
)
