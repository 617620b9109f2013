package org.closeread.analysis;

import java.util.Locale;

/** How a reporting verb frames the words it reports. */
public enum Stance {
    /** Passes the words on without judging them: said, told, stated. */
    NEUTRAL,
    /** Keeps the claim at arm's length: contends, maintains, claims, alleges, insists. */
    DISTANCING,
    /** Frames the words as an attack: accused, slammed. */
    CONFLICT,
    /** The speaker gives something up or rejects it: admitted, denied. */
    ADMISSION_OR_DENIAL,
    /** Presents the reported content as fact: revealed, confirmed. */
    PRESUPPOSING;

    /** The word used in the word lists and the API: {@code admission_or_denial}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Stance ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
