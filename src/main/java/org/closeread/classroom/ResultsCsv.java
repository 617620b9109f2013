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
import java.util.Optional;
import org.closeread.quiz.TeacherMark;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An assignment's results as CSV, one row per student and question (the answer that counts, its score and
 * how many tries the question took; for a written answer in a class whether it is still to mark, who marked it,
 * the mark and the teacher's comment), for a spreadsheet: UTF-8 with a
 * byte order mark (so Excel reads the accents), RFC 4180 quoting and line ends. Text a student or
 * teacher typed never starts a cell with = + - @ (or a tab or carriage return): such a cell gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
public final class ResultsCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final List<String> HEADER = List.of("Class", "Lesson", "Student", "Question", "Question id", "Type",
            "Prompt", "Answered", "Answer", "Score (%)", "Full marks", "Answered at (UTC)", "Seconds from start",
            "Quiz score (%)", "Finished", "Tries", "To mark", "Marked by", "Mark", "Teacher's comment");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ResultsCsv() {
    }

    /** The rows under the header, students in the report's order, questions in quiz order. */
    public static List<List<String>> rows(ClassReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (StudentProgress student : report.students()) {
            for (QuestionSummary question : report.questions()) {
                Optional<AnswerCell> answer = student.answer(question.questionId());
                rows.add(List.of(
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
            }
        }
        return rows;
    }

    public static void write(ClassReport report, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(HEADER);
            printer.printRecords(rows(report));
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
