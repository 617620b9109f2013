package org.closeread.quiz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.closeread.article.ArticleService;
import org.closeread.base.ReadableCode;
import org.closeread.lesson.LessonReading;
import org.closeread.lesson.LessonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes and practice for students: participants with resume codes, attempts, and answers stored the
 * moment they are given (one row per attempt and question; answering again updates it).
 */
@Service
public class QuizService {

    private final QuizRepository quizzes;
    private final ParticipantRepository participants;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final LessonService lessons;
    private final ArticleService articles;

    QuizService(QuizRepository quizzes, ParticipantRepository participants, AttemptRepository attempts,
                AnswerRepository answers, LessonService lessons, ArticleService articles) {
        this.quizzes = quizzes;
        this.participants = participants;
        this.attempts = attempts;
        this.answers = answers;
        this.lessons = lessons;
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
            return view(attempts.save(attempt));
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
        return result;
    }

    /** Closes the attempt and returns its result; closing it twice changes nothing. */
    @Transactional
    public QuizResult finish(Participant participant, long attemptId) {
        AttemptEntity attempt = owned(participant, attempts.lockById(attemptId));
        if (!attempt.finished()) {
            attempt.finishedAt = Instant.now();
            attempt.lastActivity = attempt.finishedAt;
        }
        return result(attempt);
    }

    @Transactional(readOnly = true)
    public QuizResult result(Participant participant, long attemptId) {
        return result(owned(participant, attempts.findById(attemptId)));
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
