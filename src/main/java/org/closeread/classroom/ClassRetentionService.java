package org.closeread.classroom;

import java.time.Duration;
import java.time.Instant;
import org.closeread.quiz.Forgotten;
import org.closeread.quiz.QuizService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How long classes keep answers (closeread.retention-days, or a class's own setting), and deleting older ones. */
@Service
public class ClassRetentionService {

    private final ClassroomRepository classrooms;
    private final QuizService quizzes;
    private final ClassStore lookup;
    private final int defaultRetentionDays;

    ClassRetentionService(ClassroomRepository classrooms, QuizService quizzes, ClassStore lookup,
                   @Value("${closeread.retention-days:365}") int defaultRetentionDays) {
        if (!Classroom.validRetention(defaultRetentionDays)) {
            throw new IllegalArgumentException("closeread.retention-days must lie between "
                    + Classroom.RETENTION_MIN_DAYS + " and " + Classroom.RETENTION_MAX_DAYS);
        }
        this.classrooms = classrooms;
        this.quizzes = quizzes;
        this.lookup = lookup;
        this.defaultRetentionDays = defaultRetentionDays;
    }

    public int defaultRetentionDays() {
        return defaultRetentionDays;
    }

    /** Deletes what each class keeps no longer: attempts last active before its retention period. */
    @Transactional
    public Forgotten applyRetention(Instant now) {
        int attempts = 0;
        int participants = 0;
        for (ClassroomEntity entity : classrooms.findAll()) {
            int days = entity.retentionDays == null ? defaultRetentionDays : entity.retentionDays;
            Forgotten gone = quizzes.forgetBefore(lookup.memberIds(entity.id), now.minus(Duration.ofDays(days)));
            attempts += gone.attempts();
            participants += gone.participants();
        }
        return new Forgotten(attempts, participants);
    }
}
