package org.closeread.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The course laid over the lessons there are: the course's lessons that exist, in course order; the
 * slugs of the course that name no lesson (skipped); and every other lesson, in the library's order.
 */
public record CourseLayout<T>(Optional<Course> course, List<T> inCourse, List<String> missing, List<T> others) {

    public CourseLayout {
        inCourse = List.copyOf(inCourse);
        missing = List.copyOf(missing);
        others = List.copyOf(others);
    }

    /** Lays the course over {@code lessons} (in library order), each known by its slug. */
    public static <T> CourseLayout<T> of(Optional<Course> course, List<T> lessons,
                                         java.util.function.Function<T, String> slug) {
        List<T> inCourse = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> slugs = course.map(Course::lessonSlugs).orElse(List.of());
        for (String wanted : slugs) {
            lessons.stream().filter(lesson -> slug.apply(lesson).equals(wanted)).findFirst()
                    .ifPresentOrElse(inCourse::add, () -> missing.add(wanted));
        }
        List<T> others = lessons.stream().filter(lesson -> !slugs.contains(slug.apply(lesson))).toList();
        return new CourseLayout<>(inCourse.isEmpty() ? Optional.empty() : course, inCourse, missing, others);
    }
}
