package org.closeread.classroom;

import java.util.Optional;

/**
 * The name a student types when joining: all the app knows of them. Spaces are tidied; it must have a
 * letter or digit and at most {@value #MAX_LENGTH} characters, and no control characters.
 */
public final class StudentName {

    /** The name where a sentence ends after it: one full stop, never two ("Amira K."). */
    public static String sentenceEnd(String name) {
        return name.endsWith(".") ? name : name + ".";
    }

    public static final int MAX_LENGTH = 40;

    private StudentName() {
    }

    public static Optional<String> clean(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        boolean usable = !name.isEmpty() && name.length() <= MAX_LENGTH
                && name.codePoints().anyMatch(Character::isLetterOrDigit)
                && name.codePoints().noneMatch(Character::isISOControl);
        return usable ? Optional.of(name) : Optional.empty();
    }
}
