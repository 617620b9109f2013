package org.closeread.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which way through a lesson: the core path fits one class period; the full path is the core plus every
 * item marked {@code path: extension} (two periods, or homework).
 */
public enum LessonPath {
    CORE, FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LessonPath> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** Whether an item marked extension (or not) is on this path. */
    public boolean includes(boolean extension) {
        return this == FULL || !extension;
    }
}
