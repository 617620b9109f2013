package org.closeread.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A teacher's class: its name and join code, whether it is open, its assignments and members, and how
 * long its answers are kept ({@code retentionDays}; empty: the app's default). Students join and see
 * assignments only while the class is open; closing it keeps everything for the teacher.
 */
public record Classroom(long id, String name, JoinCode code, boolean open, Optional<Integer> retentionDays,
                        Instant createdAt, List<Assignment> assignments, List<Member> members) {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int RETENTION_MIN_DAYS = 1;
    public static final int RETENTION_MAX_DAYS = 3650;

    public Classroom {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdAt, "createdAt");
        retentionDays = Objects.requireNonNullElse(retentionDays, Optional.empty());
        assignments = List.copyOf(assignments);
        members = List.copyOf(members);
    }

    /** Whether typing the code lets a student in. */
    public boolean acceptsStudents() {
        return open;
    }

    /** What students see: the open assignments of an open class, in the teacher's order. */
    public List<Assignment> visibleAssignments() {
        return open ? assignments.stream().filter(Assignment::open).toList() : List.of();
    }

    public Optional<Assignment> assignment(long assignmentId) {
        return assignments.stream().filter(a -> a.id() == assignmentId).findFirst();
    }

    public boolean hasMember(long participantId) {
        return members.stream().anyMatch(m -> m.participantId() == participantId);
    }

    /** A new class name must have text and at most {@link #NAME_MAX_LENGTH} characters. */
    public static Optional<String> cleanName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        return name.isEmpty() || name.length() > NAME_MAX_LENGTH ? Optional.empty() : Optional.of(name);
    }

    public static boolean validRetention(int days) {
        return days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS;
    }
}
