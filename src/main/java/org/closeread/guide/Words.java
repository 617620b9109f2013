package org.closeread.guide;

/** The words of the guide in the reader's language: a key of the translations file and its arguments. */
@FunctionalInterface
public interface Words {

    String get(String key, Object... args);
}
