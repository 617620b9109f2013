package org.closeread.lesson;

import java.util.List;
import java.util.Objects;
import org.closeread.article.Lens;

/** One step of a guided reading: a lens, teaching text (Markdown) and the annotations it reveals. */
public record Step(String id, String title, Lens lens, String text, List<String> reveal) {

    public static final int TITLE_MAX_LENGTH = 500;
    public static final int TEXT_MAX_LENGTH = 20_000;

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lens, "lens");
        text = text == null ? "" : text;
        reveal = List.copyOf(reveal);
    }
}
