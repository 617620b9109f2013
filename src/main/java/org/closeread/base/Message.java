package org.closeread.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Words for a person, kept as the key of {@code vaadin-i18n/translations.properties} and its arguments,
 * so plain domain code can say something and the page shows it in the reader's language
 * ({@code getTranslation(message.key(), message.arguments())}).
 */
public record Message(String key, List<Object> args) {

    private static final String BUNDLE = "vaadin-i18n.translations";

    public Message {
        Objects.requireNonNull(key, "key");
        // An argument that is not there (an exception without a message) reads as nothing.
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.asList(args));
    }

    /**
     * The words in English, as the pages would show them, for logs, files and tests (a page translates
     * with {@code getTranslation(key(), arguments())}). Like the pages: with arguments the text is a
     * {@link MessageFormat}; an unknown key is shown as itself.
     */
    public String english() {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.isEmpty() ? text : new MessageFormat(text, Locale.ENGLISH).format(arguments());
    }

    /** The arguments as {@code getTranslation} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
