package org.closeread.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The formats a quiz is exported in, by the name used in download addresses. */
public enum ExchangeFormat {
    MOODLE_XML("moodle-xml", "application/xml", ".moodle.xml", true),
    GIFT("gift", "text/plain;charset=UTF-8", ".gift.txt", true),
    QTI("qti", "application/zip", ".qti3.zip", false);

    private final String id;
    private final String mediaType;
    private final String suffix;
    private final boolean importable;

    ExchangeFormat(String id, String mediaType, String suffix, boolean importable) {
        this.id = id;
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.importable = importable;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean importable() {
        return importable;
    }

    public String fileName(String slug) {
        return slug + "-quiz" + suffix;
    }

    public static Optional<ExchangeFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    byte[] write(QuizForExport quiz) {
        return switch (this) {
            case MOODLE_XML -> MoodleXmlFormat.write(quiz);
            case GIFT -> GiftFormat.write(quiz);
            case QTI -> QtiPackage.zip(quiz);
        };
    }

    /** Reads an importable format; QTI is export only. */
    ImportedQuestions read(byte[] bytes) {
        return switch (this) {
            case MOODLE_XML -> MoodleXmlFormat.read(bytes);
            case GIFT -> GiftFormat.read(bytes);
            case QTI -> throw new UnsupportedOperationException("QTI packages are exported only");
        };
    }

    /** The importable format a file's name or first bytes say. */
    public static ExchangeFormat guess(String fileName, byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .strip();
        if ((fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                || start.startsWith("<") || start.startsWith("\uFEFF<")) {
            return MOODLE_XML;
        }
        return GIFT;
    }
}
