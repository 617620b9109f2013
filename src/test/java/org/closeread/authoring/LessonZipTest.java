package org.closeread.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.closeread.lesson.LessonProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zips that would explode: generated here, in memory, and refused while they are read. */
class LessonZipTest {

    private static byte[] bomb;

    /** About 1 MB that unpacks to 1 GB of zeros, as a classic zip bomb. */
    @BeforeAll
    static void makeBomb() {
        bomb = zipOf("bomb/article.txt", 1024);
    }

    /**
     * A zip of one file of {@code megabytes} MB of zeros, written quickly: one megabyte of zeros is
     * deflated once, ending at a full flush (byte-aligned, no back-references), and that block is repeated,
     * which is a valid deflate stream of the whole; the headers carry the true sizes and CRC.
     */
    static byte[] zipOf(String name, int megabytes) {
        byte[] zeros = new byte[1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.finish();
        ByteArrayOutputStream last = new ByteArrayOutputStream();
        while (!deflater.finished()) {
            last.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i < megabytes; i++) {
            data.writeBytes(block.toByteArray());
            crc.update(zeros);
        }
        data.writeBytes(last.toByteArray());
        long size = (long) megabytes * zeros.length;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer zip = java.nio.ByteBuffer.allocate(data.size() + 2 * nameBytes.length + 200)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        zip.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                .putInt(data.size()).putInt((int) size).putShort((short) nameBytes.length).putShort((short) 0)
                .put(nameBytes).put(data.toByteArray());
        int central = zip.position();
        zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                .putInt(data.size()).putInt((int) size).putShort((short) nameBytes.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(nameBytes);
        int centralSize = zip.position() - central;
        zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(central).putShort((short) 0);
        return java.util.Arrays.copyOf(zip.array(), zip.position());
    }

    @Test
    void the_generated_bomb_is_a_real_zip_that_unpacks_as_it_says() throws IOException {
        byte[] small = zipOf("small/article.txt", 3);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(small))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("small/article.txt");
            byte[] all = in.readAllBytes();
            assertThat(all).hasSize(3 * 1024 * 1024).containsOnly((byte) 0);
            assertThat(in.getNextEntry()).isNull();
        }
    }

    /** Counts what the reader takes from the upload. */
    private static final class Counting extends FilterInputStream {
        long read;

        Counting(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }

    private static String onlyProblem(LessonZip.Contents contents) {
        assertThat(contents.folders()).isEmpty();
        assertThat(contents.problems()).hasSize(1);
        LessonProblem problem = contents.problems().getFirst();
        assertThat(problem.file()).isEqualTo("upload");
        return problem.message();
    }

    @Test
    void a_zip_bomb_is_refused_after_reading_a_sliver_of_it() {
        assertThat(bomb.length).isBetween(500_000, 2_000_000);
        Counting upload = new Counting(bomb);

        LessonZip.Contents contents = LessonZip.read(upload);

        assertThat(onlyProblem(contents)).contains("more than 100 times its size").contains("nothing imported");
        assertThat(upload.read).as("bytes read of the %d-byte bomb", bomb.length).isLessThan(bomb.length / 20);
    }

    @Test
    void a_bomb_in_a_file_that_is_not_a_lesson_file_is_refused_too() throws IOException {
        byte[] hidden = zipOf("lesson/video.mp4", 256);
        Counting upload = new Counting(hidden);

        assertThat(onlyProblem(LessonZip.read(upload))).contains("times its size");
        assertThat(upload.read).isLessThan(hidden.length / 20);
    }

    @Test
    void many_files_that_pack_well_but_not_suspiciously_stop_at_the_total_unpacked_limit() throws IOException {
        // Words drawn at random from a small vocabulary pack about 5:1: under the ratio, over 50 MB in all.
        String[] words = {"the ", "minister ", "said ", "that ", "army ", "talks ", "would ", "resume ", "on ",
                "monday ", "after ", "a ", "long ", "pause ", "in ", "moscow "};
        Random random = new Random(11);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder(LessonZip.MAX_FILE_BYTES);
        while (text.length() < LessonZip.MAX_FILE_BYTES - 20) {
            text.append(words[random.nextInt(words.length)]);
        }
        byte[] article = text.toString().getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int file = 0; file < 30; file++) {
                zip.putNextEntry(new ZipEntry("lesson-" + file + "/article.txt"));
                zip.write(article);
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(LessonZip.MAX_UPLOAD_BYTES);

        assertThat(onlyProblem(LessonZip.read(bytes.toByteArray()))).contains("unpacks to more than 50 MB");
    }

    @Test
    void a_zip_larger_than_the_upload_limit_is_refused_while_reading() throws IOException {
        byte[] noise = new byte[LessonZip.MAX_UPLOAD_BYTES + 1024];
        new Random(7).nextBytes(noise);
        CRC32 crc = new CRC32();
        crc.update(noise);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("lesson/photo.jpg");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(noise.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(noise);
            zip.closeEntry();
        }

        assertThat(onlyProblem(LessonZip.read(bytes.toByteArray()))).contains("larger than 20 MB");
    }

    @Test
    void an_ordinary_lesson_zip_still_reads() {
        byte[] zip = LessonZipAccess.write(new org.closeread.lesson.LessonSource("a-lesson", "Headline\n", "title: A\n"));

        LessonZip.Contents contents = LessonZip.read(zip);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.folders()).extracting(org.closeread.lesson.LessonSource::slug).containsExactly("a-lesson");
    }

}
