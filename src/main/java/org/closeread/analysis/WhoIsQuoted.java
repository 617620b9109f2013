package org.closeread.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who the article lets speak: each speaker with the number of quotations (direct, partial
 * and indirect; a quotation inside another one is not counted again), whether they are named,
 * and the channels their words came through. Most-quoted first.
 */
public final class WhoIsQuoted {

    private WhoIsQuoted() {
    }

    static List<QuotedSpeaker> of(List<Quote> quotes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> named = new LinkedHashMap<>();
        Map<String, Set<String>> channels = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() == null || q.nested()) {
                continue;
            }
            String name = q.speaker().name();
            counts.merge(name, 1, Integer::sum);
            named.merge(name, q.speaker().named(), Boolean::logicalOr);
            Set<String> through = channels.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (q.channel() != null) {
                through.add(q.channel());
            }
        }
        List<QuotedSpeaker> summary = new ArrayList<>();
        counts.forEach((name, n) -> summary.add(
                new QuotedSpeaker(name, n, named.get(name), List.copyOf(channels.get(name)))));
        summary.sort((a, b) -> Integer.compare(b.quotes(), a.quotes()));
        return List.copyOf(summary);
    }
}
