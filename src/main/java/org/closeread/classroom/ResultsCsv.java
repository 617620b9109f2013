package org.closeread.classroom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.closeread.quiz.TeacherMark;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An assignment's results as CSV, one row per student and question (the answer that counts, its score and
 * how many tries the question took; for a written answer in a class whether it is still to mark, who marked it,
 * the mark and the teacher's comment; for a class from a learning platform the student's LMS user id and the
 * platform's issuer, to match the LMS gradebook), under a header in the teacher's language, for a spreadsheet: UTF-8 with a
 * byte order mark (so Excel reads the accents), RFC 4180 quoting and line ends. Text a student or
 * teacher typed never starts a cell with = + - @ (or a tab or carriage return): such a cell gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
public final class ResultsCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    /** The header's translation keys, in column order. */
    static final List<String> HEADER_KEYS = List.of("results.csv.class", "results.csv.lesson", "results.csv.student",
            "results.csv.question", "results.csv.question-id", "results.csv.type", "results.csv.prompt",
            "results.csv.answered", "results.csv.answer", "results.csv.score", "results.csv.full-marks",
            "results.csv.answered-at", "results.csv.seconds", "results.csv.quiz-score", "results.csv.finished",
            "results.csv.tries", "results.csv.to-mark", "results.csv.marked-by", "results.csv.mark",
            "results.csv.comment");
    /** The header keys of the columns a class from a learning platform (LTI) gets: the LMS user id and issuer. */
    static final List<String> LMS_HEADER_KEYS = List.of("results.csv.lms-user-id", "results.csv.lms-issuer");
    private static final ResourceBundle DEFAULT_TEXTS = ResourceBundle.getBundle("vaadin-i18n/translations",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    /** The header in the default (English) texts. */
    static final List<String> HEADER = header(DEFAULT_TEXTS::getString, false);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ResultsCsv() {
    }

    /** Every key the header may use, for a caller that translates them up front. */
    public static List<String> headerKeys() {
        List<String> keys = new ArrayList<>(HEADER_KEYS);
        keys.addAll(LMS_HEADER_KEYS);
        return keys;
    }

    /** The header in these words; with the LMS columns for a class from a learning platform. */
    public static List<String> header(Function<String, String> translate, boolean lms) {
        List<String> header = new ArrayList<>();
        HEADER_KEYS.forEach(key -> header.add(translate.apply(key)));
        if (lms) {
            LMS_HEADER_KEYS.forEach(key -> header.add(translate.apply(key)));
        }
        return List.copyOf(header);
    }

    /** The rows under the header, students in the report's order, questions in quiz order. */
    public static List<List<String>> rows(ClassReport report) {
        return rows(report, Map.of());
    }

    /**
     * The rows, each ending in the student's LMS user id and the platform's issuer when the class has
     * {@code lmsUsers} (it came from an LTI launch; empty cells for a student who joined with the code).
     */
    public static List<List<String>> rows(ClassReport report, Map<Long, LmsLinks.LmsUser> lmsUsers) {
        List<List<String>> rows = new ArrayList<>();
        for (StudentProgress student : report.students()) {
            Optional<LmsLinks.LmsUser> lmsUser = Optional.ofNullable(lmsUsers.get(student.participantId()));
            for (QuestionSummary question : report.questions()) {
                Optional<AnswerCell> answer = student.answer(question.questionId());
                List<String> row = new ArrayList<>(List.of(
                        text(report.className()),
                        text(report.assignment().lessonTitle()),
                        text(student.name()),
                        String.valueOf(question.number()),
                        text(question.questionId()),
                        question.type().id(),
                        text(question.prompt()),
                        answer.isPresent() ? "yes" : "no",
                        answer.map(a -> text(a.answer())).orElse(""),
                        answer.map(a -> String.valueOf(a.percent())).orElse("0"),
                        answer.map(a -> a.right() ? "yes" : "no").orElse("no"),
                        answer.map(a -> TIME.format(a.answeredAt())).orElse(""),
                        answer.map(a -> String.valueOf(a.secondsFromStart())).orElse(""),
                        String.valueOf(student.percent()),
                        student.stage() == StudentProgress.Stage.FINISHED ? "yes" : "no",
                        answer.map(a -> String.valueOf(a.tries())).orElse("0"),
                        answer.map(a -> a.toMark() ? "yes" : "no").orElse("no"),
                        answer.flatMap(AnswerCell::mark).map(m -> text(m.markedBy())).orElse(""),
                        answer.flatMap(AnswerCell::mark).map(TeacherMark::points).orElse(""),
                        answer.flatMap(AnswerCell::mark).map(m -> text(m.comment())).orElse("")));
                if (!lmsUsers.isEmpty()) {
                    row.add(lmsUser.map(u -> text(u.userId())).orElse(""));
                    row.add(lmsUser.map(u -> text(u.issuer())).orElse(""));
                }
                rows.add(List.copyOf(row));
            }
        }
        return rows;
    }

    /** The CSV with the English header and no LMS columns. */
    public static void write(ClassReport report, OutputStream out) {
        write(report, Map.of(), DEFAULT_TEXTS::getString, out);
    }

    /** The CSV with the header in {@code translate}'s words, and the LMS columns when there are LMS users. */
    public static void write(ClassReport report, Map<Long, LmsLinks.LmsUser> lmsUsers,
                             Function<String, String> translate, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header(translate, !lmsUsers.isEmpty()));
            printer.printRecords(rows(report, lmsUsers));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fileName(ClassReport report) {
        String base = (report.className() + "-" + report.assignment().lessonSlug()).toLowerCase()
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "results" : base) + ".csv";
    }

    /** Typed text as a cell a spreadsheet shows as text, never runs as a formula. */
    static String text(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        char first = typed.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + typed : typed;
    }
}
