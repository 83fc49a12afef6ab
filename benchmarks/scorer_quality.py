"""How far the scorer's numbers can be believed, each beside a one-line baseline.

Several yardsticks, in one run, each next to ``rapidfuzz.fuzz.token_set_ratio`` of the model
answer and the answer (the baseline a scorer must clearly beat):

1. Public human-graded short answers (SemEval-2013 Task 7: SciEntsBank and Beetle, CC BY 4.0),
   read from ``--asag DIR`` (not in this repository, see the README). Each line is scored as
   ``mockinterview grade`` scores a ``reference`` line. Printed: AUC of ``correct`` against the
   rest and Pearson with the grade, over all answers and as mean ± spread over five folds
   grouped by question (the scorer fits nothing, so the folds show how much it varies from
   one set of questions to another).
   With ``--mohler FILE``, also the CS answers of Mohler et al. (2011), graded 0-5 by two
   teachers, from a CSV with the columns of its public copies (``id``, ``question``,
   ``desired_answer``, ``student_answer``, ``score_avg``); not in this repository either.
   With ``--saf DIR``, also the English part of the Short Answer Feedback set (Filighera et
   al., 2022: communication networks, long multi-sentence answers and reference answers
   graded 0-1, a score of 1 counting as correct), from the XML files of its public copy (one
   question a file, in any folders under DIR); not in this repository either.
2. ``graded_answers.jsonl``: answers to this project's guides graded 0-5 by their authors.
3. ``adversarial_answers.jsonl``: eight kinds of answer to 16 guide questions (strong, strong
   with typos, one-line gist, partial, keyword list, word salad, confidently wrong, off-topic),
   plus each question's key points shuffled; the mean score by kind, and how often each
   question ranks strong > partial > every bad kind. The scorer's rules were checked
   against it.
4. ``adversarial_holdout.jsonl``: the same kinds for 16 other questions, written later without
   running the scorer; the failures it showed led to some of the rules.
5. ``adversarial_unseen.jsonl``: the same kinds for 16 more questions, written after the
   first rules were settled; the later pitfall and story rules were checked against its
   confidently wrong answers.
6. ``adversarial_blind.jsonl``: the same kinds for 16 more questions, written without running
   the scorer and measured once blind; since then its two wrong stories and a few wrong
   answers were looked at, and the story red flags and pitfall checks that followed were
   checked against them.
7. ``adversarial_fresh.jsonl``: the same kinds for the last 16 questions, written without
   running the scorer and measured blind once the rules above were settled (confidently
   wrong 0.54, ordered on 4 of 16); some of its wrong, off-topic and gist answers were looked
   at afterwards, and two rules came from them.
8. ``adversarial_final.jsonl``: new answers of the same kinds to 16 of the holdout's
   questions, written without running the scorer and measured blind after the rules above
   (confidently wrong 0.50, ordered on 7 of 16); its stories, two off-topic answers and one
   strong answer were looked at afterwards, and the later story rules came from its stories.
9. ``adversarial_recheck.jsonl``: new answers of the same kinds to the first set's 16
   questions, written without running the scorer and measured blind with the rules above
   (confidently wrong 0.49 where the first set's give 0.18: the claim checks know the first
   set's phrasings, not the errors).
10. ``adversarial_retest.jsonl``: new answers of the same kinds to 16 of the unseen and blind
   sets' questions, written without running the scorer and measured blind after the rules
   above (confidently wrong 0.43, word salad 0.43, ordered on 7 of 16); its word salads were
   looked at afterwards, and the stricter focus on dense answers came from them.
11. ``adversarial_probe.jsonl``: new answers of the same kinds to the fresh set's 16 questions,
   written without running the scorer and measured blind with this round's rules
   (confidently wrong 0.42, ordered on 5 of 16); afterwards its stories and two wrong answers
   were looked at: a red flag that misread "show, don't tell" was fixed, and "isn't really
   needed" and "isn't our job" now wave advice away.
12. ``adversarial_last.jsonl``: new answers of the same kinds to the other 16 of the unseen and
   blind sets' questions, written without running the scorer and measured blind once all of
   this round's rules were in (confidently wrong 0.40, ordered on 6 of 16; 0.44 and 5 of 16
   with the code before this round's rules). Nothing was changed for it.
13. ``adversarial_spotcheck.jsonl``: new answers of the same kinds to 16 questions drawn at
   random, four per guide, written without running the scorer and measured blind, with the
   code before and after this round's rule for brief answers (ordered on 3 of 16 both times;
   confidently wrong 0.43, off-topic 0.30, gist 0.51 then 0.55). Afterwards its ordering
   failures and one false contradiction ("work not needed immediately" read as waving work
   away) were looked at.
14. ``adversarial_crosscheck.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261201), four per guide, written without running the scorer and measured
   blind with the code of the round before (strong 0.95, gist 0.63, partial 0.65, confidently
   wrong 0.44, word salad 0.07, off-topic 0.20, ordered on 10 of 16). Afterwards its three false
   alarms were looked at: a term is paired with what follows it, advice against one way of
   doing a thing rejects that way only, and "never stale" agrees with "always fresh".
15. ``adversarial_doublecheck.jsonl``: new answers of the same kinds to 16 more questions drawn
   at random (seed 77001), written without running the scorer and measured blind with the code
   at the start of this round (strong 0.87, gist 0.61, partial 0.62, confidently wrong 0.50,
   ordered on 9 of 16) and with this round's rules (strong 0.85, wrong 0.49, 9 of 16: its
   false alarms cost more). Afterwards its two false alarms on strong answers were looked at:
   what a point weighs less ("more than naming the right technology") is not affirmed, and
   advice against a thing for some cases ("skip fan-out for them") rejects those cases only.
16. ``adversarial_secondlook.jsonl`` and ``adversarial_thirdlook.jsonl``: new answers of the same
   kinds to 16 questions drawn at random each (seeds 5150 and 90210), written without running
   the scorer and measured blind, with the code at the start of their round and with its first
   rules (secondlook: confidently wrong 0.50 both times, ordered on 9 of 16 both times;
   thirdlook: 0.53 then 0.49, ordered on 10 then 11). Afterwards their wrong stories were looked
   at: a negation in the clause before no longer excuses a red flag, and a few more red flags
   were added.
17. ``adversarial_lastlook.jsonl``: new answers of the same kinds to 16 questions drawn at random
   (seed 31337), written without running the scorer and measured blind once this round's rules
   were in: confidently wrong 0.41 with the code at the start of the round and 0.40 after it,
   ordered on 8 and 7 of 16, partial 0.55 and 0.54, strong 0.87 both times. It found two false
   alarms, both fixed afterwards: "lazy-loaded the images" read as contempt in a story (strong
   0.17), and a trade-off's "CSR is simple to host... weaker SEO" read as a definition of CSR.
18. ``adversarial_nextlook.jsonl``: new answers of the same kinds to 16 questions drawn at random
   (seed 4242), written without running the scorer and measured blind with the code at the
   start of the next round and with its first rules (the same both times: strong 0.89, gist
   0.46, partial 0.54, confidently wrong 0.36, off-topic 0.34, ordered on 9 of 16). Afterwards
   its gists and one wrong story were looked at: a brief answer is no longer called jumbled for
   naming one step of each point in turn, and a few more red flags were added.
19. ``adversarial_finallook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 8088), written without running the scorer and measured blind once that round's
   rules were in: confidently wrong 0.36 with the code at the start of the round and 0.32 with
   its rules, ordered on 10 and 11 of 16, gist 0.55 and 0.56, strong 0.91 both times. It found
   one false alarm, fixed afterwards: "secrets must stay out of logs" read as recommending the
   pitfall of printing secrets in CI logs.
20. ``adversarial_freshlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 60606), five of them story questions, written without running the scorer and
   measured blind: confidently wrong 0.41, word salad 0.33, ordered on 6 of 16. Its wrong
   answers and stories were read afterwards, and several rules came from them.
21. ``adversarial_outlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 121226), three of them story questions, written without running the scorer
   and measured blind with the code at the start of the round and with its first rules (word
   salad 0.28 and 0.22, confidently wrong 0.41, off-topic 0.34, ordered on 6 of 16 both
   times). Afterwards one wrong story that scored 1.00 was read, and its red flags were added.
22. ``adversarial_uplook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 511202), three of them story questions, written without running the scorer
   and measured blind with the code at the start of the round and with its rules (story
   relevance read from the question's subject, swapped kinds of one thing): the same both
   times but off-topic 0.38 and 0.34, ordered on 11 of 16. Its three story questions stayed
   out of order: two fluent off-topic stories above the partial story, and one story salad.
23. ``adversarial_sidelook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261202), three of them situational, written by a writer that never ran the
   scorer nor read its code or the other sets, and measured blind: with the code at the start
   of the round confidently wrong 0.53, partial 0.43, ordered on 6 of 16; with its rules 0.48
   and 7 of 16. Two strong answers and a partial one were contradicted wrongly, at a higher
   cost once a wrong claim's charge doubled; those false alarms were read and fixed
   ("optimistic locking" where another point names it, "making the repo private isn't a
   fix"), and nothing else was changed for the set.
24. ``adversarial_farlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261203), six of them situational or behavioral, written the same way by
   another writer and measured blind: with the code at the start of the round confidently
   wrong 0.48, strong 0.90, ordered on 5 of 16; with its rules, after sidelook's false alarms
   were fixed, 0.45, 0.94 and 9 of 16 (two of the four questions gained are sidelook's too,
   whose fixes came from reading it). Then it was read: one regression was fixed ("trying to
   reproduce it is a waste" waves reproducing away again), and its wrong story's "that's on
   her" and "I don't think there was much to learn" became red flags: 0.36 and 11 of 16.
25. ``adversarial_farthest.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261204) from those the two sets above do not ask, three of them behavioral,
   written the same way by a third writer and measured blind once this round's rules were
   in: ordered on 7 of 16 both with the code at the start of the round and with its rules,
   confidently wrong 0.42 and 0.37 (only the doubled charge for a wrong claim moved it), one
   strong story 0.86 -> 1.00 (its lesson read). Nothing was changed for it.
26. ``adversarial_overlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261202) from those the three sets above do not ask, two of them behavioral,
   written the same way by a fourth writer and measured blind once this round's rules were
   in: ordered on 10 of 16 both with the code at the start of the round and with its rules,
   confidently wrong 0.32 both times; only keyword lists moved (0.20 -> 0.17, a bare list
   keeping 30% of its credit). Then it was read: one strong answer's "I avoid static keys
   entirely" was read as waving away what its point prefers short-lived credentials over (fixed).
27. ``adversarial_lookout.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261205) from the 21 the four sets above do not ask, three of them
   behavioral, written the same way by a fifth writer and measured blind with the code at the
   start of the next round and with its story red flags: the same both times, ordered on 9 of
   16, strong 0.94, gist 0.55, partial 0.54, confidently wrong 0.28, word salad 0.28, off-topic
   0.22, and no point marked contradicted in any strong, gist or partial answer. Then its
   failures were read; nothing was changed for it (a wrong claim's higher cost, which came
   after, brought its wrong answers to 0.23).
28. ``adversarial_onlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261206) from all 80 (every question is now in one of the sets above), two of
   them behavioral, written the same way by a sixth writer and measured blind with the code at
   the start of the round and with its new pitfall checks: ordered on 14 of 16 both times,
   confidently wrong 0.14 and 0.12. Then it was read: one strong answer's "async code isn't
   immune either" was read as the belief "async code cannot race" (0.52; fixed: a denying
   belief is held only with what it denies).
29. ``adversarial_relook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261202) from all 80, none of them behavioral, written the same way by a
   seventh writer and measured blind with the code at the start of the round and with its
   first rule (an answer that says one point far better than the rest is no jumble): ordered
   on 10 of 16 both times, partial 0.42, confidently wrong 0.24. Then its wrong answers were
   read: "Use offset pagination" is now read as recommending the pitfall "Using offset
   pagination" (a command holding every word of the mistake), which orders one more.
30. ``adversarial_backlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261203) from all 80, written the same way by an eighth writer and measured
   blind with the code at the start of the round: ordered on 9 of 16, strong 0.85 (three strong
   answers told they recommended a pitfall), off-topic 0.31. Then those were read, and two
   are fixed: "a day or two ahead" is the contrary of "only at the moment of a
   migration", and "I watch for a distributed monolith" knows the pitfall (10 of 16).
31. ``adversarial_downlook.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261204) from the 64 the set above does not ask, two of them behavioral,
   written the same way by a ninth writer and measured blind once this round's rules were in:
   ordered on 9 of 16 both with them and with the code at the start of the round, confidently
   wrong 0.32, off-topic 0.34, strong 0.93. Then its one strong answer below a partial one was
   read: praise after "unless" ("reads state from an old render unless the deps are right")
   is of the remedy, not the pitfall (10 of 16).
32. ``adversarial_lookahead.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261206) from all 80, one of them situational, written the same way by a
   tenth writer and measured blind with the code at the start of the round and once an answer
   to a technical question had to fit it: ordered on 14 of 16 both times, off-topic 0.21 then
   0.17, strong 0.92. Then its false alarms were read, and four are fixed: "which is why I
   avoid div soup" agrees with "Replacing a clickable div with a native button"; "I turn on
   strict mode so null and undefined have to be handled" recommends strict mode, not what
   follows "so"; "good for alerting but weak on per-user detail" is praise qualified; and
   "containers ... while VMs run a full guest OS" sets the two apart (15 of 16).
33. ``adversarial_lookbeyond.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261207) from all 80, five of them situational, written the same way by an
   eleventh writer and measured blind with the code at the start of the round and with its
   rules: ordered on 13 of 16 both times, off-topic 0.22 then 0.19, no point of a strong, gist
   or partial answer marked contradicted. Then its three wrong answers above a partial one were
   read: one is a plan for a situational question that blames the ops team and skips the
   incident ("the real problem was that the ops people..."), and the red flags of a story now
   hold for such plans too (14 of 16), and waving away what a pitfall of leaving something
   out says must be done contradicts it (15 of 16).
34. ``adversarial_lookaround.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261208) from all 80, seven of them behavioral or situational, written the
   same way by a twelfth writer and measured blind with the code at the start of the round
   and with its rules: ordered on 11 of 16 both times, off-topic 0.24 then 0.17, confidently
   wrong 0.32 then 0.31, strong 0.93. Then its two false alarms were read and fixed: a
   warning mistyped ("I avooid two-phase commit") and "I'd steer clear of fixed sleeps" now
   warn, and "ignore" after "I'd" advises against, as "skip" does.
35. ``adversarial_lookthrough.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261209) from all 80, written the same way by a thirteenth writer and measured
   blind with the code at the start of the round and with its rules: ordered on 10 of 16 both
   times, off-topic 0.29 then 0.22, strong 0.88 then 0.91. Then its two strong answers that
   scored 0.23 and 0.50 were read and are fixed: "Grid is for layouts where rows..." says what
   Grid is for, not what it is (no swapped definition), and "averages and error rates can
   look perfectly fine while the tail gets worse" says how they look, not that they are fine.
36. ``adversarial_lookup.jsonl``: new answers of the same kinds to 16 questions drawn at random
   (seed 20261212) from all 80, written the same way by a fourteenth writer and measured blind
   with the code at the start of the round and with its rules: ordered on 13 of 16 both
   times, off-topic 0.31 then 0.27. Then its strong answer below the partial one on the
   bundle question was read: "I'd avoid splitting into hundreds of tiny chunks" rejects one
   way of splitting, as "avoid ordering by client timestamps" does (14 of 16).
37. ``adversarial_lookalike.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 20261213) from all 80, written the same way by a fifteenth writer and measured
   blind once this round's rules were in: ordered on 9 of 16, the same as with the code at the
   start of the round; off-topic 0.28 then 0.24. Then its strong answer at 0.40 was read:
   "My goal is that someone using a screen reader..." was read as giving "the usual target"
   (WCAG 2.2 AA, which the key point names as if it were a second term) the definition of
   accessibility; a subject that describes ("the usual ...") names no term now (10 of 16).
38. ``adversarial_lookaway.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 1609) from all 80, written the same way by a sixteenth writer and measured
   blind with the code at the start of the round and with its first rules (a practice called
   harmful or a waste, or skipped with a pronoun): ordered on 12 of 16 both times, all four
   failures confidently wrong answers. "Inodes aren't worth checking" was then read as the
   dismissal it is (13 of 16); "caching suggestions at the CDN is a mistake" and "distributed
   SQL like Spanner or CockroachDB is mostly marketing" are not, as more than the point's term
   stands before what waves it away.
39. ``adversarial_lookabout.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 4242) from all 80, written the same way by a seventeenth writer and measured
   blind with the code at the start of the round and with all its rules above: ordered on 13
   of 16 both times (confidently wrong 0.16, then 0.12). Then a partial answer at 0.04 was
   read: "a new deploy never gets confused" was read against "users always get the HTML"
   through the empty verb "get", which attaches an antonym to nothing now; and "I'd keep it
   simple: the client uploads the whole file to our application servers" recommends the
   pitfall its heading praises (15 of 16).
40. ``adversarial_lookdown.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 777) from all 80, written the same way by an eighteenth writer, which wrote
   its word salads by hand as the points' phrases with their grammar taken out and their
   words turned about ("TTL jitter random so many keys moment same expire at"). Measured
   blind: ordered on 2 of 16 with the code at the start of the round and with its rules
   above (word salad 0.55, strong 0.80). A longer answer made of nothing but the points'
   words with hardly a word of grammar is now read as the bare list it is (word salad 0.26);
   three strong answers were misread and are mended: "we deliberately ignored coverage"
   read as hiding a problem, "never public at the CDN" took "never" to the "user" of the
   clause before, and "writing into the cache before the commit is risky" waved the commit
   away (strong 0.91; 9 of 16).
41. ``adversarial_lookover.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 2026) from all 80, written the same way by a nineteenth writer once all of
   this round's rules were in, its word salads in three styles. Measured blind and left as
   measured: ordered on 11 of 16 with the code at the start of the round and on 13 with its
   rules; all three failures are off-topic stories on story questions.
42. ``adversarial_storytime.jsonl``: answers of the same kinds to the ten story questions
   (tell me about a time...), written by a twentieth writer from the questions and their
   model stories alone: strong stories of the writer's own, partial ones, wrong ones that
   blame, hide or override, and well-told stories answering another question. Ordered on 4 of
   10 with the code at the start of the round, the off-topic stories scoring 0.63 on average:
   a story fitted its question by the words any story says ("team", "work"). Used to build
   the story themes (see ``bot.scoring.themes``); 8 of 10 now.
43. ``adversarial_storyline.jsonl``: the same, by a twenty-first writer, kept out of sight
   until the themes were written: 4 of 10 with the code at the start of the round, 6 of 10
   at its first measurement with them, 8 now.
44. ``adversarial_lookagain.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 31337) from all 80, written by a twenty-second writer once the story themes
   were in, its partial answers leaving out the main point on half the questions (partial
   0.35: a correct answer on a supporting point alone scores low by design). Measured blind
   and left as measured: 10 of 16 in order with the code at the start of the round and with
   its rules.
45. ``adversarial_lookonward.jsonl``: the same, by a twenty-third writer writing as candidates
   of many kinds (terse, chatty, non-native, heavy on jargon). Measured blind: 10 of 16 in
   order with the code at the start of the round, 11 with its rules (mutating state read
   against updating it immutably); left as measured.
46. ``adversarial_storyend.jsonl``: answers of the same kinds to the ten story questions, by a
   twenty-fourth writer writing as engineers of many backgrounds, its off-topic stories close
   to each question's field; written once the themes were in. Measured blind: 4 of 10 in order
   with the code at the start of the round, 5 with its rules (strong stories 0.95 -> 0.86,
   with typos 0.91 -> 0.79: a story of a production incident told as "my mistake" and "the
   post mortem" had lost "responsible" with "response", and typos hid theme words). Read
   since: 6 of 10, strong 0.92, with typos 0.87.
47. ``adversarial_lookforward.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 1201) from all 80, written by a twenty-fifth writer from the questions and
   their key points alone, its confidently wrong answers told to vary how they say what is
   wrong (plain statements, recommendations, "I'd ...", "we always ...", what the system
   does). Measured blind: 12 of 16 in order with the code at the start of the round.
48. ``adversarial_lookwithin.jsonl``: the same (seed 1202), by a twenty-sixth writer. Measured
   blind: 10 of 16 in order with the code at the start of the round; a word salad that strings
   each point's terms in turn with no grammar at all (1.7% grammatical words, half of its
   words names and numbers the points do not say) scored 0.94 and is a list now (0.28).
49. ``adversarial_lookfurther.jsonl``: new answers of the same kinds to 16 questions drawn at
   random (seed 1203) from all 80, by a twenty-seventh writer writing as candidates of varied
   backgrounds, once this round's rules were in. Measured blind: 14 of 16 in order with the
   code at the start of the round and with its rules. A strong answer that says "I avoid
   sticky sessions when possible" (right: a pitfall of the question warns of them) is read as
   waving away the "consistent hashing for sticky routing" of another point (0.40); read
   since, with what a pitfall names as its mistake no longer waved away against it (0.98).
50. ``adversarial_lookclose.jsonl``: the same (seed 1204), by a twenty-eighth writer. Measured
   blind: 10 of 16 with the code at the start of the round and with its rules.
51. ``adversarial_lookinto.jsonl``: the same (seed 1301), by a twenty-ninth writer. Measured
   blind: 10 of 16 with the code at the start of the round and with its rules, every failure
   a confidently wrong answer in words no check knows.
52. ``adversarial_lookaside.jsonl``: the same (seed 1302), by a thirtieth writer. Measured
   blind: 15 of 16 with the code at the start of the round and with its rules.
53. ``adversarial_lookback.jsonl``: the same (seed 1303), by a thirty-first writer writing as
   juniors, terse seniors and non-native speakers, once this round's first rules were in.
   Measured blind: 11 of 16 with the code at the start of the round, 12 with the rules of
   the time (an off-topic story no longer fits by the "content" of "LCP"); its failures were
   read afterwards, and three rules came from them.
54. ``adversarial_lookacross.jsonl``: the same (seed 1304), by a thirty-second writer writing as
   ramblers, step-listers and lovers of analogies. Measured blind: 12 of 16 with the code at
   the start of the round and with the rules of the time; its failures were read afterwards.
55. ``adversarial_lookpast.jsonl``: the same (seed 1401), by a thirty-third writer. Measured
   blind: 9 of 16 with the code at the start of the next round (two strong answers under their
   partials, each by a false alarm), 11 with that round's first rules; read afterwards.
56. ``adversarial_lookbehind.jsonl``: the same (seed 1402), by a thirty-fourth writer. Measured
   blind: 15 of 16 with the code at the start of that round.
57. ``adversarial_lookunder.jsonl``: the same (seed 1403), by a thirty-fifth writer. Measured
   blind: 11 of 16 with the code at the start of that round (a strong answer at 0.20 for a
   false red flag, "because blame just teaches people to hide mistakes"), 12 with its first
   rules; read afterwards.
58. ``adversarial_lookamong.jsonl``: the same (seed 1404), by a thirty-sixth writer. Measured
   blind: 15 of 16 with the code at the start of that round.
59. ``adversarial_lookbetween.jsonl``: the same (seed 1405), by a thirty-seventh writer. Written
   at the end of the round that added the four before it and measured blind: 15 of 16 with the
   code at the end of that round, 14 with the code at its start; read afterwards.
60. ``adversarial_lookbeneath.jsonl``: the same (seed 1406), by a thirty-eighth writer. Written
   and measured like the one before: 10 of 16 with the code at the end of that round and at its
   start; read afterwards (a strong CI/CD answer at 0.57 for a false alarm, "the fastest way to
   get people ... ignoring red builds").
61. ``adversarial_lookupon.jsonl``: the same (seed 1501), by a thirty-ninth writer. Measured
   blind: 14 of 16 with the code at the start of the next round and with its first rule; read
   afterwards.
62. ``adversarial_lookoutward.jsonl``: the same (seed 1502), by a fortieth writer. Measured
   blind: 14 of 16 with the code at the start of that round and with its first rule.
63. ``adversarial_looktoward.jsonl``: the same (seed 1503), by a forty-first writer. Measured
   blind: 14 of 16 with the code at the start of that round and with its first rule (a strong
   incident story at 0.67: "errors were gone" and "we haven't had a repeat since" were read as
   no result and no lesson).
64. ``adversarial_lookalong.jsonl``: the same (seed 1504), by a forty-second writer. Measured
   blind: 15 of 16 with the code at the start of that round and with its first rule.
65. ``adversarial_lookforth.jsonl``: the same (seed 1505), by a forty-third writer. Written in
   the middle of that round and measured blind: 14 of 16 with the code at its start and with the
   code of the time; read afterwards (a strong caching answer at 0.54 for a false alarm:
   "anything user- or permission-specific must include the user in the key" read as caching
   under a shared key).
66. ``adversarial_lookaloft.jsonl``: the same (seed 1506), by a forty-fourth writer. Written and
   measured like the one before: 14 of 16 with the code at the start of that round and with the
   code of the time; read afterwards.
67. ``adversarial_lookbelow.jsonl``: the same (seed 1601), by a forty-fifth writer. Measured
   blind: 15 of 16 with the code at the start of the next round.
68. ``adversarial_lookabove.jsonl``: the same (seed 1602), by a forty-sixth writer. Measured
   blind: 13 of 16 with the code at the start of that round; read afterwards (a strong backup
   answer at 0.49 for a false alarm: "or your encrypted backup is useless" read as waving
   backups away).
69. ``adversarial_lookbeside.jsonl``: the same (seed 1603), by a forty-seventh writer.
   Measured blind: 15 of 16 with the code at the start of that round; read afterwards (a strong
   answer at 0.41 for a false alarm: "I'd drop the timeout to a few hundred milliseconds" read
   as dropping timeouts).
70. ``adversarial_lookinward.jsonl``: the same (seed 1604), by a forty-eighth writer. Measured
   blind: 13 of 16 with the code at the start of that round; read afterwards (a strong story at
   0.17 for a false red flag, "one slow service dragged checkout down", and its lesson told
   without "I"; two confidently wrong on-call stories, "I just worked harder", at 0.86).
71. ``adversarial_lookafter.jsonl``: the same (seed 1605), by a forty-ninth writer. Written in
   the middle of that round and measured blind: 15 of 16 with the code of the time, and with
   the code when it was read (a confidently wrong story that "would do exactly the same again"
   at 0.86).
72. ``adversarial_lookbefore.jsonl``: the same (seed 1606), by a fiftieth writer. Written and
   measured like the one before: 15 of 16 twice; read afterwards (a strong capacity story at
   0.49 for a false alarm: "autoscaling the app tier is the easy part" read as recommending
   the pitfall of relying on it alone).
73. ``adversarial_lookround.jsonl``: the same (seed 1607), by a fifty-first writer. Written
   near the end of that round and measured blind: 16 of 16 with the code of the time.
74. ``adversarial_lookyonder.jsonl``: the same (seed 1608), by a fifty-second writer. Written
   and measured like the one before: 11 of 16; read afterwards (a confidently wrong release
   story, "that was their problem", at 0.81; a wrong URL shortener that "can ignore" collisions
   and says 301 redirects give the best analytics, in words no check knows).
75. ``adversarial_lookhither.jsonl``: the same (seed 1701), by a fifty-third writer. Measured
   blind: 15 of 16 with the code at the start of that round; read afterwards (a confidently
   wrong ACID answer at 0.83: "retrying after a deadlock is pointless").
76. ``adversarial_lookthither.jsonl``: the same (seed 1702), by a fifty-fourth writer. Measured
   blind: 15 of 16 with the code at the start of that round; read afterwards (a confidently
   wrong code-review story at 0.92 that calls the reviewer nitpicking).
77. ``adversarial_lookhence.jsonl``: the same (seed 1703), by a fifty-fifth writer. Measured
   blind: 12 of 16 with the code at the start of that round; read afterwards (two strong
   answers at 0.34 and 0.56 for false alarms: "write skew is blocked", said of Serializable,
   against Repeatable Read, and "I'd begin with a modular monolith" read as recommending a
   distributed monolith; wrong answers recommending two-phase commit across services).
78. ``adversarial_lookwhence.jsonl``: the same (seed 1704), by a fifty-sixth writer. Measured
   blind: 14 of 16 with the code at the start of that round; read afterwards (the modular
   monolith false alarm again, a strong answer at 0.51).
79. ``adversarial_lookanew.jsonl``: the same (seed 1705), by a fifty-seventh writer. Written in
   the middle of that round and measured blind: 12 of 16 with the code of the time; read
   afterwards (strong answers at 0.37 and 0.56 for false alarms: "SQL: Over-normalization
   ..." took "complex reporting queries" for its mistake, and "Two dangers: caching
   personalised pages ... without the right Vary header" read as praise).
80. ``adversarial_lookastern.jsonl``: the same (seed 1706), by a fifty-eighth writer. Written and
   measured like the one before: 14 of 16.
81. ``adversarial_lookafar.jsonl``: the same (seed 1707), by a fifty-ninth writer. Written and
   measured like the one before: 13 of 16; read afterwards (a strong design-handoff story at
   0.20: "I could have quietly fixed it" read as a deed).
82. ``adversarial_lookamid.jsonl``: the same (seed 1708), by a sixtieth writer. Written and
   measured like the one before: 13 of 16.
83. ``adversarial_lookwhither.jsonl``: the same (seed 1709), by a sixty-first writer. Written in
   the middle of that round and measured blind: 15 of 16 with the code of the time, the same
   as with the code at its start.
84. ``adversarial_lookaskance.jsonl``: the same (seed 1710), by a sixty-second writer. Written and
   measured like the one before: 13 of 16 both times; read afterwards (an off-topic
   mentoring story at 1.00 that fits by "our architecture notes", left as it is).
85. ``adversarial_lookafield.jsonl``: the same (seed 1711), by a sixty-third writer. Written and
   measured like the one before: 14 of 16 both times; read afterwards (a confidently wrong
   story, "hard to think of a design decision I got wrong", at 0.86).
86. ``adversarial_lookabroad.jsonl``: the same (seed 1712), by a sixty-fourth writer. Written and
   measured like the one before: 15 of 16 both times; read afterwards (a confidently wrong
   on-call story, "that's part of the job", at 0.76).
87. ``adversarial_lookashore.jsonl``: the same (seed 1713), by a sixty-fifth writer. Written near
   the end of that round and measured blind: 14 of 16 with the code of the time, the same as
   with the code at its start.
88. ``adversarial_lookaport.jsonl``: the same (seed 1714), by a sixty-sixth writer. Written and
   measured like the one before: 14 of 16 both times; read afterwards (a strong caching
   answer at 0.50 for a false alarm: "I never write the cache before the database commits"
   read as refusing the write).
89. ``adversarial_lookabed.jsonl``: the same (seed 1715), by a sixty-seventh writer. Written and
   measured like the one before: 13 of 16 both times.
90. ``adversarial_lookadrift.jsonl``: the same (seed 1716), by a sixty-eighth writer. Written and
   measured like the one before: 11 of 16 both times; read afterwards (a strong sharding
   answer at 0.45 for a false alarm, "choose a key most queries include" read as recommending
   a key most queries do not contain, fixed the round after).
91. ``adversarial_lookafresh.jsonl``: the same (seed 1801), by a sixty-ninth writer. Written
   at the start of that round, four at a time, and measured blind: 14 of 16 both times.
92. ``adversarial_lookafore.jsonl``: the same (seed 1802), by a seventieth writer. Written and
   measured like the one before: 11 of 16 both times.
93. ``adversarial_lookabaft.jsonl``: the same (seed 1803), by a seventy-first writer. Written
   and measured like the one before: 15 of 16 both times.
94. ``adversarial_lookahigh.jsonl``: the same (seed 1804), by a seventy-second writer. Written
   and measured like the one before: 14 of 16 both times.
95. ``adversarial_lookalow.jsonl``: the same (seed 1805), by a seventy-third writer. Written
   with the round's next four and measured blind like the ones before: 16 of 16 both times.
96. ``adversarial_lookanear.jsonl``: the same (seed 1806), by a seventy-fourth writer. Written
   and measured like the one before: 13 of 16 both times.
97. ``adversarial_lookaslant.jsonl``: the same (seed 1807), by a seventy-fifth writer. Written
   and measured like the one before: 10 of 16 both times.
98. ``adversarial_lookathwart.jsonl``: the same (seed 1808), by a seventy-sixth writer.
   Written and measured like the one before: 13 of 16 both times.
99. ``adversarial_lookamidst.jsonl``: the same (seed 1809), by a seventy-seventh writer.
   Written with the round's next four and measured blind like the ones before: 12 of 16 both
   times.
100. ``adversarial_lookasunder.jsonl``: the same (seed 1810), by a seventy-eighth writer.
   Written and measured like the one before: 15 of 16 both times.
101. ``adversarial_lookaglow.jsonl``: the same (seed 1811), by a seventy-ninth writer. Written
   and measured like the one before: 14 of 16 both times.
102. ``adversarial_lookaslope.jsonl``: the same (seed 1812), by an eightieth writer. Written
   and measured like the one before: 14 of 16 with the code of the time, 13 with the code at
   its start.
103. ``adversarial_lookawhile.jsonl``: the same (seed 1813), by an eighty-first writer.
   Written with the round's next four and measured blind like the ones before: 12 of 16 with
   the code of the time, 11 with the code at its start.
104. ``adversarial_lookabreast.jsonl``: the same (seed 1814), by an eighty-second writer.
   Written and measured like the one before: 14 of 16 both times.
105. ``adversarial_lookaboard.jsonl``: the same (seed 1815), by an eighty-third writer.
   Written and measured like the one before: 15 of 16 both times.
106. ``adversarial_lookafloat.jsonl``: the same (seed 1816), by an eighty-fourth writer.
   Written and measured like the one before: 14 of 16 with the code of the time, 13 with the
   code at its start.
107. ``adversarial_lookaground.jsonl``: the same (seed 1817), by an eighty-fifth writer.
   Written with the round's next four and measured blind like the ones before: 13 of 16 both
   times.
108. ``adversarial_lookaright.jsonl``: the same (seed 1818), by an eighty-sixth writer.
   Written and measured like the one before: 11 of 16 both times.
109. ``adversarial_lookaloof.jsonl``: the same (seed 1819), by an eighty-seventh writer.
   Written and measured like the one before: 13 of 16 both times.
110. ``adversarial_lookagog.jsonl``: the same (seed 1820), by an eighty-eighth writer. Written
   and measured like the one before: 14 of 16 both times.
111. ``adversarial_glanceback.jsonl``: the same (seed 1901), by an eighty-ninth writer.
   Written at the start of that round, four at a time, and measured blind: 14 of 16 both
   times.
112. ``adversarial_glanceover.jsonl``: the same (seed 1902), by a ninetieth writer. Written
   and measured like the one before: 13 of 16 both times.
113. ``adversarial_glanceup.jsonl``: the same (seed 1903), by a ninety-first writer. Written
   and measured like the one before: 12 of 16 both times.
114. ``adversarial_glancedown.jsonl``: the same (seed 1904), by a ninety-second writer.
   Written and measured like the one before: 15 of 16 both times.
115. ``adversarial_glanceaside.jsonl``: the same (seed 1905), by a ninety-third writer.
   Written with the round's next four and measured blind like the ones before: 13 of 16 both
   times.
116. ``adversarial_glanceahead.jsonl``: the same (seed 1906), by a ninety-fourth writer.
   Written and measured like the one before: 15 of 16 both times.
117. ``adversarial_glancebehind.jsonl``: the same (seed 1907), by a ninety-fifth writer.
   Written and measured like the one before: 15 of 16 both times.
118. ``adversarial_glancearound.jsonl``: the same (seed 1908), by a ninety-sixth writer.
   Written and measured like the one before: 14 of 16 both times.
119. ``adversarial_glanceacross.jsonl``: the same (seed 1909), by a ninety-seventh writer.
   Written with the round's next four and measured blind like the ones before: 14 of 16 both
   times.
120. ``adversarial_glancebeyond.jsonl``: the same (seed 1910), by a ninety-eighth writer.
   Written and measured like the one before: 14 of 16 both times.
121. ``adversarial_glancethrough.jsonl``: the same (seed 1911), by a ninety-ninth writer.
   Written and measured like the one before: 14 of 16 both times.
122. ``adversarial_glancewithin.jsonl``: the same (seed 1912), by a hundredth writer. Written
   and measured like the one before: 14 of 16 both times.
123. ``adversarial_glanceinward.jsonl``: the same (seed 1913), by a hundred-and-first writer.
   Written with the round's next four and measured blind like the ones before: 15 of 16 both
   times.
124. ``adversarial_glanceoutward.jsonl``: the same (seed 1914), by a hundred-and-second
   writer. Written and measured like the one before: 16 of 16 both times.
125. ``adversarial_glanceforward.jsonl``: the same (seed 1915), by a hundred-and-third writer.
   Written and measured like the one before: 16 of 16 both times.
126. ``adversarial_glancepast.jsonl``: the same (seed 1916), by a hundred-and-fourth writer.
   Written and measured like the one before: 11 of 16 both times.
127. ``adversarial_glanceunder.jsonl``: the same (seed 1917), by a hundred-and-fifth writer.
   Written with the round's next four and measured blind like the ones before: 15 of 16 both
   times.
128. ``adversarial_glanceabove.jsonl``: the same (seed 1918), by a hundred-and-sixth writer.
   Written and measured like the one before: 15 of 16 with the code of the time, 14 with the
   code at its start.
129. ``adversarial_glancebelow.jsonl``: the same (seed 1919), by a hundred-and-seventh writer.
   Written and measured like the one before: 13 of 16 with the code of the time, 12 with the
   code at its start.
130. ``adversarial_glancebetween.jsonl``: the same (seed 1920), by a hundred-and-eighth
   writer. Written and measured like the one before: 16 of 16 both times.
131. ``adversarial_glanceamong.jsonl``: the same (seed 1921), by a hundred-and-ninth writer.
   Written with the round's next four and measured blind like the ones before: 13 of 16 both
   times.
132. ``adversarial_glancealong.jsonl``: the same (seed 1922), by a hundred-and-tenth writer.
   Written and measured like the one before: 14 of 16 both times.
133. ``adversarial_glancetoward.jsonl``: the same (seed 1923), by a hundred-and-eleventh
   writer. Written and measured like the one before: 14 of 16 both times.
134. ``adversarial_glancebeside.jsonl``: the same (seed 1924), by a hundred-and-twelfth
   writer. Written and measured like the one before: 15 of 16 both times.
135. ``adversarial_peekback.jsonl``: the same (seed 2001), by a hundred-and-thirteenth writer.
   Written at the start of that round, four at a time, and measured blind: 13 of 16 both
   times.
136. ``adversarial_peekover.jsonl``: the same (seed 2002), by a hundred-and-fourteenth writer.
   Written and measured like the one before: 12 of 16 both times.
137. ``adversarial_peekup.jsonl``: the same (seed 2003), by a hundred-and-fifteenth writer.
   Written and measured like the one before: 15 of 16 both times.
138. ``adversarial_peekdown.jsonl``: the same (seed 2004), by a hundred-and-sixteenth writer.
   Written and measured like the one before: 12 of 16 both times.
139. ``adversarial_peekaside.jsonl``: the same (seed 2005), by a hundred-and-seventeenth
   writer. Written with the round's next four and measured blind like the ones before: 15 of
   16 both times.
140. ``adversarial_peekahead.jsonl``: the same (seed 2006), by a hundred-and-eighteenth
   writer. Written and measured like the one before: 13 of 16 both times.
141. ``adversarial_peekbehind.jsonl``: the same (seed 2007), by a hundred-and-nineteenth
   writer. Written and measured like the one before: 13 of 16 both times.
142. ``adversarial_peekaround.jsonl``: the same (seed 2008), by a hundred-and-twentieth
   writer. Written and measured like the one before: 12 of 16 both times.
143. ``adversarial_peekacross.jsonl``: the same (seed 2009), by a hundred-and-twenty-first
   writer. Written with the round's next four and measured blind like the ones before: 9 of 16
   both times.
144. ``adversarial_peekbeyond.jsonl``: the same (seed 2010), by a hundred-and-twenty-second
   writer. Written and measured like the one before: 13 of 16 both times.
145. ``adversarial_peekthrough.jsonl``: the same (seed 2011), by a hundred-and-twenty-third
   writer. Written and measured like the one before: 14 of 16 both times.
146. ``adversarial_peekwithin.jsonl``: the same (seed 2012), by a hundred-and-twenty-fourth
   writer. Written and measured like the one before: 15 of 16 both times.
147. ``adversarial_peekinward.jsonl``: the same (seed 2013), by a hundred-and-twenty-fifth
   writer. Written with the round's next four and measured blind like the ones before: 15 of
   16 both times.
148. ``adversarial_peekoutward.jsonl``: the same (seed 2014), by a hundred-and-twenty-sixth
   writer. Written and measured like the one before: 12 of 16 both times.
149. ``adversarial_peekforward.jsonl``: the same (seed 2015), by a hundred-and-twenty-seventh
   writer. Written and measured like the one before: 16 of 16 both times.
150. ``adversarial_peekpast.jsonl``: the same (seed 2016), by a hundred-and-twenty-eighth
   writer. Written and measured like the one before: 14 of 16 both times.
151. ``adversarial_peekunder.jsonl``: the same (seed 2017), by a hundred-and-twenty-ninth
   writer. Written with the round's next four and measured blind like the ones before: 10 of
   16 both times.
152. ``adversarial_peekabove.jsonl``: the same (seed 2018), by a hundred-and-thirtieth writer.
   Written and measured like the one before: 13 of 16 both times.
153. ``adversarial_peekbelow.jsonl``: the same (seed 2019), by a hundred-and-thirty-first
   writer. Written and measured like the one before: 13 of 16 both times.
154. ``adversarial_peekbetween.jsonl``: the same (seed 2020), by a hundred-and-thirty-second
   writer. Written and measured like the one before: 14 of 16 with the code of the time, 13
   with the code at its start.
155. ``adversarial_spyback.jsonl``: the same (seed 2101), by a hundred-and-thirty-third
   writer. Written at the start of that round, eight at a time, and measured blind: 13 of 16
   both times.
156. ``adversarial_spyover.jsonl``: the same (seed 2102), by a hundred-and-thirty-fourth
   writer. Written and measured like the one before: 13 of 16 with the code of the time, 11
   with the code at its start.
157. ``adversarial_spyup.jsonl``: the same (seed 2103), by a hundred-and-thirty-fifth writer.
   Written and measured like the one before: 13 of 16 both times.
158. ``adversarial_spydown.jsonl``: the same (seed 2104), by a hundred-and-thirty-sixth
   writer. Written and measured like the one before: 15 of 16 both times.
159. ``adversarial_spyaside.jsonl``: the same (seed 2105), by a hundred-and-thirty-seventh
   writer. Written and measured like the one before: 14 of 16 with the code of the time, 13
   with the code at its start.
160. ``adversarial_spyahead.jsonl``: the same (seed 2106), by a hundred-and-thirty-eighth
   writer. Written and measured like the one before: 12 of 16 both times.
161. ``adversarial_spybehind.jsonl``: the same (seed 2107), by a hundred-and-thirty-ninth
   writer. Written and measured like the one before: 16 of 16 both times.
162. ``adversarial_spyaround.jsonl``: the same (seed 2108), by a hundred-and-fortieth writer.
   Written and measured like the one before: 15 of 16 both times.
163. ``adversarial_spyacross.jsonl``: the same (seed 2109), by a hundred-and-forty-first
   writer. Written with the round's next ones and measured blind like the ones before: 14 of
   16 both times.
164. ``adversarial_spybeyond.jsonl``: the same (seed 2110), by a hundred-and-forty-second
   writer. Written and measured like the one before: 14 of 16 both times.
165. ``adversarial_spythrough.jsonl``: the same (seed 2111), by a hundred-and-forty-third
   writer. Written and measured like the one before: 13 of 16 both times.
166. ``adversarial_spywithin.jsonl``: the same (seed 2112), by a hundred-and-forty-fourth
   writer. Written and measured like the one before: 16 of 16 both times.
167. ``adversarial_spyinward.jsonl``: the same (seed 2113), by a hundred-and-forty-fifth
   writer. Written and measured like the one before: 15 of 16 both times.
168. ``adversarial_spyoutward.jsonl``: the same (seed 2114), by a hundred-and-forty-sixth
   writer. Written and measured like the one before: 12 of 16 both times.
169. ``adversarial_spyforward.jsonl``: the same (seed 2115), by a hundred-and-forty-seventh
   writer. Written and measured like the one before: 15 of 16 both times.
170. ``adversarial_spypast.jsonl``: the same (seed 2116), by a hundred-and-forty-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
171. ``adversarial_spyunder.jsonl``: the same (seed 2117), by a hundred-and-forty-ninth
   writer. Written with the round's next ones and measured blind like the ones before: 14 of
   16 both times.
172. ``adversarial_spyabove.jsonl``: the same (seed 2118), by a hundred-and-fiftieth writer.
   Written and measured like the one before: 14 of 16 both times.
173. ``adversarial_spybelow.jsonl``: the same (seed 2119), by a hundred-and-fifty-first
   writer. Written and measured like the one before: 15 of 16 both times.
174. ``adversarial_spybetween.jsonl``: the same (seed 2120), by a hundred-and-fifty-second
   writer. Written and measured like the one before: 16 of 16 both times.
175. ``adversarial_gazeback.jsonl``: the same (seed 2201), by a hundred-and-fifty-third
   writer. Written at the start of that round, eight at a time, and measured blind: 15 of 16
   both times.
176. ``adversarial_gazeover.jsonl``: the same (seed 2202), by a hundred-and-fifty-fourth
   writer. Written and measured like the one before: 14 of 16 both times.
177. ``adversarial_gazeup.jsonl``: the same (seed 2203), by a hundred-and-fifty-fifth writer.
   Written and measured like the one before: 15 of 16 both times.
178. ``adversarial_gazedown.jsonl``: the same (seed 2204), by a hundred-and-fifty-sixth
   writer. Written and measured like the one before: 13 of 16 both times.
179. ``adversarial_gazeaside.jsonl``: the same (seed 2205), by a hundred-and-fifty-seventh
   writer. Written and measured like the one before: 14 of 16 both times.
180. ``adversarial_gazeahead.jsonl``: the same (seed 2206), by a hundred-and-fifty-eighth
   writer. Written and measured like the one before: 14 of 16 both times.
181. ``adversarial_gazebehind.jsonl``: the same (seed 2207), by a hundred-and-fifty-ninth
   writer. Written and measured like the one before: 15 of 16 both times.
182. ``adversarial_gazearound.jsonl``: the same (seed 2208), by a hundred-and-sixtieth writer.
   Written and measured like the one before: 15 of 16 both times.
183. ``adversarial_gazeacross.jsonl``: the same (seed 2209), by a hundred-and-sixty-first
   writer. Written with the round's next ones and measured blind like the ones before: 14 of
   16 both times.
184. ``adversarial_gazebeyond.jsonl``: the same (seed 2210), by a hundred-and-sixty-second
   writer. Written and measured like the one before: 13 of 16 both times.
185. ``adversarial_gazethrough.jsonl``: the same (seed 2211), by a hundred-and-sixty-third
   writer. Written and measured like the one before: 14 of 16 both times.
186. ``adversarial_gazewithin.jsonl``: the same (seed 2212), by a hundred-and-sixty-fourth
   writer. Written and measured like the one before: 16 of 16 both times.
187. ``adversarial_gazeinward.jsonl``: the same (seed 2213), by a hundred-and-sixty-fifth
   writer. Written and measured like the one before: 15 of 16 both times.
188. ``adversarial_gazeoutward.jsonl``: the same (seed 2214), by a hundred-and-sixty-sixth
   writer. Written and measured like the one before: 14 of 16 both times.
189. ``adversarial_gazeforward.jsonl``: the same (seed 2215), by a hundred-and-sixty-seventh
   writer. Written and measured like the one before: 16 of 16 both times.
190. ``adversarial_gazepast.jsonl``: the same (seed 2216), by a hundred-and-sixty-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
191. ``adversarial_gazeunder.jsonl``: the same (seed 2217), by a hundred-and-sixty-ninth
   writer. Written with the round's next ones and measured blind like the ones before: 13 of
   16 both times.
192. ``adversarial_gazeabove.jsonl``: the same (seed 2218), by a hundred-and-seventieth
   writer. Written and measured like the one before: 13 of 16 both times.
193. ``adversarial_gazebelow.jsonl``: the same (seed 2219), by a hundred-and-seventy-first
   writer. Written and measured like the one before: 16 of 16 both times.
194. ``adversarial_gazebetween.jsonl``: the same (seed 2220), by a hundred-and-seventy-second
   writer. Written and measured like the one before: 14 of 16 both times.
195. ``adversarial_gazeafar.jsonl``: the same (seed 2221), by a hundred-and-seventy-third
   writer. Written with the round's next ones and measured blind like the ones before: 14 of
   16 both times.
196. ``adversarial_gazeanew.jsonl``: the same (seed 2222), by a hundred-and-seventy-fourth
   writer. Written and measured like the one before: 15 of 16 both times.
197. ``adversarial_gazeaway.jsonl``: the same (seed 2223), by a hundred-and-seventy-fifth
   writer. Written and measured like the one before: 16 of 16 both times.
198. ``adversarial_gazeabout.jsonl``: the same (seed 2224), by a hundred-and-seventy-sixth
   writer. Written and measured like the one before: 12 of 16 with the code of the time, 11
   with the code at its start.
199. ``adversarial_viewback.jsonl``: the same (seed 2301), by a hundred-and-seventy-seventh
   writer. Written at the start of that round, eight at a time, and measured blind: 14 of 16
   both times.
200. ``adversarial_viewover.jsonl``: the same (seed 2302), by a hundred-and-seventy-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
201. ``adversarial_viewup.jsonl``: the same (seed 2303), by a hundred-and-seventy-ninth
   writer. Written and measured like the one before: 16 of 16 both times.
202. ``adversarial_viewdown.jsonl``: the same (seed 2304), by a hundred-and-eightieth writer.
   Written and measured like the one before: 13 of 16 both times.
203. ``adversarial_viewaside.jsonl``: the same (seed 2305), by a hundred-and-eighty-first
   writer. Written and measured like the one before: 12 of 16 both times.
204. ``adversarial_viewahead.jsonl``: the same (seed 2306), by a hundred-and-eighty-second
   writer. Written and measured like the one before: 15 of 16 both times.
205. ``adversarial_viewbehind.jsonl``: the same (seed 2307), by a hundred-and-eighty-third
   writer. Written and measured like the one before: 15 of 16 both times.
206. ``adversarial_viewaround.jsonl``: the same (seed 2308), by a hundred-and-eighty-fourth
   writer. Written and measured like the one before: 15 of 16 both times.
207. ``adversarial_viewacross.jsonl``: the same (seed 2309), by a hundred-and-eighty-fifth
   writer. Written with the round's next ones and measured blind like the ones before: 13 of
   16 both times.
208. ``adversarial_viewbeyond.jsonl``: the same (seed 2310), by a hundred-and-eighty-sixth
   writer. Written and measured like the one before: 15 of 16 with the code of the time, 14
   with the code at its start.
209. ``adversarial_viewthrough.jsonl``: the same (seed 2311), by a hundred-and-eighty-seventh
   writer. Written and measured like the one before: 15 of 16 both times.
210. ``adversarial_viewwithin.jsonl``: the same (seed 2312), by a hundred-and-eighty-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
211. ``adversarial_viewinward.jsonl``: the same (seed 2313), by a hundred-and-eighty-ninth
   writer. Written and measured like the one before: 15 of 16 both times.
212. ``adversarial_viewoutward.jsonl``: the same (seed 2314), by a hundred-and-ninetieth
   writer. Written and measured like the one before: 16 of 16 both times.
213. ``adversarial_viewforward.jsonl``: the same (seed 2315), by a hundred-and-ninety-first
   writer. Written and measured like the one before: 14 of 16 both times.
214. ``adversarial_viewpast.jsonl``: the same (seed 2316), by a hundred-and-ninety-second
   writer. Written and measured like the one before: 16 of 16 both times.
215. ``adversarial_viewunder.jsonl``: the same (seed 2317), by a hundred-and-ninety-third
   writer. Written with the round's next ones and measured blind like the ones before: 14 of
   16 both times.
216. ``adversarial_viewabove.jsonl``: the same (seed 2318), by a hundred-and-ninety-fourth
   writer. Written and measured like the one before: 15 of 16 both times.
217. ``adversarial_viewbelow.jsonl``: the same (seed 2319), by a hundred-and-ninety-fifth
   writer. Written and measured like the one before: 14 of 16 both times.
218. ``adversarial_viewbetween.jsonl``: the same (seed 2320), by a hundred-and-ninety-sixth
   writer. Written and measured like the one before: 14 of 16 both times.
219. ``adversarial_viewafar.jsonl``: the same (seed 2321), by a hundred-and-ninety-seventh
   writer. Written and measured like the one before: 15 of 16 both times.
220. ``adversarial_viewanew.jsonl``: the same (seed 2322), by a hundred-and-ninety-eighth
   writer. Written and measured like the one before: 16 of 16 both times.
221. ``adversarial_viewaway.jsonl``: the same (seed 2323), by a hundred-and-ninety-ninth
   writer. Written and measured like the one before: 12 of 16 with the code of the time, 11
   with the code at its start.
222. ``adversarial_viewabout.jsonl``: the same (seed 2324), by a two-hundredth writer. Written
   and measured like the one before: 14 of 16 with the code of the time, 15 with the code at
   its start.
223. ``adversarial_viewalong.jsonl``: the same (seed 2325), by a two-hundred-and-first writer.
   Written with the round's next ones and measured blind like the ones before: 14 of 16 with
   the code of the time, 13 with the code at its start.
224. ``adversarial_viewamid.jsonl``: the same (seed 2326), by a two-hundred-and-second writer.
   Written and measured like the one before: 16 of 16 with the code of the time, 14 with the
   code at its start.
225. ``adversarial_viewbeside.jsonl``: the same (seed 2327), by a two-hundred-and-third
   writer. Written and measured like the one before: 12 of 16 both times.
226. ``adversarial_viewnear.jsonl``: the same (seed 2328), by a two-hundred-and-fourth writer.
   Written and measured like the one before: 15 of 16 both times.
227. ``adversarial_viewfrom.jsonl``: the same (seed 2329), by a two-hundred-and-fifth writer.
   Written and measured like the one before: 16 of 16 both times.
228. ``adversarial_viewinto.jsonl``: the same (seed 2330), by a two-hundred-and-sixth writer.
   Written and measured like the one before: 15 of 16 with the code of the time, 14 with the
   code at its start.
229. ``adversarial_viewonto.jsonl``: the same (seed 2331), by a two-hundred-and-seventh
   writer. Written and measured like the one before: 15 of 16 both times.
230. ``adversarial_viewtoward.jsonl``: the same (seed 2332), by a two-hundred-and-eighth
   writer. Written and measured like the one before: 15 of 16 both times.
231. ``adversarial_viewbefore.jsonl``: the same (seed 2333), by a two-hundred-and-ninth
   writer. Written last in that round, with the code of its end, and measured blind: 14 of 16
   both times.
232. ``adversarial_viewafter.jsonl``: the same (seed 2334), by a two-hundred-and-tenth writer.
   Written and measured like the one before: 15 of 16 with the code of the time, 14 with the
   code at its start.
233. ``adversarial_viewaloft.jsonl``: the same (seed 2335), by a two-hundred-and-eleventh
   writer. Written and measured like the one before: 14 of 16 both times.
234. ``adversarial_viewaboard.jsonl``: the same (seed 2336), by a two-hundred-and-twelfth
   writer. Written and measured like the one before: 15 of 16 both times.
235. ``adversarial_viewastern.jsonl``: the same (seed 2337), by a two-hundred-and-thirteenth
   writer. Written and measured like the one before: 15 of 16 with the code of the time, 14
   with the code at its start.
236. ``adversarial_viewastray.jsonl``: the same (seed 2338), by a two-hundred-and-fourteenth
   writer. Written and measured like the one before: 14 of 16 with the code of the time, 12
   with the code at its start.
237. ``adversarial_viewashore.jsonl``: the same (seed 2339), by a two-hundred-and-fifteenth
   writer. Written and measured like the one before: 12 of 16 both times.
238. ``adversarial_viewabroad.jsonl``: the same (seed 2340), by a two-hundred-and-sixteenth
   writer. Written and measured like the one before: 14 of 16 both times.
239. ``adversarial_sightback.jsonl``: the same (seed 2341), by a two-hundred-and-seventeenth
   writer. Written at the start of a round, eight at a time from questions drawn at random,
   from a brief written anew (the same eight kinds; off-topic answers to another question of
   the same field), and measured blind with the code at the round's start: 13 of 16 both times.
240. ``adversarial_sightahead.jsonl``: the same (seed 2342), by a two-hundred-and-eighteenth
   writer. Written and measured like the one before: 13 of 16 both times.
241. ``adversarial_sightabove.jsonl``: the same (seed 2343), by a two-hundred-and-nineteenth
   writer. Written and measured like the one before: 13 of 16 both times.
242. ``adversarial_sightbelow.jsonl``: the same (seed 2344), by a two-hundred-and-twentieth
   writer. Written and measured like the one before: 14 of 16 both times.
243. ``adversarial_sightbeyond.jsonl``: the same (seed 2345), by a two-hundred-and-twenty-first
   writer. Written and measured like the one before: 13 of 16 both times.
244. ``adversarial_sightwithin.jsonl``: the same (seed 2346), by a
   two-hundred-and-twenty-second writer. Written and measured like the one before: 13 of 16
   both times.
245. ``adversarial_sightaround.jsonl``: the same (seed 2347), by a two-hundred-and-twenty-third
   writer. Written and measured like the one before: 15 of 16 both times.
246. ``adversarial_sightover.jsonl``: the same (seed 2348), by a two-hundred-and-twenty-fourth
   writer. Written and measured like the one before: 13 of 16 both times.
247. ``adversarial_sightacross.jsonl``: the same (seed 2349), by a two-hundred-and-twenty-fifth
   writer. Written in the middle of that round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the round's code of the time
   and with the code at its start: 13 of 16 both times.
248. ``adversarial_sightafar.jsonl``: the same (seed 2350), by a two-hundred-and-twenty-sixth
   writer. Written and measured like the one before: 13 of 16 both times.
249. ``adversarial_sightalong.jsonl``: the same (seed 2351), by a
   two-hundred-and-twenty-seventh writer. Written and measured like the one before: 14 of 16
   both times.
250. ``adversarial_sightamid.jsonl``: the same (seed 2352), by a two-hundred-and-twenty-eighth
   writer. Written and measured like the one before: 12 of 16 both times.
251. ``adversarial_sightanew.jsonl``: the same (seed 2353), by a two-hundred-and-twenty-ninth
   writer. Written and measured like the one before: 12 of 16 both times.
252. ``adversarial_sightaside.jsonl``: the same (seed 2354), by a two-hundred-and-thirtieth
   writer. Written and measured like the one before: 15 of 16 both times.
253. ``adversarial_sightastern.jsonl``: the same (seed 2355), by a two-hundred-and-thirty-first
   writer. Written and measured like the one before: 12 of 16 both times.
254. ``adversarial_sightaway.jsonl``: the same (seed 2356), by a two-hundred-and-thirty-second
   writer. Written and measured like the one before: 11 of 16 both times.
255. ``adversarial_sightbefore.jsonl``: the same (seed 2357), by a two-hundred-and-thirty-third
   writer. Written late in that round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the round's code of the time and with
   the code at its start: 14 of 16 both times.
256. ``adversarial_sightbehind.jsonl``: the same (seed 2358), by a
   two-hundred-and-thirty-fourth writer. Written and measured like the one before: 15 of 16
   both times.
257. ``adversarial_sightbeneath.jsonl``: the same (seed 2359), by a
   two-hundred-and-thirty-fifth writer. Written and measured like the one before: 15 of 16 with
   the code of the time, 14 with the code at the round's start.
258. ``adversarial_sightbeside.jsonl``: the same (seed 2360), by a two-hundred-and-thirty-sixth
   writer. Written and measured like the one before: 13 of 16 both times.
259. ``adversarial_sightbetween.jsonl``: the same (seed 2361), by a
   two-hundred-and-thirty-seventh writer. Written and measured like the one before: 14 of 16
   both times.
260. ``adversarial_sightdown.jsonl``: the same (seed 2362), by a two-hundred-and-thirty-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
261. ``adversarial_sightforward.jsonl``: the same (seed 2363), by a
   two-hundred-and-thirty-ninth writer. Written and measured like the one before: 12 of 16 both
   times.
262. ``adversarial_sightinward.jsonl``: the same (seed 2364), by a two-hundred-and-fortieth
   writer. Written and measured like the one before: 14 of 16 both times.
263. ``adversarial_glimpseback.jsonl``: the same (seed 2365), by a two-hundred-and-forty-first
   writer. Written in a new round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, before any code changed: 12 of 16 when
   first measured.
264. ``adversarial_glimpsebelow.jsonl``: the same (seed 2366), by a
   two-hundred-and-forty-second writer. Written and measured like the one before: 12 of 16 when
   first measured.
265. ``adversarial_glimpsebeyond.jsonl``: the same (seed 2367), by a
   two-hundred-and-forty-third writer. Written and measured like the one before: 14 of 16 when
   first measured.
266. ``adversarial_glimpsedown.jsonl``: the same (seed 2368), by a two-hundred-and-forty-fourth
   writer. Written and measured like the one before: 13 of 16 when first measured.
267. ``adversarial_glimpsefar.jsonl``: the same (seed 2369), by a two-hundred-and-forty-fifth
   writer. Written and measured like the one before: 11 of 16 when first measured.
268. ``adversarial_glimpseinto.jsonl``: the same (seed 2370), by a two-hundred-and-forty-sixth
   writer. Written and measured like the one before: 12 of 16 when first measured.
269. ``adversarial_glimpseout.jsonl``: the same (seed 2371), by a two-hundred-and-forty-seventh
   writer. Written and measured like the one before: 12 of 16 when first measured.
270. ``adversarial_glimpseup.jsonl``: the same (seed 2372), by a two-hundred-and-forty-eighth
   writer. Written and measured like the one before: 11 of 16 when first measured.
271. ``adversarial_glimpseahead.jsonl``: the same (seed 2373), by a two-hundred-and-forty-ninth
   writer. Written later in the same round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the round's code of the time
   and with the code at its start: 14 of 16 both times.
272. ``adversarial_glimpseabove.jsonl``: the same (seed 2374), by a two-hundred-and-fiftieth
   writer. Written and measured like the one before: 15 of 16 both times.
273. ``adversarial_glimpseacross.jsonl``: the same (seed 2375), by a
   two-hundred-and-fifty-first writer. Written and measured like the one before: 15 of 16 both
   times.
274. ``adversarial_glimpseaside.jsonl``: the same (seed 2376), by a
   two-hundred-and-fifty-second writer. Written and measured like the one before: 14 of 16 both
   times.
275. ``adversarial_glimpsenear.jsonl``: the same (seed 2377), by a two-hundred-and-fifty-third
   writer. Written and measured like the one before: 12 of 16 both times.
276. ``adversarial_glimpseover.jsonl``: the same (seed 2378), by a two-hundred-and-fifty-fourth
   writer. Written and measured like the one before: 13 of 16 both times.
277. ``adversarial_glimpsepast.jsonl``: the same (seed 2379), by a two-hundred-and-fifty-fifth
   writer. Written and measured like the one before: 12 of 16 both times.
278. ``adversarial_glimpsethrough.jsonl``: the same (seed 2380), by a
   two-hundred-and-fifty-sixth writer. Written and measured like the one before: 14 of 16 both
   times.
279. ``adversarial_peerahead.jsonl``: the same (seed 2381), by a two-hundred-and-fifty-seventh
   writer. Written last in the same round, eight at a time from questions drawn at random, from
   the same brief, and measured blind when they came in, with the round's code of the time and
   with the code at its start: 15 of 16 both times.
280. ``adversarial_peerabove.jsonl``: the same (seed 2382), by a two-hundred-and-fifty-eighth
   writer. Written and measured like the one before: 14 of 16 with the code of the time, 13
   with the code at the round's start.
281. ``adversarial_peeracross.jsonl``: the same (seed 2383), by a two-hundred-and-fifty-ninth
   writer. Written and measured like the one before: 11 of 16 both times.
282. ``adversarial_peeraside.jsonl``: the same (seed 2384), by a two-hundred-and-sixtieth
   writer. Written and measured like the one before: 12 of 16 with the code of the time, 11
   with the code at the round's start.
283. ``adversarial_peerbehind.jsonl``: the same (seed 2385), by a two-hundred-and-sixty-first
   writer. Written and measured like the one before: 13 of 16 both times.
284. ``adversarial_peerbeyond.jsonl``: the same (seed 2386), by a two-hundred-and-sixty-second
   writer. Written and measured like the one before: 15 of 16 both times.
285. ``adversarial_peerdown.jsonl``: the same (seed 2387), by a two-hundred-and-sixty-third
   writer. Written and measured like the one before: 14 of 16 both times.
286. ``adversarial_peerinto.jsonl``: the same (seed 2388), by a two-hundred-and-sixty-fourth
   writer. Written and measured like the one before: 13 of 16 both times.
287. ``adversarial_scanahead.jsonl``: the same (seed 2389), by a two-hundred-and-sixty-fifth
   writer. Written in this round, eight at a time from questions drawn at random, from the same
   brief, and measured blind when they came in, with the code of the time and with the code at
   the round's start: 13 of 16 both times.
288. ``adversarial_scanabove.jsonl``: the same (seed 2390), by a two-hundred-and-sixty-sixth
   writer. Written and measured like the one before: 13 of 16 both times.
289. ``adversarial_scanacross.jsonl``: the same (seed 2391), by a two-hundred-and-sixty-seventh
   writer. Written and measured like the one before: 12 of 16 both times.
290. ``adversarial_scanaside.jsonl``: the same (seed 2392), by a two-hundred-and-sixty-eighth
   writer. Written and measured like the one before: 11 of 16 both times.
291. ``adversarial_scanbehind.jsonl``: the same (seed 2393), by a two-hundred-and-sixty-ninth
   writer. Written and measured like the one before: 12 of 16 both times.
292. ``adversarial_scanbeyond.jsonl``: the same (seed 2394), by a two-hundred-and-seventieth
   writer. Written and measured like the one before: 12 of 16 both times.
293. ``adversarial_scandown.jsonl``: the same (seed 2395), by a two-hundred-and-seventy-first
   writer. Written and measured like the one before: 15 of 16 both times.
294. ``adversarial_scaninto.jsonl``: the same (seed 2396), by a two-hundred-and-seventy-second
   writer. Written and measured like the one before: 14 of 16 both times.
295. ``adversarial_stareahead.jsonl``: the same (seed 2397), by a two-hundred-and-seventy-third
   writer. Written and measured like the one before: 12 of 16 both times.
296. ``adversarial_stareabove.jsonl``: the same (seed 2398), by a two-hundred-and-seventy-
   fourth writer. Written and measured like the one before: 12 of 16 both times.
297. ``adversarial_stareacross.jsonl``: the same (seed 2399), by a two-hundred-and-seventy-
   fifth writer. Written and measured like the one before: 12 of 16 both times.
298. ``adversarial_stareaside.jsonl``: the same (seed 2400), by a two-hundred-and-seventy-sixth
   writer. Written and measured like the one before: 13 of 16 both times.
299. ``adversarial_starebehind.jsonl``: the same (seed 2401), by a two-hundred-and-seventy-
   seventh writer. Written and measured like the one before: 13 of 16 both times.
300. ``adversarial_starebeyond.jsonl``: the same (seed 2402), by a two-hundred-and-seventy-
   eighth writer. Written and measured like the one before: 15 of 16 both times.
301. ``adversarial_staredown.jsonl``: the same (seed 2403), by a two-hundred-and-seventy-ninth
   writer. Written and measured like the one before: 13 of 16 both times.
302. ``adversarial_stareinto.jsonl``: the same (seed 2404), by a two-hundred-and-eightieth
   writer. Written and measured like the one before: 12 of 16 both times.
303. ``adversarial_watchahead.jsonl``: the same (seed 2405), by a two-hundred-and-eighty-first
   writer. Written in this round, eight at a time from questions drawn at random, from the same
   brief, and measured blind when they came in, with the code of the time and with the code at
   the round's start: 15 of 16 both times.
304. ``adversarial_watchabove.jsonl``: the same (seed 2406), by a two-hundred-and-eighty-second
   writer. Written and measured like the one before: 13 of 16 both times.
305. ``adversarial_watchacross.jsonl``: the same (seed 2407), by a two-hundred-and-eighty-third
   writer. Written and measured like the one before: 13 of 16 both times.
306. ``adversarial_watchaside.jsonl``: the same (seed 2408), by a two-hundred-and-eighty-fourth
   writer. Written and measured like the one before: 13 of 16 both times.
307. ``adversarial_watchbehind.jsonl``: the same (seed 2409), by a two-hundred-and-eighty-fifth
   writer. Written and measured like the one before: 13 of 16 both times.
308. ``adversarial_watchbeyond.jsonl``: the same (seed 2410), by a two-hundred-and-eighty-sixth
   writer. Written and measured like the one before: 14 of 16 both times.
309. ``adversarial_watchdown.jsonl``: the same (seed 2411), by a two-hundred-and-eighty-seventh
   writer. Written and measured like the one before: 13 of 16 both times.
310. ``adversarial_watchinto.jsonl``: the same (seed 2412), by a two-hundred-and-eighty-eighth
   writer. Written and measured like the one before: 14 of 16 both times.
311. ``adversarial_eyeahead.jsonl``: the same (seed 2413), by a two-hundred-and-eighty-ninth
   writer. Written and measured like the one before: 14 of 16 both times.
312. ``adversarial_eyeabove.jsonl``: the same (seed 2414), by a two-hundred-and-ninetieth
   writer. Written and measured like the one before: 13 of 16 both times.
313. ``adversarial_eyeacross.jsonl``: the same (seed 2415), by a two-hundred-and-ninety-first
   writer. Written and measured like the one before: 14 of 16 both times.
314. ``adversarial_eyeaside.jsonl``: the same (seed 2416), by a two-hundred-and-ninety-second
   writer. Written and measured like the one before: 10 of 16 both times.
315. ``adversarial_eyebehind.jsonl``: the same (seed 2417), by a two-hundred-and-ninety-third
   writer. Written and measured like the one before: 13 of 16 both times.
316. ``adversarial_eyebeyond.jsonl``: the same (seed 2418), by a two-hundred-and-ninety-fourth
   writer. Written and measured like the one before: 10 of 16 both times.
317. ``adversarial_eyedown.jsonl``: the same (seed 2419), by a two-hundred-and-ninety-fifth
   writer. Written and measured like the one before: 15 of 16 both times.
318. ``adversarial_eyeinto.jsonl``: the same (seed 2420), by a two-hundred-and-ninety-sixth
   writer. Written and measured like the one before: 15 of 16 both times.
319. ``adversarial_spotahead.jsonl``: the same (seed 2421), by a two-hundred-and-ninety-seventh
   writer. Written at the end of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code of the time and
   with the code at the round's start: 14 of 16 both times.
320. ``adversarial_spotabove.jsonl``: the same (seed 2422), by a two-hundred-and-ninety-eighth
   writer. Written and measured like the one before: 13 of 16 both times.
321. ``adversarial_spotacross.jsonl``: the same (seed 2423), by a two-hundred-and-ninety-ninth
   writer. Written and measured like the one before: 13 of 16 with the code of the time, 12
   with the code at the round's start.
322. ``adversarial_spotaside.jsonl``: the same (seed 2424), by a three-hundredth writer.
   Written and measured like the one before: 13 of 16 with the code of the time, 12 with the
   code at the round's start.
323. ``adversarial_spotbehind.jsonl``: the same (seed 2425), by a three-hundred-and-first
   writer. Written and measured like the one before: 13 of 16 both times.
324. ``adversarial_spotbeyond.jsonl``: the same (seed 2426), by a three-hundred-and-second
   writer. Written and measured like the one before: 11 of 16 with the code of the time, 12
   with the code at the round's start.
325. ``adversarial_spotdown.jsonl``: the same (seed 2427), by a three-hundred-and-third writer.
   Written and measured like the one before: 14 of 16 both times.
326. ``adversarial_spotinto.jsonl``: the same (seed 2428), by a three-hundred-and-fourth
   writer. Written and measured like the one before: 14 of 16 both times.
327. ``adversarial_markahead.jsonl``: the same (seed 2429), by a three-hundred-and-fifth
   writer. Written at the end of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code of the time and
   with the code at the round's start: 15 of 16 both times.
328. ``adversarial_markabove.jsonl``: the same (seed 2430), by a three-hundred-and-sixth
   writer. Written and measured like the one before: 12 of 16 both times.
329. ``adversarial_markacross.jsonl``: the same (seed 2431), by a three-hundred-and-seventh
   writer. Written and measured like the one before: 14 of 16 both times.
330. ``adversarial_markaside.jsonl``: the same (seed 2432), by a three-hundred-and-eighth
   writer. Written and measured like the one before: 15 of 16 both times.
331. ``adversarial_markbehind.jsonl``: the same (seed 2433), by a three-hundred-and-ninth
   writer. Written and measured like the one before: 13 of 16 both times.
332. ``adversarial_markbeyond.jsonl``: the same (seed 2434), by a three-hundred-and-tenth
   writer. Written and measured like the one before: 14 of 16 both times.
333. ``adversarial_markunder.jsonl``: the same (seed 2435), by a three-hundred-and-eleventh
   writer. Written and measured like the one before: 12 of 16 both times.
334. ``adversarial_markinto.jsonl``: the same (seed 2436), by a three-hundred-and-twelfth
   writer. Written and measured like the one before: 14 of 16 both times.
335. ``adversarial_noteahead.jsonl``: the same (seed 2437), by a three-hundred-and-thirteenth
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 16 of 16.
336. ``adversarial_noteabove.jsonl``: the same (seed 2438), by a three-hundred-and-fourteenth
   writer. Written and measured like the one before: 14 of 16.
337. ``adversarial_noteacross.jsonl``: the same (seed 2439), by a three-hundred-and-fifteenth
   writer. Written and measured like the one before: 15 of 16.
338. ``adversarial_noteaside.jsonl``: the same (seed 2440), by a three-hundred-and-sixteenth
   writer. Written and measured like the one before: 11 of 16.
339. ``adversarial_notebehind.jsonl``: the same (seed 2441), by a three-hundred-and-seventeenth
   writer. Written and measured like the one before: 11 of 16.
340. ``adversarial_notebeyond.jsonl``: the same (seed 2442), by a three-hundred-and-eighteenth
   writer. Written and measured like the one before: 14 of 16.
341. ``adversarial_noteunder.jsonl``: the same (seed 2443), by a three-hundred-and-nineteenth
   writer. Written and measured like the one before: 15 of 16.
342. ``adversarial_noteinto.jsonl``: the same (seed 2444), by a three-hundred-and-twentieth
   writer. Written and measured like the one before: 13 of 16.
343. ``adversarial_readahead.jsonl``: the same (seed 2445), by a three-hundred-and-twenty-first
   writer. Written in the round before, eight at a time from questions drawn at random,
   from the same brief, and measured blind with the code at that round's start; that round
   then read them and made fixes from them: 16 of 16 blind.
344. ``adversarial_readabove.jsonl``: the same (seed 2446), by a three-hundred-and-twenty-
   second writer. Written and measured like the one before: 14 of 16 blind.
345. ``adversarial_readacross.jsonl``: the same (seed 2447), by a three-hundred-and-twenty-
   third writer. Written and measured like the one before: 14 of 16 blind.
346. ``adversarial_readaside.jsonl``: the same (seed 2448), by a three-hundred-and-twenty-
   fourth writer. Written and measured like the one before: 14 of 16 blind.
347. ``adversarial_readbehind.jsonl``: the same (seed 2449), by a three-hundred-and-twenty-
   fifth writer. Written and measured like the one before: 13 of 16 blind.
348. ``adversarial_readbeyond.jsonl``: the same (seed 2450), by a three-hundred-and-twenty-
   sixth writer. Written and measured like the one before: 11 of 16 blind.
349. ``adversarial_readunder.jsonl``: the same (seed 2451), by a three-hundred-and-twenty-
   seventh writer. Written and measured like the one before: 15 of 16 blind.
350. ``adversarial_readinto.jsonl``: the same (seed 2452), by a three-hundred-and-twenty-eighth
   writer. Written and measured like the one before: 15 of 16 blind.
351. ``adversarial_skimahead.jsonl``: the same (seed 2453), by a three-hundred-and-twenty-ninth
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 14 of 16 blind.
352. ``adversarial_skimabove.jsonl``: the same (seed 2454), by a three-hundred-and-thirtieth
   writer. Written and measured like the one before: 12 of 16 blind.
353. ``adversarial_skimacross.jsonl``: the same (seed 2455), by a three-hundred-and-thirty-
   first writer. Written and measured like the one before: 14 of 16 blind.
354. ``adversarial_skimaside.jsonl``: the same (seed 2456), by a three-hundred-and-thirty-
   second writer. Written and measured like the one before: 14 of 16 blind.
355. ``adversarial_skimbehind.jsonl``: the same (seed 2457), by a three-hundred-and-thirty-
   third writer. Written and measured like the one before: 11 of 16 blind.
356. ``adversarial_skimbeyond.jsonl``: the same (seed 2458), by a three-hundred-and-thirty-
   fourth writer. Written and measured like the one before: 13 of 16 blind.
357. ``adversarial_skimunder.jsonl``: the same (seed 2459), by a three-hundred-and-thirty-fifth
   writer. Written and measured like the one before: 13 of 16 blind.
358. ``adversarial_skiminto.jsonl``: the same (seed 2460), by a three-hundred-and-thirty-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
359. ``adversarial_checkabove.jsonl``: the same (seed 2461), by a
   three-hundred-and-thirty-seventh writer. Written at the start of this round, eight at a time
   from questions drawn at random, from the same brief, and measured blind when they came in,
   with the code at the round's start: 13 of 16 blind.
360. ``adversarial_checkacross.jsonl``: the same (seed 2462), by a
   three-hundred-and-thirty-eighth writer. Written and measured like the one before: 14 of 16
   blind.
361. ``adversarial_checkahead.jsonl``: the same (seed 2463), by a three-hundred-and-thirty-ninth
   writer. Written and measured like the one before: 15 of 16 blind.
362. ``adversarial_checkaside.jsonl``: the same (seed 2464), by a three-hundred-and-fortieth
   writer. Written and measured like the one before: 15 of 16 blind.
363. ``adversarial_checkbehind.jsonl``: the same (seed 2465), by a three-hundred-and-forty-first
   writer. Written and measured like the one before: 15 of 16 blind.
364. ``adversarial_checkbelow.jsonl``: the same (seed 2466), by a three-hundred-and-forty-second
   writer. Written and measured like the one before: 15 of 16 blind.
365. ``adversarial_checkbeyond.jsonl``: the same (seed 2467), by a three-hundred-and-forty-third
   writer. Written and measured like the one before: 14 of 16 blind.
366. ``adversarial_checkinto.jsonl``: the same (seed 2468), by a three-hundred-and-forty-fourth
   writer. Written and measured like the one before: 16 of 16 blind.
367. ``adversarial_checkover.jsonl``: the same (seed 2469), by a three-hundred-and-forty-fifth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
368. ``adversarial_checkpast.jsonl``: the same (seed 2470), by a three-hundred-and-forty-sixth
   writer. Written and measured like the one before: 15 of 16 blind.
369. ``adversarial_checkthrough.jsonl``: the same (seed 2471), by a
   three-hundred-and-forty-seventh writer. Written and measured like the one before: 11 of 16
   blind.
370. ``adversarial_checkunder.jsonl``: the same (seed 2472), by a three-hundred-and-forty-eighth
   writer. Written and measured like the one before: 14 of 16 blind.
371. ``adversarial_checkwithin.jsonl``: the same (seed 2473), by a three-hundred-and-forty-ninth
   writer. Written and measured like the one before: 15 of 16 blind.
372. ``adversarial_checkalong.jsonl``: the same (seed 2474), by a three-hundred-and-fiftieth
   writer. Written and measured like the one before: 15 of 16 blind.
373. ``adversarial_checkaround.jsonl``: the same (seed 2475), by a three-hundred-and-fifty-first
   writer. Written and measured like the one before: 15 of 16 blind.
374. ``adversarial_checkbeside.jsonl``: the same (seed 2476), by a
   three-hundred-and-fifty-second writer. Written and measured like the one before: 13 of 16
   blind.
375. ``adversarial_scoutabove.jsonl``: the same (seed 2477), by a three-hundred-and-fifty-third
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 15 of 16 blind.
376. ``adversarial_scoutacross.jsonl``: the same (seed 2478), by a
   three-hundred-and-fifty-fourth writer. Written and measured like the one before: 13 of 16
   blind.
377. ``adversarial_scoutahead.jsonl``: the same (seed 2479), by a three-hundred-and-fifty-fifth
   writer. Written and measured like the one before: 12 of 16 blind.
378. ``adversarial_scoutaside.jsonl``: the same (seed 2480), by a three-hundred-and-fifty-sixth
   writer. Written and measured like the one before: 15 of 16 blind.
379. ``adversarial_scoutbehind.jsonl``: the same (seed 2481), by a
   three-hundred-and-fifty-seventh writer. Written and measured like the one before: 15 of 16
   blind.
380. ``adversarial_scoutbelow.jsonl``: the same (seed 2482), by a three-hundred-and-fifty-eighth
   writer. Written and measured like the one before: 15 of 16 blind.
381. ``adversarial_scoutbeyond.jsonl``: the same (seed 2483), by a three-hundred-and-fifty-ninth
   writer. Written and measured like the one before: 13 of 16 blind.
382. ``adversarial_scoutinto.jsonl``: the same (seed 2484), by a three-hundred-and-sixtieth
   writer. Written and measured like the one before: 16 of 16 blind.
383. ``adversarial_scoutover.jsonl``: the same (seed 2485), by a three-hundred-and-sixty-first
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
384. ``adversarial_scoutpast.jsonl``: the same (seed 2486), by a three-hundred-and-sixty-second
   writer. Written and measured like the one before: 14 of 16 blind.
385. ``adversarial_scoutthrough.jsonl``: the same (seed 2487), by a
   three-hundred-and-sixty-third writer. Written and measured like the one before: 14 of 16
   blind.
386. ``adversarial_scoutunder.jsonl``: the same (seed 2488), by a three-hundred-and-sixty-fourth
   writer. Written and measured like the one before: 13 of 16 blind.
387. ``adversarial_scoutwithin.jsonl``: the same (seed 2489), by a three-hundred-and-sixty-fifth
   writer. Written and measured like the one before: 15 of 16 blind.
388. ``adversarial_scoutalong.jsonl``: the same (seed 2490), by a three-hundred-and-sixty-sixth
   writer. Written and measured like the one before: 13 of 16 blind.
389. ``adversarial_scoutaround.jsonl``: the same (seed 2491), by a
   three-hundred-and-sixty-seventh writer. Written and measured like the one before: 15 of 16
   blind.
390. ``adversarial_scoutbeside.jsonl``: the same (seed 2492), by a
   three-hundred-and-sixty-eighth writer. Written and measured like the one before: 15 of 16
   blind.
391. ``adversarial_surveyabove.jsonl``: the same (seed 2493), by a three-hundred-and-sixty-ninth
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 14 of 16 blind.
392. ``adversarial_surveyacross.jsonl``: the same (seed 2494), by a three-hundred-and-seventieth
   writer. Written and measured like the one before: 12 of 16 blind.
393. ``adversarial_surveyahead.jsonl``: the same (seed 2495), by a
   three-hundred-and-seventy-first writer. Written and measured like the one before: 14 of 16
   blind.
394. ``adversarial_surveyaside.jsonl``: the same (seed 2496), by a
   three-hundred-and-seventy-second writer. Written and measured like the one before: 12 of 16
   blind.
395. ``adversarial_surveybehind.jsonl``: the same (seed 2497), by a
   three-hundred-and-seventy-third writer. Written and measured like the one before: 16 of 16
   blind.
396. ``adversarial_surveybelow.jsonl``: the same (seed 2498), by a
   three-hundred-and-seventy-fourth writer. Written and measured like the one before: 12 of 16
   blind.
397. ``adversarial_surveybeyond.jsonl``: the same (seed 2499), by a
   three-hundred-and-seventy-fifth writer. Written and measured like the one before: 15 of 16
   blind.
398. ``adversarial_surveyinto.jsonl``: the same (seed 2500), by a
   three-hundred-and-seventy-sixth writer. Written and measured like the one before: 16 of 16
   blind.
399. ``adversarial_surveyover.jsonl``: the same (seed 2501), by a
   three-hundred-and-seventy-seventh writer. Written later in this round, eight at a time from
   questions drawn at random, from the same brief, and measured blind when they came in, with
   the code of that moment: 16 of 16 blind.
400. ``adversarial_surveypast.jsonl``: the same (seed 2502), by a
   three-hundred-and-seventy-eighth writer. Written and measured like the one before: 13 of 16
   blind.
401. ``adversarial_surveythrough.jsonl``: the same (seed 2503), by a
   three-hundred-and-seventy-ninth writer. Written and measured like the one before: 14 of 16
   blind.
402. ``adversarial_surveyunder.jsonl``: the same (seed 2504), by a three-hundred-and-eightieth
   writer. Written and measured like the one before: 14 of 16 blind.
403. ``adversarial_surveywithin.jsonl``: the same (seed 2505), by a
   three-hundred-and-eighty-first writer. Written and measured like the one before: 15 of 16
   blind.
404. ``adversarial_surveyalong.jsonl``: the same (seed 2506), by a
   three-hundred-and-eighty-second writer. Written and measured like the one before: 13 of 16
   blind.
405. ``adversarial_surveyaround.jsonl``: the same (seed 2507), by a
   three-hundred-and-eighty-third writer. Written and measured like the one before: 15 of 16
   blind.
406. ``adversarial_surveybeside.jsonl``: the same (seed 2508), by a
   three-hundred-and-eighty-fourth writer. Written and measured like the one before: 12 of 16
   blind.
407. ``adversarial_surveyafar.jsonl``: the same (seed 2509), by a three-hundred-and-eighty-fifth
   writer. Written last in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 14 of 16
   blind.
408. ``adversarial_surveyamid.jsonl``: the same (seed 2510), by a three-hundred-and-eighty-sixth
   writer. Written and measured like the one before: 13 of 16 blind.
409. ``adversarial_surveyanew.jsonl``: the same (seed 2511), by a
   three-hundred-and-eighty-seventh writer. Written and measured like the one before: 13 of 16
   blind.
410. ``adversarial_surveyaway.jsonl``: the same (seed 2512), by a
   three-hundred-and-eighty-eighth writer. Written and measured like the one before: 16 of 16
   blind.
411. ``adversarial_surveyback.jsonl``: the same (seed 2513), by a three-hundred-and-eighty-ninth
   writer. Written and measured like the one before: 13 of 16 blind.
412. ``adversarial_surveydown.jsonl``: the same (seed 2514), by a three-hundred-and-ninetieth
   writer. Written and measured like the one before: 14 of 16 blind.
413. ``adversarial_surveyforward.jsonl``: the same (seed 2515), by a
   three-hundred-and-ninety-first writer. Written and measured like the one before: 11 of 16
   blind.
414. ``adversarial_surveyup.jsonl``: the same (seed 2516), by a three-hundred-and-ninety-second
   writer. Written and measured like the one before: 11 of 16 blind.
415. ``adversarial_probeabove.jsonl``: the same (seed 2517), by a three-hundred-and-ninety-third
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 15 of 16 blind.
416. ``adversarial_probeacross.jsonl``: the same (seed 2518), by a
   three-hundred-and-ninety-fourth writer. Written and measured like the one before: 13 of 16
   blind.
417. ``adversarial_probeahead.jsonl``: the same (seed 2519), by a three-hundred-and-ninety-fifth
   writer. Written and measured like the one before: 16 of 16 blind.
418. ``adversarial_probeaside.jsonl``: the same (seed 2520), by a three-hundred-and-ninety-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
419. ``adversarial_probebehind.jsonl``: the same (seed 2521), by a
   three-hundred-and-ninety-seventh writer. Written and measured like the one before: 12 of 16
   blind.
420. ``adversarial_probebelow.jsonl``: the same (seed 2522), by a
   three-hundred-and-ninety-eighth writer. Written and measured like the one before: 14 of 16
   blind.
421. ``adversarial_probebeyond.jsonl``: the same (seed 2523), by a
   three-hundred-and-ninety-ninth writer. Written and measured like the one before: 14 of 16
   blind.
422. ``adversarial_probeinto.jsonl``: the same (seed 2524), by a four-hundredth writer. Written
   and measured like the one before: 16 of 16 blind.
423. ``adversarial_probeover.jsonl``: the same (seed 2525), by a four-hundred-and-first writer.
   Written later in this round, eight at a time from questions drawn at random, from the same
   brief, and measured blind when they came in, with the code of that moment: 16 of 16 blind.
424. ``adversarial_probepast.jsonl``: the same (seed 2526), by a four-hundred-and-second writer.
   Written and measured like the one before: 15 of 16 blind.
425. ``adversarial_probethrough.jsonl``: the same (seed 2527), by a four-hundred-and-third
   writer. Written and measured like the one before: 13 of 16 blind.
426. ``adversarial_probeunder.jsonl``: the same (seed 2528), by a four-hundred-and-fourth
   writer. Written and measured like the one before: 15 of 16 blind.
427. ``adversarial_probewithin.jsonl``: the same (seed 2529), by a four-hundred-and-fifth
   writer. Written and measured like the one before: 16 of 16 blind.
428. ``adversarial_probealong.jsonl``: the same (seed 2530), by a four-hundred-and-sixth writer.
   Written and measured like the one before: 15 of 16 blind.
429. ``adversarial_probearound.jsonl``: the same (seed 2531), by a four-hundred-and-seventh
   writer. Written and measured like the one before: 14 of 16 blind.
430. ``adversarial_probebeside.jsonl``: the same (seed 2532), by a four-hundred-and-eighth
   writer. Written and measured like the one before: 12 of 16 blind.
431. ``adversarial_probeafar.jsonl``: the same (seed 2533), by a four-hundred-and-ninth writer.
   Written later in this round, eight at a time from questions drawn at random, from the same
   brief, and measured blind when they came in, with the code of that moment: 14 of 16 blind.
432. ``adversarial_probeamid.jsonl``: the same (seed 2534), by a four-hundred-and-tenth writer.
   Written and measured like the one before: 14 of 16 blind.
433. ``adversarial_probeanew.jsonl``: the same (seed 2535), by a four-hundred-and-eleventh
   writer. Written and measured like the one before: 16 of 16 blind.
434. ``adversarial_probeaway.jsonl``: the same (seed 2536), by a four-hundred-and-twelfth
   writer. Written and measured like the one before: 14 of 16 blind.
435. ``adversarial_probeback.jsonl``: the same (seed 2537), by a four-hundred-and-thirteenth
   writer. Written and measured like the one before: 15 of 16 blind.
436. ``adversarial_probedown.jsonl``: the same (seed 2538), by a four-hundred-and-fourteenth
   writer. Written and measured like the one before: 15 of 16 blind.
437. ``adversarial_probeforward.jsonl``: the same (seed 2539), by a four-hundred-and-fifteenth
   writer. Written and measured like the one before: 9 of 16 blind.
438. ``adversarial_probeup.jsonl``: the same (seed 2540), by a four-hundred-and-sixteenth
   writer. Written and measured like the one before: 14 of 16 blind.
439. ``adversarial_traceabove.jsonl``: the same (seed 2541), by a four-hundred-and-seventeenth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 15 of 16
   blind.
440. ``adversarial_traceacross.jsonl``: the same (seed 2542), by a four-hundred-and-eighteenth
   writer. Written and measured like the one before: 15 of 16 blind.
441. ``adversarial_traceahead.jsonl``: the same (seed 2543), by a four-hundred-and-nineteenth
   writer. Written and measured like the one before: 16 of 16 blind.
442. ``adversarial_traceaside.jsonl``: the same (seed 2544), by a four-hundred-and-twentieth
   writer. Written and measured like the one before: 15 of 16 blind.
443. ``adversarial_tracebehind.jsonl``: the same (seed 2545), by a four-hundred-and-twenty-first
   writer. Written and measured like the one before: 15 of 16 blind.
444. ``adversarial_tracebelow.jsonl``: the same (seed 2546), by a four-hundred-and-twenty-second
   writer. Written and measured like the one before: 13 of 16 blind.
445. ``adversarial_tracebeyond.jsonl``: the same (seed 2547), by a four-hundred-and-twenty-third
   writer. Written and measured like the one before: 12 of 16 blind.
446. ``adversarial_traceinto.jsonl``: the same (seed 2548), by a four-hundred-and-twenty-fourth
   writer. Written and measured like the one before: 14 of 16 blind.
447. ``adversarial_traceover.jsonl``: the same (seed 2549), by a four-hundred-and-twenty-fifth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 15 of 16
   blind.
448. ``adversarial_tracepast.jsonl``: the same (seed 2550), by a four-hundred-and-twenty-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
449. ``adversarial_tracethrough.jsonl``: the same (seed 2551), by a
   four-hundred-and-twenty-seventh writer. Written and measured like the one before: 15 of 16
   blind.
450. ``adversarial_traceunder.jsonl``: the same (seed 2552), by a four-hundred-and-twenty-eighth
   writer. Written and measured like the one before: 14 of 16 blind.
451. ``adversarial_tracewithin.jsonl``: the same (seed 2553), by a four-hundred-and-twenty-ninth
   writer. Written and measured like the one before: 15 of 16 blind.
452. ``adversarial_tracealong.jsonl``: the same (seed 2554), by a four-hundred-and-thirtieth
   writer. Written and measured like the one before: 14 of 16 blind.
453. ``adversarial_tracearound.jsonl``: the same (seed 2555), by a four-hundred-and-thirty-first
   writer. Written and measured like the one before: 15 of 16 blind.
454. ``adversarial_tracebeside.jsonl``: the same (seed 2556), by a
   four-hundred-and-thirty-second writer. Written and measured like the one before: 15 of 16
   blind.
455. ``adversarial_traceafar.jsonl``: the same (seed 2557), by a four-hundred-and-thirty-third
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
456. ``adversarial_traceamid.jsonl``: the same (seed 2558), by a four-hundred-and-thirty-fourth
   writer. Written and measured like the one before: 13 of 16 blind.
457. ``adversarial_traceanew.jsonl``: the same (seed 2559), by a four-hundred-and-thirty-fifth
   writer. Written and measured like the one before: 14 of 16 blind.
458. ``adversarial_traceaway.jsonl``: the same (seed 2560), by a four-hundred-and-thirty-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
459. ``adversarial_traceback.jsonl``: the same (seed 2561), by a four-hundred-and-thirty-seventh
   writer. Written and measured like the one before: 16 of 16 blind.
460. ``adversarial_tracedown.jsonl``: the same (seed 2562), by a four-hundred-and-thirty-eighth
   writer. Written and measured like the one before: 13 of 16 blind.
461. ``adversarial_traceforward.jsonl``: the same (seed 2563), by a
   four-hundred-and-thirty-ninth writer. Written and measured like the one before: 15 of 16
   blind.
462. ``adversarial_traceup.jsonl``: the same (seed 2564), by a four-hundred-and-fortieth writer.
   Written and measured like the one before: 14 of 16 blind.
463. ``adversarial_sweepabove.jsonl``: the same (seed 2573), by a four-hundred-and-forty-first
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 15 of 16 blind.
464. ``adversarial_sweepacross.jsonl``: the same (seed 2574), by a four-hundred-and-forty-second
   writer. Written and measured like the one before: 13 of 16 blind.
465. ``adversarial_sweepahead.jsonl``: the same (seed 2575), by a four-hundred-and-forty-third
   writer. Written and measured like the one before: 16 of 16 blind.
466. ``adversarial_sweepaside.jsonl``: the same (seed 2576), by a four-hundred-and-forty-fourth
   writer. Written and measured like the one before: 13 of 16 blind.
467. ``adversarial_sweepbehind.jsonl``: the same (seed 2577), by a four-hundred-and-forty-fifth
   writer. Written and measured like the one before: 13 of 16 blind.
468. ``adversarial_sweepbelow.jsonl``: the same (seed 2578), by a four-hundred-and-forty-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
469. ``adversarial_sweepbeyond.jsonl``: the same (seed 2579), by a
   four-hundred-and-forty-seventh writer. Written and measured like the one before: 16 of 16
   blind.
470. ``adversarial_sweepinto.jsonl``: the same (seed 2580), by a four-hundred-and-forty-eighth
   writer. Written and measured like the one before: 14 of 16 blind.
471. ``adversarial_sweepover.jsonl``: the same (seed 2581), by a four-hundred-and-forty-ninth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 12 of 16
   blind.
472. ``adversarial_sweeppast.jsonl``: the same (seed 2582), by a four-hundred-and-fiftieth
   writer. Written and measured like the one before: 14 of 16 blind.
473. ``adversarial_sweepthrough.jsonl``: the same (seed 2583), by a four-hundred-and-fifty-first
   writer. Written and measured like the one before: 15 of 16 blind.
474. ``adversarial_sweepunder.jsonl``: the same (seed 2584), by a four-hundred-and-fifty-second
   writer. Written and measured like the one before: 16 of 16 blind.
475. ``adversarial_sweepwithin.jsonl``: the same (seed 2585), by a four-hundred-and-fifty-third
   writer. Written and measured like the one before: 15 of 16 blind.
476. ``adversarial_sweepalong.jsonl``: the same (seed 2586), by a four-hundred-and-fifty-fourth
   writer. Written and measured like the one before: 14 of 16 blind.
477. ``adversarial_sweeparound.jsonl``: the same (seed 2587), by a four-hundred-and-fifty-fifth
   writer. Written and measured like the one before: 16 of 16 blind.
478. ``adversarial_sweepbeside.jsonl``: the same (seed 2588), by a four-hundred-and-fifty-sixth
   writer. Written and measured like the one before: 13 of 16 blind.
479. ``adversarial_sweepafar.jsonl``: the same (seed 2589), by a four-hundred-and-fifty-seventh
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 15 of 16
   blind.
480. ``adversarial_sweepamid.jsonl``: the same (seed 2590), by a four-hundred-and-fifty-eighth
   writer. Written and measured like the one before: 15 of 16 blind.
481. ``adversarial_sweepanew.jsonl``: the same (seed 2591), by a four-hundred-and-fifty-ninth
   writer. Written and measured like the one before: 13 of 16 blind.
482. ``adversarial_sweepaway.jsonl``: the same (seed 2592), by a four-hundred-and-sixtieth
   writer. Written and measured like the one before: 13 of 16 blind.
483. ``adversarial_sweepback.jsonl``: the same (seed 2593), by a four-hundred-and-sixty-first
   writer. Written and measured like the one before: 14 of 16 blind.
484. ``adversarial_sweepdown.jsonl``: the same (seed 2594), by a four-hundred-and-sixty-second
   writer. Written and measured like the one before: 15 of 16 blind.
485. ``adversarial_sweepforward.jsonl``: the same (seed 2595), by a four-hundred-and-sixty-third
   writer. Written and measured like the one before: 15 of 16 blind.
486. ``adversarial_sweepup.jsonl``: the same (seed 2596), by a four-hundred-and-sixty-fourth
   writer. Written and measured like the one before: 13 of 16 blind.
487. ``adversarial_trackabove.jsonl``: the same (seed 2597), by a four-hundred-and-sixty-fifth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 14 of 16
   blind.
488. ``adversarial_trackacross.jsonl``: the same (seed 2598), by a four-hundred-and-sixty-sixth
   writer. Written and measured like the one before: 13 of 16 blind.
489. ``adversarial_trackahead.jsonl``: the same (seed 2599), by a four-hundred-and-sixty-seventh
   writer. Written and measured like the one before: 16 of 16 blind.
490. ``adversarial_trackaside.jsonl``: the same (seed 2600), by a four-hundred-and-sixty-eighth
   writer. Written and measured like the one before: 15 of 16 blind.
491. ``adversarial_trackbehind.jsonl``: the same (seed 2601), by a four-hundred-and-sixty-ninth
   writer. Written and measured like the one before: 14 of 16 blind.
492. ``adversarial_trackbelow.jsonl``: the same (seed 2602), by a four-hundred-and-seventieth
   writer. Written and measured like the one before: 16 of 16 blind.
493. ``adversarial_trackbeyond.jsonl``: the same (seed 2603), by a
   four-hundred-and-seventy-first writer. Written and measured like the one before: 14 of 16
   blind.
494. ``adversarial_trackinto.jsonl``: the same (seed 2604), by a four-hundred-and-seventy-second
   writer. Written and measured like the one before: 14 of 16 blind.
495. ``adversarial_trackover.jsonl``: the same (seed 2605), by a four-hundred-and-seventy-third
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
496. ``adversarial_trackpast.jsonl``: the same (seed 2606), by a four-hundred-and-seventy-fourth
   writer. Written and measured like the one before: 16 of 16 blind.
497. ``adversarial_trackthrough.jsonl``: the same (seed 2607), by a
   four-hundred-and-seventy-fifth writer. Written and measured like the one before: 15 of 16
   blind.
498. ``adversarial_trackunder.jsonl``: the same (seed 2608), by a four-hundred-and-seventy-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
499. ``adversarial_trackwithin.jsonl``: the same (seed 2609), by a
   four-hundred-and-seventy-seventh writer. Written and measured like the one before: 15 of 16
   blind.
500. ``adversarial_trackalong.jsonl``: the same (seed 2610), by a
   four-hundred-and-seventy-eighth writer. Written and measured like the one before: 13 of 16
   blind.
501. ``adversarial_trackaround.jsonl``: the same (seed 2611), by a
   four-hundred-and-seventy-ninth writer. Written and measured like the one before: 15 of 16
   blind.
502. ``adversarial_trackbeside.jsonl``: the same (seed 2612), by a four-hundred-and-eightieth
   writer. Written and measured like the one before: 15 of 16 blind.
503. ``adversarial_trackafar.jsonl``: the same (seed 2613), by a four-hundred-and-eighty-first
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 16 of 16
   blind.
504. ``adversarial_trackamid.jsonl``: the same (seed 2614), by a four-hundred-and-eighty-second
   writer. Written and measured like the one before: 14 of 16 blind.
505. ``adversarial_trackanew.jsonl``: the same (seed 2615), by a four-hundred-and-eighty-third
   writer. Written and measured like the one before: 14 of 16 blind.
506. ``adversarial_trackaway.jsonl``: the same (seed 2616), by a four-hundred-and-eighty-fourth
   writer. Written and measured like the one before: 14 of 16 blind.
507. ``adversarial_trackback.jsonl``: the same (seed 2617), by a four-hundred-and-eighty-fifth
   writer. Written and measured like the one before: 15 of 16 blind.
508. ``adversarial_trackdown.jsonl``: the same (seed 2618), by a four-hundred-and-eighty-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
509. ``adversarial_trackforward.jsonl``: the same (seed 2619), by a
   four-hundred-and-eighty-seventh writer. Written and measured like the one before: 16 of 16
   blind.
510. ``adversarial_trackup.jsonl``: the same (seed 2620), by a four-hundred-and-eighty-eighth
   writer. Written and measured like the one before: 13 of 16 blind.
511. ``adversarial_seekabove.jsonl``: the same (seed 2629), by a four-hundred-and-eighty-ninth
   writer. Written at the start of this round, eight at a time from questions drawn at random,
   from the same brief, and measured blind when they came in, with the code at the round's
   start: 16 of 16 blind.
512. ``adversarial_seekacross.jsonl``: the same (seed 2630), by a four-hundred-and-ninetieth
   writer. Written and measured like the one before: 15 of 16 blind.
513. ``adversarial_seekahead.jsonl``: the same (seed 2631), by a four-hundred-and-ninety-first
   writer. Written and measured like the one before: 14 of 16 blind.
514. ``adversarial_seekaside.jsonl``: the same (seed 2632), by a four-hundred-and-ninety-second
   writer. Written and measured like the one before: 15 of 16 blind.
515. ``adversarial_seekbehind.jsonl``: the same (seed 2633), by a four-hundred-and-ninety-third
   writer. Written and measured like the one before: 14 of 16 blind.
516. ``adversarial_seekbelow.jsonl``: the same (seed 2634), by a four-hundred-and-ninety-fourth
   writer. Written and measured like the one before: 16 of 16 blind.
517. ``adversarial_seekbeyond.jsonl``: the same (seed 2635), by a four-hundred-and-ninety-fifth
   writer. Written and measured like the one before: 13 of 16 blind.
518. ``adversarial_seekinto.jsonl``: the same (seed 2636), by a four-hundred-and-ninety-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
519. ``adversarial_seekover.jsonl``: the same (seed 2637), by a four-hundred-and-ninety-seventh
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
520. ``adversarial_seekpast.jsonl``: the same (seed 2638), by a four-hundred-and-ninety-eighth
   writer. Written and measured like the one before: 14 of 16 blind.
521. ``adversarial_seekthrough.jsonl``: the same (seed 2639), by a four-hundred-and-ninety-ninth
   writer. Written and measured like the one before: 13 of 16 blind.
522. ``adversarial_seekunder.jsonl``: the same (seed 2640), by a five-hundredth writer. Written
   and measured like the one before: 15 of 16 blind.
523. ``adversarial_seekwithin.jsonl``: the same (seed 2641), by a five-hundred-and-first writer.
   Written and measured like the one before: 13 of 16 blind.
524. ``adversarial_seekalong.jsonl``: the same (seed 2642), by a five-hundred-and-second writer.
   Written and measured like the one before: 14 of 16 blind.
525. ``adversarial_seekaround.jsonl``: the same (seed 2643), by a five-hundred-and-third writer.
   Written and measured like the one before: 14 of 16 blind.
526. ``adversarial_seekbeside.jsonl``: the same (seed 2644), by a five-hundred-and-fourth
   writer. Written and measured like the one before: 14 of 16 blind.
527. ``adversarial_seekafar.jsonl``: the same (seed 2645), by a five-hundred-and-fifth writer.
   Written later in this round, eight at a time from questions drawn at random, from the same
   brief, and measured blind when they came in, with the code of that moment: 15 of 16 blind.
528. ``adversarial_seekamid.jsonl``: the same (seed 2646), by a five-hundred-and-sixth writer.
   Written and measured like the one before: 15 of 16 blind.
529. ``adversarial_seekanew.jsonl``: the same (seed 2647), by a five-hundred-and-seventh writer.
   Written and measured like the one before: 12 of 16 blind.
530. ``adversarial_seekaway.jsonl``: the same (seed 2648), by a five-hundred-and-eighth writer.
   Written and measured like the one before: 11 of 16 blind.
531. ``adversarial_seekback.jsonl``: the same (seed 2649), by a five-hundred-and-ninth writer.
   Written and measured like the one before: 15 of 16 blind.
532. ``adversarial_seekdown.jsonl``: the same (seed 2650), by a five-hundred-and-tenth writer.
   Written and measured like the one before: 15 of 16 blind.
533. ``adversarial_seekforward.jsonl``: the same (seed 2651), by a five-hundred-and-eleventh
   writer. Written and measured like the one before: 16 of 16 blind.
534. ``adversarial_seekup.jsonl``: the same (seed 2652), by a five-hundred-and-twelfth writer.
   Written and measured like the one before: 14 of 16 blind.
535. ``adversarial_huntabove.jsonl``: the same (seed 2653), by a five-hundred-and-thirteenth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 15 of 16
   blind.
536. ``adversarial_huntacross.jsonl``: the same (seed 2654), by a five-hundred-and-fourteenth
   writer. Written and measured like the one before: 15 of 16 blind.
537. ``adversarial_huntahead.jsonl``: the same (seed 2655), by a five-hundred-and-fifteenth
   writer. Written and measured like the one before: 15 of 16 blind.
538. ``adversarial_huntaside.jsonl``: the same (seed 2656), by a five-hundred-and-sixteenth
   writer. Written and measured like the one before: 15 of 16 blind.
539. ``adversarial_huntbehind.jsonl``: the same (seed 2657), by a five-hundred-and-seventeenth
   writer. Written and measured like the one before: 16 of 16 blind.
540. ``adversarial_huntbelow.jsonl``: the same (seed 2658), by a five-hundred-and-eighteenth
   writer. Written and measured like the one before: 14 of 16 blind.
541. ``adversarial_huntbeyond.jsonl``: the same (seed 2659), by a five-hundred-and-nineteenth
   writer. Written and measured like the one before: 15 of 16 blind.
542. ``adversarial_huntinto.jsonl``: the same (seed 2660), by a five-hundred-and-twentieth
   writer. Written and measured like the one before: 15 of 16 blind.
543. ``adversarial_huntover.jsonl``: the same (seed 2661), by a five-hundred-and-twenty-first
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
544. ``adversarial_huntpast.jsonl``: the same (seed 2662), by a five-hundred-and-twenty-second
   writer. Written and measured like the one before: 15 of 16 blind.
545. ``adversarial_huntthrough.jsonl``: the same (seed 2663), by a five-hundred-and-twenty-third
   writer. Written and measured like the one before: 14 of 16 blind.
546. ``adversarial_huntunder.jsonl``: the same (seed 2664), by a five-hundred-and-twenty-fourth
   writer. Written and measured like the one before: 13 of 16 blind.
547. ``adversarial_huntwithin.jsonl``: the same (seed 2665), by a five-hundred-and-twenty-fifth
   writer. Written and measured like the one before: 14 of 16 blind.
548. ``adversarial_huntalong.jsonl``: the same (seed 2666), by a five-hundred-and-twenty-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
549. ``adversarial_huntaround.jsonl``: the same (seed 2667), by a
   five-hundred-and-twenty-seventh writer. Written and measured like the one before: 16 of 16
   blind.
550. ``adversarial_huntbeside.jsonl``: the same (seed 2668), by a five-hundred-and-twenty-eighth
   writer. Written and measured like the one before: 16 of 16 blind.
551. ``adversarial_huntafar.jsonl``: the same (seed 2669), by a five-hundred-and-twenty-ninth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 15 of 16
   blind.
552. ``adversarial_huntamid.jsonl``: the same (seed 2670), by a five-hundred-and-thirtieth
   writer. Written and measured like the one before: 14 of 16 blind.
553. ``adversarial_huntanew.jsonl``: the same (seed 2671), by a five-hundred-and-thirty-first
   writer. Written and measured like the one before: 15 of 16 blind.
554. ``adversarial_huntaway.jsonl``: the same (seed 2672), by a five-hundred-and-thirty-second
   writer. Written and measured like the one before: 16 of 16 blind.
555. ``adversarial_huntback.jsonl``: the same (seed 2673), by a five-hundred-and-thirty-third
   writer. Written and measured like the one before: 14 of 16 blind.
556. ``adversarial_huntdown.jsonl``: the same (seed 2674), by a five-hundred-and-thirty-fourth
   writer. Written and measured like the one before: 15 of 16 blind.
557. ``adversarial_huntforward.jsonl``: the same (seed 2675), by a five-hundred-and-thirty-fifth
   writer. Written and measured like the one before: 15 of 16 blind.
558. ``adversarial_huntup.jsonl``: the same (seed 2676), by a five-hundred-and-thirty-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
559. ``adversarial_scourabove.jsonl``: the same (seed 2685), by a
   five-hundred-and-thirty-seventh writer. Written at the start of this round, eight at a time
   from questions drawn at random, from the same brief, and measured blind when they came in,
   with the code at the round's start: 15 of 16 blind.
560. ``adversarial_scouracross.jsonl``: the same (seed 2686), by a
   five-hundred-and-thirty-eighth writer. Written and measured like the one before: 15 of 16
   blind.
561. ``adversarial_scourahead.jsonl``: the same (seed 2687), by a five-hundred-and-thirty-ninth
   writer. Written and measured like the one before: 15 of 16 blind.
562. ``adversarial_scouraside.jsonl``: the same (seed 2688), by a five-hundred-and-fortieth
   writer. Written and measured like the one before: 14 of 16 blind.
563. ``adversarial_scourbehind.jsonl``: the same (seed 2689), by a five-hundred-and-forty-first
   writer. Written and measured like the one before: 12 of 16 blind.
564. ``adversarial_scourbelow.jsonl``: the same (seed 2690), by a five-hundred-and-forty-second
   writer. Written and measured like the one before: 16 of 16 blind.
565. ``adversarial_scourbeyond.jsonl``: the same (seed 2691), by a five-hundred-and-forty-third
   writer. Written and measured like the one before: 16 of 16 blind.
566. ``adversarial_scourinto.jsonl``: the same (seed 2692), by a five-hundred-and-forty-fourth
   writer. Written and measured like the one before: 15 of 16 blind.
567. ``adversarial_scourover.jsonl``: the same (seed 2693), by a five-hundred-and-forty-fifth
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 14 of 16
   blind.
568. ``adversarial_scourpast.jsonl``: the same (seed 2694), by a five-hundred-and-forty-sixth
   writer. Written and measured like the one before: 14 of 16 blind.
569. ``adversarial_scourthrough.jsonl``: the same (seed 2695), by a
   five-hundred-and-forty-seventh writer. Written and measured like the one before: 16 of 16
   blind.
570. ``adversarial_scourunder.jsonl``: the same (seed 2696), by a five-hundred-and-forty-eighth
   writer. Written and measured like the one before: 13 of 16 blind.
571. ``adversarial_scourwithin.jsonl``: the same (seed 2697), by a five-hundred-and-forty-ninth
   writer. Written and measured like the one before: 16 of 16 blind.
572. ``adversarial_scouralong.jsonl``: the same (seed 2698), by a five-hundred-and-fiftieth
   writer. Written and measured like the one before: 15 of 16 blind.
573. ``adversarial_scouraround.jsonl``: the same (seed 2699), by a five-hundred-and-fifty-first
   writer. Written and measured like the one before: 15 of 16 blind.
574. ``adversarial_scourbeside.jsonl``: the same (seed 2700), by a five-hundred-and-fifty-second
   writer. Written and measured like the one before: 15 of 16 blind.
575. ``adversarial_scourafar.jsonl``: the same (seed 2701), by a five-hundred-and-fifty-third
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 13 of 16
   blind.
576. ``adversarial_scouramid.jsonl``: the same (seed 2702), by a five-hundred-and-fifty-fourth
   writer. Written and measured like the one before: 15 of 16 blind.
577. ``adversarial_scouranew.jsonl``: the same (seed 2703), by a five-hundred-and-fifty-fifth
   writer. Written and measured like the one before: 15 of 16 blind.
578. ``adversarial_scouraway.jsonl``: the same (seed 2704), by a five-hundred-and-fifty-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
579. ``adversarial_scourback.jsonl``: the same (seed 2705), by a five-hundred-and-fifty-seventh
   writer. Written and measured like the one before: 13 of 16 blind.
580. ``adversarial_scourdown.jsonl``: the same (seed 2706), by a five-hundred-and-fifty-eighth
   writer. Written and measured like the one before: 16 of 16 blind.
581. ``adversarial_scourforward.jsonl``: the same (seed 2707), by a five-hundred-and-fifty-ninth
   writer. Written and measured like the one before: 13 of 16 blind.
582. ``adversarial_scourup.jsonl``: the same (seed 2708), by a five-hundred-and-sixtieth writer.
   Written and measured like the one before: 14 of 16 blind.
583. ``adversarial_questabove.jsonl``: the same (seed 2717), by a five-hundred-and-sixty-first
   writer. Written later in this round, eight at a time from questions drawn at random, from the
   same brief, and measured blind when they came in, with the code of that moment: 16 of 16
   blind.
584. ``adversarial_questacross.jsonl``: the same (seed 2718), by a five-hundred-and-sixty-second
   writer. Written and measured like the one before: 15 of 16 blind.
585. ``adversarial_questahead.jsonl``: the same (seed 2719), by a five-hundred-and-sixty-third
   writer. Written and measured like the one before: 16 of 16 blind.
586. ``adversarial_questaside.jsonl``: the same (seed 2720), by a five-hundred-and-sixty-fourth
   writer. Written and measured like the one before: 14 of 16 blind.
587. ``adversarial_questbehind.jsonl``: the same (seed 2721), by a five-hundred-and-sixty-fifth
   writer. Written and measured like the one before: 14 of 16 blind.
588. ``adversarial_questbelow.jsonl``: the same (seed 2722), by a five-hundred-and-sixty-sixth
   writer. Written and measured like the one before: 16 of 16 blind.
589. ``adversarial_questbeyond.jsonl``: the same (seed 2723), by a
   five-hundred-and-sixty-seventh writer. Written and measured like the one before: 15 of 16
   blind.
590. ``adversarial_questinto.jsonl``: the same (seed 2724), by a five-hundred-and-sixty-eighth
   writer. Written and measured like the one before: 16 of 16 blind.
591. ``adversarial_questover.jsonl``: the same kinds for 16 questions drawn at random (seed
   2725), by a five-hundred-and-sixty-ninth writer, from a brief written again this round, and
   measured blind when they came in, with the code at the start of the round: 14 of 16 blind.
592. ``adversarial_questpast.jsonl``: the same (seed 2726), by a five-hundred-and-seventieth
   writer. Written and measured like the one before: 15 of 16 blind.
593. ``adversarial_questthrough.jsonl``: the same (seed 2727), by a
   five-hundred-and-seventy-first writer. Written and measured like the one before: 16 of 16 blind.
594. ``adversarial_questunder.jsonl``: the same (seed 2728), by a
   five-hundred-and-seventy-second writer. Written and measured like the one before: 13 of 16 blind.
595. ``adversarial_questwithin.jsonl``: the same (seed 2729), by a
   five-hundred-and-seventy-third writer. Written and measured like the one before: 14 of 16 blind.
596. ``adversarial_questalong.jsonl``: the same (seed 2730), by a
   five-hundred-and-seventy-fourth writer. Written and measured like the one before: 11 of 16 blind.
597. ``adversarial_questaround.jsonl``: the same (seed 2731), by a
   five-hundred-and-seventy-fifth writer. Written and measured like the one before: 15 of 16 blind.
598. ``adversarial_questbeside.jsonl``: the same (seed 2732), by a
   five-hundred-and-seventy-sixth writer. Written and measured like the one before: 16 of 16 blind.
599. ``adversarial_questafar.jsonl``: the same (seed 2733), by a
   five-hundred-and-seventy-seventh writer, from the same brief; held out while the rules
   from the eight before were made, and measured blind with the code at the round's start
   and with those rules: 14 of 16 both times.
600. ``adversarial_questamid.jsonl``: the same (seed 2734), by a
   five-hundred-and-seventy-eighth writer. Written and measured like the one before: 12 of 16 blind.
601. ``adversarial_questanew.jsonl``: the same (seed 2735), by a
   five-hundred-and-seventy-ninth writer. Written and measured like the one before: 14 of 16 blind.
602. ``adversarial_questaway.jsonl``: the same (seed 2736), by a
   five-hundred-and-eightieth writer. Written and measured like the one before: 16 of 16 blind.
603. ``adversarial_questback.jsonl``: the same (seed 2737), by a
   five-hundred-and-eighty-first writer. Written and measured like the one before: 15 of 16 blind.
604. ``adversarial_questdown.jsonl``: the same (seed 2738), by a
   five-hundred-and-eighty-second writer. Written and measured like the one before: 15 of 16 blind.
605. ``adversarial_questforward.jsonl``: the same (seed 2739), by a
   five-hundred-and-eighty-third writer. Written and measured like the one before: 14 of 16 blind.
606. ``adversarial_questup.jsonl``: the same (seed 2740), by a
   five-hundred-and-eighty-fourth writer. Written and measured like the one before: 13 of 16 blind.
607. ``adversarial_roamabove.jsonl``: the same (seed 2749), by a
   five-hundred-and-eighty-fifth writer, from the same brief, in the round after; measured
   blind with the code at that round's start: 15 of 16.
608. ``adversarial_roamacross.jsonl``: the same (seed 2750), by a
   five-hundred-and-eighty-sixth writer. Written and measured like the one before: 15 of 16 blind.
609. ``adversarial_roamahead.jsonl``: the same (seed 2751), by a
   five-hundred-and-eighty-seventh writer. Written and measured like the one before: 11 of 16 blind.
610. ``adversarial_roamaside.jsonl``: the same (seed 2752), by a
   five-hundred-and-eighty-eighth writer. Written and measured like the one before: 12 of 16 blind.
611. ``adversarial_roambehind.jsonl``: the same (seed 2753), by a
   five-hundred-and-eighty-ninth writer. Written and measured like the one before: 14 of 16 blind.
612. ``adversarial_roambelow.jsonl``: the same (seed 2754), by a
   five-hundred-and-ninetieth writer. Written and measured like the one before: 15 of 16 blind.
613. ``adversarial_roambeyond.jsonl``: the same (seed 2755), by a
   five-hundred-and-ninety-first writer. Written and measured like the one before: 15 of 16 blind.
614. ``adversarial_roaminto.jsonl``: the same (seed 2756), by a
   five-hundred-and-ninety-second writer. Written and measured like the one before: 14 of 16 blind.
615. ``adversarial_roamover.jsonl``: the same (seed 2757), by a
   five-hundred-and-ninety-third writer, from the same brief, in the round after; measured
   blind with the code at that round's start: 14 of 16.
616. ``adversarial_roampast.jsonl``: the same (seed 2758), by a
   five-hundred-and-ninety-fourth writer. Written and measured like the one before: 16 of 16 blind.
617. ``adversarial_roamthrough.jsonl``: the same (seed 2759), by a
   five-hundred-and-ninety-fifth writer. Written and measured like the one before: 16 of 16 blind.
618. ``adversarial_roamunder.jsonl``: the same (seed 2760), by a
   five-hundred-and-ninety-sixth writer. Written and measured like the one before: 15 of 16 blind.
619. ``adversarial_roamwithin.jsonl``: the same (seed 2761), by a
   five-hundred-and-ninety-seventh writer. Written and measured like the one before: 14 of 16 blind.
620. ``adversarial_roamalong.jsonl``: the same (seed 2762), by a
   five-hundred-and-ninety-eighth writer. Written and measured like the one before: 14 of 16 blind.
621. ``adversarial_roamaround.jsonl``: the same (seed 2763), by a
   five-hundred-and-ninety-ninth writer. Written and measured like the one before: 14 of 16 blind.
622. ``adversarial_roambeside.jsonl``: the same (seed 2764), by a
   six-hundredth writer. Written and measured like the one before: 16 of 16 blind.
623. ``adversarial_roamafar.jsonl``: the same (seed 2765), by a
   six-hundred-and-first writer, from the same brief, later in the same round; measured
   blind with the code at that round's start: 13 of 16.
624. ``adversarial_roamamid.jsonl``: the same (seed 2766), by a
   six-hundred-and-second writer. Written and measured like the one before: 14 of 16 blind.
625. ``adversarial_roamanew.jsonl``: the same (seed 2767), by a
   six-hundred-and-third writer. Written and measured like the one before: 11 of 16 blind.
626. ``adversarial_roamaway.jsonl``: the same (seed 2768), by a
   six-hundred-and-fourth writer. Written and measured like the one before: 14 of 16 blind.
627. ``adversarial_roamback.jsonl``: the same (seed 2769), by a
   six-hundred-and-fifth writer. Written and measured like the one before: 14 of 16 blind.
628. ``adversarial_roamdown.jsonl``: the same (seed 2770), by a
   six-hundred-and-sixth writer. Written and measured like the one before: 16 of 16 blind.
629. ``adversarial_roamforward.jsonl``: the same (seed 2771), by a
   six-hundred-and-seventh writer. Written and measured like the one before: 13 of 16 blind.
630. ``adversarial_roamup.jsonl``: the same (seed 2772), by a
   six-hundred-and-eighth writer. Written and measured like the one before: 13 of 16 blind.
631. ``adversarial_wanderabove.jsonl``: the same (seed 2773), by a
   six-hundred-and-ninth writer, from the same brief, at the next round's start; measured
   blind with the code at that round's start: 15 of 16.
632. ``adversarial_wanderacross.jsonl``: the same (seed 2774), by a
   six-hundred-and-tenth writer. Written and measured like the one before: 12 of 16 blind.
633. ``adversarial_wanderahead.jsonl``: the same (seed 2775), by a
   six-hundred-and-eleventh writer. Written and measured like the one before: 14 of 16 blind.
634. ``adversarial_wanderalong.jsonl``: the same (seed 2776), by a
   six-hundred-and-twelfth writer. Written and measured like the one before: 13 of 16 blind.
635. ``adversarial_wanderaround.jsonl``: the same (seed 2777), by a
   six-hundred-and-thirteenth writer. Written and measured like the one before: 9 of 16 blind.
636. ``adversarial_wanderaside.jsonl``: the same (seed 2778), by a
   six-hundred-and-fourteenth writer. Written and measured like the one before: 15 of 16 blind.
637. ``adversarial_wanderbehind.jsonl``: the same (seed 2779), by a
   six-hundred-and-fifteenth writer. Written and measured like the one before: 14 of 16 blind.
638. ``adversarial_wanderbelow.jsonl``: the same (seed 2780), by a
   six-hundred-and-sixteenth writer. Written and measured like the one before: 15 of 16 blind.
639. ``adversarial_wanderbeside.jsonl``: the same (seed 2781), by a
   six-hundred-and-seventeenth writer, from the same brief, later in the same round;
   measured blind with the code at that round's start: 12 of 16.
640. ``adversarial_wanderbetween.jsonl``: the same (seed 2782), by a
   six-hundred-and-eighteenth writer. Written and measured like the one before: 13 of 16 blind.
641. ``adversarial_wanderbeyond.jsonl``: the same (seed 2783), by a
   six-hundred-and-nineteenth writer. Written and measured like the one before: 14 of 16 blind.
642. ``adversarial_wanderdown.jsonl``: the same (seed 2784), by a
   six-hundred-and-twentieth writer. Written and measured like the one before: 12 of 16 blind.
643. ``adversarial_wanderforward.jsonl``: the same (seed 2785), by a
   six-hundred-and-twenty-first writer. Written and measured like the one before: 15 of 16 blind.
644. ``adversarial_wanderinto.jsonl``: the same (seed 2786), by a
   six-hundred-and-twenty-second writer. Written and measured like the one before: 15 of 16 blind.
645. ``adversarial_wanderover.jsonl``: the same (seed 2787), by a
   six-hundred-and-twenty-third writer. Written and measured like the one before: 14 of 16 blind.
646. ``adversarial_wanderpast.jsonl``: the same (seed 2788), by a
   six-hundred-and-twenty-fourth writer. Written and measured like the one before: 13 of 16 blind.
647. ``adversarial_strollabove.jsonl``: the same (seed 2789), by a
   six-hundred-and-twenty-fifth writer, from the same brief, at the next round's start; measured
   blind with the code at that round's start: 14 of 16.
648. ``adversarial_strollacross.jsonl``: the same (seed 2790), by a
   six-hundred-and-twenty-sixth writer. Written and measured like the one before: 14 of 16 blind.
649. ``adversarial_strollahead.jsonl``: the same (seed 2791), by a
   six-hundred-and-twenty-seventh writer. Written and measured like the one before: 12 of 16 blind.
650. ``adversarial_strollalong.jsonl``: the same (seed 2792), by a
   six-hundred-and-twenty-eighth writer. Written and measured like the one before: 12 of 16 blind.
651. ``adversarial_strollaround.jsonl``: the same (seed 2793), by a
   six-hundred-and-twenty-ninth writer. Written and measured like the one before: 14 of 16 blind.
652. ``adversarial_strollaside.jsonl``: the same (seed 2794), by a
   six-hundred-and-thirtieth writer. Written and measured like the one before: 16 of 16 blind.
653. ``adversarial_strollbehind.jsonl``: the same (seed 2795), by a
   six-hundred-and-thirty-first writer. Written and measured like the one before: 14 of 16 blind.
654. ``adversarial_strollbelow.jsonl``: the same (seed 2796), by a
   six-hundred-and-thirty-second writer. Written and measured like the one before: 13 of 16 blind.
655. ``adversarial_wadeabove.jsonl``: the same (seed 2797), by a
   six-hundred-and-thirty-third writer, from the same brief, at the next round's start; measured
   blind with the code at that round's start: 13 of 16.
656. ``adversarial_wadeacross.jsonl``: the same (seed 2798), by a
   six-hundred-and-thirty-fourth writer. Written and measured like the one before: 15 of 16 blind.
657. ``adversarial_wadeahead.jsonl``: the same (seed 2799), by a
   six-hundred-and-thirty-fifth writer. Written and measured like the one before: 12 of 16 blind.
658. ``adversarial_wadealong.jsonl``: the same (seed 2800), by a
   six-hundred-and-thirty-sixth writer. Written and measured like the one before: 15 of 16 blind.
659. ``adversarial_wadearound.jsonl``: the same (seed 2801), by a
   six-hundred-and-thirty-seventh writer. Written and measured like the one before: 15 of 16 blind.
660. ``adversarial_wadeaside.jsonl``: the same (seed 2802), by a
   six-hundred-and-thirty-eighth writer. Written and measured like the one before: 15 of 16 blind.
661. ``adversarial_wadebehind.jsonl``: the same (seed 2803), by a
   six-hundred-and-thirty-ninth writer. Written and measured like the one before: 15 of 16 blind.
662. ``adversarial_wadebelow.jsonl``: the same (seed 2804), by a
   six-hundred-and-fortieth writer. Written and measured like the one before: 13 of 16 blind.
663. ``adversarial_fordabove.jsonl``: the same (seed 2805), by a
   six-hundred-and-forty-first writer, from the same brief, later in the same round; measured
   blind with the code of the moment they were drawn: 15 of 16.
664. ``adversarial_fordacross.jsonl``: the same (seed 2806), by a
   six-hundred-and-forty-second writer. Written and measured like the one before: 14 of 16 blind.
665. ``adversarial_fordahead.jsonl``: the same (seed 2807), by a
   six-hundred-and-forty-third writer. Written and measured like the one before: 14 of 16 blind.
666. ``adversarial_fordalong.jsonl``: the same (seed 2808), by a
   six-hundred-and-forty-fourth writer. Written and measured like the one before: 16 of 16 blind.
667. ``adversarial_fordaround.jsonl``: the same (seed 2809), by a
   six-hundred-and-forty-fifth writer. Written and measured like the one before: 15 of 16 blind.
668. ``adversarial_fordaside.jsonl``: the same (seed 2810), by a
   six-hundred-and-forty-sixth writer. Written and measured like the one before: 14 of 16 blind.
669. ``adversarial_fordbehind.jsonl``: the same (seed 2811), by a
   six-hundred-and-forty-seventh writer. Written and measured like the one before: 13 of 16 blind.
670. ``adversarial_fordbelow.jsonl``: the same (seed 2812), by a
   six-hundred-and-forty-eighth writer. Written and measured like the one before: 15 of 16 blind.
671. ``adversarial_hikeabove.jsonl``: the same (seed 2813), by a
   six-hundred-and-forty-ninth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 15 of 16.
672. ``adversarial_hikeacross.jsonl``: the same (seed 2814), by a
   six-hundred-and-fiftieth writer. Written and measured like the one before: 14 of 16 blind.
673. ``adversarial_hikeahead.jsonl``: the same (seed 2815), by a
   six-hundred-and-fifty-first writer. Written and measured like the one before: 14 of 16 blind.
674. ``adversarial_hikealong.jsonl``: the same (seed 2816), by a
   six-hundred-and-fifty-second writer. Written and measured like the one before: 14 of 16 blind.
675. ``adversarial_hikearound.jsonl``: the same (seed 2817), by a
   six-hundred-and-fifty-third writer. Written and measured like the one before: 11 of 16 blind.
676. ``adversarial_hikeaside.jsonl``: the same (seed 2818), by a
   six-hundred-and-fifty-fourth writer. Written and measured like the one before: 15 of 16 blind.
677. ``adversarial_hikebehind.jsonl``: the same (seed 2819), by a
   six-hundred-and-fifty-fifth writer. Written and measured like the one before: 15 of 16 blind.
678. ``adversarial_hikebelow.jsonl``: the same (seed 2820), by a
   six-hundred-and-fifty-sixth writer. Written and measured like the one before: 11 of 16 blind.
679. ``adversarial_joltabove.jsonl``: the same (seed 2821), by a
   six-hundred-and-fifty-seventh writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment
   they were drawn: 15 of 16.
680. ``adversarial_joltacross.jsonl``: the same (seed 2822), by a
   six-hundred-and-fifty-eighth writer. Written and measured like the one before: 16 of 16 blind.
681. ``adversarial_joltahead.jsonl``: the same (seed 2823), by a
   six-hundred-and-fifty-ninth writer. Written and measured like the one before: 15 of 16 blind.
682. ``adversarial_joltalong.jsonl``: the same (seed 2824), by a
   six-hundred-and-sixtieth writer. Written and measured like the one before: 15 of 16 blind.
683. ``adversarial_joltaround.jsonl``: the same (seed 2825), by a
   six-hundred-and-sixty-first writer. Written and measured like the one before: 16 of 16 blind.
684. ``adversarial_joltaside.jsonl``: the same (seed 2826), by a
   six-hundred-and-sixty-second writer. Written and measured like the one before: 16 of 16 blind.
685. ``adversarial_joltbehind.jsonl``: the same (seed 2827), by a
   six-hundred-and-sixty-third writer. Written and measured like the one before: 14 of 16 blind.
686. ``adversarial_joltbelow.jsonl``: the same (seed 2828), by a
   six-hundred-and-sixty-fourth writer. Written and measured like the one before: 15 of 16 blind.
687. ``adversarial_knitabove.jsonl``: the same (seed 2829), by a
   six-hundred-and-sixty-fifth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 14 of 16.
688. ``adversarial_knitacross.jsonl``: the same (seed 2830), by a
   six-hundred-and-sixty-sixth writer. Written and measured like the one before: 14 of 16 blind.
689. ``adversarial_knitahead.jsonl``: the same (seed 2831), by a
   six-hundred-and-sixty-seventh writer. Written and measured like the one before: 15 of 16 blind.
690. ``adversarial_knitalong.jsonl``: the same (seed 2832), by a
   six-hundred-and-sixty-eighth writer. Written and measured like the one before: 15 of 16 blind.
691. ``adversarial_knitaround.jsonl``: the same (seed 2833), by a
   six-hundred-and-sixty-ninth writer. Written and measured like the one before: 16 of 16 blind.
692. ``adversarial_knitaside.jsonl``: the same (seed 2834), by a
   six-hundred-and-seventieth writer. Written and measured like the one before: 16 of 16 blind.
693. ``adversarial_knitbehind.jsonl``: the same (seed 2835), by a
   six-hundred-and-seventy-first writer. Written and measured like the one before: 15 of 16 blind.
694. ``adversarial_knitbelow.jsonl``: the same (seed 2836), by a
   six-hundred-and-seventy-second writer. Written and measured like the one before: 12 of 16 blind.
695. ``adversarial_larkabove.jsonl``: the same (seed 2837), by a
   six-hundred-and-seventy-third writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code at the round's
   end: 15 of 16.
696. ``adversarial_larkacross.jsonl``: the same (seed 2838), by a
   six-hundred-and-seventy-fourth writer. Written and measured like the one before: 15 of 16 blind.
697. ``adversarial_larkahead.jsonl``: the same (seed 2839), by a
   six-hundred-and-seventy-fifth writer. Written and measured like the one before: 16 of 16 blind.
698. ``adversarial_larkalong.jsonl``: the same (seed 2840), by a
   six-hundred-and-seventy-sixth writer. Written and measured like the one before: 13 of 16 blind.
699. ``adversarial_larkaround.jsonl``: the same (seed 2841), by a
   six-hundred-and-seventy-seventh writer. Written and measured like the one before: 16 of 16 blind.
700. ``adversarial_larkaside.jsonl``: the same (seed 2842), by a
   six-hundred-and-seventy-eighth writer. Written and measured like the one before: 15 of 16 blind.
701. ``adversarial_larkbehind.jsonl``: the same (seed 2843), by a
   six-hundred-and-seventy-ninth writer. Written and measured like the one before: 14 of 16 blind.
702. ``adversarial_larkbelow.jsonl``: the same (seed 2844), by a
   six-hundred-and-eightieth writer. Written and measured like the one before: 15 of 16 blind.
703. ``adversarial_mothabove.jsonl``: the same (seed 2845), by a
   six-hundred-and-eighty-first writer, from the same brief, last in the same round; measured
   blind with the code at the round's start, with the code of the moment they
   were drawn and with the code at the round's end: 12 of 16.
704. ``adversarial_mothacross.jsonl``: the same (seed 2846), by a
   six-hundred-and-eighty-second writer. Written and measured like the one before: 12 of 16 blind.
705. ``adversarial_mothahead.jsonl``: the same (seed 2847), by a
   six-hundred-and-eighty-third writer. Written and measured like the one before: 13 of 16 blind.
706. ``adversarial_mothalong.jsonl``: the same (seed 2848), by a
   six-hundred-and-eighty-fourth writer. Written and measured like the one before: 15 of 16 blind.
707. ``adversarial_motharound.jsonl``: the same (seed 2849), by a
   six-hundred-and-eighty-fifth writer. Written and measured like the one before: 15 of 16 blind.
708. ``adversarial_mothaside.jsonl``: the same (seed 2850), by a
   six-hundred-and-eighty-sixth writer. Written and measured like the one before: 15 of 16 blind.
709. ``adversarial_mothbehind.jsonl``: the same (seed 2851), by a
   six-hundred-and-eighty-seventh writer. Written and measured like the one before: 15 of 16 blind.
710. ``adversarial_mothbelow.jsonl``: the same (seed 2852), by a
   six-hundred-and-eighty-eighth writer. Written and measured like the one before: 15 of 16 blind.
711. ``adversarial_oathabove.jsonl``: the same (seed 2853), by a
   six-hundred-and-eighty-ninth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 14 of 16.
712. ``adversarial_oathacross.jsonl``: the same (seed 2854), by a
   six-hundred-and-ninetieth writer. Written and measured like the one before: 15 of 16 blind.
713. ``adversarial_oathahead.jsonl``: the same (seed 2855), by a
   six-hundred-and-ninety-first writer. Written and measured like the one before: 14 of 16 blind.
714. ``adversarial_oathalong.jsonl``: the same (seed 2856), by a
   six-hundred-and-ninety-second writer. Written and measured like the one before: 16 of 16 blind.
715. ``adversarial_oatharound.jsonl``: the same (seed 2857), by a
   six-hundred-and-ninety-third writer. Written and measured like the one before: 14 of 16 blind.
716. ``adversarial_oathaside.jsonl``: the same (seed 2858), by a
   six-hundred-and-ninety-fourth writer. Written and measured like the one before: 15 of 16 blind.
717. ``adversarial_oathbehind.jsonl``: the same (seed 2859), by a
   six-hundred-and-ninety-fifth writer. Written and measured like the one before: 16 of 16 blind.
718. ``adversarial_oathbelow.jsonl``: the same (seed 2860), by a
   six-hundred-and-ninety-sixth writer. Written and measured like the one before: 15 of 16 blind.
719. ``adversarial_plumabove.jsonl``: the same (seed 2861), by a
   six-hundred-and-ninety-seventh writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment they
   were drawn: 15 of 16.
720. ``adversarial_plumacross.jsonl``: the same (seed 2862), by a
   six-hundred-and-ninety-eighth writer. Written and measured like the one before: 15 of 16 blind.
721. ``adversarial_plumahead.jsonl``: the same (seed 2863), by a
   six-hundred-and-ninety-ninth writer. Written and measured like the one before: 14 of 16 blind.
722. ``adversarial_plumalong.jsonl``: the same (seed 2864), by a
   seven-hundredth writer. Written and measured like the one before: 16 of 16 blind.
723. ``adversarial_plumaround.jsonl``: the same (seed 2865), by a
   seven-hundred-and-first writer. Written and measured like the one before: 15 of 16 blind.
724. ``adversarial_plumaside.jsonl``: the same (seed 2866), by a
   seven-hundred-and-second writer. Written and measured like the one before: 15 of 16 blind.
725. ``adversarial_plumbehind.jsonl``: the same (seed 2867), by a
   seven-hundred-and-third writer. Written and measured like the one before: 15 of 16 blind.
726. ``adversarial_plumbelow.jsonl``: the same (seed 2868), by a
   seven-hundred-and-fourth writer. Written and measured like the one before: 15 of 16 blind.
727. ``adversarial_rakeabove.jsonl``: the same (seed 2869), by a
   seven-hundred-and-fifth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 14 of 16.
728. ``adversarial_rakeacross.jsonl``: the same (seed 2870), by a
   seven-hundred-and-sixth writer. Written and measured like the one before: 15 of 16 blind.
729. ``adversarial_rakeahead.jsonl``: the same (seed 2871), by a
   seven-hundred-and-seventh writer. Written and measured like the one before: 16 of 16 blind.
730. ``adversarial_rakealong.jsonl``: the same (seed 2872), by a
   seven-hundred-and-eighth writer. Written and measured like the one before: 16 of 16 blind.
731. ``adversarial_rakearound.jsonl``: the same (seed 2873), by a
   seven-hundred-and-ninth writer. Written and measured like the one before: 16 of 16 blind.
732. ``adversarial_rakeaside.jsonl``: the same (seed 2874), by a
   seven-hundred-and-tenth writer. Written and measured like the one before: 15 of 16 blind.
733. ``adversarial_rakebehind.jsonl``: the same (seed 2875), by a
   seven-hundred-and-eleventh writer. Written and measured like the one before: 14 of 16 blind.
734. ``adversarial_rakebelow.jsonl``: the same (seed 2876), by a
   seven-hundred-and-twelfth writer. Written and measured like the one before: 15 of 16 blind.
735. ``adversarial_sailabove.jsonl``: the same (seed 2877), by a
   seven-hundred-and-thirteenth writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment they
   were drawn: 15 of 16.
736. ``adversarial_sailacross.jsonl``: the same (seed 2878), by a
   seven-hundred-and-fourteenth writer. Written and measured like the one before: 15 of 16 blind.
737. ``adversarial_sailahead.jsonl``: the same (seed 2879), by a
   seven-hundred-and-fifteenth writer. Written and measured like the one before: 14 of 16 blind.
738. ``adversarial_sailalong.jsonl``: the same (seed 2880), by a
   seven-hundred-and-sixteenth writer. Written and measured like the one before: 15 of 16 blind.
739. ``adversarial_sailaround.jsonl``: the same (seed 2881), by a
   seven-hundred-and-seventeenth writer. Written and measured like the one before: 13 of 16 blind.
740. ``adversarial_sailaside.jsonl``: the same (seed 2882), by a
   seven-hundred-and-eighteenth writer. Written and measured like the one before: 14 of 16 blind.
741. ``adversarial_sailbehind.jsonl``: the same (seed 2883), by a
   seven-hundred-and-nineteenth writer. Written and measured like the one before: 13 of 16 blind.
742. ``adversarial_sailbelow.jsonl``: the same (seed 2884), by a
   seven-hundred-and-twentieth writer. Written and measured like the one before: 14 of 16 blind.
743. ``adversarial_tarnabove.jsonl``: the same (seed 2885), by a
   seven-hundred-and-twenty-first writer, from the same brief, third in the same round; measured
   blind with the code at the round's start and with the code of the moment they
   were drawn: 16 of 16.
744. ``adversarial_tarnacross.jsonl``: the same (seed 2886), by a
   seven-hundred-and-twenty-second writer. Written and measured like the one before: 15 of 16 blind.
745. ``adversarial_tarnahead.jsonl``: the same (seed 2887), by a
   seven-hundred-and-twenty-third writer. Written and measured like the one before: 15 of 16 blind.
746. ``adversarial_tarnalong.jsonl``: the same (seed 2888), by a
   seven-hundred-and-twenty-fourth writer. Written and measured like the one before: 16 of 16 blind.
747. ``adversarial_tarnaround.jsonl``: the same (seed 2889), by a
   seven-hundred-and-twenty-fifth writer. Written and measured like the one before: 14 of 16 blind.
748. ``adversarial_tarnaside.jsonl``: the same (seed 2890), by a
   seven-hundred-and-twenty-sixth writer. Written and measured like the one before: 15 of 16 blind.
749. ``adversarial_tarnbehind.jsonl``: the same (seed 2891), by a
   seven-hundred-and-twenty-seventh writer. Written and measured like the one before: 14 of 16
   blind.
750. ``adversarial_tarnbelow.jsonl``: the same (seed 2892), by a
   seven-hundred-and-twenty-eighth writer. Written and measured like the one before: 16 of 16 blind.
751. ``adversarial_valeabove.jsonl``: the same (seed 2893), by a
   seven-hundred-and-twenty-ninth writer, from the same brief, after the round's other
   changes; measured blind with the code at the round's start and with the code of the moment
   they were drawn: 15 of 16.
752. ``adversarial_valeacross.jsonl``: the same (seed 2894), by a
   seven-hundred-and-thirtieth writer. Written and measured like the one before: 14 of 16 blind.
753. ``adversarial_valeahead.jsonl``: the same (seed 2895), by a
   seven-hundred-and-thirty-first writer. Written and measured like the one before: 14 of 16 blind.
754. ``adversarial_valealong.jsonl``: the same (seed 2896), by a
   seven-hundred-and-thirty-second writer. Written and measured like the one before: 16 of 16 blind.
755. ``adversarial_valearound.jsonl``: the same (seed 2897), by a
   seven-hundred-and-thirty-third writer. Written and measured like the one before: 15 of 16 blind.
756. ``adversarial_valeaside.jsonl``: the same (seed 2898), by a
   seven-hundred-and-thirty-fourth writer. Written and measured like the one before: 14 of 16 blind.
757. ``adversarial_valebehind.jsonl``: the same (seed 2899), by a
   seven-hundred-and-thirty-fifth writer. Written and measured like the one before: 15 of 16 blind.
758. ``adversarial_valebelow.jsonl``: the same (seed 2900), by a
   seven-hundred-and-thirty-sixth writer. Written and measured like the one before: 15 of 16 blind.
759. ``adversarial_wrenabove.jsonl``: the same (seed 2901), by a
   seven-hundred-and-thirty-seventh writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 15 of 16.
760. ``adversarial_wrenacross.jsonl``: the same (seed 2902), by a
   seven-hundred-and-thirty-eighth writer. Written and measured like the one before: 14 of 16 blind.
761. ``adversarial_wrenahead.jsonl``: the same (seed 2903), by a
   seven-hundred-and-thirty-ninth writer. Written and measured like the one before: 12 of 16 blind.
762. ``adversarial_wrenalong.jsonl``: the same (seed 2904), by a
   seven-hundred-and-fortieth writer. Written and measured like the one before: 16 of 16 blind.
763. ``adversarial_wrenaround.jsonl``: the same (seed 2905), by a
   seven-hundred-and-forty-first writer. Written and measured like the one before: 16 of 16 blind.
764. ``adversarial_wrenaside.jsonl``: the same (seed 2906), by a
   seven-hundred-and-forty-second writer. Written and measured like the one before: 15 of 16 blind.
765. ``adversarial_wrenbehind.jsonl``: the same (seed 2907), by a
   seven-hundred-and-forty-third writer. Written and measured like the one before: 16 of 16 blind.
766. ``adversarial_wrenbelow.jsonl``: the same (seed 2908), by a
   seven-hundred-and-forty-fourth writer. Written and measured like the one before: 15 of 16 blind.
767. ``adversarial_yawlabove.jsonl``: the same (seed 2909), by a
   seven-hundred-and-forty-fifth writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment they
   were drawn: 15 of 16.
768. ``adversarial_yawlacross.jsonl``: the same (seed 2910), by a
   seven-hundred-and-forty-sixth writer. Written and measured like the one before: 16 of 16 blind.
769. ``adversarial_yawlahead.jsonl``: the same (seed 2911), by a
   seven-hundred-and-forty-seventh writer. Written and measured like the one before: 15 of 16 blind.
770. ``adversarial_yawlalong.jsonl``: the same (seed 2912), by a
   seven-hundred-and-forty-eighth writer. Written and measured like the one before: 15 of 16 blind.
771. ``adversarial_yawlaround.jsonl``: the same (seed 2913), by a
   seven-hundred-and-forty-ninth writer. Written and measured like the one before: 16 of 16 blind.
772. ``adversarial_yawlaside.jsonl``: the same (seed 2914), by a
   seven-hundred-and-fiftieth writer. Written and measured like the one before: 15 of 16 blind.
773. ``adversarial_yawlbehind.jsonl``: the same (seed 2915), by a
   seven-hundred-and-fifty-first writer. Written and measured like the one before: 16 of 16 blind.
774. ``adversarial_yawlbelow.jsonl``: the same (seed 2916), by a
   seven-hundred-and-fifty-second writer. Written and measured like the one before: 14 of 16 blind.
775. ``adversarial_zincabove.jsonl``: the same (seed 2917), by a
   seven-hundred-and-fifty-third writer, from the same brief, after the round's other
   changes; measured blind with the code at the round's start and with the code of the moment
   they were drawn: 14 of 16.
776. ``adversarial_zincacross.jsonl``: the same (seed 2918), by a
   seven-hundred-and-fifty-fourth writer. Written and measured like the one before: 16 of 16 blind.
777. ``adversarial_zincahead.jsonl``: the same (seed 2919), by a
   seven-hundred-and-fifty-fifth writer. Written and measured like the one before: 15 of 16 blind.
778. ``adversarial_zincalong.jsonl``: the same (seed 2920), by a
   seven-hundred-and-fifty-sixth writer. Written and measured like the one before: 13 of 16 blind.
779. ``adversarial_zincaround.jsonl``: the same (seed 2921), by a
   seven-hundred-and-fifty-seventh writer. Written and measured like the one before: 15 of 16 blind.
780. ``adversarial_zincaside.jsonl``: the same (seed 2922), by a
   seven-hundred-and-fifty-eighth writer. Written and measured like the one before: 16 of 16 blind.
781. ``adversarial_zincbehind.jsonl``: the same (seed 2923), by a
   seven-hundred-and-fifty-ninth writer. Written and measured like the one before: 16 of 16 blind.
782. ``adversarial_zincbelow.jsonl``: the same (seed 2924), by a
   seven-hundred-and-sixtieth writer. Written and measured like the one before: 16 of 16 blind.
783. ``adversarial_archabove.jsonl``: the same (seed 2925), by a
   seven-hundred-and-sixty-first writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 16 of 16.
784. ``adversarial_archacross.jsonl``: the same (seed 2926), by a
   seven-hundred-and-sixty-second writer. Written and measured like the one before: 15 of 16 blind.
785. ``adversarial_archahead.jsonl``: the same (seed 2927), by a
   seven-hundred-and-sixty-third writer. Written and measured like the one before: 15 of 16 blind.
786. ``adversarial_archalong.jsonl``: the same (seed 2928), by a
   seven-hundred-and-sixty-fourth writer. Written and measured like the one before: 16 of 16 blind.
787. ``adversarial_archaround.jsonl``: the same (seed 2929), by a
   seven-hundred-and-sixty-fifth writer. Written and measured like the one before: 16 of 16 blind.
788. ``adversarial_archaside.jsonl``: the same (seed 2930), by a
   seven-hundred-and-sixty-sixth writer. Written and measured like the one before: 15 of 16 blind.
789. ``adversarial_archbehind.jsonl``: the same (seed 2931), by a
   seven-hundred-and-sixty-seventh writer. Written and measured like the one before: 16 of 16 blind.
790. ``adversarial_archbelow.jsonl``: the same (seed 2932), by a
   seven-hundred-and-sixty-eighth writer. Written and measured like the one before: 15 of 16 blind.
791. ``adversarial_brimabove.jsonl``: the same (seed 2933), by a
   seven-hundred-and-sixty-ninth writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment they
   were drawn: 14 of 16.
792. ``adversarial_brimacross.jsonl``: the same (seed 2934), by a
   seven-hundred-and-seventieth writer. Written and measured like the one before: 16 of 16 blind.
793. ``adversarial_brimahead.jsonl``: the same (seed 2935), by a
   seven-hundred-and-seventy-first writer. Written and measured like the one before: 16 of 16 blind.
794. ``adversarial_brimalong.jsonl``: the same (seed 2936), by a
   seven-hundred-and-seventy-second writer. Written and measured like the one before:
   13 of 16 blind.
795. ``adversarial_brimaround.jsonl``: the same (seed 2937), by a
   seven-hundred-and-seventy-third writer. Written and measured like the one before: 16 of 16 blind.
796. ``adversarial_brimaside.jsonl``: the same (seed 2938), by a
   seven-hundred-and-seventy-fourth writer. Written and measured like the one before:
   15 of 16 blind.
797. ``adversarial_brimbehind.jsonl``: the same (seed 2939), by a
   seven-hundred-and-seventy-fifth writer. Written and measured like the one before: 14 of 16 blind.
798. ``adversarial_brimbelow.jsonl``: the same (seed 2940), by a
   seven-hundred-and-seventy-sixth writer. Written and measured like the one before: 15 of 16 blind.
799. ``adversarial_coveabove.jsonl``: the same (seed 2941), by a
   seven-hundred-and-seventy-seventh writer, from the same brief, after the round's other
   changes; measured blind with the code at the round's start and with the code of the moment
   they were drawn: 16 of 16.
800. ``adversarial_coveacross.jsonl``: the same (seed 2942), by a
   seven-hundred-and-seventy-eighth writer. Written and measured like the one before:
   15 of 16 blind.
801. ``adversarial_coveahead.jsonl``: the same (seed 2943), by a
   seven-hundred-and-seventy-ninth writer. Written and measured like the one before: 16 of 16 blind.
802. ``adversarial_covealong.jsonl``: the same (seed 2944), by a
   seven-hundred-and-eightieth writer. Written and measured like the one before: 15 of 16 blind.
803. ``adversarial_covearound.jsonl``: the same (seed 2945), by a
   seven-hundred-and-eighty-first writer. Written and measured like the one before: 15 of 16 blind.
804. ``adversarial_coveaside.jsonl``: the same (seed 2946), by a
   seven-hundred-and-eighty-second writer. Written and measured like the one before: 15 of 16 blind.
805. ``adversarial_covebehind.jsonl``: the same (seed 2947), by a
   seven-hundred-and-eighty-third writer. Written and measured like the one before: 16 of 16 blind.
806. ``adversarial_covebelow.jsonl``: the same (seed 2948), by a
   seven-hundred-and-eighty-fourth writer. Written and measured like the one before: 16 of 16 blind.
807. ``adversarial_duskabove.jsonl``: the same (seed 2949), by a
   seven-hundred-and-eighty-fifth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 14 of 16.
808. ``adversarial_duskacross.jsonl``: the same (seed 2950), by a
   seven-hundred-and-eighty-sixth writer. Written and measured like the one before: 16 of 16 blind.
809. ``adversarial_duskahead.jsonl``: the same (seed 2951), by a
   seven-hundred-and-eighty-seventh writer.
   Written and measured like the one before: 15 of 16 blind.
810. ``adversarial_duskalong.jsonl``: the same (seed 2952), by a
   seven-hundred-and-eighty-eighth writer. Written and measured like the one before: 12 of 16 blind.
811. ``adversarial_duskaround.jsonl``: the same (seed 2953), by a
   seven-hundred-and-eighty-ninth writer. Written and measured like the one before: 16 of 16 blind.
812. ``adversarial_duskaside.jsonl``: the same (seed 2954), by a
   seven-hundred-and-ninetieth writer. Written and measured like the one before: 16 of 16 blind.
813. ``adversarial_duskbehind.jsonl``: the same (seed 2955), by a
   seven-hundred-and-ninety-first writer. Written and measured like the one before: 16 of 16 blind.
814. ``adversarial_duskbelow.jsonl``: the same (seed 2956), by a
   seven-hundred-and-ninety-second writer. Written and measured like the one before: 15 of 16 blind.
815. ``adversarial_fernabove.jsonl``: the same (seed 2957), by a
   seven-hundred-and-ninety-third writer, from the same brief, later in the same round; measured
   blind with the code at the round's start and with the code of the moment they were
   drawn: 16 of 16.
816. ``adversarial_fernacross.jsonl``: the same (seed 2958), by a
   seven-hundred-and-ninety-fourth writer. Written and measured like the one before: 13 of 16 blind.
817. ``adversarial_fernahead.jsonl``: the same (seed 2959), by a
   seven-hundred-and-ninety-fifth writer. Written and measured like the one before: 16 of 16 blind.
818. ``adversarial_fernalong.jsonl``: the same (seed 2960), by a
   seven-hundred-and-ninety-sixth writer. Written and measured like the one before: 13 of 16 blind.
819. ``adversarial_fernaround.jsonl``: the same (seed 2961), by a
   seven-hundred-and-ninety-seventh writer.
   Written and measured like the one before: 12 of 16 blind.
820. ``adversarial_fernaside.jsonl``: the same (seed 2962), by a
   seven-hundred-and-ninety-eighth writer. Written and measured like the one before: 15 of 16 blind.
821. ``adversarial_fernbehind.jsonl``: the same (seed 2963), by a
   seven-hundred-and-ninety-ninth writer. Written and measured like the one before: 15 of 16 blind.
822. ``adversarial_fernbelow.jsonl``: the same (seed 2964), by an
   eight-hundredth writer. Written and measured like the one before: 14 of 16 blind.
823. ``adversarial_galeabove.jsonl``: the same (seed 2965), by an
   eight-hundred-and-first writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 16 of 16.
824. ``adversarial_galeacross.jsonl``: the same (seed 2966), by an
   eight-hundred-and-second writer. Written and measured like the one before: 16 of 16 blind.
825. ``adversarial_galeahead.jsonl``: the same (seed 2967), by an
   eight-hundred-and-third writer. Written and measured like the one before: 16 of 16 blind.
826. ``adversarial_galealong.jsonl``: the same (seed 2968), by an
   eight-hundred-and-fourth writer. Written and measured like the one before: 15 of 16 blind.
827. ``adversarial_galearound.jsonl``: the same (seed 2969), by an
   eight-hundred-and-fifth writer. Written and measured like the one before: 16 of 16 blind.
828. ``adversarial_galeaside.jsonl``: the same (seed 2970), by an
   eight-hundred-and-sixth writer. Written and measured like the one before: 15 of 16 blind.
829. ``adversarial_galebehind.jsonl``: the same (seed 2971), by an
   eight-hundred-and-seventh writer. Written and measured like the one before: 16 of 16 blind.
830. ``adversarial_galebelow.jsonl``: the same (seed 2972), by an
   eight-hundred-and-eighth writer. Written and measured like the one before: 15 of 16 blind.
831. ``adversarial_heathabove.jsonl``: the same (seed 2973), by an
   eight-hundred-and-ninth writer, from the same brief, later in the same round; measured
   blind with the code at the round's start: 15 of 16.
832. ``adversarial_heathacross.jsonl``: the same (seed 2974), by an
   eight-hundred-and-tenth writer. Written and measured like the one before: 15 of 16 blind.
833. ``adversarial_heathahead.jsonl``: the same (seed 2975), by an
   eight-hundred-and-eleventh writer. Written and measured like the one before: 16 of 16 blind.
834. ``adversarial_heathalong.jsonl``: the same (seed 2976), by an
   eight-hundred-and-twelfth writer. Written and measured like the one before: 15 of 16 blind.
835. ``adversarial_heatharound.jsonl``: the same (seed 2977), by an
   eight-hundred-and-thirteenth writer. Written and measured like the one before: 16 of 16 blind.
836. ``adversarial_heathaside.jsonl``: the same (seed 2978), by an
   eight-hundred-and-fourteenth writer. Written and measured like the one before: 15 of 16 blind.
837. ``adversarial_heathbehind.jsonl``: the same (seed 2979), by an
   eight-hundred-and-fifteenth writer. Written and measured like the one before: 14 of 16 blind.
838. ``adversarial_heathbelow.jsonl``: the same (seed 2980), by an
   eight-hundred-and-sixteenth writer. Written and measured like the one before: 16 of 16 blind.
839. ``adversarial_isleabove.jsonl``: the same (seed 2981), by an
   eight-hundred-and-seventeenth writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 14 of 16.
840. ``adversarial_isleacross.jsonl``: the same (seed 2982), by an
   eight-hundred-and-eighteenth writer. Written and measured like the one before: 16 of 16 blind.
841. ``adversarial_isleahead.jsonl``: the same (seed 2983), by an
   eight-hundred-and-nineteenth writer. Written and measured like the one before: 16 of 16 blind.
842. ``adversarial_islealong.jsonl``: the same (seed 2984), by an
   eight-hundred-and-twentieth writer. Written and measured like the one before: 14 of 16 blind.
843. ``adversarial_islearound.jsonl``: the same (seed 2985), by an
   eight-hundred-and-twenty-first writer. Written and measured like the one before: 16 of 16 blind.
844. ``adversarial_isleaside.jsonl``: the same (seed 2986), by an
   eight-hundred-and-twenty-second writer. Written and measured like the one before: 15 of 16 blind.
845. ``adversarial_islebehind.jsonl``: the same (seed 2987), by an
   eight-hundred-and-twenty-third writer. Written and measured like the one before: 14 of 16 blind.
846. ``adversarial_islebelow.jsonl``: the same (seed 2988), by an
   eight-hundred-and-twenty-fourth writer. Written and measured like the one before: 14 of 16 blind.
847. ``adversarial_jadeabove.jsonl``: the same (seed 2989), by an
   eight-hundred-and-twenty-fifth writer, from the same brief, later in the same round; measured
   blind with the code as it stood when it was written: 16 of 16.
848. ``adversarial_jadeacross.jsonl``: the same (seed 2990), by an
   eight-hundred-and-twenty-sixth writer. Written and measured like the one before: 16 of 16 blind.
849. ``adversarial_jadeahead.jsonl``: the same (seed 2991), by an
   eight-hundred-and-twenty-seventh writer. Written and measured like the one before: 16 of 16
   blind.
850. ``adversarial_jadealong.jsonl``: the same (seed 2992), by an
   eight-hundred-and-twenty-eighth writer. Written and measured like the one before: 15 of 16 blind.
851. ``adversarial_jadearound.jsonl``: the same (seed 2993), by an
   eight-hundred-and-twenty-ninth writer. Written and measured like the one before: 16 of 16 blind.
852. ``adversarial_jadeaside.jsonl``: the same (seed 2994), by an
   eight-hundred-and-thirtieth writer. Written and measured like the one before: 16 of 16 blind.
853. ``adversarial_jadebehind.jsonl``: the same (seed 2995), by an
   eight-hundred-and-thirty-first writer. Written and measured like the one before: 15 of 16 blind.
854. ``adversarial_jadebelow.jsonl``: the same (seed 2996), by an
   eight-hundred-and-thirty-second writer. Written and measured like the one before: 16 of 16 blind.
855. ``adversarial_kilnabove.jsonl``: the same (seed 2997), by an
   eight-hundred-and-thirty-third writer, from the same brief, in a later round; measured blind
   with the code at that round's start: 15 of 16.
856. ``adversarial_kilnacross.jsonl``: the same (seed 2998), by an
   eight-hundred-and-thirty-fourth writer. Written and measured like the one before: 15 of 16 blind.
857. ``adversarial_kilnahead.jsonl``: the same (seed 2999), by an
   eight-hundred-and-thirty-fifth writer. Written and measured like the one before: 16 of 16 blind.
858. ``adversarial_kilnalong.jsonl``: the same (seed 3000), by an
   eight-hundred-and-thirty-sixth writer. Written and measured like the one before: 14 of 16 blind.
859. ``adversarial_kilnaround.jsonl``: the same (seed 3001), by an
   eight-hundred-and-thirty-seventh writer. Written and measured like the one before: 15 of 16
   blind.
860. ``adversarial_kilnaside.jsonl``: the same (seed 3002), by an
   eight-hundred-and-thirty-eighth writer. Written and measured like the one before: 16 of 16 blind.
861. ``adversarial_kilnbehind.jsonl``: the same (seed 3003), by an
   eight-hundred-and-thirty-ninth writer. Written and measured like the one before: 14 of 16 blind.
862. ``adversarial_kilnbelow.jsonl``: the same (seed 3004), by an
   eight-hundred-and-fortieth writer. Written and measured like the one before: 14 of 16 blind.
863. ``adversarial_loamabove.jsonl``: the same (seed 3005), by an
   eight-hundred-and-forty-first writer, from the same brief, later in the same round; measured
   blind with the code as it stood when it was written: 16 of 16.
864. ``adversarial_loamacross.jsonl``: the same (seed 3006), by an
   eight-hundred-and-forty-second writer. Written and measured like the one before: 14 of 16 blind.
865. ``adversarial_loamahead.jsonl``: the same (seed 3007), by an
   eight-hundred-and-forty-third writer. Written and measured like the one before: 15 of 16 blind.
866. ``adversarial_loamalong.jsonl``: the same (seed 3008), by an
   eight-hundred-and-forty-fourth writer. Written and measured like the one before: 15 of 16 blind.
867. ``adversarial_loamaround.jsonl``: the same (seed 3009), by an
   eight-hundred-and-forty-fifth writer. Written and measured like the one before: 15 of 16 blind.
868. ``adversarial_loamaside.jsonl``: the same (seed 3010), by an
   eight-hundred-and-forty-sixth writer. Written and measured like the one before: 16 of 16 blind.
869. ``adversarial_loambehind.jsonl``: the same (seed 3011), by an
   eight-hundred-and-forty-seventh writer. Written and measured like the one before: 16 of 16 blind.
870. ``adversarial_loambelow.jsonl``: the same (seed 3012), by an
   eight-hundred-and-forty-eighth writer. Written and measured like the one before: 16 of 16 blind.
871. ``aware_answers.jsonl``: 60 strong answers to 30 questions that show awareness of the
   pitfalls in many phrasings; every point the claim checks mark contradicted is a mistake.
872. ``defining_answers.jsonl``: 80 correct answers to 8 questions whose key points define terms
   (SLI, SLO and SLA; RPO and RTO; Flexbox and Grid; XSS and CSRF; closures and scope...),
   defining them in many phrasings; every point marked contradicted is a false alarm. Written
   without running the scorer; the one false alarm found in them ("Grid is layout-first", after
   the answer had defined Grid rightly) was fixed: a term also defined rightly is not swapped.
873. ``nuanced_answers.jsonl``: 60 correct answers to 20 questions in the way experienced
   engineers talk, each with two or three dismissals of one case, one way or a wrong
   alternative ("a Redis lock is overkill when the database can check and write in one
   statement", "paging on every CPU spike should be avoided"). Written without running the
   scorer; every point marked contradicted is a false alarm. Measured with the code at the
   start of the round: 31 of the 60 answers had one; with its first rules, 38; now 29. The claim
   checks read words, and these sentences dismiss words the key points recommend.

874. ``seasoned_answers.jsonl``: 24 strong answers to questions drawn at random (seed 20261202),
   written from a senior engineer's own knowledge without the model answers or the scorer, most
   with a scoped dismissal ("a cache is pointless for data read once"); measured blind (two
   false alarms, both fixed afterwards), every point marked contradicted is a false alarm.
875. ``plainspoken_answers.jsonl``: 60 correct answers to 30 questions drawn at random (seed
   20261210), written without running the scorer to draw false alarms: for 20 technical
   questions one in plain words of the writer's own and one built on contrasts and
   replacements ("X rather than Y", "we replaced A with B", "I'd steer clear of..."); for 10
   behavioral or situational ones a plain story and a candid one about blame and mistakes
   handled well ("people who get blamed stop reporting", "blaming QA wouldn't help").
   Measured blind: 7 of them marked down (3 with a point contradicted, 2 told their terms are
   jumbled, 2 read as blaming others); the last two are fixed, and none is told it is off
   topic.
876. ``varied_strong_answers.jsonl``: 40 strong answers to 40 questions drawn at random (seed
   20261211), ten each in four styles (terse, hedged, a war story of what went wrong first,
   casual), written without running the scorer. Measured blind: 3 marked down, all fixed
   since: "We'd also enabled sticky sessions" is what the team had done, not a plan; "Gotcha:
   read a lagging follower right after a write and the user sees stale data" warns; and a
   rich answer to a sparse question (replicas, a CDN, tracing beside the guide's points) was
   told it is off topic, so an answer fits in full from a relevance of 0.8.
877. ``varied_strong_answers2.jsonl``: 40 more strong answers to 40 questions drawn at random
   (seed 20261214), ten each in four other styles (numbered steps, a mentor's warnings,
   comparisons and trade-offs, a postmortem's lessons), written the same way once this
   round's rules were in. Measured blind: one marked down, "Only Serializable blocks write
   skew" read against a point that says another isolation level allows it (a claim about one
   term read against what the point says of another; left alone).
878. ``idiomatic_strong_answers.jsonl``: 60 strong answers to 30 questions drawn at random
   (seed 31337), written to draw false alarms from this round's rules: idioms that sound
   like dismissals or advice but are right in context ("retrying without backoff is
   dangerous", "Keep it simple: never run LIKE queries on the primary", "I'd skip them and
   let the server assign the order", "indexing a boolean flag isn't worth it"). Measured
   blind: 3 marked contradicted with the code at the start of the round and 5 with its rules;
   "I'd skip them and let the server ..." offers another way and waves nothing away now (4).

    PYTHONPATH=. .venv/bin/python benchmarks/scorer_quality.py [--asag ASAG_DIR]
        [--mohler mohler_dataset_edited.csv] [--saf SAF/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import statistics
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from rapidfuzz import fuzz

from bot.content import load_bank
from bot.questions import Question, QuestionBank
from bot.scoring import KeyPointScorer, Score, Status, honesty, story
from bot.scoring.reference import reference_points
from bot.scoring.scorer import OFF_TOPIC_NOTE

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parent / "content"
FOLDS = 5
BAD_KINDS = ("keywords", "word_salad", "shuffled", "wrong", "off_topic")
KIND_ORDER = ("strong", "strong_typos", "gist", "partial", *BAD_KINDS)
SHUFFLE_SEED = 2013
ADVERSARIAL_SETS = (  # benchmarks/adversarial_<name>.jsonl, in the order they were written
    "answers",
    "holdout",
    "unseen",
    "blind",
    "fresh",
    "final",
    "recheck",
    "retest",
    "probe",
    "last",
    "spotcheck",
    "crosscheck",
    "doublecheck",
    "secondlook",
    "thirdlook",
    "lastlook",
    "nextlook",
    "finallook",
    "freshlook",
    "outlook",
    "uplook",
    "sidelook",
    "farlook",
    "farthest",
    "overlook",
    "lookout",
    "onlook",
    "relook",
    "backlook",
    "downlook",
    "lookahead",
    "lookbeyond",
    "lookaround",
    "lookthrough",
    "lookup",
    "lookalike",
    "lookaway",
    "lookabout",
    "lookdown",
    "lookover",
    "storytime",
    "storyline",
    "lookagain",
    "lookonward",
    "storyend",
    "lookforward",
    "lookwithin",
    "lookfurther",
    "lookclose",
    "lookinto",
    "lookaside",
    "lookback",
    "lookacross",
    "lookpast",
    "lookbehind",
    "lookunder",
    "lookamong",
    "lookbetween",
    "lookbeneath",
    "lookupon",
    "lookoutward",
    "looktoward",
    "lookalong",
    "lookforth",
    "lookaloft",
    "lookbelow",
    "lookabove",
    "lookbeside",
    "lookinward",
    "lookafter",
    "lookbefore",
    "lookround",
    "lookyonder",
    "lookhither",
    "lookthither",
    "lookhence",
    "lookwhence",
    "lookanew",
    "lookastern",
    "lookafar",
    "lookamid",
    "lookwhither",
    "lookaskance",
    "lookafield",
    "lookabroad",
    "lookashore",
    "lookaport",
    "lookabed",
    "lookadrift",
    "lookafresh",
    "lookafore",
    "lookabaft",
    "lookahigh",
    "lookalow",
    "lookanear",
    "lookaslant",
    "lookathwart",
    "lookamidst",
    "lookasunder",
    "lookaglow",
    "lookaslope",
    "lookawhile",
    "lookabreast",
    "lookaboard",
    "lookafloat",
    "lookaground",
    "lookaright",
    "lookaloof",
    "lookagog",
    "glanceback",
    "glanceover",
    "glanceup",
    "glancedown",
    "glanceaside",
    "glanceahead",
    "glancebehind",
    "glancearound",
    "glanceacross",
    "glancebeyond",
    "glancethrough",
    "glancewithin",
    "glanceinward",
    "glanceoutward",
    "glanceforward",
    "glancepast",
    "glanceunder",
    "glanceabove",
    "glancebelow",
    "glancebetween",
    "glanceamong",
    "glancealong",
    "glancetoward",
    "glancebeside",
    "peekback",
    "peekover",
    "peekup",
    "peekdown",
    "peekaside",
    "peekahead",
    "peekbehind",
    "peekaround",
    "peekacross",
    "peekbeyond",
    "peekthrough",
    "peekwithin",
    "peekinward",
    "peekoutward",
    "peekforward",
    "peekpast",
    "peekunder",
    "peekabove",
    "peekbelow",
    "peekbetween",
    "spyback",
    "spyover",
    "spyup",
    "spydown",
    "spyaside",
    "spyahead",
    "spybehind",
    "spyaround",
    "spyacross",
    "spybeyond",
    "spythrough",
    "spywithin",
    "spyinward",
    "spyoutward",
    "spyforward",
    "spypast",
    "spyunder",
    "spyabove",
    "spybelow",
    "spybetween",
    "gazeback",
    "gazeover",
    "gazeup",
    "gazedown",
    "gazeaside",
    "gazeahead",
    "gazebehind",
    "gazearound",
    "gazeacross",
    "gazebeyond",
    "gazethrough",
    "gazewithin",
    "gazeinward",
    "gazeoutward",
    "gazeforward",
    "gazepast",
    "gazeunder",
    "gazeabove",
    "gazebelow",
    "gazebetween",
    "gazeafar",
    "gazeanew",
    "gazeaway",
    "gazeabout",
    "viewback",
    "viewover",
    "viewup",
    "viewdown",
    "viewaside",
    "viewahead",
    "viewbehind",
    "viewaround",
    "viewacross",
    "viewbeyond",
    "viewthrough",
    "viewwithin",
    "viewinward",
    "viewoutward",
    "viewforward",
    "viewpast",
    "viewunder",
    "viewabove",
    "viewbelow",
    "viewbetween",
    "viewafar",
    "viewanew",
    "viewaway",
    "viewabout",
    "viewalong",
    "viewamid",
    "viewbeside",
    "viewnear",
    "viewfrom",
    "viewinto",
    "viewonto",
    "viewtoward",
    "viewbefore",
    "viewafter",
    "viewaloft",
    "viewaboard",
    "viewastern",
    "viewastray",
    "viewashore",
    "viewabroad",
    "sightback",
    "sightahead",
    "sightabove",
    "sightbelow",
    "sightbeyond",
    "sightwithin",
    "sightaround",
    "sightover",
    "sightacross",
    "sightafar",
    "sightalong",
    "sightamid",
    "sightanew",
    "sightaside",
    "sightastern",
    "sightaway",
    "sightbefore",
    "sightbehind",
    "sightbeneath",
    "sightbeside",
    "sightbetween",
    "sightdown",
    "sightforward",
    "sightinward",
    "glimpseback",
    "glimpsebelow",
    "glimpsebeyond",
    "glimpsedown",
    "glimpsefar",
    "glimpseinto",
    "glimpseout",
    "glimpseup",
    "glimpseahead",
    "glimpseabove",
    "glimpseacross",
    "glimpseaside",
    "glimpsenear",
    "glimpseover",
    "glimpsepast",
    "glimpsethrough",
    "peerahead",
    "peerabove",
    "peeracross",
    "peeraside",
    "peerbehind",
    "peerbeyond",
    "peerdown",
    "peerinto",
    "scanahead",
    "scanabove",
    "scanacross",
    "scanaside",
    "scanbehind",
    "scanbeyond",
    "scandown",
    "scaninto",
    "stareahead",
    "stareabove",
    "stareacross",
    "stareaside",
    "starebehind",
    "starebeyond",
    "staredown",
    "stareinto",
    "watchahead",
    "watchabove",
    "watchacross",
    "watchaside",
    "watchbehind",
    "watchbeyond",
    "watchdown",
    "watchinto",
    "eyeahead",
    "eyeabove",
    "eyeacross",
    "eyeaside",
    "eyebehind",
    "eyebeyond",
    "eyedown",
    "eyeinto",
    "spotahead",
    "spotabove",
    "spotacross",
    "spotaside",
    "spotbehind",
    "spotbeyond",
    "spotdown",
    "spotinto",
    "markahead",
    "markabove",
    "markacross",
    "markaside",
    "markbehind",
    "markbeyond",
    "markunder",
    "markinto",
    "noteahead",
    "noteabove",
    "noteacross",
    "noteaside",
    "notebehind",
    "notebeyond",
    "noteunder",
    "noteinto",
    "readahead",
    "readabove",
    "readacross",
    "readaside",
    "readbehind",
    "readbeyond",
    "readunder",
    "readinto",
    "skimahead",
    "skimabove",
    "skimacross",
    "skimaside",
    "skimbehind",
    "skimbeyond",
    "skimunder",
    "skiminto",
    "checkabove",
    "checkacross",
    "checkahead",
    "checkaside",
    "checkbehind",
    "checkbelow",
    "checkbeyond",
    "checkinto",
    "checkover",
    "checkpast",
    "checkthrough",
    "checkunder",
    "checkwithin",
    "checkalong",
    "checkaround",
    "checkbeside",
    "scoutabove",
    "scoutacross",
    "scoutahead",
    "scoutaside",
    "scoutbehind",
    "scoutbelow",
    "scoutbeyond",
    "scoutinto",
    "scoutover",
    "scoutpast",
    "scoutthrough",
    "scoutunder",
    "scoutwithin",
    "scoutalong",
    "scoutaround",
    "scoutbeside",
    "surveyabove",
    "surveyacross",
    "surveyahead",
    "surveyaside",
    "surveybehind",
    "surveybelow",
    "surveybeyond",
    "surveyinto",
    "surveyover",
    "surveypast",
    "surveythrough",
    "surveyunder",
    "surveywithin",
    "surveyalong",
    "surveyaround",
    "surveybeside",
    "surveyafar",
    "surveyamid",
    "surveyanew",
    "surveyaway",
    "surveyback",
    "surveydown",
    "surveyforward",
    "surveyup",
    "probeabove",
    "probeacross",
    "probeahead",
    "probeaside",
    "probebehind",
    "probebelow",
    "probebeyond",
    "probeinto",
    "probeover",
    "probepast",
    "probethrough",
    "probeunder",
    "probewithin",
    "probealong",
    "probearound",
    "probebeside",
    "probeafar",
    "probeamid",
    "probeanew",
    "probeaway",
    "probeback",
    "probedown",
    "probeforward",
    "probeup",
    "traceabove",
    "traceacross",
    "traceahead",
    "traceaside",
    "tracebehind",
    "tracebelow",
    "tracebeyond",
    "traceinto",
    "traceover",
    "tracepast",
    "tracethrough",
    "traceunder",
    "tracewithin",
    "tracealong",
    "tracearound",
    "tracebeside",
    "traceafar",
    "traceamid",
    "traceanew",
    "traceaway",
    "traceback",
    "tracedown",
    "traceforward",
    "traceup",
    "sweepabove",
    "sweepacross",
    "sweepahead",
    "sweepaside",
    "sweepbehind",
    "sweepbelow",
    "sweepbeyond",
    "sweepinto",
    "sweepover",
    "sweeppast",
    "sweepthrough",
    "sweepunder",
    "sweepwithin",
    "sweepalong",
    "sweeparound",
    "sweepbeside",
    "sweepafar",
    "sweepamid",
    "sweepanew",
    "sweepaway",
    "sweepback",
    "sweepdown",
    "sweepforward",
    "sweepup",
    "trackabove",
    "trackacross",
    "trackahead",
    "trackaside",
    "trackbehind",
    "trackbelow",
    "trackbeyond",
    "trackinto",
    "trackover",
    "trackpast",
    "trackthrough",
    "trackunder",
    "trackwithin",
    "trackalong",
    "trackaround",
    "trackbeside",
    "trackafar",
    "trackamid",
    "trackanew",
    "trackaway",
    "trackback",
    "trackdown",
    "trackforward",
    "trackup",
    "seekabove",
    "seekacross",
    "seekahead",
    "seekaside",
    "seekbehind",
    "seekbelow",
    "seekbeyond",
    "seekinto",
    "seekover",
    "seekpast",
    "seekthrough",
    "seekunder",
    "seekwithin",
    "seekalong",
    "seekaround",
    "seekbeside",
    "seekafar",
    "seekamid",
    "seekanew",
    "seekaway",
    "seekback",
    "seekdown",
    "seekforward",
    "seekup",
    "huntabove",
    "huntacross",
    "huntahead",
    "huntaside",
    "huntbehind",
    "huntbelow",
    "huntbeyond",
    "huntinto",
    "huntover",
    "huntpast",
    "huntthrough",
    "huntunder",
    "huntwithin",
    "huntalong",
    "huntaround",
    "huntbeside",
    "huntafar",
    "huntamid",
    "huntanew",
    "huntaway",
    "huntback",
    "huntdown",
    "huntforward",
    "huntup",
    "scourabove",
    "scouracross",
    "scourahead",
    "scouraside",
    "scourbehind",
    "scourbelow",
    "scourbeyond",
    "scourinto",
    "scourover",
    "scourpast",
    "scourthrough",
    "scourunder",
    "scourwithin",
    "scouralong",
    "scouraround",
    "scourbeside",
    "scourafar",
    "scouramid",
    "scouranew",
    "scouraway",
    "scourback",
    "scourdown",
    "scourforward",
    "scourup",
    "questabove",
    "questacross",
    "questahead",
    "questaside",
    "questbehind",
    "questbelow",
    "questbeyond",
    "questinto",
    "questover",
    "questpast",
    "questthrough",
    "questunder",
    "questwithin",
    "questalong",
    "questaround",
    "questbeside",
    "questafar",
    "questamid",
    "questanew",
    "questaway",
    "questback",
    "questdown",
    "questforward",
    "questup",
    "roamabove",
    "roamacross",
    "roamahead",
    "roamaside",
    "roambehind",
    "roambelow",
    "roambeyond",
    "roaminto",
    "roamover",
    "roampast",
    "roamthrough",
    "roamunder",
    "roamwithin",
    "roamalong",
    "roamaround",
    "roambeside",
    "roamafar",
    "roamamid",
    "roamanew",
    "roamaway",
    "roamback",
    "roamdown",
    "roamforward",
    "roamup",
    "wanderabove",
    "wanderacross",
    "wanderahead",
    "wanderalong",
    "wanderaround",
    "wanderaside",
    "wanderbehind",
    "wanderbelow",
    "wanderbeside",
    "wanderbetween",
    "wanderbeyond",
    "wanderdown",
    "wanderforward",
    "wanderinto",
    "wanderover",
    "wanderpast",
    "strollabove",
    "strollacross",
    "strollahead",
    "strollalong",
    "strollaround",
    "strollaside",
    "strollbehind",
    "strollbelow",
    "wadeabove",
    "wadeacross",
    "wadeahead",
    "wadealong",
    "wadearound",
    "wadeaside",
    "wadebehind",
    "wadebelow",
    "fordabove",
    "fordacross",
    "fordahead",
    "fordalong",
    "fordaround",
    "fordaside",
    "fordbehind",
    "fordbelow",
    "hikeabove",
    "hikeacross",
    "hikeahead",
    "hikealong",
    "hikearound",
    "hikeaside",
    "hikebehind",
    "hikebelow",
    "joltabove",
    "joltacross",
    "joltahead",
    "joltalong",
    "joltaround",
    "joltaside",
    "joltbehind",
    "joltbelow",
    "knitabove",
    "knitacross",
    "knitahead",
    "knitalong",
    "knitaround",
    "knitaside",
    "knitbehind",
    "knitbelow",
    "larkabove",
    "larkacross",
    "larkahead",
    "larkalong",
    "larkaround",
    "larkaside",
    "larkbehind",
    "larkbelow",
    "mothabove",
    "mothacross",
    "mothahead",
    "mothalong",
    "motharound",
    "mothaside",
    "mothbehind",
    "mothbelow",
    "oathabove",
    "oathacross",
    "oathahead",
    "oathalong",
    "oatharound",
    "oathaside",
    "oathbehind",
    "oathbelow",
    "plumabove",
    "plumacross",
    "plumahead",
    "plumalong",
    "plumaround",
    "plumaside",
    "plumbehind",
    "plumbelow",
    "rakeabove",
    "rakeacross",
    "rakeahead",
    "rakealong",
    "rakearound",
    "rakeaside",
    "rakebehind",
    "rakebelow",
    "sailabove",
    "sailacross",
    "sailahead",
    "sailalong",
    "sailaround",
    "sailaside",
    "sailbehind",
    "sailbelow",
    "tarnabove",
    "tarnacross",
    "tarnahead",
    "tarnalong",
    "tarnaround",
    "tarnaside",
    "tarnbehind",
    "tarnbelow",
    "valeabove",
    "valeacross",
    "valeahead",
    "valealong",
    "valearound",
    "valeaside",
    "valebehind",
    "valebelow",
    "wrenabove",
    "wrenacross",
    "wrenahead",
    "wrenalong",
    "wrenaround",
    "wrenaside",
    "wrenbehind",
    "wrenbelow",
    "yawlabove",
    "yawlacross",
    "yawlahead",
    "yawlalong",
    "yawlaround",
    "yawlaside",
    "yawlbehind",
    "yawlbelow",
    "zincabove",
    "zincacross",
    "zincahead",
    "zincalong",
    "zincaround",
    "zincaside",
    "zincbehind",
    "zincbelow",
    "archabove",
    "archacross",
    "archahead",
    "archalong",
    "archaround",
    "archaside",
    "archbehind",
    "archbelow",
    "brimabove",
    "brimacross",
    "brimahead",
    "brimalong",
    "brimaround",
    "brimaside",
    "brimbehind",
    "brimbelow",
    "coveabove",
    "coveacross",
    "coveahead",
    "covealong",
    "covearound",
    "coveaside",
    "covebehind",
    "covebelow",
    "duskabove",
    "duskacross",
    "duskahead",
    "duskalong",
    "duskaround",
    "duskaside",
    "duskbehind",
    "duskbelow",
    "fernabove",
    "fernacross",
    "fernahead",
    "fernalong",
    "fernaround",
    "fernaside",
    "fernbehind",
    "fernbelow",
    "galeabove",
    "galeacross",
    "galeahead",
    "galealong",
    "galearound",
    "galeaside",
    "galebehind",
    "galebelow",
    "heathabove",
    "heathacross",
    "heathahead",
    "heathalong",
    "heatharound",
    "heathaside",
    "heathbehind",
    "heathbelow",
    "isleabove",
    "isleacross",
    "isleahead",
    "islealong",
    "islearound",
    "isleaside",
    "islebehind",
    "islebelow",
    "jadeabove",
    "jadeacross",
    "jadeahead",
    "jadealong",
    "jadearound",
    "jadeaside",
    "jadebehind",
    "jadebelow",
    "kilnabove",
    "kilnacross",
    "kilnahead",
    "kilnalong",
    "kilnaround",
    "kilnaside",
    "kilnbehind",
    "kilnbelow",
    "loamabove",
    "loamacross",
    "loamahead",
    "loamalong",
    "loamaround",
    "loamaside",
    "loambehind",
    "loambelow",
)
MOHLER_CORRECT = 0.8  # an average grade of 4 of 5 or more counts as correct


@dataclass(frozen=True, slots=True)
class Judged:
    group: str  # the question, for grouped folds
    grade: float  # the human grade, 0..1
    correct: bool
    score: float
    baseline: float


def auc(items: Sequence[Judged], value: Callable[[Judged], float]) -> float:
    """The chance a correct answer outscores an incorrect one (ties count half)."""
    ranked = sorted(items, key=value)
    rank_sum, position, positives = 0.0, 0, sum(item.correct for item in items)
    while position < len(ranked):
        end = position
        while end + 1 < len(ranked) and value(ranked[end + 1]) == value(ranked[position]):
            end += 1
        average_rank = (position + end) / 2 + 1
        rank_sum += average_rank * sum(ranked[i].correct for i in range(position, end + 1))
        position = end + 1
    negatives = len(items) - positives
    if not positives or not negatives:
        return float("nan")
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread = math.sqrt(sum((x - mean_x) ** 2 for x in xs) * sum((y - mean_y) ** 2 for y in ys))
    return covariance / spread if spread else float("nan")


def metrics(items: Sequence[Judged]) -> tuple[float, float, float, float]:
    grades = [item.grade for item in items]
    return (
        auc(items, lambda item: item.score),
        auc(items, lambda item: item.baseline),
        pearson([item.score for item in items], grades),
        pearson([item.baseline for item in items], grades),
    )


def fold_of(group: str) -> int:
    return zlib.crc32(group.encode()) % FOLDS


def print_set(name: str, items: Sequence[Judged]) -> None:
    print(f"\n{name}: {len(items)} answers, {len({item.group for item in items})} questions")
    scorer_auc, base_auc, scorer_r, base_r = metrics(items)
    print(f"  all      AUC {scorer_auc:.3f} (baseline {base_auc:.3f})   "
          f"Pearson {scorer_r:.3f} (baseline {base_r:.3f})")  # fmt: skip
    by_fold = [metrics([i for i in items if fold_of(i.group) == k]) for k in range(FOLDS)]
    columns = list(zip(*by_fold, strict=True))
    spread = [(statistics.fmean(c), statistics.stdev(c)) for c in columns]
    print(f"  folds    AUC {spread[0][0]:.3f}±{spread[0][1]:.3f} "
          f"(baseline {spread[1][0]:.3f}±{spread[1][1]:.3f})   "
          f"Pearson {spread[2][0]:.3f}±{spread[2][1]:.3f} "
          f"(baseline {spread[3][0]:.3f}±{spread[3][1]:.3f})")  # fmt: skip


def baseline(reference: str, answer: str) -> float:
    return fuzz.token_set_ratio(reference, answer) / 100


def read_lines(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def asag_set(path: Path, scorer: KeyPointScorer) -> list[Judged]:
    judged = []
    for row in read_lines(path):
        grade = float(str(row["grade"]))
        reference, answer = str(row["reference"]), str(row["answer"])
        question, group = str(row["question"]), str(row["qid"])
        judged.append(against_reference(scorer, group, question, reference, answer, grade, 1.0))
    return judged


def mohler_set(path: Path, scorer: KeyPointScorer) -> list[Judged]:
    with path.open(encoding="utf-8", newline="") as lines:
        return [
            against_reference(
                scorer,
                row["id"],
                row["question"],
                row["desired_answer"],
                row["student_answer"],
                float(row["score_avg"]) / 5,
                MOHLER_CORRECT,
            )
            for row in csv.DictReader(lines)
        ]


def saf_set(folder: Path, scorer: KeyPointScorer) -> list[Judged]:
    """The answers of every question file under ``folder``; a question's answers in several
    files (its seen and unseen answers) are one group."""
    judged = []
    for path in sorted(folder.rglob("*.xml")):
        root = ElementTree.parse(path).getroot()  # a public data set, read locally
        question = " ".join((root.findtext("questionText") or "").split())
        reference = root.findtext("referenceAnswers/referenceAnswer") or ""
        for answer in root.iter("studentAnswer"):
            grade = float((answer.findtext("score") or "0").strip())
            response = (answer.findtext("response") or "").strip()
            judged.append(
                against_reference(scorer, path.stem, question, reference, response, grade, 1.0)
            )
    return judged


def against_reference(
    scorer: KeyPointScorer,
    group: str,
    question: str,
    reference: str,
    answer: str,
    grade: float,
    correct_from: float,
) -> Judged:
    """One answer scored as ``mockinterview grade`` scores a ``reference`` line."""
    score = scorer.score(question=question, key_points=reference_points(reference), answer=answer)
    return Judged(group, grade, grade >= correct_from, score.value, baseline(reference, answer))


def graded_set(path: Path, bank: QuestionBank, scorer: KeyPointScorer) -> list[Judged]:
    judged = []
    for row in read_lines(path):
        question = bank.get(str(row["question_id"]))
        if question is None:
            continue
        answer, grade = str(row["answer"]), int(str(row["grade"]))
        value = score_against(question, answer, bank, scorer).value
        reference = " ".join(point.text for point in question.key_points)
        judged.append(
            Judged(question.id, grade / 5, grade >= 3, value, baseline(reference, answer))
        )
    return judged


def score_against(
    question: Question, answer: str, bank: QuestionBank, scorer: KeyPointScorer
) -> Score:
    glossary = bank.guide(question.guide).glossary
    return scorer.score(
        question=question.prompt,
        key_points=question.key_points,
        answer=answer,
        kind=question.kind,
        glossary=glossary,
    )


def shuffled(rows: Sequence[dict[str, object]], bank: QuestionBank) -> list[dict[str, object]]:
    """For each question, its key points' own words shuffled: word salad at its plainest."""
    made: list[dict[str, object]] = []
    for question_id in dict.fromkeys(str(row["question_id"]) for row in rows):
        question = bank.get(question_id)
        if question is not None:
            words = " ".join(point.text for point in question.key_points).split()
            random.Random(f"{SHUFFLE_SEED}:{question_id}").shuffle(words)
            made.append({"question_id": question_id, "kind": "shuffled", "answer": " ".join(words)})
    return made


def adversarial(path: Path, bank: QuestionBank, scorer: KeyPointScorer) -> None:
    """The mean score by kind of answer, and how often strong > partial > every bad kind."""
    rows = read_lines(path)
    rows += shuffled(rows, bank)
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    baselines: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        question = bank.get(str(row["question_id"]))
        if question is None:
            continue
        kind, answer = str(row["kind"]), str(row["answer"])
        scores[question.id][kind] = score_against(question, answer, bank, scorer).value
        reference = " ".join(point.text for point in question.key_points)
        baselines[kind].append(baseline(reference, answer))
    print(f"\n{path.stem}: {len(rows)} answers to {len(scores)} questions")
    for kind in KIND_ORDER:
        values = [by_kind[kind] for by_kind in scores.values() if kind in by_kind]
        base = statistics.fmean(baselines[kind])
        print(f"  {kind:<13} mean {statistics.fmean(values):.2f}  min {min(values):.2f}  "
              f"max {max(values):.2f}   (baseline mean {base:.2f})")  # fmt: skip
    ordered = sum(_ordered(by_kind) for by_kind in scores.values())
    print(f"  strong > partial > every bad kind: {ordered} of {len(scores)} questions")


HELD_BACK = (OFF_TOPIC_NOTE, story.OFF_TOPIC_NOTE, honesty.LIST_NOTE, honesty.JUMBLE_NOTE)


def aware(path: Path, bank: QuestionBank, scorer: KeyPointScorer, what: str) -> None:
    """Strong answers that show awareness of the pitfalls in many phrasings ("bcrypt is
    better than MD5", "the classic mistake is..."), or define terms in many phrasings: how
    many points the claim checks mark contradicted, each of them wrongly."""
    rows = read_lines(path)
    scores = [
        score_against(question, str(row["answer"]), bank, scorer)
        for row in rows
        if (question := bank.get(str(row["question_id"]))) is not None
    ]
    wrongly = sum(point.status is Status.CONTRADICTED for score in scores for point in score.points)
    answers = sum(any(p.status is Status.CONTRADICTED for p in score.points) for score in scores)
    held_back = sum(any(map(_held_back, score.notes)) for score in scores)
    mean = statistics.fmean(score.value for score in scores)
    print(f"\n{path.stem}: {len(scores)} strong answers {what}")
    print(f"  points marked contradicted: {wrongly}, in {answers} answers   mean score {mean:.2f}")
    print(f"  told they are off topic, a list, a jumble or a red flag: {held_back} answers")


def _held_back(note: str) -> bool:
    """Whether a note says the answer keeps only part of its credit, as a whole."""
    return note in HELD_BACK or story.RED_FLAG_READS in note


def _ordered(by_kind: dict[str, float]) -> bool:
    worst_bad = max(by_kind[kind] for kind in BAD_KINDS)
    return by_kind["strong"] > by_kind["partial"] > worst_bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--asag", type=Path, help="SemEval-2013's SciEntsBank and Beetle (JSON lines)"
    )
    parser.add_argument("--mohler", type=Path, help="a CSV copy of Mohler et al. (2011)")
    parser.add_argument("--saf", type=Path, help="the Short Answer Feedback set's XML files")
    arguments = parser.parse_args()
    scorer = KeyPointScorer()
    bank = load_bank([CONTENT])
    public = sorted(arguments.asag.glob("*.jsonl")) if arguments.asag else []
    for path in public:
        print_set(path.stem, asag_set(path, scorer))
    if not public:
        print("(no public sets: pass --asag DIR, a folder of their JSON lines files)")
    if arguments.mohler:
        print_set("mohler (grade >= 4 counts as correct)", mohler_set(arguments.mohler, scorer))
    if arguments.saf:
        print_set("saf english (a score of 1 counts as correct)", saf_set(arguments.saf, scorer))
    print_set(
        "graded_answers (grade >= 3 counts as correct)",
        graded_set(HERE / "graded_answers.jsonl", bank, scorer),
    )
    for name in ADVERSARIAL_SETS:
        adversarial(HERE / f"adversarial_{name}.jsonl", bank, scorer)
    aware(HERE / "aware_answers.jsonl", bank, scorer, "aware of the pitfalls")
    aware(HERE / "defining_answers.jsonl", bank, scorer, "defining terms set against each other")
    aware(HERE / "nuanced_answers.jsonl", bank, scorer, "that dismiss one case or one way")
    aware(HERE / "seasoned_answers.jsonl", bank, scorer, "in a senior engineer's own words")
    aware(HERE / "plainspoken_answers.jsonl", bank, scorer, "in plain words, contrasts and candour")
    aware(HERE / "varied_strong_answers.jsonl", bank, scorer, "in four styles")
    aware(HERE / "varied_strong_answers2.jsonl", bank, scorer, "in four other styles")
    aware(
        HERE / "idiomatic_strong_answers.jsonl", bank, scorer, "in idioms of dismissal and advice"
    )


if __name__ == "__main__":
    main()
