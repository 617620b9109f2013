package org.closeread.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.closeread.lesson.LessonProblem;
import org.junit.jupiter.api.Test;

/** Reading course.yaml and laying the course over the lessons there are; no Spring. */
class CourseReaderTest {

    static final String COURSE = """
            title: Who is talking?
            description: Four articles, each with a trick the others lack.
            lessons:
              - china-russia-defence-ministers
              - asylum-questionnaire-reports
              - korea-state-media-chain
            """;

    @Test
    void a_sound_file_gives_the_course_with_its_lessons_in_order() {
        CourseReader.Read read = CourseReader.read(COURSE);

        assertThat(read.problems()).isEmpty();
        Course course = read.course().orElseThrow();
        assertThat(course.title()).isEqualTo("Who is talking?");
        assertThat(course.description()).startsWith("Four articles");
        assertThat(course.lessonSlugs()).containsExactly("china-russia-defence-ministers",
                "asylum-questionnaire-reports", "korea-state-media-chain");
    }

    @Test
    void the_course_file_of_the_app_names_the_first_lesson_first() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("lessons", CourseReader.FILE));

        CourseReader.Read read = CourseReader.read(text);

        assertThat(read.problems()).isEmpty();
        assertThat(read.course().orElseThrow().lessonSlugs()).first().isEqualTo("china-russia-defence-ministers");
    }

    @Test
    void a_slug_twice_counts_once_with_a_problem_and_the_course_still_loads() {
        CourseReader.Read read = CourseReader.read(COURSE + "  - korea-state-media-chain\n");

        assertThat(read.course().orElseThrow().lessonSlugs()).hasSize(3);
        assertThat(read.problems()).extracting(LessonProblem::line, LessonProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3,
                        "lesson \"korea-state-media-chain\" is listed twice; it counts once"));
    }

    @Test
    void a_broken_file_gives_no_course_and_says_what_is_wrong_by_line() {
        assertThat(CourseReader.read("title: [unclosed").course()).isEmpty();
        assertThat(CourseReader.read("title: [unclosed").problems()).first()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));

        CourseReader.Read noLessons = CourseReader.read("title: A course\n");
        assertThat(noLessons.course()).isEmpty();
        assertThat(noLessons.problems()).extracting(LessonProblem::message)
                .containsExactly("the course has no \"lessons\": list the lesson slugs in order");

        CourseReader.Read wrong = CourseReader.read("""
                title: A course
                lesson: [one]
                lessons: [One Lesson]
                """);
        assertThat(wrong.course()).isEmpty();
        assertThat(wrong.problems()).extracting(LessonProblem::line).containsExactly(2, 3);
        assertThat(wrong.problems().get(0).message()).contains("unknown key \"lesson\"");
        assertThat(wrong.problems().get(1).message()).contains("\"One Lesson\" is not a lesson slug");

        assertThat(CourseReader.read("lessons: [one]\n").problems()).extracting(LessonProblem::message)
                .containsExactly("the course has no \"title\"");
        assertThat(CourseReader.read("").course()).isEmpty();
    }

    @Test
    void missing_lessons_are_skipped_and_lessons_outside_the_course_come_after_in_library_order() {
        Course course = CourseReader.read(COURSE).course().orElseThrow();

        CourseLayout<String> layout = CourseLayout.of(Optional.of(course),
                List.of("a-lesson-of-its-own", "korea-state-media-chain", "china-russia-defence-ministers"), s -> s);

        assertThat(layout.course()).contains(course);
        assertThat(layout.inCourse()).containsExactly("china-russia-defence-ministers", "korea-state-media-chain");
        assertThat(layout.missing()).containsExactly("asylum-questionnaire-reports");
        assertThat(layout.others()).containsExactly("a-lesson-of-its-own");
    }

    @Test
    void a_course_none_of_whose_lessons_exist_is_not_shown_and_every_lesson_is_listed() {
        Course course = CourseReader.read(COURSE).course().orElseThrow();

        CourseLayout<String> layout = CourseLayout.of(Optional.of(course), List.of("other"), s -> s);

        assertThat(layout.course()).isEmpty();
        assertThat(layout.inCourse()).isEmpty();
        assertThat(layout.missing()).hasSize(3);
        assertThat(layout.others()).containsExactly("other");
        assertThat(CourseLayout.of(Optional.empty(), List.of("a", "b"), s -> s).others()).containsExactly("a", "b");
    }
}
