package org.closeread.lesson;

/**
 * How a lesson's minutes are estimated: words read at {@code wordsPerMinute}, plus {@code perQuestion}
 * minutes for each practice exercise and each quiz question. {@code note} says so in words for teachers.
 */
public record Timing(double wordsPerMinute, double perQuestion, String note) {

    public static final double DEFAULT_WORDS_PER_MINUTE = 120;
    public static final double DEFAULT_PER_QUESTION = 1.0;

    public Timing {
        if (!(wordsPerMinute > 0)) {
            throw new IllegalArgumentException("wordsPerMinute must be more than 0");
        }
        if (!(perQuestion >= 0)) {
            throw new IllegalArgumentException("perQuestion must be 0 or more");
        }
        note = note == null ? "" : note.strip();
    }

    /** What a lesson without {@code timing:} is estimated with. */
    public static Timing standard() {
        return new Timing(DEFAULT_WORDS_PER_MINUTE, DEFAULT_PER_QUESTION, "");
    }
}
