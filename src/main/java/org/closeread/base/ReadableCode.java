package org.closeread.base;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Codes people read aloud and type: join codes and resume codes. The alphabet leaves out characters
 * that look alike (0/O, 1/I/L), input is forgiving about case, spaces and dashes, and codes are shown
 * in groups of four.
 */
public final class ReadableCode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final RandomGenerator RANDOM = new SecureRandom();

    private ReadableCode() {
    }

    public static String generate(int length) {
        return generate(length, RANDOM);
    }

    static String generate(int length, RandomGenerator random) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code a person meant: upper case, without spaces or dashes. Empty when what was typed holds a
     * character no code has, or is not {@code length} long.
     */
    public static Optional<String> normalize(String typed, int length) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != length || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** For reading: {@code K7QM4TRX} becomes {@code K7QM-4TRX}. */
    public static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }
}
