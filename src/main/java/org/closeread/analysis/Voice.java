package org.closeread.analysis;

import java.util.Locale;

/** Whose words a piece of wording is. */
public enum Voice {
    /** Inside a quotation: the speaker's choice of words. */
    QUOTED,
    /** Outside quotation marks: the reporter's (or the outlet's) own choice. */
    REPORTER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
