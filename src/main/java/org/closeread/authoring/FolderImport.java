package org.closeread.authoring;

import java.util.List;
import org.closeread.lesson.LessonProblem;

/** What importing one lesson folder did, in a sentence, with its problems by file and line. */
public record FolderImport(String slug, Outcome outcome, String message, List<LessonProblem> problems) {

    public enum Outcome { IMPORTED, REPLACED, UNCHANGED, SKIPPED, REFUSED }

    public FolderImport {
        problems = List.copyOf(problems);
    }
}
