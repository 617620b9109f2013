package org.closeread.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A way of looking at an article; every annotation belongs to exactly one lens. */
public enum Lens {
    ANATOMY("Anatomy", "What is article and what is page around it",
            List.of(new Fact("part", "Part of the page"))),
    QUOTE("Quotes", "Who is quoted, in what form, through whom",
            List.of(new Fact("speaker", "Speaker"), new Fact("form", "Form"),
                    new Fact("channel", "Relayed by"), new Fact("verb", "Reporting verb"))),
    SOURCE("Sourcing", "Where each piece of information or image came from",
            List.of(new Fact("source", "Source"), new Fact("sourceType", "Type of source"),
                    new Fact("signal", "How the text signals it"))),
    FRAMING("Framing", "Wording that takes a stance, and whose voice it is",
            List.of(new Fact("voice", "Whose voice"), new Fact("wording", "Wording"),
                    new Fact("contrast", "Contrast"))),
    MISSING("Missing", "Voices and evidence the article lacks",
            List.of(new Fact("perspective", "Missing perspective"), new Fact("whyItMatters", "Why it matters"),
                    new Fact("checkQuestion", "Check it yourself")));

    /**
     * A fact an annotation of this lens may carry: its key in lesson files and its label in English (the API
     * and files); pages show the words under {@link #labelKey()}.
     */
    public record Fact(String key, String label) {

        /** The key of its label in the translations file: lens.fact.speaker, …. */
        public String labelKey() {
            return "lens.fact." + key;
        }
    }

    private final String label;
    private final String question;
    private final List<Fact> facts;

    Lens(String label, String question, List<Fact> facts) {
        this.label = label;
        this.question = question;
        this.facts = facts;
    }

    /** The facts of this lens in the order they are shown. */
    public List<Fact> facts() {
        return facts;
    }

    public Optional<Fact> fact(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Its name in English (the API, files, a new step's title); pages show the words under {@link #nameKey()}. */
    public String label() {
        return label;
    }

    /** The key of its name in the translations file: lens.quote, …. */
    public String nameKey() {
        return "lens." + id();
    }

    /** The key of the question it asks, in the translations file: lens.quote.question, …. */
    public String questionKey() {
        return nameKey() + ".question";
    }

    /** The question this lens asks of the text, shown in the legend. */
    public String question() {
        return question;
    }

    /** The lower-case name used in lesson files, CSS classes and the public API. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lens> fromId(String id) {
        for (Lens lens : values()) {
            if (lens.id().equals(id)) {
                return Optional.of(lens);
            }
        }
        return Optional.empty();
    }
}
