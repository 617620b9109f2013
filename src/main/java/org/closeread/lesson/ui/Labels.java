package org.closeread.lesson.ui;

import org.closeread.base.ui.Translations;
import org.closeread.article.Annotation;

/** The words screen readers and tooltips use for an annotation. */
final class Labels {

    private static final int SHOWN_CHARACTERS = 60;

    private Labels() {
    }

    /** For example: "Quotes: “In a volatile international…” — open the explanation". */
    static String describe(Annotation annotation) {
        String exact = annotation.quote().exact();
        String shown = exact.length() <= SHOWN_CHARACTERS ? exact : exact.substring(0, SHOWN_CHARACTERS) + "…";
        return Translations.text("lesson.marker.label", Translations.text(annotation.lens().nameKey()), shown);
    }
}
