"""A question about how the candidate would handle a situation, answered as a plan rather than
a story, is listened to as an interviewer would: blaming others or hiding the problem costs
most of the credit, as it does in a story; and red flags read people, not things."""

from __future__ import annotations

import pytest

from bot.questions import QuestionBank
from bot.scoring import KeyPointScorer, story
from tests.conftest import of_question

RENAMED_COLUMN = "backend-developer/19"  # "A migration that renamed a column was deployed..."
PLAN = (
    "First I'd restore service: if the new version is healthy I finish the rollout, otherwise I "
    "rename the column back and roll the app back, whichever loses no data. I'd declare an "
    "incident, tell the affected teams and freeze deploys. Then I'd find the writes that failed "
    "in the error logs by request id, take a backup and replay them. For the future: expand and "
    "contract, so every migration stays compatible with the previous version, run as its own "
    "pipeline step with a lock_timeout, rehearsed on production-sized data."
)
BLAMING = PLAN.replace(
    "I'd declare an incident, tell the affected teams and freeze deploys.",
    "The real problem was that the ops team deployed too slowly, so I'd tell them to sort it out.",
)


def test_a_plan_that_blames_others_costs_most_of_its_credit_and_says_why(
    scorer: KeyPointScorer, bank: QuestionBank
) -> None:
    plan = of_question(scorer, bank, RENAMED_COLUMN, PLAN)
    blaming = of_question(scorer, bank, RENAMED_COLUMN, BLAMING)
    assert plan.value >= 0.85 and not any(story.RED_FLAG_READS in note for note in plan.notes)
    assert blaming.value < 0.3
    assert any("real problem was that the ops team" in note for note in blaming.notes)


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I blamed the intern for the outage.", "blamed"),
        ("The outage was blamed on the network team.", "blamed"),
        ("I thanked her for reporting it, because people who get blamed stop reporting.", ""),
        ("I said early on that blaming QA wouldn't help.", ""),
        ("I kept blaming QA for the regressions.", "blaming"),
        ("I thanked him for speaking up, because blame just teaches people to hide mistakes.", ""),
        ("We moved away from a blame culture: reviews ask what let it through.", ""),
        (
            "I didn't see the point in a long discussion, so I built it my way.",
            "I didn't see the point in a long discussion",
        ),
        ("I didn't see the point in the review checklist, so we rewrote it together.", ""),
        (
            "Designers tend to get defensive, so I built it my way.",
            "Designers tend to get defensive",
        ),
        ("I told her I get the final say on implementation.", "I get the final say"),
        ("He was useless during the incident.", "He was useless"),
        ("The old dashboard was useless, so I rebuilt it.", ""),
        (
            "Honestly, the new hire dragged the whole team down.",
            "dragged the whole team down",
        ),
        ("One slow service dragged checkout down with it, so I added a timeout.", ""),
        ("I just worked harder and took the extra shifts myself.", "I just worked harder"),
        (
            "I told the team it was fine to mute their phones overnight.",
            "fine to mute their phones",
        ),
        ("I didn't want us to just push through, so I exported a month of pages.", ""),
        (
            "They went to my manager, so I stopped responding to their messages.",
            "I stopped responding",
        ),
        (
            "It shipped a month late, and I'd do exactly the same again.",
            "i'd do exactly the same again",
        ),
        ("I'd do the same triage again, but I'd page the owner sooner.", ""),
        ("If they couldn't see why, that was their problem.", "that was their problem"),
        (
            "I don't think there was anything for me to learn there.",
            "don't think there was anything for me to learn",
        ),
        ("It was a hard week, but the lesson was for me too.", ""),
        ("I told them the reviewer was nitpicking.", "reviewer was nitpicking"),
        (
            "When he wouldn't approve, I asked my lead to approve it instead.",
            "asked my lead to approve it instead",
        ),
        ("I asked a second engineer to review the schema instead of the code.", ""),
        ("Users saw errors, but not because of my code.", "not because of my code"),
        ("I quietly fixed it in code and told no one.", "I quietly fixed"),
        ("I could have quietly fixed it in code, but I asked for a call.", ""),
        (
            "I told the team that's simply what being an SRE means.",
            "that's simply what being an SRE means",
        ),
        ("That week I learned what being a lead means.", ""),
        ("Pages at night? Honestly, that's part of the job.", "that's part of the job"),
        ("On-call is part of the job, but it must be sustainable.", ""),
        (
            "I told them they could mute any alert they felt was unimportant.",
            "told them they could mute any alert",
        ),
        ("The rest of the team toughened up.", "toughened up"),
        (
            "People complained, but honestly I think they needed to toughen up.",
            "they needed to toughen up",
        ),
        ("Instead of telling them they needed to toughen up, I fixed the alerts.", ""),
        ("The outage was the partner team's fault.", "was the partner team's fault"),
        ("A few tickets slipped, but that was really the PM's fault.", "PM's fault"),
        (
            "Honestly, it's hard to think of a decision I got wrong.",
            "hard to think of a decision I got wrong",
        ),
        ("I didn't change my design process afterwards.", "I didn't change my design process"),
        ("I changed my design process afterwards: reviews come first.", ""),
        (
            "I suggested they mute the low-priority channels at night.",
            "suggested they mute the low priority channels",
        ),
        ("I learned that resilience is about working harder.", "about working harder"),
        ("Reviewers who nitpick like that slow the team down.", "who nitpick"),
        ("I asked my lead to merge it over the reviewer's head.", "over the reviewer's head"),
        ("I didn't bother reproducing it.", "I didn't bother reproducing"),
        ("I reproduced it before I replied.", ""),
        ("I never let people rewrite my code.", "never let people rewrite"),
        ("I didn't raise it with the team.", "didn't raise it"),
        ("First, don't announce it anywhere.", "don't announce it"),
        ("The screen reader didn't announce it, so I added a label.", ""),
        ("The review said you couldn't open it with the keyboard.", ""),
        ("A basic version still lets people do their job.", ""),
        ("I quietly redid his work in the evenings.", "I quietly redid"),
        ("He was moved to another team, which proved I was right.", "proved I was right"),
        ("The load test proved our queue was needed.", ""),
        ("Honestly the result proved me right.", "proved me right"),
        ("I made it clear it was their mess.", "their mess"),
        (
            "I suggested they mute low-priority pages overnight.",
            "suggested they mute low priority pages",
        ),
        ("Honestly, I saw it as part of the job.", "saw it as part of the job"),
        ("As part of the job I also reviewed the alerts.", ""),
        (
            "We didn't change anything about the handoff process afterwards.",
            "We didn't change anything about the handoff process",
        ),
        ("I told him the problem was his attitude.", "problem was his attitude"),
        ("My takeaway: a conversation isn't worth it.", "conversation isn't worth it"),
        ("Document their failures and let management deal with it.", "Document their failures"),
        ("Testing it was really their job.", "their job"),
        ("I didn't report it to anyone.", "didn't report it"),
        (
            "Turning it off would have looked like admitting the design was wrong.",
            "looked like admitting the design was wrong",
        ),
        (
            "We didn't change anything in our process afterwards.",
            "We didn't change anything in our process",
        ),
        ("I didn't change anything that night; I rolled back first.", ""),
        (
            "The lesson is that other teams need to communicate better.",
            "The lesson is that other teams need to",
        ),
        ("The lesson is that I need to write down load assumptions.", ""),
        ("Honestly, I'd make the same design again.", "i'd make the same design again"),
        ("First confirm which key is to blame, then spread it.", ""),
        ("I checked our monitoring to make sure it really was their problem and not ours.", ""),
        ("I checked to make sure it was really their problem and not our deploy.", ""),
        ("My lesson: if people fear blame, they hide the details you need.", ""),
        ("I drafted the checklist with him so it was his, not mine.", ""),
        ("I checked and it was their problem and not ours.", "it was their problem"),
        (
            "Honestly that was their IT department's problem.",
            "that was their IT department's problem",
        ),
        ("Old browsers are the users' problem.", "are the users problem"),
        (
            "Honestly that's a sales problem, not an engineering one.",
            "problem not an engineering one",
        ),
        ("The users' problem was a slow checkout, so I profiled it.", ""),
        ("I facilitated a blame-free review of the timeline.", ""),
        ("I took the night shifts myself and just pushed through.", "just pushed through"),
        ("I just pushed through the change after review.", ""),
        ("You get used to less sleep.", "get used to less sleep"),
        ("Some engineers just aren't cut out for on-call.", "engineers just aren't cut out for"),
        ("I felt I wasn't cut out for management at first.", ""),
        (
            "Frankly that team has a track record of breaking things.",
            "has a track record of breaking",
        ),
        ("I told them we don't approve sloppy work.", "don't approve sloppy"),
        ("It went fine, which proves my call was right.", "proves my call was right"),
        ("I skipped the numbers, because my experience is enough.", "my experience is enough"),
        ("I said the designers' estimates were to blame.", "blame"),
        ("I didn't want to go straight to our manager, so I asked him.", ""),
        ("I went straight to our manager.", "straight to our manager"),
        ("I said this was my design, not the pricing team's fault.", ""),
        ("I left it out of the postmortem.", "left it out of the postmortem"),
        ("It wasn't our component, but I owned the fix anyway.", ""),
        ("Nothing broke since, which shows I was right not to redesign.", "I was right not to"),
        ("The load test showed we were right to add the queue.", ""),
        ("Reviews like that are mostly about ego, so I stopped asking him.", "ego"),
        ("What I learned is to separate my ego from my code.", ""),
        ("A shared experiment takes the ego out of it.", ""),
        (
            "Honestly, most of it was personal preference, so I merged.",
            "it was personal preference",
        ),
        ("It worked fine on my machine, so I closed the ticket.", "worked fine on my machine"),
        (
            "My first reaction was defensive, because it worked fine on my machine, but I asked "
            "her why.",
            "",
        ),
        ("Reviewers need to learn that not every comment is a blocker.", "Reviewers need to learn"),
        ("I didn't want to cause alarm, so I waited.", "didn't want to cause alarm"),
        ("I quietly raised the timeouts and moved on.", "I quietly raised"),
        ("Meanwhile I quietly doubled the instance size.", "I quietly doubled"),
        (
            "Looking back, the real mistake was other teams not communicating.",
            "real mistake was other teams",
        ),
        ("I'd build it the same way today.", "i'd build it the same way today"),
        ("I'd build it differently today: queue first.", ""),
        ("I didn't bother with a status page or updates.", "I didn't bother with a status"),
        ("In the postmortem we found out exactly who pushed it.", "found out exactly who pushed"),
        ("I named him in the document so everyone knew.", "named him in the document"),
        (
            "The lesson: some people just shouldn't have production access.",
            "people just shouldn't have production access",
        ),
        ("I didn't want to just build it differently behind her back, so I asked her.", ""),
        (
            "Two left, but that was about them not being cut out for it.",
            "them not being cut out for",
        ),
        ("I didn't bring any of it to my manager.", "didn't bring any of it to my manager"),
        ("I didn't take it to my manager first; I talked to him directly.", ""),
        (
            "I didn't want it to look like we couldn't cope.",
            "didn't want it to look like we couldn't cope",
        ),
        (
            "I explained that designers don't really understand the web.",
            "designers don't really understand",
        ),
        ("I still think my version was better.", "still think my version was better"),
        ("I still think our design was right, but I learned to bring data earlier.", ""),
        ("I skipped the launch review meeting.", "skipped the launch review meeting"),
        (
            "I didn't see the point of digging through old metrics.",
            "I didn't see the point of digging",
        ),
        ("My lesson was that data persuades people; going over their heads doesn't.", ""),
        ("My lesson: going over their heads works.", "over their heads"),
        ("I merged it before she had a chance to review.", "before she had a chance to review"),
        ("At the demo I presented it as my redesign.", "presented it as my redesign"),
        ("I presented the plan as my recommendation to the PM.", ""),
        (
            "I presented it to leadership as my initiative.",
            "presented it to leadership as my initiative",
        ),
        ("I presented it to leadership as the team's initiative.", ""),
        ("I presented it as my personal achievement.", "presented it as my personal achievement"),
        ("I didn't waste time discussing it with her.", "didn't waste time discussing"),
        ("We didn't waste time on a rollback plan.", ""),
        (
            "I simply blocked their pipeline without discussing it.",
            "I simply blocked their pipeline without discussing it",
        ),
        ("We wrote the postmortem without discussing blame.", ""),
        ("A teammate kept rewriting pull requests without discussing it.", ""),
        (
            "I told him his team clearly didn't understand production.",
            "his team clearly didn't understand",
        ),
        ("I didn't bother writing up the risks.", "I didn't bother writing"),
        ("It worked because nobody was hunting for someone to blame.", ""),
        ("Those reviews are mostly about finding someone to blame.", "blame"),
        (
            "I got brushed off once, so I decided not to bother asking again.",
            "I decided not to bother asking",
        ),
        ("Instead, I quietly started a rewrite on a side branch.", "I quietly started"),
        ("Another engineer had quietly started interviewing elsewhere.", ""),
        (
            "When he wouldn't approve, I asked another reviewer who was less strict to approve it.",
            "asked another reviewer who was less strict to approve",
        ),
        ("I got another engineer to handle communication.", ""),
        ("What I learned is to pick reviewers who care about shipping.", "pick reviewers who"),
        (
            "If anything, I learned that other teams need to read the design docs.",
            "I learned that other teams need to",
        ),
        ("I learned that I need to read the design docs first.", ""),
        ("On one project a colleague kept rewriting merged code, without telling anyone.", ""),
        (
            "On one project a front-end developer kept changing the API contract without "
            "telling the backend team.",
            "",
        ),
        ("I merged a colleague's change without telling anyone.", "without telling"),
        (
            "The main lesson I took from this is that product needs to give us requirements.",
            "The main lesson I took from this is that product needs to",
        ),
        ("The lesson is that QA should be involved early, so I now invite them to planning.", ""),
        ("That was really the DBA team's problem.", "was really the DBA team's problem"),
        ("The hard part was the team's problem with trust, so I started one-on-ones.", ""),
        (
            "Looking back, I'd make the same technical decision again.",
            "i'd make the same technical decision again",
        ),
        (
            "The site was slow, so I decided to fix it without asking.",
            "I decided to fix it without asking",
        ),
        ("I asked the PM without delay, and she agreed.", ""),
        (
            "There was no point trying to explain it to them.",
            "no point trying to explain it to them",
        ),
        ("Engineers sometimes have to go around them.", "have to go around them"),
        ("Bringing the sceptics in early beat going around them.", ""),
        (
            "My takeaway is that product managers will always prioritise features.",
            "My takeaway is that product managers will always",
        ),
        (
            "I find it hard to name a design decision of mine that was wrong.",
            "hard to name a design decision of mine that was wrong",
        ),
        ("I find it hard to name one thing we measured well, so I added tracing.", ""),
        (
            "The partnerships team should have told engineering.",
            "The partnerships team should have told",
        ),
        (
            "The database was undersized, which was the infrastructure team's responsibility.",
            "was the infrastructure team's responsibility",
        ),
        ("Now I'm not left dealing with their mistakes.", "their mistakes"),
        ("Most were nitpicks about naming.", "Most were nitpicks"),
        ("Most were fair points, so I fixed them.", ""),
        ("Code review on that team was too slow and too picky.", "too picky"),
        (
            "I asked for another reviewer who was less strict.",
            "asked for another reviewer who was less strict",
        ),
        (
            "I request reviews from people who approve quickly.",
            "reviews from people who approve",
        ),
        ("To be fair, that was really a QA gap.", "was really a QA gap"),
        ("It was a QA gap we closed with a test.", ""),
        (
            "The audit flagged it later, but by then it wasn't really on me.",
            "it wasn't really on me",
        ),
        ("It wasn't on me to decide, so I asked the lead.", ""),
        (
            "I asked another developer on my team who was less strict to approve it instead.",
            "asked another developer on my team who was less strict to approve",
        ),
        ("My colleague was lazy and careless.", "was lazy"),
        (
            "The engineer on call obviously didn't know what he was doing.",
            "didn't know what he was doing",
        ),
    ],
    ids=[
        "blame laid",
        "blame laid, passive",
        "blame suffered",
        "blame turned down",
        "blame kept up",
        "what blame does, said against it",
        "a culture of blame, left behind",
        "a discussion skipped",
        "a process questioned",
        "a role belittled",
        "the last word claimed",
        "a person",
        "a thing",
        "people dragged down",
        "a system dragged down",
        "heroics",
        "noise waved through",
        "heroics turned down",
        "talks broken off",
        "nothing to change",
        "the same triage, done better",
        "their problem",
        "nothing for me to learn",
        "a lesson owned",
        "a reviewer belittled",
        "an approval shopped for",
        "a review asked for in place of another",
        "the cause put elsewhere",
        "a change hidden",
        "a change that could have been hidden",
        "the toll waved through as the job",
        "a lesson of what a role means",
        "the toll waved through as part of the job",
        "the toll named, with what must change",
        "any alert muted",
        "people told to toughen up",
        "others judged to need to toughen up",
        "others judged so, turned down",
        "another team's fault",
        "the PM's fault",
        "no mistake to think of",
        "no change afterwards",
        "a change afterwards",
        "noise muted by its channel",
        "heroics as the lesson",
        "reviewers who nitpick",
        "over the reviewer's head",
        "a check not bothered with",
        "a check made",
        "no one let near the code",
        "a problem kept quiet",
        "a problem kept quiet, as a command",
        "what a tool did not announce",
        "what a reviewer found could not be opened",
        "the job people do",
        "another's work quietly redone",
        "vindication claimed",
        "what a test proved",
        "vindication claimed, of the speaker",
        "a mess put on others",
        "pages muted, no determiner",
        "the toll taken as the job",
        "a task of the job",
        "the process left as it was",
        "a person's character blamed",
        "a talk written off",
        "failures documented against a person",
        "whose job it was",
        "a problem not reported",
        "a mistake not owned, to save face",
        "no change to the process",
        "nothing changed in the moment",
        "the lesson for others",
        "the lesson for oneself",
        "the same design again",
        "a cause sought",
        "whose problem it was, checked",
        "whose problem it was, checked first",
        "blame feared",
        "a thing given to someone else",
        "whose problem it was, found to be theirs",
        "another team's problem",
        "the users' problem",
        "a problem disowned",
        "the users' problem, told",
        "a review free of blame",
        "heroics, pushed through",
        "a change pushed through",
        "sleep given up",
        "people written off",
        "oneself doubted",
        "a team's record held against it",
        "others' work called sloppy",
        "one outcome as proof",
        "experience in place of evidence",
        "a cause put on others",
        "going over a head, turned down",
        "going over a head",
        "another team's fault, denied",
        "a mistake kept out of the review",
        "not ours, but owned",
        "right all along",
        "right, shown by a test",
        "others' ego blamed",
        "one's own ego set aside",
        "the ego taken out",
        "feedback belittled as taste",
        "the old excuse",
        "the old excuse, a first impulse got past",
        "the lesson drawn for the reviewers",
        "alarm spared",
        "a change made quietly",
        "more capacity, quietly",
        "the mistake put on other teams",
        "the same design, today",
        "another design, today",
        "updates not bothered with",
        "the person hunted",
        "the person named",
        "access taken as the lesson",
        "going behind a back, not wanted",
        "people written off, as a reason",
        "the strain kept from a manager",
        "the person spoken to before the manager",
        "keeping up appearances",
        "a role belittled, with an adverb",
        "nothing learned, one's own version kept",
        "one's own call kept, and a lesson drawn",
        "a review meeting skipped",
        "the looking not seen the point of",
        "what a lesson says does not work",
        "what a lesson says works",
        "merged before a review",
        "credit taken",
        "a recommendation presented",
        "credit taken, before an audience",
        "the team credited, before an audience",
        "credit taken, as an achievement",
        "no time for talking",
        "no time wasted on a thing",
        "no talk first",
        "no talk of blame",
        "no talk first, by a colleague",
        "a team belittled",
        "no write-up",
        "no scapegoat sought",
        "a scapegoat sought",
        "asking again, given up",
        "work begun out of sight",
        "someone else's quiet start",
        "a reviewer gone around",
        "a colleague given a task",
        "reviewers picked to pass",
        "a lesson learned for others",
        "a lesson learned for oneself",
        "what a colleague did, told",
        "what a colleague of a kind did, told",
        "what the speaker did to a colleague's work",
        "a lesson drawn for product",
        "a lesson to involve others",
        "another team's problem, named",
        "a problem of one's own team",
        "nothing to learn, of a technical decision",
        "going ahead unasked",
        "asked without delay",
        "no one told, as the plan",
        "going around them, as a rule",
        "going around them, set below another way",
        "a lesson drawn of product, as always so",
        "no mistake to name",
        "a thing done well, hard to name",
        "another team should have told",
        "another team's responsibility",
        "their mistakes",
        "feedback waved away as nitpicks",
        "feedback taken",
        "reviewers judged picky",
        "a laxer reviewer sought",
        "reviewers picked to approve",
        "another function's gap",
        "a gap closed",
        "the fault put off oneself",
        "a decision that was someone else's to make",
        "an approval shopped for, the approver told of at length",
        "a colleague judged lazy",
        "a colleague judged clueless",
    ],
)
def test_red_flags_read_people_not_things(
    scorer: KeyPointScorer, bank: QuestionBank, said: str, flagged: str
) -> None:
    result = of_question(scorer, bank, RENAMED_COLUMN, said)
    notes = [note for note in result.notes if story.RED_FLAG_READS in note]
    assert notes == ([story.RED_FLAG_NOTE.format(said=flagged)] if flagged else [])


RISKY_RELEASE = "devops-sre/17"  # its pitfall: "Blocking releases by default or making it ..."
PUSHBACK = (
    "Last spring a team wanted to ship a payment migration the Friday before a sale. I wrote up "
    "the untested failure modes and the error budget left, and proposed a Tuesday canary "
    "instead. It shipped on Tuesday and the canary caught a timeout bug at 5% of traffic."
)


@pytest.mark.parametrize(
    ("ending", "warned"),
    [
        (" Since then I block any release I'm unsure about by default.", True),
        (" Since then I never block a release by default; I propose a safer path.", False),
        (" Since then I write the risks down early.", False),
    ],
    ids=["the pitfall, made a habit", "the pitfall, refused", "another habit"],
)
def test_a_story_that_does_what_the_questions_pitfall_warns_of_is_marked_down(
    scorer: KeyPointScorer, bank: QuestionBank, ending: str, warned: bool
) -> None:
    """A story is never scored against the model story's words, but doing what the guide
    warns of, in the candidate's own words, costs as a red flag does, and says which
    warning."""
    result = of_question(scorer, bank, RISKY_RELEASE, PUSHBACK + ending)
    notes = [note for note in result.notes if "Blocking releases by default" in note]
    assert bool(notes) is warned
    plain = of_question(scorer, bank, RISKY_RELEASE, PUSHBACK)
    assert (result.value < plain.value / 2) is warned
