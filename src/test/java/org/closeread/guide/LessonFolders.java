package org.closeread.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonSource;

/** Every lesson folder under {@code lessons/}, read whole. */
final class LessonFolders {

    static final Path LESSONS = Path.of("lessons");

    private LessonFolders() {
    }

    static List<ReadLesson> all() throws IOException, LessonFileException {
        List<ReadLesson> read = new ArrayList<>();
        try (Stream<Path> list = Files.list(LESSONS)) {
            for (Path dir : list.filter(d -> Files.isRegularFile(d.resolve("lesson.yaml"))).sorted().toList()) {
                read.add(ReadLesson.of(new LessonSource(dir.getFileName().toString(),
                        Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8),
                        Files.readString(dir.resolve("lesson.yaml"), StandardCharsets.UTF_8))));
            }
        }
        return read;
    }
}
