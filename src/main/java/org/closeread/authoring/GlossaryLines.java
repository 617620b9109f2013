package org.closeread.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.closeread.base.Message;
import org.closeread.lesson.GlossaryTerm;
import org.closeread.lesson.LessonPlanReader;

/**
 * A glossary as a teacher types it: one {@code term: definition} per line. The other forms a term takes
 * ({@code forms:} in the file) are kept from the glossary being edited while the term stays the same.
 */
public final class GlossaryLines {

    private GlossaryLines() {
    }

    public static String format(List<GlossaryTerm> glossary) {
        return String.join("\n", glossary.stream().map(t -> t.term() + ": " + t.definition()).toList());
    }

    /** Why the text is not a glossary, naming the first line that is wrong; empty when it is one. */
    public static Optional<Message> problem(String text) {
        Set<String> seen = new HashSet<>();
        List<String> lines = text == null ? List.of() : text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                return Optional.of(Message.of("authoring.check.glossary.form", i + 1));
            }
            String term = line.substring(0, colon).strip();
            if (term.length() > LessonPlanReader.TERM_MAX_LENGTH
                    || line.substring(colon + 1).strip().length() > LessonPlanReader.DEFINITION_MAX_LENGTH) {
                return Optional.of(Message.of("authoring.check.glossary.too-long", i + 1, LessonPlanReader.TERM_MAX_LENGTH,
                        LessonPlanReader.DEFINITION_MAX_LENGTH));
            }
            if (!seen.add(term.toLowerCase(Locale.ROOT))) {
                return Optional.of(Message.of("authoring.check.glossary.twice", i + 1, term));
            }
        }
        return Optional.empty();
    }

    /** The glossary the text holds; call {@link #problem(String)} first, lines without a colon are skipped. */
    public static List<GlossaryTerm> parse(String text, List<GlossaryTerm> before) {
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : text == null ? List.<String>of() : text.lines().toList()) {
            String line = raw.strip();
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                continue;
            }
            String term = line.substring(0, colon).strip();
            if (!seen.add(term.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> forms = before.stream().filter(t -> t.term().equalsIgnoreCase(term)).findFirst()
                    .map(GlossaryTerm::forms).orElse(List.of());
            terms.add(new GlossaryTerm(term, forms, line.substring(colon + 1).strip()));
        }
        return terms;
    }
}
