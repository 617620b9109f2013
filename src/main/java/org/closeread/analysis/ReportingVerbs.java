package org.closeread.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reporting-verb list ({@code reporting-verbs.txt}), looked up by lemma or irregular form. */
final class ReportingVerbs {

    private final Map<String, ReportingVerb> byLemma = new HashMap<>();
    private final Map<String, ReportingVerb> byForm = new HashMap<>();
    private InflectedForms inflected;

    private ReportingVerbs() {
    }

    static ReportingVerbs load() {
        ReportingVerbs verbs = new ReportingVerbs();
        for (List<String> row : WordList.rows("reporting-verbs.txt")) {
            var verb = new ReportingVerb(row.get(0), Stance.ofLabel(row.get(1)), row.get(2).equals("clause"));
            verbs.byLemma.putIfAbsent(verb.lemma(), verb);
            for (String form : row.subList(3, row.size())) {
                verbs.byForm.putIfAbsent(form, verb);
            }
        }
        verbs.inflected = InflectedForms.of(verbs.byLemma.keySet());
        return verbs;
    }

    Optional<ReportingVerb> of(Token token) {
        ReportingVerb verb = byLemma.get(token.lemma());
        if (verb == null) {
            verb = byForm.get(token.lower());
        }
        if (verb == null) {
            verb = regularInflection(token.lower());
        }
        return Optional.ofNullable(verb);
    }

    /** The lemmatizer now and then misses a regular form ("contended" as "contende"): undo the ending ourselves. */
    private ReportingVerb regularInflection(String form) {
        for (String ending : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (form.endsWith(ending) && form.length() > ending.length() + 2) {
                String base = form.substring(0, form.length() - ending.length());
                for (String lemma : new String[] {base, base + "e", base.substring(0, base.length() - 1)}) {
                    if (byLemma.containsKey(lemma)) {
                        return byLemma.get(lemma);
                    }
                }
            }
        }
        return null;
    }

    /** True when the word might be one of ours, so is worth sending to the lemmatizer. */
    boolean mightMatch(String lower) {
        return byForm.containsKey(lower) || inflected.mightBeOne(lower);
    }
}
