package org.closeread.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.closeread.lesson.YamlMap;

/** Reads the pairs and distractors of a match question. */
final class MatchReader {

    static final List<String> KEYS = List.of("pairs", "distractors");
    private static final Set<String> PAIR_KEYS = Set.of("left", "right");

    private MatchReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where) {
        List<YamlMap> maps = map.maps("pairs");
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        for (int i = 0; i < maps.size(); i++) {
            YamlMap pair = maps.get(i);
            String at = where + ", pair " + (i + 1);
            pair.allowOnly(PAIR_KEYS, at);
            String left = pair.required("left", at);
            String right = pair.required("right", at);
            if (!left.isEmpty() && !lefts.add(left)) {
                map.problems().add(pair.line("left"), "problem.match.same-left-side-as", at);
            } else if (!left.isEmpty() && !right.isEmpty()) {
                pairs.add(new MatchPair(left, right));
            }
        }
        if (maps.size() < 2) {
            map.problems().add(map.line("pairs"), "problem.match.needs-two-more-pairs", where);
        }
        List<String> distractors = map.strings("distractors");
        Set<String> seen = new HashSet<>();
        for (String distractor : distractors) {
            if (pairs.stream().anyMatch(p -> p.right().equals(distractor)) || !seen.add(distractor)) {
                map.problems().add(map.line("distractors"), "problem.match.distractor-also-right-side", where, distractor);
            }
        }
        return stem -> new MatchQuestion(stem, pairs, distractors);
    }
}
