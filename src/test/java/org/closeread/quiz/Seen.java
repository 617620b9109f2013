package org.closeread.quiz;

import java.util.Locale;
import org.closeread.base.ui.Translations;

/** A feedback line as the student reads it: the app's own notes translated from translations.properties. */
record Seen(Verdict verdict, String subject, String note) {

    private static final Translations TRANSLATIONS = new Translations();

    static Seen of(FeedbackLine line) {
        return new Seen(line.verdict(), line.subject(), note(line));
    }

    static String note(FeedbackLine line) {
        return line.message().map(m -> TRANSLATIONS.getTranslation(m.key(), Locale.ENGLISH, m.arguments()))
                .orElse(line.note());
    }
}
