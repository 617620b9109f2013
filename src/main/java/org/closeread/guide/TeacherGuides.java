package org.closeread.guide;

import java.util.Optional;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The teacher's guide of a stored lesson, generated from the files it was stored with. */
@Service
public class TeacherGuides {

    private static final Logger log = LoggerFactory.getLogger(TeacherGuides.class);

    private final LessonService lessons;

    TeacherGuides(LessonService lessons) {
        this.lessons = lessons;
    }

    /** The guide, unpublished lessons included (for teachers only); empty for an unknown lesson. */
    public Optional<TeacherGuide> guide(String slug) {
        return lessons.source(slug).flatMap(source -> {
            try {
                return Optional.of(TeacherGuide.of(ReadLesson.of(source)));
            } catch (LessonFileException e) {
                log.warn("No teacher's guide for lesson {}: its files have problems: {}", slug, e.getMessage());
                return Optional.empty();
            }
        });
    }
}
