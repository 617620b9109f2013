package org.closeread.classroom;

import org.closeread.quiz.QuizActivity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Passes what students do on to the dashboards of their classes, once it is committed, so a dashboard
 * rebuilding from the database sees it: on this node through the {@link ClassroomBroadcaster}, on the
 * others (PostgreSQL) through {@link CrossNodeUpdates}. Both run on the broadcaster's delivery thread,
 * outside the committed transaction and the student's request.
 */
@Component
class LiveUpdates {

    private final LiveWatchService classrooms;
    private final ClassroomBroadcaster broadcaster;
    private final CrossNodeUpdates otherNodes;

    LiveUpdates(LiveWatchService classrooms, ClassroomBroadcaster broadcaster, CrossNodeUpdates otherNodes) {
        this.classrooms = classrooms;
        this.broadcaster = broadcaster;
        this.otherNodes = otherNodes;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(QuizActivity activity) {
        if (org.closeread.quiz.QuizKeys.isFinal(activity.quizKey())) {
            broadcaster.deliver(() -> classrooms.classesOf(activity.participantId()).forEach(this::changed));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ClassroomChanged changed) {
        broadcaster.deliver(() -> this.changed(changed.classId()));
    }

    private void changed(long classId) {
        broadcaster.changed(classId);
        otherNodes.send(classId);
    }
}
