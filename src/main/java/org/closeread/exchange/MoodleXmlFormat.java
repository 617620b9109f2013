package org.closeread.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.closeread.authoring.DraftOption;
import org.closeread.authoring.DraftPair;
import org.closeread.authoring.DraftQuestion;
import org.closeread.quiz.QuestionType;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML. Single and multiple choice are {@code multichoice} with feedback per option (a multiple
 * choice gives each right option an equal share and takes an equal share off for each wrong one);
 * true/false is {@code truefalse} with the feedback of each answer; matching is {@code matching}, its
 * extra wrong choices as sub-questions without a text (as Moodle does); ordering is Moodle's
 * {@code ordering} type (absolute positions); a written answer is an {@code essay} whose grader
 * information holds the model answer and rubric; a highlight question is a {@code multichoice} with
 * several right answers over its phrases ({@link HighlightChoices}), as the file's comment says. Every
 * question's explanation is its general feedback; the question's name is its CloseRead id.
 */
public final class MoodleXmlFormat {

    static final String ORDER_NOTE = "Ordering questions use Moodle's Ordering question type (qtype_ordering).";

    private MoodleXmlFormat() {
    }

    public static byte[] write(QuizForExport quiz) {
        Document doc = Xml.newDocument();
        Element root = Xml.add(doc, "quiz");
        root.appendChild(comment(doc, "Quiz \"" + quiz.quizTitle() + "\" of the CloseRead lesson \"" + quiz.lessonTitle()
                + "\" (" + quiz.slug() + ")."));
        if (quiz.hasHighlight()) {
            root.appendChild(comment(doc, HighlightChoices.NOTE));
        }
        if (quiz.items().stream().anyMatch(i -> i.question().type() == QuestionType.ORDER)) {
            root.appendChild(comment(doc, ORDER_NOTE));
        }
        Element category = Xml.add(root, "question");
        category.setAttribute("type", "category");
        Xml.add(Xml.add(category, "category"), "text", "$course$/top/" + quiz.lessonTitle().replace("/", "-"));
        for (QuizForExport.Item item : quiz.items()) {
            question(root, item);
        }
        return Xml.write(doc);
    }

    private static Comment comment(Document doc, String text) {
        return doc.createComment(" " + text.replace("--", "- -") + " ");
    }

    private static void question(Element root, QuizForExport.Item item) {
        DraftQuestion q = item.question();
        Element question = Xml.add(root, "question");
        if (q.type() == QuestionType.HIGHLIGHT) {
            question.appendChild(comment(root.getOwnerDocument(), "CloseRead highlight question " + q.id()
                    + ": written as multiple choice over its phrases."));
        }
        question.setAttribute("type", switch (q.type()) {
            case SINGLE, MULTIPLE, HIGHLIGHT -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case MATCH -> "matching";
            case ORDER -> "ordering";
            case WRITTEN -> "essay";
        });
        Xml.add(Xml.add(question, "name"), "text", q.id());
        String prompt = q.prompt();
        if (item.highlight().isPresent()) {
            prompt = prompt + "\n\n" + quoted(item.highlight().get().text());
        }
        formatted(question, "questiontext", prompt);
        formatted(question, "generalfeedback", q.explanation());
        Xml.add(question, "defaultgrade", "1");
        Xml.add(question, "penalty", "0");
        Xml.add(question, "hidden", "0");
        Xml.add(question, "idnumber", q.id());
        switch (q.type()) {
            case SINGLE -> choices(question, q.options(), true);
            case MULTIPLE -> choices(question, q.options(), false);
            case HIGHLIGHT -> choices(question, item.highlight().orElseThrow().choices().stream()
                    .map(run -> new DraftOption(run.text(), run.correct(), "")).toList(), false);
            case TRUE_FALSE -> {
                answer(question, q.answer() ? "100" : "0", "true", q.feedbackTrue());
                answer(question, q.answer() ? "0" : "100", "false", q.feedbackFalse());
            }
            case MATCH -> {
                Xml.add(question, "shuffleanswers", "true");
                for (DraftPair pair : q.pairs()) {
                    sub(question, pair.left(), pair.right());
                }
                for (String distractor : q.distractors()) {
                    sub(question, "", distractor);
                }
            }
            case ORDER -> {
                Xml.add(question, "layouttype", "VERTICAL");
                Xml.add(question, "selecttype", "ALL");
                Xml.add(question, "selectcount", "0");
                Xml.add(question, "gradingtype", "ABSOLUTE_POSITION");
                Xml.add(question, "showgrading", "SHOW");
                Xml.add(question, "numberingstyle", "none");
                for (int i = 0; i < q.items().size(); i++) {
                    answer(question, Integer.toString(i + 1), q.items().get(i), "");
                }
            }
            case WRITTEN -> {
                Xml.add(question, "responseformat", "editor");
                Xml.add(question, "responserequired", "1");
                Xml.add(question, "responsefieldlines", "10");
                Xml.add(question, "attachments", "0");
                Xml.add(question, "attachmentsrequired", "0");
                formatted(question, "graderinfo", QuizForExport.graderInformation(q));
                formatted(question, "responsetemplate", "");
            }
        }
    }

    private static String quoted(String text) {
        return String.join("\n", text.lines().map(line -> line.isBlank() ? ">" : "> " + line).toList());
    }

    private static void choices(Element question, List<DraftOption> options, boolean single) {
        Xml.add(question, "single", Boolean.toString(single));
        Xml.add(question, "shuffleanswers", "true");
        Xml.add(question, "answernumbering", "abc");
        int right = (int) options.stream().filter(DraftOption::correct).count();
        int wrong = Math.max(1, options.size() - right);
        for (DraftOption option : options) {
            String fraction = single ? (option.correct() ? "100" : "0")
                    : option.correct() ? Fractions.percent(1, right) : Fractions.percent(-1, wrong);
            answer(question, fraction, option.text(), option.feedback());
        }
    }

    private static void answer(Element question, String fraction, String text, String feedback) {
        Element answer = Xml.add(question, "answer");
        answer.setAttribute("fraction", fraction);
        answer.setAttribute("format", "markdown");
        Xml.add(answer, "text", text);
        formatted(answer, "feedback", feedback);
    }

    private static void sub(Element question, String left, String right) {
        Element sub = Xml.add(question, "subquestion");
        sub.setAttribute("format", "markdown");
        Xml.add(sub, "text", left);
        Xml.add(Xml.add(sub, "answer"), "text", right);
    }

    private static void formatted(Element parent, String name, String text) {
        Element element = Xml.add(parent, name);
        element.setAttribute("format", "markdown");
        Xml.add(element, "text", text);
    }

    // ---- reading

    /** Reads a Moodle XML file's questions; what cannot become a CloseRead question is named in the problems. */
    public static ImportedQuestions read(byte[] bytes) {
        Document doc;
        try {
            doc = Xml.parse(bytes);
        } catch (Exception e) {
            return new ImportedQuestions(List.of(), List.of("This is not a Moodle XML file: " + e.getMessage()));
        }
        Element root = doc.getDocumentElement();
        if (!"quiz".equals(root.getTagName())) {
            return new ImportedQuestions(List.of(), List.of("This is not a Moodle XML file: it does not start with"
                    + " <quiz>."));
        }
        List<DraftQuestion> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Element question : Xml.children(root, "question")) {
            String type = question.getAttribute("type");
            if ("category".equals(type)) {
                continue;
            }
            n++;
            String name = Xml.text(question, "name");
            try {
                questions.add(question(question, type, name));
            } catch (IllegalArgumentException e) {
                problems.add("Question " + n + (name.isEmpty() ? "" : " (" + name + ")") + ": " + e.getMessage());
            }
        }
        return new ImportedQuestions(questions, problems);
    }

    private static DraftQuestion question(Element question, String type, String name) {
        String prompt = Xml.text(question, "questiontext");
        String explanation = Xml.text(question, "generalfeedback");
        String id = Xml.text(question, "idnumber").isEmpty() ? name : Xml.text(question, "idnumber");
        List<Element> answers = Xml.children(question, "answer");
        switch (type) {
            case "multichoice" -> {
                boolean single = !"false".equalsIgnoreCase(Xml.child(question, "single") == null ? "true"
                        : Xml.child(question, "single").getTextContent().strip());
                List<DraftOption> options = answers.stream().map(a -> new DraftOption(answerText(a), fraction(a) > 0,
                        Xml.text(a, "feedback"))).toList();
                return new DraftQuestion(id, single ? QuestionType.SINGLE : QuestionType.MULTIPLE, prompt,
                        explanation, "", options, true, "", "", List.of(), List.of(), List.of(), List.of(),
                        List.of(), "", List.of());
            }
            case "truefalse" -> {
                Element yes = answers.stream().filter(a -> "true".equalsIgnoreCase(answerText(a))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("a true/false question needs a \"true\""
                                + " answer."));
                Element no = answers.stream().filter(a -> "false".equalsIgnoreCase(answerText(a))).findFirst()
                        .orElse(null);
                return new DraftQuestion(id, QuestionType.TRUE_FALSE, prompt, explanation, "", List.of(),
                        fraction(yes) > 0, Xml.text(yes, "feedback"), no == null ? "" : Xml.text(no, "feedback"),
                        List.of(), List.of(), List.of(), List.of(), List.of(), "", List.of());
            }
            case "matching" -> {
                List<DraftPair> pairs = new ArrayList<>();
                List<String> distractors = new ArrayList<>();
                for (Element sub : Xml.children(question, "subquestion")) {
                    String left = Xml.child(sub, "text") == null ? "" : Xml.child(sub, "text").getTextContent().strip();
                    String right = Xml.text(sub, "answer");
                    if (left.isEmpty()) {
                        distractors.add(right);
                    } else {
                        pairs.add(new DraftPair(left, right));
                    }
                }
                return new DraftQuestion(id, QuestionType.MATCH, prompt, explanation, "", List.of(), true, "", "",
                        List.of(), List.of(), pairs, distractors, List.of(), "", List.of());
            }
            case "ordering" -> {
                List<String> items = answers.stream().sorted(Comparator.comparingDouble(MoodleXmlFormat::fraction))
                        .map(MoodleXmlFormat::answerText).toList();
                return new DraftQuestion(id, QuestionType.ORDER, prompt, explanation, "", List.of(), true, "", "",
                        List.of(), List.of(), List.of(), List.of(), items, "", List.of());
            }
            case "essay" -> {
                String[] modelAndRubric = QuizForExport.modelAnswerAndRubric(Xml.text(question, "graderinfo"));
                return new DraftQuestion(id, QuestionType.WRITTEN, prompt, explanation, "", List.of(), true, "", "",
                        List.of(), List.of(), List.of(), List.of(), List.of(), modelAndRubric[0],
                        QuizForExport.rubricPoints(modelAndRubric[1]));
            }
            default -> throw new IllegalArgumentException("the Moodle type \"" + type + "\" has no CloseRead type"
                    + " (CloseRead reads multichoice, truefalse, matching, ordering and essay).");
        }
    }

    private static String answerText(Element answer) {
        Element text = Xml.child(answer, "text");
        return text == null ? "" : text.getTextContent().strip();
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the fraction \"" + answer.getAttribute("fraction")
                    + "\" is not a number.");
        }
    }
}
