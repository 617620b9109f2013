package org.closeread.base.ui.component;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.closeread.base.ui.component.SpanMarker.Block;
import org.closeread.base.ui.component.SpanMarker.Mark;

/**
 * The blocks a span marker shows, and the rules every mark on them follows, whoever sent it:
 * inside one block, from the start of a word to the end of a word, never overlapping another.
 */
final class MarkableText implements Serializable {

    private static final Comparator<Mark> READING_ORDER =
            Comparator.comparingInt(Mark::block).thenComparingInt(Mark::start).thenComparingInt(Mark::end);

    private final Map<Integer, WordBoundaries> words = new HashMap<>();

    MarkableText(List<Block> blocks) {
        blocks.forEach(block -> words.put(block.index(), WordBoundaries.of(block.text())));
    }

    /**
     * Leaves out marks on unknown blocks, past a block's end or over no word, snaps the rest to
     * whole words and merges those that overlap; the result is in reading order.
     */
    List<Mark> align(Collection<Mark> marks) {
        List<Mark> snapped = marks.stream()
                .map(this::snap)
                .flatMap(Optional::stream)
                .sorted(READING_ORDER)
                .toList();
        List<Mark> merged = new ArrayList<>();
        for (Mark mark : snapped) {
            Mark previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.block() == mark.block() && mark.start() < previous.end()) {
                merged.set(merged.size() - 1,
                        new Mark(mark.block(), previous.start(), Math.max(previous.end(), mark.end())));
            } else {
                merged.add(mark);
            }
        }
        return List.copyOf(merged);
    }

    private Optional<Mark> snap(Mark mark) {
        WordBoundaries block = words.get(mark.block());
        return block == null ? Optional.empty() : block.snap(mark);
    }
}
