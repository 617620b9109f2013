package org.closeread.classroom;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher watching a class live: told whenever a student of the class answers, joins or is removed,
 * through any node (see {@link LiveUpdates}), and rebuilding from the database every
 * {@link #refreshSeconds()} anyway.
 */
@Service
public class LiveWatchService {

    private final ClassStore lookup;
    private final MemberRepository members;
    private final ClassroomBroadcaster broadcaster;
    private final int refreshSeconds;

    LiveWatchService(ClassStore lookup, MemberRepository members, ClassroomBroadcaster broadcaster,
              @Value("${closeread.dashboard.refresh-seconds:5}") int refreshSeconds) {
        this.lookup = lookup;
        this.members = members;
        this.broadcaster = broadcaster;
        this.refreshSeconds = Math.max(1, refreshSeconds);
    }

    /** How often an open dashboard rebuilds from the database anyway (closeread.dashboard.refresh-seconds). */
    public int refreshSeconds() {
        return refreshSeconds;
    }

    /**
     * Calls {@code onChange} (from another thread) whenever a student of the class answers, joins or is
     * removed. Run the returned task to stop.
     */
    @Transactional(readOnly = true)
    public Runnable watch(String teacher, long classId, Runnable onChange) {
        lookup.require(teacher, classId);
        return broadcaster.listen(classId, onChange);
    }

    /** The classes a student is in, for the live updates. */
    @Transactional(readOnly = true)
    List<Long> classesOf(long participantId) {
        return members.findByParticipantIdOrderByJoinedAtDesc(participantId).stream()
                .map(m -> m.classroom.id).toList();
    }
}
