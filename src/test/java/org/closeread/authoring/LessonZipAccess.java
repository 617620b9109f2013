package org.closeread.authoring;

import java.util.List;
import org.closeread.lesson.LessonSource;

/** Lets view tests make an upload the way an export makes one. */
public final class LessonZipAccess {

    private LessonZipAccess() {
    }

    public static byte[] write(LessonSource... folders) {
        return LessonZip.write(List.of(folders));
    }
}
