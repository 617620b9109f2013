package org.closeread.article;

/** A span {@code [start, end)} of characters inside one block. */
public record TextSpan(int block, int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (block < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: block " + block + " [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return block == other.block && start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return block == other.block && start < other.end && other.start < end;
    }

    /** Reading order; of two spans starting together, the longer one first (it encloses the other). */
    @Override
    public int compareTo(TextSpan o) {
        if (block != o.block) {
            return Integer.compare(block, o.block);
        }
        if (start != o.start) {
            return Integer.compare(start, o.start);
        }
        return Integer.compare(o.end, end);
    }
}
