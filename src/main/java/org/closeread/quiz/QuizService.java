package org.closeread.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.closeread.article.ArticleService;
import org.closeread.base.ReadableCode;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes and practice for students: participants with resume codes, attempts, and answers stored the
 * moment they are given (one row per attempt and question; answering again updates it). Starting,
 * answering and finishing publish a {@link QuizActivity} event; teachers' views read attempts back.
 */
@Service
public class QuizService {

    private final QuizRepository quizzes;
    private final ParticipantRepository participants;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final LessonService lessons;
    private final ApplicationEventPublisher events;
    private final ArticleService articles;

    QuizService(QuizRepository quizzes, ParticipantRepository participants, AttemptRepository attempts,
                AnswerRepository answers, LessonService lessons, ApplicationEventPublisher events,
                ArticleService articles) {
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

    /** The lesson's final quiz as students see it, if it has one. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> quiz(String lessonSlug) {
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, QuizEntity.FINAL_QUIZ)
                .map(QuizEntity::toStudentQuiz);
    }

    /** A step's practice exercises as students see them, if it has any. */
    @Transactional(readOnly = true)
    public Optional<StudentQuiz> exercises(String lessonSlug, String stepId) {
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, QuizEntity.STEP_PREFIX + stepId)
                .map(QuizEntity::toStudentQuiz);
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
        return start(participant, lessonSlug, quizKey);
    }

    /** A fresh attempt on the current version, for taking a quiz again. */
    @Transactional
    public Optional<AttemptView> start(Participant participant, String lessonSlug, String quizKey) {
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, quizKey).map(quiz -> {
            AttemptEntity attempt = new AttemptEntity();
            attempt.participant = participants.getReferenceById(participant.id());
            attempt.quiz = quiz;
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
     * Scores and stores an answer at once. The attempt row is locked first, so a double click or two
     * tabs answering the same question store one row, the later answer winning.
     */
    @Transactional
    public Result answer(Participant participant, long attemptId, String questionId, Answer answer) {
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        if (attempt.finished()) {
            throw new IllegalStateException("This quiz is finished: its answers can no longer change.");
        }
        QuestionEntity question = attempt.quiz.questions.stream()
                .filter(q -> q.questionKey.equals(questionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId + " in this quiz."));
        Result result = question.toQuestion().score(answer);
        Instant now = Instant.now();
        AnswerEntity stored = answers.findByAttemptIdAndQuestionId(attempt.id, question.id).orElseGet(() -> {
            AnswerEntity created = new AnswerEntity();
            created.attempt = attempt;
            created.question = question;
            attempt.answers.add(created);
            return created;
        });
        stored.response = QuestionCodec.write(answer);
        stored.score = result.score();
        stored.correct = result.correct();
        stored.answeredAt = now;
        stored.revision++;
        attempt.lastActivity = now;
        answers.saveAndFlush(stored);
        events.publishEvent(new QuizActivity.AnswerRecorded(participant.id(), attempt.id, attempt.quiz.lessonSlug,
                attempt.quiz.quizKey, questionId));
        return result;
    }

    /** Closes the attempt and returns its result; closing it twice changes nothing. */
    @Transactional
    public QuizResult finish(Participant participant, long attemptId) {
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        if (!attempt.finished()) {
            attempt.finishedAt = Instant.now();
            attempt.lastActivity = attempt.finishedAt;
            events.publishEvent(new QuizActivity.AttemptFinished(participant.id(), attempt.id,
                    attempt.quiz.lessonSlug, attempt.quiz.quizKey));
        }
        return result(attempt);
    }

    @Transactional(readOnly = true)
    public QuizResult result(Participant participant, long attemptId) {
        return result(owned(participant, attempts.findById(attemptId)));
    }

    /**
     * The lesson's current quiz with its keys, feedback and explanations: for teachers' views of
     * results, never for a student's browser.
     */
    @Transactional(readOnly = true)
    public Optional<Quiz> quizWithKeys(String lessonSlug) {
        return quizzes.findByLessonSlugAndQuizKeyAndCurrentTrue(lessonSlug, QuizEntity.FINAL_QUIZ)
                .map(QuizEntity::toQuiz);
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
        if (participantIds.isEmpty()) {
            return List.of();
        }
        Comparator<AttemptEntity> order = Comparator.comparing((AttemptEntity a) -> a.startedAt)
                .thenComparing(a -> a.id);
        Map<Long, AttemptEntity> latest = attempts.findByParticipantIdInAndQuizLessonSlugAndQuizQuizKey(
                        participantIds, lessonSlug, QuizEntity.FINAL_QUIZ).stream()
                .collect(Collectors.toMap(a -> a.participant.id, Function.identity(),
                        (a, b) -> order.compare(a, b) >= 0 ? a : b));
        return latest.values().stream().sorted(order).map(QuizService::record).toList();
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

    private static AttemptRecord record(AttemptEntity attempt) {
        List<StoredAnswer> stored = attempt.answers.stream()
                .sorted(Comparator.comparingInt(a -> a.question.position))
                .map(a -> new StoredAnswer(a.question.questionKey, a.toAnswer(),
                        a.question.toQuestion().score(a.toAnswer()), a.answeredAt))
                .toList();
        return new AttemptRecord(attempt.participant.id, attempt.id, attempt.startedAt,
                Optional.ofNullable(attempt.finishedAt), attempt.lastActivity, stored, result(attempt));
    }

    private static QuizResult result(AttemptEntity attempt) {
        Map<String, Answer> given = new LinkedHashMap<>();
        attempt.answers.forEach(a -> given.put(a.question.questionKey, a.toAnswer()));
        return attempt.quiz.toQuiz().result(given);
    }

    private static AttemptEntity owned(Participant participant, Optional<AttemptEntity> attempt) {
        // The same message whether the attempt is missing or someone else's: ids reveal nothing.
        return attempt.filter(a -> a.participant.id.equals(participant.id()))
                .orElseThrow(() -> new IllegalArgumentException("No such attempt for this participant."));
    }

    private static AttemptView view(AttemptEntity attempt) {
        Map<String, Answer> given = new LinkedHashMap<>();
        Map<String, Result> results = new LinkedHashMap<>();
        for (QuestionEntity question : attempt.quiz.questions) {
            attempt.answers.stream().filter(a -> a.question.id.equals(question.id)).findFirst().ifPresent(a -> {
                Answer answer = a.toAnswer();
                given.put(question.questionKey, answer);
                results.put(question.questionKey, question.toQuestion().score(answer));
            });
        }
        return new AttemptView(attempt.id, attempt.quiz.toStudentQuiz(), attempt.finished(), given, results);
    }
}
