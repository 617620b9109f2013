package org.closeread.classroom;

/** What students are sent to: the guided reading (which leads on to the quiz), or the quiz alone. */
public enum AssignmentKind {
    LESSON("Lesson and quiz"),
    QUIZ("Quiz only");

    private final String label;

    AssignmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The app path a student starts the assignment at. */
    public String path(String lessonSlug) {
        return this == LESSON ? "lessons/" + lessonSlug : "lessons/" + lessonSlug + "/quiz";
    }
}
