package org.closeread.authoring;

import java.util.List;
import org.closeread.lesson.LessonProblem;

/**
 * What importing one lesson folder did, with its problems by file and line. The page says the outcome in
 * the teacher's words (the key import.outcome. and the outcome's name).
 */
public record FolderImport(String slug, Outcome outcome, List<LessonProblem> problems) {

    public enum Outcome { IMPORTED, REPLACED, UNCHANGED, SKIPPED, REFUSED }

    public FolderImport {
        problems = List.copyOf(problems);
    }
}
