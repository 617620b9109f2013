package org.closeread.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A captured news page: its details and its blocks in reading order, with the annotations made on it.
 * The plain text of the article is its blocks joined by a blank line; W3C position selectors count
 * characters in that text.
 */
public record Article(String slug, String title, String outlet, LocalDate date, String sourceUrl,
                      String licence, List<Block> blocks, List<Annotation> annotations) {

    static final String BLOCK_SEPARATOR = "\n\n";
    /** What the database keeps room for; lesson files and forms check against these. */
    public static final int TITLE_MAX_LENGTH = 500;
    public static final int OUTLET_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 1000;
    public static final int LICENCE_MAX_LENGTH = 2000;

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        annotations = List.copyOf(annotations);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).index() != i) {
                throw new IllegalArgumentException("block " + i + " is numbered " + blocks.get(i).index());
            }
        }
        for (Annotation annotation : annotations) {
            TextSpan span = annotation.span();
            if (span.block() >= blocks.size() || span.end() > blocks.get(span.block()).text().length()) {
                throw new IllegalArgumentException("annotation " + annotation.id() + " lies outside the text");
            }
        }
    }

    public Block block(int index) {
        return blocks.get(index);
    }

    public Optional<Block> block(String name) {
        return blocks.stream().filter(b -> name.equals(b.name())).findFirst();
    }

    public String plainText() {
        return String.join(BLOCK_SEPARATOR, blocks.stream().map(Block::text).toList());
    }

    /** Where a block's text starts in {@link #plainText()}. */
    public int offsetOf(int blockIndex) {
        int offset = 0;
        for (int i = 0; i < blockIndex; i++) {
            offset += blocks.get(i).text().length() + BLOCK_SEPARATOR.length();
        }
        return offset;
    }

    public String text(TextSpan span) {
        return blocks.get(span.block()).text().substring(span.start(), span.end());
    }

    public Optional<Annotation> annotation(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Every place {@code exact} occurs inside a single block, in reading order. A text that would
     * cross from one block into the next is not found: annotations mark spans of one block.
     */
    public List<TextSpan> occurrences(String exact) {
        List<TextSpan> found = new ArrayList<>();
        if (exact == null || exact.isEmpty()) {
            return found;
        }
        for (Block block : blocks) {
            int from = block.text().indexOf(exact);
            while (from >= 0) {
                found.add(new TextSpan(block.index(), from, from + exact.length()));
                from = block.text().indexOf(exact, from + 1);
            }
        }
        return found;
    }

    /** The same article stored under another slug: a new version of it keeps the old one's slug free. */
    public Article withSlug(String newSlug) {
        return new Article(newSlug, title, outlet, date, sourceUrl, licence, blocks, annotations);
    }

    /** Whether the other article's blocks have exactly this one's texts, so offsets into one fit the other. */
    public boolean hasSameText(List<Block> otherBlocks) {
        if (otherBlocks.size() != blocks.size()) {
            return false;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).text().equals(otherBlocks.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    public Article withAnnotations(List<Annotation> newAnnotations) {
        return new Article(slug, title, outlet, date, sourceUrl, licence, blocks, newAnnotations);
    }
}
