package org.closeread.authoring;

/** The first real lesson read as an editor reads it, for tests of other features without Spring. */
public final class FirstLessonDraft {

    public static final String SLUG = FirstLesson.SLUG;

    private FirstLessonDraft() {
    }

    public static LessonDraft draft() {
        return DraftReader.read(FirstLesson.source());
    }
}
