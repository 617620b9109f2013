package org.closeread.exchange;

import java.util.List;
import org.closeread.authoring.DraftQuestion;

/** What a file gave: the questions read, and a sentence for each one that could not be read. */
public record ImportedQuestions(List<DraftQuestion> questions, List<String> problems) {

    public ImportedQuestions {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
