package org.closeread.lesson;

import java.util.List;

/** The teacher's guide notes of a lesson: help for who needs it, stretch for fast finishers, a note. */
public record GuideNotes(List<String> support, List<String> stretch, String note) {

    public static final GuideNotes NONE = new GuideNotes(List.of(), List.of(), "");

    public GuideNotes {
        support = support == null ? List.of() : List.copyOf(support);
        stretch = stretch == null ? List.of() : List.copyOf(stretch);
        note = note == null ? "" : note.strip();
    }

    public boolean isEmpty() {
        return support.isEmpty() && stretch.isEmpty() && note.isEmpty();
    }
}
