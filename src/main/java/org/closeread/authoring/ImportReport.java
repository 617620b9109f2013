package org.closeread.authoring;

import java.util.List;
import org.closeread.lesson.LessonProblem;

/** What an upload held: each lesson folder's result, and problems of the zip itself. */
public record ImportReport(List<FolderImport> folders, List<LessonProblem> problems) {

    public ImportReport {
        folders = List.copyOf(folders);
        problems = List.copyOf(problems);
    }
}
