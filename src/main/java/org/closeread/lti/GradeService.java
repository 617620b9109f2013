package org.closeread.lti;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.AttemptRecord;
import org.closeread.quiz.QuizActivity;
import org.closeread.quiz.QuizService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Grade passback (LTI Assignment and Grade Services): when a student who came from an LMS link with a line
 * item finishes the lesson's quiz, the score goes into the outbox in the same transaction as the finished
 * attempt; a job posts due scores to the platform, and a failure waits ({@link Backoff}) and tries again.
 * A score leaves the outbox only by being taken.
 */
@Service
public class GradeService {

    private static final Logger LOG = LoggerFactory.getLogger(GradeService.class);
    static final String QUIZ_KEY = "quiz";

    private final LtiStore store;
    private final QuizService quizzes;
    private final LessonService lessons;
    private final ToolKeyService keys;
    private final ScoreClient client = new ScoreClient();

    GradeService(LtiStore store, QuizService quizzes, LessonService lessons, ToolKeyService keys) {
        this.store = store;
        this.quizzes = quizzes;
        this.lessons = lessons;
        this.keys = keys;
    }

    /** Runs inside the transaction that finishes the attempt: both are stored, or neither. */
    @EventListener
    public void finished(QuizActivity.AttemptFinished finished) {
        if (!QUIZ_KEY.equals(finished.quizKey())) {
            return;
        }
        List<LtiStore.GradeLink> links = store.gradeLinks(finished.participantId(), finished.lessonSlug());
        if (links.isEmpty()) {
            return;
        }
        Optional<AttemptRecord> attempt = quizzes.latestAttempts(List.of(finished.participantId()),
                finished.lessonSlug()).stream().filter(a -> a.attemptId() == finished.attemptId()).findFirst();
        if (attempt.isEmpty()) {
            return;
        }
        String title = lessons.reading(finished.lessonSlug()).map(r -> r.lesson().title())
                .orElse(finished.lessonSlug());
        int percent = attempt.get().result().percent();
        String comment = "CloseRead quiz: " + title;
        if (comment.length() > 480) {
            comment = comment.substring(0, 480);
        }
        Instant at = attempt.get().finishedAt().orElse(Instant.now());
        for (LtiStore.GradeLink link : links) {
            store.insertScore(link, percent, 100, comment, at);
        }
    }

    @Scheduled(cron = "${closeread.lti.scores-cron:*/30 * * * * *}")
    public void sendDueScores() {
        sendDue(Instant.now());
    }

    /** Posts the scores due at {@code now}; returns how many the platforms took. */
    public int sendDue(Instant now) {
        Map<Long, String> tokens = new HashMap<>();
        int sent = 0;
        for (LtiStore.OutboxScore score : store.dueScores(now, 200)) {
            Optional<Platform> platform = store.platform(score.platformId());
            if (platform.isEmpty()) {
                continue; // removed with its outbox rows (on delete cascade)
            }
            try {
                String token = tokens.get(score.platformId());
                if (token == null) {
                    token = client.accessToken(platform.get(), keys.signingKey());
                    tokens.put(score.platformId(), token);
                }
                client.postScore(score, token);
                store.markSent(score.id(), Instant.now());
                sent++;
            } catch (ScoreClient.ScoreNotSent e) {
                Instant next = now.plus(Backoff.after(score.tries() + 1));
                LOG.info("LTI score {} not sent ({}); next try at {}", score.id(), e.getMessage(), next);
                store.markFailed(score.id(), next, e.getMessage());
            }
        }
        return sent;
    }

    /** The outbox rows for an LMS user, oldest first (for tests and support). */
    List<LtiStore.OutboxScore> scoresOf(String subject) {
        return store.scoresFor(subject);
    }
}
