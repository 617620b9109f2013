package org.closeread.classroom;

import java.util.Objects;
import java.util.Optional;
import org.closeread.base.ReadableCode;

/**
 * The code students type to join a class: six characters from an alphabet without look-alikes
 * (no 0/O, no 1/I/L), read aloud in two groups of three ({@code K7Q-M4T}). Typing is forgiving about
 * case, spaces and dashes.
 */
public record JoinCode(String value) {

    public static final int LENGTH = 6;

    public JoinCode {
        Objects.requireNonNull(value, "value");
        if (!ReadableCode.normalize(value, LENGTH).map(value::equals).orElse(false)) {
            throw new IllegalArgumentException("not a join code: " + value);
        }
    }

    public static JoinCode generate() {
        return new JoinCode(ReadableCode.generate(LENGTH));
    }

    /** The code a student meant, or empty when what they typed cannot be a join code. */
    public static Optional<JoinCode> parse(String typed) {
        return ReadableCode.normalize(typed, LENGTH).map(JoinCode::new);
    }

    /** As shown to a class: {@code K7Q-M4T}. */
    public String shown() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public String toString() {
        return shown();
    }
}
