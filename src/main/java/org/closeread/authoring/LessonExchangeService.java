package org.closeread.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.closeread.authoring.FolderImport.Outcome;
import org.closeread.lesson.LessonSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons in and out of the app as lesson folders in a zip. Export writes a lesson's files as they
 * are (the draft's, else the published ones); import checks each folder with the lesson file reader
 * and keeps a sound one as a draft to preview and publish, never over another draft unless asked.
 */
@Service
public class LessonExchangeService {

    /** The largest zip accepted; the upload stops reading past it. */
    public static final int MAX_UPLOAD_BYTES = LessonZip.MAX_UPLOAD_BYTES;

    private final DraftService drafts;

    LessonExchangeService(DraftService drafts) {
        this.drafts = drafts;
    }

    /** The lesson as a zip of its folder; empty for an unknown lesson. */
    @Transactional(readOnly = true)
    public Optional<byte[]> export(String slug) {
        return drafts.files(slug).map(files -> LessonZip.write(List.of(files)));
    }

    public static String fileName(String slug) {
        return slug + ".zip";
    }

    /** Where teachers download a lesson's folder as a zip. */
    public static String exportPath(String slug) {
        return "/api/teacher/lessons/" + slug + "/export";
    }

    /**
     * Imports every sound folder of a zip as a draft. A folder whose lesson exists is left alone unless
     * {@code replace} is set; then its draft is replaced by the imported files (nothing is published).
     */
    @Transactional
    public ImportReport importZip(byte[] zip, boolean replace) {
        LessonZip.Contents contents = LessonZip.read(zip);
        List<FolderImport> results = new ArrayList<>();
        for (LessonSource folder : contents.folders()) {
            results.add(importFolder(folder, replace));
        }
        return new ImportReport(results, contents.problems());
    }

    private FolderImport importFolder(LessonSource folder, boolean replace) {
        LessonCheck check = LessonCheck.of(folder);
        if (!check.sound()) {
            return new FolderImport(folder.slug(), Outcome.REFUSED, check.problems());
        }
        Optional<LessonSource> existing = drafts.files(folder.slug());
        if (existing.isEmpty()) {
            drafts.createFromFiles(folder);
            return new FolderImport(folder.slug(), Outcome.IMPORTED, List.of());
        }
        if (existing.get().equals(folder)) {
            return new FolderImport(folder.slug(), Outcome.UNCHANGED, List.of());
        }
        if (!replace) {
            return new FolderImport(folder.slug(), Outcome.SKIPPED, List.of());
        }
        Draft draft = drafts.open(folder.slug()).orElseThrow();
        drafts.replaceFiles(folder.slug(), draft.version(), folder);
        return new FolderImport(folder.slug(), Outcome.REPLACED, List.of());
    }
}
