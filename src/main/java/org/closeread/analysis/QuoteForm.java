package org.closeread.analysis;

import java.util.Locale;

/** How much of the speaker's own wording the text keeps. */
public enum QuoteForm {
    /** A whole statement in quotation marks. */
    DIRECT,
    /** A few words in quotation marks inside the reporter's sentence. */
    PARTIAL,
    /** The speaker's point in the reporter's words ("X said that …"). */
    INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
