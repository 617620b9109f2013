package org.closeread.course;

import java.util.List;
import java.util.Optional;

/** The library: the course (if there is one) with its lessons in order, then every other lesson. */
public record CourseLibrary(Optional<Course> course, List<CourseLesson> inCourse, List<CourseLesson> others) {

    public CourseLibrary {
        inCourse = List.copyOf(inCourse);
        others = List.copyOf(others);
    }

    public boolean isEmpty() {
        return inCourse.isEmpty() && others.isEmpty();
    }
}
