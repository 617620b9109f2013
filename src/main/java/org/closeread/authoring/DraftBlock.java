package org.closeread.authoring;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.closeread.article.BlockKind;
import org.closeread.base.Message;

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
            throw new IllegalArgumentException(problem.english());
        });
    }

    /**
     * Why a text cannot be a block, if it cannot: it must have words, no blank line (that starts the
     * next block) and no line starting with {@code %} (the lesson format reads that as a comment).
     */
    public static Optional<Message> textProblem(String text) {
        String body = normalize(text);
        if (body.isBlank()) {
            return Optional.of(Message.of("authoring.check.block.empty"));
        }
        if (body.length() > TEXT_MAX_LENGTH) {
            return Optional.of(Message.of("authoring.check.block.too-long", TEXT_MAX_LENGTH));
        }
        if (body.lines().anyMatch(String::isBlank)) {
            return Optional.of(Message.of("authoring.check.block.blank-line"));
        }
        if (body.lines().anyMatch(line -> line.startsWith("%"))) {
            return Optional.of(Message.of("authoring.check.block.comment"));
        }
        return Optional.empty();
    }

    /** Unix line breaks, and no blank lines before or after the text; the text itself stays verbatim. */
    static String normalize(String text) {
        String unix = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.replaceAll("^(?:[ \t]*\n)+", "").replaceAll("(?:\n[ \t]*)+$", "");
    }

    public static Optional<Message> idProblem(String id) {
        String clean = TypedText.clean(id);
        return clean.isEmpty() || ID.matcher(clean).matches() ? Optional.empty()
                : Optional.of(Message.of("authoring.check.block.id"));
    }

    public DraftBlock withKind(BlockKind newKind) {
        return new DraftBlock(newKind, id, text);
    }

    public DraftBlock withId(String newId) {
        return new DraftBlock(kind, newId, text);
    }
}
