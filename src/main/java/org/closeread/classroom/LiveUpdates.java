package org.closeread.classroom;

import org.closeread.quiz.QuizActivity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes what students do on to the dashboards of their classes, once it is committed, so a dashboard
 * rebuilding from the database sees it.
 */
@Component
class LiveUpdates {

    private final ClassroomService classrooms;
    private final ClassroomBroadcaster broadcaster;

    LiveUpdates(ClassroomService classrooms, ClassroomBroadcaster broadcaster) {
        this.classrooms = classrooms;
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(QuizActivity activity) {
        if (org.closeread.quiz.QuizKeys.isFinal(activity.quizKey())) {
            broadcaster.deliver(() -> classrooms.classesOf(activity.participantId()).forEach(broadcaster::changed));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ClassroomChanged changed) {
        broadcaster.changed(changed.classId());
    }
}
