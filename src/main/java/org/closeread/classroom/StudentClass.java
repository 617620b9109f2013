package org.closeread.classroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a student in a class sees of it: its name, whether it is open, and the open assignments. */
public record StudentClass(long classId, String className, String studentName, boolean open,
                           List<Assignment> assignments) {

    public StudentClass {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(studentName, "studentName");
        assignments = List.copyOf(assignments);
    }

    static StudentClass of(Classroom classroom, String studentName) {
        return new StudentClass(classroom.id(), classroom.name(), studentName, classroom.open(),
                classroom.visibleAssignments());
    }

    /** Where a student goes straight away: the one open assignment, when there is exactly one. */
    public Optional<String> landing() {
        return assignments.size() == 1 ? Optional.of(assignments.get(0).path()) : Optional.empty();
    }
}
