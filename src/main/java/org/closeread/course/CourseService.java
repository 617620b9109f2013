package org.closeread.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.LessonProgress;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The course, read once at start-up from {@code course.yaml} in the lessons folder on disk, or else the
 * one inside the application; and the library built from it with a student's progress. A course slug
 * that names no published lesson is skipped with a logged problem (once per slug), so the course works
 * before and after its lessons arrive; a broken file gives no course, and the library lists every lesson.
 */
@Service
public class CourseService {

    private static final Logger log = LoggerFactory.getLogger(CourseService.class);

    private final LessonService lessons;
    private final QuizService quizzes;
    private final Optional<Course> course;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    CourseService(LessonService lessons, QuizService quizzes,
                  @Value("${closeread.lessons.dir:lessons}") String folder) {
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.course = load(Path.of(folder).resolve(CourseReader.FILE));
    }

    private static Optional<Course> load(Path onDisk) {
        String origin;
        String text;
        try {
            if (Files.isRegularFile(onDisk)) {
                origin = onDisk.toAbsolutePath().toString();
                text = Files.readString(onDisk, StandardCharsets.UTF_8);
            } else {
                ClassPathResource bundled = new ClassPathResource("lessons/" + CourseReader.FILE);
                if (!bundled.exists()) {
                    log.info("No course: neither {} nor a bundled lessons/{}", onDisk.toAbsolutePath(), CourseReader.FILE);
                    return Optional.empty();
                }
                origin = "bundled";
                try (var in = bundled.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("The course file {} could not be read; the library lists lessons without a course", onDisk, e);
            return Optional.empty();
        }
        CourseReader.Read read = CourseReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        read.problems().forEach(p -> log.error("Course ({}): {}", origin, p));
        read.course().ifPresent(c -> log.info("Course \"{}\" ({}): {} lessons planned", c.title(), origin,
                c.lessonSlugs().size()));
        return read.course();
    }

    /** The course as its file says, whether or not its lessons are there. */
    public Optional<Course> course() {
        return course;
    }

    /** The library for a student (or nobody yet): the course's lessons in order, then the others. */
    public CourseLibrary library(Optional<Participant> student) {
        Map<String, LessonProgress> progress = student.map(quizzes::progress).orElse(Map.of());
        CourseLayout<LessonCard> layout = layout();
        List<CourseLesson> inCourse = new java.util.ArrayList<>();
        for (int i = 0; i < layout.inCourse().size(); i++) {
            inCourse.add(entry(i + 1, layout.inCourse().get(i), progress));
        }
        return new CourseLibrary(layout.course(), inCourse,
                layout.others().stream().map(card -> entry(0, card, progress)).toList());
    }

    /** The course's published lessons in course order: what "assign the course" assigns. */
    public List<LessonCard> courseLessons() {
        return layout().inCourse();
    }

    private CourseLayout<LessonCard> layout() {
        CourseLayout<LessonCard> layout = CourseLayout.of(course, lessons.library(), LessonCard::slug);
        layout.missing().stream().filter(reportedMissing::add).forEach(slug -> log.warn(
                "Course: lesson \"{}\" is in {} but there is no published lesson with that slug; skipped",
                slug, CourseReader.FILE));
        return layout;
    }

    private CourseLesson entry(int number, LessonCard card, Map<String, LessonProgress> progress) {
        return new CourseLesson(number, card, skills(card.slug()),
                progress.getOrDefault(card.slug(), LessonProgress.NOT_STARTED));
    }

    /** The skills a lesson's file names ({@code skills:}); empty when it names none. */
    private List<String> skills(String slug) {
        return lessons.lesson(slug).map(lesson -> lesson.plan().skills()).orElse(List.of());
    }
}
