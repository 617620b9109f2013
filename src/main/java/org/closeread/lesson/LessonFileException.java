package org.closeread.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson folder that cannot be loaded, with every problem found in it. */
public class LessonFileException extends Exception {

    private final transient List<LessonProblem> problems;

    public LessonFileException(List<LessonProblem> problems) {
        super(problems.stream().map(LessonProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<LessonProblem> problems() {
        return problems;
    }
}
