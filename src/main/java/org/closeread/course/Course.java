package org.closeread.course;

import java.util.List;
import java.util.Objects;

/** A short course: its title, a short description and its lessons' slugs in the order they are taught. */
public record Course(String title, String description, List<String> lessonSlugs) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2_000;

    public Course {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        lessonSlugs = List.copyOf(lessonSlugs);
    }
}
