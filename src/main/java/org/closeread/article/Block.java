package org.closeread.article;

import java.util.Objects;

/**
 * One block of a captured page, in reading order. {@code name} is an optional id that lesson files
 * use to point at the block; {@code text} is verbatim and is what all offsets refer to.
 */
public record Block(int index, BlockKind kind, String name, String text) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("block index must not be negative: " + index);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("block " + index + " has no text");
        }
    }
}
