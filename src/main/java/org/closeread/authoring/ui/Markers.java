package org.closeread.authoring.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.closeread.article.TextSpan;
import org.closeread.authoring.DraftBlock;
import org.closeread.base.ui.component.SpanMarker;

/** The span marker over a draft's blocks, and between its marks and text spans. */
final class Markers {

    private Markers() {
    }

    static SpanMarker over(List<DraftBlock> blocks, String label) {
        SpanMarker marker = new SpanMarker(label);
        marker.setBlocks(java.util.stream.IntStream.range(0, blocks.size()).mapToObj(i -> new SpanMarker.Block(i,
                blocks.get(i).kind().name().toLowerCase(Locale.ROOT), blocks.get(i).text())).toList());
        marker.setWidthFull();
        return marker;
    }

    static List<TextSpan> spans(List<SpanMarker.Mark> marks) {
        return marks.stream().map(m -> new TextSpan(m.block(), m.start(), m.end())).toList();
    }

    static List<SpanMarker.Mark> marks(List<TextSpan> spans) {
        return spans.stream().map(s -> new SpanMarker.Mark(s.block(), s.start(), s.end())).toList();
    }

    /** The mark just made: the one not there before (or the last one, if none is new). */
    static Optional<SpanMarker.Mark> newest(List<SpanMarker.Mark> before, List<SpanMarker.Mark> now) {
        return now.stream().filter(m -> !before.contains(m)).reduce((a, b) -> b)
                .or(() -> now.isEmpty() ? Optional.empty() : Optional.of(now.get(now.size() - 1)));
    }
}
