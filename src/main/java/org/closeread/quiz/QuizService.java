package org.closeread.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.closeread.article.ArticleService;
import org.closeread.base.ReadableCode;
import org.closeread.lesson.Lesson;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes and practice for students: participants with resume codes, attempts, and answers stored the
 * moment they are given. Every try is kept in order; the answer that counts and whether a try is let
 * through follow {@link AnswerPolicy}, and any {@link AnswerGate} (a closed class) may refuse it. Starting,
 * answering and finishing publish a {@link QuizActivity} event; teachers' views read attempts back.
 */
@Service
public class QuizService {

    /** What a student reads who tries to self-check a written answer in a class: a key of the translations. */
    public static final String TEACHER_MARKS = "quiz.refused.teacher-marks";

    private final QuizRepository quizzes;
    private final ParticipantRepository participants;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final LessonService lessons;
    private final ApplicationEventPublisher events;
    private final ArticleService articles;
    private final ObjectProvider<AnswerGate> gates;

    QuizService(QuizRepository quizzes, ParticipantRepository participants, AttemptRepository attempts,
                AnswerRepository answers, LessonService lessons, ApplicationEventPublisher events,
                ArticleService articles, ObjectProvider<AnswerGate> gates) {
        this.gates = gates;
        this.quizzes = quizzes;
        this.participants = participants;
        this.attempts = attempts;
        this.answers = answers;
        this.lessons = lessons;
        this.events = events;
        this.articles = articles;
    }

    /** The lesson a quiz belongs to, with its article: what quiz views show questions against. */
    public Optional<LessonReading> lesson(String lessonSlug) {
        return lessons.reading(lessonSlug);
    }

    /**
     * The lesson with the article version a quiz version was written on, so an attempt made before the
     * article's text changed shows the text it was taken on.
     */
    @Transactional(readOnly = true)
    public Optional<LessonReading> lesson(String lessonSlug, long quizId) {
        Optional<String> written = quizzes.findById(quizId).map(quiz -> quiz.articleSlug);
        return lessons.reading(lessonSlug).map(reading -> written
                .filter(slug -> !slug.equals(reading.article().slug()))
                .flatMap(articles::find)
                .map(article -> new LessonReading(reading.lesson(), article))
                .orElse(reading));
    }

    /** The lesson's final quiz as students see it, if it has one and the lesson is published. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> quiz(String lessonSlug) {
        return published(lessonSlug) ? quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug,
                QuizEntity.FINAL_QUIZ).map(QuizEntity::toStudentQuiz) : Optional.empty();
    }

    /** The lesson's final quiz on a path, as students see it. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> quiz(String lessonSlug, LessonPath path) {
        return lessons.reading(lessonSlug).flatMap(reading -> quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(
                lessonSlug, QuizKeys.quiz(reading.lesson().plan(), path)).map(QuizEntity::toStudentQuiz));
    }

    /** A step's practice exercises on a path, as students see them. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> exercises(String lessonSlug, String stepId, LessonPath path) {
        return lessons.reading(lessonSlug).flatMap(reading -> quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(
                lessonSlug, QuizKeys.step(reading.lesson().plan(), stepId, path)).map(QuizEntity::toStudentQuiz));
    }

    /** The quiz key of a lesson's final quiz on a path (the same for both paths when they ask the same). */
    @Transactional(readOnly = true)
    public String quizKey(String lessonSlug, LessonPath path) {
        return lessons.reading(lessonSlug).map(reading -> QuizKeys.quiz(reading.lesson().plan(), path))
                .orElse(QuizKeys.FINAL);
    }

    /** The path a participant's class assigned the lesson on, if a class did. */
    @Transactional(readOnly = true)
    public Optional<LessonPath> assignedPath(Participant participant, String lessonSlug) {
        return gates.orderedStream().map(gate -> gate.path(participant.id(), lessonSlug)).flatMap(Optional::stream)
                .findFirst();
    }

    /** A step's practice exercises as students see them, if it has any and the lesson is published. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> exercises(String lessonSlug, String stepId) {
        return published(lessonSlug) ? quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug,
                QuizEntity.STEP_PREFIX + stepId).map(QuizEntity::toStudentQuiz) : Optional.empty();
    }

    private boolean published(String lessonSlug) {
        return lessons.reading(lessonSlug).isPresent();
    }

    /** The lesson step to review when a question of this quiz version is missed. */
    @Transactional(readOnly = true)
    public Optional<String> reviewStep(long quizId, String questionId) {
        return quizzes.findById(quizId).flatMap(quiz -> quiz.questions.stream()
                .filter(q -> q.questionKey.equals(questionId)).findFirst())
                .flatMap(q -> q.toQuestion().review());
    }

    @Transactional
    public Participant newParticipant(String displayName) {
        ParticipantEntity participant = new ParticipantEntity();
        participant.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        do {
            participant.resumeCode = ReadableCode.generate(Participant.RESUME_CODE_LENGTH);
        } while (participants.existsByResumeCode(participant.resumeCode));
        participant.createdAt = Instant.now();
        return participants.save(participant).toParticipant();
    }

    /** The participant a typed resume code belongs to; forgiving about case, spaces and dashes. */
    @Transactional(readOnly = true)
    public Optional<Participant> resume(String typedCode) {
        return ReadableCode.normalize(typedCode, Participant.RESUME_CODE_LENGTH)
                .flatMap(participants::findByResumeCode)
                .map(ParticipantEntity::toParticipant);
    }

    /**
     * The participant's latest attempt at the lesson's quiz (or a step's exercises, with key
     * {@code step:<id>}), finished or not; a new attempt on the current version when there is none.
     */
    @Transactional
    public Optional<AttemptView> attempt(Participant participant, String lessonSlug, String quizKey) {
        Optional<AttemptEntity> latest = attempts
                .findFirstByParticipantIdAndQuizLessonSlugAndQuizQuizKeyOrderByStartedAtDescIdDesc(
                        participant.id(), lessonSlug, quizKey);
        if (latest.isPresent()) {
            return latest.map(QuizService::view);
        }
        if (refusal(participant, lessonSlug, quizKey).isPresent()) {
            return Optional.empty();
        }
        return start(participant, lessonSlug, quizKey);
    }

    /**
     * Why this participant's answers to the quiz (or exercises) are refused now, for example a closed
     * class or assignment; empty when they are let through.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(Participant participant, String lessonSlug, String quizKey) {
        return gates.orderedStream().map(gate -> gate.refusal(participant.id(), lessonSlug, quizKey))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * A fresh attempt on the current version, for taking a quiz again; refused
     * ({@link AnswerRefusedException}) where an {@link AnswerGate} refuses answers.
     */
    @Transactional
    public Optional<AttemptView> start(Participant participant, String lessonSlug, String quizKey) {
        refusal(participant, lessonSlug, quizKey).ifPresent(message -> {
            throw new AnswerRefusedException(message);
        });
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, quizKey).map(quiz -> {
            AttemptEntity attempt = new AttemptEntity();
            attempt.participant = participants.getReferenceById(participant.id());
            attempt.quiz = quiz;
            attempt.feedback = gates.orderedStream().map(gate -> gate.feedback(participant.id(), lessonSlug))
                    .flatMap(Optional::stream).findFirst().orElse(quiz.feedback);
            attempt.teacherMarks = gates.orderedStream()
                    .anyMatch(gate -> gate.teacherMarks(participant.id(), lessonSlug));
            attempt.startedAt = Instant.now();
            attempt.lastActivity = attempt.startedAt;
            AttemptEntity saved = attempts.save(attempt);
            events.publishEvent(new QuizActivity.AttemptStarted(participant.id(), saved.id, lessonSlug, quizKey));
            return view(saved);
        });
    }

    @Transactional(readOnly = true)
    public AttemptView attempt(Participant participant, long attemptId) {
        return view(owned(participant, attempts.findById(attemptId)));
    }

    /**
     * Scores and stores a try at once, if {@link AnswerPolicy} and every {@link AnswerGate} let it
     * through; otherwise throws {@link AnswerRefusedException} with the student's message and nothing
     * stored changes. Every try is kept; the answer that counts changes only where the policy says so.
     * The attempt row is locked first, so a double click or two tabs answering the same question are
     * decided one after the other. Returns this try's result (show it only where
     * {@link AttemptView#results()} would).
     */
    @Transactional
    public Result answer(Participant participant, long attemptId, String questionId, Answer answer) {
        return answer(participant, attemptId, questionId, answer, null);
    }

    /**
     * As {@link #answer(Participant, long, String, Answer)}, for a client that names each answer it sends
     * ({@code requestId}, at most 64 characters; {@code null}: unnamed): a request with a name already
     * stored in this attempt is acknowledged and not stored again, even when another answer came in
     * between (the first copy's reply was lost and it was sent again, and the lost copy was processed late).
     */
    @Transactional
    public Result answer(Participant participant, long attemptId, String questionId, Answer answer,
                         String requestId) {
        if (requestId != null && (requestId.isBlank() || requestId.length() > 64)) {
            throw new IllegalArgumentException("A request id has 1 to 64 characters.");
        }
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        refuseIfGated(participant, attempt);
        QuestionEntity question = question(attempt, questionId);
        String response = QuestionCodec.write(answer);
        if (requestId != null && attempt.tries.stream().anyMatch(t -> requestId.equals(t.requestId))) {
            return attempt.score(question, answer);
        }
        if (attempt.lastResponse(question.id).filter(response::equals).isPresent()) {
            // The same answer sent again (a second click, or a resend after a lost reply): acknowledged with
            // its result, stored once.
            return attempt.score(question, answer);
        }
        Optional<AnswerEntity> counted = answers.findByAttemptIdAndQuestionId(attempt.id, question.id);
        AnswerPolicy.Decision decision = AnswerPolicy.decide(attempt.practice(), attempt.feedbackTiming(),
                attempt.finished(), counted.isPresent());
        if (decision == AnswerPolicy.Decision.REFUSE) {
            throw new AnswerRefusedException(AnswerPolicy.refusal(attempt.practice(), attempt.feedbackTiming(),
                    attempt.finished(), true).orElseThrow());
        }
        Result result = attempt.score(question, answer);
        Instant now = Instant.now();
        AnswerTryEntity tried = new AnswerTryEntity();
        tried.attempt = attempt;
        tried.question = question;
        tried.tryNumber = attempt.tries(question.id) + 1;
        tried.response = response;
        tried.score = result.score();
        tried.answeredAt = now;
        tried.requestId = requestId;
        attempt.tries.add(tried);
        if (decision == AnswerPolicy.Decision.COUNTS) {
            AnswerEntity stored = counted.orElseGet(() -> {
                AnswerEntity created = new AnswerEntity();
                created.attempt = attempt;
                created.question = question;
                attempt.answers.add(created);
                return created;
            });
            stored.response = response;
            stored.score = result.score();
            stored.correct = result.correct();
            stored.answeredAt = now;
        }
        attempt.lastActivity = now;
        attempts.saveAndFlush(attempt);
        events.publishEvent(new QuizActivity.AnswerRecorded(participant.id(), attempt.id, attempt.quiz.lessonSlug,
                attempt.quiz.quizKey, questionId));
        return result;
    }

    /**
     * A student's self-check of their written answer against the rubric, once its model answer has been
     * shown: the ticked points score the answer that counts (its text stays as it was). Not a new try.
     */
    @Transactional
    public Result selfCheck(Participant participant, long attemptId, String questionId, Set<Integer> ticked) {
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        refuseIfGated(participant, attempt);
        QuestionEntity question = question(attempt, questionId);
        AnswerEntity stored = answers.findByAttemptIdAndQuestionId(attempt.id, question.id)
                .filter(a -> a.toAnswer() instanceof WrittenAnswer)
                .orElseThrow(() -> new IllegalArgumentException("No written answer to check for " + questionId + "."));
        if (attempt.teacherMarks) {
            throw new AnswerRefusedException(TEACHER_MARKS);
        }
        if (!attempt.feedbackShown()) {
            throw new AnswerRefusedException("quiz.refused.check-after-submit");
        }
        WrittenAnswer checked = new WrittenAnswer(((WrittenAnswer) stored.toAnswer()).text(), ticked);
        Result result = question.toQuestion().score(checked);
        stored.response = QuestionCodec.write(checked);
        stored.score = result.score();
        stored.correct = result.correct();
        attempt.lastActivity = Instant.now();
        attempts.saveAndFlush(attempt);
        events.publishEvent(new QuizActivity.AnswerRecorded(participant.id(), attempt.id, attempt.quiz.lessonSlug,
                attempt.quiz.quizKey, questionId));
        return result;
    }

    /**
     * A teacher's mark of a written answer in a class attempt: the rubric points met and an optional
     * comment the student sees; marking again replaces the mark. Only for the classroom feature, which
     * checks first that the teacher owns the student's class: no student view calls this.
     */
    @Transactional
    public Result mark(long attemptId, String questionId, Set<Integer> met, String comment, String markedBy) {
        AttemptEntity attempt = attempts.lockById(attemptId)
                .orElseThrow(() -> new IllegalArgumentException("No such attempt."));
        if (!attempt.teacherMarks) {
            throw new AnswerRefusedException("quiz.refused.self-checked");
        }
        QuestionEntity question = question(attempt, questionId);
        if (!(question.toQuestion() instanceof WrittenQuestion written)) {
            throw new IllegalArgumentException("Only written answers are marked; " + questionId + " is scored.");
        }
        AnswerEntity stored = answers.findByAttemptIdAndQuestionId(attempt.id, question.id)
                .orElseThrow(() -> new IllegalArgumentException("No answer to mark for " + questionId + "."));
        TeacherMark checked = new TeacherMark(written.rubric(), met, comment, markedBy, Instant.now());
        TeacherMarkEntity entity = attempt.mark(question.id).orElseGet(() -> {
            TeacherMarkEntity created = new TeacherMarkEntity();
            created.attempt = attempt;
            created.question = question;
            attempt.marks.add(created);
            return created;
        });
        entity.setMet(checked.met());
        entity.comment = checked.comment().isEmpty() ? null : checked.comment();
        entity.markedBy = markedBy;
        entity.markedAt = checked.markedAt();
        Result result = attempt.score(question, stored.toAnswer());
        stored.score = result.score();
        stored.correct = result.correct();
        attempts.saveAndFlush(attempt);
        events.publishEvent(new QuizActivity.AnswerRecorded(attempt.participant.id, attempt.id,
                attempt.quiz.lessonSlug, attempt.quiz.quizKey, questionId));
        return result;
    }

    /** Every try at one question of an attempt, in the order given: for teachers' views. */
    @Transactional(readOnly = true)
    public List<AnswerTry> tries(long attemptId, String questionId) {
        return attempts.findById(attemptId).stream().flatMap(a -> a.tries.stream())
                .filter(t -> t.question.questionKey.equals(questionId))
                .sorted(Comparator.comparingInt(t -> t.tryNumber))
                .map(t -> new AnswerTry(t.tryNumber, QuestionCodec.answer(t.response), t.score, t.answeredAt))
                .toList();
    }

    private void refuseIfGated(Participant participant, AttemptEntity attempt) {
        refusal(participant, attempt.quiz.lessonSlug, attempt.quiz.quizKey).ifPresent(message -> {
            throw new AnswerRefusedException(message);
        });
    }

    private static QuestionEntity question(AttemptEntity attempt, String questionId) {
        return attempt.quiz.questions.stream()
                .filter(q -> q.questionKey.equals(questionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId + " in this quiz."));
    }

    /** Closes the attempt and returns its result; closing it twice changes nothing. */
    @Transactional
    public QuizResult finish(Participant participant, long attemptId) {
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        if (!attempt.finished()) {
            refuseIfGated(participant, attempt);
            attempt.finishedAt = Instant.now();
            attempt.lastActivity = attempt.finishedAt;
            events.publishEvent(new QuizActivity.AttemptFinished(participant.id(), attempt.id,
                    attempt.quiz.lessonSlug, attempt.quiz.quizKey));
        }
        return result(attempt);
    }

    /** The attempt's result with its keys, once the student may see them (never before a quiz is submitted
     * where feedback comes at the end). */
    @Transactional(readOnly = true)
    public QuizResult result(Participant participant, long attemptId) {
        AttemptEntity attempt = owned(participant, attempts.findById(attemptId));
        if (!attempt.feedbackShown()) {
            throw new AnswerRefusedException("quiz.refused.results-after-submit");
        }
        return result(attempt);
    }

    /**
     * The lesson's current quiz with its keys, feedback and explanations: for teachers' views of
     * results, never for a student's browser.
     */
    @Transactional(readOnly = true)
    public Optional<Quiz> quizWithKeys(String lessonSlug) {
        return quizWithKeys(lessonSlug, QuizEntity.FINAL_QUIZ);
    }

    /** Like {@link #quizWithKeys(String)}, for the quiz with this key (see {@link QuizKeys}). */
    @Transactional(readOnly = true)
    public Optional<Quiz> quizWithKeys(String lessonSlug, String quizKey) {
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, quizKey).map(QuizEntity::toQuiz);
    }

    /** The participants with these ids; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Participant> participants(Collection<Long> ids) {
        return participants.findAllById(ids).stream().map(ParticipantEntity::toParticipant).toList();
    }

    /**
     * Each participant's latest attempt at the lesson's quiz (any version), with every answer and its
     * result: what a teacher's dashboard and results are built from. Participants who have not started
     * have none.
     */
    @Transactional(readOnly = true)
    public List<AttemptRecord> latestAttempts(Collection<Long> participantIds, String lessonSlug) {
        return latestAttempts(participantIds, lessonSlug, QuizEntity.FINAL_QUIZ);
    }

    /** Like {@link #latestAttempts(Collection, String)}, at the quiz with this key. */
    @Transactional(readOnly = true)
    public List<AttemptRecord> latestAttempts(Collection<Long> participantIds, String lessonSlug, String quizKey) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        Comparator<AttemptEntity> order = Comparator.comparing((AttemptEntity a) -> a.startedAt)
                .thenComparing(a -> a.id);
        Map<Long, AttemptEntity> latest = attempts.findByParticipantIdInAndQuizLessonSlugAndQuizQuizKey(
                        participantIds, lessonSlug, quizKey).stream()
                .collect(Collectors.toMap(a -> a.participant.id, Function.identity(),
                        (a, b) -> order.compare(a, b) >= 0 ? a : b));
        return latest.values().stream().sorted(order).map(QuizService::record).toList();
    }

    /**
     * How far this student is with each lesson they began, by lesson slug: reading (an exercise answered
     * or the quiz begun) or the quiz done with the score of the latest finished attempt. Lessons not in
     * the map are not started.
     */
    @Transactional(readOnly = true)
    public Map<String, LessonProgress> progress(Participant participant) {
        Map<String, LessonProgress> progress = new LinkedHashMap<>();
        List<AttemptEntity> all = attempts.findByParticipantIdIn(List.of(participant.id()));
        Map<String, AttemptEntity> done = latestFinished(all);
        all.forEach(attempt -> progress.putIfAbsent(
                attempt.quiz.lessonSlug, LessonProgress.READING));
        done.forEach((slug, attempt) -> progress.put(slug, LessonProgress.quizDone(result(attempt).percent())));
        return progress;
    }

    /**
     * A student's skill view: each lesson whose quiz they finished (the latest finished attempt), in the
     * order finished, with the score per lens; see {@link LensScores}.
     */
    @Transactional(readOnly = true)
    public SkillReport skills(Participant participant) {
        Map<String, Optional<Lesson>> lessonCache = new HashMap<>();
        return new SkillReport(latestFinished(attempts.findByParticipantIdIn(List.of(participant.id()))).values()
                .stream().sorted(Comparator.comparing((AttemptEntity a) -> a.finishedAt).thenComparing(a -> a.id))
                .map(attempt -> skills(attempt, lessonCache)).toList());
    }

    /**
     * For teachers: each participant's latest attempt at each of these lessons' quizzes (finished or not;
     * a quiz still going on counts its answered questions only), lesson by lesson in the order given, with
     * the score per lens. A participant without any attempt at them has an empty report.
     */
    @Transactional(readOnly = true)
    public Map<Long, SkillReport> skills(Collection<Long> participantIds, List<String> lessonSlugs) {
        Map<Long, List<LessonSkills>> byParticipant = new LinkedHashMap<>();
        participantIds.forEach(id -> byParticipant.put(id, new java.util.ArrayList<>()));
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Optional<Lesson>> lessonCache = new HashMap<>();
        Comparator<AttemptEntity> order = Comparator.comparing((AttemptEntity a) -> a.startedAt)
                .thenComparing(a -> a.id);
        for (String slug : lessonSlugs.stream().distinct().toList()) {
            attempts.findByParticipantIdInAndQuizLessonSlugAndQuizQuizKey(participantIds, slug, QuizEntity.FINAL_QUIZ)
                    .stream().collect(Collectors.toMap(a -> a.participant.id, Function.identity(),
                            (a, b) -> order.compare(a, b) >= 0 ? a : b))
                    .forEach((id, attempt) -> byParticipant.get(id).add(skills(attempt, lessonCache)));
        }
        Map<Long, SkillReport> reports = new LinkedHashMap<>();
        byParticipant.forEach((id, list) -> reports.put(id, new SkillReport(list)));
        return reports;
    }

    private LessonSkills skills(AttemptEntity attempt, Map<String, Optional<Lesson>> lessonCache) {
        String slug = attempt.quiz.lessonSlug;
        Optional<Lesson> lesson = lessonCache.computeIfAbsent(slug, s -> lessons.lesson(s));
        QuizResult result = result(attempt);
        List<LensScore> lenses = LensScores.of(attempt.quiz.toQuiz(), result.results(),
                question -> lesson.flatMap(l -> LensScores.lensOf(question, l)), !attempt.finished());
        return new LessonSkills(slug, lesson.map(Lesson::title).orElse(slug), attempt.finished(), result.percent(),
                lenses);
    }

    /** The latest finished attempt at each lesson's quiz, by lesson slug. */
    private static Map<String, AttemptEntity> latestFinished(List<AttemptEntity> all) {
        Comparator<AttemptEntity> order = Comparator.comparing((AttemptEntity a) -> a.finishedAt)
                .thenComparing(a -> a.id);
        return all.stream().filter(a -> a.finished() && a.quiz.quizKey.equals(QuizEntity.FINAL_QUIZ))
                .collect(Collectors.toMap(a -> a.quiz.lessonSlug, Function.identity(),
                        (a, b) -> order.compare(a, b) >= 0 ? a : b, LinkedHashMap::new));
    }

    /** Deletes these participants with every attempt and answer they have. */
    @Transactional
    public int forget(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? 0 : participants.deleteByIdIn(participantIds);
    }

    /**
     * Deletes the attempts (and answers) of these participants last active before the cutoff, then
     * those of the participants created before it who have no attempt left.
     */
    @Transactional
    public Forgotten forgetBefore(Collection<Long> participantIds, Instant cutoff) {
        if (participantIds.isEmpty()) {
            return new Forgotten(0, 0);
        }
        int attemptsGone = attempts.deleteByParticipantIdInAndLastActivityBefore(participantIds, cutoff);
        int participantsGone = participants.deleteIdleCreatedBefore(participantIds, cutoff);
        return new Forgotten(attemptsGone, participantsGone);
    }

    /**
     * Whether this participant studies alone: no {@link AnswerGate} (a class) keeps their answers. Only
     * they may delete their own answers, and their data ends after the retention period of inactivity.
     */
    @Transactional(readOnly = true)
    public boolean selfStudy(Participant participant) {
        return gates.orderedStream().noneMatch(gate -> gate.managed(List.of(participant.id()))
                .contains(participant.id()));
    }

    /**
     * "Delete my answers": a self-study participant deletes themselves, with every attempt, answer and try
     * (they are identified by their resume code, in the session or typed). A class student's answers
     * belong to the class: refused, their teacher deletes them.
     */
    @Transactional
    public Forgotten forgetMe(Participant participant) {
        if (!selfStudy(participant)) {
            throw new AnswerRefusedException("quiz.refused.class-answers");
        }
        long attemptsGone = attempts.countByParticipantIdIn(List.of(participant.id()));
        int gone = participants.deleteByIdIn(List.of(participant.id()));
        return new Forgotten((int) attemptsGone, gone);
    }

    /**
     * Deletes the self-study participants (in no class) created before the cutoff and not active since,
     * with their attempts, answers and tries. Class students follow their class's retention instead.
     */
    @Transactional
    public Forgotten forgetSelfStudyBefore(Instant cutoff) {
        List<Long> idle = participants.findIdleSince(cutoff);
        if (idle.isEmpty()) {
            return new Forgotten(0, 0);
        }
        Set<Long> managed = new java.util.HashSet<>();
        gates.orderedStream().forEach(gate -> managed.addAll(gate.managed(idle)));
        List<Long> alone = idle.stream().filter(id -> !managed.contains(id)).toList();
        if (alone.isEmpty()) {
            return new Forgotten(0, 0);
        }
        long attemptsGone = attempts.countByParticipantIdIn(alone);
        return new Forgotten((int) attemptsGone, participants.deleteByIdIn(alone));
    }

    private static AttemptRecord record(AttemptEntity attempt) {
        List<StoredAnswer> stored = attempt.answers.stream()
                .sorted(Comparator.comparingInt(a -> a.question.position))
                .map(a -> new StoredAnswer(a.question.questionKey, a.toAnswer(),
                        attempt.score(a.question, a.toAnswer()), a.answeredAt,
                        Math.max(1, attempt.tries(a.question.id))))
                .toList();
        return new AttemptRecord(attempt.participant.id, attempt.id, attempt.startedAt,
                Optional.ofNullable(attempt.finishedAt), attempt.lastActivity, stored, result(attempt));
    }

    private static QuizResult result(AttemptEntity attempt) {
        Quiz quiz = attempt.quiz.toQuiz();
        List<Result> results = attempt.quiz.questions.stream().map(question -> attempt.answers.stream()
                        .filter(a -> a.question.id.equals(question.id)).findFirst()
                        .map(a -> attempt.score(question, a.toAnswer()))
                        .orElseGet(() -> Result.unanswered(question.toQuestion())))
                .toList();
        return QuizResult.of(quiz, results);
    }

    private static AttemptEntity owned(Participant participant, Optional<AttemptEntity> attempt) {
        // The same message whether the attempt is missing or someone else's: ids reveal nothing.
        return attempt.filter(a -> a.participant.id.equals(participant.id()))
                .orElseThrow(() -> new IllegalArgumentException("No such attempt for this participant."));
    }

    private static AttemptView view(AttemptEntity attempt) {
        Map<String, Answer> given = new LinkedHashMap<>();
        Map<String, Result> results = new LinkedHashMap<>();
        Map<String, Integer> tries = new LinkedHashMap<>();
        boolean shown = attempt.feedbackShown();
        for (QuestionEntity question : attempt.quiz.questions) {
            attempt.answers.stream().filter(a -> a.question.id.equals(question.id)).findFirst().ifPresent(a -> {
                Answer answer = a.toAnswer();
                given.put(question.questionKey, answer);
                tries.put(question.questionKey, Math.max(1, attempt.tries(question.id)));
                if (shown) {
                    results.put(question.questionKey, attempt.score(question, answer));
                }
            });
        }
        return new AttemptView(attempt.id, attempt.quiz.toStudentQuiz(), attempt.finished(),
                attempt.feedbackTiming(), given, results, tries);
    }
}
