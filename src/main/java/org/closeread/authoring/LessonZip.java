package org.closeread.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.closeread.base.Message;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.LessonSource;

/**
 * Lesson folders in a zip, as in {@code lessons/}: {@code <slug>/article.txt} and {@code <slug>/lesson.yaml}.
 * Writing is byte-for-byte repeatable (fixed order and dates). Reading finds the folders at any depth
 * and refuses what is not a lesson folder with a reason, without writing anything anywhere.
 */
final class LessonZip {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_FILES = 400;
    /** The largest zip accepted, checked on the server as the upload arrives. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    /** Everything in the zip unpacked together, lesson files or not. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    /** Unpacked size over packed size; text rarely packs tighter than 10:1. Checked past the first MB. */
    static final int MAX_RATIO = 100;
    static final long RATIO_FROM_BYTES = 1024 * 1024;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private LessonZip() {
    }

    /** The folders found in a zip, and what is wrong with the zip or a file in it. */
    record Contents(List<LessonSource> folders, List<LessonProblem> problems) {
    }

    static byte[] write(List<LessonSource> folders) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (LessonSource folder : folders) {
                put(zip, folder.slug() + "/" + LessonFileReader.ARTICLE_FILE, folder.articleText());
                put(zip, folder.slug() + "/" + LessonFileReader.LESSON_FILE, folder.lessonYaml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static Contents read(byte[] upload) {
        return read(new ByteArrayInputStream(upload));
    }

    /**
     * Reads a zip as a stream: every entry is unpacked through one counter (skipped files too, which a
     * plain {@code getNextEntry} would unpack unseen), and reading stops as soon as the zip is larger
     * than the upload limit, unpacks to more than the total limit, or unpacks to over {@link #MAX_RATIO}
     * times what has been read of it: a zip bomb is refused after its first megabyte.
     */
    static Contents read(InputStream upload) {
        List<LessonProblem> problems = new ArrayList<>();
        Map<String, Map<String, String>> found = new TreeMap<>();
        int files = 0;
        Counted packed = new Counted(upload);
        long[] unpacked = {0};
        try (ZipInputStream zip = new ZipInputStream(packed, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String[] path = entry.getName().replace('\\', '/').split("/");
                String name = path[path.length - 1];
                boolean lessonFile = name.equals(LessonFileReader.ARTICLE_FILE) || name.equals(LessonFileReader.LESSON_FILE);
                if (entry.isDirectory() || !lessonFile || path.length < 2 || entry.getName().contains("__MACOSX")) {
                    drain(zip, packed, unpacked, -1);
                    continue;
                }
                String folder = path[path.length - 2];
                String where = folder + "/" + name;
                if (++files > MAX_FILES) {
                    problems.add(new LessonProblem(where, 0, Message.of("problem.lesson.zip-holds-more-than", MAX_FILES)));
                    break;
                }
                byte[] content = drain(zip, packed, unpacked, MAX_FILE_BYTES);
                if (content == null) {
                    problems.add(new LessonProblem(where, 0, Message.of("problem.lesson.file-larger-than-kb", MAX_FILE_BYTES / 1024)));
                } else {
                    decode(content).ifPresentOrElse(
                            text -> found.computeIfAbsent(folder, f -> new TreeMap<>()).put(name, text),
                            () -> problems.add(new LessonProblem(where, 0, Message.of("problem.lesson.file-utf-8-text"))));
                }
            }
        } catch (TooBig e) {
            return new Contents(List.of(), List.of(new LessonProblem("upload", 0, e.words)));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new LessonProblem("upload", 0, Message.of("problem.lesson.zip-file-lesson-folders", e.getMessage())));
        }
        List<LessonSource> folders = new ArrayList<>();
        found.forEach((folder, texts) -> {
            if (LessonDraft.slugProblem(folder).isPresent()) {
                problems.add(new LessonProblem(folder, 0, Message.of("problem.zip.folder-not-a-slug")));
            } else if (!texts.containsKey(LessonFileReader.ARTICLE_FILE)
                    || !texts.containsKey(LessonFileReader.LESSON_FILE)) {
                String missing = texts.containsKey(LessonFileReader.ARTICLE_FILE) ? LessonFileReader.LESSON_FILE
                        : LessonFileReader.ARTICLE_FILE;
                problems.add(new LessonProblem(folder + "/" + missing, 0, Message.of("problem.lesson.folder", missing)));
            } else {
                folders.add(new LessonSource(folder, texts.get(LessonFileReader.ARTICLE_FILE),
                        texts.get(LessonFileReader.LESSON_FILE)));
            }
        });
        if (folders.isEmpty() && problems.isEmpty()) {
            problems.add(new LessonProblem("upload", 0, Message.of("problem.lesson.lesson-folder-found-zip")));
        }
        return new Contents(folders, problems);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * Unpacks the current entry through the counters; its bytes, or null when longer than {@code keep}
     * (the rest of it is still read and counted); with {@code keep} negative, nothing is kept.
     */
    private static byte[] drain(InputStream entry, Counted packed, long[] unpacked, int keep) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean over = keep < 0;
        byte[] buffer = new byte[8192];
        for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
            unpacked[0] += n;
            if (packed.count > MAX_UPLOAD_BYTES) {
                throw new TooBig("problem.zip.larger-than", MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            if (unpacked[0] > MAX_UNPACKED_BYTES) {
                throw new TooBig("problem.zip.unpacks-to-more-than", MAX_UNPACKED_BYTES / (1024 * 1024));
            }
            if (unpacked[0] > RATIO_FROM_BYTES && unpacked[0] > MAX_RATIO * Math.max(1, packed.count)) {
                throw new TooBig("problem.zip.bomb", MAX_RATIO);
            }
            if (!over) {
                if (kept.size() + n > keep) {
                    over = true;
                    kept = null;
                } else {
                    kept.write(buffer, 0, n);
                }
            }
        }
        return keep < 0 || kept == null ? null : kept.toByteArray();
    }

    /** Why a zip is refused as a whole. */
    private static final class TooBig extends IOException {
        private final transient Message words;

        TooBig(String key, Object... args) {
            super(key);
            this.words = Message.of(key, args);
        }
    }

    /** Counts the packed bytes read, and refuses to read past the upload limit. */
    private static final class Counted extends java.io.FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            if (count > MAX_UPLOAD_BYTES) {
                throw new TooBig("problem.zip.larger-than", MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static java.util.Optional<String> decode(byte[] content) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }
}
