package org.closeread.authoring;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.closeread.article.BlockKind;

/**
 * One block of an article being written: its kind, an optional id (letters, digits, dashes) that
 * questions use to point at it, and its verbatim text, which the lesson format keeps as it is.
 */
public record DraftBlock(BlockKind kind, String id, String text) {

    public static final int TEXT_MAX_LENGTH = 100_000;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public DraftBlock {
        Objects.requireNonNull(kind, "kind");
        id = TypedText.clean(id);
        text = normalize(text);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("block id \"" + id + "\" may use only a-z, 0-9 and dashes");
        }
        textProblem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * Why a text cannot be a block, if it cannot: it must have words, no blank line (that starts the
     * next block) and no line starting with {@code %} (the lesson format reads that as a comment).
     */
    public static Optional<String> textProblem(String text) {
        String body = normalize(text);
        if (body.isBlank()) {
            return Optional.of("A block needs some text.");
        }
        if (body.length() > TEXT_MAX_LENGTH) {
            return Optional.of("A block holds at most " + TEXT_MAX_LENGTH + " characters.");
        }
        if (body.lines().anyMatch(String::isBlank)) {
            return Optional.of("A blank line starts a new block: remove it, or split the text into two blocks.");
        }
        if (body.lines().anyMatch(line -> line.startsWith("%"))) {
            return Optional.of("A line cannot start with %: lesson files read such lines as comments.");
        }
        return Optional.empty();
    }

    /** Unix line breaks, and no blank lines before or after the text; the text itself stays verbatim. */
    static String normalize(String text) {
        String unix = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.replaceAll("^(?:[ \t]*\n)+", "").replaceAll("(?:\n[ \t]*)+$", "");
    }

    public static Optional<String> idProblem(String id) {
        String clean = TypedText.clean(id);
        return clean.isEmpty() || ID.matcher(clean).matches() ? Optional.empty()
                : Optional.of("An id uses only a-z, 0-9 and dashes, and starts with a letter or digit.");
    }

    public DraftBlock withKind(BlockKind newKind) {
        return new DraftBlock(newKind, id, text);
    }

    public DraftBlock withId(String newId) {
        return new DraftBlock(kind, newId, text);
    }
}
