package org.closeread.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;
import org.closeread.quiz.QuestionType;

/**
 * Moodle's GIFT text format. Choice questions keep their feedback per option; true/false keeps the
 * feedback of each answer; matching keeps its pairs (GIFT has no room for extra wrong choices, so those
 * are left out); ordering becomes a matching of each item to its place (1, 2, 3...), which comes back
 * as ordering on import; a written answer becomes an essay whose general feedback holds the explanation
 * and the model answer (GIFT has no grader information); a highlight question becomes a multiple
 * choice over its phrases ({@link HighlightChoices}). Every question's explanation is its general
 * feedback.
 */
public final class GiftFormat {

    static final String ORDER_NOTE = "Ordering questions are written as matching: each item to its place"
            + " (1, 2, 3...).";
    static final String MODEL_ANSWER_MARK = "\n\n" + QuizForExport.MODEL_ANSWER;

    private GiftFormat() {
    }

    public static byte[] write(QuizForExport quiz) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(quiz.quizTitle())).append(" (CloseRead lesson \"")
                .append(oneLine(quiz.lessonTitle())).append("\", ").append(quiz.slug()).append(")\n");
        if (quiz.hasHighlight()) {
            out.append("// ").append(HighlightChoices.NOTE).append('\n');
        }
        if (quiz.items().stream().anyMatch(i -> i.question().type() == QuestionType.ORDER)) {
            out.append("// ").append(ORDER_NOTE).append('\n');
        }
        out.append("$CATEGORY: $course$/top/").append(oneLine(quiz.lessonTitle()).replace("/", "-")).append("\n\n");
        for (QuizForExport.Item item : quiz.items()) {
            DraftQuestion q = item.question();
            out.append("// ").append(q.id()).append(" (").append(q.type().id()).append(")\n");
            out.append("::").append(escape(q.id())).append("::[markdown]").append(escape(q.prompt()));
            String general = q.explanation();
            out.append(" {");
            switch (q.type()) {
                case SINGLE -> q.options().forEach(o -> option(out, o.correct() ? "=" : "~", o.text(), o.feedback()));
                case MULTIPLE -> multiple(out, q.options());
                case TRUE_FALSE -> out.append(q.answer() ? "TRUE" : "FALSE")
                        .append('#').append(escape(q.answer() ? q.feedbackFalse() : q.feedbackTrue()))
                        .append('#').append(escape(q.answer() ? q.feedbackTrue() : q.feedbackFalse()));
                case MATCH -> q.pairs().forEach(p -> out.append("\n\t=").append(escape(p.left())).append(" -> ")
                        .append(escape(p.right())));
                case ORDER -> {
                    for (int i = 0; i < q.items().size(); i++) {
                        out.append("\n\t=").append(escape(q.items().get(i))).append(" -> ").append(i + 1);
                    }
                }
                case WRITTEN -> general = general + MODEL_ANSWER_MARK + q.modelAnswer();
                case HIGHLIGHT -> {
                    HighlightChoices choices = item.highlight().orElseThrow();
                    multiple(out, choices.choices().stream()
                            .map(run -> new DraftOption(run.text(), run.correct(), "")).toList());
                }
            }
            if (!general.isBlank()) {
                out.append("\n\t####").append(escape(general));
            }
            out.append("\n}\n\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void multiple(StringBuilder out, List<DraftOption> options) {
        int right = (int) options.stream().filter(DraftOption::correct).count();
        int wrong = options.size() - right;
        for (DraftOption o : options) {
            String weight = o.correct() ? Fractions.percent(1, right) : Fractions.percent(-1, Math.max(1, wrong));
            option(out, "~%" + weight + "%", o.text(), o.feedback());
        }
    }

    private static void option(StringBuilder out, String mark, String text, String feedback) {
        out.append("\n\t").append(mark).append(escape(text));
        if (!feedback.isBlank()) {
            out.append('#').append(escape(feedback));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** GIFT's escapes: its control characters get a backslash, line breaks become {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace("\r\n", "\n").toCharArray()) {
            switch (c) {
                case '~', '=', '#', '{', '}', ':', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- reading

    /** Reads a GIFT file's questions; what cannot become a CloseRead question is named in the problems. */
    public static ImportedQuestions read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<DraftQuestion> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int chunkLine = 1;
        int lineNumber = 0;
        for (String line : (text + "\n\n").split("\n", -1)) {
            lineNumber++;
            String stripped = line.strip();
            if (stripped.startsWith("//") || stripped.startsWith("$CATEGORY:")) {
                continue;
            }
            if (stripped.isEmpty()) {
                if (!chunk.toString().isBlank()) {
                    try {
                        questions.add(question(chunk.toString().strip()));
                    } catch (IllegalArgumentException e) {
                        problems.add("Line " + chunkLine + ": " + e.getMessage());
                    }
                }
                chunk.setLength(0);
                continue;
            }
            if (chunk.isEmpty()) {
                chunkLine = lineNumber;
            }
            chunk.append(line).append('\n');
        }
        return new ImportedQuestions(questions, problems);
    }

    private static DraftQuestion question(String source) {
        String id = "";
        String rest = source;
        if (rest.startsWith("::")) {
            int end = unescaped(rest, "::", 2);
            if (end < 0) {
                throw new IllegalArgumentException("the question's title has no closing ::.");
            }
            id = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2).strip();
        }
        if (rest.startsWith("[")) {
            int end = rest.indexOf(']');
            rest = end < 0 ? rest : rest.substring(end + 1);
        }
        int open = unescaped(rest, "{", 0);
        int close = open < 0 ? -1 : unescaped(rest, "}", open + 1);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("no answers between { and } (a description is not a question).");
        }
        String prompt = unescape(rest.substring(0, open) + " " + rest.substring(close + 1)).strip();
        String answers = rest.substring(open + 1, close);
        String general = "";
        int feedbackAt = unescaped(answers, "####", 0);
        if (feedbackAt >= 0) {
            general = unescape(answers.substring(feedbackAt + 4)).strip();
            answers = answers.substring(0, feedbackAt);
        }
        String body = answers.strip();
        DraftQuestion blank;
        if (body.isEmpty()) {
            String explanation = general;
            String model = "";
            int mark = general.indexOf(MODEL_ANSWER_MARK);
            if (mark >= 0) {
                explanation = general.substring(0, mark).strip();
                model = general.substring(mark + MODEL_ANSWER_MARK.length()).strip();
            } else if (general.startsWith(QuizForExport.MODEL_ANSWER)) {
                explanation = "";
                model = general.substring(QuizForExport.MODEL_ANSWER.length()).strip();
            }
            return new DraftQuestion(id, QuestionType.WRITTEN, prompt, explanation, "", List.of(), true, "", "",
                    List.of(), List.of(), List.of(), List.of(), List.of(), model, List.of());
        }
        String head = body.split("#", 2)[0].strip().toUpperCase(java.util.Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(head)) {
            boolean answer = head.startsWith("T");
            List<String> feedbacks = splitUnescaped(body, '#');
            String ifWrong = feedbacks.size() > 1 ? unescape(feedbacks.get(1)).strip() : "";
            String ifRight = feedbacks.size() > 2 ? unescape(feedbacks.get(2)).strip() : "";
            return new DraftQuestion(id, QuestionType.TRUE_FALSE, prompt, general, "", List.of(), answer,
                    answer ? ifRight : ifWrong, answer ? ifWrong : ifRight, List.of(), List.of(), List.of(), List.of(),
                    List.of(), "", List.of());
        }
        List<String> parts = answerParts(body);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("this kind of GIFT question (numerical or other) has no CloseRead"
                    + " type.");
        }
        if (parts.stream().allMatch(p -> p.startsWith("=") && unescaped(p, "->", 0) >= 0)) {
            List<DraftPair> pairs = new ArrayList<>();
            for (String part : parts) {
                int arrow = unescaped(part, "->", 0);
                pairs.add(new DraftPair(unescape(part.substring(1, arrow)).strip(),
                        unescape(part.substring(arrow + 2)).strip()));
            }
            boolean order = true;
            for (int i = 0; i < pairs.size(); i++) {
                order &= pairs.get(i).right().equals(Integer.toString(i + 1));
            }
            if (order) {
                return new DraftQuestion(id, QuestionType.ORDER, prompt, general, "", List.of(), true, "", "",
                        List.of(), List.of(), List.of(), List.of(), pairs.stream().map(DraftPair::left).toList(), "",
                        List.of());
            }
            return new DraftQuestion(id, QuestionType.MATCH, prompt, general, "", List.of(), true, "", "",
                    List.of(), List.of(), pairs, List.of(), List.of(), "", List.of());
        }
        boolean weighted = parts.stream().anyMatch(p -> p.length() > 1 && p.charAt(1) == '%');
        if (!weighted && parts.stream().noneMatch(p -> p.startsWith("~"))) {
            throw new IllegalArgumentException("a short answer question (only = answers) has no CloseRead type.");
        }
        List<DraftOption> options = new ArrayList<>();
        for (String part : parts) {
            String option = part.substring(1);
            boolean correct = part.startsWith("=");
            if (option.startsWith("%")) {
                int end = option.indexOf('%', 1);
                if (end < 0) {
                    throw new IllegalArgumentException("a weight %…% is not closed.");
                }
                correct = parseWeight(option.substring(1, end)) > 0;
                option = option.substring(end + 1);
            }
            List<String> textAndFeedback = splitUnescaped(option, '#');
            options.add(new DraftOption(unescape(textAndFeedback.get(0)).strip(), correct,
                    textAndFeedback.size() > 1 ? unescape(textAndFeedback.get(1)).strip() : ""));
        }
        QuestionType type = weighted ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        return new DraftQuestion(id, type, prompt, general, "", options, true, "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), "", List.of());
    }

    private static double parseWeight(String weight) {
        try {
            return Double.parseDouble(weight.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the weight %" + weight + "% is not a number.");
        }
    }

    /** The answers of a block, each starting with its unescaped = or ~. */
    private static List<String> answerParts(String body) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if ((c == '=' || c == '~') && !(c == '=' && i + 1 < body.length() && body.charAt(i + 1) == '>')) {
                if (start >= 0) {
                    parts.add(body.substring(start, i).strip());
                }
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(body.substring(start).strip());
        }
        return parts;
    }

    private static int unescaped(String text, String token, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static String unescape(String text) {
        String joined = text.replaceAll("[ \\t]*\\n[ \\t]*", " ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '\\' && i + 1 < joined.length()) {
                char next = joined.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
