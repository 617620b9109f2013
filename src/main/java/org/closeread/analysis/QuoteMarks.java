package org.closeread.analysis;

/** What the quotation mark characters are, straight, curly or angled. */
final class QuoteMarks {

    enum Family { DOUBLE, SINGLE }

    private static final String DOUBLE_MARKS = "\"“”„‟«»";
    private static final String SINGLE_MARKS = "'‘’‚‛‹›";

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0 || SINGLE_MARKS.indexOf(c) >= 0;
    }

    static Family family(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0 ? Family.DOUBLE : Family.SINGLE;
    }

    /** Marks that only ever open a quotation. */
    static boolean opensOnly(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‹' || c == '‚';
    }

    /** Marks that only ever close a quotation (’ may also be an apostrophe). */
    static boolean closesOnly(char c) {
        return c == '”' || c == '»' || c == '›';
    }

    /** The text with every mark replaced by its straight form; offsets stay the same. */
    static String straighten(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != '"' && c != '\'' && isMark(c)) {
                chars[i] = family(c) == Family.DOUBLE ? '"' : '\'';
            }
        }
        return new String(chars);
    }
}
