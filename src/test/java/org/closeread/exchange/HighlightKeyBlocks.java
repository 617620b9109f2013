package org.closeread.exchange;

import java.util.List;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.HighlightKey;
import org.closeread.authoring.LessonDraft;

/** The texts of a highlight question's blocks, straight from the draft. */
final class HighlightKeyBlocks {

    private HighlightKeyBlocks() {
    }

    static List<String> texts(LessonDraft draft, DraftQuestion question) {
        return HighlightKey.blocks(draft, question).stream().map(i -> draft.blocks().get(i).text()).toList();
    }
}
