package org.closeread.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A term of a lesson's glossary: its plain definition and the other forms it takes in the text. */
public record GlossaryTerm(String term, List<String> forms, String definition) {

    public GlossaryTerm {
        term = Objects.requireNonNull(term, "term").strip();
        definition = Objects.requireNonNull(definition, "definition").strip();
        forms = forms == null ? List.of() : forms.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        if (term.isEmpty() || definition.isEmpty()) {
            throw new IllegalArgumentException("a glossary term needs a term and a definition");
        }
    }

    /** The term and its other forms, longest first, so the longest form is found where two overlap. */
    public List<String> allForms() {
        List<String> all = new ArrayList<>();
        all.add(term);
        forms.stream().filter(f -> !f.equalsIgnoreCase(term)).forEach(all::add);
        all.sort((a, b) -> b.length() - a.length());
        return all;
    }
}
