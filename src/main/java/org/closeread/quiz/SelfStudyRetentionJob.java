package org.closeread.quiz;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, deletes self-study participants (in no class) idle for longer than
 * closeread.retention-days, with their attempts, answers and tries. Class students follow their class's
 * setting (the classroom feature's job). Safe to run on every node: it only deletes what is old enough.
 */
@Component
class SelfStudyRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(SelfStudyRetentionJob.class);

    private final QuizService quizzes;
    private final int days;

    SelfStudyRetentionJob(QuizService quizzes, @Value("${closeread.retention-days:365}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("closeread.retention-days must be at least 1, not " + days);
        }
        this.quizzes = quizzes;
        this.days = days;
    }

    @Scheduled(cron = "${closeread.retention-cron:0 30 3 * * *}")
    void run() {
        Forgotten gone = run(Instant.now());
        if (gone.participants() > 0) {
            log.info("Retention: deleted {} self-study participant(s) idle for {} days, with {} attempt(s)",
                    gone.participants(), days, gone.attempts());
        }
    }

    Forgotten run(Instant now) {
        return quizzes.forgetSelfStudyBefore(now.minus(Duration.ofDays(days)));
    }
}
