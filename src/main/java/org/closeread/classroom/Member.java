package org.closeread.classroom;

import java.time.Instant;
import java.util.Objects;

/** A student in a class: the participant they work as, the name they typed, when they joined. */
public record Member(long participantId, String name, Instant joinedAt) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
