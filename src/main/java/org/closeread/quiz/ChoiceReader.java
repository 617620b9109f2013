package org.closeread.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.closeread.lesson.YamlMap;

/** Reads the options of a single or multiple choice question. */
final class ChoiceReader {

    static final List<String> KEYS = List.of("options");
    private static final Set<String> OPTION_KEYS = Set.of("text", "correct", "feedback");

    private ChoiceReader() {
    }

    static Function<Stem, Question> read(YamlMap map, String where, boolean multiple) {
        List<YamlMap> maps = map.maps("options");
        List<Option> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < maps.size(); i++) {
            YamlMap option = maps.get(i);
            String at = where + ", option " + (i + 1);
            option.allowOnly(OPTION_KEYS, at);
            String text = option.required("text", at);
            boolean correct = option.bool("correct").orElse(false);
            if (!text.isEmpty() && !texts.add(text)) {
                map.problems().add(option.line("text"), "problem.choice.same-text-as-another", at);
            } else if (!text.isEmpty()) {
                options.add(new Option(text, correct, option.string("feedback").orElse("")));
            }
        }
        long correct = options.stream().filter(Option::correct).count();
        if (maps.size() < 2) {
            map.problems().add(map.line("options"), "problem.choice.needs-two-more-options", where);
        } else if (!multiple && correct != 1) {
            map.problems().add(map.line("options"), "problem.choice.single-choice-needs-exactly", where, correct);
        } else if (multiple && correct == 0) {
            map.problems().add(map.line("options"), "problem.choice.multiple-choice-needs-at", where);
        }
        return multiple ? stem -> new MultipleChoiceQuestion(stem, options)
                : stem -> new SingleChoiceQuestion(stem, options);
    }
}
