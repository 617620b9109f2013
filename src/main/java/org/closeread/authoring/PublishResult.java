package org.closeread.authoring;

import java.util.List;
import org.closeread.lesson.LessonProblem;

/**
 * What came of publishing: published; or not, because the files have problems (each with file and
 * line), or because someone else saved the lesson since the teacher last looked ({@code conflict}).
 */
public record PublishResult(boolean published, boolean conflict, List<LessonProblem> problems, Draft draft) {

    public PublishResult {
        problems = List.copyOf(problems);
    }
}
