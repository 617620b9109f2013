package org.closeread.quiz;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Match each left-hand item to its right-hand choice. The choices are the pairs' right sides (each
 * text once) and the distractors, shown shuffled; answers refer to the shown order.
 */
public record MatchQuestion(Stem stem, List<MatchPair> pairs, List<String> distractors) implements Question {

    public MatchQuestion {
        Objects.requireNonNull(stem, "stem");
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
        if (pairs.size() < 2) {
            throw new IllegalArgumentException(stem.id() + ": a match question needs two or more pairs");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCH;
    }

    /** The right-hand choices in the order the student sees them. */
    public List<String> shownRights() {
        Set<String> rights = new LinkedHashSet<>();
        pairs.forEach(pair -> rights.add(pair.right()));
        rights.addAll(distractors);
        return Shuffle.shown(id(), List.copyOf(rights));
    }

    @Override
    public PromptView promptView() {
        return PromptView.match(stem, pairs.stream().map(MatchPair::left).toList(), shownRights());
    }

    @Override
    public Result score(Answer answer) {
        if (answer instanceof MatchAnswer match) {
            List<String> rights = shownRights();
            Map<Integer, String> chosen = new HashMap<>();
            match.matches().forEach((left, right) -> {
                if (right >= 0 && right < rights.size()) {
                    chosen.put(left, rights.get(right));
                }
            });
            return Result.of(stem, MatchScoring.score(pairs, chosen));
        }
        throw new WrongAnswerTypeException(this, answer);
    }
}
