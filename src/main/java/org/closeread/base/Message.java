package org.closeread.base;

import java.util.List;
import java.util.Objects;

/**
 * Words for a person, kept as the key of {@code vaadin-i18n/translations.properties} and its arguments,
 * so plain domain code can say something and the page shows it in the reader's language
 * ({@code getTranslation(message.key(), message.arguments())}).
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The arguments as {@code getTranslation} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
