package org.closeread.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.Problems;
import org.closeread.lesson.YamlMap;

/**
 * Reads {@code lessons/course.yaml}: {@code title}, an optional {@code description} and {@code lessons},
 * the lesson slugs in order. A slug given twice counts once; a file with a mistake gives no course and
 * its problems by line, never an exception.
 */
public final class CourseReader {

    public static final String FILE = "course.yaml";
    private static final Set<String> KEYS = Set.of("title", "description", "lessons");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** What reading found: the course, if the file is sound, and every problem. */
    public record Read(Optional<Course> course, List<LessonProblem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    private CourseReader() {
    }

    public static Read read(String text) {
        Problems problems = new Problems(FILE);
        Optional<YamlMap> parsed = YamlMap.parse(text == null ? "" : text, problems);
        if (parsed.isEmpty()) {
            return new Read(Optional.empty(), problems.list());
        }
        YamlMap root = parsed.get();
        root.allowOnly(KEYS, "the course");
        root.limit("title", Course.TITLE_MAX_LENGTH);
        root.limit("description", Course.DESCRIPTION_MAX_LENGTH);
        String title = root.required("title", "the course");
        String description = root.string("description").orElse("");
        List<String> slugs = new ArrayList<>();
        if (!root.has("lessons")) {
            problems.add(root.line(), "problem.course.course-lessons-list-lesson");
        }
        Problems warnings = new Problems(FILE);
        Set<String> seen = new LinkedHashSet<>();
        for (String slug : root.has("lessons") ? root.strings("lessons") : List.<String>of()) {
            if (!SLUG.matcher(slug).matches()) {
                problems.add(root.line("lessons"), "problem.course.lesson-slug-small-letters", slug);
            } else if (!seen.add(slug)) {
                warnings.add(root.line("lessons"), "problem.course.listed-twice", slug);
            } else {
                slugs.add(slug);
            }
        }
        boolean sound = problems.isEmpty() && !slugs.isEmpty();
        List<LessonProblem> all = new ArrayList<>(problems.list());
        all.addAll(warnings.list());
        return new Read(sound ? Optional.of(new Course(title, description, slugs)) : Optional.empty(), all);
    }
}
