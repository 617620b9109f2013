package org.closeread.classroom;

import java.time.Instant;
import org.closeread.quiz.Forgotten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, deletes class attempts older than their class keeps them (closeread.retention-days, or
 * the class's own setting). Safe to run on every node at once: it only deletes what is old enough.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ClassRetentionService classrooms;

    RetentionJob(ClassRetentionService classrooms) {
        this.classrooms = classrooms;
    }

    @Scheduled(cron = "${closeread.retention-cron:0 30 3 * * *}")
    void run() {
        Forgotten gone = classrooms.applyRetention(Instant.now());
        if (gone.attempts() > 0 || gone.participants() > 0) {
            log.info("Retention: deleted {} old attempt(s) and {} student(s) with nothing left", gone.attempts(),
                    gone.participants());
        }
    }
}
