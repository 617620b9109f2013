package org.closeread.analysis;

/** The lens a suggestion belongs to, as in the article's annotations. */
public enum Lens {
    QUOTE, SOURCE, FRAMING
}
